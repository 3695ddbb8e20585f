/**
 * The team server's password store: sealed by a keychain when the user asks
 * to remember it (the app's is Electron's safeStorage; here a real AES-GCM
 * cipher with a key of the test's own stands in for the OS keychain), else
 * kept for the session only. Read through the app's own path (app-sync.ts
 * configure) on real files: the settings file's bytes never hold the password.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src-main/db/connection.ts';
import {
  keychainPasswords,
  sessionPasswords,
  type Cipher,
  type PasswordStore,
} from '../../../src-main/settings/passwords.ts';
import { openSettings } from '../../../src-main/settings/settings.ts';
import { appSync, sealedSlot } from '../../../src-main/sync/app-sync.ts';
import { tempDir } from '../../helpers/tmp.ts';

const PASSWORD = 'Zeer-geheim-wachtwoord-42';
const SERVER = 'postgres://127.0.0.1:1/team?sslmode=require';

/** A keychain: AES-256-GCM under a key only it holds. */
function keychain(key = randomBytes(32), available = true): Cipher {
  return {
    canEncrypt: async () => available,
    encrypt: async (plain) => {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64');
    },
    decrypt: async (sealed) => {
      const raw = Buffer.from(sealed, 'base64');
      const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12));
      decipher.setAuthTag(raw.subarray(12, 28));
      return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
    },
  };
}

/** One run of the app: its settings file and database, and a password store made from them. */
function session(dir: string, store: (slot: ReturnType<typeof sealedSlot>) => PasswordStore) {
  const settings = openSettings(join(dir, 'settings.json'), 'tester');
  const passwords = store(sealedSlot(settings));
  const db = openDatabase(join(dir, 'corpus.db'));
  return { team: appSync(db, settings, passwords, (check) => check()), passwords, db };
}

/** Every byte the app keeps on disk: the settings file and the database. */
const bytesOnDisk = (dir: string): Buffer =>
  Buffer.concat(
    ['settings.json', 'corpus.db', 'corpus.db-wal'].flatMap((f) => {
      try {
        return [readFileSync(join(dir, f))];
      } catch {
        return [];
      }
    }),
  );

const holds = (bytes: Buffer, secret: string) =>
  bytes.includes(Buffer.from(secret, 'utf8')) || bytes.includes(Buffer.from(secret, 'utf16le'));

describe('the keychain password store', () => {
  it('remembers a password across sessions, sealed: never in plain text on disk', async () => {
    const dir = tempDir();
    const key = randomBytes(32);
    const first = session(dir, (slot) => keychainPasswords(keychain(key), slot));
    const view = await first.team.configure({
      server: SERVER,
      user: 'anna',
      password: PASSWORD,
      remember: true,
      every: 60,
    });
    expect(view).toEqual({
      server: SERVER,
      user: 'anna',
      every: 60,
      password: 'remembered',
      canRemember: true,
    });
    // What the window gets back never holds the password.
    expect(JSON.stringify(view)).not.toContain(PASSWORD);
    first.db.close();
    const bytes = bytesOnDisk(dir);
    expect(holds(bytes, PASSWORD)).toBe(false);
    expect(holds(bytes, Buffer.from(PASSWORD).toString('base64'))).toBe(false);
    const file = JSON.parse(readFileSync(join(dir, 'settings.json'), 'utf8')) as {
      team: Record<string, unknown>;
    };
    expect(file.team).toMatchObject({ server: SERVER, user: 'anna', every: 60 });
    expect(typeof file.team['sealed']).toBe('string');

    // The next start: the same keychain opens it; no question asked.
    const second = session(dir, (slot) => keychainPasswords(keychain(key), slot));
    expect(await second.passwords.get()).toBe(PASSWORD);
    expect((await second.team.status()).needsPassword).toBe(false);
    second.db.close();
  });

  it('drops a sealed password another keychain cannot open, and asks again', async () => {
    const dir = tempDir();
    const first = session(dir, (slot) => keychainPasswords(keychain(), slot));
    await first.team.configure({
      server: SERVER,
      user: 'anna',
      password: PASSWORD,
      remember: true,
      every: 0,
    });
    first.db.close();
    const other = session(dir, (slot) => keychainPasswords(keychain(), slot));
    expect(await other.passwords.get()).toBeNull();
    expect((await other.team.status()).needsPassword).toBe(true);
    expect(await other.passwords.kept()).toBe('none');
    other.db.close();
  });

  it('keeps the password for the session only when not asked to remember it, or when it cannot encrypt', async () => {
    for (const [remember, available] of [
      [false, true],
      [true, false],
    ] as const) {
      const dir = tempDir();
      const key = randomBytes(32);
      const first = session(dir, (slot) => keychainPasswords(keychain(key, available), slot));
      const view = await first.team.configure({
        server: SERVER,
        user: 'anna',
        password: PASSWORD,
        remember,
        every: 60,
      });
      expect(view.password).toBe('session');
      expect(view.canRemember).toBe(available);
      expect(await first.passwords.get()).toBe(PASSWORD);
      first.db.close();
      expect(holds(bytesOnDisk(dir), PASSWORD)).toBe(false);
      const next = session(dir, (slot) => keychainPasswords(keychain(key, available), slot));
      expect(await next.passwords.get()).toBeNull();
      next.db.close();
    }
  });
});

describe('the session password store (no keychain: asked each session)', () => {
  it('keeps the password in memory only, offers no "remember", and asks again at the next start', async () => {
    const dir = tempDir();
    const first = session(dir, () => sessionPasswords());
    // A password typed into the URL goes to the store too, not into the file.
    const view = await first.team.configure({
      server: `postgres://anna:${PASSWORD}@127.0.0.1:1/team?sslmode=require`,
      user: '',
      password: '',
      remember: true,
      every: 60,
    });
    expect(view).toMatchObject({ server: SERVER, user: 'anna', password: 'session', canRemember: false });
    expect(await first.team.status()).toMatchObject({
      server: 'anna@127.0.0.1:1/team',
      needsPassword: false,
      pending: 0,
    });
    first.db.close();
    expect(holds(bytesOnDisk(dir), PASSWORD)).toBe(false);

    const next = session(dir, () => sessionPasswords());
    expect(await next.team.status()).toMatchObject({ needsPassword: true });
    expect((await next.team.setting()).password).toBe('none');
    // A sync without a password says so, and leaves the work where it is.
    const outcome = await next.team.now();
    expect(outcome.synced).toBe(false);
    expect(outcome.status.problem?.kind).toBe('no-password');
    next.db.close();
  });

  it('refuses a URL that is no PostgreSQL server in one line', async () => {
    const dir = tempDir();
    const { team, db } = session(dir, () => sessionPasswords());
    await expect(
      team.configure({
        server: 'https://example.org/db',
        user: 'anna',
        password: 'x',
        remember: false,
        every: 0,
      }),
    ).rejects.toThrow(/is not postgres:/);
    db.close();
  });
});
