import { safeStorage } from 'electron'
import type { SecretStore } from '../services/sync/SecretStore'

/**
 * The OS keychain through Electron's safeStorage. On Linux without a keyring, safeStorage falls back
 * to a fixed key ('basic_text'), which is plaintext in all but name: treated as unavailable.
 */
export const electronSecretStore: SecretStore = {
  isAvailable: () =>
    safeStorage.isEncryptionAvailable() &&
    !(process.platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text'),
  encrypt: (plain) => safeStorage.encryptString(plain),
  decrypt: (sealed) => safeStorage.decryptString(Buffer.from(sealed)),
}
