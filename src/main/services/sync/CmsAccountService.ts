import { rm } from 'node:fs/promises'
import { z } from 'zod'
import { cmsAccountSchema, type CmsAccount, type CmsConnectRequest, type CmsConnectResult, type CmsStatus } from '@shared/cms/account'
import { atomicWrite } from '../atomicWrite'
import { logDamage, readJsonFile, setAside, type DamageReporter } from '../damagedFile'
import type { SecretStore } from './SecretStore'
import { verifyAccount } from './verifyAccount'
import { WordPressClient } from './WordPressClient'

const storedAccountSchema = z.object({
  version: z.literal(1),
  apiRoot: z.string(),
  account: cmsAccountSchema,
  /** The Application Password sealed by the SecretStore, base64. Never the password itself. */
  sealedPassword: z.string(),
})
type StoredAccount = z.infer<typeof storedAccountSchema>

/** The keychain would not open the sealed password (locked, or its key changed): nothing can be sent until it does. */
export class KeychainLocked extends Error {
  constructor(cause: unknown) {
    super(`The system keychain is locked or unavailable: ${cause instanceof Error ? cause.message : String(cause)}`)
    this.name = 'KeychainLocked'
  }
}

export type CmsAccountOptions = {
  fetch?: typeof fetch
  timeoutMs?: number
  /** Called after a successful connect (the sync sends what waited). */
  onConnected?: () => void
  /** Told when the account file is found damaged (and set aside: the user connects again). */
  damagedFiles?: DamageReporter
}

/**
 * The user's WordPress account: verified on connect, kept in a file of its own with the password
 * sealed by the SecretStore. What the renderer gets (status) never includes the password.
 */
export class CmsAccountService {
  private cached: StoredAccount | null | undefined

  constructor(
    private readonly file: string,
    private readonly secrets: SecretStore,
    private readonly options: CmsAccountOptions = {},
  ) {}

  async connect(request: CmsConnectRequest): Promise<CmsConnectResult> {
    if (!this.secrets.isAvailable()) {
      return {
        ok: false,
        failure: 'secrets-unavailable',
        detail: 'No system keychain is available to keep the application password safely',
      }
    }
    const verified = await verifyAccount(request, this.options)
    if (!verified.ok) return verified
    const stored: StoredAccount = {
      version: 1,
      apiRoot: verified.apiRoot,
      account: verified.account,
      sealedPassword: Buffer.from(this.secrets.encrypt(request.applicationPassword.replace(/\s+/g, ''))).toString('base64'),
    }
    await atomicWrite(this.file, `${JSON.stringify(stored, null, 2)}\n`)
    this.cached = stored
    this.options.onConnected?.()
    return { ok: true, account: verified.account }
  }

  async status(): Promise<CmsStatus> {
    const stored = await this.load()
    return stored ? { state: 'connected', account: stored.account } : { state: 'disconnected' }
  }

  async disconnect(): Promise<CmsStatus> {
    await rm(this.file, { force: true })
    this.cached = null
    return { state: 'disconnected' }
  }

  /** The connected account and a client signed in as it, for the sync (main only); undefined when disconnected. */
  async client(): Promise<{ account: CmsAccount; client: WordPressClient } | undefined> {
    const stored = await this.load()
    if (!stored) return undefined
    let applicationPassword: string
    try {
      applicationPassword = this.secrets.decrypt(Buffer.from(stored.sealedPassword, 'base64'))
    } catch (error) {
      throw new KeychainLocked(error)
    }
    const client = new WordPressClient({
      apiRoot: stored.apiRoot,
      credentials: { username: stored.account.username, applicationPassword },
      fetch: this.options.fetch,
      timeoutMs: this.options.timeoutMs,
    })
    return { account: stored.account, client }
  }

  private async load(): Promise<StoredAccount | null> {
    if (this.cached !== undefined) return this.cached
    // A damaged account file is set aside and reported: the user connects again.
    const reporter = this.options.damagedFiles ?? logDamage
    const read = readJsonFile(this.file, 'cms-account', reporter)
    const parsed = read.found ? storedAccountSchema.safeParse(read.value) : undefined
    if (parsed && !parsed.success) setAside(this.file, 'cms-account', 'wrong-shape', reporter)
    this.cached = parsed?.success ? parsed.data : null
    return this.cached
  }
}
