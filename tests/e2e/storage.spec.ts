// The app when the browser will not store, or holds data this version cannot read.
import { test, expect, ready, enterHeight, blockStorage, seedOnce, stored, afterSaves } from './fixtures';

test('localStorage whose getter throws: the calculator still works and says it is not saving', async ({ page }) => {
  await blockStorage(page);
  await page.goto('./#/bal');
  await ready(page);
  await expect(page.locator('.storage-notice')).toContainText('niets bewaren');
  await enterHeight(page, '1,80');
  await expect(page.locator('.ball-size')).toHaveText('75 cm');
  await enterHeight(page, '150');
  await expect(page.locator('.ball-size')).toHaveText('55 cm');
});

test('full storage: the app keeps working, says so, and the saved height stays', async ({ page }) => {
  await page.goto('./#/bal');
  await ready(page);
  await enterHeight(page, '172');
  await expect(page.locator('.ball-size')).toHaveText('65 cm');
  const height = async () => (await stored(page, 'rugplan.ball'))?.data.height_cm;
  await expect.poll(height).toBe(172);
  await page.evaluate(() => {
    const original = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      if (key.startsWith('rugplan.')) throw new DOMException('full', 'QuotaExceededError');
      return original.call(this, key, value);
    };
  });
  await enterHeight(page, '190');
  await expect(page.locator('.ball-size')).toHaveText('75 cm');
  await expect(page.locator('.storage-notice')).toContainText('vol');
  expect(await height()).toBe(172);
});

test('corrupt saved data is kept aside, not overwritten, and the app goes on', async ({ page }) => {
  await seedOnce(page, 'rugplan.ball', '{"schema_version":1,"data":{"height_cm":"lang"}}');
  await page.goto('./#/bal');
  await ready(page);
  await expect(page.locator('.storage-notice')).toContainText('apart bewaard');
  await expect(page.getByLabel('Lengte')).toHaveValue('');
  await enterHeight(page, '176');
  await expect(page.locator('.ball-size')).toHaveText('65 cm');
  await expect.poll(async () => (await stored(page, 'rugplan.ball'))?.data.height_cm).toBe(176);
  const aside = await page.evaluate(() => localStorage.getItem('rugplan.ball.aside.1'));
  expect(aside).toBe('{"schema_version":1,"data":{"height_cm":"lang"}}');
});

test('data from a newer app version: read-only, a clear message, zero writes', async ({ page }) => {
  const newer = '{"schema_version":99,"data":{"height_cm":172,"unit":"cm"}}';
  await seedOnce(page, 'rugplan.ball', newer);
  await page.goto('./#/bal');
  await ready(page);
  await expect(page.locator('.storage-notice')).toContainText('nieuwere versie');
  const before = await page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort()));
  // The app still works: a size, a diary entry, but nothing is written anywhere.
  await enterHeight(page, '181');
  await expect(page.locator('.ball-size')).toHaveText('75 cm');
  await page.goto('./#/dagboek');
  await page.locator('label.chip', { hasText: /^3$/ }).click();
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.locator('.entries li')).toHaveCount(1);
  await afterSaves(page);
  const after = await page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort()));
  expect(after).toBe(before);
  expect(await page.evaluate(() => localStorage.getItem('rugplan.ball'))).toBe(newer);
});
