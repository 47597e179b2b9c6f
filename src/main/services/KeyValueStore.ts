/**
 * What settings need from a store. electron-store implements it in the app; `conf`, which
 * electron-store wraps, implements it in tests.
 */
export interface KeyValueStore {
  get(key: string): unknown
  set(key: string, value: unknown): void
}
