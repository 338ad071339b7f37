// The installed app: after one visit it starts with the network off, with
// its boards; a new version deployed says so, and reloads into it only when
// asked, with the board kept. Each test serves its own copy of the site
// from a folder it can change, as a host would after a new deployment.
import { test, expect, Page } from '@playwright/test';
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as http from 'http';
import { AddressInfo } from 'net';
import * as os from 'os';
import * as path from 'path';
import { addCard, cardWithText, chooseLanguage, savedBoard } from './helpers';

const DIST = path.join(__dirname, '..', 'dist');
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
};

/** A copy of the built site in a folder of its own, served on a free loopback port. */
async function host(): Promise<{ url: string; dir: string; close: () => Promise<void> }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ambition-map-site-'));
  fs.cpSync(DIST, dir, { recursive: true, filter: (f) => !/\.(br|gz)$/.test(f) });
  const server = http.createServer((req, res) => {
    const name = decodeURIComponent(new URL(req.url || '/', 'http://x').pathname).replace(/^\/+/, '') || 'index.html';
    const file = path.join(dir, name);
    if (!file.startsWith(dir) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] || 'application/octet-stream', 'Cache-Control': 'no-cache' });
    res.end(fs.readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
      fs.rmSync(dir, { recursive: true, force: true });
    });
  return { url, dir, close };
}

/** Deploys a new version into the folder: the page marked with `mark`, and
 * the service worker's list and version changed to match, as the build writes them. */
function deploy(dir: string, mark: string) {
  const pagePath = path.join(dir, 'index.html');
  const before = fs.readFileSync(pagePath);
  const after = Buffer.from(before.toString().replace('<head>', `<head>\n  <meta name="deployed" content="${mark}">`));
  fs.writeFileSync(pagePath, after);
  const sri = (b: Buffer) => 'sha256-' + createHash('sha256').update(b).digest('base64');
  const swPath = path.join(dir, 'sw.js');
  const sw = fs.readFileSync(swPath, 'utf8');
  expect(sw).toContain(sri(before));
  fs.writeFileSync(swPath, sw.replace(sri(before), sri(after)).replace(/const VERSION = '[^']*';/, `const VERSION = '${mark}';`));
}

/** Opens the app in English with an empty board, and waits until its service worker is active. */
async function openOnce(page: Page, url: string) {
  await page.addInitScript(() => {
    if (!localStorage.getItem('ambition-map.lang')) localStorage.setItem('ambition-map.lang', 'en');
  });
  await page.goto(url);
  await expect(page.locator('.card.ambition')).toBeVisible();
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
}

/** Waits until the open board, as saved, holds a card with `text`. */
async function savedWith(page: Page, text: string) {
  await expect.poll(async () => JSON.stringify((await savedBoard(page)) ?? {})).toContain(text);
}

test('after one visit the app starts with the network off, with its board', async ({ page, context }) => {
  const site = await host();
  try {
    await openOnce(page, site.url);
    await addCard(page, 'Fact', 'Safe routes to school');
    await savedWith(page, 'Safe routes to school');

    await context.setOffline(true);
    await page.reload();
    await expect(page.locator('.card.ambition')).toBeVisible();
    await expect(cardWithText(page, 'Safe routes to school')).toBeVisible();
    // The network is off indeed: what the worker does not keep does not come.
    expect(await page.evaluate(() => fetch('not-kept.txt').then(() => 'reached', () => 'offline'))).toBe('offline');

    // A new page, too, and the app's files came from the worker, not the network.
    const again = await context.newPage();
    await again.goto(site.url);
    await expect(cardWithText(again, 'Safe routes to school')).toBeVisible();
    const fromWorker = await again.evaluate(() =>
      performance.getEntriesByType('resource').filter((e) => /ambition_map/.test(e.name)).map((e) => (e as PerformanceResourceTiming).workerStart > 0),
    );
    expect(fromWorker.length).toBeGreaterThan(0);
    expect(fromWorker.every(Boolean)).toBe(true);
  } finally {
    await context.setOffline(false);
    await site.close();
  }
});

test('a new version says so, and reloads into it only when asked, keeping the board', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  const site = await host();
  try {
    await openOnce(page, site.url);
    await addCard(page, 'Action', 'A library in every village');
    await savedWith(page, 'A library in every village');
    await page.reload();
    await expect(page.locator('.update-prompt')).toHaveCount(0);

    deploy(site.dir, 'second');
    // A browser looks for a new worker when a page opens; an open page asks later.
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
    const prompt = page.locator('.update-prompt');
    await expect(prompt).toBeVisible();
    await chooseLanguage(page, 'nl');
    await expect(prompt).toContainText('Er is een nieuwe versie van Ambitiekaart.');
    await page.screenshot({ path: 'e2e/screenshots/offline-update-prompt-nl.png' });

    // It covers neither the toolbar nor the zoom controls.
    const box = await prompt.boundingBox();
    for (const other of ['.toolbar', '.canvas-controls']) {
      const o = await page.locator(other).boundingBox();
      if (!box || !o) throw new Error(`no box for ${other}`);
      const apart = box.x + box.width <= o.x || o.x + o.width <= box.x || box.y + box.height <= o.y || o.y + o.height <= box.y;
      expect(apart, `the notice overlaps ${other}`).toBe(true);
    }
    // Nothing reloads by itself: the page is still the old version.
    await expect(page.locator('meta[name="deployed"]')).toHaveCount(0);

    // An edit just typed, then the button: the edit is saved and kept.
    await page.keyboard.press('Escape');
    await page.locator('.toolbar .add-card.kind-action').click();
    const editor = page.locator('textarea.card-editor');
    await expect(editor).toBeFocused();
    await editor.fill('Een bus op zondag');
    await prompt.getByRole('button', { name: 'Herladen' }).click();
    await expect(page.locator('meta[name="deployed"]')).toHaveAttribute('content', 'second');
    await expect(cardWithText(page, 'A library in every village')).toBeVisible();
    await expect(cardWithText(page, 'Een bus op zondag')).toBeVisible();
    await expect(page.locator('.update-prompt')).toHaveCount(0);
  } finally {
    await site.close();
  }
});
