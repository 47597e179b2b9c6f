import { useTranslation } from 'react-i18next'
import type { Editor } from '@tiptap/react'
import { articleLanguages } from '@shared/article/article'
import { useEditorStateEachFrame } from './useEditorStateEachFrame'

/** Marks the paragraph at the caret (or the selected ones) as written in another language than the article. */
export function ParagraphLanguageSelect({ editor }: { editor: Editor }) {
  const { t } = useTranslation()
  const { lang } = useEditorStateEachFrame(editor, (e) => ({
    lang: ((e.getAttributes('paragraph').lang ?? e.getAttributes('heading').lang ?? '') as string).slice(0, 2),
  }))
  return (
    <select
      className="tool tool-language"
      aria-label={t('writing.paragraphLanguage')}
      title={t('writing.paragraphLanguageHint')}
      value={lang}
      onChange={(event) => editor.chain().focus().setParagraphLanguage(event.target.value || null).run()}
    >
      <option value="">{t('writing.articleLanguage')}</option>
      {articleLanguages.map((code) => (
        <option key={code} value={code}>
          {t(`languages.${code}`)}
        </option>
      ))}
    </select>
  )
}
