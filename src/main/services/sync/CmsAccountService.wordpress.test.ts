import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest'
import { SecretStoreDouble } from '../../../../e2e/fixtures/secretStoreDouble'
import { CmsAccountService } from './CmsAccountService'

const site = inject('wordpress')
const editor = site.users.editor
const request = { siteUrl: site.url, username: editor.username, applicationPassword: editor.applicationPassword }

let dir: string
let file: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'copydesk-cms-account-'))
  file = join(dir, 'cms-account.json')
})
afterEach(() => rm(dir, { recursive: true, force: true }))

describe('CmsAccountService', () => {
  it('connects, keeps the password sealed on disk, and survives a restart', async () => {
    const secrets = new SecretStoreDouble()
    const service = new CmsAccountService(file, secrets)
    const result = await service.connect(request)
    expect(result).toMatchObject({ ok: true, account: { username: 'editor', roles: ['editor'] } })

    const onDisk = await readFile(file, 'utf8')
    expect(onDisk).not.toContain(editor.applicationPassword)
    expect(JSON.stringify(await service.status())).not.toContain(editor.applicationPassword)

    const restarted = new CmsAccountService(file, secrets)
    expect(await restarted.status()).toMatchObject({ state: 'connected', account: { displayName: 'Élise Éditrice' } })
    const signedIn = await restarted.client()
    const me = await signedIn!.client.get<{ id: number }>('wp/v2/users/me')
    expect(me.data.id).toBe(editor.id)
  })

  it('stores nothing when the password is wrong', async () => {
    const service = new CmsAccountService(file, new SecretStoreDouble())
    const result = await service.connect({ ...request, applicationPassword: 'wrong wrong wrong wrong' })
    expect(result).toMatchObject({ ok: false, failure: 'wrong-password' })
    expect(await service.status()).toEqual({ state: 'disconnected' })
    await expect(readFile(file)).rejects.toThrow()
  })

  it('refuses to keep a password where there is no keychain', async () => {
    const service = new CmsAccountService(file, new SecretStoreDouble(false))
    expect(await service.connect(request)).toMatchObject({ ok: false, failure: 'secrets-unavailable' })
    await expect(readFile(file)).rejects.toThrow()
  })

  it('disconnects: the file and the sealed password are gone', async () => {
    const service = new CmsAccountService(file, new SecretStoreDouble())
    await service.connect(request)
    expect(await service.disconnect()).toEqual({ state: 'disconnected' })
    await expect(readFile(file)).rejects.toThrow()
    expect(await service.client()).toBeUndefined()
  })

  it('treats a damaged account file as no account', async () => {
    await writeFile(file, '{"version": 1, "apiRo')
    expect(await new CmsAccountService(file, new SecretStoreDouble()).status()).toEqual({ state: 'disconnected' })
  })
})
