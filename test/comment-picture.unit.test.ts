import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pictures } from '../scripts/comment-pictures.ts';
import { repoRoot } from '../scripts/run-action.ts';

// The README's pictures of the plan comment (docs/comment.png, docs/comment-references.png) are made from the
// markdown beside them (docs/<name>.md) by `npm run screenshot`.
describe("the README's pictures of the comment", () => {
  it('are both pictured', () => {
    expect(pictures.map((picture) => picture.name)).toEqual(['comment', 'comment-references']);
  });

  for (const picture of pictures) {
    it(`docs/${picture.name}.png shows what the renderer writes today (else: npm run screenshot, and commit docs/${picture.name}.png and .md)`, async () => {
      const pictured = readFileSync(path.join(repoRoot, 'docs', `${picture.name}.md`), 'utf8');
      expect(await picture.comment(), `docs/${picture.name}.png is stale: run npm run screenshot`).toBe(pictured);
    });
  }

  it('docs/comment-references.png shows the names beside the ids and the table blocked by a deleted queue', async () => {
    const pictured = readFileSync(path.join(repoRoot, 'docs', 'comment-references.md'), 'utf8');
    expect(pictured).toContain('| sales | Queue | 1e0f9a8b… (Support EN) | 2a4c6e80… (Billing) |');
    expect(pictured).toContain('> **Blocked**: this table cannot be applied.');
    expect(pictured).toMatch(/Routes\.csv#L4\) column "Queue" value "9d1f3b57-[^"]+": no queue has this id/);
  });
});
