import { APOSTROPHE, isBoundary, isSpace, NNBSP, type TypographyLanguage } from './characters'
import { edit, type TypingEdit } from './edit'

/** After these, a quote opens: start of paragraph, a space, an opening bracket, quote or dash. */
const OPENERS = '([{«“‘–—'
const opensHere = (before: string): boolean => isBoundary(before.at(-1)) || OPENERS.includes(before.at(-1)!)

/** How many « and “ are still open in the paragraph so far. */
export function openQuotes(before: string): { guillemets: number; curly: number } {
  let guillemets = 0
  let curly = 0
  for (const char of before) {
    if (char === '«') guillemets++
    else if (char === '»') guillemets--
    else if (char === '“') curly++
    else if (char === '”') curly--
  }
  return { guillemets, curly }
}

/** A closing guillemet after the narrow no-break space, in place of an ordinary one if it was typed. */
function closeGuillemet(before: string): TypingEdit {
  const previous = before.at(-1)
  if (previous === NNBSP) return edit(0, '»')
  return isSpace(previous) ? edit(1, NNBSP + '»') : edit(0, NNBSP + '»')
}

/**
 * A straight quote typed after `before`. French: « » with narrow no-break spaces at the outer level,
 * “ ” inside them, ’ for every apostrophe. English: “ ” and ‘ ’.
 */
export function typeQuote(before: string, quote: '"' | "'", language: TypographyLanguage): TypingEdit {
  if (quote === "'") return edit(0, language === 'fr' ? APOSTROPHE : opensHere(before) ? '‘' : APOSTROPHE)
  if (language === 'en') return edit(0, opensHere(before) ? '“' : '”')
  const open = openQuotes(before)
  if (open.guillemets <= 0) return edit(0, '«' + NNBSP)
  if (open.curly > 0) return isSpace(before.at(-1)) ? edit(1, '”') : edit(0, '”')
  // Inside « »: after a space this is most often the closing quote typed with a space before it, as
  // on a typewriter. If a letter follows, it was a quote within the quote: see reopenNestedQuote.
  return closeGuillemet(before)
}

/** French: » typed directly. */
export const typeClosingGuillemet = (before: string): TypingEdit | null =>
  isBoundary(before.at(-1)) && !isSpace(before.at(-1)) ? null : closeGuillemet(before)

/**
 * French: a letter right after a closing » that typeQuote guessed, while a « is still open before
 * it, means the quote was opening a quotation within the quotation: « il a dit “non” ».
 */
export function reopenNestedQuote(before: string, char: string): TypingEdit | null {
  if (!before.endsWith(NNBSP + '»') || !/[\p{L}\p{N}]/u.test(char)) return null
  if (openQuotes(before.slice(0, -2)).guillemets <= 0) return null
  return edit(2, ' “' + char, false)
}
