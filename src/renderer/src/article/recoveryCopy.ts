import * as Y from 'yjs'
import type { RecoveryCopy } from '@shared/ipc/contract'
import { bytesToBase64 } from '@shared/base64'
import { bodyBlocksText, bodyOf, readFields } from './articleDoc'

/** The whole article for main to write to disk: readable text plus the full Yjs state. */
export function recoveryCopyOf(articleId: string, doc: Y.Doc, reason: string): RecoveryCopy {
  const fields = readFields(doc)
  const text = [fields.section, fields.headline, fields.standfirst, fields.byline, '', ...bodyBlocksText(bodyOf(doc))]
    .filter((line, index) => line !== '' || index === 4)
    .join('\n')
  return {
    articleId,
    headline: fields.headline,
    text,
    yjsState: bytesToBase64(Y.encodeStateAsUpdate(doc)),
    reason,
  }
}
