import * as Y from 'yjs'
import { changedFields, diffBlocks, type BlockDiff, type FieldChange } from '@shared/compare/textDiff'
import { bodyBlocksText, bodyOf, fieldsOf, LENGTH_TARGET, readFields, textFieldOf } from './articleDoc'
import { correctionNoteOf, embargoOf, scheduledAtOf } from './articleWorkflow'

/** The fields a comparison lists, in the order a desk reads an article. */
export const comparedFields = ['section', 'headline', 'standfirst', 'byline', 'seoTitle', 'tags', 'language', 'status', 'embargoAt', 'scheduledAt', 'correctionNote', 'lengthTarget'] as const
export type ComparedField = (typeof comparedFields)[number]

/** An article version as text: its body blocks and its fields as strings (times through `formatTime`). */
export function versionText(doc: Y.Doc, formatTime: (time: number) => string): { blocks: string[]; fields: Record<ComparedField, string> } {
  const fields = readFields(doc)
  const time = (value: number | undefined) => (value ? formatTime(value) : '')
  const target = fieldsOf(doc).get(LENGTH_TARGET)
  return {
    blocks: bodyBlocksText(bodyOf(doc)),
    fields: {
      section: fields.section,
      headline: fields.headline,
      standfirst: fields.standfirst,
      byline: fields.byline,
      // Read without creating it: an old version may not have the field.
      seoTitle: fieldsOf(doc).has('seoTitle') ? textFieldOf(doc, 'seoTitle').toString() : '',
      tags: fields.tags.join(', '),
      language: fields.language,
      status: fields.status,
      embargoAt: time(embargoOf(doc)),
      scheduledAt: time(scheduledAtOf(doc)),
      correctionNote: correctionNoteOf(doc),
      lengthTarget: typeof target === 'number' && target > 0 ? String(target) : '',
    },
  }
}

export type VersionComparison = { fields: FieldChange[]; body: BlockDiff[]; bodyChanged: boolean }

/** What changed from one stored state (a checkpoint) to another, or to the live document. */
export function compareVersions(before: Uint8Array | Y.Doc, after: Uint8Array | Y.Doc, formatTime: (time: number) => string): VersionComparison {
  const open = (state: Uint8Array | Y.Doc) => {
    if (state instanceof Y.Doc) return { doc: state, owned: false }
    const doc = new Y.Doc()
    Y.applyUpdate(doc, state)
    return { doc, owned: true }
  }
  const a = open(before)
  const b = open(after)
  try {
    const textA = versionText(a.doc, formatTime)
    const textB = versionText(b.doc, formatTime)
    const body = diffBlocks(textA.blocks, textB.blocks)
    const order = (change: FieldChange) => comparedFields.indexOf(change.field as ComparedField)
    return {
      fields: changedFields(textA.fields, textB.fields).sort((x, y) => order(x) - order(y)),
      body,
      bodyChanged: body.some((block) => block.kind !== 'same'),
    }
  } finally {
    if (a.owned) a.doc.destroy()
    if (b.owned) b.doc.destroy()
  }
}
