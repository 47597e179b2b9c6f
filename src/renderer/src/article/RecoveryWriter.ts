import type * as Y from 'yjs'
import { mainApi } from '../ipc/mainApi'
import { recoveryCopyOf } from './recoveryCopy'

/**
 * While storage fails, a change reaches the copy on disk within this time, however long the typing
 * goes on: the copy is written at this interval, not after a pause.
 */
export const RECOVERY_INTERVAL_MS = 1000

export type RecoveryState = { kind: 'idle' } | { kind: 'written'; path: string } | { kind: 'failed'; message: string }

/**
 * While local storage fails, keeps a copy of the open article on disk through main: written at
 * once, then at most RECOVERY_INTERVAL_MS after any change, when the page goes away, and once more
 * when the article is closed with changes the last copy lacks.
 */
export class RecoveryWriter {
  private timer: ReturnType<typeof setTimeout> | undefined
  private active = false
  /** A change the copy on disk does not have yet. */
  private dirty = false
  private reason = ''
  private writing: Promise<void> = Promise.resolve()

  constructor(
    private readonly articleId: string,
    private readonly doc: Y.Doc,
    private readonly onState: (state: RecoveryState) => void,
  ) {}

  get isActive(): boolean {
    return this.active
  }

  start(reason: string): void {
    this.reason = reason
    if (this.active) return
    this.active = true
    this.doc.on('update', this.onChange)
    addEventListener('pagehide', this.writeNow)
    void this.writeNow()
  }

  /** Storage works again: no more copies. */
  stop(): void {
    this.active = false
    this.dirty = false
    clearTimeout(this.timer)
    this.timer = undefined
    this.doc.off('update', this.onChange)
    removeEventListener('pagehide', this.writeNow)
  }

  /** The article is being closed: what the copy lacks is written first, then the writer stops. */
  async close(): Promise<void> {
    const unwritten = this.active && this.dirty
    this.stop()
    if (unwritten) await this.write()
    await this.writing
  }

  /** One copy after the writer was closed: the article's last write to storage failed as it closed. */
  async writeFinal(reason: string): Promise<void> {
    if (reason) this.reason = reason
    await this.write()
  }

  private readonly onChange = () => {
    this.dirty = true
    this.timer ??= setTimeout(() => {
      this.timer = undefined
      void this.writeNow()
    }, RECOVERY_INTERVAL_MS)
  }

  readonly writeNow = (): Promise<void> => {
    clearTimeout(this.timer)
    this.timer = undefined
    return this.write()
  }

  private write(): Promise<void> {
    this.dirty = false
    // The copy is taken now, so it holds every change made before this moment.
    const copy = recoveryCopyOf(this.articleId, this.doc, this.reason)
    this.writing = this.writing.then(async () => {
      try {
        const { path } = await mainApi.writeRecoveryCopy(copy)
        this.onState({ kind: 'written', path })
      } catch (error) {
        this.dirty = true
        this.onState({ kind: 'failed', message: error instanceof Error ? error.message : String(error) })
      }
    })
    return this.writing
  }
}
