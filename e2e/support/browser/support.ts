/**
 * Test and benchmark support, evaluated in the app's page (same origin, same IndexedDB).
 * It writes articles through the app's own modules — Yjs documents, index rows and search
 * words exactly as the app makes them — so seeded data is real data, only faster to create.
 */
import * as Y from 'yjs'
import { db } from '@renderer/db/db'
import { indexEntryFromDoc } from '@renderer/article/articleIndex'
import { articleDocFromText, type PlainBlock } from '@renderer/article/articleFromText'
import type { ArticleFields, ArticleIndexRow } from '@shared/article/article'
import type { ArticleWordsRow, SnapshotRow } from '@renderer/db/CopydeskDb'
import { articleStatuses } from '@shared/article/article'

const SECTIONS = ['International', 'France', 'Économie', 'Culture', 'Sports', 'Sciences']
const SYLLABLES = ['ba', 'ré', 'mon', 'ti', 'ka', 'lu', 'zé', 'vor', 'pa', 'sin', 'dé', 'gor', 'mi', 'ran', 'tul', 'ès']

/** A deterministic pseudo-random generator, so every run seeds the same articles. */
function random(seed: number): () => number {
  let state = seed >>> 0 || 1
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0
    return state / 2 ** 32
  }
}

function vocabulary(size: number): string[] {
  const next = random(7)
  const words: string[] = []
  for (let i = 0; i < size; i++) {
    const length = 2 + Math.floor(next() * 3)
    let word = ''
    for (let s = 0; s < length; s++) word += SYLLABLES[Math.floor(next() * SYLLABLES.length)]
    words.push(word)
  }
  return words
}

const VOCABULARY = vocabulary(4000)

function sentence(next: () => number, words: number): string {
  const parts: string[] = []
  for (let i = 0; i < words; i++) parts.push(VOCABULARY[Math.floor(next() * VOCABULARY.length)]!)
  const text = parts.join(' ')
  return text.charAt(0).toUpperCase() + text.slice(1) + '.'
}

export function generatedParagraphs(seed: number, paragraphs: number, wordsPerParagraph: number): PlainBlock[] {
  const next = random(seed)
  return Array.from({ length: paragraphs }, () => ({ type: 'paragraph' as const, text: sentence(next, wordsPerParagraph) }))
}

type SeedArticle = { fields: Partial<ArticleFields>; blocks: PlainBlock[]; updatedAt: number }

/** Writes articles in large transactions: snapshot, index row and search words for each. */
async function writeArticles(articles: SeedArticle[]): Promise<string[]> {
  const ids: string[] = []
  const snapshots: SnapshotRow[] = []
  const rows: ArticleIndexRow[] = []
  const words: ArticleWordsRow[] = []
  for (const article of articles) {
    const id = crypto.randomUUID()
    const doc = articleDocFromText(article.fields, article.blocks, article.updatedAt)
    const entry = indexEntryFromDoc(doc, id, { updatedAt: article.updatedAt, trashedAt: 0 })
    snapshots.push({ articleId: id, state: Y.encodeStateAsUpdate(doc), at: article.updatedAt })
    rows.push(entry.row)
    words.push({ id, words: entry.words })
    ids.push(id)
    doc.destroy()
  }
  await db.transaction('rw', [db.snapshots, db.articles, db.articleWords], async () => {
    await db.snapshots.bulkPut(snapshots)
    await db.articles.bulkPut(rows)
    await db.articleWords.bulkPut(words)
  })
  return ids
}

/**
 * Seeds `count` generated articles (about `bodyWords` words each), plus `extra` given articles
 * placed among them. Returns the ids of the extra articles.
 */
export async function seedArticles(
  count: number,
  options: { bodyWords?: number; extra?: { fields: Partial<ArticleFields>; paragraphs: string[] }[] } = {},
): Promise<string[]> {
  const bodyWords = options.bodyWords ?? 120
  const start = Date.now() - count * 60_000
  const batch: SeedArticle[] = []
  for (let i = 0; i < count; i++) {
    const next = random(i + 1)
    batch.push({
      fields: {
        headline: sentence(next, 6 + Math.floor(next() * 6)).slice(0, -1),
        standfirst: sentence(next, 20),
        section: SECTIONS[i % SECTIONS.length],
        status: articleStatuses[i % articleStatuses.length],
        byline: `Auteur ${i % 37}`,
        tags: [],
      },
      blocks: generatedParagraphs(i + 1, Math.max(1, Math.round(bodyWords / 40)), 40),
      updatedAt: start + i * 60_000,
    })
    if (batch.length === 500) await writeArticles(batch.splice(0))
  }
  if (batch.length) await writeArticles(batch.splice(0))
  const extra = (options.extra ?? []).map((article) => ({
    fields: article.fields,
    blocks: article.paragraphs.map((text) => ({ type: 'paragraph' as const, text })),
    updatedAt: start + Math.floor(count / 2) * 60_000 + 30_000,
  }))
  return extra.length ? writeArticles(extra) : []
}

/** One long article (the benchmark's 50,000 words), with H2s every 20 paragraphs. */
export async function seedLongArticle(words: number, headline = 'Un très long article'): Promise<string> {
  const paragraphs = Math.ceil(words / 50)
  const blocks = generatedParagraphs(99, paragraphs, 50).flatMap((block, index) =>
    index > 0 && index % 20 === 0 ? [{ type: 'heading2' as const, text: `Partie ${index / 20}` }, block] : [block],
  )
  const [id] = await writeArticles([{ fields: { headline, section: 'International' }, blocks, updatedAt: Date.now() }])
  return id!
}

export async function countRows(): Promise<Record<string, number>> {
  return {
    articles: await db.articles.count(),
    updates: await db.updates.count(),
    snapshots: await db.snapshots.count(),
    checkpoints: await db.checkpoints.count(),
  }
}
