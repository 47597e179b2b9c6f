import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Conf from 'conf'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { defaultSettings } from '@shared/settings'
import { SettingsService } from './SettingsService'

let directory: string
const openStore = () => new Conf({ cwd: directory, projectName: 'copydesk-test' })

beforeEach(async () => {
  directory = await mkdtemp(join(tmpdir(), 'copydesk-settings-'))
})
afterEach(async () => {
  await rm(directory, { recursive: true, force: true })
})

describe('SettingsService', () => {
  it('starts from the defaults', () => {
    expect(new SettingsService(openStore()).get()).toEqual(defaultSettings)
  })

  it('merges a profile change into the rest of the profile', () => {
    const settings = new SettingsService(openStore())
    settings.update({ profile: { displayName: '  Anne Dupré ', role: 'editor' } })
    const next = settings.update({ profile: { defaultSection: 'International' }, language: 'fr' })
    expect(next).toEqual({
      language: 'fr',
      profile: { displayName: 'Anne Dupré', role: 'editor', defaultSection: 'International' },
    })
    expect(settings.get()).toEqual(next)
  })

  it('keeps what is still valid, field by field, when the stored value was damaged', () => {
    const store = openStore()
    store.set('settings', {
      language: 'klingon',
      profile: { displayName: 'Anne Dupré', role: 'chief', defaultSection: 42 },
    })
    expect(new SettingsService(store).get()).toEqual({
      language: 'system',
      profile: { displayName: 'Anne Dupré', role: 'reporter', defaultSection: '' },
    })
  })

  it.each([['a string', 'oops'], ['null', null], ['a list', [1, 2]], ['a broken profile', { profile: 'x' }]])(
    'falls back to the defaults when the stored value is %s',
    (_what, stored) => {
      const store = openStore()
      store.set('settings', stored)
      expect(new SettingsService(store).get()).toEqual(defaultSettings)
    },
  )

  it('finds the settings again in a new instance on the same folder', () => {
    new SettingsService(openStore()).update({ language: 'en', profile: { displayName: 'Zoé Ørsted' } })
    expect(new SettingsService(openStore()).get()).toEqual({
      language: 'en',
      profile: { ...defaultSettings.profile, displayName: 'Zoé Ørsted' },
    })
  })
})
