import type { Node } from '@tiptap/pm/model'

/**
 * A textblock's text, one character per document position, so an offset in it plus the block's
 * start + 1 is a position in the document. Linked text and inline leaves (hard breaks) become
 * spaces: a link's words are names and addresses, not prose to check.
 */
export function textblockText(block: Node): string {
  let text = ''
  block.forEach((child) => {
    if (child.isText) text += child.marks.some((mark) => mark.type.name === 'link') ? ' '.repeat(child.text!.length) : child.text!
    else text += ' '.repeat(child.nodeSize)
  })
  return text
}
