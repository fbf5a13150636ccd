// The app shell: first screen, navigation, "Hulp nodig?" from every screen, sub-path hosting.
import { test, expect, ready, slowConnection } from './fixtures';

test('the first screen says what the app is, in Dutch', async ({ page }) => {
  await page.goto('./');
  await ready(page);
  await expect(page).toHaveTitle('Rugplan');
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Rugplan');
  await expect(page.locator('#loading')).toBeHidden();
  await expect(page.getByRole('contentinfo')).toContainText('stelt geen diagnose');
  // Every other screen names itself before the app's name; back home, the name alone.
  await page.goto('./#/bal');
  await expect(page).toHaveTitle('Welke maat oefenbal? · Rugplan');
  await page.goto('./#/');
  await expect(page).toHaveTitle('Rugplan');
});

for (const start of ['./#/', './#/bal', './#/bal?lengte=172', './#/hulp', './#/bestaat-niet']) {
  test(`"Hulp nodig?" is one tap away from ${start}`, async ({ page }) => {
    await page.goto(start);
    await ready(page);
    await page.getByRole('banner').getByRole('link', { name: 'Hulp nodig?' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hulp nodig?');
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    await expect(page).toHaveTitle('Hulp nodig? · Rugplan');
    await expect(page.getByText('112').first()).toBeVisible();
    await expect(page.getByRole('link', { name: /112/ }).first()).toHaveAttribute('href', 'tel:112');
  });
}

test('the help page lists the signs by group: go now, today, GP first, get checked', async ({ page }) => {
  await page.goto('./#/hulp');
  await ready(page);
  // Go now (3 signs) and today (2), each with the out-of-hours service and 112.
  await expect(page.locator('.urgent')).toHaveCount(2);
  await expect(page.locator('.urgent li')).toHaveCount(5);
  await expect(page.locator('.urgent').first()).toContainText('Bel meteen je huisarts');
  await expect(page.locator('.urgent').first()).toContainText('huisartsenpost');
  await expect(page.locator('.urgent').nth(1)).toContainText('huisartsenpost');
  await expect(page.getByRole('link', { name: /112/ })).toHaveCount(2);
  // Talk to your GP first (6), and good to get checked (5).
  await expect(page.locator('.card:not(.urgent) li')).toHaveCount(11);
  await expect(page.locator('main')).not.toContainText(/veilig/i);
});

test('navigation marks the current section and back/forward work', async ({ page }) => {
  await page.goto('./#/vandaag');
  await ready(page);
  const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
  await expect(nav.getByRole('link')).toHaveText(['Vandaag', 'Plan', 'Dagboek', 'Balmaat']);
  await expect(nav.getByRole('link', { name: 'Vandaag' })).toHaveAttribute('aria-current', 'page');
  await nav.getByRole('link', { name: 'Balmaat' }).click();
  await expect(nav.getByRole('link', { name: 'Balmaat' })).toHaveAttribute('aria-current', 'page');
  await expect(nav.getByRole('link', { name: 'Vandaag' })).not.toHaveAttribute('aria-current', /.*/);
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Vandaag');
  await page.goForward();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welke maat oefenbal?');
  // The app's name leads back to the start screen.
  await page.getByRole('banner').getByRole('link', { name: 'Rugplan' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Rugplan');
});

test('an unknown screen says so and links home', async ({ page }) => {
  await page.goto('./#/oefeningen-die-niet-bestaan');
  await ready(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Deze pagina bestaat niet');
  await page.getByRole('link', { name: 'Naar de startpagina' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Rugplan');
});

test('the app works under a sub-path, deep links and reload included', async ({ page }) => {
  await page.goto('/sub/rugplan/#/bal?lengte=160');
  await ready(page);
  await expect(page.locator('.ball-size')).toHaveText('55 cm');
  await page.reload();
  await ready(page);
  await expect(page.locator('.ball-size')).toHaveText('55 cm');
  await page.getByRole('banner').getByRole('link', { name: 'Hulp nodig?' }).click();
  await expect(page).toHaveURL(/\/sub\/rugplan\/#\/hulp$/);
  // Without the trailing slash the server redirects, so relative assets still resolve.
  await page.goto('/sub/rugplan#/bal?lengte=190');
  await ready(page);
  await expect(page.locator('.ball-size')).toHaveText('75 cm');
});

test('the skip link moves focus to the page heading', async ({ page }) => {
  await page.goto('./#/bal');
  await ready(page);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Naar de inhoud' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await expect(page).toHaveURL(/#\/bal$/);
});

/** Holds the main wasm back until the returned function is called, so a test can look at
 * the page as it is before the app starts. */
async function holdWasm(page: import('@playwright/test').Page) {
  let release!: () => void;
  const released = new Promise<void>((ok) => (release = ok));
  await page.route(/\/rugplan-\w+_bg\.wasm$/, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

const mainText = (page: import('@playwright/test').Page, root: string) =>
  page.locator(`${root} > main`).evaluate((main) => (main as HTMLElement).innerText);

test('a first Dutch visit reads the start screen before the app has loaded, and it is the same screen', async ({ page }, info) => {
  const release = await holdWasm(page);
  await page.goto('./');
  const snapshot = page.locator('#prerender');
  if (info.project.name === 'iphone') {
    // An iPhone browser gets the home-screen hint above the start screen, which the snapshot
    // lacks: it waits for the app behind the loading line instead.
    await expect(page.locator('#loading')).toBeVisible();
    await expect(snapshot).toBeHidden();
    release();
    await ready(page);
    await expect(page.getByText('zet Rugplan op je beginscherm')).toBeVisible();
    return;
  }
  await expect(snapshot.getByRole('heading', { level: 1 })).toHaveText('Rugplan');
  await expect(snapshot.getByText('Welkom bij Rugplan')).toBeVisible();
  await expect(page.locator('#loading')).toBeHidden();
  await expect(page.locator('body > header.topbar')).toHaveCount(0);
  const before = await mainText(page, '#prerender');

  release();
  await ready(page);
  await expect(snapshot).toHaveCount(0);
  await expect(page.locator('#page-title')).toHaveCount(1);
  // Word for word what the app draws: the snapshot is taken from the app at build time.
  expect(await mainText(page, 'body')).toBe(before);
  // And now it is the live app: closing the welcome works.
  await page.getByRole('link', { name: 'Aan de slag' }).click();
  await expect(page.getByText('Welkom bij Rugplan')).toHaveCount(0);
});

test('the snapshot is not shown where the app would draw something else', async ({ browser, baseURL }) => {
  const cases: { what: string; locale: string; url: string; stored?: boolean }[] = [
    { what: 'an English browser', locale: 'en-GB', url: './' },
    { what: 'a deep link', locale: 'nl-NL', url: './#/bal' },
    { what: 'a returning visitor', locale: 'nl-NL', url: './', stored: true },
  ];
  for (const c of cases) {
    const context = await browser.newContext({ baseURL, locale: c.locale, serviceWorkers: 'block' });
    const page = await context.newPage();
    if (c.stored) await page.addInitScript(() => localStorage.setItem('rugplan.hints', '{"schema_version":1,"data":{}}'));
    const release = await holdWasm(page);
    await page.goto(c.url);
    await expect(page.locator('#loading'), c.what).toBeVisible();
    await expect(page.locator('#prerender'), c.what).toBeHidden();
    release();
    await expect(page.locator('body > header.topbar'), c.what).toBeVisible();
    await expect(page.locator('#loading'), c.what).toBeHidden();
    await context.close();
  }
});

// When the app's wasm is asked for (scripts/assemble.mjs): after the start screen is on
// screen, unless the browser estimates the connection as slow; then at once, as the head
// is parsed, because the first paint needs nothing from the network.
test('the app is fetched after the first paint, or at once on a slow connection', async ({ browser, baseURL }) => {
  for (const slow of [false, true]) {
    const context = await browser.newContext({ baseURL, locale: 'nl-NL', serviceWorkers: 'block' });
    const page = await context.newPage();
    if (slow) await slowConnection(page);
    await page.goto('./');
    await ready(page);
    const seen = await page.evaluate(() => ({
      connection: (navigator as unknown as { connection: { effectiveType: string } }).connection.effectiveType,
      paint: performance.getEntriesByName('first-contentful-paint')[0].startTime,
      wasm: performance.getEntriesByType('resource').find((e) => /_bg\.wasm$/.test(e.name))!.startTime,
    }));
    expect(seen.connection, 'the emulated connection').toBe(slow ? '3g' : '4g');
    if (slow) expect(seen.wasm, 'asked for before the first paint').toBeLessThan(seen.paint);
    else expect(seen.wasm, 'asked for once the first paint was on screen').toBeGreaterThan(seen.paint);
    await context.close();
  }
});

// The start-up code (wasm-bindgen's glue, the split loader, the loader) is inside the page
// (scripts/assemble.mjs): on a slow link it arrives with the HTML, during the wasm's round
// trip, instead of sharing the link with the wasm's download.
test('a first visit fetches the page and one wasm file, and nothing else of the app', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, locale: 'nl-NL', serviceWorkers: 'block' });
  const page = await context.newPage();
  const fetched: string[] = [];
  page.on('request', (req) => fetched.push(new URL(req.url()).pathname.split('/').pop() || 'index.html'));
  await page.goto('./');
  await ready(page);
  // The page icon and the manifest are the browser's own requests, not the app's.
  const app = fetched.filter((f) => !/^icon|\.webmanifest$/.test(f));
  expect(app).toEqual(['index.html', expect.stringMatching(/^rugplan-\w+_bg\.wasm$/)]);
  await context.close();
});
