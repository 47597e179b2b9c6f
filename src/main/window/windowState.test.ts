import { describe, expect, it } from 'vitest'
import { minWindowSize, restoreBounds } from './windowState'

const laptop = { x: 0, y: 0, width: 1440, height: 875 }
const monitorOnTheRight = { x: 1440, y: 0, width: 2560, height: 1415 }
const defaults = { width: 1280, height: 800 }

describe('restoreBounds', () => {
  it('keeps saved bounds that are on a display', () => {
    const saved = { x: 1600, y: 100, width: 1600, height: 1000, isMaximized: false }
    expect(restoreBounds(saved, [laptop, monitorOnTheRight], defaults)).toEqual(saved)
  })

  it('keeps the maximized flag', () => {
    const saved = { x: 10, y: 10, width: 1000, height: 700, isMaximized: true }
    expect(restoreBounds(saved, [laptop], defaults).isMaximized).toBe(true)
  })

  it('centres the default size on the first display when nothing was saved', () => {
    expect(restoreBounds(undefined, [laptop, monitorOnTheRight], defaults)).toEqual({
      x: 80,
      y: 38,
      width: 1280,
      height: 800,
      isMaximized: false,
    })
  })

  it.each([
    ['a string', 'big'],
    ['a missing field', { x: 0, y: 0, width: 1000 }],
    ['a negative size', { x: 0, y: 0, width: -5, height: 700 }],
    ['not a number', { x: Number.NaN, y: 0, width: 1000, height: 700 }],
    ['null', null],
  ])('falls back to the defaults on %s', (_what, saved) => {
    expect(restoreBounds(saved, [laptop], defaults)).toEqual(restoreBounds(undefined, [laptop], defaults))
  })

  it('brings back a window left on a monitor that was unplugged', () => {
    const saved = { x: 2000, y: 200, width: 1200, height: 800, isMaximized: false }
    const restored = restoreBounds(saved, [laptop], defaults)
    expect(restored).toEqual({ x: 240, y: 75, width: 1200, height: 800, isMaximized: false })
  })

  it('moves a window straddling two displays onto the one it overlaps most', () => {
    const saved = { x: 1200, y: 50, width: 1400, height: 900, isMaximized: false }
    expect(restoreBounds(saved, [laptop, monitorOnTheRight], defaults)).toEqual({
      x: 1440,
      y: 50,
      width: 1400,
      height: 900,
      isMaximized: false,
    })
  })

  it('shrinks a window larger than its display, but not below the minimum size', () => {
    const tooBig = { x: -100, y: -100, width: 5000, height: 3000, isMaximized: false }
    expect(restoreBounds(tooBig, [laptop], defaults)).toEqual({ ...laptop, isMaximized: false })
    const tooSmall = { x: 100, y: 100, width: 200, height: 100, isMaximized: false }
    const restored = restoreBounds(tooSmall, [laptop], defaults)
    expect(restored.width).toBe(minWindowSize.width)
    expect(restored.height).toBe(minWindowSize.height)
  })

  it('copes with a display placed left of or above the primary one', () => {
    const left = { x: -1920, y: -200, width: 1920, height: 1080 }
    const saved = { x: -1800, y: -150, width: 1000, height: 700, isMaximized: false }
    expect(restoreBounds(saved, [laptop, left], defaults)).toEqual(saved)
  })

  it('rounds fractional bounds (Electron wants integers)', () => {
    const saved = { x: 10.4, y: 20.6, width: 1000.5, height: 700.2, isMaximized: false }
    expect(restoreBounds(saved, [laptop], defaults)).toEqual({
      x: 10,
      y: 21,
      width: 1001,
      height: 700,
      isMaximized: false,
    })
  })
})
