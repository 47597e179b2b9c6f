import type { Node as PMNode } from '@tiptap/pm/model'
import { addCounts, countText, zeroCounts, type Counts } from '@shared/article/counts'

// ProseMirror keeps unchanged nodes identical between states, so a block is counted once until it changes.
const countsByBlock = new WeakMap<PMNode, Counts>()

function countBlock(block: PMNode): Counts {
  const cached = countsByBlock.get(block)
  if (cached) return cached
  let counts = zeroCounts
  if (block.isTextblock) {
    counts = countText(block.textBetween(0, block.content.size, undefined, '\n'))
  } else {
    block.forEach((child) => {
      counts = addCounts(counts, countBlock(child))
    })
  }
  countsByBlock.set(block, counts)
  return counts
}

/** Words and signes of the body, each textblock counted on its own (as the desk index does). */
export function countBody(doc: PMNode): Counts {
  let total = zeroCounts
  doc.forEach((block) => {
    total = addCounts(total, countBlock(block))
  })
  return total
}
