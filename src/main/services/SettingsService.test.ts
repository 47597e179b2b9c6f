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
      writingAids: defaultSettings.writingAids,
    })
    expect(settings.get()).toEqual(next)
  })

  it('keeps what is still valid, field by field, when the stored value was damaged', () => {
    const store = openStore()
    store.set('settings', {
      language: 'klingon',
      profile: { displayName: 'Anne Dupré', role: 'chief', defaultSection: 42 },
      writingAids: { checks: false, newsroomDictionary: ['Akopian', 42], houseStyle: { version: 1, rules: [{ id: 'x', type: 'pattern', pattern: '(' }] } },
    })
    expect(new SettingsService(store).get()).toEqual({
      language: 'system',
      profile: { displayName: 'Anne Dupré', role: 'reporter', defaultSection: '' },
      writingAids: { checks: false, newsroomDictionary: [], houseStyle: null },
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
      writingAids: defaultSettings.writingAids,
    })
  })

  it('keeps the newsroom dictionary and the user\'s house-style rules, and refuses rules that cannot run', () => {
    const settings = new SettingsService(openStore())
    settings.update({ writingAids: { newsroomDictionary: ['Akopian', 'Haut-Karabakh'] } })
    const houseStyle = { version: 1 as const, rules: [{ id: 'ap', type: 'pattern' as const, pattern: 'A\\.P\\.', replacement: 'AP', severity: 'info' as const, message: { fr: 'AP', en: 'AP' } }] }
    settings.update({ writingAids: { houseStyle } })
    expect(new SettingsService(openStore()).get().writingAids).toEqual({ checks: true, newsroomDictionary: ['Akopian', 'Haut-Karabakh'], houseStyle })
    const broken = { ...houseStyle, rules: [{ ...houseStyle.rules[0]!, pattern: '(' }] }
    expect(() => settings.update({ writingAids: { houseStyle: broken } })).toThrow(/regular expression/)
    expect(settings.get().writingAids.houseStyle).toEqual(houseStyle)
  })
})
