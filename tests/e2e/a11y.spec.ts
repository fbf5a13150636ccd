// axe-core on every screen and state, on both phone profiles: zero violations.
import { test, expect, ready, enterHeight, expectNoAxeViolations, blockStorage, planFromLink, passSafety } from './fixtures';

const screens: [string, string, ((page) => Promise<void>)?][] = [
  ['start', './#/'],
  ['ball calculator, empty', './#/bal'],
  ['ball calculator, with a result near a switch point', './#/bal?lengte=169'],
  ['ball calculator, with an error', './#/bal', (page) => enterHeight(page, 'abc')],
  ['help', './#/hulp'],
  ['not found', './#/niets'],
];

for (const [name, url, act] of screens) {
  test(`axe: ${name}`, async ({ page }) => {
    await page.goto(url);
    await ready(page);
    if (act) await act(page);
    await expectNoAxeViolations(page, name);
  });
}

test('axe: storage notice shown', async ({ page }) => {
  await blockStorage(page);
  await page.goto('./#/bal?lengte=172');
  await ready(page);
  await expectNoAxeViolations(page, 'storage notice');
});

test('axe: dark colour scheme', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  for (const url of ['./#/', './#/bal?lengte=178', './#/hulp']) {
    await page.goto(url);
    await ready(page);
    await expectNoAxeViolations(page, `${url} (dark)`);
  }
});

test('axe: every intake step, the plan and a rest day, light and dark', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-11-23T09:30:00'));
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('./#/plan/nieuw');
    await ready(page);
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await ready(page);
    await expectNoAxeViolations(page, `intake step 1 (${scheme})`);
    await passSafety(page);
    await page.getByLabel('Het komt steeds terug').check();
    await page.getByLabel('Twijfel over oefenen', { exact: false }).check();
    await expectNoAxeViolations(page, `intake step 2 (${scheme})`);
    await page.getByRole('button', { name: 'Volgende' }).click();
    await expectNoAxeViolations(page, `intake step 3 (${scheme})`);
    await page.getByRole('button', { name: 'Volgende' }).click();
    await page.getByLabel('Ja', { exact: true }).check();
    await page.getByLabel('Fietsen').check();
    await page.getByRole('button', { name: 'Volgende' }).click();
    await expectNoAxeViolations(page, `intake step 5 (${scheme})`);
    await page.getByRole('button', { name: 'Maak mijn plan' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mijn plan');
    await page.locator('details.card summary').click();
    await expectNoAxeViolations(page, `plan with advice and extras (${scheme})`);
    await page.goto('./#/vandaag');
    await page.locator('article details summary').first().click();
    await expectNoAxeViolations(page, `today with how-to open (${scheme})`);
    await page.goto('./#/dag/2026-11-24');
    await expect(page.getByText('rustdag')).toBeVisible();
    await expectNoAxeViolations(page, `rest day (${scheme})`);
  }
});

// Every screen, with a plan and a diary entry, in both languages and both colour schemes.
for (const lang of ['nl', 'en'] as const) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`axe: every screen in ${lang}, ${scheme}`, async ({ page }) => {
      await page.clock.setFixedTime(new Date('2026-11-23T09:30:00'));
      await page.emulateMedia({ colorScheme: scheme });
      await planFromLink(page);
      if (lang === 'en') {
        await page.getByRole('banner').getByRole('button', { name: 'English' }).click();
        await expect(page.locator('html')).toHaveAttribute('lang', 'en');
        // Each intake step in English too (the Dutch steps have their own test above).
        await page.goto('./#/plan/nieuw');
        await passSafety(page, 'en');
        for (let step = 2; step <= 5; step++) {
          await expect(page.locator('.progress')).toContainText(`Step ${step} of`);
          await expectNoAxeViolations(page, `intake step ${step} (en, ${scheme})`);
          if (step < 5) await page.getByRole('button', { name: 'Next' }).click();
        }
      }
      await page.goto('./#/dagboek');
      await page.locator('.scores label.chip').nth(4).click();
      await page.locator('form.log-form button[type=submit]').click();
      await expect(page.locator('.saved')).toBeVisible();
      for (const url of [
        './#/', './#/bal?lengte=169', './#/bal?lengte=abc', './#/hulp', './#/over', './#/privacy',
        './#/plan/nieuw', './#/plan', './#/vandaag', './#/dag/2026-11-24', './#/dagboek',
        './#/dagboek/overzicht', './#/bestaat-niet',
      ]) {
        await page.goto(url);
        await ready(page);
        await expect(page.locator('html')).toHaveAttribute('lang', lang);
        await expectNoAxeViolations(page, `${url} (${lang}, ${scheme})`);
      }
    });
  }
}
