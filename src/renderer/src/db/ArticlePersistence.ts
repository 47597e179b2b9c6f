import * as Y from 'yjs'
import { LOAD_ORIGIN } from '../article/articleDoc'
import type { CopydeskDb } from './CopydeskDb'
import { whenQuiet } from '../ui/whenQuiet'
import { compactArticle, loadArticleInto, writeIndexEntry } from './articleRepository'
import { clearUnloadJournal, readUnloadJournal, saveUnloadJournal } from './unloadJournal'

/** Updates typed within this window are merged into one append (EDITOR-PERFORMANCE.md: ≤ 100 ms). */
export const FLUSH_DELAY_MS = 40
const INDEX_DELAY_MS = 800
const COMPACT_AFTER_APPENDS = 300
const COMPACT_ON_OPEN_AFTER = 50
const JOURNAL_ORIGIN = 'copydesk:unload-journal'
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
  /** When the oldest and newest waiting updates arrived (performance.now()), for the lag figure. */
  private pendingSpan: { first: number; last: number } | undefined
  private flushTimer: ReturnType<typeof setTimeout> | undefined
  /** The desk's index row follows the text once typing pauses. */
  private readonly indexRefresh = whenQuiet(() => void this.refreshIndex(), INDEX_DELAY_MS)
  private writing: Promise<void> | undefined
  /** The update of the write in flight: an unloading page aborts it, so it is written again then. */
  private inFlight: Uint8Array | undefined
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
    const journal = readUnloadJournal(articleId)
    if (journal) {
      // Typed just before the page last unloaded: apply it as a change, so it is written to the log.
      Y.applyUpdate(doc, journal, JOURNAL_ORIGIN)
      await persistence.flushNow()
      if (persistence.saveState.kind === 'saved') clearUnloadJournal(articleId)
    }
    if (log.logLength > COMPACT_ON_OPEN_AFTER) setTimeout(() => void persistence.compact(), 1000)
    return persistence
  }

  private constructor(
    private readonly db: CopydeskDb,
    readonly articleId: string,
    private readonly doc: Y.Doc,
  ) {
    doc.on('update', this.onUpdate)
    addEventListener('pagehide', this.flushBeforeUnload)
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

  /**
   * The page may be going away (reload, window closed, app quitting): what is waiting or in
   * flight goes to the unload journal at once, and the write to IndexedDB is started as usual —
   * it completes if the page lives on (it was only hidden), and then the journal is cleared.
   */
  private readonly flushBeforeUnload = () => {
    clearTimeout(this.flushTimer)
    this.flushTimer = undefined
    if (!this.journalUnsaved()) return
    void this.flushNow().then(() => this.clearJournalIfSaved())
  }

  /** What is waiting or in flight goes to the unload journal, synchronously; false when nothing is. */
  private journalUnsaved(): boolean {
    const unsaved = this.inFlight ? [this.inFlight, ...this.pending] : this.pending
    if (unsaved.length === 0) return false
    saveUnloadJournal(this.articleId, unsaved.length === 1 ? unsaved[0]! : Y.mergeUpdates(unsaved))
    return true
  }

  private clearJournalIfSaved() {
    if (this.pending.length === 0 && !this.inFlight) clearUnloadJournal(this.articleId)
  }

  /** Has every change reached IndexedDB? */
  get hasUnsaved(): boolean {
    return this.pending.length > 0 || this.inFlight !== undefined
  }

  /**
   * The article is closed. Unsaved changes go to the unload journal first (a failing IndexedDB may
   * never take them), then one last write is tried; the journal is cleared only if it succeeded.
   */
  async destroy(): Promise<void> {
    this.doc.off('update', this.onUpdate)
    removeEventListener('pagehide', this.flushBeforeUnload)
    document.removeEventListener('visibilitychange', this.onVisibilityChange)
    const journaled = this.journalUnsaved()
    this.destroyed = true
    await this.flushNow()
    if (journaled) this.clearJournalIfSaved()
    this.indexRefresh.cancel()
    if (this.failures === 0) await this.refreshIndex()
  }

  private readonly onVisibilityChange = () => {
    if (document.visibilityState === 'hidden') this.flushBeforeUnload()
  }

  private readonly onUpdate = (update: Uint8Array, origin: unknown) => {
    if (origin === LOAD_ORIGIN) return
    this.pending.push(update)
    const now = performance.now()
    this.pendingSpan = { first: this.pendingSpan?.first ?? now, last: now }
    if (this.state.kind === 'saved') this.setState({ kind: 'saving' })
    this.scheduleFlush(FLUSH_DELAY_MS)
    this.indexRefresh.poke()
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
    const span = this.pendingSpan
    this.pending = []
    this.pendingSpan = undefined
    if (batch.length === 0) return Promise.resolve()
    const update = batch.length === 1 ? batch[0]! : Y.mergeUpdates(batch)
    this.inFlight = update
    const writing: Promise<void> = this.db.updates
      .add({ articleId: this.articleId, update, at: Date.now() })
      .then((seq) => {
        this.lastSeq = Math.max(this.lastSeq, seq ?? 0)
        this.failures = 0
        this.appendsSinceCompaction++
        // `npm run bench` sets the flag to read the persistence lag; marks would pile up over a shift otherwise.
        if ((globalThis as { copydeskMeasure?: boolean }).copydeskMeasure) performance.mark('copydesk:persisted', { detail: span })
        if (this.pending.length === 0) this.setState({ kind: 'saved', at: Date.now() })
        if (this.appendsSinceCompaction >= COMPACT_AFTER_APPENDS) void this.compact()
      })
      .catch((error: unknown) => {
        // Nothing is dropped: the batch goes back in front of what arrived meanwhile.
        this.pending = [update, ...this.pending]
        this.pendingSpan = { first: span?.first ?? performance.now(), last: this.pendingSpan?.last ?? span?.last ?? performance.now() }
        this.failures++
        const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error)
        if (this.state.kind !== 'error') this.setState({ kind: 'error', message, since: Date.now() })
      })
      .finally(() => {
        if (this.writing === writing) this.writing = undefined
        if (this.inFlight === update) this.inFlight = undefined
        if (this.pending.length > 0) {
          const delay = this.failures === 0 ? FLUSH_DELAY_MS : RETRY_DELAYS_MS[Math.min(this.failures, RETRY_DELAYS_MS.length) - 1]!
          this.scheduleFlush(delay)
        }
      })
    this.writing = writing
    return writing
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
