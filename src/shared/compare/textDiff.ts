/**
 * A word-level diff of an article body, block by block: pure and small, since the project has no
 * diff library among its dependencies (jsdiff would do the word part; see the issue report).
 */
export type DiffPart = { kind: 'same' | 'added' | 'removed'; text: string }
export type BlockDiff =
  | { kind: 'same'; text: string }
  | { kind: 'added'; text: string }
  | { kind: 'removed'; text: string }
  | { kind: 'changed'; parts: DiffPart[] }

/** Past this many cells of the comparison table a changed block is shown as replaced whole. */
const MAX_CELLS = 4_000_000

/** The longest common subsequence of two lists, as pairs of indexes. */
function commonPairs<T>(a: readonly T[], b: readonly T[], same: (x: T, y: T) => boolean): [number, number][] {
  const rows = a.length + 1
  const cols = b.length + 1
  const table = new Uint32Array(rows * cols)
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      table[i * cols + j] = same(a[i]!, b[j]!) ? table[(i + 1) * cols + j + 1]! + 1 : Math.max(table[(i + 1) * cols + j]!, table[i * cols + j + 1]!)
    }
  }
  const pairs: [number, number][] = []
  let i = 0
  let j = 0
  while (i < a.length && j < b.length) {
    if (same(a[i]!, b[j]!)) {
      pairs.push([i, j])
      i++
      j++
    } else if (table[(i + 1) * cols + j]! >= table[i * cols + j + 1]!) i++
    else j++
  }
  return pairs
}

/** Words with the spaces and punctuation that follow them, so joining the tokens gives the text back. */
export function wordTokens(text: string): string[] {
  return text.match(/[^\s]+\s*|\s+/gu) ?? []
}

function pushPart(parts: DiffPart[], kind: DiffPart['kind'], text: string) {
  const last = parts.at(-1)
  if (last && last.kind === kind) last.text += text
  else if (text) parts.push({ kind, text })
}

/** What changed between two strings, word by word. */
export function diffWords(before: string, after: string): DiffPart[] {
  const a = wordTokens(before)
  const b = wordTokens(after)
  if (a.length * b.length > MAX_CELLS) {
    return [...(before ? [{ kind: 'removed' as const, text: before }] : []), ...(after ? [{ kind: 'added' as const, text: after }] : [])]
  }
  // Compare words without their trailing space, so "mot " and "mot" at a paragraph's end match.
  const pairs = commonPairs(a, b, (x, y) => x.trimEnd() === y.trimEnd())
  const parts: DiffPart[] = []
  let i = 0
  let j = 0
  for (const [pi, pj] of [...pairs, [a.length, b.length] as [number, number]]) {
    while (i < pi) pushPart(parts, 'removed', a[i++]!)
    while (j < pj) pushPart(parts, 'added', b[j++]!)
    if (pi < a.length && pj < b.length) {
      pushPart(parts, 'same', b[pj]!)
      i++
      j++
    }
  }
  return parts
}

/** Blocks matched as equal, then the unmatched ones in between paired up and diffed word by word. */
export function diffBlocks(before: readonly string[], after: readonly string[]): BlockDiff[] {
  const pairs = commonPairs(before, after, (x, y) => x === y)
  const result: BlockDiff[] = []
  let i = 0
  let j = 0
  for (const [pi, pj] of [...pairs, [before.length, after.length] as [number, number]]) {
    const removed = before.slice(i, pi)
    const added = after.slice(j, pj)
    const paired = Math.min(removed.length, added.length)
    for (let k = 0; k < paired; k++) result.push({ kind: 'changed', parts: diffWords(removed[k]!, added[k]!) })
    for (const text of removed.slice(paired)) result.push({ kind: 'removed', text })
    for (const text of added.slice(paired)) result.push({ kind: 'added', text })
    if (pi < before.length && pj < after.length) result.push({ kind: 'same', text: after[pj]! })
    i = pi + 1
    j = pj + 1
  }
  return result
}

/** Fields compared by value; the names are the article's field names. */
export type FieldChange = { field: string; before: string; after: string }

export function changedFields(before: Record<string, string>, after: Record<string, string>): FieldChange[] {
  const names = [...new Set([...Object.keys(before), ...Object.keys(after)])]
  return names.filter((name) => (before[name] ?? '') !== (after[name] ?? '')).map((field) => ({ field, before: before[field] ?? '', after: after[field] ?? '' }))
}
