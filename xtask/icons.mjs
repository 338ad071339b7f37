// Draws the install icons from www/icon.svg in Chromium (`cargo xtask icons`):
// icon-192.png and icon-512.png as the icon is, with its rounded corners, and
// icon-maskable-512.png filled to the edges, the picture inside the middle
// 80 % that every platform's mask leaves visible.
import { chromium } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const www = process.argv[2];
const svg = readFileSync(join(www, 'icon.svg'), 'utf8');
// The icon's own ground colour fills the maskable icon's edges.
const ground = /<rect[^>]*fill="(#[0-9a-fA-F]{3,8})"/.exec(svg)?.[1] ?? '#1d2b3a';
const source = 'data:image/svg+xml;base64,' + Buffer.from(svg).toString('base64');

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ deviceScaleFactor: 1 });
for (const [name, size, maskable] of [['icon-192.png', 192, false], ['icon-512.png', 512, false], ['icon-maskable-512.png', 512, true]]) {
  await page.setViewportSize({ width: size, height: size });
  const inner = maskable ? Math.round(size * 0.8) : size;
  await page.setContent(`<body style="margin:0;display:grid;place-items:center;width:${size}px;height:${size}px;background:${maskable ? ground : 'transparent'}">
    <img src="${source}" width="${inner}" height="${inner}"></body>`);
  await page.locator('img').evaluate((img) => img.decode());
  writeFileSync(join(www, name), await page.screenshot({ omitBackground: !maskable, clip: { x: 0, y: 0, width: size, height: size } }));
  console.log(`xtask: wrote www/${name}`);
}
await browser.close();
