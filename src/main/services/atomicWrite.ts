import { open, rename, rm } from 'node:fs/promises'
import { randomBytes } from 'node:crypto'

/** Writes a file so that a crash leaves either the old file or the new one, never half of one. */
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
  await rename(temporary, path)
}
