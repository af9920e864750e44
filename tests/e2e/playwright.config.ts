import { defineConfig } from '@playwright/test';

// Debian's Chromium: Playwright's own browser download is impossible on this network.
export default defineConfig({
  testDir: '.',
  testMatch: '**/*.e2e.ts',
  timeout: 60_000,
  // two cores shared with the server and the build: a check that waits 5 s can lose a race
  expect: { timeout: 10_000 },
  workers: 1,
  // no second try: a test that loses a race fails the run, to be looked into (the out-of-order
  // reload reply was found so); should retries come back, the list reporter names each retried
  // test "flaky"
  retries: 0,
  reporter: [['list']],
  outputDir: '../../test-results/e2e',
  use: {
    viewport: { width: 1500, height: 900 },
    locale: 'vi-VN',
    launchOptions: {
      executablePath: process.env.SOVON_CHROMIUM ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
});
