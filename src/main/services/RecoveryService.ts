import { mkdir, readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { RecoveryCopy } from '@shared/ipc/contract'
import { atomicWrite } from './atomicWrite'

export type RecoveryEntry = { fileName: string; articleId: string; headline: string; savedAt: string }

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
        const copy = JSON.parse(await readFile(join(this.directory, fileName), 'utf8'))
        entries.push({ fileName, articleId: copy.articleId, headline: copy.headline, savedAt: copy.savedAt })
      } catch {
        // A copy we cannot parse is left on disk untouched for a person to look at.
      }
    }
    return entries.sort((a, b) => b.savedAt.localeCompare(a.savedAt))
  }
}
