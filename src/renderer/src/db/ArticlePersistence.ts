import * as Y from 'yjs'
import { LOAD_ORIGIN } from '../article/articleDoc'
import type { CopydeskDb } from './CopydeskDb'
import { compactArticle, loadArticleInto, writeIndexEntry } from './articleRepository'

/** Updates typed within this window are merged into one append (EDITOR-PERFORMANCE.md: ≤ 100 ms). */
export const FLUSH_DELAY_MS = 40
const INDEX_DELAY_MS = 800
const COMPACT_AFTER_APPENDS = 300
const COMPACT_ON_OPEN_AFTER = 50
const RETRY_DELAYS_MS = [500, 2000, 5000, 10000]

export type SaveState =
  | { kind: 'saved'; at: number }
  | { kind: 'saving' }
  | { kind: 'error'; message: string; since: number }

/**
 * Appends every change of an open article to IndexedDB as it happens: updates are merged in
 * memory and written at most every FLUSH_DELAY_MS, one small row per write, never the whole
 * document. A failed write keeps its updates in memory and is retried; the owner is told, so
 * it can show the problem and write a recovery copy. The index row follows on idle, and the
 * log is folded into a snapshot in the background.
 */
export class ArticlePersistence {
  private pending: Uint8Array[] = []
  private flushTimer: ReturnType<typeof setTimeout> | undefined
  private indexTimer: ReturnType<typeof setTimeout> | undefined
  private writing: Promise<void> | undefined
  private failures = 0
  private appendsSinceCompaction = 0
  private lastSeq = 0
  private destroyed = false
  private state: SaveState = { kind: 'saved', at: Date.now() }
  private readonly listeners = new Set<(state: SaveState) => void>()

  /** Loads an article into `doc` and starts persisting it; null when there is no such article. */
  static async open(db: CopydeskDb, articleId: string, doc: Y.Doc): Promise<ArticlePersistence | null> {
    const log = await loadArticleInto(db, articleId, doc)
    if (!log.found) return null
    const persistence = new ArticlePersistence(db, articleId, doc)
    persistence.lastSeq = log.lastSeq
    if (log.logLength > COMPACT_ON_OPEN_AFTER) setTimeout(() => void persistence.compact(), 1000)
    return persistence
  }

  private constructor(
    private readonly db: CopydeskDb,
    readonly articleId: string,
    private readonly doc: Y.Doc,
  ) {
    doc.on('update', this.onUpdate)
    addEventListener('pagehide', this.flushNow)
    document.addEventListener('visibilitychange', this.onVisibilityChange)
  }

  get saveState(): SaveState {
    return this.state
  }

  subscribe(listener: (state: SaveState) => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /** Writes whatever is waiting, now. Resolves when it is committed (or has failed). */
  readonly flushNow = async (): Promise<void> => {
    clearTimeout(this.flushTimer)
    this.flushTimer = undefined
    await this.writing
    if (this.pending.length > 0) await this.write()
  }

  async destroy(): Promise<void> {
    this.doc.off('update', this.onUpdate)
    removeEventListener('pagehide', this.flushNow)
    document.removeEventListener('visibilitychange', this.onVisibilityChange)
    await this.flushNow()
    clearTimeout(this.indexTimer)
    if (this.failures === 0) await this.refreshIndex()
    this.destroyed = true
  }

  private readonly onVisibilityChange = () => {
    if (document.visibilityState === 'hidden') void this.flushNow()
  }

  private readonly onUpdate = (update: Uint8Array, origin: unknown) => {
    if (origin === LOAD_ORIGIN) return
    this.pending.push(update)
    if (this.state.kind === 'saved') this.setState({ kind: 'saving' })
    this.scheduleFlush(FLUSH_DELAY_MS)
    clearTimeout(this.indexTimer)
    this.indexTimer = setTimeout(() => void this.refreshIndex(), INDEX_DELAY_MS)
  }

  private scheduleFlush(delay: number) {
    if (this.flushTimer !== undefined || this.destroyed) return
    this.flushTimer = setTimeout(() => {
      this.flushTimer = undefined
      void this.write()
    }, delay)
  }

  private write(): Promise<void> {
    if (this.writing) return this.writing
    const batch = this.pending
    this.pending = []
    if (batch.length === 0) return Promise.resolve()
    const update = batch.length === 1 ? batch[0]! : Y.mergeUpdates(batch)
    const firstQueuedAt = performance.now()
    this.writing = this.db.updates
      .add({ articleId: this.articleId, update, at: Date.now() })
      .then((seq) => {
        this.lastSeq = seq ?? this.lastSeq
        this.failures = 0
        this.appendsSinceCompaction++
        performance.mark('copydesk:persisted', { detail: { queuedAt: firstQueuedAt } })
        if (this.pending.length === 0) this.setState({ kind: 'saved', at: Date.now() })
        if (this.appendsSinceCompaction >= COMPACT_AFTER_APPENDS) void this.compact()
      })
      .catch((error: unknown) => {
        // Nothing is dropped: the batch goes back in front of what arrived meanwhile.
        this.pending = [update, ...this.pending]
        this.failures++
        const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error)
        if (this.state.kind !== 'error') this.setState({ kind: 'error', message, since: Date.now() })
      })
      .finally(() => {
        this.writing = undefined
        if (this.pending.length > 0) {
          const delay = this.failures === 0 ? FLUSH_DELAY_MS : RETRY_DELAYS_MS[Math.min(this.failures, RETRY_DELAYS_MS.length) - 1]!
          this.scheduleFlush(delay)
        }
      })
    return this.writing
  }

  /** Brings the desk's index row up to date with the document. */
  async refreshIndex(): Promise<void> {
    try {
      await writeIndexEntry(this.db, this.articleId, this.doc, Date.now())
    } catch {
      // The index is derived data: the next change rewrites it; the document itself is safe in the log.
    }
  }

  async compact(): Promise<void> {
    this.appendsSinceCompaction = 0
    try {
      await this.writing
      await compactArticle(this.db, this.articleId, Y.encodeStateAsUpdate(this.doc), this.lastSeq)
    } catch {
      // Compaction only saves space and load time; the log stays valid if it fails.
    }
  }

  private setState(state: SaveState) {
    this.state = state
    for (const listener of this.listeners) listener(state)
  }
}
