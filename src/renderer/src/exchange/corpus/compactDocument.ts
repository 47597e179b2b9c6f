import type { ProseMirrorJson } from '@shared/exchange/exportModelFromJson'

/**
 * An article body as short lines, so a corpus case's expected document reads at a glance:
 * `## H2`, `### H3`, `> quote`, `- bullet`, `1. numbered` (two spaces deeper per level, a list item's
 * further paragraphs indented under it), `**bold**`, `*italic*`, `[words](href)`, `↵` a hard break,
 * `[figure]`.
 */
export function compactDocument(doc: ProseMirrorJson): string[] {
  const lines: string[] = []
  const inline = (nodes: ProseMirrorJson[] = []) =>
    nodes
      .map((node) => {
        if (node.type === 'hardBreak') return '↵'
        if (node.type !== 'text') return `[${node.type}]`
        let text = node.text ?? ''
        const marks = (node.marks ?? []).map((mark) => mark.type)
        if (marks.includes('italic')) text = `*${text}*`
        if (marks.includes('bold')) text = `**${text}**`
        const link = (node.marks ?? []).find((mark) => mark.type === 'link')
        if (link) text = `[${text}](${String(link.attrs?.href)})`
        return text
      })
      .join('')
  const block = (node: ProseMirrorJson, prefix: string, marker: string) => {
    if (node.type === 'paragraph') lines.push(`${prefix}${marker}${inline(node.content)}`)
    else if (node.type === 'heading') lines.push(`${prefix}${'#'.repeat(Number(node.attrs?.level))} ${inline(node.content)}`)
    else if (node.type === 'blockquote') for (const child of node.content ?? []) block(child, `${prefix}> `, '')
    else if (node.type === 'bulletList' || node.type === 'orderedList') {
      const start = Number(node.attrs?.start ?? 1)
      for (const [index, item] of (node.content ?? []).entries()) {
        const itemMarker = node.type === 'bulletList' ? '- ' : `${start + index}. `
        for (const [childIndex, child] of (item.content ?? []).entries()) {
          if (child.type === 'bulletList' || child.type === 'orderedList') block(child, `${prefix}  `, '')
          else block(child, childIndex === 0 ? prefix : `${prefix}  `, childIndex === 0 ? itemMarker : '')
        }
      }
    } else lines.push(`${prefix}[${node.type}]`)
  }
  for (const node of doc.content ?? []) block(node, '', '')
  return lines
}
