import * as Y from 'yjs'
import { bodyOf, fieldsOf, RESTORE_ORIGIN, tagsOf, textFieldOf, textFields, applyTextDiff } from './articleDoc'

/**
 * Makes the live document read as an earlier version, as one ordinary change: it merges with
 * other people's edits, it is undoable, and the text it replaces stays in the history.
 */
export function restoreVersion(doc: Y.Doc, versionState: Uint8Array): void {
  const version = new Y.Doc()
  Y.applyUpdate(version, versionState)
  doc.transact(() => {
    const body = bodyOf(doc)
    body.delete(0, body.length)
    body.insert(
      0,
      bodyOf(version)
        .toArray()
        .map((node) => (node as Y.XmlElement | Y.XmlText).clone()),
    )
    for (const name of textFields) applyTextDiff(textFieldOf(doc, name), textFieldOf(version, name).toString())
    const fields = fieldsOf(doc)
    const versionFields = fieldsOf(version)
    for (const name of ['section', 'language', 'status'] as const) {
      const value = versionFields.get(name)
      if (value !== undefined && fields.get(name) !== value) fields.set(name, value)
    }
    const tags = tagsOf(doc)
    const versionTags = tagsOf(version).toArray()
    if (JSON.stringify(tags.toArray()) !== JSON.stringify(versionTags)) {
      tags.delete(0, tags.length)
      tags.insert(0, versionTags)
    }
  }, RESTORE_ORIGIN)
  version.destroy()
}
