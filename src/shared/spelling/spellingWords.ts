/**
 * The words of a paragraph that spelling should look at, with their offsets. A word may hold
 * apostrophes and hyphens between letters (l’élection, c’est-à-dire, Haut-Karabakh): Hunspell's
 * French dictionary knows elisions and most compounds whole. Skipped: words touching digits (24h,
 * 3e), single letters, acronyms in capitals (AP, ONU), and anything inside a URL or an e-mail address.
 */
export type SpellingWord = { word: string; from: number; to: number }

const WORD = /(?<![\p{L}\p{M}\p{N}_@./:-])[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*(?![\p{L}\p{M}\p{N}_@])/gu
const URL_OR_EMAIL = /\b(?:https?:\/\/|www\.)\S+|\S+@\S+\.\S+/giu
const ACRONYM = /^[\p{Lu}\p{M}]+(?:s)?$/u

export function spellingWords(text: string): SpellingWord[] {
  // Blank out URLs and addresses (same length, so offsets stay right).
  const plain = text.replace(URL_OR_EMAIL, (match) => ' '.repeat(match.length))
  const words: SpellingWord[] = []
  WORD.lastIndex = 0
  for (let match = WORD.exec(plain); match; match = WORD.exec(plain)) {
    const word = match[0]
    // "10h", "2e", "3D": the word touches a digit on one side or the other.
    const after = plain[match.index + word.length]
    if (after && /[\p{N}]/u.test(after)) continue
    // l’AP, d’ONU: an acronym after an elision is still an acronym.
    if ([...word].length < 2 || ACRONYM.test(word.replace(/^.*['’]/u, ''))) continue
    words.push({ word: word.normalize('NFC'), from: match.index, to: match.index + word.length })
  }
  return words
}
