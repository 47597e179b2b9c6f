import * as Y from 'yjs'
import { readFields, bodyBlocksText, bodyOf } from '../article/articleDoc'
import { countText } from '@shared/article/counts'
import type { CheckpointKind, CopydeskDb } from './CopydeskDb'

/** Saves the article's full state as a version the user can list and restore. */
export async function saveCheckpoint(
  db: CopydeskDb,
  articleId: string,
  doc: Y.Doc,
  kind: CheckpointKind,
  label = '',
): Promise<number> {
  const fields = readFields(doc)
  const words = bodyBlocksText(bodyOf(doc)).reduce((sum, block) => sum + countText(block).words, 0)
  const id = await db.checkpoints.add({
    articleId,
    createdAt: Date.now(),
    kind,
    label,
    headline: fields.headline,
    words,
    state: Y.encodeStateAsUpdate(doc),
  })
  return id as number
}
