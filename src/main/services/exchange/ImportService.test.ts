import { mkdtemp, rm, truncate, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { base64ToBytes } from '@shared/base64'
import { FileDialogsDouble } from '../../../../e2e/fixtures/fileDialogsDouble'
import { ImportService } from './ImportService'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'copydesk-import-'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('ImportService', () => {
  it('reads text files as text (UTF-8, else Windows-1252) and Word files as bytes', async () => {
    await writeFile(join(dir, 'a.md'), '\uFEFF# Titre\n\nL’été')
    await writeFile(join(dir, 'b.txt'), Buffer.from([0x4c, 0x92, 0xe9, 0x74, 0xe9])) // "L’été" in Windows-1252
    await writeFile(join(dir, 'c.docx'), Buffer.from([0x50, 0x4b, 3, 4, 0xff]))
    await writeFile(join(dir, 'd.HTM'), '<p>x</p>')
    const importer = new ImportService(new FileDialogsDouble())
    expect(await importer.read(join(dir, 'a.md'))).toEqual({ fileName: 'a.md', kind: 'markdown', text: '# Titre\n\nL’été' })
    expect(await importer.read(join(dir, 'b.txt'))).toEqual({ fileName: 'b.txt', kind: 'text', text: 'L’été' })
    const docx = await importer.read(join(dir, 'c.docx'))
    expect(docx.kind).toBe('docx')
    expect(docx.kind === 'docx' && Array.from(base64ToBytes(docx.base64))).toEqual([0x50, 0x4b, 3, 4, 0xff])
    expect(await importer.read(join(dir, 'd.HTM'))).toMatchObject({ kind: 'html', text: '<p>x</p>' })
  })

  it('refuses a file over 50 MB before reading it, with a clear message', async () => {
    const big = join(dir, 'huge.docx')
    await writeFile(big, '')
    await truncate(big, 50_000_001) // sparse: nothing is actually written
    const started = Date.now()
    await expect(new ImportService(new FileDialogsDouble()).read(big)).rejects.toMatchObject({
      code: 'file-too-large',
      message: '“huge.docx” is 50 MB; Copydesk imports files up to 50 MB.',
    })
    expect(Date.now() - started).toBeLessThan(1000)
  })

  it('refuses kinds it does not convert, and says when a file cannot be read', async () => {
    await writeFile(join(dir, 'old.doc'), 'x')
    const importer = new ImportService(new FileDialogsDouble())
    await expect(importer.read(join(dir, 'old.doc'))).rejects.toMatchObject({ code: 'unsupported-file' })
    await expect(importer.read(join(dir, 'gone.md'))).rejects.toMatchObject({ code: 'io-failed' })
  })

  it('opens the dialog, and answers null when it is cancelled', async () => {
    await writeFile(join(dir, 'a.txt'), 'Bonjour')
    const dialogs = new FileDialogsDouble()
    const importer = new ImportService(dialogs)
    dialogs.queue(join(dir, 'a.txt'))
    expect(await importer.pick('Importer')).toEqual({ fileName: 'a.txt', kind: 'text', text: 'Bonjour' })
    dialogs.queue(null)
    expect(await importer.pick()).toBeNull()
    expect(dialogs.opened).toEqual(['Importer', 'Import a file'])
  })
})
