import { z } from 'zod'

export type Rectangle = { x: number; y: number; width: number; height: number }
export type WindowBounds = Rectangle & { isMaximized: boolean }

/** Below this the three-column layout (desk, article, panel) no longer fits. */
export const minWindowSize = { width: 900, height: 600 } as const

const savedBoundsSchema = z.object({
  x: z.number().finite(),
  y: z.number().finite(),
  width: z.number().finite().positive(),
  height: z.number().finite().positive(),
  isMaximized: z.boolean().catch(false),
})

/** Where settings.json keeps the window's place. */
export const WINDOW_STATE_KEY = 'windowState'

/** Whether a stored window state is one restoreBounds can use (null or absent: none saved). */
export const isReadableWindowState = (value: unknown): boolean => value == null || savedBoundsSchema.safeParse(value).success

function overlapArea(a: Rectangle, b: Rectangle): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)
  return width > 0 && height > 0 ? width * height : 0
}

const clamp = (value: number, min: number, max: number) => Math.max(min, Math.min(value, max))

/** Fits a size into a display (never below the minimum size) and keeps it wholly on that display. */
function fitInto(display: Rectangle, size: Rectangle): Rectangle {
  const width = Math.round(Math.max(minWindowSize.width, Math.min(size.width, display.width)))
  const height = Math.round(Math.max(minWindowSize.height, Math.min(size.height, display.height)))
  return {
    x: Math.round(clamp(size.x, display.x, display.x + display.width - width)),
    y: Math.round(clamp(size.y, display.y, display.y + display.height - height)),
    width,
    height,
  }
}

/**
 * Where to open the window: the saved bounds if they are readable, moved onto the display they
 * overlap most (a monitor may have been unplugged since), else the default size centred on the
 * first display. Pure, so it is tested without Electron.
 */
export function restoreBounds(
  saved: unknown,
  displays: readonly Rectangle[],
  defaults: { width: number; height: number },
): WindowBounds {
  const first = displays[0]
  const parsed = savedBoundsSchema.safeParse(saved)
  if (!first) return { x: 0, y: 0, ...defaults, isMaximized: parsed.success && parsed.data.isMaximized }
  if (!parsed.success) {
    const centred = {
      x: first.x + (first.width - defaults.width) / 2,
      y: first.y + (first.height - defaults.height) / 2,
      ...defaults,
    }
    return { ...fitInto(first, centred), isMaximized: false }
  }
  const { isMaximized, ...bounds } = parsed.data
  let best = first
  for (const display of displays) {
    if (overlapArea(display, bounds) > overlapArea(best, bounds)) best = display
  }
  return { ...fitInto(best, bounds), isMaximized }
}
