import { z } from 'zod'

export const roles = ['reporter', 'editor', 'photo-desk'] as const
export const uiLanguages = ['system', 'fr', 'en'] as const

export const profileSchema = z.object({
  displayName: z.string().trim().max(120),
  role: z.enum(roles),
  defaultSection: z.string().trim().max(80),
})

export const settingsSchema = z.object({
  language: z.enum(uiLanguages),
  profile: profileSchema,
})

/** A change to settings: any top-level field, and any field of the profile. */
export const settingsPatchSchema = z
  .object({
    language: z.enum(uiLanguages),
    profile: profileSchema.partial().strict(),
  })
  .partial()
  .strict()

export type Role = (typeof roles)[number]
export type Profile = z.infer<typeof profileSchema>
export type Settings = z.infer<typeof settingsSchema>
export type SettingsPatch = z.infer<typeof settingsPatchSchema>

export const defaultSettings: Settings = {
  language: 'system',
  profile: { displayName: '', role: 'reporter', defaultSection: '' },
}
