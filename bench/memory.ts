/**
 * Peak memory, each case in its own process (its max RSS is its own), as a multiple of the file, over a 10-row plan
 * (the runtime's own cost, which no file size changes):
 * - a Genesys table of 150,000 rows, through dist/index.js against the emulator (in this process): a plan against
 *   the full table (1% of rows changed), and a first load into an empty table (plan, import, read-back);
 * - a 50 MB file planned the way D·engage and LearningBuilder are planned (against the file's previous version in
 *   git, not live rows), with a previous version (1% of rows changed) and without one (a first run: every row is
 *   added), plan.json written as a run does. The previous version comes as in a run, from GitHub's contents API
 *   through the action's own client (a fake GitHub in this process), three runs of each case interleaved.
 * Run: node bench/memory.ts [genesys|dengage]   (figures printed, never asserted)
 */
import { execFile } from 'node:child_process';
import { createReadStream, readFileSync, writeFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { machine, spread } from './figures.ts';

const TARGET_BYTES = 50 * 1024 * 1024;

if (process.argv[2] === 'case') {
  // One case, in this process: argv = case <file> <commit of the previous version, or - for none>. The previous
  // version is read as a run reads it: from GitHub's contents API (the fake in the parent, at GITHUB_API_URL).
  const [, , , file, previousRef] = process.argv as string[];
  const { planAgainstPrevious } = await import('../src/run/plan.ts');
  const { planJsonChunks } = await import('../src/core/plan.ts');
  const { RowFile } = await import('../src/providers/row-file.ts');
  const { PullRequests } = await import('../src/github/pull-request.ts');
  const { readVersion } = await import('../src/run/publish.ts');
  const { createWriteStream } = await import('node:fs');
  const pullRequests = new PullRequests('bench-token', {
    name: 'pull_request',
    owner: 'acme',
    repo: 'tables',
    sha: 'c'.repeat(40),
    serverUrl: 'https://github.example',
    runUrl: 'https://github.example/run',
  });
  const started = performance.now();
  const planned = await planAgainstPrevious(
    [
      {
        relativePath: 'contacts.csv',
        absolutePath: file as string,
        open: () => createReadStream(file as string),
        table: 'contacts',
        importMode: 'replace',
        maxDeletes: { percent: 100 },
        delimiter: ',',
      },
    ],
    // No previous version: a commit the file is not at (GitHub answers 404), as for a new file.
    () => readVersion(pullRequests, 'contacts.csv', previousRef === '-' ? 'f'.repeat(40) : previousRef),
    undefined,
    1,
    undefined,
    // As a run keeps them: in a file of its folder.
    () => new RowFile(path.dirname(file as string)),
  );
  const out = createWriteStream(path.join(path.dirname(file as string), 'plan.json'));
  for (const piece of planJsonChunks(
    planned.tables.map((t) => t.plan),
    planned.failures,
  )) {
    if (!out.write(piece)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  }
  await new Promise<void>((resolve) => out.end(() => resolve()));
  const plan = planned.tables[0]?.plan;
  console.log(
    JSON.stringify({
      maxRssMb: process.resourceUsage().maxRSS / 1024,
      ms: performance.now() - started,
      counts: plan ? { added: plan.diff.added.length, updated: plan.diff.updated.length } : planned.failures,
    }),
  );
  process.exit(0);
}

const which = process.argv[2];

/** Runs one case of this file in a child process (GitHub's API at `githubUrl`) and returns what it printed. */
function runCase(args: string[], githubUrl?: string): Promise<CaseFigures> {
  // Asynchronous, so that this process's fake GitHub answers the child.
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [...(process.env.BENCH_NODE_FLAGS?.split(' ') ?? []), import.meta.filename, ...args],
      {
        encoding: 'utf8',
        maxBuffer: 1 << 20,
        env: { ...process.env, ...(githubUrl ? { GITHUB_API_URL: githubUrl } : {}) },
      },
      (error, stdout, stderr) => {
        if (error) reject(new Error(`${error.message}\n${stderr}`));
        else resolve(JSON.parse(stdout) as CaseFigures);
      },
    );
  });
}

interface CaseFigures {
  maxRssMb: number;
  ms: number;
  counts: unknown;
}

const mbOf = (bytes: number) => bytes / 1024 / 1024;
const rssLine = (name: string, figures: CaseFigures, baseline: CaseFigures, fileMb: number) =>
  `| ${name} | ${figures.maxRssMb.toFixed(0)} MB | ${(figures.maxRssMb - baseline.maxRssMb).toFixed(0)} MB | ${((figures.maxRssMb - baseline.maxRssMb) / fileMb).toFixed(1)}x | ${(figures.ms / 1000).toFixed(1)} s |`;
const tableHead = () => {
  console.log('| case | peak (max RSS) | over the 10-row plan | x the file | time |');
  console.log('|---|---:|---:|---:|---:|');
};

/** Runs of each D·engage case, interleaved: the peak moves with the run's timing (when the young generation grows). */
const DENGAGE_RUNS = 3;

async function dengage(): Promise<void> {
  const { FakeGitHub } = await import('../test/support/fake-github.ts');
  const dir = await mkdtemp(path.join(tmpdir(), 'datatable-memory-'));
  const github = await new FakeGitHub().start();
  try {
    const header = 'contact_key,email,first_name,last_name,city,segment,score,opted_in,last_order,notes';
    const row = (i: number, version: number) =>
      `c${String(i).padStart(8, '0')},user${i}@example.com,First${i},Last${i},City ${i % 500},seg-${i % 12},${(i * 7) % 1000},${i % 3 === 0},2026-${String((i % 12) + 1).padStart(2, '0')}-15,"note ${i} v${i % 100 === 0 ? version : 0}, some words"`;
    const text = (rows: number, version: number) => {
      const lines = [header];
      for (let i = 0; i < rows; i++) lines.push(row(i, version));
      return `${lines.join('\n')}\n`;
    };
    let rows = 0;
    for (let bytes = header.length + 1; bytes < TARGET_BYTES; rows++) bytes += row(rows, 1).length + 1;
    const current = path.join(dir, 'contacts.csv');
    writeFileSync(current, text(rows, 1));
    const small = path.join(dir, 'small.csv');
    writeFileSync(small, text(10, 1));
    // The previous versions, at two commits of the fake GitHub (this process holds them, not the measured one).
    const bigRef = 'a'.repeat(40);
    const smallRef = 'b'.repeat(40);
    github.files.set(`${bigRef}:contacts.csv`, text(rows, 0));
    github.files.set(`${smallRef}:contacts.csv`, text(10, 0));
    const mb = mbOf((await stat(current)).size);
    const runs: { baseline: CaseFigures; withPrevious: CaseFigures; firstRun: CaseFigures }[] = [];
    for (let run = 0; run < DENGAGE_RUNS; run++) {
      runs.push({
        baseline: await runCase(['case', small, smallRef], github.url),
        withPrevious: await runCase(['case', current, bigRef], github.url),
        firstRun: await runCase(['case', current, '-'], github.url),
      });
    }
    console.log(
      `D·engage: a ${mb.toFixed(0)} MB file of ${rows} rows x 10 columns, planned against its previous version (read from GitHub's contents API, a local fake), ${DENGAGE_RUNS} runs each, interleaved; ${machine()}`,
    );
    console.log('| case | peak (max RSS), MB | over the 10-row plan, MB | x the file | time, s |');
    console.log('|---|---:|---:|---:|---:|');
    const line = (name: string, pick: (r: (typeof runs)[number]) => CaseFigures) => {
      const peaks = runs.map((r) => pick(r).maxRssMb);
      const over = runs.map((r) => pick(r).maxRssMb - r.baseline.maxRssMb);
      console.log(
        `| ${name} | ${spread(peaks, 0)} | ${spread(over, 0)} | ${spread(
          over.map((o) => o / mb),
          1,
        )}x | ${spread(
          runs.map((r) => pick(r).ms / 1000),
          1,
        )} |`,
      );
    };
    line('10 rows (the baseline)', (r) => r.baseline);
    line('previous version, 1% of rows changed', (r) => r.withPrevious);
    line('no previous version (every row added)', (r) => r.firstRun);
  } finally {
    await github.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

const GENESYS_ROWS = 150_000;

/** A Genesys table through the bundled action: its peak taken by a preload that writes max RSS when it exits. */
async function genesys(): Promise<void> {
  const { GenesysEmulator } = await import('../emulator/server.ts');
  const { runAction } = await import('../scripts/run-action.ts');
  const dir = await mkdtemp(path.join(tmpdir(), 'datatable-memory-'));
  const preload = path.join(dir, 'peak.mjs');
  writeFileSync(
    preload,
    "import { writeFileSync } from 'node:fs';\nprocess.on('exit', () => writeFileSync(process.env.BENCH_PEAK_FILE, String(process.resourceUsage().maxRSS)));\n",
  );
  const properties = {
    key: { title: 'Code', type: 'string' },
    label: { title: 'Label', type: 'string' },
    open: { title: 'Open', type: 'boolean' },
    weight: { title: 'Weight', type: 'integer' },
    note: { title: 'Note', type: 'string' },
  } as const;
  const row = (r: number, version: number) => ({
    key: `code-${String(r).padStart(6, '0')}`,
    label: `Label ${r % 1000}`,
    open: r % 2 === 0,
    weight: r % 10_000,
    note: `note ${r} v${r % 100 === 0 ? version : 0} with some words about it`,
  });
  const csv = (rows: number) => {
    const lines = ['Code,Label,Open,Weight,Note'];
    for (let r = 0; r < rows; r++) {
      const { key, label, open, weight, note } = row(r, 1);
      lines.push(`${key},${label},${open},${weight},${note}`);
    }
    return `${lines.join('\n')}\n`;
  };
  try {
    const measure = async (name: string, fileRows: number, liveRows: number, mode: 'plan' | 'apply') => {
      const emulator = await new GenesysEmulator({
        tables: [{ name, properties, rows: Array.from({ length: liveRows }, (_, r) => row(r, 0)) }],
        limits: { maxRows: 200_000, maxFields: 50, maxKeyLength: 256 },
        faults: { jobDurationMs: 500 },
      }).start();
      const workspace = path.join(dir, `${name}-${mode}`);
      await mkdir(workspace);
      const file = path.join(workspace, 'table.csv');
      writeFileSync(file, csv(fileRows));
      const peakFile = path.join(dir, `${name}-${mode}.peak`);
      try {
        const started = performance.now();
        const result = await runAction({
          workspace,
          timeoutMs: 20 * 60_000,
          env: {
            // BENCH_NODE_FLAGS (say --max-semi-space-size=4) reach the action's process too.
            NODE_OPTIONS: `--import ${preload} ${process.env.BENCH_NODE_FLAGS ?? ''}`.trim(),
            BENCH_PEAK_FILE: peakFile,
          },
          inputs: {
            mode,
            file: 'table.csv',
            table: name,
            'genesys-client-id': 'local-client',
            'genesys-client-secret': 'local-secret',
            'genesys-api-url': emulator.apiUrl,
            'genesys-login-url': emulator.apiUrl,
            'genesys-max-rows': '200000',
            'upload-artifacts': 'false',
            comment: 'never',
          },
        });
        const ms = performance.now() - started;
        if (result.exitCode !== 0 && result.exitCode !== 2)
          console.error(result.stdout.slice(-3000), result.stderr.slice(-2000));
        return {
          figures: { maxRssMb: Number(readFileSync(peakFile, 'utf8')) / 1024, ms, counts: result.exitCode },
          mb: mbOf((await stat(file)).size),
        };
      } finally {
        await emulator.stop();
      }
    };
    const baseline = await measure('Small', 10, 10, 'plan');
    const plan = await measure('Big', GENESYS_ROWS, GENESYS_ROWS, 'plan');
    const firstLoad = await measure('Empty', GENESYS_ROWS, 0, 'apply');
    console.log(
      `Genesys: a table of ${GENESYS_ROWS} rows x 5 fields, its file ${plan.mb.toFixed(1)} MB, through dist/index.js; node ${process.version}`,
    );
    tableHead();
    console.log(rssLine('10 rows (the baseline)', baseline.figures, baseline.figures, plan.mb));
    console.log(rssLine('plan against the full table, 1% of rows changed', plan.figures, baseline.figures, plan.mb));
    console.log(
      rssLine('first load into an empty table (plan, import, read-back)', firstLoad.figures, baseline.figures, plan.mb),
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

if (which !== 'dengage') await genesys();
if (which !== 'genesys') await dengage();
