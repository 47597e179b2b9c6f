import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { app } from 'electron'
import type { RendererLocation } from '../ipc/isTrustedRendererUrl'

/** out/renderer/index.html, seen from the bundled out/main/index.js. */
export const rendererIndexPath = join(import.meta.dirname, '../renderer/index.html')

/**
 * Where the renderer comes from. The dev server is trusted only in an unpackaged build, so an
 * environment variable cannot point a shipped app at some other page.
 */
export function rendererLocation(): RendererLocation {
  const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL
  return {
    indexFileUrl: pathToFileURL(rendererIndexPath).href,
    ...(devServerUrl ? { devServerUrl } : {}),
  }
}
