/**
 * Words as the desk search sees them: lower case, accents folded ("Azerbaïdjan" → "azerbaidjan"),
 * split at anything that is not a letter or digit (so "l’État" gives "l" and "etat").
 */
const NOT_WORD = /[^\p{L}\p{N}]+/u
const COMBINING_MARKS = /\p{M}+/gu

export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(COMBINING_MARKS, '').toLowerCase()
}

export function searchTokens(text: string): string[] {
  return foldForSearch(text)
    .split(NOT_WORD)
    .filter((word) => word.length > 0)
}

/** The distinct words of a text worth indexing (single letters are left out: "l", "d"). */
export function indexWords(text: string): string[] {
  return [...new Set(searchTokens(text).filter((word) => word.length > 1))]
}
