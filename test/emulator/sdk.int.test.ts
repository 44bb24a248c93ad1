import platformClient from 'purecloud-platform-client-v2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GenesysEmulator } from '../../emulator/server.ts';
import type { ReferenceKind } from '../../src/core/references.ts';
import { GenesysProvider } from '../../src/providers/genesys/index.ts';
import { HttpClient } from '../../src/providers/http.ts';
import { MissingPermissionError } from '../../src/providers/provider.ts';
import { credentials, startEmulator } from '../support/emulator.ts';

// The official Genesys SDK drives the emulator: if the SDK can parse its answers, the wire format is right.
let emulator: GenesysEmulator;
const http = new HttpClient();
const client = platformClient.ApiClient.instance;
const architect = new platformClient.ArchitectApi();
const downloads = new platformClient.DownloadsApi();
const routing = new platformClient.RoutingApi();
const users = new platformClient.UsersApi();
const audits = new platformClient.AuditApi();

async function waitFor<T extends { status?: string }>(poll: () => Promise<T>): Promise<T> {
  for (let attempt = 0; attempt < 20; attempt++) {
    const job = await poll();
    if (job.status === 'Succeeded' || job.status === 'Failed') return job;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error('job did not finish in 20 polls');
}

beforeAll(async () => {
  emulator = await startEmulator();
  const { hostname, port } = new URL(emulator.apiUrl);
  client.setGateway({ host: hostname, protocol: 'http', port: Number(port) });
  await client.loginClientCredentialsGrant(credentials.clientId, credentials.clientSecret);
});

afterAll(async () => {
  await http.close();
  await emulator.stop();
});

describe('the emulator, driven by the official Genesys SDK', () => {
  it('lists tables with their schema and reads one table', async () => {
    const listing = await architect.getFlowsDatatables({ name: 'Holidays', expand: 'schema', pageSize: 25 });
    expect(listing.entities?.map((t) => t.name)).toEqual(['Holidays']);
    const id = listing.entities?.[0]?.id as string;
    const table = await architect.getFlowsDatatable(id, { expand: 'schema' });
    const properties = (table.schema?.properties ?? {}) as Record<string, { title?: string }>;
    expect(properties.key?.title).toBe('Holiday');
    expect(table.schema?.required).toEqual(['key']);
  });

  it('pages rows with and without showbrief', async () => {
    const id = emulator.tableByName('Holidays').id;
    const brief = await architect.getFlowsDatatableRows(id, { pageSize: 3, pageNumber: 1 });
    expect(brief.entities?.[0]).toEqual({ key: "New Year's Day" });
    expect(brief.pageCount).toBe(3);
    const full = await architect.getFlowsDatatableRows(id, { pageSize: 3, pageNumber: 3, showbrief: false });
    expect(full.entities).toHaveLength(2);
    expect(full.entities?.[0]).toMatchObject({ key: 'Christmas Day', Surcharge: 1.5 });
  });

  it('lists what reads a table through dependency tracking, paged as the SDK asks', async () => {
    const id = emulator.tableByName('Holidays').id;
    const first = await architect.getArchitectDependencytrackingConsumingresources(id, 'DATATABLE', { pageSize: 1 });
    expect(first.total).toBe(2);
    expect(first.pageCount).toBe(2);
    expect(first.entities).toEqual([
      expect.objectContaining({ name: 'Main IVR', type: 'INBOUNDCALLFLOW', deleted: false }),
    ]);
    const all = await architect.getArchitectDependencytrackingConsumingresources(id, 'DATATABLE');
    expect(all.pageSize).toBe(25);
    expect(all.entities?.map((d) => d.name)).toEqual(['Main IVR', 'Holiday Callback Scheduler']);
  });

  it("answers dependency tracking's build state as the SDK reads it, and the adapter asks it as the SDK does", async () => {
    const sdkBuild = await architect.getArchitectDependencytrackingBuild();
    expect(sdkBuild).toMatchObject({ status: 'OPERATIONAL', buildId: expect.any(String) });
    const sdkRequest = emulator.requests.at(-1);
    expect(sdkRequest).toMatchObject({ method: 'GET', path: '/api/v2/architect/dependencytracking/build', query: '' });
    // While the index is being built, nothing is known: consumers answer an empty page.
    emulator.dependencyBuild = 'BUILDINPROGRESS';
    try {
      expect((await architect.getArchitectDependencytrackingBuild()).status).toBe('BUILDINPROGRESS');
      const id = emulator.tableByName('Holidays').id;
      const listing = await architect.getArchitectDependencytrackingConsumingresources(id, 'DATATABLE');
      expect(listing.entities).toEqual([]);
      const provider = new GenesysProvider(
        { apiUrl: emulator.apiUrl, loginUrl: emulator.apiUrl, ...credentials },
        http,
      );
      const readers = await provider.readers(await provider.getTable('Holidays'));
      expect(readers).toMatchObject({ total: 0, unknown: 'dependency tracking is being built (BUILDINPROGRESS)' });
      const ours = emulator.requests.filter((r) => r.path === sdkRequest?.path).at(-1);
      expect([ours?.method, ours?.path, ours?.query]).toEqual([
        sdkRequest?.method,
        sdkRequest?.path,
        sdkRequest?.query,
      ]);
      expect(ours?.headers['content-type']).toBe(sdkRequest?.headers['content-type']);
    } finally {
      emulator.dependencyBuild = 'OPERATIONAL';
    }
  });

  it('runs an export job, then DownloadsApi.getDownload (issueRedirect=false) gives a signed URL to the CSV', async () => {
    const id = emulator.tableByName('Holidays').id;
    const started = await architect.postFlowsDatatableExportJobs(id);
    const done = await waitFor(() => architect.getFlowsDatatableExportJob(id, started.id as string));
    expect(done.status).toBe('Succeeded');
    expect(done.countRecordsProcessed).toBe(8);
    const downloadId = new URL(done.downloadURI as string).pathname.split('/').at(-1) as string;
    expect(done.downloadURI).toBe(`${emulator.apiUrl}/api/v2/downloads/${downloadId}`);
    const { url } = await downloads.getDownload(downloadId, { issueRedirect: false });
    expect(new URL(url as string).origin).toBe(emulator.storageUrl);
    const file = await http.send({ method: 'GET', url: url as string });
    expect(file.status).toBe(200);
    expect(file.body.split('\n')[0]).toBe('Holiday,Date,Closed,Greeting,Callback Hours,Surcharge');
    // Storage refuses a bearer token: the signature in the URL is the credential.
    const withToken = await http.send({ method: 'GET', url: url as string, headers: { authorization: 'Bearer x' } });
    expect(withToken.status).toBe(400);
    const lastDownloadCall = emulator.requests.filter((r) => r.path.startsWith('/api/v2/downloads/')).at(-1);
    expect(lastDownloadCall).toMatchObject({ query: 'issueRedirect=false', status: 200 });
  });

  it('runs a CSV import job: start, PUT with the upload headers, poll', async () => {
    const id = emulator.tableByName('Holidays').id;
    // The SDK's type marks status as required in the request body; the API only reads importMode.
    const job = await architect.postFlowsDatatableImportCsvJobs(id, { importMode: 'Append' } as never);
    expect(job.status).toBe('WaitingForUpload');
    expect(Object.keys(job.uploadHeaders ?? {})).not.toHaveLength(0);
    const upload = await http.send({
      method: 'PUT',
      url: job.uploadURI as string,
      headers: job.uploadHeaders as Record<string, string>,
      body: 'Holiday,Date,Closed\nBoxing Day,2027-12-26,true\n',
    });
    expect(upload.status).toBe(201);
    const done = await waitFor(() => architect.getFlowsDatatableImportJob(id, job.id as string));
    expect(done).toMatchObject({
      status: 'Succeeded',
      countRecordsUpdated: 1,
      countRecordsDeleted: 0,
      countRecordsFailed: 0,
    });
    expect(emulator.rowsOf('Holidays').find((r) => r.key === 'Boxing Day')).toEqual({
      key: 'Boxing Day',
      Date: '2027-12-26',
      Closed: true,
      Greeting: '',
    });
  });

  describe('looks objects up by id as the SDK does, for each kind a reference column may name', () => {
    const missing = '00000000-0000-4000-8000-000000000000';
    // Each kind: the SDK's list call that takes many ids, the seed's object, and the permission its docs list.
    const kinds: [
      ReferenceKind,
      (ids: string[]) => Promise<{ entities?: { id?: string; name?: string }[] }>,
      string,
    ][] = [
      ['queue', (id) => routing.getRoutingQueues({ id, pageSize: 100, pageNumber: 1 }), 'Support EN'],
      ['user', (id) => users.getUsers({ id, pageSize: 100, pageNumber: 1, state: 'any' }), 'Grace Hopper'],
      [
        'schedule-group',
        (id) => architect.getArchitectSchedulegroupsDivisionviews({ id, pageSize: 100, pageNumber: 1 }),
        'Weekday hours',
      ],
      ['skill', (id) => routing.getRoutingSkills({ id, pageSize: 100, pageNumber: 1 }), 'Spanish'],
      ['wrap-up-code', (id) => routing.getRoutingWrapupcodes({ id, pageSize: 100, pageNumber: 1 }), 'Resolved'],
      ['flow', (id) => architect.getFlowsLookup(id, { pageSize: 100, pageNumber: 1 }), 'Main IVR'],
    ];
    const sortedQuery = (query: string | undefined) => [...new URLSearchParams(query)].map((p) => p.join('=')).sort();

    it.each(kinds)('%s', async (kind, sdkCall, name) => {
      const seeded = Object.values(emulator.objects)
        .flat()
        .find((object) => object?.name === name);
      const ids = [seeded?.id as string, missing];
      const listing = await sdkCall(ids);
      expect(listing.entities?.map((e) => [e.id, e.name])).toEqual([[seeded?.id, name]]);
      const sdkRequest = emulator.requests.at(-1);
      const provider = new GenesysProvider(
        { apiUrl: emulator.apiUrl, loginUrl: emulator.apiUrl, ...credentials },
        http,
      );
      expect(await provider.lookupObjects(kind, ids)).toEqual(new Map([[seeded?.id, name]]));
      const ours = emulator.requests.at(-1);
      expect([ours?.method, ours?.path, sortedQuery(ours?.query)]).toEqual([
        sdkRequest?.method,
        sdkRequest?.path,
        sortedQuery(sdkRequest?.query),
      ]);
      expect(ours?.headers['content-type']).toBe(sdkRequest?.headers['content-type']);
    });

    it('answers 403 naming the permission to a role without it, which the adapter reports as that permission', async () => {
      emulator.faults.lookupForbidden = ['queues'];
      try {
        const sdkError = await routing.getRoutingQueues({ id: [missing] }).catch((error: unknown) => error);
        expect(sdkError).toMatchObject({ status: 403 });
        expect(JSON.stringify(sdkError)).toContain('routing:queue:view');
        const provider = new GenesysProvider(
          { apiUrl: emulator.apiUrl, loginUrl: emulator.apiUrl, ...credentials },
          http,
        );
        const refused = await provider.lookupObjects('queue', [missing]).catch((error: unknown) => error);
        expect(refused).toBeInstanceOf(MissingPermissionError);
        expect(refused).toMatchObject({ permission: 'routing:queue:view' });
        // Another kind is still answered.
        expect(await provider.lookupObjects('skill', [missing])).toEqual(new Map());
      } finally {
        emulator.faults.lookupForbidden = undefined;
      }
    });
  });
  describe("reads the audit log as the SDK's AuditApi.postAuditsQueryRealtime does", () => {
    it('records a row written through the rows API, and answers the query the SDK and the adapter send alike', async () => {
      const table = emulator.tableByName('Holidays');
      const key = [...table.rows.keys()][0] as string;
      const row = { ...table.rows.get(key), Greeting: 'Changed outside git' };
      await architect.putFlowsDatatableRow(table.id, key, { body: row });
      const until = new Date(Date.now() + 1000);
      const since = new Date(until.getTime() - 14 * 86_400_000);
      const body = {
        interval: `${since.toISOString()}/${until.toISOString()}`,
        serviceName: 'Datatables',
        sort: [{ name: 'Timestamp', sortOrder: 'descending' }],
        pageNumber: 1,
        pageSize: 100,
      };
      const answer = await audits.postAuditsQueryRealtime(body, { expand: ['user'] });
      const entry = answer.entities?.[0];
      expect(entry).toMatchObject({
        client: { id: credentials.clientId },
        serviceName: 'Datatables',
        action: 'Update',
        entityType: 'Row',
        entity: { name: key },
      });
      const sdkRequest = emulator.requests.at(-1);
      const provider = new GenesysProvider(
        { apiUrl: emulator.apiUrl, loginUrl: emulator.apiUrl, ...credentials },
        http,
      );
      const edits = await provider.tableEdits([{ id: table.id, name: 'Holidays' }], since, until);
      expect(edits[0]).toMatchObject({
        tableId: table.id,
        rowKey: key,
        action: 'changed',
        who: credentials.clientId,
        by: 'OAuth client',
      });
      const ours = emulator.requests.at(-1);
      expect([ours?.method, ours?.path, ours?.query]).toEqual([
        sdkRequest?.method,
        sdkRequest?.path,
        sdkRequest?.query,
      ]);
      expect(ours?.bodyBytes).toBe(sdkRequest?.bodyBytes);
      expect(ours?.headers['content-type']).toBe(sdkRequest?.headers['content-type']);
    });

    it('asks the Architect service by entity id for a table the Datatables service names nowhere: one request more', async () => {
      const provider = new GenesysProvider(
        { apiUrl: emulator.apiUrl, loginUrl: emulator.apiUrl, ...credentials },
        http,
      );
      const before = emulator.requests.length;
      const until = new Date();
      const edits = await provider.tableEdits([{ id: 'no-such-table', name: 'Nowhere' }], new Date(0), until);
      expect(edits).toEqual([]);
      const asked = emulator.requests.slice(before).filter((r) => r.path === '/api/v2/audits/query/realtime');
      expect(asked.map((r) => [r.method, r.query, r.status])).toEqual([
        ['POST', 'expand=user', 200],
        ['POST', 'expand=user', 200],
      ]);
    });

    it('answers 403 naming audits:audit:view to a role without it, which the adapter reports as that permission', async () => {
      emulator.faults.auditForbidden = true;
      try {
        const until = new Date();
        const body = { interval: `${new Date(until.getTime() - 86_400_000).toISOString()}/${until.toISOString()}` };
        const sdkError = await audits.postAuditsQueryRealtime(body).catch((error: unknown) => error);
        expect(sdkError).toMatchObject({ status: 403 });
        expect(JSON.stringify(sdkError)).toContain('audits:audit:view');
        const provider = new GenesysProvider(
          { apiUrl: emulator.apiUrl, loginUrl: emulator.apiUrl, ...credentials },
          http,
        );
        const refused = await provider
          .tableEdits([{ id: 'x', name: 'Holidays' }], new Date(0), until)
          .catch((e: unknown) => e);
        expect(refused).toBeInstanceOf(MissingPermissionError);
        expect(refused).toMatchObject({ permission: 'audits:audit:view' });
      } finally {
        emulator.faults.auditForbidden = undefined;
      }
    });
  });
});
