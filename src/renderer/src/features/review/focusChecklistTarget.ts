import type { ChecklistTarget } from '@shared/workflow/checklist'
import { readThreads } from '../../article/articleComments'
import type { ArticleSession } from '../../article/useArticleSession'
import { bodyEditor, revealLink, revealThread } from './bodyEditorAccess'
import { COMMENT_ACTIVATE_EVENT } from '../../editor/extensions/CommentHighlights'

/** Where each article field is on the page (the fields are the article's own, not this module's). */
const fieldSelectors: Record<string, string> = {
  headline: '.field-headline textarea',
  standfirst: '.field-standfirst textarea',
  byline: '.field-byline textarea',
  section: '.field-section input',
  tags: 'fieldset.tags input',
  embargo: '#embargo-input',
}

/** Moves the focus to the place a checklist item is about. Returns whether it found it. */
export function focusChecklistTarget(session: ArticleSession, target: ChecklistTarget): boolean {
  if (target.kind === 'field') {
    const element = document.querySelector<HTMLElement>(fieldSelectors[target.field] ?? '')
    element?.scrollIntoView({ block: 'center' })
    element?.focus()
    return element !== null
  }
  const editor = bodyEditor()
  if (target.kind === 'body') {
    editor?.commands.focus('end')
    return editor !== null
  }
  if (target.kind === 'link') return editor !== null && revealLink(editor, target.index)
  if (target.kind === 'comment') {
    const thread = readThreads(session.doc).find((candidate) => candidate.id === target.id)
    dispatchEvent(new CustomEvent(COMMENT_ACTIVATE_EVENT, { detail: target.id }))
    return !!thread && !!editor && revealThread(editor, thread)
  }
  const photo = document.querySelector<HTMLElement>(`[data-photo-id="${CSS.escape(target.id)}"]`)
  photo?.scrollIntoView({ block: 'center' })
  photo?.focus()
  return photo !== null
}
