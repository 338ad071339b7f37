// Clickjacking: a page of another origin puts the app in a frame of its own.
// With the headers the README asks of a host (as `cargo xtask serve` sends
// them), the browser shows nothing of the app; on a host that sends no
// headers, the app notices the frame and does not start.
import { test, expect, Page } from '@playwright/test';
import * as http from 'http';
import { AddressInfo } from 'net';

const APP = process.env.BASE_URL || 'http://127.0.0.1:8080';

/** Starts a server on a free loopback port; returns its address. */
async function listen(handler: http.RequestListener): Promise<{ url: string; server: http.Server }> {
  const server = http.createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

let framer: { url: string; server: http.Server };
let bare: { url: string; server: http.Server };

test.beforeAll(async () => {
  // Another origin (another port) with a page that frames whatever `?src=` names.
  framer = await listen((req, res) => {
    const src = new URL(req.url || '/', 'http://x').searchParams.get('src') || '';
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><title>Win a prize</title><p>Click the button!</p>
      <iframe id="app" src="${src.replace(/"/g, '&quot;')}" width="1200" height="800"></iframe>`);
  });
  // The app's files from a host that sends no security headers at all.
  bare = await listen(async (req, res) => {
    const upstream = await fetch(APP + (req.url || '/'));
    const body = Buffer.from(await upstream.arrayBuffer());
    res.writeHead(upstream.status, { 'Content-Type': upstream.headers.get('content-type') || 'application/octet-stream' });
    res.end(body);
  });
});

test.afterAll(async () => {
  await Promise.all([framer, bare].map(({ server }) => new Promise((resolve) => server.close(resolve))));
});

/** Opens the other origin's page framing `src`; returns the frame. */
async function framed(page: Page, src: string) {
  // The page's load event waits for its frame to load, or to fail.
  await page.goto(`${framer.url}/?src=${encodeURIComponent(src)}`);
  const frame = page.frames().find((f) => f !== page.mainFrame());
  if (!frame) throw new Error('the page has no frame');
  return frame;
}

test('the app served with its headers does not show in a frame of another origin', async ({ page }) => {
  const frame = await framed(page, `${APP}/`);
  // The browser refused to draw it: the frame holds no part of the app.
  await page.waitForTimeout(1000);
  expect(frame.url()).not.toBe(`${APP}/`);
  await expect(frame.locator('.card')).toHaveCount(0);
  await expect(frame.locator('body')).not.toContainText('Ambition');
  // The same address opened on its own works.
  await page.goto(`${APP}/`);
  await expect(page.locator('.card.ambition')).toBeVisible();
});

test('on a host without the headers, the app in a frame of another origin does not start', async ({ page }) => {
  const frame = await framed(page, `${bare.url}/`);
  await expect(frame.locator('.boot-error')).toContainText('Ambition Map only runs on a page of its own.');
  await expect(frame.getByRole('link', { name: 'Open Ambition Map / Ambitiekaart openen' })).toHaveAttribute('href', `${bare.url}/`);
  await page.waitForTimeout(1000);
  await expect(frame.locator('.card')).toHaveCount(0);
  await page.screenshot({ path: 'e2e/screenshots/framed.png' });
  // Opened on its own from that host, it starts.
  await page.goto(`${bare.url}/`);
  await expect(page.locator('.card.ambition')).toBeVisible();
});
