import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { articleDocFromText } from './articleFromText'
import { applyTextDiff, bodyBlocksText, bodyOf, FIELD_EDIT_ORIGIN, fieldsOf, readFields, RESTORE_ORIGIN, textFieldOf } from './articleDoc'
import { restoreVersion } from './restoreVersion'

function undoManagerFor(doc: Y.Doc) {
  return new Y.UndoManager([bodyOf(doc), fieldsOf(doc)], { trackedOrigins: new Set([FIELD_EDIT_ORIGIN, RESTORE_ORIGIN]) })
}

describe('restoreVersion', () => {
  it('brings back an earlier version as one undoable change', () => {
    const doc = articleDocFromText({ headline: 'Premier titre', section: 'International' }, [{ type: 'paragraph', text: 'Premier paragraphe.' }])
    const version = Y.encodeStateAsUpdate(doc)
    const undo = undoManagerFor(doc)
    doc.transact(() => {
      applyTextDiff(textFieldOf(doc, 'headline'), 'Titre corrigé')
      fieldsOf(doc).set('section', 'France')
      const paragraph = new Y.XmlElement('paragraph')
      paragraph.insert(0, [new Y.XmlText('Ajout.')])
      bodyOf(doc).push([paragraph])
    }, FIELD_EDIT_ORIGIN)
    undo.stopCapturing()

    restoreVersion(doc, version)
    expect(readFields(doc).headline).toBe('Premier titre')
    expect(readFields(doc).section).toBe('International')
    expect(bodyBlocksText(bodyOf(doc))).toEqual(['Premier paragraphe.'])

    undo.undo()
    expect(readFields(doc).headline).toBe('Titre corrigé')
    expect(readFields(doc).section).toBe('France')
    expect(bodyBlocksText(bodyOf(doc))).toEqual(['Premier paragraphe.', 'Ajout.'])
  })

  it('merges with an edit another copy made meanwhile instead of erasing it', () => {
    const doc = articleDocFromText({ headline: 'Titre' }, [{ type: 'paragraph', text: 'Un.' }])
    const version = Y.encodeStateAsUpdate(doc)
    const other = new Y.Doc()
    Y.applyUpdate(other, version)
    restoreVersion(doc, version)
    other.transact(() => applyTextDiff(textFieldOf(other, 'standfirst'), 'Chapô écrit ailleurs'))
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(other))
    expect(readFields(doc).standfirst).toBe('Chapô écrit ailleurs')
    expect(bodyBlocksText(bodyOf(doc))).toEqual(['Un.'])
  })
})
