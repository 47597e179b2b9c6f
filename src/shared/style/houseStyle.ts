import { z } from 'zod'

/**
 * The newsroom's house style as data (resources/house-style.json, or the user's own copy kept in
 * settings). Two kinds of rule: a pattern with an optional replacement, and the check that a
 * quotation is attributed ("a déclaré", "selon"…) in the same or the next sentence.
 */
export const styleLanguages = ['fr', 'en'] as const
export type StyleLanguage = (typeof styleLanguages)[number]
export const severities = ['error', 'warning', 'info'] as const
export type Severity = (typeof severities)[number]

/**
 * Size limits, so a replaced house style cannot make every keystroke's check (or settings.json)
 * unbounded: the shipped file has a few dozen rules with patterns under 200 characters.
 */
export const houseStyleLimits = { rules: 2000, patternLength: 2000, messageLength: 1000, idLength: 100, words: 500, wordLength: 200 } as const

const text = (max: number) => z.string().trim().min(1).max(max)
const messageSchema = z.object({ fr: text(houseStyleLimits.messageLength), en: text(houseStyleLimits.messageLength) })
const common = {
  id: z.string().max(houseStyleLimits.idLength).regex(/^[a-z0-9-]+$/, 'lower-case letters, digits and dashes'),
  message: messageSchema,
  severity: z.enum(severities),
  /** The article or paragraph languages the rule applies to; all when absent. */
  languages: z.array(z.enum(styleLanguages)).min(1).optional(),
}

const patternRuleSchema = z
  .object({
    ...common,
    type: z.literal('pattern'),
    /** A JavaScript regular expression, always run with the `g` and `u` flags. */
    pattern: z.string().min(1).max(houseStyleLimits.patternLength),
    /** Extra flags: `i` (ignore case) and `s` only. */
    flags: z.string().regex(/^[is]*$/, 'only the flags i and s').optional(),
    /** The fix: `$1`…`$9` stand for the pattern's groups, `$&` for the whole match. None: no one-click fix. */
    replacement: z.string().max(houseStyleLimits.patternLength).optional(),
  })
  .superRefine((rule, context) => {
    try {
      const regex = new RegExp(rule.pattern, `gu${rule.flags ?? ''}`)
      if (regex.test('')) context.addIssue({ code: 'custom', path: ['pattern'], message: 'the pattern matches empty text' })
    } catch (error) {
      context.addIssue({ code: 'custom', path: ['pattern'], message: `not a valid regular expression (${(error as Error).message})` })
    }
  })

const quoteRuleSchema = z.object({
  ...common,
  type: z.literal('quote-attribution'),
  /** Opening and closing marks of the quotations to check, e.g. ["«", "»"]. */
  quotes: z.array(z.tuple([z.string().length(1), z.string().length(1)])).min(1).max(20),
  /** Words or phrases that attribute a quotation, matched as whole words, ignoring case. */
  verbs: z.array(text(houseStyleLimits.wordLength)).min(1).max(houseStyleLimits.words),
  /** Shorter quotations are a word in quotes, not a citation. */
  minWords: z.number().int().min(1).default(4),
})

export const styleRuleSchema = z.discriminatedUnion('type', [patternRuleSchema, quoteRuleSchema])

export const houseStyleSchema = z
  .object({ version: z.literal(1), rules: z.array(styleRuleSchema).max(houseStyleLimits.rules) })
  .superRefine((style, context) => {
    const seen = new Set<string>()
    style.rules.forEach((rule, index) => {
      if (seen.has(rule.id)) context.addIssue({ code: 'custom', path: ['rules', index, 'id'], message: `the id "${rule.id}" is used twice` })
      seen.add(rule.id)
    })
  })

export type PatternRule = z.infer<typeof patternRuleSchema>
export type QuoteRule = z.infer<typeof quoteRuleSchema>
export type StyleRule = z.infer<typeof styleRuleSchema>
export type HouseStyle = z.infer<typeof houseStyleSchema>

/** Reads house-style data; a broken file is an error that says which rule and field. */
export function parseHouseStyle(data: unknown): HouseStyle {
  const parsed = houseStyleSchema.safeParse(data)
  if (!parsed.success) throw new Error(z.prettifyError(parsed.error))
  return parsed.data
}
