import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type * as Y from 'yjs'
import { FIELD_EDIT_ORIGIN } from '../../article/articleDoc'
import { useYArray } from '../../article/useYjs'

/** Tags as removable chips plus an input: Enter or comma adds one. */
export function TagsField({ tags }: { tags: Y.Array<string> }) {
  const { t } = useTranslation()
  const items = useYArray(tags)
  const [draft, setDraft] = useState('')
  const add = (raw: string) => {
    const tag = raw.trim()
    if (!tag || items.some((item) => item.toLowerCase() === tag.toLowerCase())) return
    tags.doc!.transact(() => tags.push([tag]), FIELD_EDIT_ORIGIN)
  }
  const remove = (index: number) => tags.doc!.transact(() => tags.delete(index, 1), FIELD_EDIT_ORIGIN)
  return (
    <fieldset className="tags">
      <legend>{t('article.tags')}</legend>
      <ul className="tag-list" aria-label={t('article.tags')}>
        {items.map((tag, index) => (
          <li key={`${tag}-${index}`} className="tag">
            {tag}
            <button type="button" aria-label={t('article.removeTag', { tag })} onClick={() => remove(index)}>
              ×
            </button>
          </li>
        ))}
      </ul>
      <input
        type="text"
        aria-label={t('article.addTag')}
        placeholder={t('article.addTag')}
        value={draft}
        onChange={(event) => setDraft(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' || event.key === ',') {
            event.preventDefault()
            add(draft)
            setDraft('')
          } else if (event.key === 'Backspace' && draft === '' && items.length > 0) {
            remove(items.length - 1)
          }
        }}
        onBlur={() => {
          add(draft)
          setDraft('')
        }}
      />
    </fieldset>
  )
}
