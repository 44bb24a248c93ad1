/**
 * `npm run screenshot`: renders the pull request comment of the sample plan (with one invalid cell, to show the
 * error list) as GitHub would, and saves docs/comment.png. Needs Debian's chromium (`apt-get install chromium`).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import MarkdownIt from 'markdown-it';
import { chromium } from 'playwright-core';
import type { EmulatorOptions } from '../emulator/server.ts';
import { planTable } from '../src/core/plan.ts';
import { renderComment } from '../src/core/report.ts';
import { schemaFromJson } from '../src/providers/genesys/schema.ts';
import { repoRoot } from './run-action.ts';

const seed = JSON.parse(readFileSync(path.join(repoRoot, 'examples/emulator-seed.json'), 'utf8')) as EmulatorOptions;
const table = seed.tables?.[0];
if (!table) throw new Error('no sample table');
const csv = readFileSync(path.join(repoRoot, 'examples/data/Holidays.csv'), 'utf8').replace(
  "Presidents' Day,2027-02-15,false,,8,0",
  "Presidents' Day,2027-02-15,false,,8h,0",
);
const plan = await planTable({
  file: 'tables/Holidays.csv',
  source: csv,
  table: { id: table.id ?? 't', name: table.name },
  schema: schemaFromJson(table.name, { properties: table.properties }),
  liveRecords: table.rows ?? [],
  mode: 'replace',
  maxDeletes: { percent: 25 },
  limits: { maxRows: 5000, maxKeyLength: 256 },
});
const body = renderComment({
  mode: 'plan',
  plans: [plan],
  failures: [],
  configId: 'example',
  planMarker: { hash: plan.hash, sha: 'example' },
  wherePlanIs: 'the whole plan is in the artifact.',
  link: (file, line) => `https://github.com/acme/tables/blob/4f2c1e9/${file}#L${line}`,
});
const html = `<!doctype html><html><head><meta charset="utf-8"><style>
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
</style></head><body><div class="comment"><div class="head"><b>github-actions</b> bot commented</div><div class="body">
${new MarkdownIt({ html: true }).render(body)}
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
  const page = await browser.newPage({ viewport: { width: 892, height: 400 } });
  await page.setContent(html);
  await page.evaluate(() => {
    for (const details of document.querySelectorAll('details')) details.open = true;
  });
  const out = path.join(repoRoot, 'docs', 'comment.png');
  await page.screenshot({ path: out, fullPage: true });
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
}
