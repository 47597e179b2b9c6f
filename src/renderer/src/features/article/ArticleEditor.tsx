import { useCallback, useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { countText, zeroCounts, type Counts } from '@shared/article/counts'
import { articleLanguages, articleStatuses, type ArticleLanguage } from '@shared/article/article'
import { BodyEditor } from '../../editor/BodyEditor'
import { fixTypography } from '@shared/typography/fixTypography'
import { applyTextDiff, bodyOf, fieldsOf, FIELD_EDIT_ORIGIN, tagsOf, textFieldOf } from '../../article/articleDoc'
import { useYMapValue, useYText } from '../../article/useYjs'
import type { ArticleSession } from '../../article/useArticleSession'
import { TextField } from './TextField'
import { TagsField } from './TagsField'
import { CountsPanel } from './CountsPanel'
import { createValueStore } from '../../ui/valueStore'
import { VersionsPanel } from './VersionsPanel'

type Props = { session: ArticleSession; sections: string[]; withVersions: boolean }

/** The writing column (section, headline, standfirst, byline, body) and the details panel. */
export function ArticleEditor({ session, sections, withVersions }: Props) {
  const { t } = useTranslation()
  const { doc, undoManager } = session
  const fields = fieldsOf(doc)
  const headline = useMemo(() => textFieldOf(doc, 'headline'), [doc])
  const standfirst = useMemo(() => textFieldOf(doc, 'standfirst'), [doc])
  const byline = useMemo(() => textFieldOf(doc, 'byline'), [doc])
  const tags = useMemo(() => tagsOf(doc), [doc])
  const section = useYMapValue<string>(fields, 'section') ?? ''
  const language = (useYMapValue<ArticleLanguage>(fields, 'language') ?? 'fr') as ArticleLanguage
  const status = useYMapValue<string>(fields, 'status') ?? 'draft'
  const headlineText = useYText(headline)
  const standfirstText = useYText(standfirst)
  const bodyCounts = useMemo(() => createValueStore<Counts>(zeroCounts), [doc])
  // Read by `npm run bench` (start to editable article).
  const onReady = useCallback(() => performance.mark('copydesk:editable'), [])
  // "Fix typography" for the fields above the body: small diffs, undoable with the body's fix.
  const fixFields = useCallback(
    () =>
      doc.transact(() => {
        for (const field of [headline, standfirst, byline]) applyTextDiff(field, fixTypography(field.toString(), language))
      }, FIELD_EDIT_ORIGIN),
    [doc, headline, standfirst, byline, language],
  )
  const setValue = (key: string, value: string) => doc.transact(() => fields.set(key, value), FIELD_EDIT_ORIGIN)

  return (
    <div className="article-layout">
      <article className="writing-column" lang={language}>
        <label className="field field-section">
          <span className="visually-hidden">{t('article.section')}</span>
          <input
            type="text"
            list="known-sections"
            value={section}
            placeholder={t('article.sectionPlaceholder')}
            onChange={(event) => setValue('section', event.target.value)}
          />
          <datalist id="known-sections">
            {sections.map((name) => (
              <option key={name} value={name} />
            ))}
          </datalist>
        </label>
        <TextField ytext={headline} label={t('article.headline')} placeholder={t('article.headlinePlaceholder')} className="field-headline" undoManager={undoManager} labelHidden />
        <TextField ytext={standfirst} label={t('article.standfirst')} placeholder={t('article.standfirstPlaceholder')} className="field-standfirst" undoManager={undoManager} labelHidden />
        <TextField ytext={byline} label={t('article.byline')} placeholder={t('article.bylinePlaceholder')} className="field-byline" undoManager={undoManager} labelHidden />
        <BodyEditor body={bodyOf(doc)} undoManager={undoManager} language={language} counts={bodyCounts} onReady={onReady} onFixFields={fixFields} />
      </article>
      <aside className="details-panel" aria-label={t('article.details')}>
        <CountsPanel headline={countText(headlineText)} standfirst={countText(standfirstText)} body={bodyCounts} />
        <section className="panel-section" aria-labelledby="details-title">
          <h2 id="details-title">{t('article.details')}</h2>
          <label className="row-field">
            <span>{t('article.language')}</span>
            <select value={language} onChange={(event) => setValue('language', event.target.value)}>
              {articleLanguages.map((code) => (
                <option key={code} value={code}>
                  {t(`languages.${code}`)}
                </option>
              ))}
            </select>
          </label>
          <div className="row-field">
            <span>{t('article.workflow')}</span>
            <span className={`status-badge status-${status}`}>{articleStatuses.includes(status as never) ? t(`status.${status}`) : status}</span>
          </div>
          <TagsField tags={tags} />
        </section>
        {withVersions && <VersionsPanel session={session} />}
      </aside>
    </div>
  )
}
