import { isBoundary, isSpace, NBSP, NNBSP, type TypographyLanguage } from './characters'
import { currentWord } from './urls'
import { edit, type TypingEdit } from './edit'

const EMOTICON_END = /(?:^|\s)[:;]-?[()DP]$/

/** Marks no space goes between: ?! !! and the like, or an opening bracket or quote. */
const NO_SPACE_AFTER = '!?([{«“‘'

/**
 * ; : ! ? typed after `before`. French: a narrow no-break space before ; ! ?, a no-break space
 * before :, in place of an ordinary space if one was typed. English: no space before them.
 */
export function typeHighPunctuation(before: string, mark: string, language: TypographyLanguage): TypingEdit | null {
  const previous = before.at(-1)
  if (language === 'en') {
    const spaces = isSpace(previous) ? /[ \u00a0\u202f]+$/.exec(before) : null
    if (!spaces || isBoundary(before.at(-1 - spaces[0].length))) return null
    // The space after an emoticon stays: :) ;-)
    return EMOTICON_END.test(before.slice(-8, -spaces[0].length)) ? null : edit(spaces[0].length, mark)
  }
  if (previous === undefined || (isBoundary(previous) && !isSpace(previous))) return null
  if (NO_SPACE_AFTER.includes(previous)) return null
  // 10:30, 3:1 — a time or a ratio, not a sentence.
  if (mark === ':' && /\d/.test(previous)) return null
  // &amp; and other entities in a pasted text.
  if (mark === ';' && currentWord(before).includes('&')) return null
  const space = mark === ':' ? NBSP : NNBSP
  if (previous === space) return null
  return isSpace(previous) ? edit(1, space + mark) : edit(0, space + mark)
}

/** French: « and the space typed after it. */
export function typeAfterOpeningGuillemet(before: string, char: string): TypingEdit | null {
  if (char === '«') return edit(0, '«' + NNBSP)
  if (!isSpace(char)) return null
  if (before.endsWith('«')) return edit(0, NNBSP)
  // The narrow space is already there: a second one would be a double space.
  if (before.endsWith('«' + NNBSP) || before.endsWith('«' + NBSP)) return edit(0, '')
  return null
}

/**
 * A character that shows the : or ; before it was not punctuation after all, so the spacing the
 * rules gave it is taken back. ;-) :) :-D keep an ordinary space before them; C:\ gets none.
 */
export function correctEmoticonOrPath(before: string, char: string, language: TypographyLanguage): TypingEdit | null {
  if (language === 'fr' && (char === '\\' || char === '/') && /(?:^|[\s(])[a-z]\u00a0:$/i.test(before)) {
    return edit(2, ':' + char, false)
  }
  if (!')(DP'.includes(char)) return null
  if (language === 'fr') {
    const match = /[\u00a0\u202f]([:;]-?)$/.exec(before)
    return match ? edit(match[0].length, ' ' + match[1] + char, false) : null
  }
  // English took the space away before : or ; — give it back.
  const match = /[\p{L}\p{N}]([:;]-?)$/u.exec(before)
  return match ? edit(match[1]!.length, ' ' + match[1] + char, false) : null
}
