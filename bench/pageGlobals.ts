/**
 * What the bench's page.evaluate callbacks reach in a page, typed for this Node code (no DOM types
 * here): `declare const window: PageGlobals`, as e2e/fixtures/pageGlobals.ts does for scenarios.
 */
export type KeyTiming = { keydownAt: number; eventAt: number; flushedAt: number }

type PageElement = {
  readonly childElementCount: number
  readonly textContent: string | null
  readonly parentElement: PageElement | null
  closest(selector: string): PageElement | null
  querySelectorAll(selector: string): ArrayLike<PageElement>
}

export type PageGlobals = {
  document: { querySelector(selector: string): PageElement | null; querySelectorAll(selector: string): ArrayLike<PageElement> }
  getSelection(): { anchorNode: { parentElement: PageElement | null } | null } | null
  performance: { getEntriesByName(name: string): { startTime: number; duration: number; detail?: unknown }[] }
  /** Installed by bench/pages/measureInit.ts. */
  __keystrokeProbe: { watch(selector: string): void; take(): { keys: KeyTiming[]; unmatched: number } }
  /** Installed by bench/pages/deskSearchProbe.ts. */
  __deskSearchProbe: { arm(rows: number): void; take(): number | undefined }
}
