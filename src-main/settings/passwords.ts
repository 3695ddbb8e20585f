/**
 * Where the team server's password is kept. Never as plain text on disk:
 * encrypted by the operating system's keychain (Electron's safeStorage, in
 * the shell: app/safe-storage.ts) when the user asks to remember it and the
 * keychain can encrypt; otherwise in this process's memory only, for this
 * session, and asked again at the next start. The renderer never gets a
 * password back: only whether one is kept (`kept`).
 */

/** A reversible encryption the shell provides (the OS keychain); tests pass their own. */
export interface Cipher {
  /** Whether encryption is really available (safeStorage.isEncryptionAvailable()). */
  canEncrypt(): Promise<boolean>;
  /** The sealed text, base64. */
  encrypt(plain: string): Promise<string>;
  decrypt(sealed: string): Promise<string>;
}

/** Where a sealed password is kept between sessions (settings.json's team part). */
export interface SealedSlot {
  read(): string | null;
  write(sealed: string | null): void;
}

/** How the password is kept now: across sessions (sealed), for this session, or not at all. */
export type PasswordKept = 'remembered' | 'session' | 'none';

export interface PasswordStore {
  /** Whether a password can be remembered across sessions: only when it can be encrypted. */
  canRemember(): Promise<boolean>;
  get(): Promise<string | null>;
  /** Keeps `password` for this session, and sealed on disk when `remember` and the store can. */
  put(password: string, remember: boolean): Promise<PasswordKept>;
  forget(): Promise<void>;
  kept(): Promise<PasswordKept>;
}

/** The store where nothing can be encrypted: memory only, asked again each session. */
export function sessionPasswords(): PasswordStore {
  let password: string | null = null;
  return {
    canRemember: async () => false,
    get: async () => password,
    put: async (next) => {
      password = next;
      return 'session';
    },
    forget: async () => {
      password = null;
    },
    kept: async () => (password === null ? 'none' : 'session'),
  };
}

/**
 * The store with a keychain: remembered passwords are sealed into `slot`;
 * while the keychain cannot encrypt (Linux without a secret service) it
 * behaves as the session store. A sealed password that no longer opens
 * (another user's keychain, a reset one) is dropped and asked for again.
 */
export function keychainPasswords(cipher: Cipher, slot: SealedSlot): PasswordStore {
  const session = sessionPasswords();
  return {
    canRemember: () => cipher.canEncrypt(),
    get: async () => {
      const inMemory = await session.get();
      if (inMemory !== null) return inMemory;
      const sealed = slot.read();
      if (sealed === null || !(await cipher.canEncrypt())) return null;
      try {
        const password = await cipher.decrypt(sealed);
        await session.put(password, false);
        return password;
      } catch {
        slot.write(null);
        return null;
      }
    },
    put: async (password, remember) => {
      await session.put(password, false);
      if (remember && (await cipher.canEncrypt())) {
        slot.write(await cipher.encrypt(password));
        return 'remembered';
      }
      slot.write(null);
      return 'session';
    },
    forget: async () => {
      await session.forget();
      slot.write(null);
    },
    kept: async () => (slot.read() !== null ? 'remembered' : session.kept()),
  };
}
