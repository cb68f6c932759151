// What a user pins: one `uses:` reference, the major version of package.json, in every snippet;
// a LICENSE matching package.json's; a CHANGELOG entry for the version.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { ROOT, scratchDir } from '../helpers/io.js';

const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  version: string;
  license: string;
  repository: { url: string };
};
const repository = /github\.com\/([^/]+\/[^/.]+)/.exec(pkg.repository.url)![1]!;
const major = `v${pkg.version.split('.')[0]}`;

function documents(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return ['node_modules', '.git', 'dist', '.scratch'].includes(e.name) ? [] : documents(p);
    return /\.(md|ya?ml)$/.test(e.name) ? [p] : [];
  });
}

describe('a release people can pin', () => {
  it(`every snippet uses ${repository}@${major}`, () => {
    let seen = 0;
    for (const file of documents(ROOT))
      for (const [, ref] of readFileSync(file, 'utf8').matchAll(/uses:\s*(\S*bedrock-model-ci\S*)/g)) {
        seen += 1;
        assert.equal(ref, `${repository}@${major}`, `${path.relative(ROOT, file)} says ${ref}`);
      }
    assert.ok(seen >= 4, `${seen} snippets`);
  });

  it('has the LICENSE package.json names, and a CHANGELOG entry for its version', () => {
    assert.equal(pkg.license, 'MIT');
    assert.match(readFileSync(path.join(ROOT, 'LICENSE'), 'utf8'), /^MIT License\n/);
    assert.match(
      readFileSync(path.join(ROOT, 'CHANGELOG.md'), 'utf8'),
      new RegExp(`^## \\[${pkg.version.replace(/\./g, '\\.')}\\]`, 'm'),
    );
    assert.ok(existsSync(path.join(ROOT, '.github/workflows/release.yml')));
  });
});

type Step = {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
  name?: string;
};
type Job = { permissions?: Record<string, string>; needs?: string; steps: Step[] };
const workflow = parseYaml(readFileSync(path.join(ROOT, '.github/workflows/release.yml'), 'utf8')) as {
  permissions?: unknown;
  jobs: Record<string, Job>;
};

/** A repository with a default branch, a tag on it and a tag on a side branch, as GitHub's origin. */
function repositories(): { origin: string; clone: string; onMain: string; offMain: string } {
  const dir = scratchDir('bmci-release');
  const git = (cwd: string, ...args: string[]) =>
    execFileSync('git', args, {
      cwd,
      encoding: 'utf8',
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 't',
        GIT_AUTHOR_EMAIL: 't@t',
        GIT_COMMITTER_NAME: 't',
        GIT_COMMITTER_EMAIL: 't@t',
      },
    }).trim();
  const origin = path.join(dir, 'origin');
  mkdirSync(origin);
  git(origin, 'init', '-q', '-b', 'main');
  writeFileSync(path.join(origin, 'a'), '1');
  git(origin, 'add', 'a');
  git(origin, 'commit', '-q', '-m', 'one');
  const onMain = git(origin, 'rev-parse', 'HEAD');
  git(origin, 'checkout', '-q', '-b', 'side');
  writeFileSync(path.join(origin, 'a'), '2');
  git(origin, 'commit', '-q', '-am', 'two');
  const offMain = git(origin, 'rev-parse', 'HEAD');
  git(origin, 'checkout', '-q', 'main');
  const clone = path.join(dir, 'clone');
  git(dir, 'clone', '-q', '--no-checkout', origin, clone);
  return { origin, clone, onMain, offMain };
}

describe('the release workflow (third trust review, point 2)', () => {
  const steps = Object.entries(workflow.jobs).flatMap(([job, j]) => j.steps.map((s) => ({ job, ...s })));

  it('grants nothing by default; the job that installs dependencies and tests reads only, and keeps no credentials', () => {
    assert.deepEqual(workflow.permissions, {});
    for (const [name, job] of Object.entries(workflow.jobs)) {
      const runsThirdParty = job.steps.some(
        (s) => /\bnpm\b|\bnpx\b|\bnode\b/.test(s.run ?? '') || s.uses?.startsWith('actions/setup-node'),
      );
      if (!runsThirdParty) continue;
      assert.deepEqual(job.permissions, { contents: 'read' }, `${name} runs third-party code: read-only token`);
      const checkout = job.steps.find((s) => s.uses?.startsWith('actions/checkout'))!;
      assert.equal(checkout.with?.['persist-credentials'], false, `${name}: checkout must not persist the token`);
    }
  });

  it('only a job that runs no third-party code may write, after the tests pass', () => {
    const writers = Object.entries(workflow.jobs).filter(([, j]) => j.permissions?.contents === 'write');
    assert.equal(writers.length, 1);
    const [name, job] = writers[0]!;
    assert.ok(job.needs, `${name} runs after the verifying job`);
    for (const s of job.steps) {
      assert.ok(!s.uses || s.uses.startsWith('actions/checkout@'), `${name} uses ${s.uses}`);
      assert.doesNotMatch(s.run ?? '', /\bnpm\b|\bnpx\b|\bnode\b|\byarn\b/, `${name} runs ${s.run}`);
    }
  });

  it('a tag whose commit is not on the default branch publishes nothing (both jobs check it, as they run it)', () => {
    const checks = steps.filter((s) => /merge-base --is-ancestor/.test(s.run ?? ''));
    assert.deepEqual(
      checks.map((s) => s.job),
      ['verify', 'publish'],
    );
    const { clone, onMain, offMain } = repositories();
    for (const check of checks) {
      const run = (sha: string) =>
        spawnSync('bash', ['-e', '-c', check.run!], {
          cwd: clone,
          encoding: 'utf8',
          env: { ...process.env, GITHUB_SHA: sha, GITHUB_REF_NAME: 'v9.9.9', DEFAULT_BRANCH: 'main' },
        });
      assert.equal(run(onMain).status, 0, `${check.job}: a tag on main passes`);
      const off = run(offMain);
      assert.notEqual(off.status, 0, `${check.job}: a tag off main stops the job`);
      if (check.job === 'verify')
        assert.match(off.stdout, /::error::Tag v9\.9\.9 points at [0-9a-f]{40}, which is not on main/);
    }
    // and publishing comes after the check, in the writing job
    const publish = workflow.jobs.publish!.steps;
    assert.ok(
      publish.findIndex((s) => /merge-base/.test(s.run ?? '')) <
        publish.findIndex((s) => /gh release create/.test(s.run ?? '')),
    );
  });
});
