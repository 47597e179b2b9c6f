import { createContext, useMemo, useRef } from 'react'
import type { SettingsPatch, WritingAidsSettings } from '@shared/settings'
import type { ChecksConfig } from '../../editor/checks/findings'
import { shippedHouseStyle } from './shippedHouseStyle'

/** What the editor's checks read from the settings, and how the spelling menu adds a word. */
export type WritingAids = { config: ChecksConfig; addToDictionary(word: string): Promise<void> }

export const WritingAidsContext = createContext<WritingAids>({
  config: { enabled: false, style: null, newsroomWords: new Set() },
  addToDictionary: async () => {},
})

/** Built by the app from its settings; a new config (new object) only when the writing-aids settings change. */
export function useWritingAidsSettings(settings: WritingAidsSettings, update: (patch: SettingsPatch) => Promise<void>): WritingAids {
  const latest = useRef({ settings, update })
  latest.current = { settings, update }
  const config = useMemo<ChecksConfig>(
    () => ({
      enabled: settings.checks,
      style: settings.houseStyle ?? shippedHouseStyle,
      newsroomWords: new Set(settings.newsroomDictionary),
    }),
    [settings.checks, settings.houseStyle, settings.newsroomDictionary],
  )
  return useMemo(
    () => ({
      config,
      addToDictionary: async (word: string) => {
        const { settings: current, update: save } = latest.current
        if (current.newsroomDictionary.includes(word)) return
        await save({ writingAids: { newsroomDictionary: [...current.newsroomDictionary, word].sort((a, b) => a.localeCompare(b, 'fr')) } })
      },
    }),
    [config],
  )
}
