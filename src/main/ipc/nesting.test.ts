import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Conf from 'conf'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ExportBlock } from '@shared/exchange/exportModel'
import { maxRequestDepth } from '@shared/ipc/nestingDepth'
import { houseStyleLimits } from '@shared/style/houseStyle'
import { SecretStoreDouble } from '../../../e2e/fixtures/secretStoreDouble'
import { createMainServices } from '../services/createMainServices'
import { createDispatcher, type Dispatch } from './dispatcher'
import { createHandlers, type MainServices } from './handlers'

let directory: string
let services: MainServices
let dispatch: Dispatch

beforeEach(async () => {
  directory = await mkdtemp(join(tmpdir(), 'copydesk-nesting-'))
  services = createMainServices({
    userDataDir: directory,
    store: new Conf({ cwd: directory, projectName: 'copydesk-test' }),
    appInfo: () => ({ version: '0.1.0', systemLocale: 'fr-FR', platform: 'linux' }),
    openExternal: async () => undefined,
    dialogs: {
      openFiles: () => Promise.reject(new Error('no dialog in this test')),
      openFolder: () => Promise.resolve(null),
      saveFile: () => Promise.reject(new Error('no dialog in this test')),
    },
    secrets: new SecretStoreDouble(),
  })
  dispatch = createDispatcher(createHandlers(services))
})
afterEach(async () => {
  await services.dispose()
  await rm(directory, { recursive: true, force: true })
})

/** An export request (the shape the renderer's exportModelOf sends) whose body is `levels` quotes one inside the other. */
function nestedQuotes(levels: number) {
  let block: ExportBlock = { type: 'paragraph', content: [{ type: 'text', text: 'Cité' }] }
  for (let level = 0; level < levels; level++) block = { type: 'quote', blocks: [block] }
  return {
    format: 'markdown',
    dialogTitle: 'Export',
    article: {
      id: '0b6f2a3e-4c1d-4e8a-9f3b-2d7c5e1a8b90',
      headline: 'Citations',
      standfirst: '',
      byline: '',
      section: '',
      tags: [],
      language: 'fr',
      createdAt: 1765160000000,
      updatedAt: 1765160000000,
      body: [block],
    },
  }
}

describe('deeply nested requests', () => {
  it('1,000 nested block quotes are refused with invalid-request, not a RangeError', async () => {
    const result = await dispatch('exchange:export', nestedQuotes(1000))
    expect(result).toEqual({
      ok: false,
      error: { code: 'invalid-request', message: `Refused exchange:export: the request is nested more than ${maxRequestDepth} levels deep` },
    })
  })

  it('a million levels too (the check walks without recursion)', async () => {
    let deep: unknown = 'x'
    for (let level = 0; level < 1_000_000; level++) deep = [deep]
    const result = await dispatch('settings:update', { writingAids: { newsroomDictionary: deep } })
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } })
  })

  it('quotes nested as deep as an article may go still pass the depth check', async () => {
    // Export then asks for a folder; the test double cancels, which answers null.
    expect(await dispatch('exchange:export', nestedQuotes(20))).toEqual({ ok: true, value: null })
  })
})

describe('house-style rules in settings have size limits', () => {
  const rule = (index: number, overrides: Record<string, unknown> = {}) => ({
    id: `rule-${index}`,
    type: 'pattern',
    pattern: 'aujourd’hui',
    message: { fr: 'Date précise', en: 'Exact date' },
    severity: 'warning',
    ...overrides,
  })
  const update = (rules: unknown[]) => dispatch('settings:update', { writingAids: { houseStyle: { version: 1, rules } } })

  it('accepts a newsroom-sized set of rules', async () => {
    expect(await update(Array.from({ length: 300 }, (_, index) => rule(index)))).toMatchObject({ ok: true })
  })

  it('refuses too many rules, too long a pattern or message, naming the limit', async () => {
    const tooMany = await update(Array.from({ length: houseStyleLimits.rules + 1 }, (_, index) => rule(index)))
    expect(!tooMany.ok && tooMany.error.message).toMatch(/writingAids\.houseStyle\.rules: .*2000/)
    const longPattern = await update([rule(1, { pattern: 'a'.repeat(houseStyleLimits.patternLength + 1) })])
    expect(!longPattern.ok && longPattern.error.message).toMatch(/pattern/)
    const longMessage = await update([rule(1, { message: { fr: 'é'.repeat(houseStyleLimits.messageLength + 1), en: 'ok' } })])
    expect(!longMessage.ok && longMessage.error.message).toMatch(/message\.fr/)
  })
})
