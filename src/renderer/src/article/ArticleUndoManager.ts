import * as Y from 'yjs'
import { ySyncPluginKey } from 'y-prosemirror'
import { bodyOf, fieldsOf, FIELD_EDIT_ORIGIN, RESTORE_ORIGIN } from './articleDoc'
import { fieldSuggestionsOf } from './fieldSuggestions'

/**
 * One undo history for the whole article: the body (through the editor binding), the fields, the
 * fields' suggestions and version restores. Only the user's own changes are tracked; remote and loaded ones are not.
 *
 * y-prosemirror's undo plugin destroys its undo manager whenever its plugin view is destroyed,
 * and Tiptap re-creates plugin views when it reconfigures the editor state right after creating
 * the view — which would leave a manager that tracks nothing. The article session owns this one,
 * so `destroy()` from the plugin is ignored and `dispose()` ends it when the article closes.
 */
export class ArticleUndoManager extends Y.UndoManager {
  constructor(doc: Y.Doc) {
    super([bodyOf(doc), fieldsOf(doc), fieldSuggestionsOf(doc)], {
      trackedOrigins: new Set<unknown>([ySyncPluginKey, FIELD_EDIT_ORIGIN, RESTORE_ORIGIN]),
      captureTimeout: 600,
      // As y-prosemirror's own manager: a transaction marked addToHistory=false is not undoable.
      captureTransaction: (transaction) => transaction.meta.get('addToHistory') !== false,
    })
  }

  override destroy(): void {}

  dispose(): void {
    super.destroy()
  }
}
