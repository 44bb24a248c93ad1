/**
 * How late a finished job is noticed: the emulator's export jobs take a set time (1 s, 5 s, 30 s, 2 min), and the
 * provider polls them as it does in a run. Lag = when the provider had the finished job - when the job finished.
 * The four run side by side (about two minutes in all). Run: node bench/job-lag.ts   (figures printed, never asserted)
 */
import { GenesysEmulator } from '../emulator/server.ts';
import { GenesysProvider } from '../src/providers/genesys/index.ts';
import { HttpClient } from '../src/providers/http.ts';

const durations = [1_000, 5_000, 30_000, 120_000];

async function measure(durationMs: number): Promise<{ lagMs: number; polls: number }> {
  const emulator = await new GenesysEmulator({
    tables: [{ name: 'T', properties: { key: { title: 'Key', type: 'string' } }, rows: [{ key: 'a' }] }],
    faults: { jobPolls: 0, jobDurationMs: durationMs },
  }).start();
  const http = new HttpClient();
  try {
    const provider = new GenesysProvider(
      {
        apiUrl: emulator.apiUrl,
        loginUrl: emulator.apiUrl,
        clientId: 'local-client',
        clientSecret: 'local-secret',
        rowsApiMaxPages: 0, // an export job, whatever the size: its lag is what is measured
      },
      http,
    );
    const table = await provider.getTable('T');
    await provider.readRows(table);
    // When the provider had the rows (the finished job, its file downloaded and read: a one-row file, so little).
    const noticed = Date.now();
    const job = [...emulator.jobs.values()][0];
    const created = Date.parse(job?.dateCreated ?? '');
    const polls = emulator.requests.filter((r) => /\/export\/jobs\/[^/]+$/.test(r.path)).length;
    return { lagMs: noticed - (created + durationMs), polls };
  } finally {
    await http.close();
    await emulator.stop();
  }
}

const results = await Promise.all(durations.map(measure));
console.log(`Job lag: how late a finished job is noticed (node ${process.version})`);
console.log('| job takes | noticed after its end | polls | goal |');
console.log('|---:|---:|---:|---|');
durations.forEach((duration, i) => {
  const { lagMs, polls } = results[i] as { lagMs: number; polls: number };
  const goal = duration <= 10_000 ? '<= 1 s' : `<= 10% (${duration / 10_000} s)`;
  console.log(`| ${duration / 1000} s | ${(lagMs / 1000).toFixed(2)} s | ${polls} | ${goal} |`);
});
