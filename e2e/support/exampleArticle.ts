import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { repoRoot } from '../fixtures/paths'

export type ExampleArticle = {
  language: 'fr'
  section: string
  headline: string
  body: string[]
  tags: string[]
  leadPhoto: { caption: string; creator: string; credit: string; captionLine: string }
}

/** The reference French article (see e2e/data/README.md). */
export const exampleArticle: ExampleArticle = JSON.parse(readFileSync(join(repoRoot, 'e2e/data/example-article.json'), 'utf8'))
