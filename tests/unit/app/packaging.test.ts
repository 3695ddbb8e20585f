import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..', '..');

interface BuilderConfig {
  appId: string;
  productName: string;
  files: string[];
  asarUnpack: string[];
  extraResources: { from: string; to: string }[];
  electronFuses: Record<string, boolean>;
  linux: { target: string[]; icon: string };
  win: { target: string[] };
  mac: { target: string[] };
}

const config = load(readFileSync(join(ROOT, 'electron-builder.yml'), 'utf8')) as BuilderConfig;
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  scripts: Record<string, string>;
  main: string;
  bin: Record<string, string>;
};

/** electron-builder's own loader and schema check, as `electron-builder` itself runs them. */
interface BuilderConfigModule {
  getConfig(projectDir: string, configPath: string | null, fromOptions: null): Promise<unknown>;
  validateConfiguration(config: unknown, logger: unknown): Promise<void>;
}
const requireHere = createRequire(import.meta.url);
const builderConfig = requireHere(
  join(ROOT, 'node_modules', 'app-builder-lib', 'out', 'util', 'config', 'config.js'),
) as BuilderConfigModule;
const { DebugLogger } = requireHere(join(ROOT, 'node_modules', 'builder-util')) as {
  DebugLogger: new (enabled: boolean) => unknown;
};

describe('packaged app configuration', () => {
  it('is what electron-builder loads, and passes its schema', async () => {
    const loaded = await builderConfig.getConfig(ROOT, null, null);
    await builderConfig.validateConfiguration(loaded, new DebugLogger(false));
    expect(loaded).toMatchObject({ appId: config.appId, electronFuses: config.electronFuses });
    // The config lives in electron-builder.yml only, never in package.json's "build" key.
    expect(pkg).not.toHaveProperty('build');
  });

  it('is rejected by that schema when a key is wrong, so the check above has teeth', async () => {
    const wrong = { ...config, linux: { ...config.linux, tagret: ['AppImage'] } };
    await expect(builderConfig.validateConfiguration(wrong, new DebugLogger(false))).rejects.toThrow(
      /configuration/,
    );
  });

  it('builds AppImage and .deb, NSIS and dmg', () => {
    expect(config.appId).toBe('nl.annotator.desktop');
    expect(config.productName).toBe('Dutch News Annotator');
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.win.target).toEqual(['nsis']);
    expect(config.mac.target).toEqual(['dmg']);
    expect(pkg.scripts.dist).toBe('electron-vite build && electron-builder');
    expect(pkg.scripts['dist:linux']).toMatch(/--linux AppImage deb/);
    expect(pkg.scripts['dist:win']).toMatch(/--win nsis/);
    expect(pkg.scripts['dist:mac']).toMatch(/--mac dmg/);
  });

  it('flips the fuses that turn the binary into a general Node runtime off', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      enableCookieEncryption: true,
    });
  });

  it('unpacks the SQLite addon from the asar and ships the sample articles and schemes', () => {
    expect(config.asarUnpack).toContain('**/node_modules/better-sqlite3/**');
    expect(config.extraResources).toContainEqual(
      expect.objectContaining({ from: 'resources/samples', to: 'samples' }),
    );
    expect(config.extraResources).toContainEqual({
      from: 'resources/schemes',
      to: 'schemes',
      filter: ['*.json'],
    });
    expect(config.files).toContain('out/**');
    expect(pkg.main).toBe('out/main/index.js');
    expect(pkg.bin.annotator).toBe('out/main/cli.js');
  });

  it('has a 512 px icon', () => {
    const png = readFileSync(join(ROOT, config.linux.icon));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.readUInt32BE(16)).toBeGreaterThanOrEqual(512);
    expect(png.readUInt32BE(20)).toBeGreaterThanOrEqual(512);
  });
});
