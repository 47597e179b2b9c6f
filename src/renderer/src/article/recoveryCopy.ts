import * as Y from 'yjs'
import type { RecoveryCopy } from '@shared/ipc/contract'
import { bodyBlocksText, bodyOf, readFields } from './articleDoc'

function toBase64(bytes: Uint8Array): string {
  let binary = ''
  const chunk = 0x8000
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk))
  return btoa(binary)
}

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
    yjsState: toBase64(Y.encodeStateAsUpdate(doc)),
    reason,
  }
}
