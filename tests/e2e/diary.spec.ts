// The soreness diary and the after-pain rule on a phone. The plan starts on Monday
// 9 November 2026, so Monday 23 November is in week 3 (whose change can be undone).
import { test, expect, ready, expectNoAxeViolations, afterSaves, planFromLink as planFrom } from './fixtures';
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';

const LINK = './#/plan/nieuw?duur=lang&dagen=ma,wo,vr&bal=nee&beweging=wandelen&start=2026-11-09&weken=6';

const planFromLink = (page: Page) => planFrom(page, LINK);

async function score(page: Page, n: number) {
  await page.locator('label.chip', { hasText: new RegExp(`^${n}$`) }).click();
}

test('baseline, session, worse a day later: step back offered, accepted, the week goes back', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-11-23T09:30:00'));
  await planFromLink(page);
  const week3 = page.locator('section.week').nth(2);
  await expect(week3).toContainText('Bruggetje: van 10 naar 12 herhalingen per serie.');

  // Monday: baseline before exercising, from the prompt on "Vandaag", then the session.
  await page.goto('./#/vandaag');
  await page.getByRole('link', { name: /vóór het oefenen/ }).click();
  await expect(page.getByLabel('Voor het oefenen')).toBeChecked();
  await score(page, 3);
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.locator('.saved')).toHaveText('Opgeslagen.');
  await page.goto('./#/vandaag');
  await expect(page.locator('article', { hasText: 'Bruggetje' }).locator('.dose')).toHaveText(/2 × 12/);
  await page.getByRole('button', { name: 'Alles afvinken' }).click();

  // Tuesday, a day later: the app is opened again, and the back feels worse.
  await page.clock.setFixedTime(new Date('2026-11-24T10:00:00'));
  await page.reload();
  await ready(page);
  await page.getByRole('link', { name: /Hoe voelt je rug vandaag/ }).click();
  await expect(page.getByLabel('De dag na het oefenen')).toBeChecked();
  await page.locator('label.chip', { hasText: 'slechter' }).click();
  await score(page, 6);
  await page.getByRole('button', { name: 'Opslaan' }).click();

  const offer = page.locator('section', { has: page.getByRole('heading', { name: 'Een stap terug?' }) });
  await expect(offer).toContainText('pijn 3 daarvoor, 6 daarna');
  await expectNoAxeViolations(page, 'diary with a step-back offer');
  await offer.getByRole('button', { name: 'Neem een stap terug' }).click();
  await expect(page.getByText('Je plan is een stap teruggezet, vanaf woensdag 25 nov 2026. Bruggetje: van 12 naar 10 herhalingen per serie.')).toBeVisible();
  await expect(offer).toHaveCount(0);

  await page.goto('./#/plan');
  await expect(week3).toContainText('Vanaf wo 25 nov een stap terug. Bruggetje: van 12 naar 10 herhalingen per serie.');
  await expect(page.locator('section.week').nth(3)).toContainText('niets');

  // Reload keeps everything: the step back, the ticks, the entries.
  await page.reload();
  await ready(page);
  await expect(week3).toContainText('een stap terug.');
  await expect(page.locator('section.week').nth(2).locator('li').first()).toContainText('✓ gedaan');
  await page.goto('./#/dagboek');
  await expect(page.locator('.entries li')).toHaveCount(2);
  await expect(page.getByRole('heading', { name: 'Een stap terug?' })).toHaveCount(0);
});

test('worse only 12 hours later: check again from the time the app names, no offer yet', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-11-23T20:00:00'));
  await planFromLink(page);
  await page.goto('./#/dagboek?moment=voor');
  await score(page, 2);
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await page.clock.setFixedTime(new Date('2026-11-24T08:00:00'));
  await page.goto('./#/dagboek?moment=dag-na-zelfde');
  await ready(page);
  await page.locator('label.chip', { hasText: 'slechter' }).click();
  await score(page, 5);
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.locator('.check-again')).toContainText('nog geen 24 uur later');
  await expect(page.locator('.check-again')).toContainText('Kijk vandaag vanaf 20:00 opnieuw');
  await expect(page.getByRole('heading', { name: 'Een stap terug?' })).toHaveCount(0);
});

test('bad input gets a clear message and nothing saved is lost', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-11-23T09:30:00'));
  await page.goto('./#/dagboek');
  await ready(page);
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.locator('#log-error')).toHaveText('Kies een pijnscore van 0 tot 10.');
  await score(page, 4);
  await page.getByLabel('Datum').fill('2026-11-30');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.locator('#log-error')).toContainText('toekomst');
  await page.getByLabel('Datum').fill('2026-11-22');
  await page.getByLabel('Notitie (niet verplicht)').fill('x'.repeat(281));
  await expect(page.locator('#note-count')).toHaveText('281 van 280 tekens');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.locator('#log-error')).toHaveText('De notitie is te lang: 281 tekens, er passen er 280.');
  await expectNoAxeViolations(page, 'diary form with an error');
  await afterSaves(page);
  expect(await page.evaluate(() => localStorage.getItem('rugplan.log'))).toBeNull();
  await page.getByLabel('Notitie (niet verplicht)').fill('=HYPERLINK("x") na het fietsen');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.locator('.entries li')).toHaveCount(1);
  await expect(page.locator('.entries li')).toContainText('zo 22 nov');
});

test('edit, delete and undo an entry', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-11-23T09:30:00'));
  await page.goto('./#/dagboek');
  await ready(page);
  await score(page, 4);
  await page.getByRole('button', { name: 'Opslaan' }).click();
  const entry = page.locator('.entries li');
  await expect(entry).toContainText('Pijn: 4');
  await entry.getByRole('button', { name: 'Aanpassen' }).click();
  await expect(page.getByRole('heading', { name: 'Notitie aanpassen' })).toBeFocused();
  await score(page, 2);
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(entry).toHaveCount(1);
  await expect(entry).toContainText('Pijn: 2');
  await entry.getByRole('button', { name: 'Verwijderen' }).click();
  await expect(page.getByText('Nog geen notities.').last()).toBeVisible();
  await page.getByRole('button', { name: 'Ongedaan maken' }).click();
  await expect(entry).toContainText('Pijn: 2');
  await page.reload();
  await ready(page);
  await expect(entry).toContainText('Pijn: 2');
});

test('sharp pain during an exercise: advice and the easier version', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-11-23T18:30:00'));
  await page.goto('./#/dagboek');
  await ready(page);
  await score(page, 5);
  await page.locator('label.chip', { hasText: 'Scherpe pijn' }).click();
  await page.getByLabel('Bij welke oefening?').selectOption({ label: 'Bruggetje' });
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByRole('heading', { name: 'Scherpe pijn bij het oefenen' })).toBeVisible();
  await expect(page.getByText('Bruggetje, lichter: Til je bekken maar een klein stukje op.')).toBeVisible();
});

test('history chart with a table alternative, CSV export and the printable summary', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-11-23T09:30:00'));
  await planFromLink(page);
  await page.goto('./#/dagboek');
  for (const [day, n, note] of [['2026-11-20', 5, ''], ['2026-11-21', 4, '+31 6 bellen'], ['2026-11-22', 3, 'zei "prima"']] as const) {
    await page.getByLabel('Datum').fill(day);
    await score(page, n);
    if (note) await page.getByLabel('Notitie (niet verplicht)').fill(note);
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await expect(page.locator('.saved')).toHaveText('Opgeslagen.');
  }
  const chart = page.getByRole('img', { name: /Pijnscores van/ });
  await expect(chart).toBeVisible();
  await expect(page.locator('.chart-dot')).toHaveCount(3);
  await page.locator('label.chip', { hasText: '7 dagen' }).click();
  await expect(chart).toHaveAccessibleName('Pijnscores van do 19 nov tot en met ma 23 nov');
  await page.getByText('Toon als tabel').click();
  await expect(page.locator('table tbody tr')).toHaveCount(3);
  await expect(page.locator('table tbody tr').first()).toContainText('zo 22 nov');
  await expectNoAxeViolations(page, 'diary with chart and table');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download als CSV' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('rugplan-dagboek-2026-11-23.csv');
  const csv = readFileSync(await download.path(), 'utf8');
  const lines = csv.replace(/^\uFEFF/, '').trim().split('\r\n');
  expect(lines[0]).toBe('"Datum";"Tijd";"Moment";"Pijn";"Stijf";"Oefenen";"Oefening";"Notitie"');
  expect(lines).toHaveLength(4);
  expect(lines[2]).toContain('"\'+31 6 bellen"'); // formula-safe
  expect(lines[3]).toContain('"zei ""prima"""');

  await page.getByRole('link', { name: 'Overzicht voor je fysiotherapeut' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Overzicht voor je fysiotherapeut');
  await expect(page.getByText('3 notities van vrijdag 20 nov 2026 tot en met zondag 22 nov 2026.')).toBeVisible();
  await expect(page.locator('table tbody tr')).toHaveCount(1);
  await expect(page.locator('table tbody tr')).toContainText('4,0');
  await expectNoAxeViolations(page, 'summary');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Hoofdmenu' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Afdrukken' })).toBeHidden();
  await expect(page.locator('.summary table')).toBeVisible();
});

test('five years of daily entries load, chart and scroll', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-11-23T09:30:00'));
  await page.addInitScript(() => {
    if (localStorage.getItem('rugplan.log')) return;
    const entries = [];
    const day = 24 * 3600 * 1000;
    const end = Date.UTC(2026, 10, 23, 8);
    for (let i = 0; i < 5 * 365; i++) {
      const at = end - i * day;
      const d = new Date(at);
      const iso = d.toISOString().slice(0, 10);
      entries.push({ id: i + 1, date: iso, at, score: (i * 7) % 11, moment: 'anders', stiffness: null, during: null, exercise: null, note: i % 10 ? '' : 'notitie ' + i });
    }
    localStorage.setItem('rugplan.log', JSON.stringify({ schema_version: 1, data: { entries, decisions: [] } }));
  });
  await page.goto('./#/dagboek');
  await ready(page);
  await expect(page.locator('.entries li')).toHaveCount(20);
  await page.locator('label.chip', { hasText: 'Alles' }).click();
  await expect(page.getByRole('img', { name: /Pijnscores van/ })).toBeVisible();
  await page.getByRole('button', { name: 'Toon meer' }).click();
  await expect(page.locator('.entries li')).toHaveCount(40);
  await page.mouse.wheel(0, 5000);
  await page.getByText('Toon als tabel').click();
  await expect(page.locator('table tbody tr')).toHaveCount(5 * 365);
});

test('the advice to see a professional is shown once', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-11-23T09:30:00'));
  await page.goto('./#/dagboek');
  await ready(page);
  for (const [day, n] of [['2026-11-01', 4], ['2026-11-23', 5]] as const) {
    await page.getByLabel('Datum').fill(day);
    await score(page, n);
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await expect(page.locator('.saved')).toHaveText('Opgeslagen.');
  }
  const advice = page.getByRole('heading', { name: 'Laat je rug eens nakijken' });
  await expect(advice).toBeVisible();
  await page.getByRole('button', { name: 'Begrepen' }).click();
  await expect(advice).toHaveCount(0);
  await page.reload();
  await ready(page);
  await expect(advice).toHaveCount(0);
});
