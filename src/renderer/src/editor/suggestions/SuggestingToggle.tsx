import { useTranslation } from 'react-i18next'
import type { Editor } from '@tiptap/core'
import { useValueStore } from '../../ui/valueStore'
import { suggestingAs, suggestingMode } from './suggestionMode'

/** The toolbar's switch between editing and suggesting; says as whom while on. */
export function SuggestingToggle({ editor }: { editor: Editor }) {
  const { t } = useTranslation()
  const on = useValueStore(suggestingMode)
  const as = useValueStore(suggestingAs)
  const title = as.name ? t('suggestions.toggleTitle', { name: as.name, role: as.role }) : t('suggestions.toggleTitleAnonymous')
  return (
    <button
      type="button"
      className={`tool suggesting-toggle${on ? ' suggesting-on' : ''}`}
      aria-pressed={on}
      title={title}
      onMouseDown={(event) => event.preventDefault()}
      onClick={() => {
        editor.commands.toggleSuggesting()
        editor.commands.focus()
      }}
    >
      <span aria-hidden="true">✎ </span>
      {t('suggestions.toggle')}
      {on && as.name && (
        <span className="suggesting-as">
          {' '}
          · {as.name}, {as.role}
        </span>
      )}
    </button>
  )
}
