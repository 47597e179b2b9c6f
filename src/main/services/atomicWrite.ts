import { readdirSync, rmSync } from 'node:fs'
import { open, rename, rm } from 'node:fs/promises'
import { randomBytes } from 'node:crypto'
import { dirname, join } from 'node:path'

/**
 * Writes a file so that a crash leaves either the old file or the new one, never half of one: the
 * data is written to a temporary file beside it and fsynced, renamed over the file, and the folder
 * fsynced so the rename itself survives a power cut. The one atomic writer of main (catalogue, sync
 * state, account, recovery copies, photo originals and thumbnails, exports, backups).
 */
export async function atomicWrite(path: string, data: string | Uint8Array): Promise<void> {
  const temporary = `${path}.${randomBytes(6).toString('hex')}.tmp`
  const handle = await open(temporary, 'wx')
  try {
    await handle.writeFile(data)
    await handle.sync()
  } catch (error) {
    await handle.close()
    await rm(temporary, { force: true })
    throw error
  }
  await handle.close()
  try {
    await rename(temporary, path)
  } catch (error) {
    await rm(temporary, { force: true })
    throw error
  }
  await syncFolder(dirname(path))
}

/** Makes a rename in the folder durable. Windows cannot open a folder for this (and commits renames itself). */
async function syncFolder(folder: string): Promise<void> {
  if (process.platform === 'win32') return
  const handle = await open(folder, 'r')
  try {
    await handle.sync()
  } finally {
    await handle.close()
  }
}

/** atomicWrite's temporary files, and those of `atomically` (conf's and electron-store's writer). */
const temporaryName = /\.(?:[0-9a-f]{12}\.tmp|tmp-\d{10}[0-9a-f]{6})$/

/**
 * Removes what writes interrupted by a crash left (a temporary file never renamed), in main's own
 * folders, at start, before anything writes. Returns the files removed.
 */
export function removeOrphanTemporaries(folders: readonly string[]): string[] {
  const removed: string[] = []
  for (const folder of folders) {
    let names: string[]
    try {
      names = readdirSync(folder)
    } catch {
      continue // not made yet
    }
    for (const name of names) {
      if (!temporaryName.test(name)) continue
      rmSync(join(folder, name), { force: true })
      removed.push(join(folder, name))
    }
  }
  return removed
}
