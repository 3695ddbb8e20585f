import { describe, expect, it } from 'vitest';
import { mainWindowOptions } from '../../../src-main/app/window-options.ts';

describe('main window options', () => {
  const bounds = { x: 10, y: 20, width: 1200, height: 800 };

  it('passes the remembered bounds and the hardened web preferences to BrowserWindow', () => {
    const options = mainWindowOptions({ bounds, preloadPath: '/app/out/preload/index.cjs' });
    expect(options).toMatchObject({ ...bounds, minWidth: 720, minHeight: 480, show: false });
    expect(options.webPreferences).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
    expect(options).not.toHaveProperty('icon');
  });

  it('sets an icon only when one is given', () => {
    expect(mainWindowOptions({ bounds, preloadPath: '/p', iconPath: '/i.png' }).icon).toBe('/i.png');
  });
});
