// The end-to-end suite: Playwright driving Debian's Chromium against the
// built site, which `cargo xtask test` serves on loopback and names in BASE_URL.
import { defineConfig } from '@playwright/test';

/** How every run here starts Debian's Chromium: headless, and quiet on the network. */
export const launchOptions = {
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-quic',
    '--no-first-run',
  ],
};

export default defineConfig({
  testDir: '.',
  testMatch: /.*\.spec\.ts/,
  // The performance bench has its own config (cargo xtask bench).
  testIgnore: ['bench/**'],
  outputDir: '../test-results',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: process.env.BASE_URL || 'http://127.0.0.1:8080',
    viewport: { width: 1440, height: 900 },
    acceptDownloads: true,
    trace: 'off',
    launchOptions,
  },
});
