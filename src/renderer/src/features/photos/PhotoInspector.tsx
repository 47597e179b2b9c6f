import { useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { fileSize } from '../../ui/fileSize'
import { parseCaptionLine } from '@shared/photos/captionLine'
import { creditTemplateLabel, withCreditTemplate, type CreditTemplate } from '@shared/photos/creditTemplate'
import { photoUrl, type EditablePhotoField, type Photo, type PhotoPatch } from '@shared/photos/photo'
import { RemovePhoto } from '../articlePhotos/RemovePhoto'

type FieldSpec = { key: EditablePhotoField; multiline?: boolean }

/** Everything about one photo… */
const singleFields: FieldSpec[] = [
  { key: 'caption', multiline: true },
  { key: 'altText', multiline: true },
  { key: 'creator' },
  { key: 'credit' },
  { key: 'source' },
  { key: 'copyright' },
  { key: 'usageTerms', multiline: true },
  { key: 'headline' },
  { key: 'city' },
  { key: 'country' },
  { key: 'dateCreated' },
  { key: 'keywords' },
]
/** …and what is set on many at once. */
const batchFields: FieldSpec[] = [
  { key: 'credit' },
  { key: 'creator' },
  { key: 'copyright' },
  { key: 'usageTerms', multiline: true },
  { key: 'keywords' },
  { key: 'caption', multiline: true },
  { key: 'altText', multiline: true },
]

const asText = (photo: Photo, key: EditablePhotoField) => (key === 'keywords' ? photo.keywords.join(', ') : photo[key])

type Props = {
  photos: Photo[]
  mediaBaseUrl: string
  onSave(patch: PhotoPatch): Promise<void>
  onExport(photo: Photo): void
  creditTemplates: CreditTemplate[]
  onSaveCreditTemplates(templates: CreditTemplate[]): void
  /** Removes the photo from the library; answers the articles that refused it (it is then kept). */
  onRemove?(photo: Photo): Promise<{ refusedBy: string[] }>
}

/**
 * The right panel: one photo's preview and metadata, or a batch editor for many. A field shows the
 * photos' common value, or "mixed" — and a field not touched is left as is on every photo.
 */
export function PhotoInspector({ photos, mediaBaseUrl, onSave, onExport, creditTemplates, onSaveCreditTemplates, onRemove }: Props) {
  const { t, i18n } = useTranslation()
  const [draft, setDraft] = useState<Partial<Record<EditablePhotoField, string>>>({})
  const [captionLine, setCaptionLine] = useState('')
  const [saving, setSaving] = useState(false)
  const single = photos.length === 1 ? photos[0]! : null
  const fields = single ? singleFields : batchFields
  const dirty = Object.keys(draft) as EditablePhotoField[]

  const common = (key: EditablePhotoField): string | undefined => {
    const first = asText(photos[0]!, key)
    return photos.every((photo) => asText(photo, key) === first) ? first : undefined
  }

  const save = async () => {
    if (dirty.length === 0 || saving) return
    const patch: PhotoPatch = {}
    for (const key of dirty) {
      const value = draft[key] ?? ''
      if (key === 'keywords') patch.keywords = value.split(',').map((keyword) => keyword.trim()).filter(Boolean)
      else patch[key] = value
    }
    setSaving(true)
    try {
      await onSave(patch)
      setDraft({})
    } finally {
      setSaving(false)
    }
  }

  const onKeyDown = (event: KeyboardEvent) => {
    if ((event.ctrlKey || event.metaKey) && event.key === 'Enter') {
      event.preventDefault()
      void save()
    } else if (event.key === 'Escape' && dirty.length) {
      event.preventDefault()
      setDraft({})
    }
  }

  const splitCaptionLine = () => {
    const parsed = parseCaptionLine(captionLine)
    setDraft((current) => ({
      ...current,
      caption: parsed.caption,
      ...(parsed.creator ? { creator: parsed.creator } : {}),
      ...(parsed.credit ? { credit: parsed.credit } : {}),
    }))
    setCaptionLine('')
  }

  // The credit shown now (edited or common to all), as a template to save.
  const currentCredit = draft.credit ?? common('credit')
  const currentCreator = draft.creator ?? common('creator')
  const templateToSave = currentCredit?.trim() ? { creator: (currentCreator ?? '').trim(), credit: currentCredit.trim() } : null
  const applyTemplate = (label: string) => {
    const template = creditTemplates.find((candidate) => creditTemplateLabel(candidate) === label)
    if (template) setDraft((current) => ({ ...current, creator: template.creator, credit: template.credit }))
  }

  return (
    <aside className="photo-inspector" aria-label={single ? t('photos.inspector') : t('photos.batchEditor')} onKeyDown={onKeyDown}>
      {single ? (
        <div className="photo-preview">
          <img src={photoUrl(mediaBaseUrl, single.id, 'preview')} alt={single.altText} />
          <dl className="photo-facts">
            <dt className="visually-hidden">{t('photos.fileName')}</dt>
            <dd className="photo-facts-name">{single.fileName}</dd>
            <dt className="visually-hidden">{t('photos.size')}</dt>
            <dd className="muted">
              {single.width} × {single.height} · {single.mime.replace('image/', '').toUpperCase()} · {(({ unit, size }) => t(`photos.${unit}`, { size }))(fileSize(single.byteSize, i18n.language))}
            </dd>
            <dt className="visually-hidden">{t('photos.usage')}</dt>
            <dd className="muted">{single.usedIn.length ? t('photos.usedIn', { count: single.usedIn.length }) : t('photos.notUsedYet')}</dd>
          </dl>
        </div>
      ) : (
        <h2 className="photo-inspector-title">{t('photos.selectedCount', { count: photos.length })}</h2>
      )}

      <form
        className="photo-form"
        onSubmit={(event) => {
          event.preventDefault()
          void save()
        }}
      >
        <div className="photo-caption-line">
          <label htmlFor="photo-caption-line">{t('photos.captionLine')}</label>
          <div className="photo-caption-line-row">
            <input
              id="photo-caption-line"
              value={captionLine}
              placeholder={t('photos.captionLinePlaceholder')}
              onChange={(event) => setCaptionLine(event.target.value)}
              onKeyDown={(event) => {
                if (event.key === 'Enter' && captionLine.trim()) {
                  event.preventDefault()
                  splitCaptionLine()
                }
              }}
            />
            <button type="button" className="button-small" disabled={!captionLine.trim()} onClick={splitCaptionLine}>
              {t('photos.split')}
            </button>
          </div>
        </div>

        <div className="photo-templates">
          <label htmlFor="photo-credit-template">{t('photos.creditTemplate')}</label>
          <div className="photo-caption-line-row">
            <select id="photo-credit-template" value="" onChange={(event) => applyTemplate(event.target.value)}>
              <option value="">{creditTemplates.length ? t('photos.chooseTemplate') : t('photos.noTemplates')}</option>
              {creditTemplates.map((template) => {
                const label = creditTemplateLabel(template)
                return (
                  <option key={label} value={label}>
                    {label}
                  </option>
                )
              })}
            </select>
            <button
              type="button"
              className="button-small"
              disabled={!templateToSave}
              onClick={() => templateToSave && onSaveCreditTemplates(withCreditTemplate(creditTemplates, templateToSave))}
            >
              {t('photos.saveTemplate')}
            </button>
          </div>
        </div>

        {fields.map(({ key, multiline }) => {
          const shared = common(key)
          const mixed = shared === undefined
          const edited = key in draft
          const value = draft[key] ?? shared ?? ''
          const id = `photo-field-${key}`
          const props = {
            id,
            value,
            placeholder: mixed && !edited ? t('photos.mixed') : '',
            onChange: (event: { target: { value: string } }) => setDraft((current) => ({ ...current, [key]: event.target.value })),
          }
          return (
            <div key={key} className={`photo-field${edited ? ' photo-field-edited' : ''}`}>
              <div className="photo-field-head">
                <label htmlFor={id}>{t(`photos.field.${key}`)}</label>
                {edited && (
                  <button
                    type="button"
                    className="link-button photo-leave"
                    aria-label={t('photos.leaveAsIsField', { field: t(`photos.field.${key}`) })}
                    onClick={() =>
                      setDraft((current) => {
                        const { [key]: _dropped, ...rest } = current
                        return rest
                      })
                    }
                  >
                    {t('photos.leaveAsIs')}
                  </button>
                )}
              </div>
              {multiline ? <textarea rows={key === 'caption' ? 4 : 2} {...props} /> : <input {...props} />}
            </div>
          )
        })}

        <div className="photo-form-actions">
          <button type="submit" className="button-primary" disabled={dirty.length === 0 || saving}>
            {single ? t('photos.save') : t('photos.applyTo', { count: photos.length })}
          </button>
          {dirty.length > 0 && (
            <button type="button" className="button-quiet" onClick={() => setDraft({})}>
              {t('photos.discard')}
            </button>
          )}
          {single && (
            <button type="button" className="button-small photo-export" onClick={() => onExport(single)}>
              {t('photos.export')}
            </button>
          )}
        </div>
      </form>
      {single && onRemove && <RemovePhoto onRemove={() => onRemove(single)} />}
    </aside>
  )
}
