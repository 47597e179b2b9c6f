/// <reference lib="webworker" />
// The CommonJS build: the ES one calls a namespace import (nanoid) as a function, which breaks when bundled.
import { loadModule } from 'hunspell-asm/dist/cjs/index.js'
import frAff from '../../../../resources/dictionaries/fr/fr.aff?url&no-inline'
import frDic from '../../../../resources/dictionaries/fr/fr.dic?url&no-inline'
import enAff from '../../../../resources/dictionaries/en/en.aff?url&no-inline'
import enDic from '../../../../resources/dictionaries/en/en.dic?url&no-inline'
import { isSpeltRight, suggestionsFor, type Hunspell } from '@shared/spelling/speller'
import type { SpellingLanguage, SpellingRequest, SpellingResponse } from './protocol'

/**
 * Hunspell (compiled to WebAssembly) off the main thread: typing never waits for a dictionary.
 * Each language's dictionary is fetched and loaded the first time a word in that language comes.
 */
declare const self: DedicatedWorkerGlobalScope

const files: Record<SpellingLanguage, { aff: string; dic: string }> = {
  fr: { aff: frAff, dic: frDic },
  en: { aff: enAff, dic: enDic },
}

const factory = loadModule()
const spellers = new Map<SpellingLanguage, Promise<Hunspell>>()

async function bytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url)
  if (!response.ok) throw new Error(`dictionary ${url}: HTTP ${response.status}`)
  return new Uint8Array(await response.arrayBuffer())
}

function spellerFor(language: SpellingLanguage): Promise<Hunspell> {
  let speller = spellers.get(language)
  if (!speller) {
    speller = (async () => {
      const [hunspell, aff, dic] = await Promise.all([factory, bytes(files[language].aff), bytes(files[language].dic)])
      return hunspell.create(hunspell.mountBuffer(aff, `${language}.aff`), hunspell.mountBuffer(dic, `${language}.dic`))
    })()
    spellers.set(language, speller)
  }
  return speller
}

async function answer(request: SpellingRequest): Promise<SpellingResponse> {
  const speller = await spellerFor(request.language)
  if (request.type === 'check') {
    return { id: request.id, type: 'checked', language: request.language, words: request.words, correct: request.words.map((word) => isSpeltRight(speller, word)) }
  }
  return { id: request.id, type: 'suggested', suggestions: suggestionsFor(speller, request.word) }
}

self.onmessage = (event: MessageEvent<SpellingRequest>) => {
  const request = event.data
  answer(request).then(
    (response) => self.postMessage(response),
    (error: unknown) => self.postMessage({ id: request.id, type: 'failed', message: error instanceof Error ? error.message : String(error) } satisfies SpellingResponse),
  )
}
