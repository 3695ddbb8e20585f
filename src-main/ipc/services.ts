import type { Db } from '../db/connection.ts';
import type { EventName, Events } from './contract.ts';
import type { SettingsStore } from '../settings/settings.ts';
import type { PasswordStore } from '../settings/passwords.ts';

/** What a picker's files are: they set its title and file types (a corpus when not said). */
export type FileKind = 'corpus' | 'scheme';

/** Native file pickers. They live in the shell; tests pass their own. */
export interface Dialogs {
  /** Files to import: any number of a corpus's, one scheme file. */
  pickImportFiles(kind?: FileKind): Promise<string[] | null>;
  pickImportFolder(): Promise<string | null>;
  /**
   * A path the user chose in a save dialog; the renderer never supplies one.
   * `type` names the file type offered (another tool's format) when it is not the kind's own.
   */
  pickExportPath(
    defaultName: string,
    kind?: FileKind,
    type?: { name: string; extensions: string[] },
  ): Promise<string | null>;
}

/** Everything the handlers need from the outside world, injected so they run under Node alone. */
export interface Services {
  db: Db;
  /** The user's settings: the annotator's name, recorded on every annotation this user creates. */
  settings: SettingsStore;
  /** The team server's password: sealed by the OS keychain, or kept for this session only. */
  passwords: PasswordStore;
  /** Folder of the bundled sample articles. */
  samplesDir: string;
  dialogs: Dialogs;
  emit<E extends EventName>(event: E, payload: Events[E]): void;
}
