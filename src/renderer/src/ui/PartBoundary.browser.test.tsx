import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { act, useState } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { initI18n } from '../i18n/i18n'
import { PartBoundary } from './PartBoundary'

;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true

let root: Root | undefined
beforeAll(async () => {
  await initI18n('en')
})
afterEach(() => {
  if (root) act(() => root!.unmount())
  root = undefined
  document.body.replaceChildren()
})

/** Throws while `failing.now` is set, as a part of the window with a bug in it does. */
const failing = { now: true }
function Fragile() {
  if (failing.now) throw new TypeError("Cannot read properties of undefined (reading 'nodeSize')")
  return <p>Comments are back</p>
}

function Counter() {
  const [count, setCount] = useState(0)
  return (
    <button type="button" onClick={() => setCount(count + 1)}>
      Clicked {count}
    </button>
  )
}

const button = (name: string) => [...document.querySelectorAll('button')].find((element) => element.textContent === name)!

async function render(node: React.ReactNode) {
  root = createRoot(document.body.appendChild(document.createElement('div')))
  await act(async () => root!.render(node))
}

describe('a part of the window that fails', () => {
  it('says what failed, keeps the rest of the window working, and draws the part again on "Try again"', async () => {
    failing.now = true
    let failures = 0
    let wentBack = 0
    await render(
      <>
        <Counter />
        <PartBoundary part="The comments" onFailed={() => failures++} onBack={() => wentBack++}>
          <Fragile />
        </PartBoundary>
      </>,
    )
    const alert = document.querySelector('[role="alert"]')!
    expect(alert.getAttribute('aria-label')).toBe('The comments could not be shown')
    expect(alert.textContent).toContain('what you wrote is kept')
    expect(failures).toBe(1)

    // The rest of the window answers.
    await act(async () => button('Clicked 0').click())
    expect(button('Clicked 1')).toBeTruthy()

    await act(async () => button('Back to the desk').click())
    expect(wentBack).toBe(1)

    failing.now = false
    await act(async () => button('Try again').click())
    expect(document.querySelector('[role="alert"]')).toBeNull()
    expect(document.body.textContent).toContain('Comments are back')
  })

  it('copies what failed, where, and the component it failed in, for a bug report', async () => {
    failing.now = true
    await render(
      <PartBoundary part="The checklist" compact>
        <Fragile />
      </PartBoundary>,
    )
    let copied = ''
    // The page's clipboard, recorded: a headless test browser has no system clipboard to read back.
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (text: string) => void (copied = text) } })
    await act(async () => button('Copy details').click())
    expect(copied).toContain('The checklist')
    expect(copied).toContain("TypeError: Cannot read properties of undefined (reading 'nodeSize')")
    expect(copied).toContain('Fragile')
    expect(document.querySelector('[role="status"]')!.textContent).toBe('Details copied.')
  })

  it('shows the details to copy by hand when the clipboard refuses', async () => {
    failing.now = true
    await render(
      <PartBoundary part="The versions">
        <Fragile />
      </PartBoundary>,
    )
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: () => Promise.reject(new Error('denied')) } })
    await act(async () => button('Copy details').click())
    expect(document.querySelector('[role="status"]')!.textContent).toContain('select the details below')
    expect(document.querySelector('.part-failed-details')!.textContent).toContain('The versions')
  })
})
