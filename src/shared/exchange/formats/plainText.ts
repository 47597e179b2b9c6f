import { inlineText, type ExportBlock } from '../exportModel'

/** The body as plain text, one block a paragraph: for counts. */
export function bodyPlainText(blocks: readonly ExportBlock[]): string {
  const lines: string[] = []
  const walk = (block: ExportBlock) => {
    if (block.type === 'paragraph' || block.type === 'heading') lines.push(inlineText(block.content))
    else if (block.type === 'quote') block.blocks.forEach(walk)
    else if (block.type === 'list') block.items.forEach((item) => item.forEach(walk))
    // A figure's caption is not the article's text (the editor's counts leave it out too).
  }
  blocks.forEach(walk)
  return lines.join('\n')
}
