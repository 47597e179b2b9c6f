/** Messages between the renderer and the spelling worker. */
export type SpellingLanguage = 'fr' | 'en'

export type SpellingRequest =
  | { id: number; type: 'check'; language: SpellingLanguage; words: string[] }
  | { id: number; type: 'suggest'; language: SpellingLanguage; word: string }

export type SpellingResponse =
  | { id: number; type: 'checked'; language: SpellingLanguage; words: string[]; correct: boolean[] }
  | { id: number; type: 'suggested'; suggestions: string[] }
  | { id: number; type: 'failed'; message: string }
