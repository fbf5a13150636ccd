// The plan, as a person uses it on a phone: intake, dated plan, today's session, ticks,
// and share link (the safety gate has its own spec). The clock is fixed to Monday 23 November 2026.
import { test, expect, ready, expectNoAxeViolations, afterSaves, passSafety } from './fixtures';
import type { Page } from '@playwright/test';

const MONDAY = new Date('2026-11-23T09:30:00');

async function makePlan(page: Page, { duration = 'Langer dan 12 weken', ball = 'Ja' } = {}) {
  await page.goto('./#/plan/nieuw');
  await ready(page);
  await passSafety(page);
  await page.getByLabel(duration).check();
  await page.getByRole('button', { name: 'Volgende' }).click();
  // Defaults: 3 days, Monday, Wednesday, Friday.
  await expect(page.getByLabel('3 dagen')).toBeChecked();
  await expect(page.getByLabel('maandag')).toBeChecked();
  await page.getByRole('button', { name: 'Volgende' }).click();
  await page.getByLabel(ball, { exact: true }).check();
  await page.getByLabel('Wandelen').check();
  await page.getByRole('button', { name: 'Volgende' }).click();
  await expect(page.getByLabel('Wanneer begin je?')).toHaveValue('2026-11-23');
  await page.getByRole('button', { name: 'Maak mijn plan' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mijn plan');
}

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(MONDAY);
});

test('the intake gives a dated plan, week by week', async ({ page }) => {
  await makePlan(page);
  await expect(page.getByText('6 weken, 3 dagen per week · ma 23 nov t/m zo 3 jan')).toBeVisible();
  const weeks = page.locator('section.week');
  await expect(weeks).toHaveCount(6);
  await expect(weeks.first()).toContainText('Week 1');
  await expect(weeks.first()).toContainText('deze week');
  await expect(weeks.first()).toContainText('Startweek');
  await expect(weeks.first().getByRole('link')).toHaveText(['ma 23 nov', 'wo 25 nov', 'vr 27 nov']);
  await expect(weeks.nth(1)).toContainText('ma 30 nov – zo 6 dec');
  await expect(weeks.nth(1)).toContainText('van 25 naar 30 minuten');
  await expect(page.getByRole('heading', { name: 'Waarom zo?' })).toBeVisible();
  await expect(page.getByText('al langer of komen terug')).toBeVisible();
  // Pain for over 12 weeks: the advice to see a GP or physiotherapist is shown.
  await expect(page.getByRole('heading', { name: 'Laat je ook even nakijken' })).toBeVisible();
  await expectNoAxeViolations(page, 'plan overview');
});

test('Enter in a question moves on, as the button does, and on the last step makes the plan', async ({ page }) => {
  await page.goto('./#/plan/nieuw');
  await ready(page);
  // A new step moves focus to its heading in the next frame; a person starts typing after
  // that, and so does this test (a key pressed before it would go to the heading).
  const stepShown = () => expect(page.locator('#intake-step')).toBeFocused();
  await passSafety(page);
  await stepShown();
  // Nothing chosen yet: Enter says what is missing, like the button.
  await page.getByLabel('Langer dan 12 weken').focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('#intake-error')).not.toBeEmpty();
  await page.getByLabel('Langer dan 12 weken').check();
  await page.keyboard.press('Enter');
  await stepShown();
  await expect(page.getByLabel('3 dagen')).toBeChecked();
  await page.getByLabel('3 dagen').press('Enter');
  await stepShown();
  await page.getByLabel('Wandelen').check();
  await page.getByLabel('Ja', { exact: true }).check();
  await page.keyboard.press('Enter');
  await stepShown();
  await page.getByLabel('Wanneer begin je?').press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mijn plan');
});

test('early pain gets the gentlest start, and the difference is explained', async ({ page }) => {
  await makePlan(page, { duration: 'Korter dan 6 weken', ball: 'Nee' });
  await expect(page.getByText('nog vrij nieuw')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Laat je ook even nakijken' })).toHaveCount(0);
  await page.goto('./#/vandaag');
  const bridge = page.locator('article', { hasText: 'Bruggetje' });
  await expect(bridge.locator('.dose')).toContainText('2 × 10');
  await expect(bridge.locator('.variant')).toHaveText('kleine heuphef');
  await expect(page.locator('article', { hasText: 'Wandelen' }).locator('.dose')).toHaveText('20 min wandelen');
  await expect(page.locator('article', { hasText: 'op de bal' })).toHaveCount(0);
});

test('today: tick exercises, reload, still ticked; the session can be ticked off at once', async ({ page }) => {
  await makePlan(page);
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Vandaag' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Vandaag');
  await expect(page.getByText('maandag 23 nov 2026')).toBeVisible();
  const cards = page.locator('article.exercise');
  await expect(cards).toHaveCount(9); // 4 floor + 4 ball + the walk
  const knee = cards.filter({ hasText: 'Kniewiegen op je rug' });
  await expect(knee.locator('.dose')).toHaveText('1 min 30 s');
  await knee.getByLabel('Gedaan').check();
  await cards.filter({ hasText: 'Bruggetje' }).getByLabel('Gedaan').check();
  await expect(page.locator('.session-progress')).toHaveText('2 van 9');
  await expectNoAxeViolations(page, 'today');

  await page.reload();
  await ready(page);
  await expect(knee.getByLabel('Gedaan')).toBeChecked();
  await expect(cards.filter({ hasText: 'Bruggetje' }).getByLabel('Gedaan')).toBeChecked();
  await expect(cards.filter({ hasText: 'Vierpoot' }).getByLabel('Gedaan')).not.toBeChecked();

  await page.getByRole('button', { name: 'Alles afvinken' }).click();
  await expect(page.locator('.session-progress')).toHaveText('Alles gedaan voor vandaag.');
  await page.goto('./#/plan');
  await expect(page.locator('section.week').first().locator('li').first()).toContainText('✓ gedaan');
});

test('a rest day says to stay active and links the next session', async ({ page }) => {
  await makePlan(page);
  await page.clock.setFixedTime(new Date('2026-11-24T08:00:00'));
  await page.goto('./#/vandaag');
  await ready(page);
  await expect(page.getByText('rustdag')).toBeVisible();
  await page.getByRole('link', { name: /woensdag 25 nov 2026/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('woensdag 25 nov 2026');
  // Three training days, so the walk is on every one of them.
  await expect(page.locator('article.exercise')).toHaveCount(9);
});

test('the share link gives the same plan on another phone, safety question first', async ({ page, browser }) => {
  await makePlan(page);
  const link = await page.getByLabel('Link naar dit plan').inputValue();
  expect(link).toContain('#/plan/nieuw?duur=lang&dagen=ma,wo,vr&bal=ja&beweging=wandelen&start=2026-11-23&weken=6');
  const planText = await page.locator('section.week').allInnerTexts();

  const other = await browser.newContext();
  const phone = await other.newPage();
  await phone.clock.setFixedTime(MONDAY);
  await phone.goto(link);
  await ready(phone);
  await expect(phone.getByRole('heading', { name: 'Eerst even checken' })).toBeVisible();
  await passSafety(phone);
  await expect(phone.getByLabel('Langer dan 12 weken')).toBeChecked();
  for (let i = 0; i < 3; i++) await phone.getByRole('button', { name: 'Volgende' }).click();
  await phone.getByRole('button', { name: 'Maak mijn plan' }).click();
  await expect(phone.locator('section.week')).toHaveCount(6);
  expect(await phone.locator('section.week').allInnerTexts()).toEqual(planText);
  // Nothing personal came along: no ticks, no recognised signs.
  await afterSaves(phone);
  const stored = await phone.evaluate(() => localStorage.getItem('rugplan.ticks'));
  expect(stored).toBeNull();
  await other.close();
});

test('each intake step says what is missing, and answers survive a reload', async ({ page }) => {
  await page.goto('./#/plan/nieuw');
  await ready(page);
  await passSafety(page);
  await page.getByRole('button', { name: 'Volgende' }).click();
  // The message names the question, and goes once it is answered.
  await expect(page.locator('#intake-error')).toHaveText('Kies hoe lang je al klachten hebt.');
  await expectNoAxeViolations(page, 'intake step 2 with an error');
  await page.getByLabel('6 tot 12 weken').check();
  await expect(page.locator('#intake-error')).toBeEmpty();
  await page.getByRole('button', { name: 'Volgende' }).click();
  await page.getByLabel('4 dagen').check();
  await expect(page.getByLabel('zaterdag')).toBeChecked();
  // Unticking a day follows the person: 3 days; ticking a fourth makes it 4 again.
  await page.getByLabel('zaterdag').uncheck();
  await expect(page.getByLabel('3 dagen')).toBeChecked();
  await page.getByLabel('zondag').check();
  await expect(page.getByLabel('4 dagen')).toBeChecked();
  // A fifth day is one too many.
  await page.getByLabel('woensdag').check();
  await page.getByRole('button', { name: 'Volgende' }).click();
  await expect(page.locator('#intake-error')).toHaveText('Kies precies 4 dagen.');
  await page.getByLabel('woensdag').uncheck();
  await page.getByRole('button', { name: 'Volgende' }).click();
  await expect(page.getByRole('heading', { name: 'Bal en beweging' })).toBeFocused();
  await expectNoAxeViolations(page, 'intake step 4');

  await page.reload();
  await ready(page);
  // The safety question is asked again; the other answers are kept.
  await passSafety(page);
  await expect(page.getByLabel('6 tot 12 weken')).toBeChecked();
  await page.getByRole('button', { name: 'Volgende' }).click();
  await expect(page.getByLabel('zondag')).toBeChecked();
  await expect(page.getByLabel('zaterdag')).not.toBeChecked();
});

test('changing the intake keeps ticks made on past dates', async ({ page }) => {
  await makePlan(page);
  await page.goto('./#/vandaag');
  await page.locator('article', { hasText: 'Bruggetje' }).getByLabel('Gedaan').check();
  // Two days later, change the plan to 4 days a week without a ball.
  await page.clock.setFixedTime(new Date('2026-11-25T09:00:00'));
  await page.goto('./#/plan');
  await ready(page);
  await page.getByRole('link', { name: 'Plan aanpassen' }).click();
  await passSafety(page);
  await page.getByRole('button', { name: 'Volgende' }).click();
  await page.getByLabel('4 dagen').check();
  await page.getByRole('button', { name: 'Volgende' }).click();
  await page.getByLabel('Nee', { exact: true }).check();
  await page.getByRole('button', { name: 'Volgende' }).click();
  await page.getByRole('button', { name: 'Maak mijn plan' }).click();
  await expect(page.getByText('6 weken, 4 dagen per week')).toBeVisible();
  await page.goto('./#/dag/2026-11-23');
  await expect(page.locator('article', { hasText: 'Bruggetje' }).getByLabel('Gedaan')).toBeChecked();
});

test('the hold timer counts down and says when it is done', async ({ page }) => {
  await page.clock.install({ time: MONDAY });
  await makePlan(page, { ball: 'Nee' });
  await page.goto('./#/vandaag');
  const card = page.locator('article', { hasText: 'Kleine bewegingen op een stoel' });
  await expect(card.getByRole('timer')).toHaveText('0:45');
  await card.getByRole('button', { name: 'Start' }).click();
  await page.clock.runFor(10_000);
  await expect(card.getByRole('timer')).toHaveText('0:35');
  await card.getByRole('button', { name: 'Pauze' }).click();
  await page.clock.runFor(10_000);
  await expect(card.getByRole('timer')).toHaveText('0:35');
  await card.getByRole('button', { name: 'Verder' }).click();
  await page.clock.runFor(36_000);
  await expect(card.getByRole('timer')).toHaveText('0:00');
  await expect(card.locator('.timer-done')).toHaveText('Klaar!');
  await card.getByRole('button', { name: 'Opnieuw' }).click();
  await expect(card.getByRole('timer')).toHaveText('0:45');
});
