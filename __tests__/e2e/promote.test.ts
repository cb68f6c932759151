// Promotion and rollback through the built action: the registry, the stable endpoint, and the
// release workflow's decisions, against the sandbox.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../../sandbox/runner.js';
import { startSandbox, SANDBOX_BUCKET, type Sandbox } from '../../sandbox/index.js';
import { scratchDir } from '../helpers/io.js';
import { runInSandbox } from '../helpers/action.js';

let sandbox: Sandbox;
const dir = scratchDir('bmci-promote');
const corrupted = path.join(dir, 'train-corrupted.jsonl');
const slightlyWorse = path.join(dir, 'train-worse.jsonl');
const registry = async (name = 'atis') =>
  JSON.parse((await sandbox.s3.getText(SANDBOX_BUCKET, `model-ci/registry/${name}.json`))!);
const PROMOTE = { command: 'promote', 'bedrock-role-arn': '', 'max-regression': '1' };

before(async () => {
  sandbox = await startSandbox({ bedrock: { jobDurationMs: 400, deploymentMs: 50 } });
  const lines = readFileSync(path.join(ROOT, 'examples/atis-intents/train.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
  const labels = lines.map((r) => r.messages[1].content[0].text);
  const corrupt = (share: number) =>
    lines.map((r, i) =>
      i % 100 < share
        ? {
            ...r,
            messages: [r.messages[0], { role: 'assistant', content: [{ text: labels[(i * 7 + 3) % labels.length] }] }],
          }
        : r,
    );
  writeFileSync(
    corrupted,
    corrupt(40)
      .map((r) => JSON.stringify(r))
      .join('\n') + '\n',
  );
  writeFileSync(
    slightlyWorse,
    corrupt(25)
      .map((r) => JSON.stringify(r))
      .join('\n') + '\n',
  );
});
after(() => sandbox.stop());

describe('promote and rollback', () => {
  let firstEndpoint = '';

  it('first promotion: no production yet → version 1 behind a new stable endpoint, checked with an inference call', async () => {
    const trained = await runInSandbox(sandbox, { 'training-data': corrupted, comment: 'true' });
    assert.equal(trained.exitCode, 0, trained.stdout);
    sandbox.calls.clear();
    const r = await runInSandbox(sandbox, { ...PROMOTE, 'training-data': corrupted }, { event: 'push' });
    assert.equal(r.exitCode, 0, r.stdout);
    assert.equal(r.outputs.promoted, 'true');
    assert.equal(r.outputs['model-version'], '1');
    assert.equal(r.outputs['custom-model-arn'], trained.outputs['custom-model-arn']);
    assert.equal(sandbox.calls.count('bedrock', 'CreateModelCustomizationJob'), 0, 'nothing is retrained');
    firstEndpoint = r.outputs['deployment-arn']!;
    const reg = await registry();
    assert.equal(reg.production, 1);
    assert.deepEqual(reg.endpoint, { name: 'atis-production', deploymentArn: firstEndpoint });
    assert.equal(reg.versions[0].pullRequest, 7, 'the PR comes from the job tags');
    assert.equal(reg.versions[0].jobName, trained.outputs['job-name']);
    assert.ok(reg.versions[0].evaluation.accuracy > 0.7);
    assert.equal(reg.history[0].action, 'promote');
    assert.ok(
      sandbox.calls.of('bedrock-runtime', 'Converse').some((c) => c.params.modelId === firstEndpoint),
      'the endpoint was checked with a real call',
    );
    assert.ok(
      sandbox.bedrock.state.tags
        .get(trained.outputs['custom-model-arn']!)!
        .some((t) => t.key === 'stage' && t.value === 'production'),
    );
    assert.match(
      sandbox.github.state.comments.get(7)![0]!.body,
      /^<!-- bedrock-model-ci:atis -->\n<!-- bedrock-model-ci\/promotion -->\n> 🚀 \*\*Promoted to production\*\* as version 1 on .*\n\n## ✅ `atis`/,
    );
    assert.match(r.summary, /## 🚀 `atis`: promoted to production as version 1/);
  });

  it('a better candidate is promoted; the endpoint ARN stays the same', async () => {
    await runInSandbox(sandbox, { comment: 'false' });
    sandbox.calls.clear();
    const r = await runInSandbox(sandbox, PROMOTE, { event: 'push' });
    assert.equal(r.exitCode, 0, r.stdout);
    assert.equal(r.outputs.promoted, 'true');
    assert.equal(r.outputs['model-version'], '2');
    assert.equal(r.outputs['deployment-arn'], firstEndpoint, 'applications keep one ARN');
    assert.equal(sandbox.calls.count('bedrock', 'UpdateCustomModelDeployment'), 1);
    const production = [...sandbox.bedrock.state.deployments.values()].filter((d) => d.name === 'atis-production');
    assert.equal(production.length, 1, 'the production endpoint is updated in place, never created again');
    const endpoint = [...sandbox.bedrock.state.deployments.values()].find((d) => d.arn === firstEndpoint)!;
    assert.equal(endpoint.modelArn, r.outputs['custom-model-arn']);
    const reg = await registry();
    assert.equal(reg.production, 2);
    assert.match(reg.history[1].reason, /^\+\d+\.\d pp vs production version 1 \(95 % CI/);
    assert.equal(reg.history[1].from, 1);
  });

  it('a worse candidate is refused, production stays, and the summary says why with the numbers', async () => {
    await runInSandbox(sandbox, { 'training-data': slightlyWorse, comment: 'false' });
    const r = await runInSandbox(sandbox, { ...PROMOTE, 'training-data': slightlyWorse }, { event: 'push' });
    assert.equal(r.exitCode, 0, r.stdout);
    assert.equal(r.outputs.promoted, 'false');
    assert.match(
      r.annotations.find((a) => a.level === 'notice')!.message,
      /^Not promoted: it is −\d+\.\d pp vs production version 2 \(95 % CI .*\), worse than 'max-regression' allows \(−1 pp\)\.$/,
    );
    assert.match(
      r.summary,
      /## ⏸ `atis`: not promoted[\s\S]*\| candidate `atis-[0-9a-f]{12}` \| \d+\.\d % \|\n\| production v2 \| 9\d\.\d % \|/,
    );
    assert.equal((await registry()).production, 2);
    const failing = await runInSandbox(
      sandbox,
      { ...PROMOTE, 'training-data': slightlyWorse, 'fail-if-not-promoted': 'true' },
      { event: 'push' },
    );
    assert.equal(failing.exitCode, 1);
    assert.match(failing.annotations.at(-1)!.message, /^Not promoted: .*\('fail-if-not-promoted' is true\.\)$/);
  });

  it('two concurrent promotions: the registry has one production, and both end cleanly', async () => {
    sandbox.faults.s3.faults = { latencyMs: 150 };
    try {
      await runInSandbox(sandbox, { 'model-name': 'race', comment: 'false' });
      await runInSandbox(sandbox, { 'model-name': 'race', 'training-data': slightlyWorse, comment: 'false' });
      sandbox.calls.clear();
      const [a, b] = await Promise.all([
        runInSandbox(sandbox, { ...PROMOTE, 'model-name': 'race' }, { event: 'push' }),
        runInSandbox(
          sandbox,
          { ...PROMOTE, 'model-name': 'race', 'training-data': slightlyWorse, 'max-regression': '20' },
          { event: 'push' },
        ),
      ]);
      assert.equal(a.exitCode, 0, a.stdout);
      assert.equal(b.exitCode, 0, b.stdout);
      const reg = await registry('race');
      const versions = reg.versions.map((v: { version: number }) => v.version);
      assert.equal(new Set(versions).size, versions.length, 'version numbers are unique');
      assert.equal(reg.history.length, versions.length, 'each promotion recorded once');
      assert.equal(reg.production, reg.history.at(-1).version, 'production is the last promotion');
      const lost = sandbox.calls
        .of('s3', 'PutObject')
        .filter((c) => String(c.params.Key).endsWith('registry/race.json') && c.status === 412);
      if (lost.length > 0)
        assert.ok(
          [a, b].some((r) =>
            r.log.some((l) =>
              /Another promotion wrote the registry first: reading it again and deciding again/.test(l),
            ),
          ),
          'the loser re-read and decided again',
        );
      const endpoint = [...sandbox.bedrock.state.deployments.values()].find(
        (d) => d.arn === reg.endpoint.deploymentArn,
      )!;
      assert.equal(
        endpoint.modelArn,
        reg.versions.find((v: { version: number }) => v.version === reg.production).customModelArn,
        'the endpoint serves production',
      );
    } finally {
      sandbox.faults.s3.faults = {};
    }
  });

  it('rollback points production back at the previous version, on the same endpoint, and records it', async () => {
    sandbox.calls.clear();
    const r = await runInSandbox(
      sandbox,
      { command: 'rollback', 'bedrock-role-arn': '', 'training-data': '', 'test-data': '' },
      { event: 'workflow_dispatch' },
    );
    assert.equal(r.exitCode, 0, r.stdout);
    assert.equal(r.outputs['model-version'], '1');
    assert.equal(r.outputs['deployment-arn'], firstEndpoint);
    const reg = await registry();
    assert.equal(reg.production, 1);
    assert.deepEqual(
      [reg.history.at(-1).action, reg.history.at(-1).version, reg.history.at(-1).from],
      ['rollback', 1, 2],
    );
    const endpoint = [...sandbox.bedrock.state.deployments.values()].find((d) => d.arn === firstEndpoint)!;
    assert.equal(endpoint.modelArn, reg.versions[0].customModelArn);
    const again = await runInSandbox(
      sandbox,
      { command: 'rollback', 'bedrock-role-arn': '', 'training-data': '', 'test-data': '', version: '9' },
      { event: 'workflow_dispatch' },
    );
    assert.equal(again.exitCode, 1);
    assert.equal(
      again.annotations.at(-1)!.message,
      "Input 'version' is 9, which the registry does not have. Versions: 1, 2.",
    );
  });

  it('promote before training finished waits per wait-minutes, then says so without failing', async () => {
    sandbox.bedrock.options.jobDurationMs = 60_000;
    try {
      await runInSandbox(sandbox, { 'model-name': 'slow', 'wait-minutes': '0.001', comment: 'false' });
      const r = await runInSandbox(
        sandbox,
        { ...PROMOTE, 'model-name': 'slow', 'wait-minutes': '0.005' },
        { event: 'push' },
      );
      assert.equal(r.exitCode, 0, r.stdout);
      assert.equal(r.outputs.promoted, 'false');
      assert.match(
        r.annotations.find((a) => a.level === 'notice')!.message,
        /^Not promoted: training job slow-[0-9a-f]{12} is still InProgress; the next run with the same data promotes it when it completes\.$/,
      );
    } finally {
      sandbox.bedrock.options.jobDurationMs = 400;
    }
  });
});
