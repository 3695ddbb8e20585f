import type { MenuCommand } from '../../src-main/ipc/contract.ts';
import { commandKeys, keysText, KEYS, type KeyId } from '../../src-main/ipc/keys.ts';

export const MAC = navigator.platform.startsWith('Mac');

/** An Electron accelerator as the app writes keys: `CmdOrCtrl+Shift+O` → `Ctrl + Shift + O`. */
export const keyText = (accelerator: string): string => keysText([accelerator], MAC);

/** The keys of row `id` of the key table, as the window writes them: `N / Shift + N`. */
export const rowKeyText = (id: KeyId): string => keysText(KEYS[id].keys, MAC);

/** The keys of a menu command, as the window writes them: `Enter / A`. */
export const commandKeyText = (command: MenuCommand): string => keysText(commandKeys(command), MAC);
