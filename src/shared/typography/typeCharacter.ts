import { APOSTROPHE, ELLIPSIS, EN_DASH, isSpace, type TypographyLanguage } from './characters'
import { edit, type TypingEdit } from './edit'
import { reopenNestedQuote, typeClosingGuillemet, typeQuote } from './quotes'
import { correctEmoticonOrPath, typeAfterOpeningGuillemet, typeHighPunctuation } from './spacing'
import { typingInAddress } from './urls'
import { groupDigits } from './digitGroups'

export type { TypingEdit } from './edit'

// French elisions: l’, d’, qu’, jusqu’… are never followed by a space (« l’ AP » is a typo).
const ELISION = /(?:^|[\s(«“"])(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu|quoiqu|presqu)’$/i

/**
 * The typography rules as you type: what typing `char` after `before` (the paragraph up to the
 * caret) turns into, or null to insert it as it is. The same rules make "fix typography".
 */
export function typeCharacter(before: string, char: string, language: TypographyLanguage): TypingEdit | null {
  const grouped = language === 'fr' ? groupDigits(before, char) : null
  if (grouped !== null) return withDigitsGrouped(before, grouped, char)
  return typeOtherCharacter(before, char, language)
}

/** The number's spaces fixed, and then what the other rules make of `char` after it (» ; ! ?…). */
function withDigitsGrouped(before: string, grouped: string, char: string): TypingEdit {
  const next = typeOtherCharacter(grouped, char, 'fr')
  const after = next ? grouped.slice(0, grouped.length - next.deleteBefore) + next.insert : grouped + char
  let same = 0
  while (same < before.length && before[same] === after[same]) same++
  return edit(before.length - same, after.slice(same))
}

function typeOtherCharacter(before: string, char: string, language: TypographyLanguage): TypingEdit | null {
  // Quotes and guillemets never belong to an address, so they are converted even right after one.
  if (char === '"') return typeQuote(before, char, language)
  if (language === 'fr') {
    if (char === '»') return typeClosingGuillemet(before)
    const nested = reopenNestedQuote(before, char)
    if (nested) return nested
    const guillemet = typeAfterOpeningGuillemet(before, char)
    if (guillemet) return guillemet
    if (isSpace(char) && before.endsWith(APOSTROPHE) && ELISION.test(before.slice(-9))) return edit(0, '')
  }
  const correction = correctEmoticonOrPath(before, char, language)
  if (correction) return correction
  if (!"'.-;:!?".includes(char) || typingInAddress(before)) return null
  if (char === "'") return typeQuote(before, char, language)
  if (char === '.') return before.endsWith('..') && before.at(-3) !== '.' ? edit(2, ELLIPSIS) : null
  if (char === '-') return before.endsWith('-') && before.at(-2) !== '-' ? edit(1, EN_DASH) : null
  return typeHighPunctuation(before, char, language)
}
