// End-to-end tests against the release build (dist/), served by scripts/static-server.mjs at
// the root and under a sub-path. Two phone profiles, both on Debian's Chromium: the
// registry's browser downloads are not reachable here, so `playwright install` is never run.
import { defineConfig, devices } from '@playwright/test';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');
// RUGPLAN_E2E_PORT lets two checkouts run their tests side by side.
const port = Number(process.env.RUGPLAN_E2E_PORT ?? 8181);
const chromium = {
  executablePath: '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};

export default defineConfig({
  testDir: '.',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    // The app follows the browser's languages; the tests speak Dutch unless they say otherwise.
    locale: 'nl-NL',
    trace: 'off',
    launchOptions: chromium,
  },
  projects: [
    { name: 'android', use: { ...devices['Pixel 7'], browserName: 'chromium', launchOptions: chromium } },
    { name: 'iphone', use: { ...devices['iPhone 14'], browserName: 'chromium', launchOptions: chromium } },
  ],
  webServer: {
    command: `node scripts/static-server.mjs --dir dist --port ${port} --also /sub/rugplan/`,
    cwd: root,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    stdout: 'ignore',
  },
});
