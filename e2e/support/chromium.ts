import { existsSync } from 'node:fs'

/** Debian's Chromium: Playwright cannot download its own browser here. */
export function chromiumExecutable(): string {
  return process.env.COPYDESK_CHROMIUM ?? '/usr/bin/chromium'
}

export function hasChromium(): boolean {
  return existsSync(chromiumExecutable())
}

/** Flags that keep a headless Chromium quiet on a machine with no network and no GPU. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
]
