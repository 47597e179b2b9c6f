import { NNBSP } from './characters'
import { typingInAddress } from './urls'

// A number in groups of three after a first group of one to three digits: 1 000, 12 500 000.
// The groups may already hold narrow no-break spaces (a group typed after one that was fixed).
const GROUPED_NUMBER = /(\d{1,3})((?:[ \u00a0\u202f]\d{3})+)$/
// What may not come just before the first group: more digits (2024 350, a year then a number), a
// letter (A380 000), a decimal mark or a time (10:30, 3,5), a path or address (/2024 100).
const NOT_A_NUMBER_START = /[\p{L}\p{N}.,:/\\_]$|\d[ \u00a0\u202f]$/u

/**
 * French: once a number ends (`char` is not a digit), the ordinary spaces between its groups of three
 * become narrow no-break spaces, so "100 000" never breaks across lines. Returns `before` with the
 * spaces replaced, or null. Numbers in pairs (a phone number, 06 12 34 56 78), a year alone, a time
 * and anything inside an address are left as they are.
 */
export function groupDigits(before: string, char: string): string | null {
  if (/\d/.test(char)) return null
  const match = GROUPED_NUMBER.exec(before)
  if (!match || !/[ \u00a0]/.test(match[2]!)) return null
  if (NOT_A_NUMBER_START.test(before.slice(0, match.index))) return null
  if (typingInAddress(before)) return null
  return before.slice(0, match.index) + match[1] + match[2]!.replace(/[ \u00a0]/g, NNBSP)
}
