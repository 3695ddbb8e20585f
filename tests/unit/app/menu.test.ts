import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { buildMenuTemplate } from '../../../src-main/app/menu.ts';
import type { MenuCommand } from '../../../src-main/ipc/contract.ts';

function menu(isDev: boolean, platform: NodeJS.Platform = 'linux') {
  const sent: MenuCommand[] = [];
  const template = buildMenuTemplate({ appName: 'Annotator', isDev, platform, send: (c) => sent.push(c) });
  const submenu = (label: string) => {
    const top = template.find((m) => m.label === label);
    return (Array.isArray(top?.submenu) ? top.submenu : []) as MenuItemConstructorOptions[];
  };
  const click = (label: string, item: string) => {
    const found = submenu(label).find((i) => i.label === item);
    if (!found?.click) throw new Error(`no clickable ${label} › ${item}`);
    (found.click as () => void)();
  };
  return { template, submenu, click, sent };
}

describe('application menu', () => {
  it('has File, Edit, View and Help with the commands the app needs', () => {
    const { template, submenu } = menu(false);
    expect(template.map((m) => m.label)).toEqual(['File', 'Edit', 'View', 'Help']);
    expect(submenu('File').map((i) => i.label ?? i.role)).toEqual([
      'Import Files…',
      'Import Folder…',
      'Export Corpus…',
      undefined,
      'quit',
    ]);
    expect(submenu('Edit').map((i) => i.label ?? i.role)).toEqual([
      'Undo',
      'Redo',
      undefined,
      'cut',
      'copy',
      'paste',
      'selectAll',
    ]);
    expect(submenu('Help').map((i) => i.label)).toEqual(['Keyboard Shortcuts', 'About Annotator']);
  });

  it('sends its commands to the renderer, undo and redo included', () => {
    const { click, sent } = menu(false);
    click('File', 'Import Files…');
    click('File', 'Import Folder…');
    click('File', 'Export Corpus…');
    click('Edit', 'Undo');
    click('Edit', 'Redo');
    click('View', 'Toggle Dark Theme');
    click('Help', 'Keyboard Shortcuts');
    expect(sent).toEqual([
      'import-files',
      'import-folder',
      'export',
      'undo',
      'redo',
      'toggle-theme',
      'shortcuts',
    ]);
  });

  it('offers reload and developer tools only in development', () => {
    const roles = (isDev: boolean) =>
      menu(isDev)
        .submenu('View')
        .map((i) => i.role);
    expect(roles(false)).not.toContain('reload');
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(true)).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
  });

  it('uses an app menu on macOS', () => {
    const { template } = menu(false, 'darwin');
    expect(template.map((m) => m.label)).toEqual(['Annotator', 'File', 'Edit', 'View', 'Help']);
  });
});
