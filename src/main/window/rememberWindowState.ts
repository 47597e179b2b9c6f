import { screen, type BrowserWindow } from 'electron'
import type { KeyValueStore } from '../services/KeyValueStore'
import { restoreBounds, WINDOW_STATE_KEY, type WindowBounds } from './windowState'

const KEY = WINDOW_STATE_KEY
const defaultSize = { width: 1280, height: 840 }
/** Moving or resizing fires dozens of events a second; write once it settles. */
const SAVE_DELAY_MS = 500

/** Where to open the window: last time's place, kept on a display that still exists. */
export function loadWindowBounds(store: KeyValueStore): WindowBounds {
  const displays = screen.getAllDisplays().map((display) => display.workArea)
  return restoreBounds(store.get(KEY), displays, defaultSize)
}

/** Saves the window's place and size as the user changes them, and once more as it closes. */
export function rememberWindowState(window: BrowserWindow, store: KeyValueStore): void {
  let timer: ReturnType<typeof setTimeout> | undefined
  const save = () => {
    if (window.isDestroyed()) return
    const isMaximized = window.isMaximized()
    // When maximized or full screen, remember the size to come back to, not the screen's.
    const bounds = isMaximized || window.isFullScreen() ? window.getNormalBounds() : window.getBounds()
    const state: WindowBounds = { ...bounds, isMaximized }
    store.set(KEY, state)
  }
  const saveSoon = () => {
    clearTimeout(timer)
    timer = setTimeout(save, SAVE_DELAY_MS)
  }
  window.on('resize', saveSoon)
  window.on('move', saveSoon)
  window.on('maximize', saveSoon)
  window.on('unmaximize', saveSoon)
  window.on('close', () => {
    clearTimeout(timer)
    save()
  })
}
