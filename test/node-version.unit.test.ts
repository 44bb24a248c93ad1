import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MIN_NODE, nodeTooOld } from '../src/node-version.ts';

// One Node.js version, said alike by every door a user comes in by: the bundles' check, the npm scripts' check
// (which reads package.json's engines), and the README.
describe('the Node.js a user needs', () => {
  it('is the same in package.json, the bundles, and the README', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { engines: { node: string } };
    expect(pkg.engines.node).toBe(`>=${MIN_NODE}`);
    expect(readFileSync('scripts/need-node.cjs', 'utf8')).toContain("require('../package.json')");
    const readme = readFileSync('README.md', 'utf8');
    const said = new Set([...readme.matchAll(/Node\.js (\d+\.\d+)(?:\.\d+)? or later/g)].map((m) => m[1]));
    expect([...said]).toEqual([MIN_NODE]);
  });

  it('turns away older ones with what they need, and lets the current lines in', () => {
    expect(nodeTooOld('dist/index.js', '20.20.2')).toBe(
      `dist/index.js needs Node.js ${MIN_NODE} or later (22 and 24 are the current LTS lines); this is v20.20.2.`,
    );
    expect(nodeTooOld('x', '22.18.0')).toBeDefined();
    expect(nodeTooOld('x', `${MIN_NODE}.0`)).toBeUndefined();
    expect(nodeTooOld('x', '24.1.0')).toBeUndefined();
    expect(nodeTooOld('x', '23.0.0')).toBeUndefined();
  });
});
