/**
 * What the bench's page.evaluate callbacks reach in a page, typed for this Node code (no DOM types
 * here): `declare const window: PageGlobals`, as e2e/fixtures/pageGlobals.ts does for scenarios.
 */
export type KeyTiming = { keydownAt: number; eventAt: number; flushedAt: number }

type PageNode = { readonly textContent: string | null; readonly parentElement: PageElement | null }

type PageElement = PageNode & {
  readonly childElementCount: number
  readonly firstChild: PageNode | null
  closest(selector: string): PageElement | null
  querySelectorAll(selector: string): ArrayLike<PageElement>
  scrollIntoView(options: { block: 'center' }): void
  focus(): void
}

export type PageGlobals = {
  document: {
    querySelector(selector: string): PageElement | null
    querySelectorAll(selector: string): ArrayLike<PageElement>
    createTreeWalker(root: PageElement, whatToShow: number): { nextNode(): PageNode | null }
  }
  getSelection(): { readonly anchorNode: PageNode | null; collapse(node: PageNode, offset: number): void } | null
  performance: { getEntriesByName(name: string): { startTime: number; duration: number; detail?: unknown }[] }
  /** Installed by bench/pages/measureInit.ts. */
  __keystrokeProbe: { watch(selector: string): void; take(): { keys: KeyTiming[]; unmatched: number } }
  /** Installed by bench/pages/deskSearchProbe.ts. */
  __deskSearchProbe: { arm(rows: number): void; take(): number | undefined }
}
