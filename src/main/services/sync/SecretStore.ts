/**
 * Where secrets (CMS Application Passwords) are sealed before they touch the disk. Electron's
 * safeStorage (the OS keychain) in the app: src/main/window/electronSecretStore.ts. There is no
 * keychain in tests: e2e/fixtures/secretStoreDouble.ts stands in for it.
 */
export interface SecretStore {
  /** False where no OS keychain protects secrets: then nothing secret may be stored. */
  isAvailable(): boolean
  encrypt(plain: string): Uint8Array
  decrypt(sealed: Uint8Array): string
}
