import { describe, expect, it } from 'vitest';
import { readersSentence } from '../../src/core/report/plan.ts';
import { readersOf } from '../../src/providers/genesys/readers.ts';

// What dependency tracking's answer means, against its build state (the SDK's DependencyStatus.status).
describe('readers only when known', () => {
  it.each([
    ['BUILDINPROGRESS', 'Readers unknown: dependency tracking is being built (BUILDINPROGRESS).'],
    ['BUILDINITIALIZING', 'Readers unknown: dependency tracking is being built (BUILDINITIALIZING).'],
    ['NOTBUILT', 'Readers unknown: dependency tracking has not been built in this org (NOTBUILT).'],
    ['OPERATIONALNEEDSREBUILD', 'Readers unknown: dependency tracking needs a rebuild (OPERATIONALNEEDSREBUILD).'],
    [undefined, "Readers unknown: dependency tracking's build state could not be read."],
  ])('says an empty answer while the build is %s is unknown, never "no flow"', (status, sentence) => {
    const readers = readersOf({ entities: [], total: 0 }, status);
    expect(readersSentence(readers, true)).toBe(sentence);
  });

  it('says "no flow" only when the index is operational', () => {
    expect(readersSentence(readersOf({ entities: [], total: 0 }, 'OPERATIONAL'), true)).toBe(
      'Read by no flow (Genesys dependency tracking).',
    );
  });

  it('names the readers it has while building, and says there may be more', () => {
    const readers = readersOf(
      { entities: [{ id: 'f1', name: 'Main IVR', type: 'INBOUNDCALLFLOW' }], total: 1 },
      'BUILDINPROGRESS',
    );
    expect(readersSentence(readers, false)).toBe(
      'Read by 1 flow: Main IVR. There may be more: dependency tracking is being built (BUILDINPROGRESS).',
    );
  });

  it('counts a flow with a saved and a published version once (by id), and says when its state is unknown', () => {
    const readers = readersOf(
      {
        total: 3,
        entities: [
          { id: 'f1', name: 'Main IVR', type: 'INBOUNDCALLFLOW', version: '3.0' },
          { id: 'f1', name: 'Main IVR', type: 'INBOUNDCALLFLOW', version: '4.0' },
          { id: 'w1', name: 'Callbacks', type: 'WORKFLOW', stateUnknown: true },
        ],
      },
      'OPERATIONAL',
    );
    expect(readers.total).toBe(2);
    expect(readersSentence(readers, true)).toBe(
      'Read by 2 flows: Main IVR (inbound call flow), Callbacks (workflow, state unknown).',
    );
  });
});
