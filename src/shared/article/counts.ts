/**
 * Word and "signes" counts as a French newsroom means them. Signes are characters including
 * spaces — every kind of space counts, the no-break (U+00A0) and narrow no-break (U+202F) too.
 * A word is a run of non-space characters holding at least one letter or digit, so the « » and
 * the ":" standing alone between French spaces are not words.
 */
export type Counts = { words: number; signes: number }

export const zeroCounts: Counts = { words: 0, signes: 0 }

// \s covers U+00A0, U+2007, U+202F and the other Unicode spaces.
const SPACES = /\s+/u
const HAS_LETTER_OR_DIGIT = /[\p{L}\p{N}]/u

export function countText(text: string): Counts {
  let signes = 0
  // Count code points, not UTF-16 units, so an emoji or a rare character is one sign.
  for (const _ of text) signes++
  let words = 0
  for (const token of text.split(SPACES)) if (token && HAS_LETTER_OR_DIGIT.test(token)) words++
  return { words, signes }
}

export function addCounts(a: Counts, b: Counts): Counts {
  return { words: a.words + b.words, signes: a.signes + b.signes }
}
