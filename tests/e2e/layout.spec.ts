// Phone comfort on every screen: no sideways scrolling at 320 px wide, also with the text at
// 200%; touch targets of at least 44 × 44 px; visible keyboard focus; reduced motion honoured.
import { test, expect, ready, planFromLink } from './fixtures';
import type { Page } from '@playwright/test';

const SCREENS = [
  './#/', './#/bal?lengte=172', './#/bal?lengte=abc', './#/hulp', './#/over', './#/privacy',
  './#/plan/nieuw', './#/plan', './#/vandaag', './#/dag/2026-11-24', './#/dagboek',
  './#/dagboek/overzicht', './#/bestaat-niet',
];

/** A plan, so the plan screens have content. */
async function withData(page: Page) {
  await page.clock.setFixedTime(new Date('2026-11-23T09:30:00'));
  await planFromLink(page);
}

/** How far the page reaches past the viewport, and which elements stick out. */
async function overflow(page: Page): Promise<string> {
  return page.evaluate(() => {
    const root = document.documentElement;
    const extra = root.scrollWidth - root.clientWidth;
    if (extra <= 0) return '';
    const out = [...document.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > root.clientWidth + 1 || (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX === 'visible'))
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
    return `${extra}px too wide: ${out.join(', ')}`;
  });
}

test.describe('at 320 px wide', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test('no screen scrolls sideways, also at 200% text size', async ({ page }) => {
    await withData(page);
    const cdp = await page.context().newCDPSession(page);
    for (const size of [16, 32]) {
      await cdp.send('Page.setFontSizes', { fontSizes: { standard: size, fixed: size } });
      for (const url of SCREENS) {
        await page.goto(url);
        await ready(page);
        if (size === 32) {
          const root = await page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
          expect(root, 'the text really is at 200%').toBe('32px');
        }
        expect(await overflow(page), `${url} at ${size}px text`).toBe('');
      }
    }
  });
});

test('touch targets are at least 44 × 44 px on every screen', async ({ page }) => {
  await withData(page);
  for (const url of SCREENS) {
    await page.goto(url);
    await ready(page);
    const small = await page.evaluate(() => {
      const targets = document.querySelectorAll(
        'button, a.button, .tabs a, .brand, .help-button, .footer-links a, label.choice, label.chip, label.tick, summary, input:not([type=radio]):not([type=checkbox]), select, textarea',
      );
      return [...targets]
        .filter((el) => (el as HTMLElement).offsetParent !== null)
        .map((el) => ({ el, box: el.getBoundingClientRect() }))
        .filter(({ box }) => box.width < 44 || box.height < 44)
        .map(({ el, box }) => `${el.tagName.toLowerCase()}.${el.className} "${el.textContent?.trim().slice(0, 30)}" ${Math.round(box.width)}×${Math.round(box.height)}`);
    });
    expect(small, `${url}: ${small.join(', ')}`).toEqual([]);
  }
});

test('the keyboard reaches everything in the header, with a visible focus ring', async ({ page }) => {
  await page.goto('./#/bal');
  await ready(page);
  const seen: string[] = [];
  for (let i = 0; i < 9; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const style = getComputedStyle(el);
      return { text: el.textContent?.trim() ?? '', ring: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 };
    });
    expect(focused.ring, `focus ring on "${focused.text}"`).toBe(true);
    seen.push(focused.text);
  }
  for (const name of ['Naar de inhoud', 'Rugplan', 'English', 'Hulp nodig?', 'Vandaag', 'Plan', 'Dagboek', 'Balmaat']) {
    expect(seen).toContain(name);
  }
});

test('with reduced motion, nothing animates', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('./#/bal?lengte=172');
  await ready(page);
  const moving = await page.evaluate(() =>
    [...document.querySelectorAll('*')].filter((el) => {
      const s = getComputedStyle(el);
      const long = (v: string) => v.split(',').some((t) => parseFloat(t) > 0.01);
      return long(s.animationDuration) || long(s.transitionDuration);
    }).length,
  );
  expect(moving).toBe(0);
});
