// Offline: after one visit the app loads and works with the network off, at the root and
// under a sub-path; a new deployment is offered as "new version" instead of being swapped
// in under a running session. Also the security headers' promise: a CSP is in place.
import { test, expect, ready, enterHeight, slowConnection } from './fixtures';
import { test as unguarded } from '@playwright/test';
import type { Page } from '@playwright/test';
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');

async function controlled(page: Page) {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 15_000 });
}

for (const base of ['./', '/sub/rugplan/']) {
  test(`a second visit works with the network off (${base})`, async ({ page, context }) => {
    await page.goto(base);
    await ready(page);
    await controlled(page);
    await context.setOffline(true);
    await page.reload();
    await ready(page);
    await page.goto(`${base}#/bal?lengte=1,80`);
    await page.reload();
    await ready(page);
    await expect(page.locator('.ball-size')).toHaveText('75 cm');
    await enterHeight(page, '160');
    await expect(page.locator('.ball-size')).toHaveText('55 cm');
    await page.getByRole('banner').getByRole('link', { name: 'Hulp nodig?' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hulp nodig?');
    await context.setOffline(false);
  });
}

// Unguarded by the shared fixture because it serves its own copy of the build on its own
// port (another origin to the fixture); it checks page errors itself. Its own copy means a
// "deployment" here cannot disturb tests running in parallel.
unguarded('a new deployment is offered, and taken only when the person says so', async ({ page }, info) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const dir = mkdtempSync(path.join(tmpdir(), 'rugplan-deploy-'));
  cpSync(path.join(ROOT, 'dist'), dir, { recursive: true });
  const port = 8190 + info.parallelIndex;
  const server = spawn('node', [path.join(ROOT, 'scripts/static-server.mjs'), '--dir', dir, '--port', String(port)], { stdio: 'ignore' });
  try {
    const url = `http://127.0.0.1:${port}/`;
    await expect.poll(async () => (await fetch(url).catch(() => null))?.status ?? 0).toBe(200);
    await page.goto(url);
    // A fresh server and a cold cache: slower than the shared one on a busy machine.
    await expect(page.locator('body > header.topbar')).toBeVisible({ timeout: 15_000 });
    await controlled(page);
    // The next deployment: the server now has a different worker script.
    const sw = path.join(dir, 'sw.js');
    writeFileSync(sw, readFileSync(sw, 'utf8').replace(/const VERSION = "([^"]+)"/, 'const VERSION = "$1-next"'));
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
    const notice = page.getByText('Er is een nieuwe versie van Rugplan.');
    await expect(notice).toBeVisible({ timeout: 15_000 });
    // Nothing changes until the person chooses to: both versions are cached, the old in use.
    expect(await page.evaluate(() => globalThis.caches.keys())).toHaveLength(2);
    // On a cold machine this step has ended with no reload within the test's time and the
    // notice still up. Its own limit leaves time to report what the workers were doing then.
    const reloaded = page.waitForEvent('load', { timeout: 15_000 }).then(() => null, (err: Error) => err);
    await page.getByRole('button', { name: 'Nu bijwerken' }).click();
    const missed = await reloaded;
    if (missed) {
      const workers = await page
        .evaluate(async () => {
          const r = await navigator.serviceWorker.getRegistration();
          const sw = navigator.serviceWorker;
          return { controller: sw.controller?.state, active: r?.active?.state, waiting: r?.waiting?.state, installing: r?.installing?.state };
        })
        .catch((e) => String(e));
      throw new Error(`no reload after "Nu bijwerken"; workers: ${JSON.stringify(workers)}\n${missed}`);
    }
    await expect(page.locator('body > header.topbar')).toBeVisible();
    await expect(notice).toHaveCount(0);
    const caches = await page.evaluate(() => globalThis.caches.keys());
    expect(caches).toHaveLength(1);
    expect(caches[0]).toMatch(/-next$/);
    expect(errors).toEqual([]);
  } finally {
    server.kill();
    rmSync(dir, { recursive: true, force: true });
  }
});

// Unguarded: this test provokes a CSP violation on purpose and checks it is reported.
unguarded('the page carries a strict Content-Security-Policy that blocks injected scripts', async ({ page }) => {
  await page.goto('./');
  await expect(page.locator('body > header.topbar')).toBeVisible();
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval' 'sha256-");
  expect(csp).toContain("object-src 'none'");
  expect(csp).toContain("base-uri 'none'");
  expect(csp).toContain("connect-src 'self'");
  expect(csp).not.toContain('unsafe-inline');
  expect(csp).not.toContain("'unsafe-eval'");
  const result = await page.evaluate(async () => {
    const reported = new Promise<string>((resolve) =>
      document.addEventListener('securitypolicyviolation', (e) => resolve(e.violatedDirective), { once: true }),
    );
    const s = document.createElement('script');
    s.textContent = 'window.__injected = true';
    document.body.appendChild(s);
    return { ran: (window as unknown as { __injected?: boolean }).__injected === true, directive: await reported };
  });
  expect(result.ran).toBe(false);
  expect(result.directive).toMatch(/^script-src/);
  expect(await page.context().cookies()).toEqual([]);
});

/**
 * Records the name of every file the page requests, and lets the test cut off the code
 * that is fetched later (screens, storage), starting cut off.
 */
async function splitCodeNetwork(page: Page) {
  const net = { fetched: [] as string[], offline: true };
  page.on('request', (req) => net.fetched.push(new URL(req.url()).pathname.split('/').pop()!));
  await page.route(/\/(split_|chunk_)\w+-\w+\.wasm$/, (route) => (net.offline ? route.abort('internetdisconnected') : route.continue()));
  return net;
}

// Unguarded: a failed fetch is logged by the browser as a console error, on purpose here.
// Without a service worker, so every request goes to the (here: failing) network.
unguarded.describe('screens load their own code', () => {
  unguarded.use({ serviceWorkers: 'block' });

  unguarded('the start screen fetches no screen code; a screen that cannot be fetched says so and loads later', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const net = await splitCodeNetwork(page);
    await page.goto('./');
    // The app, not the start screen's snapshot in the HTML (whose links work before the app
    // runs, and then open a screen as a deep link would: without moving focus).
    await ready(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Rugplan');
    const wasm = net.fetched.filter((f) => f.endsWith('.wasm'));
    expect(wasm, 'only the main module on the start screen').toEqual([expect.stringMatching(/^rugplan-\w+_bg\.wasm$/)]);

    await page.getByRole('link', { name: 'Balmaat' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dit scherm kon niet laden');
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    // The safety information is part of the first download and keeps working.
    await page.getByRole('banner').getByRole('link', { name: 'Hulp nodig?' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hulp nodig?');

    // Back online: the same screen now loads (a failed fetch is not remembered).
    net.offline = false;
    await page.goBack();
    await enterHeight(page, '172');
    await expect(page.locator('.ball-size')).toHaveText('65 cm');
    expect(net.fetched.some((f) => /^split_ball-\w+\.wasm$/.test(f))).toBe(true);
    expect(errors).toEqual([]);
  });

  unguarded('a first visit fetches the code that saves at the first touch; without it, only the start screen\'s own choice is written and the app says so', async ({ page }) => {
    const net = await splitCodeNetwork(page);
    await page.goto('./');
    await ready(page);
    // The language switch is part of the first download, and its choice is worth saving.
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Rugplan');
    await expect(page.locator('.storage-notice')).toContainText('Saving does not work right now');
    // The start screen writes its own few choices itself (storage::early), so this one is kept.
    expect(await page.evaluate(() => Object.keys(localStorage))).toEqual(['rugplan.hints']);
    expect(await page.evaluate(() => localStorage.getItem('rugplan.hints'))).toContain('"lang":"en"');

    // Back online: the next touch fetches it, and the choice is saved.
    net.offline = false;
    await page.getByRole('heading', { level: 1 }).click();
    await expect.poll(() => page.evaluate(() => localStorage.getItem('rugplan.hints'))).toContain('"lang":"en"');
    await expect(page.locator('.storage-notice')).toBeEmpty();
    expect(net.fetched.some((f) => /^split_storage-\w+\.wasm$/.test(f))).toBe(true);
  });
});

unguarded.describe('an app that cannot start', () => {
  unguarded.use({ serviceWorkers: 'block' });

  for (const slow of [false, true]) {
    const where = slow ? ' (slow connection: the wasm is asked for from the head)' : '';
    unguarded(`says so, instead of a start screen whose buttons do nothing${where}`, async ({ page }) => {
      if (slow) await slowConnection(page);
      const errors: string[] = [];
      page.on('pageerror', (err) => errors.push(err.message));
      await page.route(/\/rugplan-\w+_bg\.wasm$/, (route) => route.abort('internetdisconnected'));
      await page.goto('./');
      await expect(page.getByRole('alert')).toHaveText(/Rugplan kon niet starten/);
      await expect(page.locator('#prerender')).toBeHidden();
      await expect(page.locator('#loading')).toHaveCount(0);
      expect(await page.evaluate(() => 'rugplanWasm' in window), 'the early request').toBe(slow);
      // The loader's own report of the failure, once: not a second, unhandled rejection.
      expect(errors).toEqual(['Failed to fetch']);
    });
  }
});
