import { searchTokens } from '@shared/article/searchWords'
import type { CopydeskDb } from './CopydeskDb'

/**
 * Ids of the articles holding every word of the query (each word as a prefix, accents and case
 * ignored), from the multi-entry word index — no document is opened.
 */
export async function searchArticleIds(db: CopydeskDb, query: string): Promise<Set<string>> {
  const tokens = [...new Set(searchTokens(query))]
  if (tokens.length === 0) return new Set()
  // The longest word narrows most; the others filter its matches.
  tokens.sort((a, b) => b.length - a.length)
  let ids: Set<string> | undefined
  for (const token of tokens) {
    const keys = await db.articleWords.where('words').startsWith(token).primaryKeys()
    const found = new Set(keys as string[])
    ids = ids ? new Set([...ids].filter((id) => found.has(id))) : found
    if (ids.size === 0) break
  }
  return ids ?? new Set()
}
