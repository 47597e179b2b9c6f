import { defaultSettings } from '@shared/settings'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Conf from 'conf'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { SecretStoreDouble } from '../../../e2e/fixtures/secretStoreDouble'
import { createMainServices } from '../services/createMainServices'
import { createDispatcher, ServiceError, type Dispatch } from './dispatcher'
import { createHandlers, type MainServices } from './handlers'

let directory: string
let opened: string[]
let services: MainServices
let dispatch: Dispatch

const articleId = '0b6f2a3e-4c1d-4e8a-9f3b-2d7c5e1a8b90'

beforeEach(async () => {
  directory = await mkdtemp(join(tmpdir(), 'copydesk-dispatcher-'))
  opened = []
  services = createMainServices({
    userDataDir: directory,
    store: new Conf({ cwd: directory, projectName: 'copydesk-test' }),
    appInfo: () => ({ version: '0.1.0', systemLocale: 'fr-FR', platform: 'linux' }),
    openExternal: async (url) => {
      opened.push(url)
    },
    // No channel tested here opens a dialog.
    dialogs: {
      openFiles: () => Promise.reject(new Error('no dialog in this test')),
      openFolder: () => Promise.reject(new Error('no dialog in this test')),
      saveFile: () => Promise.reject(new Error('no dialog in this test')),
    },
    secrets: new SecretStoreDouble(),
  })
  dispatch = createDispatcher(createHandlers(services))
})
afterEach(async () => {
  await rm(directory, { recursive: true, force: true })
})

describe('the dispatcher, with the real handlers', () => {
  it('answers a good request with its value', async () => {
    expect(await dispatch('settings:update', { profile: { displayName: 'Anne Dupré' } })).toEqual({
      ok: true,
      value: { language: 'system', profile: { displayName: 'Anne Dupré', role: 'reporter', defaultSection: '' }, writingAids: defaultSettings.writingAids },
    })
    const written = await dispatch('recovery:write', {
      articleId,
      headline: 'Les armes « déçoivent »',
      text: 'Texte',
      yjsState: '',
      reason: 'test',
    })
    expect(written).toEqual({ ok: true, value: { path: join(directory, 'recovery', `${articleId}.json`) } })
    expect(await dispatch('links:openExternal', { url: 'https://www.lemonde.fr/' })).toEqual({ ok: true, value: null })
    expect(opened).toEqual(['https://www.lemonde.fr/'])
  })

  it('refuses a bad request, naming the field', async () => {
    const result = await dispatch('settings:update', { profile: { role: 'chief' } })
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } })
    expect(!result.ok && result.error.message).toMatch(/^Refused settings:update: profile\.role: /)
  })

  it('refuses fields the contract does not know', async () => {
    const result = await dispatch('settings:update', { theme: 'dark' })
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } })
    expect(!result.ok && result.error.message).toContain('theme')
  })

  it('refuses a request where none is expected', async () => {
    const result = await dispatch('settings:get', { sneaky: true })
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } })
  })

  it('refuses to open a link that is not http(s) or mailto, without calling the opener', async () => {
    const result = await dispatch('links:openExternal', { url: 'file:///etc/passwd' })
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } })
    expect(!result.ok && result.error.message).toContain('url: Only http, https and mailto')
    expect(opened).toEqual([])
  })

  it('refuses a recovery copy with a bad article id, naming the field', async () => {
    const result = await dispatch('recovery:write', { articleId: '../../etc', headline: '', text: '', yjsState: '', reason: '' })
    expect(!result.ok && result.error.message).toMatch(/articleId/)
  })

  it('refuses an unknown channel', async () => {
    for (const channel of ['files:delete', 'toString', '__proto__']) {
      const result = await dispatch(channel, undefined)
      expect(result).toMatchObject({ ok: false, error: { code: 'unknown-channel' } })
    }
  })

  it('passes on the code of a ServiceError', async () => {
    const handlers = createHandlers(services)
    handlers['recovery:list'] = () => {
      throw new ServiceError('not-found', 'No recovery folder on this disk')
    }
    expect(await createDispatcher(handlers)('recovery:list', undefined)).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'No recovery folder on this disk' },
    })
  })

  it('reports any other failure as internal, with its message', async () => {
    const handlers = createHandlers({ ...services, openExternal: () => Promise.reject(new Error('no browser')) })
    const result = await createDispatcher(handlers)('links:openExternal', { url: 'https://example.com/' })
    expect(result).toEqual({ ok: false, error: { code: 'internal', message: 'links:openExternal failed: no browser' } })
  })

  it('refuses to pass on an answer of the wrong shape', async () => {
    const broken = { ...services, appInfo: () => ({ version: 1 }) as unknown as ReturnType<MainServices['appInfo']> }
    const result = await createDispatcher(createHandlers(broken))('app:info', undefined)
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-response' } })
    expect(!result.ok && result.error.message).toMatch(/^app:info answered wrongly: version: /)
  })
})
