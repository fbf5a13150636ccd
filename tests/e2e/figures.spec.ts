// The exercise figures and the guided session (issue 18), on a phone: every exercise card and
// stretch shows its figure with a name, reduced motion stops every animation, and a whole
// guided session runs from "Vandaag" to the diary prompt. The clock is fixed to Monday
// 23 November 2026, the plan's first training day.
import { test, expect, ready, expectNoAxeViolations, passSafety } from './fixtures';
import type { Page } from '@playwright/test';

const MONDAY = new Date('2026-11-23T09:30:00');

async function makePlan(page: Page, ball: 'Ja' | 'Nee') {
  await page.goto('./#/plan/nieuw');
  await ready(page);
  await passSafety(page);
  await page.getByLabel('Langer dan 12 weken').check();
  await page.getByRole('button', { name: 'Volgende' }).click();
  await page.getByRole('button', { name: 'Volgende' }).click();
  await page.getByLabel(ball, { exact: true }).check();
  await page.getByLabel('Wandelen').check();
  await page.getByRole('button', { name: 'Volgende' }).click();
  await page.getByRole('button', { name: 'Maak mijn plan' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mijn plan');
}

/** Animations that are running now, anywhere in the page. */
async function running(page: Page) {
  return page.evaluate(() => document.getAnimations().filter((a) => a.playState === 'running').length);
}

test('every exercise card and every stretch shows its figure, with a name', async ({ page }) => {
  await page.clock.setFixedTime(MONDAY);
  await makePlan(page, 'Ja');
  await page.goto('./#/vandaag');
  await ready(page);
  const cards = page.locator('article.exercise');
  await expect(cards).toHaveCount(9);
  for (const card of await cards.all()) {
    const figure = card.getByRole('img');
    await expect(figure).toHaveCount(1);
    await expect(figure).toHaveAttribute('aria-label', /^Tekening: /);
    await expect(figure.locator('svg').first()).toBeVisible();
  }
  await expect(cards.filter({ hasText: 'Vierpoot' }).getByRole('img')).toHaveAttribute('aria-label', /rechterarm/);
  await expectNoAxeViolations(page, 'today with figures');

  await page.goto('./#/plan');
  await ready(page);
  await page.getByText('Extra oefeningen').click();
  const stretches = page.locator('dd [role="img"]');
  await expect(stretches).toHaveCount(5);
  for (const figure of await stretches.all()) {
    await expect(figure).toHaveAttribute('aria-label', /^Tekening: /);
  }

  // In English too.
  await page.goto('./#/vandaag');
  await ready(page);
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('article.exercise').first().getByRole('img')).toHaveAttribute('aria-label', /^Drawing: /);
});

test('figures move only on screen, and reduced motion stops every animation', async ({ page }) => {
  await page.clock.setFixedTime(MONDAY);
  await makePlan(page, 'Ja');
  await page.goto('./#/vandaag');
  await ready(page);
  const first = page.locator('article.exercise').first().locator('.figure');
  await first.scrollIntoViewIfNeeded();
  await expect(first).toHaveAttribute('data-play', '');
  await expect.poll(() => running(page)).toBeGreaterThan(0);
  // A figure far below the screen does not play.
  await expect(page.locator('article.exercise').nth(7).locator('.figure')).not.toHaveAttribute('data-play', '');

  await page.emulateMedia({ reducedMotion: 'reduce' });
  await expect.poll(() => running(page)).toBe(0);
  // Start and end side by side instead.
  await expect(first.locator('.fig-still svg')).toHaveCount(2);
  await expect(first.locator('.fig-still svg').nth(1)).toBeVisible();
  await expect(first.locator('.fig-move')).toBeHidden();
  await page.reload();
  await ready(page);
  await expect(page.locator('article.exercise').first().locator('.fig-still svg').first()).toBeVisible();
  expect(await running(page)).toBe(0);
});

test('a guided session: holds with rests, paced repetitions, a reload midway, ticks, then the diary', async ({ page }) => {
  await page.clock.install({ time: MONDAY });
  await makePlan(page, 'Nee');
  await page.goto('./#/vandaag');
  await ready(page);
  await page.getByRole('link', { name: 'Oefen samen met de app' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Samen oefenen');

  // 1. Knee rocking: one hold of 1 min 30 s.
  await expect(page.getByText('Oefening 1 van 4')).toBeVisible();
  await expect(page.getByRole('heading', { level: 2 })).toHaveText('Kniewiegen op je rug');
  await expect(page.locator('.guided [role="img"]')).toHaveAttribute('aria-label', /^Tekening: /);
  await expect(page.locator('.set-count')).toHaveText('Ronde 1 van 1');
  await expectNoAxeViolations(page, 'guided step 1');
  await page.getByRole('button', { name: 'Start' }).click();
  await page.clock.runFor(91_000);
  await expect(page.locator('.set-count')).toHaveText('Klaar met deze oefening');
  await page.getByRole('button', { name: 'Volgende' }).click();

  // 2. Seated micro-moves: 2 × 45 s. One tap on Start runs both sets, with a rest between.
  await expect(page.getByRole('heading', { level: 2 })).toHaveText('Kleine bewegingen op een stoel');
  await expect(page.getByRole('heading', { level: 2 })).toBeFocused();
  // The next exercise comes into view whole: its number, name, figure and Start together.
  await expect(page.getByText('Oefening 2 van 4')).toBeInViewport();
  await expect(page.getByRole('button', { name: 'Start' })).toBeInViewport();
  await page.getByRole('button', { name: 'Start' }).click();
  await page.setViewportSize({ width: 320, height: 640 });
  await page.clock.runFor(46_000);
  await expect(page.getByRole('heading', { name: 'Even rust' })).toBeVisible();
  // The rest's countdown stands where the hold's timer was, in view on a small phone; the
  // figure stays below it, held still.
  await expect(page.locator('.rest [role="timer"]')).toBeInViewport();
  await expect(page.locator('.guided [role="img"]')).toBeVisible();
  await expect(page.locator('.guided [role="img"]')).toHaveAttribute('data-hold', '');
  await expect(page.getByText('Rust tussen de rondes: 30 s')).toBeVisible();
  await page.getByRole('button', { name: 'Langer rusten' }).click();
  await expect(page.getByText('Rust tussen de rondes: 45 s')).toBeVisible();
  await expectNoAxeViolations(page, 'guided rest');
  await page.clock.runFor(46_000);
  await expect(page.locator('.set-count')).toHaveText('Ronde 2 van 2');
  // The second set runs by itself: no second tap.
  await expect(page.getByRole('button', { name: 'Pauze' })).toBeVisible();
  await page.clock.runFor(45_000);
  await expect(page.locator('.set-count')).toHaveText('Klaar met deze oefening');
  await page.getByRole('button', { name: 'Volgende' }).click();

  // 3. Bridge: 2 × 10 at 6 s a repetition, counted along with the figure; at 320 px.
  await expect(page.getByRole('heading', { level: 2 })).toHaveText('Bruggetje');
  await expect(page.locator('.rep-count')).toHaveText('Herhaling 0 van 10');
  await expectNoAxeViolations(page, 'guided repetitions at 320 px');
  await page.getByRole('button', { name: 'Start de tellen' }).click();
  await expect(page.locator('.rep-count')).toHaveText('Herhaling 1 van 10');
  await page.clock.runFor(6_100);
  await expect(page.locator('.rep-count')).toHaveText('Herhaling 2 van 10');
  await page.clock.runFor(54_000);
  await expect(page.getByRole('heading', { name: 'Even rust' })).toBeVisible();
  // The rest's countdown stands where the count was, in view on a small phone; the held
  // figure comes below it.
  await expect(page.locator('.rest [role="timer"]')).toBeInViewport();
  await expect(page.locator('.guided [role="img"]')).toHaveAttribute('data-hold', '');
  await page.getByRole('button', { name: 'Verder zonder rust' }).click();
  // After the rest the count goes on by itself.
  await expect(page.locator('.set-count')).toHaveText('Ronde 2 van 2');
  await expect(page.locator('.rep-count')).toHaveText('Herhaling 1 van 10');
  await page.clock.runFor(6_100);
  await expect(page.locator('.rep-count')).toHaveText('Herhaling 2 van 10');
  await expect(page).toHaveURL(/#\/vandaag\/samen\?stap=3&ronde=2$/);

  // A reload goes on where the session was, and waits for a tap before it counts.
  await page.reload();
  await ready(page);
  await expect(page.getByRole('heading', { level: 2 })).toHaveText('Bruggetje');
  await expect(page.locator('.set-count')).toHaveText('Ronde 2 van 2');
  await expect(page.locator('.rep-count')).toHaveText('Herhaling 0 van 10');
  await page.getByRole('button', { name: 'Start de tellen' }).click();
  await page.clock.runFor(60_500);
  await expect(page.locator('.set-count')).toHaveText('Klaar met deze oefening');
  await page.getByRole('button', { name: 'Volgende' }).click();

  // 4. Bird-dog: skipped, so it gets no tick; then back and forward again by keyboard.
  await expect(page.getByRole('heading', { level: 2 })).toHaveText('Vierpoot');
  await expect(page.locator('.rep-count')).toHaveText('Herhaling 0 van 6, links en rechts');
  await page.getByRole('button', { name: 'Vorige' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2 })).toHaveText('Bruggetje');
  await page.getByRole('button', { name: 'Overslaan' }).click();
  await expect(page.getByRole('heading', { level: 2 })).toHaveText('Vierpoot');
  await page.getByRole('button', { name: 'Overslaan' }).click();

  // The end: how does the back feel?
  await expect(page.getByRole('heading', { name: 'Klaar voor vandaag' })).toBeVisible();
  await expectNoAxeViolations(page, 'guided end');
  await page.getByRole('link', { name: 'Schrijf op hoe je rug voelt' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hoe gaat het met je rug?');

  // Three of the four exercises are ticked on "Vandaag" (the walk is the fifth item).
  await page.goto('./#/vandaag');
  await ready(page);
  await expect(page.locator('.session-progress')).toHaveText('3 van 5');
  await expect(page.locator('article', { hasText: 'Vierpoot' }).getByLabel('Gedaan')).not.toBeChecked();
  await expect(page.locator('article', { hasText: 'Bruggetje' }).getByLabel('Gedaan')).toBeChecked();
});
