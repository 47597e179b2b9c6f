import { mkdir, readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import type { RecoveryCopy } from '@shared/ipc/contract'
import { atomicWrite } from './atomicWrite'

export type RecoveryEntry = { fileName: string; articleId: string; headline: string; savedAt: string }

/** What list() needs from a copy on disk; a stray or half-written JSON file lacks it and is skipped. */
const storedCopySchema = z.object({ articleId: z.string(), headline: z.string(), savedAt: z.string() })

/**
 * Recovery copies of open articles, written to disk when the browser storage cannot be used.
 * One JSON file per article (the latest copy wins) and a plain-text twin anyone can open.
 */
export class RecoveryService {
  constructor(private readonly directory: string) {}

  async write(copy: RecoveryCopy): Promise<{ path: string }> {
    await mkdir(this.directory, { recursive: true })
    const savedAt = new Date().toISOString()
    const path = join(this.directory, `${copy.articleId}.json`)
    await atomicWrite(path, JSON.stringify({ ...copy, savedAt }))
    await atomicWrite(join(this.directory, `${copy.articleId}.txt`), `${copy.headline}\n\n${copy.text}\n`)
    return { path }
  }

  async list(): Promise<RecoveryEntry[]> {
    let names: string[]
    try {
      names = await readdir(this.directory)
    } catch {
      return []
    }
    const entries: RecoveryEntry[] = []
    for (const fileName of names.filter((name) => name.endsWith('.json'))) {
      try {
        const stored = JSON.parse(await readFile(join(this.directory, fileName), 'utf8'))
        const copy = storedCopySchema.safeParse(stored)
        if (copy.success) entries.push({ fileName, ...copy.data })
      } catch {
        // A copy we cannot parse is left on disk untouched for a person to look at.
      }
    }
    return entries.sort((a, b) => b.savedAt.localeCompare(a.savedAt))
  }
}
