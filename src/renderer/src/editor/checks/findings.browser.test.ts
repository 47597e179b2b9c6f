import { describe, expect, it } from 'vitest'
import { getSchema } from '@tiptap/core'
import data from '../../../../../resources/house-style.json'
import { parseHouseStyle } from '@shared/style/houseStyle'
import { articleSchemaExtensions } from '../presets'
import type { SpellingClient } from '../../spelling/spellingClient'
import { FindingsCache, type ChecksConfig } from './findings'

const schema = getSchema(articleSchemaExtensions())
const style = parseHouseStyle(data)

/** A stand-in for the worker (these tests are about what is asked, not Hunspell): a fixed list of wrong words, counting questions. */
function countingSpelling(wrong: string[], answered = true) {
  const asked: string[] = []
  const client: SpellingClient = {
    isCorrect: (_language, word) => {
      asked.push(word)
      return answered ? !wrong.includes(word) : undefined
    },
    suggest: async () => [],
    onAnswers: () => () => {},
  }
  return { client, asked }
}

const paragraph = (text: string, attrs: Record<string, unknown> = {}) => schema.nodes.paragraph!.create(attrs, text ? schema.text(text) : null)

describe('FindingsCache', () => {
  const config: ChecksConfig = { enabled: true, style, newsroomWords: new Set(['Akopian']) }

  it('finds spelling and style in a paragraph, with offsets into its text', () => {
    const { client } = countingSpelling(['ministere'])
    const block = paragraph('Le ministere de M. Akopian, 24h sur 24.')
    const findings = new FindingsCache(client).findings(block, 'fr', config)
    expect(findings.map((finding) => [finding.kind, finding.from, finding.to])).toEqual([
      ['style', 28, 31],
      ['spelling', 3, 12],
    ])
  })

  it('asks again only for a paragraph that changed (ProseMirror keeps untouched nodes)', () => {
    const { client, asked } = countingSpelling([])
    const cache = new FindingsCache(client)
    const first = paragraph('Un premier paragraphe.')
    const second = paragraph('Un second paragraphe.')
    cache.findings(first, 'fr', config)
    cache.findings(second, 'fr', config)
    asked.length = 0
    cache.findings(first, 'fr', config)
    expect(asked).toEqual([])
    cache.findings(paragraph('Un second paragraphe modifié.'), 'fr', config)
    expect(asked).toEqual(['Un', 'second', 'paragraphe', 'modifié'])
  })

  it('does not remember a paragraph whose words the worker has not answered yet', () => {
    const pending = countingSpelling([], false)
    const cache = new FindingsCache(pending.client)
    const block = paragraph('Bonjour tout le monde.')
    cache.findings(block, 'fr', config)
    pending.asked.length = 0
    cache.findings(block, 'fr', config)
    expect(pending.asked).toHaveLength(4)
  })

  it('checks a paragraph in its own language, and skips languages without a dictionary', () => {
    const { client, asked } = countingSpelling([])
    const cache = new FindingsCache(client)
    expect(cache.findings(paragraph('Il a tenu 24h.', { lang: 'en' }), 'fr', config)).toEqual([])
    expect(asked).toEqual(['Il', 'tenu'])
    asked.length = 0
    cache.findings(paragraph('Guten Tag.', { lang: 'de' }), 'fr', config)
    expect(asked).toEqual([])
  })

  it('leaves linked text alone', () => {
    const { client, asked } = countingSpelling([])
    const link = schema.marks.link!.create({ href: 'https://apnews.com/' })
    const block = schema.nodes.paragraph!.create(null, [schema.text('Selon '), schema.text('apnews', [link])])
    new FindingsCache(client).findings(block, 'fr', config)
    expect(asked).toEqual(['Selon'])
  })
})
