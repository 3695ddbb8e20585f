import { safeStorage } from 'electron';
import type { Cipher } from '../settings/passwords.ts';

/**
 * The OS keychain through Electron's safeStorage (Keychain, DPAPI,
 * libsecret/kwallet). On Linux without a secret service safeStorage falls
 * back to a hard-coded key ('basic_text'): that is no protection, so it
 * counts as unavailable and the password is asked for each session.
 */
export const safeStorageCipher: Cipher = {
  canEncrypt: async () =>
    safeStorage.isEncryptionAvailable() &&
    (process.platform !== 'linux' || safeStorage.getSelectedStorageBackend() !== 'basic_text'),
  encrypt: async (plain) => safeStorage.encryptString(plain).toString('base64'),
  decrypt: async (sealed) => safeStorage.decryptString(Buffer.from(sealed, 'base64')),
};
