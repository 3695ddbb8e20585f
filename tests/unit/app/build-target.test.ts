import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { resolveConfig } from 'electron-vite';
import { resolveConfig as resolveViteConfig } from 'vite';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { engines: { node: string } };

describe('electron-vite build target', () => {
  it('builds main and preload for the oldest Node the package allows, which the CLI may run on', async () => {
    const { config } = await resolveConfig({ root: ROOT }, 'build', 'production');
    if (!config) throw new Error('electron-vite found no electron.vite.config.ts');
    for (const section of [config.main, config.preload]) {
      // The target as the build sees it, after electron-vite's preset has filled in its own.
      const { build } = await resolveViteConfig({ ...section, configFile: false }, 'build', 'production');
      expect(build.target).toMatch(/^node\d+\.\d+$/);
      expect(pkg.engines.node).toBe(`>=${String(build.target).slice('node'.length)}`);
    }
  });
});
