import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HttpClient } from '../../src/providers/http.ts';
import { LearningBuilderProvider, readBatchAnswer } from '../../src/providers/learningbuilder/index.ts';
import { FakeLearningBuilder } from '../support/fake-learningbuilder.ts';

let lb: FakeLearningBuilder;
let http: HttpClient;
const options = (url: string) => ({
  url,
  apiKey: 'lb-key-123',
  importProcessId: '42',
  creationPath: 'DATATABLE_SYNC',
  failureEmail: 'ops@example.org',
  now: () => new Date('2026-11-24T10:00:00Z'),
});

beforeEach(async () => {
  lb = await new FakeLearningBuilder().start();
  http = new HttpClient();
});
afterEach(async () => {
  await http.close();
  await lb.stop();
});

describe('LearningBuilderProvider against a local import queue', () => {
  it('queues the rows as JSON Lines with the apikey scheme, and reports the batch id and link', async () => {
    const provider = new LearningBuilderProvider(options(lb.url), http);
    const table = await provider.getTable('Licences');
    const job = await provider.startImport(table, [
      { key: 'A', Name: 'Ann, "the first"' },
      { key: 'B', Name: 'line1\nline2' },
    ]);
    expect(job).toEqual({ id: '9000', url: 'https://lb.example/ImportQueue/Batch/9000' });
    expect(lb.batches[0]?.query).toEqual({
      fileName: 'Licences 2026/11/24',
      importProcessId: '42',
      creationPath: 'DATATABLE_SYNC',
      sendFailureEmailTo: 'ops@example.org',
    });
    expect(lb.batches[0]?.rows).toEqual([
      { key: 'A', Name: 'Ann, "the first"' },
      { key: 'B', Name: 'line1\nline2' },
    ]);
    expect(lb.requests[0]?.authorization).toBe('apikey lb-key-123');
    expect(await provider.waitForJob(table, job)).toMatchObject({
      status: 'Queued',
      succeeded: true,
      updated: 0, // queued, not updated: LearningBuilder validates them later
      queued: 2,
      url: job.url,
      note: 'LearningBuilder validates the rows later, on its queue: failures are sent to ops@example.org (learningbuilder-failure-email) and shown on the batch page',
    });
  });

  it('never throws once the batch is queued: an answer that is not JSON is reported as it came', async () => {
    lb.answer = 'text';
    const provider = new LearningBuilderProvider(options(lb.url), http);
    const table = await provider.getTable('Licences');
    const job = await provider.startImport(table, [{ key: 'A', Name: 'Ann' }]);
    expect(lb.batches).toHaveLength(1);
    const result = await provider.waitForJob(table, job);
    expect(result).toMatchObject({ jobId: 'unknown', status: 'Queued', succeeded: true, queued: 1 });
    expect(result.note).toContain(
      'its answer was not the JSON this action reads; it said: "Batch 9000 queued. Results: https://lb.example/ImportQueue/Batch/9000"',
    );
    expect(provider.capabilities).toMatchObject({ readsLiveRows: false, deletes: false, reportsJobStatus: false });
  });

  it('fails clearly on a rejected key, without showing it', async () => {
    const provider = new LearningBuilderProvider({ ...options(lb.url), apiKey: 'wrong-key-999' }, http);
    const error = (await provider
      .startImport(await provider.getTable('T'), [{ key: 'A' }])
      .catch((e: unknown) => e)) as Error;
    expect(error.message).toContain('LearningBuilder answered 401');
    expect(error.message).toContain('BeginWorkflowImportProcess');
    expect(error.message).not.toContain('wrong-key-999');
  });

  it('is refused by the queue with another auth scheme, even with the right key', async () => {
    const answer = await http.send({
      method: 'POST',
      url: `${lb.url}/API/WorkflowImportQueue/CreateBatch?fileName=x&importProcessId=42&creationPath=ABC`,
      headers: { authorization: 'Bearer lb-key-123' },
      body: '{"key":"A"}',
    });
    expect(answer.status).toBe(401);
    expect(lb.batches).toEqual([]);
  });

  it('is refused by the queue with a bad creationPath (the settings catch it before sending)', async () => {
    const provider = new LearningBuilderProvider({ ...options(lb.url), creationPath: 'lower-case' }, http);
    await expect(provider.startImport(await provider.getTable('T'), [{ key: 'A' }])).rejects.toThrow(
      'LearningBuilder answered 400',
    );
  });

  it('reads the batch answer under the names it may use', () => {
    expect(readBatchAnswer('{"batchId": 7, "link": "https://x/7"}')).toEqual({ id: '7', url: 'https://x/7' });
    // The two shapes the CreateBatch page's history shows.
    expect(readBatchAnswer('{"WorkflowImportQueueBatchId": 9001, "Url": "https://lb/Batch/9001"}')).toEqual({
      id: '9001',
      url: 'https://lb/Batch/9001',
    });
    expect(readBatchAnswer('{"queueBatchId": 12, "queueBatchDetails": "https://lb/ImportQueue/12"}')).toEqual({
      id: '12',
      url: 'https://lb/ImportQueue/12',
    });
    expect(
      readBatchAnswer('{"queueBatchId": 13, "queueBatchDetails": {"url": "https://lb/ImportQueue/13", "rows": 2}}'),
    ).toEqual({
      id: '13',
      url: 'https://lb/ImportQueue/13',
    });
    // A link that is not http(s) is not made a link.
    expect(readBatchAnswer('{"queueBatchId": 14, "queueBatchDetails": "javascript:alert(1)"}')).toEqual({ id: '14' });
    expect(readBatchAnswer('{"nothing": 1}')).toMatchObject({
      id: 'unknown',
      note: expect.stringContaining('{"nothing": 1}'),
    });
    expect(readBatchAnswer('')).toMatchObject({ id: 'unknown', note: expect.stringContaining('(nothing)') });
  });
});
