import type { DamagedFileReport } from '@shared/startup/damagedFiles'
import type { DamageReporter } from './damagedFile'

/**
 * The files this start found damaged and set aside, for the renderer to tell the user. Held in
 * memory only: the report is for the start that found them (the next start finds the files fine).
 */
export class DamagedFilesService implements DamageReporter {
  private readonly reports: DamagedFileReport[] = []
  private readonly loads: Promise<unknown>[] = []

  report(report: DamagedFileReport): void {
    this.reports.push(report)
    console.warn(`Copydesk: ${report.file} was damaged (${report.damage}); kept as ${report.keptAs}`)
  }

  /** A start-up read still going (the sync file, the photo catalogue): the list waits for it. */
  waitFor(load: Promise<unknown>): void {
    this.loads.push(load.catch(() => undefined))
  }

  async list(): Promise<DamagedFileReport[]> {
    await Promise.all(this.loads)
    return [...this.reports]
  }
}
