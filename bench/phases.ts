/** The benchmark's phases, in the order they run. */
export const PHASES = ['editor', 'paste', 'desk', 'photos', 'sync', 'soak'] as const
export type Phase = (typeof PHASES)[number]

/**
 * The phases to run: all of them, or those named in BENCH_PHASES (comma-separated, e.g.
 * `BENCH_PHASES=editor,desk`). A name that is not a phase stops the run before anything starts.
 */
export function selectedPhases(value = process.env.BENCH_PHASES): ReadonlySet<Phase> {
  if (!value?.trim()) return new Set(PHASES)
  const names = value.split(',').map((name) => name.trim()).filter((name) => name !== '')
  const unknown = names.filter((name) => !(PHASES as readonly string[]).includes(name))
  if (unknown.length > 0) {
    throw new Error(`BENCH_PHASES: unknown phase ${unknown.map((name) => `"${name}"`).join(', ')}; the phases are ${PHASES.join(', ')}`)
  }
  return new Set(names as Phase[])
}
