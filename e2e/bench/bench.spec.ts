// The browser half of `cargo xtask bench`: start-up, dragging, panning and
// zooming, typing, opening a file, autosave, and key presses, selection and
// dragging in a long session, on generated boards (files in BENCH_DIR,
// written by xtask). Each figure is the median of several
// runs; all are written to BENCH_DIR/browser.json for xtask to report.
// Nothing here asserts a timing: budgets are reported, not enforced.
import { test, expect, Page } from '@playwright/test';
import * as fs from 'fs';
import * as path from 'path';

const DIR = process.env.BENCH_DIR || path.join(__dirname, '../../target/bench');
const RUNS = Number(process.env.BENCH_RUNS || 5);
const figures: Record<string, { median: number; runs: number[]; unit: string; target?: number }> = {};

function boardFile(cards: number): string {
  return path.join(DIR, `board-${cards}.json`);
}
function boardText(cards: number): string {
  return fs.readFileSync(boardFile(cards), 'utf8');
}

/**
 * Puts a board into IndexedDB the way the app keeps it (core::library,
 * platform::idb): in the database "ambition-map", store "texts", an index
 * under "ambition-map.library" and the board under "ambition-map.board.<id>",
 * opened last.
 */
async function seedStorage(page: Page, board: string | null) {
  // A page of the app's origin that does not start the app (the server
  // answers 404), so storage can be filled before the app reads it.
  await page.goto('/bench-seed');
  await page.evaluate(
    (text) =>
      new Promise<void>((resolve, reject) => {
        localStorage.clear();
        localStorage.setItem('ambition-map.lang', 'en');
        const open = indexedDB.open('ambition-map', 1);
        open.onupgradeneeded = () => open.result.createObjectStore('texts');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const t = db.transaction('texts', 'readwrite');
          const store = t.objectStore('texts');
          store.clear();
          if (text !== null) {
            store.put(text, 'ambition-map.board.b-bench');
            store.put(JSON.stringify({ version: 1, boards: [{ id: 'b-bench', title: 'Bench', updated: 1 }], last_opened: 'b-bench' }), 'ambition-map.library');
          }
          t.oncomplete = () => (db.close(), resolve());
          t.onerror = () => reject(t.error);
        };
      }),
    board,
  );
}

/** Records a figure: the median of its runs. */
function record(name: string, runs: number[], unit = 'ms') {
  const sorted = [...runs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  figures[name] = { median: Math.round(median * 100) / 100, runs: runs.map((r) => Math.round(r * 100) / 100), unit };
  console.log(`${name}: ${figures[name].median} ${unit}  (runs ${figures[name].runs.join(', ')})`);
}

/** The median of a list of step times. */
function median(steps: number[]): number {
  const sorted = [...steps].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

// In-page probes, installed before the app starts.
const PROBE = `
(() => {
  const frameDone = () => new Promise((resolve) => requestAnimationFrame(() => {
    const raf = performance.now();
    const ch = new MessageChannel();
    ch.port1.onmessage = () => resolve({ raf, done: performance.now() });
    ch.port2.postMessage(0);
  }));
  window.__bench = {
    // Start-up: the moment the ambition card is in the DOM, then the end of
    // the frame that shows it and the first task after it (responsive).
    drawn: new Promise((resolve) => {
      const check = () => {
        if (document.querySelector('.card.ambition')) {
          obs.disconnect();
          frameDone().then((f) => resolve(f.done));
          return true;
        }
        return false;
      };
      const obs = new MutationObserver(check);
      document.addEventListener('DOMContentLoaded', () => { if (!check()) obs.observe(document.body, { childList: true, subtree: true }); });
    }),
    // Main-thread time of the next \`start\` event: its handlers and the
    // microtasks they queue (Yew renders in microtasks), up to the last
    // \`ends\` event's bubbling, plus the frame that follows (rAF, style,
    // layout, paint), without the idle wait between them.
    arm(start, ends) {
      let t0 = -1, t1 = -1;
      const onEnd = () => { if (t0 >= 0) queueMicrotask(() => { t1 = performance.now(); }); };
      for (const e of ends) window.addEventListener(e, onEnd);
      window.__pending = new Promise((resolve) => {
        window.addEventListener(start, () => {
          t0 = performance.now();
          t1 = t0;
          // Give discrete events (keys) their whole task before the frame.
          setTimeout(() => frameDone().then(({ raf, done }) => {
            for (const e of ends) window.removeEventListener(e, onEnd);
            const handler = t1 - t0;
            resolve({ handler, frame: done - raf, total: handler + (done - raf) });
          }), 0);
        }, { capture: true, once: true });
      });
    },
    frameDone,
    // Times a condition becoming true from now, polled every frame, to the
    // end of the frame that shows it.
    until(predicate) {
      const t0 = performance.now();
      return new Promise((resolve) => {
        const poll = () => predicate() ? frameDone().then((f) => resolve(f.done - t0)) : requestAnimationFrame(poll);
        poll();
      });
    },
  };
  // Autosave reports its own time with performance.measure (see app.rs).
  window.__saves = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.name === 'ambition-map.autosave') window.__saves.push(e.duration);
  }).observe({ type: 'measure' });
})();
`;

async function open(page: Page, cards: number | null): Promise<number> {
  await seedStorage(page, cards === null ? null : boardText(cards));
  await page.addInitScript(PROBE);
  await page.goto('/', { waitUntil: 'commit' });
  const t = await page.evaluate(() => (window as any).__bench.drawn as Promise<number>);
  await expect(page.locator('.card.ambition')).toBeVisible();
  if (cards !== null && cards > 0) await expect(page.locator('.board-title')).toHaveValue(`Generated board, ${cards} cards`);
  return t;
}

/** Times one gesture step: arms the probe, runs `act`, returns main-thread ms. */
async function timed(page: Page, start: string, ends: string[], act: () => Promise<void>): Promise<number> {
  await page.evaluate(([s, e]) => (window as any).__bench.arm(s, e), [start, ends] as const);
  await act();
  const r = await page.evaluate(() => (window as any).__pending as Promise<{ total: number }>);
  return r.total;
}

/**
 * The `n` cards nearest the middle of the view, not the ambition: their centres on screen, nearest
 * first. Zoomed out, most cards are drawn in the sketch's picture rather than as elements; their
 * places are read from its paths (one `M x y h w v h …z` per card, in world units) and mapped to
 * the screen.
 */
async function cardsNearCentre(page: Page, n: number) {
  return page.evaluate((n) => {
    const vp = document.querySelector('.viewport')!.getBoundingClientRect();
    const cx = vp.left + vp.width / 3, cy = vp.top + vp.height / 2;
    const centres: { x: number; y: number }[] = [];
    for (const el of Array.from(document.querySelectorAll('.card:not(.ambition)'))) {
      const r = el.getBoundingClientRect();
      centres.push({ x: r.left + r.width / 2, y: r.top + r.height / 2 });
    }
    const picture = document.querySelector('svg.sketch-cards') as SVGSVGElement | null;
    const ctm = picture?.getScreenCTM();
    if (picture && ctm) {
      for (const path of Array.from(picture.querySelectorAll('path.sketch-body'))) {
        for (const m of (path.getAttribute('d') || '').matchAll(/M(-?[\d.]+) (-?[\d.]+)h([\d.]+)v([\d.]+)/g)) {
          const p = new DOMPoint(+m[1] + +m[3] / 2, +m[2] + +m[4] / 2).matrixTransform(ctm);
          centres.push({ x: p.x, y: p.y });
        }
      }
    }
    const nearest = centres.map(({ x, y }) => ({ x, y, d: Math.hypot(x - cx, y - cy) })).sort((a, b) => a.d - b.d);
    // A card drawn both ways (none should be) counts once.
    return nearest.filter((c, i) => i === 0 || Math.hypot(c.x - nearest[i - 1].x, c.y - nearest[i - 1].y) > 1).slice(0, n);
  }, n);
}

/** The card nearest the middle of the view (see `cardsNearCentre`). */
async function cardNearCentre(page: Page) {
  return (await cardsNearCentre(page, 1))[0];
}

/**
 * One run of the drag figure: a card near the view's centre is pressed, moved past the drag
 * threshold, then 20 moves are timed; the drop is undone. Returns the median move.
 */
async function dragRun(page: Page): Promise<number> {
  const at = await cardNearCentre(page);
  await page.mouse.move(at.x, at.y);
  await page.mouse.down();
  // Past the drag threshold first; then time each move.
  await page.mouse.move(at.x + 10, at.y + 10);
  const moves: number[] = [];
  for (let i = 1; i <= 20; i++) {
    moves.push(await timed(page, 'pointermove', ['pointermove'], () => page.mouse.move(at.x + 10 + i * 3, at.y + 10 + i * 2)));
  }
  await page.mouse.up();
  await page.keyboard.press('Control+z');
  return median(moves);
}

test.afterAll(() => {
  fs.writeFileSync(path.join(DIR, 'browser.json'), JSON.stringify(figures, null, 2));
});

for (const cards of [0, 500, 2000, 10000]) {
  test(`start-up, ${cards} cards`, async ({ browser }) => {
    const runs: number[] = [];
    for (let i = 0; i < (cards >= 10000 ? Math.max(3, RUNS - 2) : RUNS); i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      runs.push(await open(page, cards));
      await context.close();
    }
    record(`startup_${cards}`, runs);
  });
}

for (const cards of [2000, 10000]) {
  test(`drag one card, ${cards} cards`, async ({ page }) => {
    await open(page, cards);
    const runs: number[] = [];
    for (let r = 0; r < RUNS; r++) runs.push(await dragRun(page));
    record(`drag_${cards}`, runs);
  });
}

test('pan and zoom, 10000 cards', async ({ page }) => {
  await open(page, 10000);
  const vp = (await page.locator('.viewport').boundingBox())!;
  const c = { x: vp.x + vp.width / 2, y: vp.y + vp.height / 2 };
  const pans: number[] = [];
  const zooms: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    // Pan with the middle button (pans even over cards).
    await page.mouse.move(c.x, c.y);
    await page.mouse.down({ button: 'middle' });
    const steps: number[] = [];
    for (let i = 1; i <= 30; i++) {
      steps.push(await timed(page, 'pointermove', ['pointermove'], () => page.mouse.move(c.x - i * 15, c.y - i * 8)));
    }
    await page.mouse.up({ button: 'middle' });
    steps.sort((a, b) => a - b);
    pans.push(steps[Math.floor(steps.length / 2)]);
    const wheel: number[] = [];
    for (let i = 0; i < 20; i++) {
      const dy = i % 4 < 2 ? -120 : 120;
      wheel.push(await timed(page, 'wheel', ['wheel'], () => page.mouse.wheel(0, dy)));
    }
    wheel.sort((a, b) => a - b);
    zooms.push(wheel[Math.floor(wheel.length / 2)]);
  }
  record('pan_10000', pans);
  record('zoom_10000', zooms);
});

test('typing into a card, 2000 cards', async ({ page }) => {
  await open(page, 2000);
  const runs: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    const at = await cardNearCentre(page);
    await page.mouse.click(at.x, at.y);
    await page.keyboard.press('Enter');
    const editor = page.locator('textarea.card-editor');
    await expect(editor).toBeFocused();
    await page.keyboard.press('End');
    const keys: number[] = [];
    for (const ch of 'typing at a workshop') {
      keys.push(await timed(page, 'keydown', ['keydown', 'keypress', 'input'], () => page.keyboard.press(ch === ' ' ? 'Space' : ch)));
    }
    await page.keyboard.press('Escape');
    await expect(editor).toHaveCount(0);
    keys.sort((a, b) => a - b);
    runs.push(keys[Math.floor(keys.length / 2)]);
  }
  record('typing_2000', runs);
});

for (const cards of [2000, 10000]) {
  test(`open a file, ${cards} cards`, async ({ page }) => {
    const runs: number[] = [];
    const file = { name: `board-${cards}.json`, mimeType: 'application/json', buffer: fs.readFileSync(boardFile(cards)) };
    for (let r = 0; r < Math.max(3, RUNS - 2); r++) {
      // A fresh start each run: each opened file is kept as a board of its
      // own, and a few 10,000-card boards fill the browser's storage.
      await open(page, 0);
      await page.evaluate(() => {
        const b = (window as any).__bench;
        b.opened = new Promise((resolve) => {
          document.querySelector('input.file-input')!.addEventListener('change', () => {
            // Any notice ends the wait; one that is not "Opened …" is a failure, reported as such.
            b.until(() => !!document.querySelector('.notice')).then((t: number) => {
              const text = (document.querySelector('.notice') as HTMLElement | null)?.innerText || '';
              resolve(/Generated board/.test(text) ? t : `no "Opened" notice but: ${text}`);
            });
          }, { once: true, capture: true });
        });
      });
      const chooser = page.waitForEvent('filechooser');
      // Open file is in the toolbar's More menu.
      await page.locator('.more-menu > .tool').click();
      await page.getByRole('button', { name: 'Open file' }).click();
      await (await chooser).setFiles(file);
      const t = await page.evaluate(() => (window as any).__bench.opened as Promise<number | string>);
      if (typeof t === 'string') throw new Error(t);
      runs.push(t);
    }
    record(`open_${cards}`, runs);
  });
}

test('autosave, 2000 cards', async ({ page }) => {
  await open(page, 2000);
  const at = await cardNearCentre(page);
  await page.evaluate(() => ((window as any).__saves.length = 0));
  // A drag of many moves, then a few more: saves happen per change, never per move.
  for (let r = 0; r < RUNS; r++) {
    await page.mouse.move(at.x, at.y);
    await page.mouse.down();
    for (let i = 1; i <= 20; i++) await page.mouse.move(at.x + i * 4, at.y + i * 3);
    await page.mouse.up();
    await page.waitForTimeout(1200);
    await page.keyboard.press('Control+z');
    await page.waitForTimeout(1200);
  }
  const saves = await page.evaluate(() => (window as any).__saves as number[]);
  record('autosave_2000', saves.length ? saves : [NaN]);
  figures['autosave_2000_count'] = { median: saves.length, runs: [saves.length], unit: `saves for ${RUNS * 40} moves` };
});

/** The id of the selected card, if one is. */
async function selectedCard(page: Page): Promise<string | null> {
  return page.evaluate(() => document.querySelector('.card.selected')?.getAttribute('data-card') ?? null);
}

/** Waits, frame by frame, until the card's element is drawn at world x `x`. */
async function cardAt(page: Page, card: string, x: number) {
  await page.waitForFunction(([card, x]) => {
    const el = document.querySelector(`.card[data-card="${CSS.escape(card as string)}"]`) as HTMLElement | null;
    const m = el?.style.transform.match(/translate\((-?[\d.]+)px/);
    return !!m && Math.abs(+m[1] - (x as number)) < 0.01;
  }, [card, x] as const, { polling: 'raf' });
}

/** The world x of a card's element. */
async function cardX(page: Page, card: string): Promise<number> {
  return page.evaluate((card) => {
    const el = document.querySelector(`.card[data-card="${CSS.escape(card)}"]`) as HTMLElement;
    return +el.style.transform.match(/translate\((-?[\d.]+)px/)![1];
  }, card);
}

/**
 * Waits until the board is saved (a change is saved 250 ms later) and no notice is left to go
 * away by itself (after 5 s), then for a frame: neither then falls into a timed step.
 */
async function settle(page: Page) {
  await page.waitForFunction(() => !document.querySelector('.save-status.saving, .notice:not(.error)'), undefined, { polling: 100 });
  await page.evaluate(() => (window as any).__bench.frameDone());
}

/**
 * One run of the selection figure: 20 presses alternating between two cards, each timed from
 * the pointer going down (a press selects) to the end of the frame that shows the card selected.
 */
async function selectRun(page: Page, targets: { x: number; y: number }[]): Promise<number> {
  // Start from the second card, so that every timed press changes the selection.
  await page.mouse.click(targets[1].x, targets[1].y);
  let before = await selectedCard(page);
  const steps: number[] = [];
  for (let i = 0; i < 20; i++) {
    const at = targets[i % 2];
    await page.mouse.move(at.x, at.y);
    steps.push(await timed(page, 'pointerdown', ['pointerdown'], () => page.mouse.down()));
    await page.mouse.up();
    const now = await selectedCard(page);
    if (now === null || now === before) throw new Error(`a press at ${at.x}, ${at.y} did not select another card (${before})`);
    before = now;
  }
  return median(steps);
}

/**
 * One run of the key figure: 20 arrow keys, right and left in turn, each moving the focus (and
 * the selection) to the nearest card that way; timed from the key to the end of the next frame.
 */
async function keyRun(page: Page): Promise<number> {
  let before = await selectedCard(page);
  const steps: number[] = [];
  for (let i = 0; i < 20; i++) {
    const key = i % 2 ? 'ArrowLeft' : 'ArrowRight';
    steps.push(await timed(page, 'keydown', ['keydown'], () => page.keyboard.press(key)));
    const now = await selectedCard(page);
    if (now === null || now === before) throw new Error(`${key} did not move the focus from ${before}`);
    before = now;
  }
  return median(steps);
}

/**
 * A long workshop in short: `edits` changes made through the interface, each an undo step. A
 * card near the centre is picked up with M and moved right and left in turn by the arrow keys
 * (each press one move, one step in the history), then put down with Enter. Checks that every
 * press moved the card, that Undo is offered, and that one undo takes back exactly one press.
 */
async function longSession(page: Page, edits: number) {
  const at = await cardNearCentre(page);
  await page.mouse.click(at.x, at.y);
  const card = await selectedCard(page);
  if (card === null) throw new Error('no card selected to move');
  const x0 = await cardX(page, card);
  await page.keyboard.press('m');
  await expect(page.locator('.notice', { hasText: 'Moving' })).toBeVisible();
  for (let i = 1; i <= edits; i++) {
    await page.keyboard.press(i % 2 ? 'ArrowRight' : 'ArrowLeft');
    await cardAt(page, card, i % 2 ? x0 + 10 : x0);
  }
  await page.keyboard.press('Enter');
  const undo = page.getByRole('button', { name: 'Undo', exact: true });
  await expect(undo).toBeEnabled();
  const last = edits % 2 ? x0 + 10 : x0;
  const previous = edits % 2 ? x0 : x0 + 10;
  await page.keyboard.press('Control+z');
  await cardAt(page, card, previous);
  await page.keyboard.press('Control+y');
  await cardAt(page, card, last);
}

// Two pages of the same board, each in a context of its own (so they do not follow each
// other's storage): one stays fresh, the other gets 200 edits (the most the history keeps).
// Then both are measured in turn, round by round, in alternating order, so that a change in
// the machine's load during the run falls on both alike: the figures should not grow with the
// history.
for (const cards of [2000, 10000]) {
  test(`long session, ${cards} cards`, async ({ page, browser }) => {
    // Each step of a long session may take long on the state layer this measures.
    test.setTimeout(cards >= 10000 ? 3_600_000 : 1_800_000);
    const long = await (await browser.newContext()).newPage();
    const pages = { fresh: page, long };
    const targets = new Map<Page, { x: number; y: number }[]>();
    for (const p of [page, long]) {
      await open(p, cards);
      await settle(p);
      targets.set(p, await cardsNearCentre(p, 2));
      // One round untimed first, so that neither page's figures include the first use of
      // code the start-up did not run (the drag, the keys).
      await selectRun(p, targets.get(p)!);
      await keyRun(p);
      await dragRun(p);
      await settle(p);
    }
    const t0 = Date.now();
    await long.evaluate(() => ((window as any).__saves.length = 0));
    await longSession(long, 200);
    await settle(long);
    const saves = await long.evaluate(() => (window as any).__saves as number[]);
    const saving = saves.reduce((a, b) => a + b, 0);
    console.log(`long session, ${cards} cards: 200 edits made in ${((Date.now() - t0) / 1000).toFixed(1)} s, ${saves.length} saves taking ${saving.toFixed(0)} ms`);
    figures[`session_saves_${cards}`] = { median: saves.length, runs: [saves.length], unit: 'saves during 200 edits' };
    const runs = {
      fresh: { key: [] as number[], select: [] as number[], drag: [] as number[] },
      long: { key: [] as number[], select: [] as number[], drag: [] as number[] },
    };
    for (let r = 0; r < RUNS; r++) {
      const order = r % 2 ? (['long', 'fresh'] as const) : (['fresh', 'long'] as const);
      for (const which of order) {
        const p = pages[which];
        await p.bringToFront();
        runs[which].select.push(await selectRun(p, targets.get(p)!));
        runs[which].key.push(await keyRun(p));
        runs[which].drag.push(await dragRun(p));
        await settle(p);
      }
    }
    for (const what of ['key', 'select', 'drag'] as const) {
      const name = `session_${what}_${cards}`;
      record(`${name}_fresh`, runs.fresh[what]);
      record(`${name}_long`, runs.long[what]);
      const ratio = figures[`${name}_long`].median / figures[`${name}_fresh`].median;
      figures[`${name}_ratio`] = { median: Math.round(ratio * 100) / 100, runs: [], unit: 'long session / fresh', target: 1.15 };
      console.log(`${name}_ratio: ${figures[`${name}_ratio`].median}`);
    }
  });
}

// A card holding a long text, one word or ordinary words of the same size, on a board of 20
// cards: from the start to the end of the frame that shows it (as start-up above), and from
// "Open" on a share link carrying it to the end of the frame that shows the card.
for (const size of ['64k', '1m']) {
  for (const what of ['word', 'words']) {
    test(`long text, one ${what === 'word' ? 'word' : 'of words'}, ${size}`, async ({ browser }) => {
      test.setTimeout(300_000);
      const text = fs.readFileSync(path.join(DIR, `text-${what}-${size}.json`), 'utf8');
      const runs: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const context = await browser.newContext();
        const page = await context.newPage();
        await seedStorage(page, text);
        await page.addInitScript(PROBE);
        await page.goto('/', { waitUntil: 'commit' });
        runs.push(await page.evaluate(() => (window as any).__bench.drawn as Promise<number>));
        await expect(page.locator('.card[data-card="c-0"] .card-text')).toBeVisible();
        await context.close();
      }
      record(`text_${what}_${size}`, runs);
    });
  }
}

for (const what of ['word', 'words']) {
  test(`share link with a long text, one ${what === 'word' ? 'word' : 'of words'}, 1m`, async ({ browser }) => {
    test.setTimeout(300_000);
    const fragment = fs.readFileSync(path.join(DIR, `text-${what}-1m.link`), 'utf8');
    const runs: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await seedStorage(page, null);
      await page.addInitScript(PROBE);
      await page.goto(`/#${fragment}`);
      const prompt = page.getByRole('dialog', { name: 'Open the shared board?' });
      await expect(prompt).toBeVisible();
      await page.evaluate(() => {
        const b = (window as any).__bench;
        b.shown = new Promise((resolve) => {
          document.querySelector('.share-prompt button.primary')!.addEventListener('click', () => {
            b.until(() => !!document.querySelector('.card[data-card="c-0"] .card-text')).then(resolve);
          }, { once: true, capture: true });
        });
      });
      await prompt.getByRole('button', { name: 'Open' }).click();
      runs.push(await page.evaluate(() => (window as any).__bench.shown as Promise<number>));
      await expect(page.locator('.board-title')).toHaveValue(/^A long text/);
      await context.close();
    }
    record(`link_${what}_1m`, runs);
  });
}
