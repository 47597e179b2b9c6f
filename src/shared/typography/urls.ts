/**
 * Addresses typography must leave alone: web addresses, e-mail addresses, file paths. Their
 * punctuation (`?`, `:`, `'`, `--`, `..`) is part of them, not of the sentence.
 */

// Quotes and white space end a word; brackets and apostrophes may belong to an address.
const WORD_START = /[\s"«“<]/
const LEADING_BRACKETS = /^[([{'‘’]+/
const ADDRESS = [
  /^[a-z][a-z0-9+.-]*:\/\//i, // https://, ftp://…
  /^(?:https?|ftp|file|mailto|tel)(?::|$)/i, // mailto:, or the colon being typed after a scheme
  /^www\./i,
  /@/, // e-mail address (or @handle)
  /^[a-z]:[\\/]/i, // C:\ or C:/
  /^[\w-]+(?:\.[\w-]+)+\//, // apnews.com/article
]

/** The word the caret is in: what follows the last space or opening quote. */
export function currentWord(before: string): string {
  let start = before.length
  while (start > 0 && !WORD_START.test(before[start - 1]!)) start--
  return before.slice(start)
}

export function looksLikeAddress(word: string): boolean {
  const bare = word.replace(LEADING_BRACKETS, '')
  return bare !== '' && ADDRESS.some((pattern) => pattern.test(bare))
}

/** Whether the caret is inside a web or e-mail address or a path, from the text before it. */
export const typingInAddress = (before: string): boolean => looksLikeAddress(currentWord(before))

// Whole addresses in a text, for "fix typography", which sees what comes after too.
const ADDRESS_IN_TEXT =
  /\b(?:[a-z][a-z0-9+.-]*:\/\/|www\.|mailto:)[^\s"«»<>]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\b[a-z]:\\[^\s"«»<>]*/gi
// Sentence punctuation right after an address is not part of it.
const TRAILING_PUNCTUATION = /[.,;:!?)\]'’”]+$/

/** [start, end) of every address in `text`. */
export function addressSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = []
  for (const match of text.matchAll(ADDRESS_IN_TEXT)) {
    const address = match[0].replace(TRAILING_PUNCTUATION, '')
    spans.push([match.index, match.index + address.length])
  }
  return spans
}
