import { describe, expect, it } from 'vitest'
import { maxBaseNameBytes, numberedFileName, safeFileName } from './safeFileName'

describe('safeFileName', () => {
  it('keeps an ordinary headline, accents and all', () => {
    expect(safeFileName('Les armes israéliennes à l’Azerbaïdjan', 'html')).toBe('Les armes israéliennes à l’Azerbaïdjan.html')
    expect(safeFileName('東京の天気 — Ελληνικά', 'md')).toBe('東京の天気 — Ελληνικά.md')
  })

  it('never lets a name climb out of its folder', () => {
    for (const title of ['../../etc/passwd', '..\\..\\Windows\\win.ini', '/abs/path', '..', '.', 'a/../b']) {
      const name = safeFileName(title, 'md')
      expect(name).not.toMatch(/[/\\]/)
      expect(name).not.toContain('..')
      expect(name.startsWith('.')).toBe(false)
    }
    expect(safeFileName('../../etc/passwd', 'md')).toBe('etc-passwd.md')
    expect(safeFileName('..', 'md')).toBe('article.md')
  })

  it('steers clear of Windows device names, with or without an extension, in any case', () => {
    expect(safeFileName('CON', 'html')).toBe('CON_.html')
    expect(safeFileName('con', 'pdf')).toBe('con_.pdf')
    expect(safeFileName('Nul', 'md')).toBe('Nul_.md')
    expect(safeFileName('COM1', 'xml')).toBe('COM1_.xml')
    expect(safeFileName('lpt9.txt', 'md')).toBe('lpt9.txt_.md')
    expect(safeFileName('AUX ', 'json')).toBe('AUX_.json')
    // Only the whole name is reserved: a headline that starts with one is fine.
    expect(safeFileName('Console wars', 'md')).toBe('Console wars.md')
    expect(safeFileName('CON/../x', 'md')).toBe('CON-.-x.md')
  })

  it('drops control and direction-override characters and the characters Windows refuses', () => {
    expect(safeFileName('a\u0000b\nc\td\u202Eexe.txt', 'md')).toBe('a b c d exe.txt.md')
    expect(safeFileName('Q: "why" <now> | *all* ?', 'md')).toBe('Q- -why- -now- - -all- -.md')
  })

  it('limits the length in bytes without cutting a character in half', () => {
    const name = safeFileName('é'.repeat(400), 'html')
    expect(new TextEncoder().encode(name.replace(/\.html$/, '')).length).toBeLessThanOrEqual(maxBaseNameBytes)
    expect(name).toBe(`${'é'.repeat(maxBaseNameBytes / 2)}.html`)
    const emoji = safeFileName('🗞️'.repeat(100), 'md')
    expect(emoji.endsWith('.md')).toBe(true)
    expect(emoji).not.toContain('\ufffd')
  })

  it('falls back to a plain name when nothing is left, and cleans the extension too', () => {
    expect(safeFileName('   ', 'md')).toBe('article.md')
    expect(safeFileName('', '../x/md')).toBe('article.xmd')
  })
})

describe('numberedFileName', () => {
  it('numbers before the extension', () => {
    expect(numberedFileName('Titre.md', 1)).toBe('Titre.md')
    expect(numberedFileName('Titre.md', 2)).toBe('Titre (2).md')
    expect(numberedFileName('Titre', 3)).toBe('Titre (3)')
  })
})
