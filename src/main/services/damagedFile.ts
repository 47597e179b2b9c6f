import { copyFileSync, existsSync, readFileSync, renameSync } from 'node:fs'
import type { DamageKind, DamagedFileKind, DamagedFileReport } from '@shared/startup/damagedFiles'

/** Where a service tells of a file it found damaged (DamagedFilesService collects them for the renderer). */
export type DamageReporter = { report(report: DamagedFileReport): void }

/** Logs only: for a service built without the collector (unit tests of something else). */
export const logDamage: DamageReporter = {
  report: (report) => console.warn(`Copydesk: a damaged ${report.file} file was kept as ${report.keptAs}`),
}

/** What a read of one of main's JSON files found: nothing, or a JSON value (its shape is the caller's to check). */
export type JsonFileRead = { found: false } | { found: true; value: unknown }

/**
 * `settings.json.damaged-2026-12-08T03-30-00Z`, next to the file (the clock to the second; `-2`,
 * `-3`… when two are set aside in the same second). No colons: Windows refuses them in names.
 */
export function asidePath(path: string, now = new Date()): string {
  const stamp = `${now.toISOString().slice(0, 19).replace(/:/g, '-')}Z`
  let candidate = `${path}.damaged-${stamp}`
  for (let n = 2; existsSync(candidate); n++) candidate = `${path}.damaged-${stamp}-${n}`
  return candidate
}

function parse(text: string): JsonFileRead & { unreadable?: true } {
  try {
    // A text editor may have saved it with a byte order mark, which is not JSON's.
    return { found: true, value: JSON.parse(text.replace(/^\uFEFF/, '')) as unknown }
  } catch {
    // Empty, cut short by a crash, NUL bytes from a power cut, or not JSON at all.
    return { found: false, unreadable: true }
  }
}

/**
 * Reads one of main's JSON files at start. A file that is not JSON is moved aside (see asidePath),
 * reported, and read as missing, so the service starts from its defaults instead of throwing.
 * Synchronous: the settings store is opened before anything else, and these files are small.
 */
export function readJsonFile(path: string, file: DamagedFileKind, reporter: DamageReporter): JsonFileRead {
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { found: false }
    throw error
  }
  const read = parse(text)
  if (read.unreadable) setAside(path, file, 'unreadable', reporter)
  return read.found ? read : { found: false }
}

/** JSON of the wrong shape (or unreadable): the whole file is moved aside and reported. */
export function setAside(path: string, file: DamagedFileKind, damage: DamageKind, reporter: DamageReporter): void {
  const keptAs = asidePath(path)
  renameSync(path, keptAs)
  reporter.report({ file, damage, keptAs })
}

/**
 * Some entries failed their schema and the rest is kept: a copy of the whole file (the bad entries
 * with it) is kept aside before the caller writes the file again without them.
 */
export function keepCopyAside(path: string, file: DamagedFileKind, entriesSetAside: number, reporter: DamageReporter): void {
  const keptAs = asidePath(path)
  copyFileSync(path, keptAs)
  reporter.report({ file, damage: 'bad-entries', keptAs, entriesSetAside })
}

export const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
