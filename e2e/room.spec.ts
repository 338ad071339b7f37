// The room gets the board: at the projector's 1280 × 720 in Dutch and on a
// 1024 × 768 touch whiteboard in English, the board fills the screen and the
// bars float over it. Screenshots of a Dutch workshop go to
// e2e/screenshots/room/ to be looked at.
import { test, expect, Page } from '@playwright/test';
import { moreTool, openApp } from './helpers';

/** The share of the window in which the board itself is what one sees:
 * points on a grid whose topmost element belongs to the canvas. */
async function canvasShare(page: Page): Promise<number> {
  return page.evaluate(() => {
    const step = 8;
    let seen = 0;
    let all = 0;
    const viewport = document.querySelector('.viewport');
    for (let y = step / 2; y < innerHeight; y += step) {
      for (let x = step / 2; x < innerWidth; x += step) {
        all += 1;
        const hit = document.elementFromPoint(x, y);
        if (viewport && hit && viewport.contains(hit)) seen += 1;
      }
    }
    return seen / all;
  });
}

/** What is cut inside the cards: every element whose text does not fit its
 * box (it scrolls or is ellipsed), as "card text → element text". */
async function cutTexts(page: Page): Promise<string[]> {
  return page.locator('.card').evaluateAll((cards) => {
    const cut: string[] = [];
    for (const card of cards) {
      for (const el of [card, ...Array.from(card.querySelectorAll('*'))]) {
        if (!(el instanceof HTMLElement) || el.closest('.visually-hidden')) continue;
        if (el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1) {
          cut.push(`${card.querySelector('.card-text')?.textContent?.slice(0, 30)} → ${el.className}: ${el.textContent?.slice(0, 40)}`);
        }
      }
    }
    return cut;
  });
}

/** The on-screen size, in pixels, of the text of the elements matched. */
async function screenPx(page: Page, selector: string): Promise<number[]> {
  return page.locator(selector).evaluateAll((els) => els.map((el) => {
    const card = el.closest('.card') as HTMLElement;
    const scale = card.getBoundingClientRect().width / card.offsetWidth;
    return parseFloat(getComputedStyle(el).fontSize) * scale;
  }));
}

/** Interactive elements smaller than `least` pixels either way, as text. */
async function smallTargets(page: Page, least: number): Promise<string[]> {
  return page.locator('button:visible, select:visible, input:visible, textarea:visible, [data-handle]:visible, a:visible')
    .evaluateAll((els, least) => els.flatMap((el) => {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0 || el.closest('.visually-hidden')) return [];
      return r.width + 0.5 < least || r.height + 0.5 < least
        ? [`${el.tagName.toLowerCase()}.${el.className} "${(el.getAttribute('aria-label') || el.textContent || '').slice(0, 30)}" ${r.width.toFixed(0)}×${r.height.toFixed(0)}`]
        : [];
    }), least);
}

/** Opens the example board from the "more" menu and shows all of it. */
async function openExample(page: Page, name: RegExp) {
  await moreTool(page, name);
  await expect(page.locator('.card')).toHaveCount(14);
  // The notice that it opened goes when dismissed.
  await page.locator('.notice .icon-button').click();
  await page.locator('.canvas-controls .fit').click();
}

async function closePanel(page: Page) {
  const close = page.locator('.close-panel');
  if (await close.count()) await close.click();
  await expect(page.locator('.side-panel')).toHaveCount(0);
}

for (const setting of [
  { name: 'a projector at 1280 × 720, in Dutch', lang: 'nl' as const, width: 1280, height: 720, touch: false, example: /Voorbeeldbord/ },
  { name: 'a touch whiteboard at 1024 × 768, in English', lang: 'en' as const, width: 1024, height: 768, touch: true, example: /Example board/ },
]) {
  test.describe(setting.name, () => {
    test.use({ viewport: { width: setting.width, height: setting.height }, hasTouch: setting.touch });

    test('the board is at least 85 % of the screen, and 70 % with the details open', async ({ page }) => {
      await openApp(page, setting.lang);
      await openExample(page, setting.example);
      await closePanel(page);
      const share = await canvasShare(page);
      expect(share, `the board's share of the screen: ${(share * 100).toFixed(1)} %`).toBeGreaterThanOrEqual(0.85);
      // The toolbar is one row.
      const bar = await page.locator('.toolbar').boundingBox();
      expect(bar!.height).toBeLessThan(64);
      // The three questions are in view, with their short names.
      await expect(page.locator('.check-status .check-mark')).toHaveCount(3);
      await expect(page.locator('.check-status')).toBeInViewport({ ratio: 1 });
      // A card chosen: its details float at the right.
      await page.locator('.card.interest .card-head').first().click();
      await expect(page.locator('.details-side')).toBeVisible();
      const withDetails = await canvasShare(page);
      expect(withDetails, `with the details panel: ${(withDetails * 100).toFixed(1)} %`).toBeGreaterThanOrEqual(0.7);
      await page.keyboard.press('Escape');
      await expect(page.locator('.details-side')).toHaveCount(0);
      // The parties' panel and the questions' panel leave most of the board in view.
      await page.locator('.parties-toggle').click();
      await expect(page.locator('.side-panel')).toBeVisible();
      const withPanel = await canvasShare(page);
      expect(withPanel, `with the parties' panel: ${(withPanel * 100).toFixed(1)} %`).toBeGreaterThanOrEqual(0.6);
      await page.locator('.check-status').click();
      await expect(page.locator('.side-panel .check-panel')).toBeVisible();
      const withChecks = await canvasShare(page);
      expect(withChecks, `with the questions' panel: ${(withChecks * 100).toFixed(1)} %`).toBeGreaterThanOrEqual(0.6);
    });

    test('at fit, every card reads whole: the ambition at 14 px or more, card text at 12 px or more', async ({ page }) => {
      await openApp(page, setting.lang);
      await openExample(page, setting.example);
      await closePanel(page);
      await page.locator('.canvas-controls .fit').click();
      const ambition = await screenPx(page, '.card.ambition .card-text');
      expect(ambition[0], 'the ambition on screen').toBeGreaterThanOrEqual(14);
      const texts = await screenPx(page, '.card:not(.ambition) .card-text');
      expect(texts).toHaveLength(13);
      expect(Math.min(...texts), 'card text on screen').toBeGreaterThanOrEqual(12);
      expect(await cutTexts(page)).toEqual([]);
      // Every party's name whole, on the cards and in the panel.
      const names = await page.locator('.card .party-name').allTextContents();
      expect(names.filter((n) => n.startsWith('Schoolbestuur') || n.startsWith('School board'))).toHaveLength(4);
      await page.locator('.parties-toggle').click();
      const fields = await page.locator('.party-name-field').evaluateAll((els) =>
        els.filter((el) => el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1).map((el) => (el as HTMLInputElement).value));
      expect(fields, 'party names cut in the panel').toEqual([]);
      // Every target at least 24 px, or 44 px for fingers.
      expect(await smallTargets(page, setting.touch ? 44 : 24)).toEqual([]);
    });
  });
}

test.describe('a Dutch workshop at 1280 × 720', () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  test('the parties panel opens as it was left, and a step brings its cards into view', async ({ page }) => {
    await openApp(page, 'nl');
    await page.screenshot({ path: 'e2e/screenshots/room/empty-board.png' });
    await openExample(page, /Voorbeeldbord/);
    await expect(page.locator('.side-panel.parties-panel')).toBeVisible();
    await page.screenshot({ path: 'e2e/screenshots/room/example-with-parties.png' });
    await closePanel(page);
    await page.locator('.canvas-controls .fit').click();
    await page.screenshot({ path: 'e2e/screenshots/room/example-at-fit.png' });
    await page.reload();
    await expect(page.locator('.card')).toHaveCount(14);
    await expect(page.locator('.side-panel')).toHaveCount(0);

    // Step 3, the ambition: its question in one strip, the ambition in view.
    await page.getByRole('button', { name: /Stap 3/ }).click();
    const prompt = page.locator('.step-prompt');
    await expect(prompt).toContainText('Stap 3');
    await expect(page.locator('.card.ambition')).toBeInViewport({ ratio: 0.99 });
    await page.screenshot({ path: 'e2e/screenshots/room/step-3.png' });
    // Folded, it stays folded on the next step, until the open step is chosen again.
    await prompt.getByRole('button', { name: 'Vraag verbergen' }).click();
    await expect(prompt).toHaveCount(0);
    await page.getByRole('button', { name: /Stap 4/ }).click();
    await expect(prompt).toHaveCount(0);
    await expect(page.locator('.card.action').first()).toBeInViewport();
    await page.getByRole('button', { name: /Stap 4/ }).click();
    await expect(prompt).toContainText('Stap 4');
    // Step 6, the check: the questions' panel with its gaps.
    await page.getByRole('button', { name: /Stap 6/ }).click();
    await expect(page.locator('.side-panel .check-panel')).toBeVisible();
    await page.screenshot({ path: 'e2e/screenshots/room/step-6-check.png' });
  });
});
