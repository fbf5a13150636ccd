// Makes the README's screenshots from the release build: "Vandaag" with its exercise figures
// (docs/screenshot-today.png) and one step of the guided session (docs/screenshot-guided.png),
// on a phone-sized window in Debian's Chromium, with the clock fixed to a training day.
//   bash scripts/build && node scripts/screenshots.mjs [dist]
import { spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { chromium } from 'playwright-core';

const dir = process.argv[2] || 'dist';
const port = 8197;
const server = spawn('node', ['scripts/static-server.mjs', '--dir', dir, '--port', String(port)], { stdio: 'ignore' });
const base = `http://127.0.0.1:${port}/`;
try {
  for (let i = 0; i < 50; i++) {
    try {
      await fetch(base);
      break;
    } catch {
      await sleep(100);
    }
  }
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  const page = await browser.newPage({
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'nl-NL',
    reducedMotion: 'no-preference',
  });
  await page.clock.setFixedTime(new Date('2026-11-23T09:30:00'));
  await page.goto(`${base}#/plan/nieuw`);
  // The safety gate: "no" to each of its three questions.
  await page.locator('fieldset.gate').first().waitFor();
  for (const no of await page.locator('fieldset.gate').getByLabel('Nee', { exact: true }).all()) await no.check();
  await page.getByRole('button', { name: 'Volgende' }).click();
  await page.getByLabel('Langer dan 12 weken').check();
  await page.getByRole('button', { name: 'Volgende' }).click();
  await page.getByRole('button', { name: 'Volgende' }).click();
  await page.getByLabel('Ja', { exact: true }).check();
  await page.getByLabel('Wandelen').check();
  await page.getByRole('button', { name: 'Volgende' }).click();
  await page.getByRole('button', { name: 'Maak mijn plan' }).click();
  await page.getByRole('heading', { level: 1, name: 'Mijn plan' }).waitFor();

  await page.goto(`${base}#/vandaag`);
  // The bridge's whole card at the top of the screen, the bird-dog's below it.
  const bridge = page.locator('article.exercise', { hasText: 'Bruggetje' });
  await bridge.evaluate((el) => window.scrollBy(0, el.getBoundingClientRect().top - 16));
  await sleep(2500);
  await page.screenshot({ path: 'docs/screenshot-today.png' });

  await page.goto(`${base}#/vandaag/samen?stap=4&ronde=1`);
  await page.getByRole('heading', { level: 2, name: 'Vierpoot' }).waitFor();
  await page.getByRole('button', { name: 'Start de tellen' }).click();
  await sleep(2500);
  await page.screenshot({ path: 'docs/screenshot-guided.png' });
  await browser.close();
} finally {
  server.kill();
}
