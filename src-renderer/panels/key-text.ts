const MAC = navigator.platform.startsWith('Mac');

/** An Electron accelerator as the app writes keys: `CmdOrCtrl+Shift+O` → `Ctrl + Shift + O`. */
export const keyText = (accelerator: string): string =>
  accelerator
    .replace('CmdOrCtrl', MAC ? '⌘' : 'Ctrl')
    .split('+')
    .join(' + ');
