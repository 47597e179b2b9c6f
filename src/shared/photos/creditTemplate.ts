import { z } from 'zod'

/** A credit the photo desk applies often: "Ariel Hermoni/Ministère israélien de la Défense", "AFP", "Reuters". */
export const creditTemplateSchema = z.object({
  creator: z.string().trim().max(200),
  credit: z.string().trim().min(1).max(200),
})
export type CreditTemplate = z.infer<typeof creditTemplateSchema>

export const creditTemplatesSchema = z.array(creditTemplateSchema).max(200)

/** How a template reads in a list: the newsroom's "Creator/Owner" convention, or the owner alone. */
export function creditTemplateLabel(template: CreditTemplate): string {
  return template.creator ? `${template.creator}/${template.credit}` : template.credit
}

/** The list with `template` added (or moved to the top if already there). */
export function withCreditTemplate(templates: readonly CreditTemplate[], template: CreditTemplate): CreditTemplate[] {
  const label = creditTemplateLabel(template)
  return [template, ...templates.filter((existing) => creditTemplateLabel(existing) !== label)]
}
