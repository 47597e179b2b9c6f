import { z } from 'zod'
import { creditTemplatesSchema } from './photos/creditTemplate'
import { houseStyleSchema } from './style/houseStyle'

export const roles = ['reporter', 'editor', 'photo-desk'] as const
export const uiLanguages = ['system', 'fr', 'en'] as const

export const profileSchema = z.object({
  displayName: z.string().trim().max(120),
  role: z.enum(roles),
  defaultSection: z.string().trim().max(80),
})

/** Spelling and house-style checks: on or off, the newsroom's own words, the user's own rules (null: the shipped ones). */
export const writingAidsSchema = z.object({
  checks: z.boolean(),
  newsroomDictionary: z.array(z.string().trim().min(1).max(100)).max(50_000),
  houseStyle: houseStyleSchema.nullable(),
})

export const settingsSchema = z.object({
  language: z.enum(uiLanguages),
  profile: profileSchema,
  writingAids: writingAidsSchema,
  /** The photo desk's saved credits (absent until one is saved). */
  creditTemplates: creditTemplatesSchema.optional(),
  /** Days an article stays in the trash before it is deleted for good (absent: DEFAULT_TRASH_RETENTION_DAYS). */
  trashRetentionDays: z.number().int().min(1).max(3650).optional(),
})

export const DEFAULT_TRASH_RETENTION_DAYS = 30

/** A change to settings: any top-level field, and any field of the profile. */
export const settingsPatchSchema = z
  .object({
    language: z.enum(uiLanguages),
    profile: profileSchema.partial().strict(),
    writingAids: writingAidsSchema.partial().strict(),
    /** The whole list, replacing the saved one. */
    creditTemplates: creditTemplatesSchema,
    trashRetentionDays: z.number().int().min(1).max(3650),
  })
  .partial()
  .strict()

export type Role = (typeof roles)[number]
export type Profile = z.infer<typeof profileSchema>
export type Settings = z.infer<typeof settingsSchema>
export type SettingsPatch = z.infer<typeof settingsPatchSchema>
export type WritingAidsSettings = z.infer<typeof writingAidsSchema>

export const defaultSettings: Settings = {
  language: 'system',
  profile: { displayName: '', role: 'reporter', defaultSection: '' },
  writingAids: { checks: true, newsroomDictionary: [], houseStyle: null },
}
