import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as Y from 'yjs'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { SecretStoreDouble } from '../../../../e2e/fixtures/secretStoreDouble'
import { CmsAccountService } from './CmsAccountService'
import { SyncService } from './SyncService'
import { accountFileText } from './testing/accountFile'
import { filingOf } from './testing/articleFixtures'

/**
 * TEST DOUBLE for the OS keychain that stops opening what it sealed, as safeStorage does when the
 * login keyring is locked after connecting (decryptString throws). Counts the attempts.
 */
class LockingSecretStore extends SecretStoreDouble {
  locked = false
  decrypts = 0
  override decrypt(sealed: Uint8Array): string {
    this.decrypts++
    if (this.locked) throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.')
    return super.decrypt(sealed)
  }
}

let directory: string
beforeEach(async () => {
  directory = await mkdtemp(join(tmpdir(), 'copydesk-keychain-'))
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] })
})
afterEach(async () => {
  vi.useRealTimers()
  await rm(directory, { recursive: true, force: true })
})

describe('a keychain that stops opening the password after connecting', () => {
  it('backs off instead of spinning, says so, and Retry tries at once', async () => {
    const secrets = new LockingSecretStore()
    await writeFile(join(directory, 'cms-account.json'), accountFileText(secrets))
    // No site here: once the password opens, the request fails as offline (a network error).
    const offline = () => Promise.reject(new TypeError('fetch failed'))
    const account = new CmsAccountService(join(directory, 'cms-account.json'), secrets, { fetch: offline })
    const states: string[] = []
    const sync = new SyncService({ file: join(directory, 'cms-sync.json'), account, random: () => 0.5, onChange: (state) => states.push(`${state.state}:${state.reason?.kind ?? ''}`) })
    await sync.start()
    await sync.idle()
    secrets.locked = true
    secrets.decrypts = 0

    const filing = filingOf(new Y.Doc(), { headline: 'Le budget voté', paragraphs: ['Texte.'] })
    await sync.file(filing)
    await vi.advanceTimersByTimeAsync(0)
    expect(secrets.decrypts).toBe(1)
    expect(await sync.state(filing.article.id)).toMatchObject({ state: 'error', reason: { kind: 'keychain' } })

    // Ten minutes locked: exponential backoff (jitter fixed at half: 0.75 s, 1.5 s, 3 s… 192 s, then
    // 225 s), ten attempts in all, not hundreds a second.
    await vi.advanceTimersByTimeAsync(10 * 60_000)
    expect(secrets.decrypts).toBe(10)
    expect(await sync.state(filing.article.id)).toMatchObject({ state: 'error', reason: { kind: 'keychain' } })

    // Unlocked: the user's Retry tries at once (no waiting for the backoff), and the keychain state goes.
    secrets.locked = false
    const before = secrets.decrypts
    await sync.retryNow()
    expect(secrets.decrypts).toBe(before + 1)
    expect(await sync.state(filing.article.id)).toMatchObject({ state: 'offline', reason: { kind: 'offline' } })
    expect(states).toContain('error:keychain')
    await sync.dispose()
  })
})
