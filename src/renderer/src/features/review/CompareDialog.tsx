import { useEffect, useMemo, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import type * as Y from 'yjs'
import type { DiffPart } from '@shared/compare/textDiff'
import { compareVersions } from '../../article/compareVersions'
import { formatDateTime } from './dateTimeInput'

export type CompareSide = { label: string; state: Uint8Array | Y.Doc }

type Props = { before: CompareSide; after: CompareSide; onClose(): void; onRestoreBefore?: (() => void) | undefined }

const Part = ({ part }: { part: DiffPart }) =>
  part.kind === 'added' ? <ins>{part.text}</ins> : part.kind === 'removed' ? <del>{part.text}</del> : <>{part.text}</>

/** Two versions side by side in one text: the changed fields, then the body with insertions and deletions marked. */
export function CompareDialog({ before, after, onClose, onRestoreBefore }: Props) {
  const { t, i18n } = useTranslation()
  const dialog = useRef<HTMLDialogElement>(null)
  const comparison = useMemo(
    () => compareVersions(before.state, after.state, (time) => formatDateTime(time, i18n.language)),
    [before.state, after.state, i18n.language],
  )
  useEffect(() => {
    dialog.current?.showModal()
  }, [])
  const fieldLabel = (field: string) => t(`compare.fields.${field}`)
  const value = (field: string, text: string) => (field === 'status' && text ? t(`status.${text}`) : text || t('compare.empty'))
  return (
    <dialog ref={dialog} className="compare-dialog" aria-labelledby="compare-title" onClose={onClose}>
      <header className="dialog-header">
        <h2 id="compare-title">{t('compare.title')}</h2>
        <button type="button" className="button-quiet" aria-label={t('compare.close')} onClick={() => dialog.current?.close()}>
          ×
        </button>
      </header>
      <p className="muted compare-sides">{t('compare.fromTo', { before: before.label, after: after.label })}</p>
      <section aria-labelledby="compare-fields-title">
        <h3 id="compare-fields-title" className="subheading">
          {t('compare.changedFields')}
        </h3>
        {comparison.fields.length === 0 ? (
          <p className="muted">{t('compare.noFieldChange')}</p>
        ) : (
          <ul className="compare-fields" aria-label={t('compare.changedFields')}>
            {comparison.fields.map((change) => (
              <li key={change.field}>
                <strong>{fieldLabel(change.field)}</strong>: <del>{value(change.field, change.before)}</del> → <ins>{value(change.field, change.after)}</ins>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="compare-body-title">
        <h3 id="compare-body-title" className="subheading">
          {t('compare.body')}
        </h3>
        {!comparison.bodyChanged && <p className="muted">{t('compare.noBodyChange')}</p>}
        <div className="compare-body" aria-label={t('compare.bodyDiff')} role="document">
          {comparison.body.map((block, index) =>
            block.kind === 'same' ? (
              <p key={index} className="compare-same">
                {block.text}
              </p>
            ) : block.kind === 'changed' ? (
              <p key={index} className="compare-changed">
                {block.parts.map((part, partIndex) => (
                  <Part key={partIndex} part={part} />
                ))}
              </p>
            ) : (
              <p key={index} className={`compare-${block.kind}`}>
                {block.kind === 'added' ? <ins>{block.text}</ins> : <del>{block.text}</del>}
              </p>
            ),
          )}
        </div>
      </section>
      <footer className="compare-actions">
        {onRestoreBefore && (
          <button
            type="button"
            className="button-small"
            onClick={() => {
              onRestoreBefore()
              dialog.current?.close()
            }}
          >
            {t('compare.restoreBefore', { when: before.label })}
          </button>
        )}
        <button type="button" className="button-small" onClick={() => dialog.current?.close()}>
          {t('compare.done')}
        </button>
      </footer>
    </dialog>
  )
}
