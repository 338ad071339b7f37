// The performance bench: Playwright driving Debian's Chromium against the
// release site. Run by `cargo xtask bench`, never by `cargo xtask test`
// (whose config leaves this folder out). One worker, so runs never compete.
import { defineConfig } from '@playwright/test';
import { launchOptions } from '../playwright.config';

export default defineConfig({
  testDir: '.',
  testMatch: /bench\.spec\.ts/,
  outputDir: '../../target/bench/test-results',
  timeout: 600_000,
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: process.env.BASE_URL || 'http://127.0.0.1:8080',
    viewport: { width: 1440, height: 900 },
    trace: 'off',
    launchOptions,
  },
});
