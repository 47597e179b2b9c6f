import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Conf from 'conf'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { creditTemplateLabel, withCreditTemplate } from '@shared/photos/creditTemplate'
import { SettingsService } from '../SettingsService'

let directory: string
const openStore = () => new Conf({ cwd: directory, projectName: 'copydesk-test' })

beforeEach(async () => {
  directory = await mkdtemp(join(tmpdir(), 'copydesk-credit-templates-'))
})
afterEach(async () => {
  await rm(directory, { recursive: true, force: true })
})

const gallant = { creator: 'Ariel Hermoni', credit: 'Ministère israélien de la Défense' }

describe('credit templates', () => {
  it('are saved in settings and survive a restart', () => {
    expect(new SettingsService(openStore()).get().creditTemplates).toBeUndefined()
    new SettingsService(openStore()).update({ creditTemplates: [gallant, { creator: '', credit: 'AFP' }] })
    expect(new SettingsService(openStore()).get().creditTemplates).toEqual([gallant, { creator: '', credit: 'AFP' }])
  })

  it('survive a damaged setting elsewhere, and a damaged list is dropped, not the settings', () => {
    const store = openStore()
    store.set('settings', { language: 'klingon', creditTemplates: [gallant] })
    expect(new SettingsService(store).get()).toMatchObject({ language: 'system', creditTemplates: [gallant] })
    store.set('settings', { language: 'fr', creditTemplates: [{ credit: '' }] })
    expect(new SettingsService(store).get()).toMatchObject({ language: 'fr', creditTemplates: undefined })
  })

  it('read as the newsroom writes them, and a template saved again moves to the top', () => {
    expect(creditTemplateLabel(gallant)).toBe('Ariel Hermoni/Ministère israélien de la Défense')
    expect(creditTemplateLabel({ creator: '', credit: 'Reuters' })).toBe('Reuters')
    const afp = { creator: '', credit: 'AFP' }
    expect(withCreditTemplate([afp, gallant], { ...gallant })).toEqual([gallant, afp])
  })
})
