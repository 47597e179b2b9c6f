import type { Page } from '@playwright/test'

/**
 * Desk interactions timed from the page: an event's timeStamp (keydown, click, change) → the first task
 * after the next frame, so React's render, layout and paint are in. React renders these discrete
 * events synchronously, so the frame after the event is the one showing its result.
 */
type ProbeGlobals = {
  addEventListener(type: string, listener: (event: { timeStamp: number }) => void, capture: boolean): void
  requestAnimationFrame(callback: () => void): void
  setTimeout(callback: () => void, ms: number): void
  performance: { now(): number }
  __deskTimes?: Record<string, number[]>
}

async function installProbe(page: Page): Promise<void> {
  await page.evaluate(() => {
    const g = globalThis as unknown as ProbeGlobals
    if (g.__deskTimes) return
    const times: Record<string, number[]> = { keydown: [], click: [], change: [] }
    g.__deskTimes = times
    for (const type of Object.keys(times)) {
      g.addEventListener(
        type,
        (event) => {
          const start = event.timeStamp
          g.requestAnimationFrame(() => g.setTimeout(() => times[type]!.push(g.performance.now() - start), 0))
        },
        true,
      )
    }
  })
}

async function take(page: Page, type: string, count: number): Promise<number[]> {
  await page.waitForFunction(([name, n]) => ((globalThis as unknown as ProbeGlobals).__deskTimes?.[name as string]?.length ?? 0) >= (n as number), [type, count] as const)
  return page.evaluate((name) => {
    const times = (globalThis as unknown as ProbeGlobals).__deskTimes!
    return times[name]!.splice(0)
  }, type)
}

export type DeskInteraction = { arrowMoves: number[]; sortChanges: number[]; filterChanges: number[] }

/** On the open desk: `moves` ↓ presses, then sort changes by column header, then status filter changes. */
export async function deskInteraction(page: Page, options: { moves: number; changes: number }): Promise<DeskInteraction> {
  await installProbe(page)
  const grid = page.getByRole('grid', { name: 'Articles' })
  await grid.focus()
  for (let i = 0; i < options.moves; i++) await page.keyboard.press('ArrowDown')
  const arrowMoves = await take(page, 'keydown', options.moves)

  const columns = ['Headline', 'Byline', 'Words', 'Last change']
  const sortChanges: number[] = []
  await take(page, 'click', 0)
  for (let i = 0; i < options.changes; i++) {
    await grid.getByRole('columnheader', { name: columns[i % columns.length] }).getByRole('button').click()
    sortChanges.push(...(await take(page, 'click', 1)))
  }

  const statuses = ['Draft', 'Published', 'Approved', 'All statuses']
  const filterChanges: number[] = []
  await take(page, 'change', 0)
  for (let i = 0; i < options.changes; i++) {
    await page.getByRole('combobox', { name: 'Status', exact: true }).selectOption({ label: statuses[i % statuses.length]! })
    filterChanges.push(...(await take(page, 'change', 1)))
  }
  return { arrowMoves, sortChanges, filterChanges }
}
