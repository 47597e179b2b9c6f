import { expect, type Page } from '@playwright/test'

// Review scenarios: two people on one machine, the profile switched in Settings, and text selected in
// the body as a person would.

/** Sets the display name and role in Settings, and waits until the app holds them (saving goes through main). */
export async function setProfile(page: Page, name: string, role: 'Reporter' | 'Editor') {
  await page.getByRole('button', { name: 'Settings' }).click()
  const dialog = page.getByRole('dialog', { name: 'Settings' })
  await dialog.getByRole('textbox', { name: 'Your name (byline)' }).fill(name)
  await dialog.getByRole('combobox', { name: 'Role' }).selectOption({ label: role })
  await page.getByRole('button', { name: 'Close settings' }).click()
  await expect(async () => {
    await page.getByRole('button', { name: 'Settings' }).click()
    const shown = [await dialog.getByRole('textbox', { name: 'Your name (byline)' }).inputValue(), await dialog.getByRole('combobox', { name: 'Role' }).inputValue()]
    await page.getByRole('button', { name: 'Close settings' }).click()
    expect(shown).toEqual([name, role === 'Editor' ? 'editor' : 'reporter'])
  }).toPass()
}

// This file is type-checked without the DOM library: the few browser names used inside evaluate().
type TextNode = { textContent: string | null }
declare const document: { createTreeWalker(root: unknown, show: number): { nextNode(): TextNode | null } }
declare const NodeFilter: { SHOW_TEXT: number }
declare function requestAnimationFrame(callback: () => void): number
declare function getSelection(): { setBaseAndExtent(anchor: TextNode, anchorOffset: number, focus: TextNode, focusOffset: number): void } | null
type BodyElement = { querySelectorAll(selector: string): Iterable<TextNode>; focus(): void }

/** Selects `text` in the first paragraph holding it (or puts the caret before it when `collapse`), as a person would. */
export async function selectInBody(page: Page, text: string, collapse = false) {
  await page.getByRole('textbox', { name: 'Article text' }).evaluate(
    (element, { wanted, collapse }) => {
      const block = [...(element as unknown as BodyElement).querySelectorAll('p')].find((p) => p.textContent!.includes(wanted))
      if (!block) throw new Error(`"${wanted}" is not in the body`)
      const at = block.textContent!.indexOf(wanted)
      const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT)
      const points: { node: TextNode; offset: number }[] = []
      let seen = 0
      for (let node = walker.nextNode(); node && points.length < 2; node = walker.nextNode()) {
        const length = node.textContent!.length
        for (const target of [at, at + wanted.length].slice(points.length)) {
          if (target <= seen + length) points.push({ node, offset: target - seen })
          else break
        }
        seen += length
      }
      ;(element as unknown as BodyElement).focus()
      const end = collapse ? points[0]! : points[1]!
      getSelection()!.setBaseAndExtent(points[0]!.node, points[0]!.offset, end.node, end.offset)
      // The editor reads the new selection on 'selectionchange', which comes a moment later: a key
      // pressed before that would act at the old caret.
      return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(null))))
    },
    { wanted: text, collapse },
  )
}
