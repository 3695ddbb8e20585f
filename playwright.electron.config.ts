import { defineConfig } from '@playwright/test';

/** The real-Electron end-to-end target: runs where the Electron binary is installed. */
export default defineConfig({
  testDir: 'tests/e2e-electron',
  outputDir: 'test-results/e2e-electron',
  reporter: 'list',
  workers: 1,
  timeout: 60_000,
});
