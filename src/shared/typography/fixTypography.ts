import type { TypographyLanguage } from './characters'
import { typeCharacter } from './typeCharacter'
import { addressSpans } from './urls'
import { groupDigits } from './digitGroups'

/** Replace [from, to) of the original text with `insert`. */
export type TextEdit = { from: number; to: number; insert: string }

/**
 * The changes "fix typography" makes to `text`, smallest first-to-last, in the text's own offsets,
 * so an editor can apply them inside its text nodes and keep their marks.
 * The text is retyped character by character through the as-you-type rules, so pasting and typing
 * give the same result; addresses found in the whole text are kept as they are.
 */
export function typographyEdits(text: string, language: TypographyLanguage): TextEdit[] {
  const edits: TextEdit[] = []
  let offset = 0
  // No rule looks across a line break; short lines keep the retyping cheap.
  for (const line of text.split('\n')) {
    edits.push(...lineEdits(line, offset, language))
    offset += line.length + 1
  }
  return edits
}

export function fixTypography(text: string, language: TypographyLanguage): string {
  const parts: string[] = []
  let copied = 0
  for (const { from, to, insert } of typographyEdits(text, language)) {
    parts.push(text.slice(copied, from), insert)
    copied = to
  }
  parts.push(text.slice(copied))
  return parts.join('')
}

function lineEdits(line: string, offset: number, language: TypographyLanguage): TextEdit[] {
  const kept = new Uint8Array(line.length)
  for (const [start, end] of addressSpans(line)) kept.fill(1, start, end)
  let out = ''
  // For each character of `out`, its index in `line`, or -1 where a rule inserted it.
  const origin: number[] = []
  for (let index = 0; index < line.length; index++) {
    const char = line[index]!
    const change = kept[index] ? null : typeCharacter(out, char, language)
    if (!change) {
      out += char
      origin.push(index)
      continue
    }
    out = out.slice(0, out.length - change.deleteBefore) + change.insert
    origin.length -= change.deleteBefore
    const keepsChar = change.insert.indexOf(char)
    for (let k = 0; k < change.insert.length; k++) origin.push(k === keepsChar ? index : -1)
  }
  // A number that ends the line has no character after it to set its groups as it is typed.
  const grouped = language === 'fr' ? groupDigits(out, '') : null
  if (grouped !== null) {
    for (let k = 0; k < out.length; k++) if (out[k] !== grouped[k]) origin[k] = -1
    out = grouped
  }
  return diff(line, out, origin).map((e) => ({ from: e.from + offset, to: e.to + offset, insert: e.insert }))
}

/** The runs of `line` that did not survive into `out`, with what replaced them. */
function diff(line: string, out: string, origin: number[]): TextEdit[] {
  const edits: TextEdit[] = []
  let next = 0 // the first character of `line` not accounted for
  let insert = ''
  const close = (to: number) => {
    if (to > next || insert) edits.push(...trimmed(line, next, to, insert))
    insert = ''
  }
  for (let k = 0; k < out.length; k++) {
    if (origin[k] === -1) {
      insert += out[k]
      continue
    }
    close(origin[k]!)
    next = origin[k]! + 1
  }
  close(line.length)
  return edits
}

/** An edit without the characters it would put back as they were (a space retyped as a space). */
function trimmed(line: string, from: number, to: number, insert: string): TextEdit[] {
  let start = 0
  while (from + start < to && start < insert.length && line[from + start] === insert[start]) start++
  let end = 0
  while (to - end > from + start && insert.length - end > start && line[to - end - 1] === insert[insert.length - end - 1]) end++
  const edit = { from: from + start, to: to - end, insert: insert.slice(start, insert.length - end) }
  return edit.from === edit.to && edit.insert === '' ? [] : [edit]
}
