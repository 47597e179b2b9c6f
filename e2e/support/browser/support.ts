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
import { bodyOf } from '@renderer/article/articleDoc'
import { addThread } from '@renderer/article/articleComments'
import { makeSuggestionId } from '@renderer/editor/suggestions/suggestionIds'
import { loadArticleInto } from '@renderer/db/articleRepository'
import { CopydeskDb } from '@renderer/db/CopydeskDb'

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

function longArticleBlocks(words: number): PlainBlock[] {
  const paragraphs = Math.ceil(words / 50)
  return generatedParagraphs(99, paragraphs, 50).flatMap((block, index) =>
    index > 0 && index % 20 === 0 ? [{ type: 'heading2' as const, text: `Partie ${index / 20}` }, block] : [block],
  )
}

/** One long article (the benchmark's 50,000 words), with H2s every 20 paragraphs. */
export async function seedLongArticle(words: number, headline = 'Un très long article'): Promise<string> {
  const [id] = await writeArticles([{ fields: { headline, section: 'International' }, blocks: longArticleBlocks(words), updatedAt: Date.now() }])
  return id!
}

/** The paragraphs' texts of a document's body, in order (headings left out). */
function paragraphTexts(doc: Y.Doc): Y.XmlText[] {
  return bodyOf(doc)
    .toArray()
    .filter((node): node is Y.XmlElement => node instanceof Y.XmlElement && node.nodeName === 'paragraph')
    .map((paragraph) => paragraph.get(0))
    .filter((text): text is Y.XmlText => text instanceof Y.XmlText)
}

/** A comment on the first word of a paragraph, anchored as the app anchors one. */
function commentOnFirstWord(doc: Y.Doc, text: Y.XmlText, author: string, at: number): void {
  const word = text.toString().split(' ')[0]!
  addThread(doc, {
    start: Y.createRelativePositionFromTypeIndex(text, 0),
    end: Y.createRelativePositionFromTypeIndex(text, word.length, -1),
    quote: word,
    author,
    text: 'À vérifier avec la source.',
    blocking: at % 10 === 0,
    at,
  })
}

/** A suggestion on the last word of a paragraph: a deletion or an insertion mark, as suggesting mode writes it. */
function suggestOnLastWord(text: Y.XmlText, author: string, index: number): void {
  const plain = text.toString()
  const start = plain.lastIndexOf(' ') + 1
  const mark = index % 2 === 0 ? 'deletion' : 'insertion'
  text.format(start, plain.length - start, { [mark]: { id: makeSuggestionId(author, 1_700_000_000_000 + index) } })
}

/**
 * The long article carrying a review: `comments` threads and `suggestions` suggestion marks spread
 * evenly over its paragraphs, as a desk leaves it after a long edit.
 */
export async function seedAnnotatedArticle(words: number, comments: number, suggestions: number): Promise<string> {
  const updatedAt = Date.now()
  const doc = articleDocFromText({ headline: 'Un très long article relu', section: 'International' }, longArticleBlocks(words), updatedAt)
  const texts = paragraphTexts(doc)
  doc.transact(() => {
    for (let i = 0; i < comments; i++) commentOnFirstWord(doc, texts[Math.floor(((i + 0.5) * texts.length) / comments)]!, 'Claire Martin', updatedAt + i)
    for (let i = 0; i < suggestions; i++) suggestOnLastWord(texts[Math.floor(((i + 0.25) * texts.length) / suggestions)]!, 'Paul Durand', i)
  })
  const id = crypto.randomUUID()
  const entry = indexEntryFromDoc(doc, id, { updatedAt, trashedAt: 0 })
  await db.transaction('rw', [db.snapshots, db.articles, db.articleWords], async () => {
    await db.snapshots.put({ articleId: id, state: Y.encodeStateAsUpdate(doc), at: updatedAt })
    await db.articles.put(entry.row)
    await db.articleWords.put({ id, words: entry.words })
  })
  doc.destroy()
  return id
}

/** The event the app's pull sends an open article's remote updates with (features/cms/pullFromSite.ts; importing it would bring the sync's code in). */
const REMOTE_UPDATE_EVENT = 'copydesk:remote-update'

/**
 * Another desk's copy of an open article, which makes edits and sends each to the open article as
 * the app's pull does (a remote-update event): text, comments and suggestions from elsewhere.
 */
export async function remoteDesk(articleId: string): Promise<void> {
  const doc = new Y.Doc()
  await loadArticleInto(db, articleId, doc)
  let count = 0
  const send = (change: () => void) => {
    const before = Y.encodeStateVector(doc)
    doc.transact(change)
    const update = Y.encodeStateAsUpdate(doc, before)
    dispatchEvent(new CustomEvent(REMOTE_UPDATE_EVENT, { detail: { articleId, update } }))
  }
  const texts = () => paragraphTexts(doc)
  remote = {
    edit: () =>
      send(() => {
        const all = texts()
        const text = all[(count++ * 37) % all.length]!
        text.insert(text.length, ' Précision de la rédaction.')
      }),
    comment: () => {
      const all = texts()
      send(() => commentOnFirstWord(doc, all[(count++ * 53) % all.length]!, 'Élise Éditrice', Date.now()))
    },
    suggest: () => {
      const all = texts()
      send(() => suggestOnLastWord(all[(count++ * 71) % all.length]!, 'Élise Éditrice', count))
    },
  }
}
let remote: { edit(): void; comment(): void; suggest(): void } | undefined
export const remoteEdit = (kind: 'edit' | 'comment' | 'suggest'): void => {
  if (!remote) throw new Error('remoteDesk() first')
  remote[kind]()
}

/** What an article takes in IndexedDB: its update log and its snapshot, against its state compacted now. */
export async function storedSizes(articleId: string): Promise<{ log: number; snapshot: number; compacted: number }> {
  const rows = await db.updates.where('articleId').equals(articleId).toArray()
  const snapshot = await db.snapshots.get(articleId)
  const doc = new Y.Doc()
  await loadArticleInto(db, articleId, doc)
  const sizes = { log: rows.reduce((sum, row) => sum + row.update.byteLength, 0), snapshot: snapshot?.state.byteLength ?? 0, compacted: Y.encodeStateAsUpdate(doc).byteLength }
  doc.destroy()
  return sizes
}

/**
 * Appends `count` small updates (a few keystrokes' worth each) to a fresh database with the given
 * durability, one transaction each as the editor's persistence writes them; milliseconds per append.
 */
export async function timeAppends(durability: 'strict' | 'relaxed', count: number): Promise<number[]> {
  const probe = new CopydeskDb(`copydesk-bench-${durability}-${crypto.randomUUID()}`, durability)
  const doc = new Y.Doc()
  const text = doc.getText('t')
  const times: number[] = []
  try {
    for (let i = 0; i < count; i++) {
      const before = Y.encodeStateVector(doc)
      text.insert(text.length, 'abc ')
      const update = Y.encodeStateAsUpdate(doc, before)
      const start = performance.now()
      await probe.updates.add({ articleId: 'bench', update, at: Date.now() })
      times.push(performance.now() - start)
    }
  } finally {
    probe.close()
    await CopydeskDb.delete(probe.name)
  }
  return times
}

export async function countRows(): Promise<Record<string, number>> {
  return {
    articles: await db.articles.count(),
    updates: await db.updates.count(),
    snapshots: await db.snapshots.count(),
    checkpoints: await db.checkpoints.count(),
  }
}
