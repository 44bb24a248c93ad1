import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { planTable, type TablePlan } from '../../src/core/plan.ts';
import { COMMENT_LIMIT, codeOrText, escapeMarkdown, linkTarget, pathForUrl } from '../../src/core/report/markdown.ts';
import { readPlanMarker, renderComment } from '../../src/review/protocol.ts';
import { holidaysSchema, limits } from '../support/schemas.ts';

/** Cell values that would be markup, links, mentions or table breakers if they were not escaped. */
const hostile = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<details open><summary>x</summary>',
  '</details></td></tr></table>',
  '@octocat please look',
  'cc @org/team',
  'fixes #123',
  'GH-5 and owner/repo#7',
  '[click](https://evil.example)',
  '![img](https://evil.example/x.png)',
  'https://evil.example/path',
  'www.evil.example',
  'mail me@evil.example',
  '`code` and ```fence```',
  '| broken | table |',
  '**bold** _em_ ~~strike~~',
  '<a href="https://evil.example">a</a>',
  '&lt;script&gt; already escaped',
  '# heading\n- list\n> quote',
  '<!-- hidden --> <!-- datatable-sync:x -->',
  '\\`escaped backtick\\`',
  'javascript:alert(1)',
  '$\\huge\\color{red}\\text{Closed}$',
  'from $5 to $$10$$ and $`x`$',
];

async function hostilePlan() {
  const rows = hostile.map((value, i) => `k${i},"${value.replace(/"/g, '""')}"`).join('\n');
  return planTable({
    file: 'data/h.csv',
    table: { id: 't', name: 'Holidays <b>@team</b>' },
    schema: holidaysSchema,
    source: `Holiday,Greeting\n${rows}\nbad,"x"\n`,
    liveRecords: hostile
      .map((value, i) => ({ key: `k${i}`, Greeting: `old ${value}` }))
      .concat([{ key: '@gone #1', Greeting: '<b>x</b>' }]),
    mode: 'replace',
    maxDeletes: { percent: 100 },
    limits,
  });
}

/** The comment of one table's plan, as the action posts it. */
function commentFor(plan: TablePlan, wherePlanIs: string): string {
  return renderComment({
    mode: 'plan',
    plans: [plan],
    failures: [],
    configId: 'abc',
    planMarker: { hash: plan.hash, sha: 'f00' },
    wherePlanIs,
  });
}

const ALLOWED_TAGS = new Set([
  'h2',
  'h3',
  'p',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'strong',
  'em',
  'code',
  'ul',
  'li',
  'blockquote',
  'details',
  'summary',
  'sub',
  'del',
  'ins',
  'br',
  'span',
]);

describe('the pull request comment', () => {
  it('keeps a hostile file name inside its link: per-segment encoding, no live mention or markup after it', async () => {
    const file = 'data/a) @mallory [x](https://evil.example) `b`\n::warning::x.csv';
    const plan = await planTable({
      file,
      table: { id: 't', name: 'Holidays' },
      schema: holidaysSchema,
      source: 'Holiday,Closed\nA,maybe\n',
      liveRecords: [],
      mode: 'replace',
      maxDeletes: { percent: 100 },
      limits,
    });
    const body = renderComment({
      mode: 'plan',
      plans: [plan],
      failures: [],
      configId: 'abc',
      planMarker: { hash: plan.hash, sha: 'f00' },
      wherePlanIs: 'in the artifact',
      link: (f, line) => `https://github.com/acme/t/blob/f00/${pathForUrl(f)}#L${line}`,
    });
    const html = new MarkdownIt({ html: true, linkify: true }).render(body);
    const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]);
    const encoded = 'data/a%29%20%40mallory%20%5Bx%5D%28https%3A//evil.example%29%20%60b%60%0A%3A%3Awarning%3A%3Ax.csv';
    expect(hrefs).toContain(`https://github.com/acme/t/blob/f00/${encoded}#L2`); // the invalid cell
    for (const href of hrefs)
      expect(href).toMatch(
        new RegExp(`^https://github\\.com/acme/t/blob/f00/${encoded.replace(/[.%]/g, '\\$&')}#L\\d$`),
      );
    const text = html.replace(/<[^>]+>/g, '');
    expect(text).not.toMatch(/@[\w-]/);
    expect(text).not.toMatch(/https?:\/\//);
  });

  it('links a job only to an http(s) URL, with nothing that could close the link', () => {
    expect(linkTarget('https://x.example/a)b[c]')).toBe('https://x.example/a%29b%5Bc%5D');
    expect(linkTarget('javascript:alert(1)')).toBeUndefined();
    expect(linkTarget('not a url')).toBeUndefined();
    // A name is escaped as all data is, in monospace: nothing of it is taken as written.
    for (const name of ['tables/Hol @x #1.csv', 'a`b|c', 'h&#27;[2J.csv', '$\\huge$.csv']) {
      expect(codeOrText(name)).toBe(`<code>${escapeMarkdown(name)}</code>`);
    }
  });

  it('renders hostile cell values as text: no tags of theirs, no links, no mentions, no issue references', async () => {
    const plan = await hostilePlan();
    const body = commentFor(plan, 'in the artifact');
    const html = new MarkdownIt({ html: true, linkify: true }).render(body);
    const tags = [...html.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9]*)/g)].map((m) => (m[1] as string).toLowerCase());
    expect(tags.filter((tag) => !ALLOWED_TAGS.has(tag))).toEqual([]);
    expect(html).not.toMatch(/<a\b|<img\b|<script\b/i);
    expect([...html.matchAll(/<[^>]+>/g)].filter(([tag]) => /\b(href|src|on\w+)=/i.test(tag))).toEqual([]);
    const text = html.replace(/<[^>]+>/g, '');
    expect(text).not.toMatch(/@[\w-]/); // a mention needs @ right before the name
    expect(text).not.toMatch(/#\d/);
    expect(text).not.toMatch(/https?:\/\/|www\./i);
    // The data is still all there for the reader.
    expect(text).toContain('@\u200boctocat please look');
    expect(text).toContain('<script>alert(1)</script>'.replace(/</g, '&lt;').replace(/>/g, '&gt;'));
  });

  it('never lets a cell render as math: each `$` of data stands alone in a span, as GitHub documents', async () => {
    const plan = await hostilePlan();
    const body = commentFor(plan, 'x');
    const md = new MarkdownIt({ html: true });
    // GitHub reads math between `$`s of one run of text; a `$` alone between <span> and </span> starts none.
    for (const block of md.parse(body, {}).filter((token) => token.type === 'inline')) {
      const children = block.children ?? [];
      children.forEach((token, i) => {
        if (token.type !== 'text' || !token.content.includes('$')) return;
        expect(token.content).toBe('$');
        expect([children[i - 1]?.content, children[i + 1]?.content]).toEqual(['<span>', '</span>']);
      });
    }
    const text = md.render(body).replace(/<[^>]+>/g, '');
    expect(text).toContain('$\\huge\\color{red}\\text{Closed}$');
    expect(text).toContain('from $5 to $$10$$ and $`x`$');
  });

  it('carries a findable marker and the plan hash', async () => {
    const plan = await hostilePlan();
    const body = commentFor(plan, 'x');
    expect(body.startsWith('<!-- datatable-sync:abc -->')).toBe(true);
    expect(readPlanMarker(body)).toEqual({
      hash: plan.hash,
      sha: 'f00',
      body: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    expect(readPlanMarker('no marker here')).toBeUndefined();
  });

  it('stays under GitHub limit with 3,000 changed rows and long values, keeping the counts', async () => {
    const wide = {
      fields: [
        { name: 'key', title: 'Key', type: 'string' as const, isKey: true },
        ...['A', 'B', 'C', 'D', 'E'].map((name) => ({ name, title: name, type: 'string' as const, isKey: false })),
      ],
    };
    const long = 'x'.repeat(500);
    const rows = Array.from({ length: 3000 }, (_, i) => `k${i},${long}${i},${long},${long},${long},${long}`).join('\n');
    const plan = await planTable({
      file: 'data/wide.csv',
      table: { id: 't', name: 'Wide' },
      schema: wide,
      source: `Key,A,B,C,D,E\n${rows}\n`,
      liveRecords: Array.from({ length: 3000 }, (_, i) => ({
        key: `k${i}`,
        A: 'old',
        B: 'old',
        C: 'old',
        D: 'old',
        E: 'old',
      })),
      mode: 'replace',
      maxDeletes: { percent: 100 },
      limits,
    });
    const body = commentFor(plan, 'the whole plan is in the artifact.');
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(body).toContain('**Plan:** 0 to add, 3000 to change, 0 to delete, 0 unchanged.');
    expect(body).toContain('| 0 | 3000 | 0 | 0 | 0 |');
    expect(body).toContain("Shortened to fit GitHub's size limit: the whole plan is in the artifact.");
    expect(body).toMatch(/…and 29\d\d more changed rows/);
  });
});

describe('the plan marker', () => {
  it('round-trips each table hash and counts, even with "--" in a table name', () => {
    const marker = {
      hash: 'h',
      sha: 's',
      tables: [{ table: 'Sales -- EU -->', hash: 'x', added: 1, updated: 2, deleted: 3 }],
    };
    const body = renderComment({
      mode: 'plan',
      plans: [],
      failures: [],
      configId: 'c',
      planMarker: marker,
      wherePlanIs: 'w',
    });
    expect(body.split('\n')[1]).not.toMatch(/--.*-->.*-->/);
    expect(readPlanMarker(body)).toEqual({ ...marker, body: expect.any(String) });
  });
});
