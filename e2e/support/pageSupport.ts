import type { ArticleFields } from '@shared/article/article'
import type { Copydesk } from '../fixtures'

/** What e2e/support/browser/support.ts offers once evaluated in the app's page. */
export type PageSupport = {
  seedArticles(
    count: number,
    options?: { bodyWords?: number; extra?: { fields: Partial<ArticleFields>; paragraphs: string[] }[] },
  ): Promise<string[]>
  seedLongArticle(words: number, headline?: string): Promise<string>
  seedAnnotatedArticle(words: number, comments: number, suggestions: number): Promise<string>
  remoteDesk(articleId: string): Promise<void>
  remoteEdit(kind: 'edit' | 'comment' | 'suggest'): void
  storedSizes(articleId: string): Promise<{ log: number; snapshot: number; compacted: number }>
  timeAppends(durability: 'strict' | 'relaxed', count: number): Promise<number[]>
  countRows(): Promise<Record<string, number>>
}

declare const window: { __copydeskSupport: PageSupport }

/** Loads the support bundle into the current page (again after every reload or restart). */
export async function loadPageSupport(copydesk: Copydesk): Promise<void> {
  // The bundle carries its own Yjs (it is built apart from the app), which Yjs warns about.
  copydesk.pageErrors.allow(/Yjs was already imported/)
  await copydesk.evaluateFile('out/e2e-support/support.js')
}

export async function seedArticles(copydesk: Copydesk, ...args: Parameters<PageSupport['seedArticles']>): Promise<string[]> {
  await loadPageSupport(copydesk)
  return copydesk.page.evaluate(([count, options]) => window.__copydeskSupport.seedArticles(count, options), args)
}

export async function countRows(copydesk: Copydesk): Promise<Record<string, number>> {
  await loadPageSupport(copydesk)
  return copydesk.page.evaluate(() => window.__copydeskSupport.countRows())
}
