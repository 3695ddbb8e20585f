import { describe, expect, it } from 'vitest';
import { resolveDatabasePath, samplesDirectory } from '../../../src-main/app/paths.ts';

const USER = '/home/anna/.config/Annotator';

describe('resolveDatabasePath', () => {
  it('defaults to the user-data folder', () => {
    expect(resolveDatabasePath(['electron', '.'], {}, USER, '/work')).toEqual({
      path: '/home/anna/.config/Annotator/annotator.db',
      from: 'default',
    });
  });

  it('takes ANNOTATOR_DB, relative to the working folder', () => {
    expect(resolveDatabasePath([], { ANNOTATOR_DB: 'data/c.db' }, USER, '/work')).toEqual({
      path: '/work/data/c.db',
      from: 'environment',
    });
    expect(resolveDatabasePath([], { ANNOTATOR_DB: '  ' }, USER, '/work').from).toBe('default');
  });

  it('lets --db PATH and --db=PATH win over the variable', () => {
    const env = { ANNOTATOR_DB: '/env.db' };
    expect(resolveDatabasePath(['app', '--db', '/x.db'], env, USER, '/w')).toEqual({
      path: '/x.db',
      from: 'argument',
    });
    expect(resolveDatabasePath(['app', '--db=y.db'], env, USER, '/w')).toEqual({
      path: '/w/y.db',
      from: 'argument',
    });
    // A flag is not a path.
    expect(resolveDatabasePath(['app', '--db', '--inspect'], env, USER, '/w').from).toBe('environment');
  });
});

describe('samplesDirectory', () => {
  it('uses the packaged resources folder, else the checkout next to out/', () => {
    expect(
      samplesDirectory({
        isPackaged: true,
        resourcesPath: '/opt/Annotator/resources',
        mainBundleDir: '/x',
      }),
    ).toBe('/opt/Annotator/resources/samples');
    expect(
      samplesDirectory({ isPackaged: false, resourcesPath: '/r', mainBundleDir: '/work/main/out/main' }),
    ).toBe('/work/main/resources/samples');
  });
});
