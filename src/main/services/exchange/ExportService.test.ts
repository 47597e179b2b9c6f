import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { FileDialogsDouble } from '../../../../e2e/fixtures/fileDialogsDouble'
import { ExportService } from './ExportService'
import { testArticle } from '@shared/exchange/formats/testArticle'
import type { PdfPrinter } from './PdfPrinter'
import { isDirectChild, writeInsideFolder } from './writeInsideFolder'

// PDFs are printed by a real Chromium in the e2e scenario; here the printer is a test double.
const pdfPrinterDouble: PdfPrinter = { print: async (html) => new TextEncoder().encode(`%PDF-double\n${html.length}`) }

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'copydesk-export-'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('ExportService', () => {
  it('writes each format into the chosen folder under a safe name, whatever the headline says', async () => {
    const dialogs = new FileDialogsDouble()
    const exporter = new ExportService(dialogs, pdfPrinterDouble)
    const article = testArticle({ headline: '../../CON' })
    for (const format of ['html', 'markdown', 'ninjs', 'newsml', 'pdf'] as const) {
      dialogs.queue(dir)
      const result = await exporter.export({ format, article, dialogTitle: 'Exporter' })
      expect(result?.path).toBe(join(dir, result!.fileName))
    }
    expect((await readdir(dir)).sort()).toEqual(['CON_.html', 'CON_.json', 'CON_.md', 'CON_.pdf', 'CON_.xml'])
    expect(await readdir(join(dir, '..'))).not.toContain('CON.html')
    expect(dialogs.opened).toEqual(Array(5).fill('Exporter'))
    expect(await readFile(join(dir, 'CON_.md'), 'utf8')).toMatch(/^---\ntitle: \.\.\/\.\.\/CON\n/)
    expect(JSON.parse(await readFile(join(dir, 'CON_.json'), 'utf8'))).toMatchObject({ headlines: [{ value: '../../CON' }] })
  })

  it('never overwrites an earlier export, and writes nothing when the dialog is cancelled', async () => {
    const dialogs = new FileDialogsDouble()
    const exporter = new ExportService(dialogs, pdfPrinterDouble)
    const article = testArticle({ headline: 'Le point' })
    await writeFile(join(dir, 'Le point.html'), 'earlier')
    dialogs.queue(dir)
    expect(await exporter.export({ format: 'html', article })).toMatchObject({ fileName: 'Le point (2).html' })
    expect(await readFile(join(dir, 'Le point.html'), 'utf8')).toBe('earlier')
    dialogs.queue(null)
    expect(await exporter.export({ format: 'html', article })).toBeNull()
    expect((await readdir(dir)).sort()).toEqual(['Le point (2).html', 'Le point.html'])
  })

  it('says so when the folder is gone', async () => {
    const dialogs = new FileDialogsDouble()
    dialogs.queue(join(dir, 'missing'))
    await expect(new ExportService(dialogs, pdfPrinterDouble).export({ format: 'html', article: testArticle() })).rejects.toMatchObject({
      code: 'io-failed',
    })
  })
})

describe('writeInsideFolder', () => {
  it('refuses a name that would leave the folder, even if a caller forgot to make it safe', async () => {
    for (const name of ['../escape.txt', 'sub/inner.txt', '..', '/etc/x']) {
      await expect(writeInsideFolder(dir, name, 'x')).rejects.toMatchObject({ code: 'invalid-request' })
    }
    expect(await readdir(join(dir, '..'))).not.toContain('escape.txt')
    expect(await readdir(dir)).toEqual([])
  })

  it('knows a direct child from anything else', () => {
    expect(isDirectChild('/a/b', '/a/b/c.md')).toBe(true)
    expect(isDirectChild('/a/b', '/a/b/../c.md')).toBe(false)
    expect(isDirectChild('/a/b', '/a/b/d/c.md')).toBe(false)
    expect(isDirectChild('/a/b', '/a/b')).toBe(false)
  })
})
