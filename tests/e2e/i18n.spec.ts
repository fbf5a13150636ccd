// Languages and the first visit: the browser's languages choose, the switch in the header
// changes every screen and is remembered; the first-visit text shows once and lives on under
// "Over" with the education cards.
import { test, expect, ready, enterHeight, stored, passSafety } from './fixtures';

test.describe('an English browser', () => {
  test.use({ locale: 'en-GB' });

  test('gets English, can switch to Dutch and back, and the choice is remembered', async ({ page }) => {
    await page.goto('./#/bal');
    await ready(page);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Which size of exercise ball?');
    await expect(page).toHaveTitle('Which size of exercise ball? · Rugplan');
    await page.getByLabel('Height').fill('1.72');
    await page.getByLabel('Height').press('Enter');
    await expect(page.locator('.ball-size')).toHaveText('65 cm');

    // The switch names the other language, in that language.
    const toDutch = page.getByRole('banner').getByRole('button', { name: 'Nederlands' });
    await expect(toDutch).toHaveAttribute('lang', 'nl');
    await toDutch.click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welke maat oefenbal?');
    await expect(page).toHaveTitle('Welke maat oefenbal? · Rugplan');
    // Nothing entered is lost, and focus stays on the switch for keyboard users.
    await expect(page.locator('.ball-size')).toHaveText('65 cm');
    await expect(page.getByRole('banner').getByRole('button', { name: 'English' })).toBeFocused();
    await expect(page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link')).toHaveText([
      'Vandaag', 'Plan', 'Dagboek', 'Balmaat',
    ]);

    // Remembered over the browser's own preference.
    await page.reload();
    await ready(page);
    await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welke maat oefenbal?');

    await page.keyboard.press('Tab');
    await page.getByRole('banner').getByRole('button', { name: 'English' }).press('Enter');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Which size of exercise ball?');
    await expect(page.getByRole('navigation', { name: 'Main menu' }).getByRole('link')).toHaveText([
      'Today', 'Plan', 'Diary', 'Ball size',
    ]);
  });

  test('help and the plan read in English, with English dates', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2026-11-23T09:30:00'));
    await page.goto('./#/hulp');
    await ready(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Need help?');
    await expect(page.locator('.urgent li')).toHaveCount(5);
    await expect(page.getByRole('link', { name: /112/ }).first()).toHaveAttribute('href', 'tel:112');
    await page.goto('./#/plan/nieuw?duur=lang&dagen=ma,wo,vr&bal=ja&beweging=wandelen&start=2026-11-23&weken=6');
    await page.reload();
    await ready(page);
    await passSafety(page, 'en');
    // The link answered the other questions: "Next" until the last step.
    const make = page.getByRole('button', { name: 'Make my plan' });
    for (let step = 0; step < 5 && !(await make.isVisible()); step++) {
      await page.getByRole('button', { name: 'Next' }).click();
    }
    await make.click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('My plan');
    await expect(page.locator('section.week').first().getByRole('link')).toHaveText(['Mon 23 Nov', 'Wed 25 Nov', 'Fri 27 Nov']);
    await expect(page.locator('main')).not.toContainText(/ maandag | wandelen /);
  });
});

test('a Dutch browser gets Dutch, and a browser in neither language too', async ({ browser }) => {
  for (const locale of ['nl-BE', 'fr-FR']) {
    const context = await browser.newContext({ locale });
    const page = await context.newPage();
    await page.goto('./');
    await expect(page.locator('body > header.topbar')).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
    await expect(page.getByRole('banner').getByRole('button', { name: 'English' })).toBeVisible();
    await context.close();
  }
});

test('the first visit explains the app once; "Over" keeps it, with the education cards', async ({ page }) => {
  await page.goto('./');
  await ready(page);
  const welcome = page.getByRole('region', { name: 'Welkom bij Rugplan' });
  await expect(welcome).toBeVisible();
  await expect(welcome.getByRole('listitem')).toHaveCount(2);
  await expect(welcome).toContainText('Hulp nodig?');
  // "Information, not a diagnosis" is said once on the screen (in the footer).
  await expect(page.getByText('stelt geen diagnose')).toHaveCount(1);
  // Not remembered until it is put away: a reload shows it again.
  await page.reload();
  await ready(page);
  await expect(welcome).toBeVisible();
  // "Aan de slag" is the real first step: it goes to making a plan.
  await welcome.getByRole('link', { name: 'Aan de slag' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Jouw oefenplan');
  // Stored at once, even before a first visit has fetched the storage code.
  await expect.poll(() => page.evaluate(() => localStorage.getItem('rugplan.hints'))).toContain('"welcomed":true');
  await page.goto('./');
  await ready(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Rugplan');
  await expect(welcome).toBeHidden();

  await page.getByRole('contentinfo').getByRole('link', { name: 'Over' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Over Rugplan');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await expect(page.locator('main .points li')).toHaveCount(2);
  await expect(page.getByRole('heading', { level: 2, name: 'Goed om te weten' })).toBeVisible();
  const cards = page.locator('article.edu');
  expect(await cards.count()).toBeGreaterThanOrEqual(8);
  for (const card of await cards.all()) {
    await expect(card.getByRole('heading', { level: 3 })).not.toBeEmpty();
    await expect(card.locator('.source')).toHaveText(/^Bron: \S/);
  }
  await expect(page.locator('main')).not.toContainText(/geneest|genezen/i);
});

test('leaving the start screen puts the first-visit text away for good', async ({ page }) => {
  await page.goto('./');
  await ready(page);
  await expect(page.locator('.welcome')).toBeVisible();
  await page.getByRole('navigation').getByRole('link', { name: 'Balmaat' }).click();
  await enterHeight(page, '180');
  await page.getByRole('banner').getByRole('link', { name: 'Rugplan' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Rugplan');
  await expect(page.locator('.welcome')).toHaveCount(0);
  await expect.poll(async () => (await stored(page, 'rugplan.hints'))?.data.welcomed).toBe(true);
});
