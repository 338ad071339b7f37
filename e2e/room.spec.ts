// The room gets the board: at the projector's 1280 × 720 in Dutch and on a
// 1024 × 768 touch whiteboard in English, the board fills the screen and the
// bars float over it. Screenshots of a Dutch workshop go to
// e2e/screenshots/room/ to be looked at.
import { test, expect, Page } from '@playwright/test';
import { contrast, moreTool, openApp } from './helpers';

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
        // Hidden until focused (the keys' vote buttons) is not cut.
        if (!(el instanceof HTMLElement) || el.closest('.visually-hidden') || getComputedStyle(el).clip !== 'auto') continue;
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

/** Links that run through a card they do not join, as "link id → card text". */
async function linksThroughCards(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const cards = Array.from(document.querySelectorAll('.card')).map((c) => ({
      box: c.getBoundingClientRect(), text: c.querySelector('.card-text')?.textContent?.slice(0, 30) ?? '',
    }));
    const inside = (b: DOMRect, x: number, y: number, by: number) => x > b.left - by && x < b.right + by && y > b.top - by && y < b.bottom + by;
    const through: string[] = [];
    for (const path of Array.from(document.querySelectorAll<SVGPathElement>('.link .link-line'))) {
      const m = path.getScreenCTM();
      if (!m) continue;
      const at = (t: number) => {
        const p = path.getPointAtLength(path.getTotalLength() * t);
        return { x: m.a * p.x + m.c * p.y + m.e, y: m.b * p.x + m.d * p.y + m.f };
      };
      const [start, end] = [at(0), at(1)];
      // Its own cards: the ones its ends are on.
      const others = cards.filter((c) => !inside(c.box, start.x, start.y, 2) && !inside(c.box, end.x, end.y, 2));
      for (let i = 1; i < 20; i++) {
        const p = at(i / 20);
        const hit = others.find((c) => inside(c.box, p.x, p.y, -2));
        if (hit) {
          through.push(`${path.closest('[data-link]')?.getAttribute('data-link')} → ${hit.text}`);
          break;
        }
      }
    }
    return through;
  });
}

/** Whether two boxes overlap. */
function overlaps(a: { x: number; y: number; width: number; height: number }, b: { x: number; y: number; width: number; height: number }) {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}


/** The cards whose box a floating element covers, by their text. */
async function cardsUnder(page: Page, selector: string): Promise<string[]> {
  const over = await page.locator(selector).boundingBox();
  if (!over) return [];
  const cards = await page.locator('.card').evaluateAll((els) => els.map((el) => {
    const r = el.getBoundingClientRect();
    return { x: r.x, y: r.y, width: r.width, height: r.height, text: el.querySelector('.card-text')?.textContent?.slice(0, 30) ?? '' };
  }));
  return cards.filter((c) => overlaps(c, over)).map((c) => c.text);
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
      // Each kind's key is on its button, the same in every language ("I" for Belang too); fingers need none.
      for (const [kind, key] of [['interest', 'I'], ['wish', 'W'], ['goal', 'G'], ['action', 'A'], ['fact', 'F']]) {
        const button = page.locator(`.add-card.kind-${kind}`);
        await expect(button).toHaveAttribute('aria-keyshortcuts', key);
        if (setting.touch) await expect(button.locator('.tool-key')).toBeHidden();
        else await expect(button.locator('.tool-key')).toHaveText(key);
      }
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
      // Links run round the cards they do not join.
      expect(await linksThroughCards(page)).toEqual([]);
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

    test('a voting round of four participants with three dots each takes nothing but the dots', async ({ page }) => {
      const nl = setting.lang === 'nl';
      await openApp(page, setting.lang);
      await openExample(page, setting.example);
      await closePanel(page);
      await moreTool(page, nl ? 'Stippen stemmen' : 'Dot voting');
      await page.getByLabel(nl ? 'Deelnemers' : 'Participants').fill('4');
      await page.getByLabel(nl ? 'Stippen per deelnemer' : 'Dots per participant').fill('3');
      await page.getByRole('button', { name: nl ? 'Stemronde starten' : 'Start a voting round' }).click();
      const status = page.locator('.voting-bar .dots-left');
      await expect(status).toHaveText(nl ? 'Deelnemer 1: nog 3 stippen' : 'Participant 1: 3 dots left');
      // The bar covers no card: the view moved to make room for it.
      await expect.poll(() => cardsUnder(page, '.voting-bar')).toEqual([]);
      const dots = () => page.locator('.card .vote-number').evaluateAll((els) => els.reduce((n, el) => n + Number(el.textContent), 0));
      const before = await dots();
      // Twelve dots on four cards, two of them twice in a row.
      const cards = page.locator('.card:not(.ambition) .card-text');
      for (const i of [0, 0, 3, 5, 5, 7, 8, 9, 9, 10, 11, 12]) {
        if (setting.touch) await cards.nth(i).tap();
        else await cards.nth(i).click();
      }
      await expect(status).toHaveText(nl ? 'Iedereen heeft gestemd' : 'Everyone has voted');
      expect(await dots()).toBe(before + 12);
      // Nothing else opened: no editor, no menu, no dialog, no details.
      await expect(page.locator('textarea.card-editor, .card-menu, [role="dialog"], .details-side')).toHaveCount(0);
      expect(await cutTexts(page)).toEqual([]);
      await page.screenshot({ path: `e2e/screenshots/room/voting-${setting.lang}.png` });
      const close = page.getByRole('button', { name: nl ? 'Ronde afsluiten' : 'End the round' });
      await expect(close).toBeInViewport({ ratio: 1 });
      await close.click();
      await expect(page.locator('.side-panel .vote-results li').first()).toBeVisible();
    });
  });
}

/** A board file of six parties with long Dutch names and eight actions. */
function sixByEight(): Buffer {
  const names = ['Schoolbestuur Openbaar Onderwijs Westerkwartier', 'Stichting Katholiek Primair Onderwijs Noord', 'Gemeente Westerkwartier',
    'Samenwerkingsverband Passend Onderwijs', 'Kinderopvang De Kleine Wereld', 'Provincie Groningen'];
  const colours = ['#1f6feb', '#c2364a', '#2a9d8f', '#e9a23b', '#7c3aed', '#0f766e'];
  const actions = ['Een gezamenlijk plan voor schoollocaties', 'Leerlingenvervoer voor de kleine kernen', 'Eén aanmeldkalender voor alle scholen',
    'Gedeelde invalpool voor leraren', 'Integrale kindcentra in drie dorpen', 'Samen een huisvestingsplan opstellen',
    'Ouders betrekken bij elke sluiting', 'Jaarlijks de leerlingprognose delen'];
  const parties = names.map((name, i) => ({ id: `p${i}`, name, colour: colours[i] }));
  const cards = [
    { id: 'ambition', kind: 'ambition', text: 'Elk kind in de regio heeft een goede school dichtbij.', x: -220, y: -80, width: 440, height: 160 },
    ...actions.map((text, i) => ({ id: `a${i}`, kind: 'action', text, x: -1000 + (i % 4) * 520, y: 200 + Math.floor(i / 4) * 200, width: 240, height: 150, owners: [`p${i % 6}`] })),
  ];
  return Buffer.from(JSON.stringify({ format: 'ambition-map', version: 2, board: { id: 'six-by-eight', title: 'Zes bij acht', challenge: '', parties, cards, links: [] } }));
}

test.describe('a Dutch workshop at 1280 × 720', () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  test('the commitments grid: six parties by eight actions with no sideways scrolling, one click a cell', async ({ page }) => {
    await openApp(page, 'nl');
    const chooser = page.waitForEvent('filechooser');
    await moreTool(page, /^Bestand openen$/);
    await (await chooser).setFiles({ name: 'zes-bij-acht.json', mimeType: 'application/json', buffer: sixByEight() });
    await expect(page.locator('.card.action')).toHaveCount(8);
    await moreTool(page, /^Commitment$/);
    const dialog = page.getByRole('dialog');
    await expect(dialog.locator('tbody tr')).toHaveCount(6);
    const scroll = await dialog.locator('.matrix-scroll').evaluate((el) => ({ wide: el.scrollWidth, shown: el.clientWidth }));
    expect(scroll.wide, 'the grid scrolls sideways').toBeLessThanOrEqual(scroll.shown);
    const box = await dialog.boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(1280);
    // The four states read differently: marks and words.
    await expect(dialog.locator('.matrix-legend li')).toHaveText(['✓Committeert zich', '?Twijfelt', '✗Committeert zich niet', 'Niet gevraagd']);
    // One click sets a cell; one click on another mark changes it.
    const cell = dialog.locator('tbody tr').nth(1).locator('td.cell').nth(2);
    await cell.getByRole('button', { name: 'Committeert zich', exact: true }).click();
    await expect(cell).toHaveClass(/\bcommitted\b/);
    await expect(cell.locator('.marks')).toHaveAttribute('aria-label', /Stichting Katholiek Primair Onderwijs Noord – .*: Committeert zich$/);
    await dialog.locator('tbody tr').nth(4).locator('td.cell').nth(7).getByRole('button', { name: 'Committeert zich niet' }).click();
    await expect(dialog.locator('tbody tr').nth(4).locator('td.cell').nth(7)).toHaveClass(/not-committed/);
    await expect(dialog.locator('tfoot')).toContainText('✓ 1');
    await page.screenshot({ path: 'e2e/screenshots/room/matrix.png' });
    // Each click is one step to undo.
    await page.keyboard.press('Control+z');
    await expect(dialog.locator('td.cell.not-committed')).toHaveCount(0);
    await expect(dialog.locator('td.cell.committed')).toHaveCount(1);
  });

  test('the parties panel opens as it was left, and a step brings its cards into view', async ({ page }) => {
    await openApp(page, 'nl');
    // How to start stands clear of the ambition, the step's question and the bars.
    const hint = (await page.locator('.empty-hint').boundingBox())!;
    for (const other of ['.card.ambition', '.step-prompt', '.board-id', '.toolbar', '.side-panel', '.steps-bar']) {
      const box = await page.locator(other).boundingBox();
      expect(box && overlaps(hint, box), `the start hint covers ${other}`).toBeFalsy();
    }
    await expect(page.locator('.empty-hint')).toBeInViewport({ ratio: 1 });
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

  test('a party with a long name gets a short one on its cards; two parties never look alike', async ({ page }) => {
    await openApp(page, 'nl');
    await openExample(page, /Voorbeeldbord/);
    // The example's partnership shows as "SWV", its whole name on hover and to screen readers.
    const swv = page.locator('.card.interest .party-name', { hasText: /^SWV$/ });
    await expect(swv).toHaveAttribute('title', 'Samenwerkingsverband passend onderwijs');
    await expect(page.locator('.card.interest', { has: page.locator('.party-name', { hasText: /^SWV$/ }) }))
      .toHaveAttribute('aria-label', /^Belang, Samenwerkingsverband passend onderwijs: /);
    await expect(page.locator('.card.action .owners').last()).toHaveText('Schoolbestuur A, SWV');
    // Given in the parties' panel, a short name goes on every card of the party.
    const short = page.getByLabel('Korte naam van Schoolbestuur A op de kaarten');
    await expect(short).toHaveAttribute('placeholder', 'Schoolbestuur A');
    await short.fill('Bestuur A');
    await short.press('Enter');
    await expect(page.locator('.card .party-name', { hasText: /^Bestuur A$/ })).toHaveCount(2);
    // One another party has is refused, in Dutch, and changes nothing.
    const other = page.getByLabel('Korte naam van Schoolbestuur B op de kaarten');
    await other.fill('gemeente');
    await other.press('Enter');
    await expect(page.locator('.notice')).toContainText('Een andere partij heet al “gemeente”');
    await expect(page.locator('.card .party-name', { hasText: /^Schoolbestuur B$/ })).toHaveCount(2);
    await expect(other).toHaveValue('');
    // One undo step takes a short name back.
    await other.blur();
    await page.keyboard.press('Control+z');
    await expect(page.locator('.card .party-name', { hasText: /^Schoolbestuur A$/ })).toHaveCount(2);
    await page.locator('.parties-panel').screenshot({ path: 'e2e/screenshots/room/parties-panel.png' });
    // Nothing in the panel runs past its edge.
    const panel = (await page.locator('.parties-panel').boundingBox())!;
    for (const box of await page.locator('.parties-panel input').evaluateAll((els) => els.map((el) => el.getBoundingClientRect().right))) {
      expect(box).toBeLessThanOrEqual(panel.x + panel.width);
    }
  });

  test('the details panel, presenting and dark mode, looked at from the back of the room', async ({ page }) => {
    await openApp(page, 'nl');
    await openExample(page, /Voorbeeldbord/);
    await closePanel(page);
    await page.locator('.card.action .card-head').first().click();
    await expect(page.locator('.details-side')).toBeVisible();
    // Nothing in the details runs past their edge.
    const side = (await page.locator('.details-side').boundingBox())!;
    const rights = await page.locator('.details-side select, .details-side input, .details-side textarea').evaluateAll((els) =>
      els.map((el) => el.getBoundingClientRect().right));
    expect(rights.length).toBeGreaterThan(4);
    for (const right of rights) expect(right).toBeLessThanOrEqual(side.x + side.width + 0.5);
    await page.screenshot({ path: 'e2e/screenshots/room/details.png' });
    await page.keyboard.press('Escape');

    await moreTool(page, /^Presenteren$/);
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
    await expect(page.locator('.presented-question')).toBeVisible();
    await page.screenshot({ path: 'e2e/screenshots/room/presentation.png' });
    expect(await cardsUnder(page, '.presented-question'), 'the question covers cards').toEqual([]);
    expect(await cardsUnder(page, '.presentation-bar'), 'the bar covers cards').toEqual([]);
    // The bar is one row, short enough to leave the board be.
    expect((await page.locator('.presentation-bar').boundingBox())!.height).toBeLessThan(90);
    await page.screenshot({ path: 'e2e/screenshots/room/presentation.png' });
    await page.keyboard.press('Escape');

    // Dark mode: every badge on a card reads at 4.5:1 or more on its own background.
    await page.emulateMedia({ colorScheme: 'dark' });
    const badges = page.locator('.card .status, .card .commit, .card .disputed-badge');
    const canvas = () => page.locator('.viewport').evaluate((el) => getComputedStyle(el).backgroundColor);
    await expect.poll(async () => contrast(await canvas(), 'rgb(0, 0, 0)')).toBeLessThan(2);
    const colours = await badges.evaluateAll((els) => els.map((el) => ({
      text: el.textContent ?? '', fg: getComputedStyle(el).color, bg: getComputedStyle(el).backgroundColor,
    })));
    expect(colours.map((c) => c.text)).toEqual(expect.arrayContaining(['Afgesproken', 'Bezig', 'Idee', 'Betwist']));
    for (const c of colours) expect(contrast(c.fg, c.bg), `${c.text}: ${c.fg} on ${c.bg}`).toBeGreaterThanOrEqual(4.5);
    await page.screenshot({ path: 'e2e/screenshots/room/dark-mode.png' });
    await page.emulateMedia({ colorScheme: 'light' });
  });
});
