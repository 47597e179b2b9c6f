import { startCopydesk } from './copydeskBrowser'
import { deskFirstRows, deskSearch, SEARCH_TARGETS, type FirstRowsTiming, type SearchTiming } from './desk'
import { seedDesk } from './seeding'
import { deskInteraction, type DeskInteraction } from './deskInteraction'

export type DeskPhase = { firstRows: FirstRowsTiming[]; searches: SearchTiming[]; interaction: DeskInteraction; chromium: string }

/** The desk over `articles` seeded articles, in its own profile: first rows on fresh loads, then searches. */
export async function deskPhase(options: { articles: number; samples: number }): Promise<DeskPhase> {
  const copydesk = await startCopydesk('desk')
  try {
    const { app, origin } = copydesk
    await seedDesk(app, options.articles, SEARCH_TARGETS)
    const firstRows = await deskFirstRows(app.page, origin, options.samples)
    // The desk is open from the last load.
    const searches = await deskSearch(app.page, SEARCH_TARGETS)
    const interaction = await deskInteraction(app.page, { moves: 200, changes: 8 })
    return { firstRows, searches, interaction, chromium: app.page.context().browser()?.version() ?? 'unknown' }
  } finally {
    await copydesk.close()
  }
}
