// What a first-time user trips over, checked on both phone profiles and at 320 px: labels that
// break inside a word, a stale ball size, the diary's defaults and findings, the plan
// overview's folding and progress, the start screen's next step, the header's height.
import { test, expect, ready, expectNoAxeViolations, planFromLink, enterHeight, answerSafety } from './fixtures';
import type { Page } from '@playwright/test';

/** Buttons and button-like links whose label has a word split over two lines. */
async function wordsBrokenInButtons(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const broken: string[] = [];
    for (const el of Array.from(document.querySelectorAll('main button, main .button, header button, header a, nav a'))) {
      const box = el.getBoundingClientRect();
      if (box.width === 0) continue;
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        const re = /\S+/g;
        for (let m = re.exec(text); m; m = re.exec(text)) {
          const range = document.createRange();
          range.setStart(node, m.index);
          range.setEnd(node, m.index + m[0].length);
          const tops = new Set(Array.from(range.getClientRects()).map((r) => Math.round(r.top)));
          if (tops.size > 1) broken.push(`${el.textContent?.trim()}: "${m[0]}"`);
        }
      }
    }
    return broken;
  });
}

const SCREENS = ['./', './#/bal', './#/hulp', './#/plan/nieuw', './#/dagboek', './#/plan', './#/vandaag', './#/over', './#/privacy'];

for (const width of [320, 412]) {
  for (const locale of ['nl-NL', 'en-GB']) {
    test.describe(`${width} px, ${locale}`, () => {
      test.use({ viewport: { width, height: 800 }, locale });

      test('no button label breaks inside a word, and the header is one row', async ({ page }) => {
        await page.clock.setFixedTime(new Date('2026-11-25T09:00:00'));
        if (locale === 'nl-NL') await planFromLink(page);
        for (const url of SCREENS) {
          await page.goto(url);
          await ready(page);
          expect(await wordsBrokenInButtons(page), `${url}`).toEqual([]);
          const header = await page.locator('header.topbar').boundingBox();
          expect(header!.height, `${url}: the header is one row`).toBeLessThan(64);
          const tabs = await page.locator('nav.tabs').boundingBox();
          if (tabs) expect(tabs.height, `${url}: the tabs are one row`).toBeLessThan(56);
        }
      });
    });
  }
}

test.describe('at 320 × 568', () => {
  test.use({ viewport: { width: 320, height: 568 } });
  test('the header and tabs leave the screen to the content', async ({ page }) => {
    await page.goto('./');
    await ready(page);
    const tabs = await page.locator('nav.tabs').boundingBox();
    expect(tabs!.y + tabs!.height).toBeLessThan(568 * 0.22);
  });
});

test('the ball size never stands beside a new height', async ({ page }) => {
  await page.goto('./#/bal');
  await ready(page);
  await enterHeight(page, '172');
  await expect(page.locator('.ball-size')).toHaveText('65 cm');
  await page.getByLabel('Lengte').fill('19');
  await expect(page.locator('.ball-size')).toHaveCount(0);
  await page.getByLabel('Lengte').fill('190');
  await page.getByRole('button', { name: 'Bereken' }).click();
  await expect(page.locator('.ball-size')).toHaveText('75 cm');
  await expect(page.locator('.lead')).not.toContainText('meteen');
});

test('the diary suggests the moment, shows the earlier score, and brings a finding into view', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-11-23T18:00:00'));
  await planFromLink(page);
  // A training day: "before exercising" is the suggestion.
  await page.goto('./#/dagboek');
  await ready(page);
  await expect(page.getByLabel('Voor het oefenen')).toBeChecked();
  await page.locator('label.chip', { hasText: /^3$/ }).click();
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.locator('.saved')).toHaveText('Opgeslagen.');
  // The day after: "the day after" is the suggestion, and the earlier score is there.
  await page.clock.setFixedTime(new Date('2026-11-24T19:00:00'));
  await page.reload();
  await ready(page);
  await expect(page.getByLabel('De dag na het oefenen')).toBeChecked();
  await expect(page.getByText('Vóór het oefenen op ma 23 nov gaf je een 3.')).toBeVisible();
  await page.locator('label.chip', { hasText: 'slechter' }).click();
  await page.locator('label.chip', { hasText: /^6$/ }).click();
  await page.getByRole('button', { name: 'Opslaan' }).click();
  const heading = page.getByRole('heading', { name: 'Een stap terug?' });
  await expect(heading).toBeFocused();
  await expect(heading).toBeInViewport();
  await expectNoAxeViolations(page, 'diary with a finding in focus');
  // The chart's labels are readable on a phone.
  const size = await page.locator('.chart-label').first().evaluate((el) => el.getBoundingClientRect().height);
  expect(size).toBeGreaterThan(10);
});

test('the plan folds all but the current week, says why days differ, and shows progress', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-11-25T09:00:00'));
  await planFromLink(page, './#/plan/nieuw?duur=lang&dagen=ma,di,do,za&bal=nee&beweging=wandelen&start=2026-11-16&weken=6');
  const weeks = page.locator('section.week');
  await expect(weeks.nth(1).locator('details.week-days')).toHaveAttribute('open', '');
  await expect(weeks.nth(0).locator('details.week-days')).not.toHaveAttribute('open', '');
  await expect(weeks.nth(2).locator('details.week-days')).not.toHaveAttribute('open', '');
  // In a 4-day plan the activity is on three days: those say so.
  await expect(weeks.nth(1).locator('.day-activity')).toHaveCount(3);
  await expect(weeks.nth(1).locator('.day-activity').first()).toHaveText('met wandelen');
  await expect(page.locator('.plan-progress')).toHaveText('Deze week: 0 van 4 oefendagen gedaan. Hele plan: 0 van 24.');
  await page.goto('./#/dag/2026-11-24');
  await ready(page);
  await page.getByRole('button', { name: 'Alles afvinken' }).click();
  await page.goto('./#/plan');
  await expect(page.locator('.plan-progress')).toHaveText('Deze week: 1 van 4 oefendagen gedaan. Hele plan: 1 van 24.');
  // The extras say which are stretches and which hold muscles.
  const extras = page.locator('details', { hasText: 'Extra oefeningen' });
  await extras.locator('summary').first().click();
  await expect(extras.getByRole('heading', { name: 'Buik- en rugspieren aanspannen' })).toBeVisible();
  await expectNoAxeViolations(page, 'plan overview, folded');
});

test('sources are named as a reader knows them', async ({ page }) => {
  await page.goto('./#/bal');
  await ready(page);
  await expect(page.locator('.source')).toContainText('Mike Willems');
  await expect(page.locator('.source')).not.toContainText('blog-oefeningen');
  await page.goto('./#/over');
  await ready(page);
  for (const name of ['praktijk', 'leaflet-beweging', 'mumc-folder', 'blog-beweging', 'blog-oefeningen']) {
    await expect(page.locator('main')).not.toContainText(`: ${name}`);
  }
});

test('Vandaag: a day ahead is not ticked in advance; all done says what comes next, where the person is', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-11-23T09:00:00'));
  await planFromLink(page);
  await page.goto('./#/dag/2026-11-25');
  await ready(page);
  await expect(page.getByText('Afvinken kan op de dag zelf.')).toBeVisible();
  await expect(page.getByLabel('Gedaan')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Alles afvinken' })).toHaveCount(0);
  await page.goto('./#/vandaag');
  await ready(page);
  await page.getByRole('button', { name: 'Alles afvinken' }).click();
  const next = page.getByText('Alles gedaan. Noteer morgen in je dagboek hoe je rug voelt.');
  await expect(next).toBeVisible();
  // It stands after the last card, by the buttons.
  const cards = await page.locator('article.exercise').last().boundingBox();
  expect((await next.boundingBox())!.y).toBeGreaterThan(cards!.y);
  // The rest day after: the prompt says what yesterday was, not what the person did.
  await page.clock.setFixedTime(new Date('2026-11-24T09:00:00'));
  await page.reload();
  await ready(page);
  await expect(page.getByRole('link', { name: 'Gisteren was een oefendag. Hoe voelt je rug vandaag?' })).toBeVisible();
});

test('on a stop screen the way to "Hulp nodig?" is a full-size button', async ({ page }) => {
  await page.goto('./#/plan/nieuw');
  await ready(page);
  await answerSafety(page, [true, false, false]);
  const help = page.locator('main').getByRole('link', { name: 'Hulp nodig?' });
  const box = await help.boundingBox();
  expect(box!.height).toBeGreaterThanOrEqual(44);
  expect(box!.width).toBeGreaterThanOrEqual(44);
});
