// Two tabs of the app on one phone: an edit in one shows up in the other, and a tab that
// is out of date never writes over newer data.
import { test, expect, ready, enterHeight, stored } from './fixtures';

test('an edit in one tab shows up in the other', async ({ page, context }) => {
  await page.goto('./#/bal');
  await ready(page);
  const other = await context.newPage();
  await other.goto('./#/bal');
  await ready(other);
  await enterHeight(page, '185');
  await expect(page.locator('.ball-size')).toHaveText('75 cm');
  // The other tab's remembered height follows: opening the calculator fresh shows it. The
  // browser tells the other tab in its own time, so the calculator may need opening again.
  await expect(async () => {
    await other.goto('./#/');
    await other.goto('./#/bal');
    await expect(other.getByLabel('Lengte')).toHaveValue('185', { timeout: 1000 });
  }).toPass();

  await other.goto('./#/dagboek');
  await page.goto('./#/dagboek');
  await page.locator('label.chip', { hasText: /^4$/ }).click();
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(other.locator('.entries li')).toHaveCount(1);
  await expect(other.locator('.entries li')).toContainText('Pijn: 4');
  await other.close();
});

test('a tab that missed an update does not overwrite it', async ({ page, context }) => {
  // Data of the app is there before either tab opens, so both read storage at start. (A tab
  // that found nothing reads storage at its first touch, and so would see the update.)
  await page.goto('./');
  await ready(page);
  await page.getByRole('link', { name: 'Aan de slag' }).click();
  await expect.poll(() => page.evaluate(() => localStorage.getItem('rugplan.hints'))).toContain('"welcomed":true');
  await page.goto('./#/dagboek');
  await ready(page);
  const stale = await context.newPage();
  // This tab never hears of changes elsewhere (as if it missed them).
  await stale.addInitScript(() => {
    window.addEventListener('storage', (e) => e.stopImmediatePropagation(), true);
  });
  await stale.goto('./#/dagboek');
  await ready(stale);

  await page.locator('label.chip', { hasText: /^2$/ }).click();
  await page.getByLabel('Notitie (niet verplicht)').fill('van het eerste tabblad');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.locator('.entries li')).toHaveCount(1);
  await expect.poll(async () => (await stored(page, 'rugplan.log'))?.data.entries.length).toBe(1);
  await expect(stale.locator('.entries li')).toHaveCount(0);

  await stale.locator('label.chip', { hasText: /^7$/ }).click();
  await stale.getByRole('button', { name: 'Opslaan' }).click();
  // Refused as stale: the newer data stays, and the stale tab now shows it.
  await expect(stale.locator('.storage-notice')).toContainText('ander tabblad');
  await expect(stale.locator('.entries li')).toHaveCount(1);
  await expect(stale.locator('.entries li')).toContainText('van het eerste tabblad');
  const log = JSON.parse((await page.evaluate(() => localStorage.getItem('rugplan.log')))!);
  expect(log.data.entries).toHaveLength(1);
  expect(log.data.entries[0].note).toBe('van het eerste tabblad');
  await stale.close();
});
