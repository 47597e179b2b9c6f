import type { z } from 'zod'
import { defaultSettings, profileSchema, settingsSchema, writingAidsSchema, type Settings, type SettingsPatch } from '@shared/settings'
import { isPlainObject } from './damagedFile'
import type { KeyValueStore } from './KeyValueStore'

export const SETTINGS_KEY = 'settings'
const KEY = SETTINGS_KEY

const asRecord = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {}

/**
 * The settings in a stored value, keeping what is still valid field by field rather than losing the
 * whole profile. `dropped`: a field was there and unreadable (a missing one is an older file, not damage).
 */
export function salvageSettings(stored: unknown): { settings: Settings; dropped: boolean } {
  const parsed = settingsSchema.safeParse(stored)
  if (parsed.success) return { settings: parsed.data, dropped: false }
  let dropped = stored !== undefined && !isPlainObject(stored)
  function valueOr<T>(schema: z.ZodType<T>, value: unknown, fallback: T): T {
    if (value === undefined) return fallback
    const field = schema.safeParse(value)
    if (!field.success) dropped = true
    return field.success ? field.data : fallback
  }
  const partial = asRecord(stored)
  if (partial.profile !== undefined && !isPlainObject(partial.profile)) dropped = true
  if (partial.writingAids !== undefined && !isPlainObject(partial.writingAids)) dropped = true
  const profile = asRecord(partial.profile)
  const writingAids = asRecord(partial.writingAids)
  const aids = defaultSettings.writingAids
  const settings: Settings = {
    language: valueOr(settingsSchema.shape.language, partial.language, defaultSettings.language),
    profile: {
      displayName: valueOr(profileSchema.shape.displayName, profile.displayName, defaultSettings.profile.displayName),
      role: valueOr(profileSchema.shape.role, profile.role, defaultSettings.profile.role),
      defaultSection: valueOr(profileSchema.shape.defaultSection, profile.defaultSection, defaultSettings.profile.defaultSection),
    },
    writingAids: {
      checks: valueOr(writingAidsSchema.shape.checks, writingAids.checks, aids.checks),
      newsroomDictionary: valueOr(writingAidsSchema.shape.newsroomDictionary, writingAids.newsroomDictionary, aids.newsroomDictionary),
      houseStyle: valueOr(writingAidsSchema.shape.houseStyle, writingAids.houseStyle, aids.houseStyle),
    },
    creditTemplates: valueOr(settingsSchema.shape.creditTemplates, partial.creditTemplates, undefined),
  }
  return { settings, dropped }
}

/** The user's preferences: UI language and profile. Unreadable stored values fall back to defaults. */
export class SettingsService {
  constructor(private readonly store: KeyValueStore) {}

  get(): Settings {
    return salvageSettings(this.store.get(KEY)).settings
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
