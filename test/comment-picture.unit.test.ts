import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../scripts/run-action.ts';
import { sampleComment } from '../scripts/sample-comment.ts';

// docs/comment.png, the README's picture of the plan comment, is made from docs/comment.md by `npm run screenshot`.
describe("the README's picture of the comment", () => {
  it('shows what the renderer writes today (else: npm run screenshot, and commit docs/comment.png and .md)', async () => {
    const pictured = readFileSync(path.join(repoRoot, 'docs', 'comment.md'), 'utf8');
    expect(await sampleComment(), 'docs/comment.png is stale: run npm run screenshot').toBe(pictured);
  });
});
