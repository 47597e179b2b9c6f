import type { ChromiumCopydesk } from '../e2e/fixtures/ChromiumCopydesk'
import { loadPageSupport, type PageSupport } from '../e2e/support/pageSupport'

declare const window: { __copydeskSupport: PageSupport }

/** Seeds one copy of the benchmark's 50,000-word article (e2e/support/browser/support.ts); returns its id. */
export async function seedLongArticle(app: ChromiumCopydesk): Promise<string> {
  await loadPageSupport(app)
  return app.page.evaluate(() => window.__copydeskSupport.seedLongArticle(50_000))
}

/** Seeds `count` generated articles plus one article per word, holding that word in its body. */
export async function seedDesk(app: ChromiumCopydesk, count: number, words: readonly string[]): Promise<void> {
  await loadPageSupport(app)
  const extra = words.map((word, index) => ({
    fields: { headline: `Search target ${index + 1}`, section: 'Culture' },
    paragraphs: [`Somewhere in this text stands the word ${word}, found in no other article.`],
  }))
  await app.page.evaluate(([total, articles]) => window.__copydeskSupport.seedArticles(total, { extra: articles }), [count, extra] as const)
}
