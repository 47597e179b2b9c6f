import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { contentSecurityPolicy } from './contentSecurityPolicy'

/** Browsers ignore these in a meta tag, so index.html may leave them to the header. */
const headerOnlyDirectives = new Set(['frame-ancestors', 'report-uri', 'sandbox'])

function directives(policy: string): string[] {
  return policy
    .split(';')
    .map((directive) => directive.trim().replace(/\s+/g, ' '))
    .filter((directive) => directive !== '' && !headerOnlyDirectives.has(directive.split(' ')[0]!))
    .sort()
}

describe('contentSecurityPolicy', () => {
  it("is the same policy as the renderer's index.html meta tag", async () => {
    const html = await readFile(join(import.meta.dirname, '../../renderer/index.html'), 'utf8')
    const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(html)
    expect(meta, 'index.html has a CSP meta tag').not.toBeNull()
    expect(directives(meta![1]!)).toEqual(directives(contentSecurityPolicy))
  })

  it('keeps scripts to our own files (WebAssembly may compile, for the spelling worker; no eval)', () => {
    const script = directives(contentSecurityPolicy).find((directive) => directive.startsWith('script-src'))
    expect(script).toBe("script-src 'self' 'wasm-unsafe-eval'")
  })
})
