import { startCopydesk } from './copydeskBrowser'
import { loadPageSupport } from '../e2e/support/pageSupport'
import type { PageSupport } from '../e2e/support/pageSupport'
import { seedAnnotatedArticle, seedLongArticle } from './seeding'
import { startToEditable } from './startup'
import { keystrokeRounds, type RoundResult } from './rounds'

export type EditorPhase = {
  startToEditable: number[]
  /** The same opening, of the article carrying 200 comments and 100 suggestions. */
  reopenAnnotated: number[]
  /** Milliseconds per append of a small update, strict durability (the app's) and relaxed. */
  appends: { strict: number[]; relaxed: number[] }
  rounds: RoundResult[]
  chromium: string
}

declare const window: { __copydeskSupport: PageSupport }
const ANNOTATED = { comments: 200, suggestions: 100 }
const APPENDS = 200

/**
 * The 50,000-word article, in a profile holding only copies of it (the desk's 10,000 articles
 * would not change per-article work, and would slow every page load): start to editable, then the
 * typing rounds against the bare ProseMirror page served at `baselineUrl`.
 */
export async function editorPhase(baselineUrl: string, options: { rounds: number; startupSamples: number }): Promise<EditorPhase> {
  const copydesk = await startCopydesk('editor')
  try {
    const { app, origin } = copydesk
    const startupCopy = await seedLongArticle(app)
    const roundCopies: string[] = []
    for (let round = 0; round < options.rounds; round++) roundCopies.push(await seedLongArticle(app))
    // The same rounds with spelling and house-style checks off: the baseline of keystroke_p95_with_checks_ms.
    const checksOffCopies: string[] = []
    for (let round = 0; round < options.rounds; round++) checksOffCopies.push(await seedLongArticle(app))

    const annotatedCopy = await seedAnnotatedArticle(app, ANNOTATED.comments, ANNOTATED.suggestions)

    const startup = await startToEditable(app.page, origin, startupCopy, options.startupSamples)
    const reopenAnnotated = await startToEditable(app.page, origin, annotatedCopy, options.startupSamples)
    // Alternated, so the machine's load hits both the same way.
    await loadPageSupport(app)
    const appends = { strict: [] as number[], relaxed: [] as number[] }
    for (let round = 0; round < 4; round++) {
      for (const durability of ['strict', 'relaxed'] as const) {
        appends[durability].push(...(await app.page.evaluate(([d, n]) => window.__copydeskSupport.timeAppends(d, n), [durability, APPENDS / 4] as const)))
      }
    }
    const rounds = await keystrokeRounds(
      app.page,
      {
        copydesk: (round) => `${origin}/#/article/${roundCopies[round]}`,
        copydeskChecksOff: (round) => `${origin}/#/article/${checksOffCopies[round]}`,
        prosemirror: baselineUrl,
      },
      options.rounds,
    )
    return { startToEditable: startup, reopenAnnotated, appends, rounds, chromium: app.page.context().browser()?.version() ?? 'unknown' }
  } finally {
    await copydesk.close()
  }
}
