import { act } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { afterEach, describe, expect, it } from 'vitest'
import type { PullFailure } from '@shared/cms/filing'
import i18next from 'i18next'
import { initI18n } from '../../i18n/i18n'
import '../../styles/app.css'
import { PullFailures } from './PullFailures'
import { PULL_FAILURES_EVENT, type PullFailureDetail } from './pullFromSite'

;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true

let root: Root | undefined
afterEach(() => {
  if (root) act(() => root!.unmount())
  root = undefined
  document.body.replaceChildren()
})

// What cms:pull answers when one post holds a row that is not a Yjs update and another's log failed (shared/cms/filing.ts).
const failures: PullFailure[] = [
  { articleId: crypto.randomUUID(), postId: 27, title: 'Séisme au large de Lisbonne', reason: 'unreadable-update' },
  { articleId: crypto.randomUUID(), postId: 54, title: '', reason: 'site-error' },
]

async function shown(language: 'en' | 'fr') {
  await initI18n(language)
  await i18next.changeLanguage(language)
  root = createRoot(document.body.appendChild(document.createElement('div')))
  await act(async () => root!.render(<PullFailures />))
  expect(document.querySelector('[role="alert"]')).toBeNull()
  await act(async () => dispatchEvent(new CustomEvent<PullFailureDetail>(PULL_FAILURES_EVENT, { detail: { failures } })))
  return document.querySelector<HTMLElement>('[role="alert"]')!
}

describe('the articles a pull skipped', () => {
  it('are named, with why, until dismissed', async () => {
    const alert = await shown('en')
    expect(alert.getAttribute('aria-label')).toBe('Some articles were not brought from the site; the others were.')
    const items = [...alert.querySelectorAll('li')].map((item) => item.textContent)
    expect(items[0]).toContain('“Séisme au large de Lisbonne”: the site holds a change to it that Copydesk cannot read.')
    expect(items[1]).toContain('“Post 54”: the site failed answering for it.')
    await act(async () => [...alert.querySelectorAll('button')].find((button) => button.textContent === 'Dismiss')!.click())
    expect(document.querySelector('[role="alert"]')).toBeNull()
  })

  it('in French too', async () => {
    const alert = await shown('fr')
    expect(alert.textContent).toContain('« Séisme au large de Lisbonne » : le site contient une modification que Copydesk ne sait pas lire.')
    expect(alert.textContent).toContain('« Article 54 »')
    expect([...alert.querySelectorAll('button')].map((button) => button.textContent)).toEqual(['Fermer'])
  })
})
