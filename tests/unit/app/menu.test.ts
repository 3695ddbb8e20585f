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
  it('has File, Edit, Suggestions, View and Help with the commands the app needs', () => {
    const { template, submenu } = menu(false);
    expect(template.map((m) => m.label)).toEqual(['File', 'Edit', 'Suggestions', 'View', 'Help']);
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
      undefined,
      'Find in Document',
      'Search the Corpus…',
      'Filter the Document List',
      undefined,
      'Annotation Scheme…',
      'Agreement…',
      'Annotator Name…',
      'Team Server…',
      'Sync Now',
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
    click('Edit', 'Annotation Scheme…');
    click('Edit', 'Agreement…');
    click('View', 'Toggle Dark Theme');
    click('Help', 'Keyboard Shortcuts');
    click('Edit', 'Annotator Name…');
    click('Edit', 'Team Server…');
    click('Edit', 'Sync Now');
    click('View', 'Show or Hide Other Layers (O)');
    click('View', 'Curate This Document (G)');
    expect(sent).toEqual([
      'import-files',
      'import-folder',
      'export',
      'undo',
      'redo',
      'scheme',
      'agreement',
      'toggle-theme',
      'shortcuts',
      'annotator-name',
      'team-settings',
      'sync-now',
      'toggle-layers',
      'curate',
    ]);
  });

  it('gives the commands their usual shortcuts', () => {
    const accelerators = (platform: NodeJS.Platform) => {
      const { submenu } = menu(false, platform);
      return Object.fromEntries(
        ['File', 'Edit', 'View', 'Help'].flatMap((top) =>
          submenu(top)
            .filter((i) => i.label && i.accelerator)
            .map((i) => [i.label, i.accelerator]),
        ),
      );
    };
    expect(accelerators('linux')).toEqual({
      'Import Files…': 'CmdOrCtrl+O',
      'Import Folder…': 'CmdOrCtrl+Shift+O',
      'Export Corpus…': 'CmdOrCtrl+E',
      Undo: 'CmdOrCtrl+Z',
      Redo: 'CmdOrCtrl+Y',
      'Find in Document': 'CmdOrCtrl+F',
      'Search the Corpus…': 'CmdOrCtrl+Shift+F',
      'Filter the Document List': 'CmdOrCtrl+L',
      'Annotation Scheme…': 'CmdOrCtrl+Shift+L',
      'Agreement…': 'CmdOrCtrl+Shift+G',
      'Annotator Name…': 'CmdOrCtrl+Shift+N',
      'Sync Now': 'CmdOrCtrl+Shift+Y',
      'Toggle Dark Theme': 'CmdOrCtrl+Shift+D',
      'Keyboard Shortcuts': 'CmdOrCtrl+/',
    });
    // Each platform's habit: Ctrl+Y elsewhere, ⌘+Shift+Z on a Mac (the window takes both everywhere).
    expect(accelerators('darwin').Redo).toBe('CmdOrCtrl+Shift+Z');
    // Bare printable keys would be taken from every text field in the page.
    for (const accelerator of Object.values(accelerators('linux'))) {
      expect(accelerator).toMatch(/^(CmdOrCtrl|Ctrl|Cmd)\+/);
    }
  });

  it('has the find commands in the Edit menu, bound to their keys, each sent to the window', () => {
    const { submenu, click, sent } = menu(false);
    const labels = ['Find in Document', 'Search the Corpus…', 'Filter the Document List'];
    const find = submenu('Edit').filter((i) => labels.includes(i.label ?? ''));
    expect(find.map((i) => [i.label, i.accelerator, i.registerAccelerator])).toEqual([
      ['Find in Document', 'CmdOrCtrl+F', undefined],
      ['Search the Corpus…', 'CmdOrCtrl+Shift+F', undefined],
      ['Filter the Document List', 'CmdOrCtrl+L', undefined],
    ]);
    for (const item of find) click('Edit', item.label ?? '');
    expect(sent).toEqual(['find', 'find-corpus', 'filter-documents']);
  });

  it('lists the suggestion commands with the keys the window reads, binding none of them', () => {
    const { submenu, click, sent } = menu(false);
    const items = submenu('Suggestions').filter((i) => i.label);
    expect(items.map((i) => [i.label, i.accelerator])).toEqual([
      ['Next Suggestion', 'N'],
      ['Previous Suggestion', 'Shift+N'],
      ['Accept Suggestion', 'Enter'],
      ['Reject Suggestion', 'X'],
      ['Accept All of a Label…', 'Shift+A'],
      ['Annotate All Mentions', 'M'],
    ]);
    // Bound, a bare letter would be taken from every text field in the page.
    expect(items.every((i) => i.registerAccelerator === false)).toBe(true);
    for (const item of items) click('Suggestions', item.label ?? '');
    expect(sent).toEqual([
      'suggestion-next',
      'suggestion-previous',
      'suggestion-accept',
      'suggestion-reject',
      'suggestions-accept-all',
      'mentions',
    ]);
  });

  it('keeps the zoom roles in every build', () => {
    expect(
      menu(false)
        .submenu('View')
        .map((i) => i.role),
    ).toEqual(expect.arrayContaining(['resetZoom', 'zoomIn', 'zoomOut']));
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

  it('uses an app menu on macOS, with About and Quit in it', () => {
    const { template, submenu, click, sent } = menu(false, 'darwin');
    expect(template.map((m) => m.label)).toEqual([
      'Annotator',
      'File',
      'Edit',
      'Suggestions',
      'View',
      'Help',
    ]);
    expect(submenu('Annotator').map((i) => i.role)).toContain('quit');
    expect(submenu('File').map((i) => i.role)).toContain('close');
    expect(submenu('Help').map((i) => i.label)).toEqual(['Keyboard Shortcuts']);
    click('Annotator', 'About Annotator');
    expect(sent).toEqual(['about']);
  });

  it('sends About from the Help menu elsewhere', () => {
    const { click, sent } = menu(false, 'win32');
    click('Help', 'About Annotator');
    expect(sent).toEqual(['about']);
  });
});
