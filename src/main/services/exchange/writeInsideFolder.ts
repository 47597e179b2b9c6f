import { lstat, realpath } from 'node:fs/promises'
import { dirname, isAbsolute, join, relative, resolve } from 'node:path'
import { numberedFileName } from '@shared/exchange/safeFileName'
import { ServiceError } from '../../ipc/dispatcher'
import { atomicWrite } from '../atomicWrite'

const exists = (path: string) =>
  lstat(path).then(
    () => true,
    () => false,
  )

/** True when `path` is `folder` itself's direct child: no `..`, no other drive, no sub-folder. */
export function isDirectChild(folder: string, path: string): boolean {
  const fromFolder = relative(folder, path)
  return fromFolder !== '' && !isAbsolute(fromFolder) && !fromFolder.startsWith('..') && dirname(resolve(path)) === resolve(folder)
}

/**
 * Writes `data` as `fileName` in the folder the user chose, atomically, never over an existing file
 * (" (2)", " (3)"… instead), and refuses any name that would land anywhere else.
 * Returns the path written.
 */
export async function writeInsideFolder(folder: string, fileName: string, data: string | Uint8Array): Promise<string> {
  let root: string
  try {
    root = await realpath(folder)
  } catch {
    throw new ServiceError('io-failed', `The folder “${folder}” cannot be opened.`)
  }
  for (let counter = 1; counter < 1000; counter++) {
    const path = join(root, numberedFileName(fileName, counter))
    if (!isDirectChild(root, path)) throw new ServiceError('invalid-request', `Refused to write “${fileName}” outside the chosen folder.`)
    if (await exists(path)) continue
    try {
      await atomicWrite(path, data)
    } catch (error) {
      throw new ServiceError('io-failed', `Could not write “${path}”: ${error instanceof Error ? error.message : String(error)}`)
    }
    return path
  }
  throw new ServiceError('io-failed', `Too many files named like “${fileName}” in that folder.`)
}
