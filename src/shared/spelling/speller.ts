/**
 * Spelling answers from a Hunspell instance (hunspell-asm in the worker and in tests). A compound
 * the dictionary lacks as a whole (Haut-Karabakh, franco-arménien) is right when each part is.
 */
export type Hunspell = { spell(word: string): boolean; suggest(word: string): string[] }

export function isSpeltRight(hunspell: Hunspell, word: string): boolean {
  if (hunspell.spell(word)) return true
  if (word.includes('-')) return word.split('-').every((part) => part === '' || hunspell.spell(part))
  return false
}

export const MAX_SUGGESTIONS = 6

/** Hunspell's suggestions, best first, without duplicates or the word itself. */
export function suggestionsFor(hunspell: Hunspell, word: string): string[] {
  const seen = new Set<string>()
  for (const suggestion of hunspell.suggest(word)) {
    if (suggestion !== word) seen.add(suggestion.normalize('NFC'))
    if (seen.size === MAX_SUGGESTIONS) break
  }
  return [...seen]
}

/** The newsroom dictionary matches a word as written, or with a capital first letter at the start of a sentence. */
export function inNewsroomDictionary(words: ReadonlySet<string>, word: string): boolean {
  if (words.has(word)) return true
  const lowerFirst = word.charAt(0).toLocaleLowerCase() + word.slice(1)
  return lowerFirst !== word && words.has(lowerFirst)
}
