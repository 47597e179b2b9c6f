import type { ChromiumCopydesk } from '../e2e/fixtures/ChromiumCopydesk'
import { loadPageSupport, type PageSupport } from '../e2e/support/pageSupport'
import type { SearchTarget } from './desk'

declare const window: { __copydeskSupport: PageSupport }

/** Seeds one copy of the benchmark's 50,000-word article (e2e/support/browser/support.ts); returns its id. */
export async function seedLongArticle(app: ChromiumCopydesk): Promise<string> {
  await loadPageSupport(app)
  return app.page.evaluate(() => window.__copydeskSupport.seedLongArticle(50_000))
}

/** The same article carrying 200 comment threads and 100 suggestions spread over it; returns its id. */
export async function seedAnnotatedArticle(app: ChromiumCopydesk, comments: number, suggestions: number): Promise<string> {
  await loadPageSupport(app)
  return app.page.evaluate(([c, s]) => window.__copydeskSupport.seedAnnotatedArticle(50_000, c, s), [comments, suggestions] as const)
}

/** Seeds `count` generated articles, plus one article per search target holding its word in the body. */
export async function seedDesk(app: ChromiumCopydesk, count: number, targets: readonly SearchTarget[]): Promise<void> {
  await loadPageSupport(app)
  const extra = targets.map(({ word, headline }) => ({
    fields: { headline, section: 'Culture' },
    paragraphs: [`Somewhere in this text stands the word ${word}, found in no other article.`],
  }))
  await app.page.evaluate(([total, articles]) => window.__copydeskSupport.seedArticles(total, { extra: articles }), [count, extra] as const)
}
