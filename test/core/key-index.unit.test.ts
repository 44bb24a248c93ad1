import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KeyIndex } from '../../src/core/key-index.ts';

/** Keys as tables hold them, plus what UTF-8 cannot hold exactly (lone surrogates) and near-duplicates. */
const key = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.constantFrom('', 'A', 'a', 'A ', 'é', 'e\u0301', '😀', '\ud83d', '\ude00', '\ud83d\ude00', '\ufffd', '\u0000'),
  fc.nat(3000).map((n) => `code-${n}`),
  // Past the length the index encodes and compares by hand (64), ASCII or not.
  fc.nat(3000).map((n) => `${'x'.repeat(60)}-${n}`),
  fc.string({ unit: 'binary', minLength: 60, maxLength: 70 }),
);

describe('KeyIndex (live keys in one Buffer and typed arrays)', () => {
  it('answers every lookup, the size and the order exactly as a Map<string, number> does', () => {
    fc.assert(
      // Sized up front or not (`expected`, as a plan sizes its live index by the table's rows), it answers alike.
      fc.property(
        fc.array(fc.tuple(key, fc.nat()), { maxLength: 3000 }),
        fc.array(key),
        fc.nat(5000),
        (sets, probes, expected) => {
          const index = new KeyIndex(expected);
          const map = new Map<string, number>();
          for (const [k, v] of sets) {
            index.set(k, v);
            map.set(k, v);
          }
          expect(index.size).toBe(map.size);
          expect([...index]).toEqual([...map]);
          expect([...index.keys()]).toEqual([...map.keys()]);
          for (const k of [...probes, ...map.keys()]) {
            expect(index.get(k)).toBe(map.get(k));
            expect(index.has(k)).toBe(map.has(k));
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('claims a key as a Map would be asked then set: the value it had, or undefined once set (one probe)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(key, fc.nat()), { maxLength: 2000 }), (claims) => {
        const index = new KeyIndex();
        const map = new Map<string, number>();
        for (const [k, v] of claims) {
          const had = map.get(k);
          if (had === undefined) map.set(k, v);
          expect(index.claim(k, v)).toBe(had);
        }
        expect([...index]).toEqual([...map]);
      }),
      { numRuns: 200 },
    );
  });

  it('answers as a Map when lookups and sets interleave (the last answer it keeps is never stale)', () => {
    // Few keys, so that one is asked for, set and asked for again.
    const few = fc.constantFrom('a', 'b', 'é', '\ud83d', '');
    const op = fc.oneof(
      fc.tuple(fc.constant('set' as const), few, fc.nat()),
      fc.tuple(fc.constant('get' as const), few, fc.constant(0)),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 50 }), (ops) => {
        const index = new KeyIndex();
        const map = new Map<string, number>();
        for (const [kind, k, v] of ops) {
          if (kind === 'set') {
            index.set(k, v);
            map.set(k, v);
          } else expect(index.get(k)).toBe(map.get(k));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('tells apart keys UTF-8 would write the same (two lone surrogates and U+FFFD)', () => {
    const index = new KeyIndex().set('\ud800', 1).set('\udc00', 2).set('\ufffd', 3);
    expect([index.get('\ud800'), index.get('\udc00'), index.get('\ufffd'), index.size]).toEqual([1, 2, 3, 3]);
  });

  // Keys of one length whose 32-bit hashes are equal are told apart only by their bytes: found in the index's own
  // (seeded) hashes by adding keys until two share one.
  it.each([
    ['short (compared here)', 16],
    ['long (compared by Buffer)', 70],
  ])('tells apart two keys of one length and one hash, %s', (_, width) => {
    const index = new KeyIndex();
    const internals = index as unknown as { hashes: Uint32Array };
    // Distinct for each n (mix is a bijection) and spread like random text: a pair comes within about 80,000 keys,
    // where numbered keys took 300,000 to 1,000,000 (FNV spreads near neighbours well).
    const name = (n: number) => `${mix(n)}${mix(n + 0x9e3779b9)}`.padEnd(width, '-');
    const byHash = new Map<number, number>();
    let pair: [number, number] | undefined;
    let lost = 0;
    for (let n = 0; n < 2_000_000 && pair === undefined && lost === 0; n++) {
      index.set(name(n), n);
      // A key taken for another key of its hash would not be added: the size tells.
      if (index.size !== n + 1) lost = 1;
      const hash = internals.hashes[n] as number;
      const earlier = byHash.get(hash);
      if (earlier === undefined) byHash.set(hash, n);
      else pair = [earlier, n];
    }
    expect(lost).toBe(0);
    expect(pair).toBeDefined();
    const [a, b] = pair as [number, number];
    expect(name(a).length).toBe(name(b).length);
    expect([index.get(name(a)), index.get(name(b)), index.claim(name(b), -1), index.claim(name(a), -1)]).toEqual([
      a,
      b,
      b,
      a,
    ]);
  });

  it('holds 100,000 keys with every one found after the table grows', () => {
    const index = new KeyIndex();
    for (let i = 0; i < 100_000; i++) index.set(`k${i}`, i);
    let found = 0;
    for (let i = 0; i < 100_000; i++) if (index.get(`k${i}`) === i) found++;
    expect([found, index.size, index.get('k100000')]).toEqual([100_000, 100_000, undefined]);
  });
});

/** A 32-bit integer mixed (each step invertible, so distinct in, distinct out), as 8 hex digits. */
function mix(n: number): string {
  let x = n >>> 0;
  x = Math.imul(x ^ (x >>> 16), 0x45d9f3b);
  x = Math.imul(x ^ (x >>> 16), 0x45d9f3b);
  return ((x ^ (x >>> 16)) >>> 0).toString(16).padStart(8, '0');
}
