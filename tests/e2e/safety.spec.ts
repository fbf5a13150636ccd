// The safety gate and the paused plan, as a person meets them on a phone: one question per
// group of warning signs, a stop screen per group, going on after talking to the GP, and a
// plan paused by a later "yes" (at the gate or on "Hulp nodig?") until it has been checked.
// The clock is fixed to Monday 23 November 2026.
import { test, expect, ready, expectNoAxeViolations, afterSaves, stored, answerSafety, passSafety, planFromLink } from './fixtures';
import type { Page } from '@playwright/test';

const MONDAY = new Date('2026-11-23T09:30:00');

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(MONDAY);
});

async function openGate(page: Page) {
  await page.goto('./#/plan/nieuw');
  await ready(page);
  await expect(page.getByRole('heading', { name: 'Eerst even checken' })).toBeVisible();
}

test('the gate asks each group, and no single tap passes it', async ({ page }) => {
  await openGate(page);
  await expectNoAxeViolations(page, 'safety gate');
  const gate = page.locator('fieldset.gate');
  await expect(gate).toHaveCount(3);
  await expect(gate.nth(2)).toContainText('nu of vroeger');
  await expect(gate.nth(2)).toContainText('kanker');
  // Nothing is chosen beforehand, and "next" alone says what is missing.
  await expect(page.locator('fieldset.gate input:checked')).toHaveCount(0);
  await page.getByRole('button', { name: 'Volgende' }).click();
  await expect(page.locator('#intake-error')).toHaveText('Kies bij elke vraag ja of nee.');
  await gate.nth(0).getByLabel('Nee', { exact: true }).check();
  await gate.nth(1).getByLabel('Nee', { exact: true }).check();
  await page.getByRole('button', { name: 'Volgende' }).click();
  await expect(page.locator('#intake-error')).toHaveText('Kies bij elke vraag ja of nee.');
  await expectNoAxeViolations(page, 'safety gate with an error');
  await gate.nth(2).getByLabel('Nee', { exact: true }).check();
  await page.getByRole('button', { name: 'Volgende' }).click();
  await expect(page.getByRole('heading', { name: 'Je klachten' })).toBeFocused();
});

const STOPS = [
  { answers: [true, false, false], title: 'Bel meteen je huisarts', action: 'Buiten kantoortijd bel je de huisartsenpost', call112: true },
  { answers: [false, true, false], title: 'Bel vandaag je huisarts', action: 'Is de praktijk dicht?', call112: true },
  { answers: [false, false, true], title: 'Overleg eerst met je huisarts', action: 'voordat je met een oefenplan begint', call112: false },
];

for (const stop of STOPS) {
  test(`a yes stops the intake: ${stop.title}`, async ({ page }) => {
    await openGate(page);
    await answerSafety(page, stop.answers);
    await expect(page.getByRole('heading', { name: stop.title })).toBeFocused();
    await expect(page.locator('main')).toContainText(stop.action);
    await expect(page.getByRole('link', { name: /112/ })).toHaveCount(stop.call112 ? 1 : 0);
    if (stop.call112) await expect(page.getByRole('link', { name: /112/ })).toHaveAttribute('href', 'tel:112');
    await expect(page.getByRole('button', { name: 'Volgende' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Ik heb dit met mijn huisarts besproken' })).toHaveCount(stop.call112 ? 0 : 1);
    await expectNoAxeViolations(page, `stop: ${stop.title}`);
    // Back to the questions, with the answers as they were.
    await page.getByRole('button', { name: 'Terug naar de vragen' }).click();
    await expect(page.locator('fieldset.gate input:checked')).toHaveCount(3);
    await page.goto('./#/plan');
    await expect(page.getByText('Je hebt nog geen plan')).toBeVisible();
    await afterSaves(page);
    expect(await page.evaluate(() => localStorage.getItem('rugplan.plan'))).toBeNull();
  });
}

test('after talking to the GP, the person goes on to a plan', async ({ page }) => {
  await page.goto('./#/plan/nieuw?duur=kort&dagen=ma,wo,vr&bal=nee&beweging=wandelen&start=2026-11-23&weken=6');
  await ready(page);
  await answerSafety(page, [false, false, true]);
  await page.getByRole('button', { name: 'Ik heb dit met mijn huisarts besproken' }).click();
  await expect(page.getByRole('heading', { name: 'Je klachten' })).toBeFocused();
  for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Volgende' }).click();
  await page.getByRole('button', { name: 'Maak mijn plan' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mijn plan');
  await expect.poll(async () => (await stored(page, 'rugplan.safety'))?.data).toEqual({ gp_talked: '2026-11-23', paused: null, paused_since: null });
  // Not paused: today shows the exercises.
  await page.goto('./#/vandaag');
  await expect(page.locator('article.exercise').first()).toBeVisible();
});

test('6 to 12 weeks of complaints brings the advice to see a GP or physiotherapist', async ({ page }) => {
  await page.goto('./#/plan/nieuw?duur=6-12&dagen=ma,wo,vr&bal=nee&beweging=wandelen&start=2026-11-23&weken=6');
  await ready(page);
  await passSafety(page);
  for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Volgende' }).click();
  await page.getByRole('button', { name: 'Maak mijn plan' }).click();
  await expect(page.getByRole('heading', { name: 'Laat je ook even nakijken' })).toBeVisible();
  await expect(page.locator('.advice')).toContainText('langer dan 6 weken');
});

test('a yes on "Hulp nodig?" pauses the plan until it has been checked', async ({ page }) => {
  await planFromLink(page);
  await page.goto('./#/hulp');
  await ready(page);
  const today = page.locator('section.card', { hasText: 'Bel vandaag je huisarts' });
  await today.getByRole('button', { name: 'Dit geldt voor mij: zet mijn oefenplan stil' }).click();
  await expect(today.getByRole('status')).toContainText('Je oefenplan staat stil');
  await expectNoAxeViolations(page, 'help page after a yes');
  await expect.poll(async () => (await stored(page, 'rugplan.safety'))?.data.paused).toBe('vandaag');

  await page.goto('./#/vandaag');
  await ready(page);
  await expect(page.getByRole('heading', { name: 'Je oefenplan staat stil' })).toBeVisible();
  await expect(page.locator('main')).toContainText('Op maandag 23 nov 2026 gaf je aan');
  await expect(page.locator('main')).toContainText('Bel vandaag nog je huisarts');
  await expect(page.getByRole('link', { name: /112/ })).toHaveAttribute('href', 'tel:112');
  await expect(page.locator('article.exercise')).toHaveCount(0);
  await expectNoAxeViolations(page, 'paused plan');
  // The plan overview says so above the weeks, and the guided session offers no exercises.
  await page.getByRole('link', { name: 'Plan', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mijn plan');
  await expect(page.getByRole('heading', { name: 'Je oefenplan staat stil' })).toBeVisible();
  await expect(page.locator('section.week').first()).toBeVisible();
  await expectNoAxeViolations(page, 'paused plan overview');
  await page.goto('./#/vandaag/samen');
  await ready(page);
  await expect(page.getByRole('heading', { name: 'Je oefenplan staat stil' })).toBeVisible();
  await expect(page.locator('article.guided')).toHaveCount(0);
  await page.goto('./#/vandaag');
  // It stays paused after a reload, until the person says it has been checked.
  await page.reload();
  await ready(page);
  await expect(page.getByRole('heading', { name: 'Je oefenplan staat stil' })).toBeVisible();
  await page.getByRole('button', { name: 'Het is nagekeken: toon mijn oefeningen weer' }).click();
  await expect(page.locator('article.exercise').first()).toBeVisible();
  await expect.poll(async () => (await stored(page, 'rugplan.safety'))?.data.paused).toBeNull();
});

test('a later yes at the gate pauses an existing plan', async ({ page }) => {
  await planFromLink(page);
  await page.getByRole('link', { name: 'Plan aanpassen' }).click();
  await answerSafety(page, [true, false, false]);
  await expect(page.getByRole('heading', { name: 'Bel meteen je huisarts' })).toBeFocused();
  await expect(page.locator('main')).toContainText('Je oefenplan staat stil');
  await page.goto('./#/vandaag');
  await ready(page);
  await expect(page.getByRole('heading', { name: 'Je oefenplan staat stil' })).toBeVisible();
  await expect(page.locator('main')).toContainText('Bel meteen je huisarts');
  await expect(page.locator('article.exercise')).toHaveCount(0);
  // The diary prompt to note the pain before exercising waits too.
  await expect(page.locator('.prompt')).toHaveCount(0);
});

test('"back to the questions" takes back the pause it made', async ({ page }) => {
  await planFromLink(page);
  await page.getByRole('link', { name: 'Plan aanpassen' }).click();
  await answerSafety(page, [false, true, false]);
  await page.getByRole('button', { name: 'Terug naar de vragen' }).click();
  await page.goto('./#/vandaag');
  await ready(page);
  await expect(page.locator('article.exercise').first()).toBeVisible();
});

test('the stop screens and the paused plan in English', async ({ page }) => {
  await planFromLink(page);
  await page.getByRole('banner').getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.goto('./#/plan/nieuw');
  await ready(page);
  await answerSafety(page, [false, false, true], 'en');
  await expect(page.getByRole('heading', { name: 'Talk to your GP first' })).toBeFocused();
  await expectNoAxeViolations(page, 'GP-first stop (en)');
  await page.goto('./#/vandaag');
  await ready(page);
  await expect(page.getByRole('heading', { name: 'Your exercise plan is paused' })).toBeVisible();
  await expectNoAxeViolations(page, 'paused plan (en)');
});

test('screenshots of the stop screens and the paused plan', async ({ page }, info) => {
  await planFromLink(page);
  for (const [i, stop] of STOPS.entries()) {
    await page.goto('./#/plan/nieuw');
    await ready(page);
    if (i === 0) await page.screenshot({ path: info.outputPath('gate.png'), fullPage: true });
    await answerSafety(page, stop.answers);
    await expect(page.getByRole('heading', { name: stop.title })).toBeVisible();
    await page.screenshot({ path: info.outputPath(`stop-${i}.png`), fullPage: true });
    await page.getByRole('button', { name: 'Terug naar de vragen' }).click();
  }
  await page.goto('./#/hulp');
  await ready(page);
  await page.locator('section.card', { hasText: 'Bel meteen je huisarts' }).getByRole('button', { name: /zet mijn oefenplan stil/ }).click();
  await page.screenshot({ path: info.outputPath('help.png'), fullPage: true });
  await page.goto('./#/vandaag');
  await ready(page);
  await expect(page.getByRole('heading', { name: 'Je oefenplan staat stil' })).toBeVisible();
  await page.screenshot({ path: info.outputPath('paused.png'), fullPage: true });
});
