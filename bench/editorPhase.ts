import { startCopydesk } from './copydeskBrowser'
import { seedLongArticle } from './seeding'
import { startToEditable } from './startup'
import { keystrokeRounds, type RoundResult } from './rounds'

export type EditorPhase = { startToEditable: number[]; rounds: RoundResult[]; chromium: string }

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

    const startup = await startToEditable(app.page, origin, startupCopy, options.startupSamples)
    const rounds = await keystrokeRounds(
      app.page,
      {
        copydesk: (round) => `${origin}/#/article/${roundCopies[round]}`,
        copydeskChecksOff: (round) => `${origin}/#/article/${checksOffCopies[round]}`,
        prosemirror: baselineUrl,
      },
      options.rounds,
    )
    return { startToEditable: startup, rounds, chromium: app.page.context().browser()?.version() ?? 'unknown' }
  } finally {
    await copydesk.close()
  }
}
