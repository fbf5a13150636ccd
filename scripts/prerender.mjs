// Captures the start screen exactly as the app draws it on a first visit in Dutch, and puts
// that markup in dist/index.html, so a first visitor reads it as soon as the HTML and CSS
// arrive instead of after the wasm (the largest download). The page's first script shows
// it only when the app will draw the same (scripts/assemble.mjs); the app removes it as it
// mounts (ui::App). Nothing is written by hand, so the snapshot cannot drift from the app;
// tests/e2e/shell.spec.ts compares the two.
//   node scripts/prerender.mjs dist
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { chromium, devices } from '@playwright/test';

const dist = process.argv[2] || 'dist';
// Thrown, not process.exit: the `finally` blocks must still stop the server and browser.
const fail = (msg) => {
  throw new Error(`prerender: ${msg}`);
};
const port = await new Promise((ok, ko) => {
  const s = createServer();
  s.on('error', ko);
  s.listen(0, '127.0.0.1', () => {
    const { port } = s.address();
    s.close(() => ok(port));
  });
});
const server = spawn('node', ['scripts/static-server.mjs', '--dir', dist, '--port', String(port)], { stdio: 'ignore' });
const url = `http://127.0.0.1:${port}/`;
let snapshot = '';
try {
  for (let i = 0; i < 100 && (await fetch(url).catch(() => null))?.status !== 200; i++) {
    await new Promise((ok) => setTimeout(ok, 50));
  }
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    // A first visit: empty storage, a Dutch Android phone, no service worker.
    const context = await browser.newContext({ ...devices['Pixel 7'], locale: 'nl-NL', serviceWorkers: 'block' });
    const page = await context.newPage();
    // What the HTML itself holds, so that only what the app adds is captured (the app
    // mounts after DOMContentLoaded: its loader first waits for a painted frame).
    await page.addInitScript(() =>
      addEventListener('DOMContentLoaded', () => (window.__static = new Set(document.body.children))),
    );
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(url);
    await page.locator('body > header.topbar').waitFor({ timeout: 30_000 });
    await page.locator('body > main h1').waitFor();
    if (errors.length) fail(`the app reported errors: ${errors.join('; ')}`);
    snapshot = await page.evaluate(() =>
      [...document.body.children]
        .filter((el) => !window.__static.has(el))
        .map((el) => el.outerHTML)
        .join('\n'),
    );
  } finally {
    await browser.close();
  }
} finally {
  server.kill();
}
// The renderer's empty position markers mean nothing outside the app.
snapshot = snapshot.replace(/<!---->/g, '');
if (!/<header class="topbar"/.test(snapshot) || !/<h1 /.test(snapshot)) fail('no start screen captured');
const indexPath = join(dist, 'index.html');
const html = readFileSync(indexPath, 'utf8');
const marker = '<div id="prerender"></div>';
if (!html.includes(marker)) fail(`index.html has no ${marker}`);
writeFileSync(indexPath, html.replace(marker, `<div id="prerender">${snapshot}</div>`));
console.log(`prerender: start screen captured (${snapshot.length} characters)`);
