import { useEffect, useState } from 'react'
import { z } from 'zod'
import { deskColumns } from './deskColumns'

/** How this person likes the desk: sort, hidden columns, density. Kept on this computer (localStorage). */
const STORAGE_KEY = 'copydesk:desk-preferences'

const preferencesSchema = z.object({
  sort: z.object({ column: z.enum(deskColumns), direction: z.enum(['asc', 'desc']) }),
  hidden: z.array(z.enum(deskColumns)),
  density: z.enum(['comfortable', 'compact']),
})
export type DeskPreferences = z.infer<typeof preferencesSchema>

export const defaultDeskPreferences: DeskPreferences = {
  sort: { column: 'updated', direction: 'desc' },
  hidden: ['signes'],
  density: 'comfortable',
}

/** What was stored, or the defaults when nothing was or it no longer reads (an older or damaged value). */
export function readDeskPreferences(): DeskPreferences {
  try {
    const stored = localStorage.getItem(STORAGE_KEY)
    const parsed = stored === null ? null : preferencesSchema.safeParse(JSON.parse(stored))
    return parsed?.success ? { ...parsed.data, hidden: parsed.data.hidden.filter((column) => column !== 'headline') } : defaultDeskPreferences
  } catch {
    return defaultDeskPreferences
  }
}

export function useDeskPreferences() {
  const [preferences, setPreferences] = useState(readDeskPreferences)
  useEffect(() => localStorage.setItem(STORAGE_KEY, JSON.stringify(preferences)), [preferences])
  return [preferences, setPreferences] as const
}
