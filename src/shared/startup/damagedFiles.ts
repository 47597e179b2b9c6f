import { z } from 'zod'

/** The files main reads at start that can be found damaged (see src/main/services/damagedFile.ts). */
export const damagedFileKinds = ['settings', 'cms-account', 'cms-sync', 'photo-catalogue'] as const
export type DamagedFileKind = (typeof damagedFileKinds)[number]

/**
 * What was wrong: `unreadable` (empty, truncated, NUL bytes, not JSON) and `wrong-shape` (JSON,
 * but not what Copydesk writes) set the whole file aside; `bad-entries` kept the readable entries
 * and set a copy of the file, bad entries included, aside.
 */
export const damageKinds = ['unreadable', 'wrong-shape', 'bad-entries'] as const

export const damagedFileReportSchema = z.object({
  file: z.enum(damagedFileKinds),
  damage: z.enum(damageKinds),
  /** Where the damaged file (or its copy) was kept. */
  keptAs: z.string(),
  /** With `bad-entries`: how many entries were left out. */
  entriesSetAside: z.number().int().nonnegative().optional(),
})
export type DamagedFileReport = z.infer<typeof damagedFileReportSchema>
export type DamageKind = (typeof damageKinds)[number]
