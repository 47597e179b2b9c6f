import type { Node } from '@tiptap/pm/model'
import { checkStyle, type StyleFinding } from '@shared/style/checkStyle'
import type { HouseStyle } from '@shared/style/houseStyle'
import { inNewsroomDictionary } from '@shared/spelling/speller'
import { spellingWords } from '@shared/spelling/spellingWords'
import type { SpellingClient } from '../../spelling/spellingClient'
import type { SpellingLanguage } from '../../spelling/protocol'
import { textblockText } from './textblockText'

/** What the checks need from the app: whether they run, the rules, the newsroom's words. A new object means "check again". */
export type ChecksConfig = {
  enabled: boolean
  style: HouseStyle | null
  newsroomWords: ReadonlySet<string>
}

export type CheckFinding =
  | { kind: 'spelling'; from: number; to: number; word: string; language: SpellingLanguage }
  | { kind: 'style'; from: number; to: number; style: StyleFinding; language: SpellingLanguage }

const checkLanguages: readonly string[] = ['fr', 'en']

/** The language a block is checked in: its own `lang` when it has one, else the article's. Null: no dictionary for it. */
export function blockLanguage(block: Node, articleLanguage: SpellingLanguage): SpellingLanguage | null {
  const own = typeof block.attrs.lang === 'string' && block.attrs.lang ? block.attrs.lang.slice(0, 2).toLowerCase() : null
  if (!own) return articleLanguage
  return checkLanguages.includes(own) ? (own as SpellingLanguage) : null
}

type Entry = { language: SpellingLanguage | null; config: ChecksConfig; findings: CheckFinding[] }

/**
 * Findings per textblock, remembered by node: ProseMirror keeps the same node object for a
 * paragraph nobody touched, so only changed paragraphs are checked again. Offsets are relative to
 * the block's text. A block with words the worker has not answered yet is not remembered, so the
 * next pass (after the answers) checks it again.
 */
export class FindingsCache {
  private entries = new WeakMap<Node, Entry>()

  constructor(private readonly spelling: SpellingClient | null) {}

  findings(block: Node, articleLanguage: SpellingLanguage, config: ChecksConfig): CheckFinding[] {
    const language = blockLanguage(block, articleLanguage)
    const cached = this.entries.get(block)
    if (cached && cached.language === language && cached.config === config) return cached.findings
    const text = textblockText(block)
    const findings: CheckFinding[] = []
    let complete = true
    if (language && config.style) {
      for (const style of checkStyle(text, config.style, language)) findings.push({ kind: 'style', from: style.from, to: style.to, style, language })
    }
    if (language && this.spelling) {
      for (const { word, from, to } of spellingWords(text)) {
        if (inNewsroomDictionary(config.newsroomWords, word)) continue
        const correct = this.spelling.isCorrect(language, word)
        if (correct === undefined) complete = false
        else if (!correct) findings.push({ kind: 'spelling', from, to, word, language })
      }
    }
    if (complete) this.entries.set(block, { language, config, findings })
    return findings
  }

  /** Whether the block's findings are final (every word answered), as of the last `findings` call. */
  isComplete(block: Node): boolean {
    return this.entries.has(block)
  }
}
