// Privacy: the page says what is stored and where; "delete all" asks first, removes only
// this app's keys, and leaves a working, empty app. Also: the browser's own installability
// check passes (manifest, icons, service worker).
import { test, expect, ready, enterHeight, expectNoAxeViolations } from './fixtures';
import { test as unguarded, chromium } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

test('delete all my data: confirmation, only our keys, an empty app afterwards', async ({ page }) => {
  await page.goto('./#/bal');
  await ready(page);
  await enterHeight(page, '172');
  await expect(page.locator('.ball-size')).toHaveText('65 cm');
  await page.evaluate(() => localStorage.setItem('andere-app', 'blijft'));
  await page.getByRole('contentinfo').getByRole('link', { name: 'Privacy en je gegevens' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Privacy en je gegevens');
  await expect(page.getByText('stuurt niets naar een server')).toBeVisible();
  await expectNoAxeViolations(page, 'privacy');

  await page.getByRole('button', { name: 'Wis al mijn gegevens' }).click();
  await expect(page.getByText('Weet je het zeker?')).toBeVisible();
  await expectNoAxeViolations(page, 'delete confirmation');
  await page.getByRole('button', { name: 'Annuleren' }).click();
  expect(await page.evaluate(() => localStorage.getItem('rugplan.ball'))).not.toBeNull();

  await page.getByRole('button', { name: 'Wis al mijn gegevens' }).click();
  await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Ja, wis alles' }).click()]);
  await ready(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Rugplan');
  const keys = await page.evaluate(() => Object.keys(localStorage).sort());
  expect(keys).toEqual(['andere-app']);
  await page.goto('./#/bal');
  await expect(page.getByLabel('Lengte')).toHaveValue('');
});

// Chrome does not judge installability in incognito, and every Playwright context is one,
// so this check runs in a real (persistent) profile of the same browser.
unguarded('the browser finds the app installable', async ({ baseURL, launchOptions }) => {
  const profile = mkdtempSync(path.join(tmpdir(), 'rugplan-profile-'));
  const context = await chromium.launchPersistentContext(profile, { ...launchOptions, headless: true });
  try {
    const page = await context.newPage();
    await page.goto(baseURL!);
    await expect(page.locator('header.topbar')).toBeVisible();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 15_000 });
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors).toEqual([]);
    const manifest = await (await page.request.get(`${baseURL}manifest.webmanifest`)).json();
    expect(manifest.display).toBe('standalone');
    expect(manifest.icons.map((i: { sizes: string }) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
    for (const icon of manifest.icons) {
      expect((await page.request.get(`${baseURL}${icon.src}`)).ok(), icon.src).toBe(true);
    }
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
});
