import type { SpellingLanguage, SpellingRequest, SpellingResponse } from './protocol'

/**
 * The main thread's side of spelling: a cache of answers per language, and a worker that fills it.
 * `isCorrect` answers at once from the cache (undefined while the worker has not said), so the
 * editor's checks stay synchronous; words not yet known are sent in one batch a moment later and
 * listeners hear when answers arrive.
 */
export type SpellingClient = {
  isCorrect(language: SpellingLanguage, word: string): boolean | undefined
  suggest(language: SpellingLanguage, word: string): Promise<string[]>
  /** Called after new answers arrived; returns an unsubscribe function. */
  onAnswers(listener: () => void): () => void
}

const BATCH_DELAY_MS = 30

export function createSpellingClient(createWorker: () => Worker): SpellingClient {
  let worker: Worker | undefined
  let nextId = 1
  const known: Record<SpellingLanguage, Map<string, boolean>> = { fr: new Map(), en: new Map() }
  const queued: Record<SpellingLanguage, Set<string>> = { fr: new Set(), en: new Set() }
  const asked: Record<SpellingLanguage, Set<string>> = { fr: new Set(), en: new Set() }
  const waiting = new Map<number, (response: SpellingResponse) => void>()
  const listeners = new Set<() => void>()
  let timer: ReturnType<typeof setTimeout> | undefined

  const send = (request: SpellingRequest) => {
    if (!worker) {
      worker = createWorker()
      worker.onmessage = (event: MessageEvent<SpellingResponse>) => receive(event.data)
      worker.onerror = (event) => console.error('Spelling worker failed:', event.message)
    }
    worker.postMessage(request)
  }

  const receive = (response: SpellingResponse) => {
    if (response.type === 'checked') {
      const cache = known[response.language]
      response.words.forEach((word, index) => {
        cache.set(word, response.correct[index] ?? true)
        asked[response.language].delete(word)
      })
      for (const listener of listeners) listener()
    } else if (response.type === 'failed') {
      console.error('Spelling:', response.message)
    }
    waiting.get(response.id)?.(response)
    waiting.delete(response.id)
  }

  const flush = () => {
    timer = undefined
    for (const language of ['fr', 'en'] as const) {
      if (queued[language].size === 0) continue
      const words = [...queued[language]]
      queued[language].clear()
      for (const word of words) asked[language].add(word)
      send({ id: nextId++, type: 'check', language, words })
    }
  }

  return {
    isCorrect(language, word) {
      const answer = known[language].get(word)
      if (answer === undefined && !asked[language].has(word) && !queued[language].has(word)) {
        queued[language].add(word)
        timer ??= setTimeout(flush, BATCH_DELAY_MS)
      }
      return answer
    },
    suggest(language, word) {
      const id = nextId++
      return new Promise((resolve, reject) => {
        waiting.set(id, (response) => {
          if (response.type === 'suggested') resolve(response.suggestions)
          else reject(new Error(response.type === 'failed' ? response.message : 'unexpected answer'))
        })
        send({ id, type: 'suggest', language, word })
      })
    },
    onAnswers(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}

let shared: SpellingClient | undefined

/** The app's one spelling worker, started the first time a word is checked. */
export function spellingClient(): SpellingClient {
  shared ??= createSpellingClient(() => new Worker(new URL('./spelling.worker.ts', import.meta.url), { type: 'module', name: 'spelling' }))
  return shared
}
