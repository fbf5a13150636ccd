// Shared test fixture: every page fails its test on an uncaught error, a console error, a
// Content-Security-Policy violation, or any request to another origin (nothing may leave the
// phone).
import { test as base, expect, Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

export const test = base.extend<{ guard: void }>({
  guard: [
    async ({ page, baseURL }, use) => {
      const problems: string[] = [];
      const origin = new URL(baseURL!).origin;
      page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
      page.on('console', (msg) => {
        if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
      });
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) => {
          console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
        });
      });
      page.on('request', (req) => {
        const url = new URL(req.url());
        if (url.protocol.startsWith('http') && url.origin !== origin) {
          problems.push(`request to another origin: ${req.url()}`);
        }
      });
      await use();
      expect(problems, problems.join('\n')).toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Waits until the app has drawn its shell (the wasm has loaded and mounted; the start-screen
 * snapshot in index.html has the same header, but not as a child of <body>) and the screen
 * itself: every screen has a heading, and a screen with its own wasm has none while that
 * loads. */
export async function ready(page: Page) {
  await expect(page.locator('body > header.topbar')).toBeVisible();
  await expect(page.locator('body > main h1')).toBeVisible();
}

/** Runs axe-core on the page as it is now and expects zero violations. */
export async function expectNoAxeViolations(page: Page, what: string) {
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`,
  );
  expect(summary, `axe on ${what}:\n${summary.join('\n')}`).toEqual([]);
}

/** What localStorage holds for `key`, parsed (null when nothing). */
export async function stored(page: Page, key: string) {
  return JSON.parse((await page.evaluate((k) => localStorage.getItem(k), key)) ?? 'null');
}

/** Resolves once the page has been idle after its next frame: the app saves a change when
 * the main thread is idle, so a check that nothing was written waits for this first. */
export async function afterSaves(page: Page) {
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestIdleCallback(done))));
}

/** Types a height the way a person does and submits it with the keyboard. */
export async function enterHeight(page: Page, text: string) {
  const field = page.getByLabel('Lengte');
  await field.fill(text);
  await field.press('Enter');
}

/** Round trips of 600 ms, from the next navigation on: Chromium then estimates the connection
 * as "3g" (Network Information API), as on Lighthouse's slow 4G, and the loader asks for the
 * wasm from the head (scripts/assemble.mjs). No bandwidth limit, so the tests stay quick. */
export async function slowConnection(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 600, downloadThroughput: -1, uploadThroughput: -1 });
}

/** Makes `window.localStorage` throw on access, as blocked storage does in some browsers. */
export async function blockStorage(page: Page) {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
}

/** Puts a raw value in localStorage before the app starts, once per tab (not on reloads). */
export async function seedOnce(page: Page, key: string, value: string) {
  await page.addInitScript(
    ([k, v]) => {
      if (!sessionStorage.getItem(`seeded:${k}`)) {
        localStorage.setItem(k, v);
        sessionStorage.setItem(`seeded:${k}`, '1');
      }
    },
    [key, value],
  );
}

/** Answers every question of the safety gate (one per group of warning signs) with yes or
 * no, in order: go now, today, talk to your GP first. */
export async function answerSafety(page: Page, answers: boolean[], lang: 'nl' | 'en' = 'nl') {
  const gate = page.locator('fieldset.gate');
  await expect(gate).toHaveCount(3);
  const [yes, no] = lang === 'nl' ? ['Ja', 'Nee'] : ['Yes', 'No'];
  for (const [i, answer] of answers.entries()) {
    await gate.nth(i).getByLabel(answer ? yes : no, { exact: true }).check();
  }
  await page.getByRole('button', { name: lang === 'nl' ? 'Volgende' : 'Next' }).click();
}

/** Passes the safety gate: "no" to each of its questions. */
export async function passSafety(page: Page, lang: 'nl' | 'en' = 'nl') {
  await answerSafety(page, [false, false, false], lang);
}

/** A plan start link: long-lasting pain, ball, walking, 6 weeks from Monday 23 November 2026. */
export const PLAN_LINK =
  './#/plan/nieuw?duur=lang&dagen=ma,wo,vr&bal=ja&beweging=wandelen&start=2026-11-23&weken=6';

/** Makes a plan from a share link (which answers every question but safety) in Dutch. */
export async function planFromLink(page: Page, link: string = PLAN_LINK) {
  await page.goto(link);
  await ready(page);
  await passSafety(page);
  for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Volgende' }).click();
  await page.getByRole('button', { name: 'Maak mijn plan' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mijn plan');
}
