// The exercise-ball calculator as a person uses it on a phone.
import { test, expect, ready, enterHeight, stored, afterSaves } from './fixtures';

const size = (page) => page.locator('.ball-size');
const error = (page) => page.locator('#lengte-fout');

test('typing a height gives the ball size, and it is remembered after reload', async ({ page }) => {
  await page.goto('./');
  await ready(page);
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Balmaat' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welke maat oefenbal?');
  const field = page.getByLabel('Lengte');
  await expect(field).toHaveAttribute('inputmode', 'decimal');
  await enterHeight(page, '172');
  await expect(size(page)).toHaveText('65 cm');
  await expect(page.locator('.ball-result')).toHaveAttribute('aria-live', 'polite');
  await expect(page).toHaveURL(/#\/bal\?lengte=172$/);

  await page.reload();
  await ready(page);
  await expect(page.getByLabel('Lengte')).toHaveValue('172');
  await expect(size(page)).toHaveText('65 cm');

  // Opening the calculator fresh (no height in the link) uses the remembered height.
  await page.goto('./#/');
  await ready(page);
  await page.goto('./#/bal');
  await expect(page.getByLabel('Lengte')).toHaveValue('172');
  await expect(size(page)).toHaveText('65 cm');
});

test('leaving the calculator right after Enter, with the field still focused, is fine', async ({ page }) => {
  await page.goto('./#/bal');
  await ready(page);
  await enterHeight(page, '172');
  await expect(size(page)).toHaveText('65 cm');
  // Enter answered without the form's submission, so for the browser the typed value is
  // still uncommitted: it fires `change` as the focused field is removed with the screen.
  await expect(page.getByLabel('Lengte')).toBeFocused();
  await page.goto('./#/hulp');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hulp nodig?');
});

test('chart boundaries and both decimal separators', async ({ page }) => {
  await page.goto('./#/bal');
  await ready(page);
  const cases: [string, string][] = [
    ['168', '55 cm'],
    ['169', '65 cm'],
    ['178', '65 cm'],
    ['179', '75 cm'],
    ['1,72', '65 cm'],
    ['1.72', '65 cm'],
    ['1,72 m', '65 cm'],
    ['172 cm', '65 cm'],
    ['1,685', '65 cm'],
  ];
  for (const [typed, expected] of cases) {
    await enterHeight(page, typed);
    await expect(size(page), typed).toHaveText(expected);
    await expect(error(page)).toBeEmpty();
  }
});

test('near a switch point the other size is named and the seated check decides', async ({ page }) => {
  await page.goto('./#/bal?lengte=179');
  await ready(page);
  await expect(size(page)).toHaveText('75 cm');
  await expect(page.locator('.near')).toContainText('65 cm');
  await enterHeight(page, '174');
  await expect(size(page)).toHaveText('65 cm');
  await expect(page.locator('.near')).toHaveCount(0);
  // The seated check and the buying tip are always there.
  await expect(page.getByRole('heading', { name: 'Controleer het zittend' })).toBeVisible();
  await expect(page.getByText('anti-burst')).toBeVisible();
});

test('every kind of bad input gets a clear message and never a size', async ({ page }) => {
  await page.goto('./#/bal');
  await ready(page);
  const cases: [string, RegExp][] = [
    ['', /Vul je lengte in/],
    ['abc', /lezen we niet als lengte/],
    ['NaN', /lezen we niet als lengte/],
    ['Infinity', /lezen we niet als lengte/],
    ['0', /groter dan 0/],
    ['-172', /groter dan 0/],
    ['99', /korter dan 100 cm/],
    ['231', /langer dan 230 cm/],
    ['1'.repeat(500), /te veel tekst/],
  ];
  for (const [typed, message] of cases) {
    await enterHeight(page, typed);
    await expect(error(page), JSON.stringify(typed.slice(0, 20))).toHaveText(message);
    await expect(size(page)).toHaveCount(0);
    await expect(page.getByLabel('Lengte')).toHaveAttribute('aria-invalid', 'true');
  }
  // A valid height clears the message again.
  await enterHeight(page, '160');
  await expect(error(page)).toBeEmpty();
  await expect(size(page)).toHaveText('55 cm');
});

test('bad input does not replace the remembered height', async ({ page }) => {
  await page.goto('./#/bal');
  await ready(page);
  await enterHeight(page, '185');
  await expect(size(page)).toHaveText('75 cm');
  const remembered = { schema_version: 1, data: { height_cm: 185 } };
  await expect.poll(() => stored(page, 'rugplan.ball')).toEqual(remembered);
  await enterHeight(page, 'Infinity');
  await expect(size(page)).toHaveCount(0);
  await afterSaves(page);
  expect(await stored(page, 'rugplan.ball')).toEqual(remembered);
});

test('a deep link from a physiotherapist opens with the height filled in', async ({ page }) => {
  await page.goto('./#/bal?lengte=1%2C64');
  await ready(page);
  await expect(page.getByLabel('Lengte')).toHaveValue('1,64');
  await expect(size(page)).toHaveText('55 cm');
  await page.reload();
  await ready(page);
  await expect(size(page)).toHaveText('55 cm');
});

test('a deep link with a bad height shows the message, not a size', async ({ page }) => {
  await page.goto('./#/bal?lengte=%3Cscript%3E');
  await ready(page);
  await expect(page.getByLabel('Lengte')).toHaveValue('<script>');
  await expect(error(page)).toHaveText(/lezen we niet als lengte/);
  await expect(size(page)).toHaveCount(0);
});
