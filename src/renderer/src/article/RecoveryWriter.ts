import type * as Y from 'yjs'
import { mainApi } from '../ipc/mainApi'
import { recoveryCopyOf } from './recoveryCopy'

const WRITE_DELAY_MS = 1000

export type RecoveryState = { kind: 'idle' } | { kind: 'written'; path: string } | { kind: 'failed'; message: string }

/**
 * While local storage fails, keeps a copy of the open article on disk through main: written
 * at once, then again a second after each change, and when the page goes away.
 */
export class RecoveryWriter {
  private timer: ReturnType<typeof setTimeout> | undefined
  private active = false
  private reason = ''

  constructor(
    private readonly articleId: string,
    private readonly doc: Y.Doc,
    private readonly onState: (state: RecoveryState) => void,
  ) {}

  start(reason: string): void {
    this.reason = reason
    if (this.active) return
    this.active = true
    this.doc.on('update', this.schedule)
    addEventListener('pagehide', this.writeNow)
    void this.writeNow()
  }

  stop(): void {
    this.active = false
    clearTimeout(this.timer)
    this.doc.off('update', this.schedule)
    removeEventListener('pagehide', this.writeNow)
  }

  private readonly schedule = () => {
    clearTimeout(this.timer)
    this.timer = setTimeout(() => void this.writeNow(), WRITE_DELAY_MS)
  }

  readonly writeNow = async (): Promise<void> => {
    try {
      const { path } = await mainApi.writeRecoveryCopy(recoveryCopyOf(this.articleId, this.doc, this.reason))
      this.onState({ kind: 'written', path })
    } catch (error) {
      this.onState({ kind: 'failed', message: error instanceof Error ? error.message : String(error) })
    }
  }
}
