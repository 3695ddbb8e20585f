import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listPackage } from '@electron/asar';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtApp } from '../../helpers/built-app.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const work = mkdtempSync(join(tmpdir(), 'annotator-pack-'));
const app = join(work, 'dist', 'linux-unpacked');

/**
 * A stand-in for an unpacked Electron: an executable holding the fuse wire
 * (sentinel, wire version 1, eight fuses at Electron's defaults), so that
 * electron-builder's real packaging and fuse flipping run without the
 * binary, which cannot be downloaded here.
 */
function fakeElectronDist(dir: string): void {
  mkdirSync(join(dir, 'resources'), { recursive: true });
  const wire = Buffer.concat([Buffer.from(SENTINEL), Buffer.from([1, 8]), Buffer.from('10011001')]);
  writeFileSync(join(dir, 'electron'), Buffer.concat([Buffer.from('#!/bin/sh\n'), wire]));
  chmodSync(join(dir, 'electron'), 0o755);
  writeFileSync(join(dir, 'version'), '45.4.1');
  writeFileSync(join(dir, 'LICENSE'), '');
}

describe('electron-builder --linux dir with a stand-in Electron', () => {
  beforeAll(() => {
    // electron-builder packs the repository's out/, the build `npm test` made before the tests.
    builtApp();
    const electronDist = join(work, 'electron');
    fakeElectronDist(electronDist);
    execFileSync(
      process.execPath,
      [
        join(ROOT, 'node_modules', 'electron-builder', 'cli.js'),
        '--linux',
        'dir',
        '--x64',
        '--publish',
        'never',
        `-c.electronDist=${electronDist}`,
        `-c.directories.output=${join(work, 'dist')}`,
      ],
      { cwd: ROOT, stdio: 'pipe', env: { ...process.env, CSC_IDENTITY_AUTO_DISCOVERY: 'false' } },
    );
  }, 180_000);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('flips the fuses in the packaged executable', async () => {
    const wire = await getCurrentFuseWire(join(app, 'dutch-news-annotator'));
    const fuse = (option: FuseV1Options) => String.fromCharCode(Number(wire[option]));
    expect(fuse(FuseV1Options.RunAsNode)).toBe('0');
    expect(fuse(FuseV1Options.EnableNodeOptionsEnvironmentVariable)).toBe('0');
    expect(fuse(FuseV1Options.EnableNodeCliInspectArguments)).toBe('0');
    expect(fuse(FuseV1Options.OnlyLoadAppFromAsar)).toBe('1');
    expect(fuse(FuseV1Options.EnableEmbeddedAsarIntegrityValidation)).toBe('1');
    expect(fuse(FuseV1Options.EnableCookieEncryption)).toBe('1');
  });

  it('packs the app into app.asar with the SQLite addon unpacked beside it', () => {
    const entries = listPackage(join(app, 'resources', 'app.asar'), { isPack: false });
    expect(entries).toContain('/package.json');
    expect(entries).toContain('/out/main/index.js');
    // The database thread, without which the app cannot start.
    expect(entries).toContain('/out/main/db-worker.js');
    // The import's and the export's worker threads; without them both run on the main thread.
    expect(entries).toContain('/out/main/jsonl-worker.js');
    expect(entries).toContain('/out/main/export-worker.js');
    expect(entries).toContain('/out/preload/index.cjs');
    expect(entries).toContain('/node_modules/better-sqlite3/lib/index.js');
    expect(entries.some((e) => e.startsWith('/node_modules/better-sqlite3/deps/'))).toBe(false);
    expect(entries.some((e) => e.startsWith('/src-main/') || e.startsWith('/tests/'))).toBe(false);
    const addon = join(app, 'resources', 'app.asar.unpacked', 'node_modules', 'better-sqlite3', 'prebuilds');
    expect(existsSync(join(addon, 'linux-x64.node'))).toBe(true);
  });

  it('ships the sample articles as extra resources', () => {
    const samples = readdirSync(join(app, 'resources', 'samples'));
    expect(samples.filter((f) => f.endsWith('.txt'))).toHaveLength(5);
  });
});
