import { z } from 'zod'

/**
 * Headline and SEO title limits per section, as data (resources/section-limits.json). Sections are
 * matched without regard to case, accents or surrounding spaces, so "economie" finds "Économie".
 */
const limitsSchema = z.object({
  headline: z.number().int().positive().max(1000),
  seoTitle: z.number().int().positive().max(1000),
})

export const sectionLimitsSchema = z.object({
  defaults: limitsSchema,
  sections: z.record(z.string(), limitsSchema.partial()),
})

export type FieldLimits = z.infer<typeof limitsSchema>
export type SectionLimits = z.infer<typeof sectionLimitsSchema>

const sectionKey = (name: string) =>
  name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .trim()
    .toLocaleLowerCase('fr')

export function limitsForSection(table: SectionLimits, section: string): FieldLimits {
  const key = sectionKey(section)
  const own = Object.entries(table.sections).find(([name]) => sectionKey(name) === key)?.[1]
  return { ...table.defaults, ...own }
}

/** Reads the data file; a broken file is a clear error naming the field, never silent defaults. */
export function parseSectionLimits(data: unknown): SectionLimits {
  const parsed = sectionLimitsSchema.safeParse(data)
  if (!parsed.success) throw new Error(`section-limits.json: ${z.prettifyError(parsed.error)}`)
  return parsed.data
}
