import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import * as Y from 'yjs'
import type { ArticleIndexRow } from '@shared/article/article'
import { countText } from '@shared/article/counts'
import { limitsForSection } from '@shared/length/sectionLimits'
import { runChecklist, type ChecklistItem, type ChecklistResult } from '@shared/workflow/checklist'
import type { HistoryEntry } from '@shared/workflow/workflow'
import { bodyBlocksText, bodyOf, readFields } from '../../article/articleDoc'
import { checklistInputFromDoc } from '../../article/articleReview'
import { distinctHistory, readHistory } from '../../article/articleWorkflow'
import { db } from '../../db/db'
import { loadArticleInto } from '../../db/articleRepository'
import { formatNumber, formatTime } from '../../ui/formatTime'
import { articlePhotoFacts } from '../articlePhotos/articlePhotoWords'
import { sectionLimits } from '../length/sectionLimitsData'
import { formatDateTime } from '../review/dateTimeInput'

const PARAGRAPHS = 3
const HISTORY_LINES = 3

type Preview = { standfirst: string; paragraphs: string[]; checklist: ChecklistResult; history: HistoryEntry[] }

/** What the preview shows of one article, read from its stored document (no editor is made). */
async function readPreview(id: string): Promise<Preview | null> {
  const doc = new Y.Doc()
  try {
    if (!(await loadArticleInto(db, id, doc)).found) return null
    const fields = readFields(doc)
    const blocks = bodyBlocksText(bodyOf(doc))
    const checklist = runChecklist(
      checklistInputFromDoc(doc, {
        headlineLimit: limitsForSection(sectionLimits, fields.section).headline,
        headlineSignes: countText(fields.headline).signes,
        bodySignes: blocks.reduce((sum, block) => sum + countText(block).signes, 0),
        now: Date.now(),
        photos: articlePhotoFacts(doc),
      }),
    )
    return {
      standfirst: fields.standfirst,
      paragraphs: blocks.filter((block) => block.trim()).slice(0, PARAGRAPHS),
      checklist,
      history: distinctHistory(readHistory(doc)).slice(-HISTORY_LINES).reverse(),
    }
  } finally {
    doc.destroy()
  }
}

/** The focused article at a glance, beside the list (Space shows and hides it). */
export function DeskPreview({ row }: { row: ArticleIndexRow | undefined }) {
  const { t, i18n } = useTranslation()
  const [preview, setPreview] = useState<{ id: string; at: number; value: Preview | null } | null>(null)
  const id = row?.id
  const updatedAt = row?.updatedAt
  // Read again when the article changes (its index row's time moves).
  useEffect(() => {
    if (!id) return
    let live = true
    void readPreview(id).then((value) => live && setPreview({ id, at: updatedAt ?? 0, value }))
    return () => {
      live = false
    }
  }, [id, updatedAt])
  const describe = (item: ChecklistItem) =>
    t(
      `checklist.items.${item.code}`,
      Object.fromEntries(
        Object.entries(item.params).map(([key, value]) => [
          key,
          key === 'until' && typeof value === 'number' ? formatDateTime(value, i18n.language) : typeof value === 'number' ? formatNumber(value, i18n.language) : value,
        ]),
      ),
    )
  const shown = row && preview?.id === row.id ? preview.value : null
  return (
    <aside className="desk-preview" aria-label={t('desk.preview')}>
      {!row ? (
        <p className="muted">{t('desk.previewNone')}</p>
      ) : (
        <>
          <h2>{row.headline.trim() || t('desk.untitled')}</h2>
          {shown && (
            <>
              {shown.standfirst && <p className="desk-preview-standfirst">{shown.standfirst}</p>}
              {shown.paragraphs.map((paragraph, index) => (
                <p key={index}>{paragraph}</p>
              ))}
              <h3 className="subheading">{t('checklist.title')}</h3>
              {shown.checklist.passes ? (
                <p className="desk-preview-pass">{t('checklist.passes')}</p>
              ) : (
                <ul aria-label={t('checklist.problems')}>
                  {shown.checklist.problems.map((item, index) => (
                    <li key={index}>{describe(item)}</li>
                  ))}
                </ul>
              )}
              <h3 className="subheading">{t('workflow.history')}</h3>
              {shown.history.length === 0 ? (
                <p className="muted">{t('workflow.noHistory')}</p>
              ) : (
                <ol aria-label={t('workflow.history')}>
                  {shown.history.map((entry) => (
                    <li key={`${entry.at}-${entry.by}-${entry.to}`}>
                      {t(`status.${entry.to}`)} — {entry.by}, {formatTime(entry.at, i18n.language)}
                    </li>
                  ))}
                </ol>
              )}
            </>
          )}
        </>
      )}
    </aside>
  )
}
