import type { BrowserWindowConstructorOptions } from 'electron';
import { webPreferences } from './security.ts';
import { MIN_SIZE, type Bounds } from './window-state.ts';

export interface MainWindowSettings {
  bounds: Bounds;
  preloadPath: string;
  iconPath?: string | undefined;
}

/**
 * The object handed to `new BrowserWindow`, as data so the tests can see
 * exactly what the window gets. Hidden until its first paint, so the user
 * never sees an empty white frame.
 */
export function mainWindowOptions(settings: MainWindowSettings): BrowserWindowConstructorOptions {
  return {
    ...settings.bounds,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    show: false,
    title: 'Dutch News Annotator',
    backgroundColor: '#1e1f22',
    ...(settings.iconPath ? { icon: settings.iconPath } : {}),
    webPreferences: webPreferences(settings.preloadPath),
  };
}
