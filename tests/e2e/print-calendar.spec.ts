// The plan on paper and in the phone's calendar: the print stylesheet shows every week's
// exercises and doses without the app's chrome, and the .ics download is valid RFC 5545
// whose events keep their UIDs when the plan changes (an update, not a copy).
import { readFileSync } from 'node:fs';
import { test, expect, planFromLink as planFrom } from './fixtures';
import type { Page } from '@playwright/test';
import { checkIcs } from './ics-check.mjs';

const LINK = './#/plan/nieuw?duur=lang&bal=ja&beweging=wandelen&start=2026-11-23&weken=6&dagen=';

const planFromLink = (page: Page, days: string) => planFrom(page, LINK + days);

async function downloadIcs(page: Page): Promise<string> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download agendabestand (.ics)' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('rugplan.ics');
  return readFileSync((await download.path())!, 'utf8');
}

/** Unfolded properties of each VEVENT, as `NAME[;PARAMS]` -> value. */
function events(ics: string): Map<string, string>[] {
  const lines = ics.replace(/\r\n[ \t]/g, '').split('\r\n');
  const out: Map<string, string>[] = [];
  let current: Map<string, string> | null = null;
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') current = new Map();
    else if (line === 'END:VEVENT') { out.push(current!); current = null; }
    else if (current && !current.has('END:VALARM') && line.includes(':')) {
      const at = line.indexOf(':');
      if (!current.has(line.slice(0, at))) current.set(line.slice(0, at), line.slice(at + 1));
    }
  }
  return out;
}

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-11-23T09:30:00'));
});

test('the plan prints on A4 with every week\'s exercises and doses, and no app chrome', async ({ page }) => {
  await planFromLink(page, 'ma,wo,vr');
  const firstWeek = page.locator('section.week').first();
  // On screen the exercises are folded away.
  await expect(firstWeek.locator('.week-exercises li').first()).toBeHidden();

  await page.emulateMedia({ media: 'print' });
  for (const chrome of ['header.topbar', 'nav.tabs', 'footer.footer', '.buttons']) {
    await expect(page.locator(chrome).first()).toBeHidden();
  }
  await expect(firstWeek.locator('.week-exercises')).not.toHaveAttribute('open', /.*/);
  const items = firstWeek.locator('.week-exercises li');
  await expect(items).toHaveCount(9);
  await expect(items.first()).toBeVisible();
  await expect(items.nth(2)).toHaveText('Bruggetje: 2 × 10 (hele brug)');
  await expect(items.last()).toHaveText('25 min wandelen');
  await expect(page.locator('section.week').nth(1).locator('.week-exercises li').last()).toHaveText('30 min wandelen');
  await expect(page.getByRole('heading', { name: 'In je agenda' })).toBeHidden();
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.length).toBeGreaterThan(10_000);

  // The summary for a physiotherapist prints the same way: its content, no app chrome.
  await page.emulateMedia({ media: 'screen' });
  await page.goto('./#/dagboek');
  await page.locator('.scores label.chip').nth(3).click();
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await page.goto('./#/dagboek/overzicht');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.summary table')).toBeVisible();
  for (const chrome of ['header.topbar', 'nav.tabs', 'footer.footer']) {
    await expect(page.locator(chrome)).toBeHidden();
  }
  await page.emulateMedia({ media: 'screen' });
  await page.goto('./#/plan');

  // The button opens the weeks, then asks the browser to print.
  await page.emulateMedia({ media: 'screen' });
  await page.evaluate(() => {
    (window as any).printed = 0;
    window.print = () => { (window as any).printed += 1; };
  });
  await page.getByRole('button', { name: 'Afdrukken' }).click();
  expect(await page.evaluate(() => (window as any).printed)).toBe(1);
  await expect(firstWeek.locator('.week-exercises')).toHaveAttribute('open', '');
});

test('the training days download as a valid .ics; a changed plan updates the same events', async ({ page }) => {
  await planFromLink(page, 'ma,wo,vr');
  const allDay = await downloadIcs(page);
  expect(checkIcs(allDay)).toEqual([]);
  const first = events(allDay);
  expect(first).toHaveLength(18);
  expect(first[0].get('DTSTART;VALUE=DATE')).toBe('20261123');
  expect(first[0].get('DTEND;VALUE=DATE')).toBe('20261124');
  expect(first[0].get('SUMMARY')).toBe('Rugplan: oefenen en 25 min wandelen');
  expect(first[0].get('DESCRIPTION')).toContain('Week 1');
  expect(first[0].get('DESCRIPTION')).toContain('Bruggetje: 2 × 10');
  await expect(page.getByRole('status').filter({ hasText: 'agenda' })).toBeVisible();

  // At a set time; a time that is not one is refused with a message, and nothing downloads.
  await page.getByLabel('Op een vaste tijd').check();
  const time = page.getByLabel('Tijd', { exact: true });
  await time.fill('');
  let downloads = 0;
  page.on('download', () => downloads++);
  await page.getByRole('button', { name: 'Download agendabestand (.ics)' }).click();
  await expect(page.getByText('Vul een tijd in')).toBeVisible();
  await expect(time).toHaveAttribute('aria-invalid', 'true');
  await expect(time).toBeFocused();
  expect(downloads).toBe(0);
  await time.fill('07:45');
  const timed = events(await downloadIcs(page));
  expect(timed[0].get('DTSTART')).toBe('20261123T074500');
  expect(timed.map((e) => e.get('UID'))).toEqual(first.map((e) => e.get('UID')));

  // Other weekdays, same plan start: the same UIDs, moved dates, a higher SEQUENCE.
  await page.clock.setFixedTime(new Date('2026-11-23T09:45:00'));
  await planFromLink(page, 'di,do,za');
  const moved = events(await downloadIcs(page));
  expect(moved.map((e) => e.get('UID'))).toEqual(first.map((e) => e.get('UID')));
  expect(moved[0].get('DTSTART;VALUE=DATE')).toBe('20261124');
  expect(Number(moved[0].get('SEQUENCE'))).toBeGreaterThan(Number(first[0].get('SEQUENCE')));
});
