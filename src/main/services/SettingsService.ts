import { defaultSettings, settingsSchema, type Settings, type SettingsPatch } from '@shared/settings'
import type { KeyValueStore } from './KeyValueStore'

const KEY = 'settings'

/** The user's preferences: UI language and profile. Unreadable stored values fall back to defaults. */
export class SettingsService {
  constructor(private readonly store: KeyValueStore) {}

  get(): Settings {
    const stored = this.store.get(KEY)
    const parsed = settingsSchema.safeParse(stored)
    if (parsed.success) return parsed.data
    // Keep what is still valid field by field rather than losing the whole profile.
    const partial = (typeof stored === 'object' && stored !== null ? stored : {}) as Record<string, unknown>
    const profile = settingsSchema.shape.profile.safeParse({ ...defaultSettings.profile, ...(partial.profile as object) })
    const language = settingsSchema.shape.language.safeParse(partial.language)
    return {
      language: language.success ? language.data : defaultSettings.language,
      profile: profile.success ? profile.data : defaultSettings.profile,
    }
  }

  update(patch: SettingsPatch): Settings {
    const current = this.get()
    const next = settingsSchema.parse({
      ...current,
      ...patch,
      profile: { ...current.profile, ...patch.profile },
    })
    this.store.set(KEY, next)
    return next
  }
}
