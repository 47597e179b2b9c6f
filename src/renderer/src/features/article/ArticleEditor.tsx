import { useCallback, useMemo, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { countText, zeroCounts, type Counts } from '@shared/article/counts'
import { articleLanguages, articleStatuses, type ArticleLanguage } from '@shared/article/article'
import { BodyEditor } from '../../editor/BodyEditor'
import { fixTypography } from '@shared/typography/fixTypography'
import { applyTextDiff, bodyOf, fieldsOf, FIELD_EDIT_ORIGIN, tagsOf, textFieldOf } from '../../article/articleDoc'
import { useYMapValue, useYText } from '../../article/useYjs'
import type { ArticleSession } from '../../article/useArticleSession'
import { TextField } from './TextField'
import { ownSuggestedText, suggestFieldText } from '../../article/fieldSuggestions'
import { suggestingAs, suggestingMode } from '../../editor/suggestions/suggestionMode'
import { TagsField } from './TagsField'
import { CountsPanel } from './CountsPanel'
import { createValueStore, type ValueStore } from '../../ui/valueStore'
import { markFirstContent } from '../../ui/firstContent'
import { VersionsPanel } from './VersionsPanel'
import { PartBoundary } from '../../ui/PartBoundary'
import { limitsForSection } from '@shared/length/sectionLimits'
import { sectionLimits } from '../length/sectionLimitsData'
import { FieldLimit } from '../length/FieldLimit'
import { LengthTarget } from '../length/LengthTarget'
import { LeadPhoto } from '../articlePhotos/LeadPhoto'

type Props = {
  session: ArticleSession
  sections: string[]
  withVersions: boolean
  /** Workflow, checklist and comments (features/review), shown first in the side panel. */
  reviewPanels?: (bodyCounts: ValueStore<Counts>) => ReactNode
}

/** The writing column (section, headline, standfirst, byline, body) and the details panel. */
export function ArticleEditor({ session, sections, withVersions, reviewPanels }: Props) {
  const { t } = useTranslation()
  const { doc, undoManager } = session
  const fields = fieldsOf(doc)
  const headline = useMemo(() => textFieldOf(doc, 'headline'), [doc])
  const standfirst = useMemo(() => textFieldOf(doc, 'standfirst'), [doc])
  const byline = useMemo(() => textFieldOf(doc, 'byline'), [doc])
  const seoTitle = useMemo(() => textFieldOf(doc, 'seoTitle'), [doc])
  const tags = useMemo(() => tagsOf(doc), [doc])
  const section = useYMapValue<string>(fields, 'section') ?? ''
  const language = (useYMapValue<ArticleLanguage>(fields, 'language') ?? 'fr') as ArticleLanguage
  const status = useYMapValue<string>(fields, 'status') ?? 'draft'
  const headlineText = useYText(headline)
  const standfirstText = useYText(standfirst)
  const seoTitleText = useYText(seoTitle)
  const limits = limitsForSection(sectionLimits, section)
  const headlineSignes = countText(headlineText).signes
  const seoTitleSignes = countText(seoTitleText).signes
  const bodyCounts = useMemo(() => createValueStore<Counts>(zeroCounts), [doc])
  // Read by `npm run bench` (start to editable article).
  const onReady = useCallback(() => {
    performance.mark('copydesk:editable')
    markFirstContent()
  }, [])
  // "Fix typography" for the fields above the body: small diffs, undoable with the body's fix.
  // While suggesting, the fixes become (or join) this author's suggestions, as the body's do.
  const fixFields = useCallback(
    () =>
      doc.transact(() => {
        const author = suggestingAs.get().name
        for (const [name, field] of [['headline', headline], ['standfirst', standfirst], ['byline', byline]] as const) {
          if (suggestingMode.get()) suggestFieldText(doc, name, author, fixTypography(ownSuggestedText(doc, name, author) ?? field.toString(), language))
          else applyTextDiff(field, fixTypography(field.toString(), language))
        }
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
        <TextField ytext={headline} field="headline" label={t('article.headline')} placeholder={t('article.headlinePlaceholder')} className="field-headline" undoManager={undoManager} labelHidden describedBy="headline-limit" invalid={headlineSignes > limits.headline} />
        <FieldLimit id="headline-limit" count={headlineSignes} limit={limits.headline} />
        <TextField ytext={standfirst} field="standfirst" label={t('article.standfirst')} placeholder={t('article.standfirstPlaceholder')} className="field-standfirst" undoManager={undoManager} labelHidden />
        <TextField ytext={byline} field="byline" label={t('article.byline')} placeholder={t('article.bylinePlaceholder')} className="field-byline" undoManager={undoManager} labelHidden />
        <LeadPhoto doc={doc} />
        <BodyEditor body={bodyOf(doc)} undoManager={undoManager} language={language} counts={bodyCounts} onReady={onReady} onFixFields={fixFields} />
      </article>
      <aside className="details-panel" aria-label={t('article.details')}>
        {reviewPanels?.(bodyCounts)}
        <PartBoundary part={t('failure.partCounts')} compact>
          <CountsPanel headline={countText(headlineText)} standfirst={countText(standfirstText)} body={bodyCounts}>
            <LengthTarget fields={fields} body={bodyCounts} />
          </CountsPanel>
        </PartBoundary>
        <PartBoundary part={t('failure.partDetails')} compact>
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
          <TextField ytext={seoTitle} field="seoTitle" label={t('writing.seoTitle')} placeholder={t('writing.seoTitlePlaceholder')} className="field-seo" undoManager={undoManager} describedBy="seo-title-limit" invalid={seoTitleSignes > limits.seoTitle} />
          <FieldLimit id="seo-title-limit" count={seoTitleSignes} limit={limits.seoTitle} />
        </section>
        </PartBoundary>
        {withVersions && (
          <PartBoundary part={t('failure.partVersions')} compact>
            <VersionsPanel session={session} />
          </PartBoundary>
        )}
      </aside>
    </div>
  )
}
