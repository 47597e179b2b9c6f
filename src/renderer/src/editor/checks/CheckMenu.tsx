import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { Editor } from '@tiptap/core'
import type { SpellingClient } from '../../spelling/spellingClient'
import type { CheckTarget } from '../extensions/WritingChecks'

type Props = {
  editor: Editor
  target: CheckTarget
  spelling: SpellingClient | null
  onAddWord(word: string): Promise<void>
  onClose(): void
}

/**
 * The menu of a spelling or house-style mark: the message, the fixes as menu items, "add to the
 * newsroom dictionary". Opened by right click, Shift+F10 or Ctrl+.; arrows move, Escape closes
 * and gives the caret back to the text.
 */
export function CheckMenu({ editor, target, spelling, onAddWord, onClose }: Props) {
  const { t, i18n } = useTranslation()
  const menu = useRef<HTMLDivElement>(null)
  const { finding } = target
  const [suggestions, setSuggestions] = useState<string[] | null>(finding.kind === 'spelling' ? null : [])
  const [position, setPosition] = useState(() => placeBelow(editor, target.from, 240, 120))
  const uiLanguage = i18n.language.startsWith('fr') ? 'fr' : 'en'

  useEffect(() => {
    if (finding.kind !== 'spelling' || !spelling) return
    let live = true
    spelling.suggest(finding.language, finding.word).then(
      (found) => live && setSuggestions(found),
      () => live && setSuggestions([]),
    )
    return () => {
      live = false
    }
  }, [finding, spelling])

  // Once drawn, its real size decides whether it fits below the word or goes above it.
  useLayoutEffect(() => {
    setPosition(placeBelow(editor, target.from, menu.current?.offsetWidth ?? 240, menu.current?.offsetHeight ?? 120))
  }, [editor, target, suggestions])

  const items = () => [...(menu.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]') ?? [])]

  // The menu takes focus at once; the first fix takes it when the suggestions arrive, unless the user moved on.
  useEffect(() => {
    const active = document.activeElement
    if (suggestions === null) menu.current?.focus()
    else if (active === menu.current || !menu.current?.contains(active)) (items()[0] ?? menu.current)?.focus()
  }, [suggestions])

  useEffect(() => {
    const onPointerDown = (event: PointerEvent) => {
      if (!menu.current?.contains(event.target as Node)) onClose()
    }
    document.addEventListener('pointerdown', onPointerDown, true)
    return () => document.removeEventListener('pointerdown', onPointerDown, true)
  }, [onClose])

  const close = () => {
    onClose()
    editor.commands.focus()
  }

  const replace = (text: string) => {
    const { state } = editor.view
    const expected = finding.kind === 'spelling' ? finding.word : finding.style.text
    // The text may have changed since the mark was drawn: never replace something else.
    if (state.doc.textBetween(target.from, target.to).normalize('NFC') === expected.normalize('NFC')) {
      const tr = text ? state.tr.insertText(text, target.from, target.to) : state.tr.delete(target.from, target.to)
      editor.view.dispatch(tr.scrollIntoView())
    }
    close()
  }

  const onKeyDown = (event: KeyboardEvent) => {
    const all = items()
    const index = all.indexOf(document.activeElement as HTMLButtonElement)
    const move = (next: number) => {
      event.preventDefault()
      all[(next + all.length) % all.length]?.focus()
    }
    if (event.key === 'Escape') {
      event.preventDefault()
      close()
    } else if (event.key === 'ArrowDown') move(index + 1)
    else if (event.key === 'ArrowUp') move(index < 0 ? -1 : index - 1)
    else if (event.key === 'Home') move(0)
    else if (event.key === 'End') move(-1)
    else if (event.key === 'Tab') close()
  }

  const label =
    finding.kind === 'spelling' ? t('writing.spellingMenu', { word: finding.word }) : t('writing.styleMenu', { text: finding.style.text.trim() })

  return (
    <div
      ref={menu}
      role="menu"
      tabIndex={-1}
      aria-label={label}
      aria-describedby={finding.kind === 'style' ? 'check-menu-message' : undefined}
      className="check-menu"
      data-kind={finding.kind}
      style={position}
      onKeyDown={onKeyDown}
    >
      {finding.kind === 'style' && (
        <p id="check-menu-message" className="check-menu-message" data-severity={finding.style.severity}>
          <span className="check-menu-severity">{t(`writing.severity.${finding.style.severity}`)}</span>
          {finding.style.message[uiLanguage]}
        </p>
      )}
      {finding.kind === 'style' && finding.style.replacement !== undefined && (
        <button type="button" role="menuitem" className="check-menu-fix" onClick={() => replace(finding.style.replacement!)}>
          {finding.style.replacement ? t('writing.replaceWith', { text: finding.style.replacement }) : t('writing.removeText', { text: finding.style.text })}
        </button>
      )}
      {finding.kind === 'spelling' && (
        <>
          {suggestions === null ? (
            <p className="check-menu-note" role="status">
              {t('writing.lookingUp')}
            </p>
          ) : suggestions.length === 0 ? (
            <p className="check-menu-note">{t('writing.noSuggestions')}</p>
          ) : (
            suggestions.map((suggestion) => (
              <button key={suggestion} type="button" role="menuitem" className="check-menu-suggestion" onClick={() => replace(suggestion)}>
                {suggestion}
              </button>
            ))
          )}
          <div role="separator" className="check-menu-separator" />
          <button
            type="button"
            role="menuitem"
            onClick={() => {
              void onAddWord(finding.word).then(close)
            }}
          >
            {t('writing.addToDictionary')}
          </button>
        </>
      )}
    </div>
  )
}

/** Under the word, inside the window; above it when there is no room below. */
function placeBelow(editor: Editor, pos: number, width: number, height: number): { left: number; top: number } {
  const at = editor.view.coordsAtPos(pos)
  const below = at.bottom + 6
  return {
    left: Math.max(8, Math.min(at.left, innerWidth - width - 8)),
    top: below + height > innerHeight - 8 ? Math.max(8, at.top - height - 6) : below,
  }
}
