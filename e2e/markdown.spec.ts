// The report's Markdown as other programs render it: a card holding an
// address, HTML or Markdown's own link and image syntax must stay text in
// marked (GitHub Flavoured Markdown, with its autolinks) and in markdown-it
// with linkify, which links even a bare `example.org`. The report is the
// golden file tests/core_export.rs writes and renders with pulldown-cmark.
import { test, expect } from '@playwright/test';
import * as fs from 'fs';
import * as path from 'path';
import { marked } from 'marked';
import MarkdownIt from 'markdown-it';

const report = fs.readFileSync(path.join(__dirname, '../tests/golden/report-links.en.md'), 'utf8');
const SHOWN = 'See https://example.org/x, www.example.org and &lt;https://example.org/y&gt;; '
  + '&lt;b&gt;bold&lt;/b&gt; [a](b) ![x](y) [c]: /d mailto:info@example.org info@example.org';

const renderers: Record<string, (md: string) => string> = {
  'marked (GFM)': (md) => marked.parse(md, { gfm: true, async: false }) as string,
  'markdown-it with linkify': (md) => new MarkdownIt({ linkify: true }).render(md),
};

for (const [name, render] of Object.entries(renderers)) {
  test(`addresses and markup in cards stay text in ${name}`, () => {
    const html = render(report);
    expect(html).not.toMatch(/<a[\s>]/);
    expect(html).not.toMatch(/<img[\s>]/);
    expect(html).not.toContain('<b>');
    // The challenge, the ambition, an interest, an action, a fact and its source, as written.
    expect(html.split(SHOWN).length - 1).toBe(6);
    // The same renderer does link an address that is not escaped: the check can fail.
    expect(render('See https://example.org/x and www.example.org')).toMatch(/<a[\s>]/);
  });
}
