import { defineConfig } from '@playwright/test';

/** End-to-end tests of the built renderer in Debian's Chromium, against the real backend. */
export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results/e2e',
  globalSetup: './tests/e2e/harness/global-setup.ts',
  reporter: 'list',
  workers: 2,
  timeout: 30_000,
  use: {
    viewport: { width: 1400, height: 900 },
    // The specs read English; tests/e2e/language.spec.ts asks for Dutch itself.
    locale: 'en-US',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
});
