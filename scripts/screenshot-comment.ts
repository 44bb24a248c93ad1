/**
 * `npm run screenshot`: renders the README's pictures of the pull request comment as GitHub would (folds closed,
 * alerts styled): docs/comment.png (the sample plan, with one invalid cell to show the error list) and
 * docs/comment-references.png (ids in a reference column, with their names and a blocked table), each saved with the
 * markdown it rendered beside it (docs/<name>.md): a test fails when the renderer's output no longer matches it, so the
 * pictures in the README are never stale. Needs Debian's chromium (`apt-get install chromium`).
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import MarkdownIt from 'markdown-it';
import { chromium } from 'playwright-core';
import { pictures } from './comment-pictures.ts';
import { repoRoot } from './run-action.ts';

// GitHub shows `> [!NOTE]` and its kin as coloured boxes with a title; markdown-it as a plain quote.
const alerts = (html: string) =>
  html.replace(
    /<blockquote>\s*<p>\[!(NOTE|WARNING|CAUTION)\]\s*(?:<br>)?\s*([\s\S]*?)<\/blockquote>/g,
    (_m, kind: string, rest: string) =>
      `<div class="alert ${kind.toLowerCase()}"><p class="title">${kind[0]}${kind.slice(1).toLowerCase()}</p><p>${rest}</div>`,
  );
const page = (body: string) => `<!doctype html><html><head><meta charset="utf-8"><style>
body { font: 14px/1.5 -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; color: #1f2328; margin: 0; padding: 16px; background: #fff; width: 860px; }
.comment { border: 1px solid #d1d9e0; border-radius: 6px; }
.head { background: #f6f8fa; border-bottom: 1px solid #d1d9e0; padding: 8px 16px; color: #59636e; border-radius: 6px 6px 0 0; }
.body { padding: 16px; }
h2 { font-size: 1.5em; border-bottom: 1px solid #d1d9e0; padding-bottom: .3em; margin-top: 0; }
h3 { font-size: 1.25em; }
table { border-collapse: collapse; margin: 8px 0; }
th, td { border: 1px solid #d1d9e0; padding: 4px 10px; }
th { background: #f6f8fa; }
code { background: #eff1f3; padding: .1em .3em; border-radius: 4px; font-size: 85%; }
blockquote { border-left: .25em solid #d1d9e0; margin: 0; padding: 0 1em; color: #59636e; }
a { color: #0969da; text-decoration: none; }
details { margin: 8px 0; } summary { cursor: pointer; }
del { background: #ffebe9; } ins { background: #dafbe1; text-decoration: none; }
.alert { border-left: .25em solid; padding: 4px 1em; margin: 8px 0; }
.alert .title { font-weight: 600; margin: 0 0 4px; }
.alert.note { border-color: #0969da; } .alert.note .title { color: #0969da; }
.alert.warning { border-color: #9a6700; } .alert.warning .title { color: #9a6700; }
.alert.caution { border-color: #d1242f; } .alert.caution .title { color: #d1242f; }
</style></head><body><div class="comment"><div class="head"><b>github-actions</b> bot commented</div><div class="body">
${alerts(new MarkdownIt({ html: true }).render(body))}
</div></div></body></html>`;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});
try {
  const tab = await browser.newPage({ viewport: { width: 892, height: 400 } });
  for (const picture of pictures) {
    const body = await picture.comment();
    await tab.setContent(page(body));
    // As GitHub shows it: folds closed.
    const out = path.join(repoRoot, 'docs', `${picture.name}.png`);
    await tab.screenshot({ path: out, fullPage: true });
    writeFileSync(path.join(repoRoot, 'docs', `${picture.name}.md`), body);
    console.log(`wrote ${out} and docs/${picture.name}.md`);
  }
} finally {
  await browser.close();
}
