// Privacy: the page says what is stored and where; "delete all" asks first, removes only
// this app's keys, and leaves a working, empty app. Also: the browser's own installability
// check passes (manifest, icons, service worker).
import { test, expect, ready, enterHeight, expectNoAxeViolations, seedOnce } from './fixtures';
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
  // Focus moves to the safe answer, and back to the button after cancelling.
  await expect(page.getByRole('button', { name: 'Annuleren' })).toBeFocused();
  await expectNoAxeViolations(page, 'delete confirmation');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Wis al mijn gegevens' })).toBeFocused();
  await expect.poll(() => page.evaluate(() => localStorage.getItem('rugplan.ball'))).not.toBeNull();

  await page.getByRole('button', { name: 'Wis al mijn gegevens' }).click();
  await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Ja, wis alles' }).click()]);
  await ready(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Rugplan');
  const keys = await page.evaluate(() => Object.keys(localStorage).sort());
  expect(keys).toEqual(['andere-app']);
  await page.goto('./#/bal');
  await expect(page.getByLabel('Lengte')).toHaveValue('');
});

test('deleting everything while a change still waits to be saved does not write it back', async ({ page }) => {
  await page.goto('./#/privacy');
  await ready(page);
  // From here the page is never idle for the app, so a change's save (which waits for an idle
  // moment) is still waiting when everything is deleted and the page reloads.
  await page.evaluate(() => {
    window.requestIdleCallback = () => 0;
  });
  await page.getByRole('banner').getByRole('button', { name: 'English' }).click(); // a change to save
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.locator('#wissen-start').click();
  await Promise.all([page.waitForEvent('load'), page.locator('button.danger').click()]);
  await ready(page);
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('rugplan.')))).toEqual([]);
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
});

// Chrome does not judge installability in incognito, and every Playwright context is one,
// so this check runs in a real (persistent) profile of the same browser.
unguarded('the browser finds the app installable', async ({ baseURL, launchOptions }) => {
  const profile = mkdtempSync(path.join(tmpdir(), 'rugplan-profile-'));
  const context = await chromium.launchPersistentContext(profile, { ...launchOptions, headless: true });
  try {
    const page = await context.newPage();
    await page.goto(baseURL!);
    await expect(page.locator('body > header.topbar')).toBeVisible({ timeout: 15_000 });
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

test('backup: download, restore with a preview, undo exactly; bad files change nothing', async ({ page }, info) => {
  await page.clock.setFixedTime(new Date('2026-11-23T09:30:00'));
  await page.goto('./#/dagboek');
  await ready(page);
  await page.locator('label.chip', { hasText: /^3$/ }).click();
  await page.getByLabel('Notitie (niet verplicht)').fill('<img src=x onerror=alert(1)>');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await page.goto('./#/privacy');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download back-up' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('rugplan-backup-2026-11-23.json');
  // The download is confirmed where the button is, with the file's name.
  await expect(page.getByRole('status').filter({ hasText: 'De back-up is gedownload als rugplan-backup-2026-11-23.json' })).toBeVisible();
  const file = info.outputPath('backup.json');
  await download.saveAs(file);

  // A different state on the phone: the diary entry gone, a height set.
  await page.evaluate(() => {
    localStorage.removeItem('rugplan.log');
    localStorage.setItem('rugplan.ball', '{"schema_version":1,"data":{"height_cm":190}}');
  });
  const before = await page.evaluate(() => JSON.stringify(Object.entries(localStorage).filter(([k]) => k !== 'rugplan.last-backup').sort()));
  await page.reload();
  await ready(page);

  await page.getByLabel('Kies een back-up-bestand').setInputFiles({ name: 'kapot.json', mimeType: 'application/json', buffer: Buffer.from('{"app":"rugplan","format":1,"app_version":"x","exported":"2026-11-23","records":{"rugplan.log":{"schema_version":1,"data":{"entries":[{"id":1,"score":99}]}}}}') });
  await expect(page.getByText('Een deel van deze back-up is beschadigd.')).toBeVisible();
  await page.getByLabel('Kies een back-up-bestand').setInputFiles({ name: 'tekst.json', mimeType: 'application/json', buffer: Buffer.from('geen json') });
  await expect(page.getByText('Dit bestand kan Rugplan niet lezen.')).toBeVisible();

  await page.getByLabel('Kies een back-up-bestand').setInputFiles(file);
  await expect(page.getByRole('heading', { name: 'Wat er in deze back-up staat' })).toBeVisible();
  await expect(page.getByText('1 dagboeknotities van ma 23 nov tot en met ma 23 nov.')).toBeVisible();
  await expect(page.getByText('Geen oefenplan.').first()).toBeVisible();
  // What it would replace: the phone now has no diary entries and a height of 190 cm.
  const current = page.locator('h3', { hasText: 'Wat er nu op dit apparaat staat' }).locator('xpath=following-sibling::ul[1]');
  await expect(current).toContainText('Geen dagboeknotities.');
  await expect(current).toContainText('Lengte: 190 cm.');
  await expectNoAxeViolations(page, 'restore preview');
  await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Zet deze back-up terug' }).click()]);
  await ready(page);
  await expect(page.getByText('De back-up is teruggezet.')).toBeVisible();
  // Keeping it is the main choice, undoing it the second one.
  const banner = page.locator('.update-notice', { hasText: 'De back-up is teruggezet.' });
  await expect(banner.locator('button').first()).toHaveText('Houden');
  await expect(banner.locator('button.secondary')).toHaveText('Ongedaan maken');
  await page.goto('./#/dagboek');
  // The note is shown as the text it is, never run as HTML.
  await expect(page.locator('.entry-note')).toHaveText('<img src=x onerror=alert(1)>');
  await expect(page.locator('.entries img')).toHaveCount(0);

  await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Ongedaan maken' }).click()]);
  await ready(page);
  const after = await page.evaluate(() => JSON.stringify(Object.entries(localStorage).filter(([k]) => k !== 'rugplan.last-backup').sort()));
  expect(after).toBe(before);
  await expect(page.getByText('De back-up is teruggezet.')).toHaveCount(0);
});

test('a backup reminder when data is older than two weeks and no recent backup exists', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-12-20T09:30:00'));
  await seedOnce(
    page,
    'rugplan.plan',
    '{"schema_version":1,"data":{"duration":"lang","days":["ma","wo","vr"],"ball":false,"activity":"wandelen","start":"2026-11-23","weeks":6}}',
  );
  await page.goto('./');
  await ready(page);
  await expect(page.getByText('Je laatste back-up is meer dan twee weken oud.')).toBeVisible();
  await page.getByRole('link', { name: 'Naar back-up' }).click();
  await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download back-up' }).click()]);
  await page.goto('./#/');
  await expect(page.getByText('Je laatste back-up is meer dan twee weken oud.')).toHaveCount(0);
});
