import type { HouseStyle, PatternRule, QuoteRule, Severity, StyleLanguage } from './houseStyle'

/** One place in a paragraph's text that breaks a rule: offsets are UTF-16 indexes into that text. */
export type StyleFinding = {
  ruleId: string
  from: number
  to: number
  text: string
  message: { fr: string; en: string }
  severity: Severity
  /** The one-click fix, when the rule has one. */
  replacement?: string
}

type Compiled =
  | { rule: PatternRule; regex: RegExp }
  | { rule: QuoteRule; verbs: RegExp }

const compiledCache = new WeakMap<HouseStyle, Compiled[]>()

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
// Both apostrophes count the same in rules and text.
const APOSTROPHES = /['’]/g

function compile(style: HouseStyle): Compiled[] {
  let compiled = compiledCache.get(style)
  if (!compiled) {
    compiled = style.rules.map((rule) => {
      if (rule.type === 'pattern') return { rule, regex: new RegExp(rule.pattern, `gu${rule.flags ?? ''}`) }
      const alternatives = rule.verbs.map((verb) => escapeRegExp(verb.replace(APOSTROPHES, "'")).replace(/\s+/g, '\\s+'))
      return { rule, verbs: new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'iu') }
    })
    compiledCache.set(style, compiled)
  }
  return compiled
}

/** `$1`…`$9`, `$&` and `$$` in a replacement, as String.replace reads them. */
function expand(replacement: string, match: RegExpExecArray): string {
  return replacement.replace(/\$(\$|&|[1-9])/g, (_, token: string) =>
    token === '$' ? '$' : token === '&' ? match[0] : (match[Number(token)] ?? ''),
  )
}

const applies = (rule: { languages?: StyleLanguage[] }, language: StyleLanguage) => !rule.languages || rule.languages.includes(language)

/**
 * The house-style findings in one paragraph, in text order. Pure and quick (a few regular
 * expressions over one paragraph), so the editor can run it on each paragraph that changed.
 */
export function checkStyle(text: string, style: HouseStyle, language: StyleLanguage): StyleFinding[] {
  const findings: StyleFinding[] = []
  for (const entry of compile(style)) {
    if (!applies(entry.rule, language)) continue
    if ('regex' in entry) findPatterns(text, entry.rule, entry.regex, findings)
    else findUnattributedQuotes(text, entry.rule, entry.verbs, findings)
  }
  return findings.sort((a, b) => a.from - b.from || a.to - b.to)
}

function findPatterns(text: string, rule: PatternRule, regex: RegExp, into: StyleFinding[]) {
  regex.lastIndex = 0
  for (let match = regex.exec(text); match; match = regex.exec(text)) {
    if (match[0] === '') {
      regex.lastIndex++
      continue
    }
    const finding: StyleFinding = {
      ruleId: rule.id,
      from: match.index,
      to: match.index + match[0].length,
      text: match[0],
      message: rule.message,
      severity: rule.severity,
    }
    if (rule.replacement !== undefined) finding.replacement = expand(rule.replacement, match)
    into.push(finding)
  }
}

type Span = { from: number; to: number }

/** Quotations as [opening mark, after the closing mark); nested marks of the same kind are followed. */
function quotations(text: string, open: string, close: string): Span[] {
  const spans: Span[] = []
  let depth = 0
  let start = -1
  for (let index = 0; index < text.length; index++) {
    const char = text[index]
    if (char === open) {
      if (depth === 0) start = index
      depth++
    } else if (char === close && depth > 0) {
      depth--
      if (depth === 0) spans.push({ from: start, to: index + 1 })
    }
  }
  return spans
}

// A sentence ends at . ! ? or … followed by a space or the end of the paragraph.
const SENTENCE_END = /[.!?…]+(?=[\s\u00a0\u202f]|$)/gu

/** Where sentences end in the text, ignoring what sits inside quotations. */
function sentenceEnds(text: string, quoted: Span[]): number[] {
  const ends: number[] = []
  SENTENCE_END.lastIndex = 0
  for (let match = SENTENCE_END.exec(text); match; match = SENTENCE_END.exec(text)) {
    const at = match.index
    if (quoted.some((span) => at > span.from && at < span.to - 1)) continue
    // A full stop right before a closing quote ends the quotation, not the sentence around it.
    if (quoted.some((span) => at + match![0].length === span.to - 1)) continue
    ends.push(at + match[0].length)
  }
  return ends
}

function findUnattributedQuotes(text: string, rule: QuoteRule, verbs: RegExp, into: StyleFinding[]) {
  const quoted = rule.quotes.flatMap(([open, close]) => quotations(text, open, close)).sort((a, b) => a.from - b.from)
  if (quoted.length === 0) return
  const ends = sentenceEnds(text, quoted)
  // The text around quotations, with each quotation blanked out so its own words never attribute it.
  let outside = text
  for (const span of quoted) outside = outside.slice(0, span.from) + ' '.repeat(span.to - span.from) + outside.slice(span.to)
  outside = outside.replace(APOSTROPHES, "'")
  for (const span of quoted) {
    const words = text.slice(span.from + 1, span.to - 1).split(/[\s\u00a0\u202f]+/u).filter((word) => /[\p{L}\p{N}]/u.test(word))
    if (words.length < rule.minWords) continue
    const sentenceStart = Math.max(0, ...ends.filter((end) => end <= span.from))
    const after = ends.filter((end) => end >= span.to)
    // The rest of the quotation's sentence and the whole of the next one.
    const contextEnd = after[1] ?? text.length
    if (verbs.test(outside.slice(sentenceStart, contextEnd))) continue
    into.push({
      ruleId: rule.id,
      from: span.from,
      to: span.to,
      text: text.slice(span.from, span.to),
      message: rule.message,
      severity: rule.severity,
    })
  }
}

/** The paragraph with every finding that has a fix applied (for tests and a future "fix all"). */
export function applyStyleFixes(text: string, findings: StyleFinding[]): string {
  let result = text
  for (const finding of [...findings].filter((f) => f.replacement !== undefined).sort((a, b) => b.from - a.from)) {
    result = result.slice(0, finding.from) + finding.replacement + result.slice(finding.to)
  }
  return result
}
