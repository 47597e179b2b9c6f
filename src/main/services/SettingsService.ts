import type { z } from 'zod'
import { defaultSettings, profileSchema, settingsSchema, writingAidsSchema, type Settings, type SettingsPatch } from '@shared/settings'
import type { KeyValueStore } from './KeyValueStore'

const KEY = 'settings'

const asRecord = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {}

function valueOr<T>(schema: z.ZodType<T>, value: unknown, fallback: T): T {
  const parsed = schema.safeParse(value)
  return parsed.success ? parsed.data : fallback
}

/** The user's preferences: UI language and profile. Unreadable stored values fall back to defaults. */
export class SettingsService {
  constructor(private readonly store: KeyValueStore) {}

  get(): Settings {
    const stored = this.store.get(KEY)
    const parsed = settingsSchema.safeParse(stored)
    if (parsed.success) return parsed.data
    // Keep what is still valid field by field rather than losing the whole profile.
    const partial = asRecord(stored)
    const profile = asRecord(partial.profile)
    const writingAids = asRecord(partial.writingAids)
    const aids = defaultSettings.writingAids
    return {
      language: valueOr(settingsSchema.shape.language, partial.language, defaultSettings.language),
      profile: {
        displayName: valueOr(profileSchema.shape.displayName, profile.displayName, defaultSettings.profile.displayName),
        role: valueOr(profileSchema.shape.role, profile.role, defaultSettings.profile.role),
        defaultSection: valueOr(
          profileSchema.shape.defaultSection,
          profile.defaultSection,
          defaultSettings.profile.defaultSection,
        ),
      },
      writingAids: {
        checks: valueOr(writingAidsSchema.shape.checks, writingAids.checks, aids.checks),
        newsroomDictionary: valueOr(writingAidsSchema.shape.newsroomDictionary, writingAids.newsroomDictionary, aids.newsroomDictionary),
        houseStyle: valueOr(writingAidsSchema.shape.houseStyle, writingAids.houseStyle, aids.houseStyle),
      },
      creditTemplates: valueOr(settingsSchema.shape.creditTemplates, partial.creditTemplates, undefined),
      trashRetentionDays: valueOr(settingsSchema.shape.trashRetentionDays, partial.trashRetentionDays, undefined),
    }
  }

  update(patch: SettingsPatch): Settings {
    const current = this.get()
    const next = settingsSchema.parse({
      ...current,
      ...patch,
      profile: { ...current.profile, ...patch.profile },
      writingAids: { ...current.writingAids, ...patch.writingAids },
    })
    this.store.set(KEY, next)
    return next
  }
}
