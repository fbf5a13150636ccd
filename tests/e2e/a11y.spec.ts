// axe-core on every screen and state, on both phone profiles: zero violations.
import { test, ready, enterHeight, expectNoAxeViolations } from './fixtures';

const screens: [string, string, ((page) => Promise<void>)?][] = [
  ['start', './#/'],
  ['ball calculator, empty', './#/bal'],
  ['ball calculator, with a result near a switch point', './#/bal?lengte=169'],
  ['ball calculator, with an error', './#/bal', (page) => enterHeight(page, 'abc')],
  ['help', './#/hulp'],
  ['not found', './#/niets'],
];

for (const [name, url, act] of screens) {
  test(`axe: ${name}`, async ({ page }) => {
    await page.goto(url);
    await ready(page);
    if (act) await act(page);
    await expectNoAxeViolations(page, name);
  });
}

test('axe: storage notice shown', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('blocked', 'SecurityError');
      },
    });
  });
  await page.goto('./#/bal?lengte=172');
  await ready(page);
  await expectNoAxeViolations(page, 'storage notice');
});

test('axe: dark colour scheme', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  for (const url of ['./#/', './#/bal?lengte=178', './#/hulp']) {
    await page.goto(url);
    await ready(page);
    await expectNoAxeViolations(page, `${url} (dark)`);
  }
});
