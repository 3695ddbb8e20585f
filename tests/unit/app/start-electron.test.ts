import { spawn } from 'node:child_process';
import { once } from 'node:events';
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// `npm start`, `npm run dev` and `npm run test:electron` as a user runs them, in a
// project laid out like this one (its package.json and build/ scripts) whose
// node_modules/electron is a stand-in: a shell script for the binary and an
// `install-electron` bin that records being run. Inside the repository, so the
// stand-ins find electron-vite and Electron's own download code in node_modules.
const ROOT = join(import.meta.dirname, '..', '..', '..');
const ELECTRON = join(ROOT, 'node_modules', 'electron');
const VERSION = (JSON.parse(readFileSync(join(ELECTRON, 'package.json'), 'utf8')) as { version: string })
  .version;
mkdirSync(join(ROOT, 'test-results'), { recursive: true });
const scratch = mkdtempSync(join(ROOT, 'test-results', 'start-electron-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const STAND_IN_BINARY = '#!/bin/sh\necho "stand-in Electron ran: $0 $*"\n';
const INSTALLERS = {
  // What Electron's installer leaves behind: the binary in dist/ and path.txt naming it.
  downloads: `const fs = require('fs');
const path = require('path');
fs.mkdirSync(path.join(__dirname, 'dist'), { recursive: true });
fs.writeFileSync(path.join(__dirname, 'dist', 'electron'), ${JSON.stringify(STAND_IN_BINARY)}, { mode: 0o755 });
fs.writeFileSync(path.join(__dirname, 'path.txt'), 'electron');`,
  // What it prints offline: the error's stack.
  fails: `process.stderr.write('TypeError: fetch failed\\n    at node:internal/deps/undici/undici:13502:13\\n');
process.exitCode = 1;`,
};

type Project = { dir: string; electron: string; installerRan: () => boolean };

let projects = 0;
function project(options: { installed?: boolean; installer?: keyof typeof INSTALLERS }): Project {
  const dir = join(scratch, `project-${++projects}`);
  const electron = join(dir, 'node_modules', 'electron');
  mkdirSync(join(dir, 'build'), { recursive: true });
  mkdirSync(electron, { recursive: true });
  copyFileSync(join(ROOT, 'package.json'), join(dir, 'package.json'));
  for (const file of readdirSync(join(ROOT, 'build')).filter((f) => f.endsWith('.mjs'))) {
    copyFileSync(join(ROOT, 'build', file), join(dir, 'build', file));
  }
  // The app entry electron-vite checks for before it starts Electron (nothing is built: --skipBuild).
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { main: string };
  mkdirSync(join(dir, pkg.main, '..'), { recursive: true });
  writeFileSync(join(dir, pkg.main), '');
  writeFileSync(
    join(electron, 'package.json'),
    JSON.stringify({ name: 'electron', version: VERSION, bin: { 'install-electron': 'install.js' } }),
  );
  const marker = join(electron, 'installer-ran');
  const installer = INSTALLERS[options.installer ?? 'fails'];
  writeFileSync(
    join(electron, 'install.js'),
    `require('fs').appendFileSync(${JSON.stringify(marker)}, 'ran\\n');\n${installer}\n`,
  );
  if (options.installed) standInBinary(join(electron, 'dist'), join(electron, 'path.txt'));
  return { dir, electron, installerRan: () => existsSync(marker) };
}

function standInBinary(folder: string, pathFile?: string): string {
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'electron'), STAND_IN_BINARY);
  chmodSync(join(folder, 'electron'), 0o755);
  if (pathFile) writeFileSync(pathFile, 'electron');
  return join(folder, 'electron');
}

type Run = { code: number | null; stdout: string; stderr: string };

// Asynchronous, so a test's own HTTP server can answer the process meanwhile.
async function run(cwd: string, args: string[], env: Record<string, string> = {}): Promise<Run> {
  // Only the Electron settings each test names; CI, for one, sets ELECTRON_SKIP_BINARY_DOWNLOAD.
  const inherited = Object.entries(process.env).filter(([name]) => !/^(npm_config_)?electron_/i.test(name));
  const child = spawn('npm', ['--silent', ...args], {
    cwd,
    env: { ...Object.fromEntries(inherited), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const [code] = (await once(child, 'close')) as [number | null];
  return { code, stdout, stderr };
}

const start = (p: Project, env?: Record<string, string>) => run(p.dir, ['start', '--', '--skipBuild'], env);

/** The single line a failed start prints, with what it must name. */
function expectOneLine(result: Run, ...mentions: string[]): void {
  expect(result.code).not.toBe(0);
  expect(result.stdout).not.toContain('stand-in Electron ran');
  const lines = result.stderr.trim().split('\n');
  expect(lines, result.stderr).toHaveLength(1);
  for (const mention of mentions) expect(lines[0]).toContain(mention);
  expect(result.stderr).not.toContain('Electron uninstall');
}

describe.skipIf(process.platform === 'win32')('npm start with a stand-in Electron', () => {
  it('starts the installed binary without downloading anything', async () => {
    const p = project({ installed: true });
    const result = await start(p);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain(`stand-in Electron ran: ${join(p.electron, 'dist', 'electron')} .`);
    expect(result.stdout).not.toContain('Downloading');
    expect(result.code).toBe(0);
    expect(p.installerRan()).toBe(false);
  });

  it("fetches a missing binary with Electron's own installer, then starts it", async () => {
    const p = project({ installer: 'downloads' });
    const result = await start(p);
    expect(p.installerRan()).toBe(true);
    expect(result.stdout).toContain(`Downloading Electron ${VERSION}'s binary`);
    expect(result.stdout).toContain(`stand-in Electron ran: ${join(p.electron, 'dist', 'electron')} .`);
    expect(result.code).toBe(0);
    // Fetched once: the next start finds it.
    const again = await start(p);
    expect(again.stdout).not.toContain('Downloading');
    expect(readFileSync(join(p.electron, 'installer-ran'), 'utf8')).toBe('ran\n');
  });

  it('starts the binary ELECTRON_OVERRIDE_DIST_PATH points at, and never downloads', async () => {
    const p = project({ installer: 'downloads' });
    const override = standInBinary(join(p.dir, 'unpacked-electron'));
    const result = await start(p, { ELECTRON_OVERRIDE_DIST_PATH: join(p.dir, 'unpacked-electron') });
    expect(result.stdout).toContain(`stand-in Electron ran: ${override} .`);
    expect(result.code).toBe(0);
    expect(p.installerRan()).toBe(false);
  });

  it('stops in one line when ELECTRON_OVERRIDE_DIST_PATH holds no Electron', async () => {
    const p = project({ installed: true });
    const missing = join(p.dir, 'no-such-folder');
    const result = await start(p, { ELECTRON_OVERRIDE_DIST_PATH: missing });
    expectOneLine(
      result,
      `ELECTRON_OVERRIDE_DIST_PATH is set, but ${join(missing, 'electron')} does not exist`,
    );
    expect(p.installerRan()).toBe(false);
  });

  it('stops in one line, without downloading, under ELECTRON_SKIP_BINARY_DOWNLOAD (npm start and npm run dev)', async () => {
    const p = project({ installer: 'downloads' });
    const env = { ELECTRON_SKIP_BINARY_DOWNLOAD: '1' };
    for (const result of [await start(p, env), await run(p.dir, ['run', 'dev'], env)]) {
      expectOneLine(
        result,
        `Electron ${VERSION}'s binary is not installed and ELECTRON_SKIP_BINARY_DOWNLOAD is set`,
        'github.com',
        'ELECTRON_OVERRIDE_DIST_PATH',
      );
    }
    expect(p.installerRan()).toBe(false);
  });

  it('stops in one line, with the reason, when the download fails', async () => {
    const p = project({ installer: 'fails' });
    const result = await start(p);
    expect(p.installerRan()).toBe(true);
    expectOneLine(result, 'downloading it failed (TypeError: fetch failed)', 'ELECTRON_OVERRIDE_DIST_PATH');
  });

  it("stops in one line when Electron's real installer cannot download", async () => {
    const p = project({});
    for (const file of ['index.js', 'install.js', 'package.json', 'checksums.json']) {
      copyFileSync(join(ELECTRON, file), join(p.electron, file));
    }
    // A mirror that has nothing, and an empty download cache: the same failure online or off.
    const asked: string[] = [];
    const mirror = createServer((req, res) => {
      asked.push(req.url ?? '');
      res.writeHead(404).end();
    });
    mirror.listen(0, '127.0.0.1');
    await once(mirror, 'listening');
    try {
      const result = await start(p, {
        ELECTRON_MIRROR: `http://127.0.0.1:${(mirror.address() as AddressInfo).port}/`,
        electron_config_cache: join(p.dir, 'download-cache'),
      });
      expect(asked).toEqual([expect.stringContaining(`electron-v${VERSION}-`)]);
      expectOneLine(result, 'downloading it failed (HTTPError: Response code 404');
    } finally {
      mirror.close();
    }
  });
});

describe.skipIf(process.platform === 'win32')('npm run test:electron without a binary', () => {
  it('says in one line that the real-Electron specs will be skipped, and goes on', async () => {
    const p = project({ installer: 'fails' });
    // Its first step only: the rest builds the app and runs Playwright, whose specs then skip.
    const scripts = (
      JSON.parse(readFileSync(join(p.dir, 'package.json'), 'utf8')) as { scripts: Record<string, string> }
    ).scripts;
    const [first, ...rest] = (scripts['test:electron'] ?? '').split(' && ');
    expect(rest.join(' && ')).toMatch(/playwright test/);
    const result = await run(p.dir, ['exec', '-c', first ?? '']);
    expect(p.installerRan()).toBe(true);
    expect(result.code).toBe(0);
    expect(result.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/downloading it failed .* The real-Electron specs will be skipped\.$/),
    ]);
  });
});
