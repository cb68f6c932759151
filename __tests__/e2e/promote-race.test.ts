// Promotions and rollbacks that race, with deployment updates that take real time: the endpoint
// must follow the registry, so that no two runs keep re-pointing it at each other's model.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../../sandbox/runner.js';
import { startSandbox, SANDBOX_BUCKET, type Sandbox } from '../../sandbox/index.js';
import { scratchDir } from '../helpers/io.js';
import { runInSandbox } from '../helpers/action.js';

let sandbox: Sandbox;
const dir = scratchDir('bmci-race');
const NAME = 'contest';
const PROMOTE = { command: 'promote', 'bedrock-role-arn': '', 'model-name': NAME, 'max-regression': '30' };
const ROLLBACK = {
  command: 'rollback',
  'bedrock-role-arn': '',
  'training-data': '',
  'test-data': '',
  'model-name': NAME,
};
const UPDATE_MS = 300; // three polls

/** The example with `share` % of its training labels corrupted. */
function corrupted(share: number): string {
  const file = path.join(dir, `train-${share}.jsonl`);
  const lines = readFileSync(path.join(ROOT, 'examples/atis-intents/train.jsonl'), 'utf8').trim().split('\n');
  const records = lines.map((l) => JSON.parse(l));
  const labels = records.map((r) => r.messages[1].content[0].text);
  records.forEach((r, i) => {
    if (i % 100 < share) r.messages[1].content[0].text = labels[(i * 7 + 3) % labels.length];
  });
  writeFileSync(file, records.map((r) => JSON.stringify(r)).join('\n') + '\n');
  return file;
}

interface Reg {
  production?: number;
  pending?: number;
  endpoint: { deploymentArn: string };
  versions: Array<{ version: number; customModelArn: string }>;
  history: Array<{ version: number }>;
}
const registry = async (): Promise<Reg> =>
  JSON.parse((await sandbox.s3.getText(SANDBOX_BUCKET, `model-ci/registry/${NAME}.json`))!);

/** Waits for a state the test expects (an action run in the background reaches it), at most 60 s. */
async function until(reached: () => boolean | Promise<boolean>): Promise<void> {
  // a read that races a write (the registry being replaced) is not reached yet, not a failure
  const now = async () => {
    try {
      return await reached();
    } catch {
      return false;
    }
  };
  for (let i = 0; i < 1200 && !(await now()); i++) await new Promise((r) => setTimeout(r, 50));
  assert.ok(await now(), 'the state the test waits for was not reached in 60 s');
}

before(async () => {
  sandbox = await startSandbox({ bedrock: { jobDurationMs: 400, deploymentMs: UPDATE_MS } });
});
after(() => sandbox.stop());

describe('racing promotions and rollbacks', () => {
  const data: string[] = [];

  before(async () => {
    // Three models, each better than the last: 40 % and 20 % of labels corrupted, then clean.
    data.push(corrupted(40), corrupted(20), path.join(ROOT, 'examples/atis-intents/train.jsonl'));
    for (const file of data) {
      const r = await runInSandbox(sandbox, { 'model-name': NAME, 'training-data': file, comment: 'false' });
      assert.equal(r.exitCode, 0, r.stdout);
    }
    const first = await runInSandbox(sandbox, { ...PROMOTE, 'training-data': data[0]! }, { event: 'push' });
    assert.equal(first.exitCode, 0, first.stdout);
    assert.equal((await registry()).production, 1);
  });

  it('a promotion overtaken while it moves the endpoint stops touching it, and says which version superseded it', async () => {
    // A (20 % corrupted) starts moving the endpoint; B (clean, better) is decided while A's update runs.
    // Only the endpoint's update is slow: B's own evaluation deployment must be ready before it.
    // A's update completes only once B has decided (the registry names B's version pending).
    sandbox.bedrock.options.holdUpdates = true;
    sandbox.calls.clear();
    try {
      const a = runInSandbox(sandbox, { ...PROMOTE, 'training-data': data[1]! }, { event: 'push' });
      await until(() => sandbox.calls.count('bedrock', 'UpdateCustomModelDeployment') > 0);
      const b = runInSandbox(sandbox, { ...PROMOTE, 'training-data': data[2]! }, { event: 'push' });
      await until(async () => (await registry()).pending === 3);
      sandbox.bedrock.options.holdUpdates = false;
      const [ra, rb] = await Promise.all([a, b]);
      assert.equal(ra.exitCode, 0, ra.stdout);
      assert.equal(rb.exitCode, 0, rb.stdout);
      assert.equal(ra.outputs.promoted, 'false');
      assert.equal(rb.outputs.promoted, 'true');
      assert.match(
        ra.annotations.find((x) => x.level === 'notice' && /superseded it/.test(x.message))!.message,
        /^Version 2 is no longer wanted as production: version 3 \(arn:[^)]+\) superseded it.*This run leaves the endpoint alone\.$/,
      );
      const reg = await registry();
      assert.deepEqual([reg.production, reg.pending], [3, undefined]);
      const endpoint = [...sandbox.bedrock.state.deployments.values()].find(
        (d) => d.arn === reg.endpoint.deploymentArn,
      )!;
      assert.equal(endpoint.modelArn, reg.versions.find((v) => v.version === 3)!.customModelArn);
      assert.equal(
        sandbox.calls.count('bedrock', 'UpdateCustomModelDeployment'),
        2,
        "A's update, then B's: none undone",
      );
    } finally {
      sandbox.bedrock.options.holdUpdates = false;
    }
  });

  it('an endpoint update that fails leaves production as the endpoint serves it, and the re-run finishes the move', async () => {
    const before = await registry();
    sandbox.faults.bedrock.faults = { errors: 1, operations: ['UpdateCustomModelDeployment'] };
    let failed;
    try {
      failed = await runInSandbox(sandbox, { ...ROLLBACK, version: '1' }, { event: 'workflow_dispatch' });
    } finally {
      sandbox.faults.bedrock.faults = {};
    }
    assert.equal(failed.exitCode, 1);
    assert.match(
      failed.annotations.at(-1)!.message,
      /^Could not point the production endpoint contest-production at arn:/,
    );
    const stuck = await registry();
    assert.deepEqual(
      [stuck.production, stuck.pending],
      [before.production, 1],
      'the registry claims only what is served',
    );
    const again = await runInSandbox(sandbox, { ...ROLLBACK, version: '1' }, { event: 'workflow_dispatch' });
    assert.equal(again.exitCode, 0, again.stdout);
    const reg = await registry();
    assert.deepEqual([reg.production, reg.pending], [1, undefined]);
    const endpoint = [...sandbox.bedrock.state.deployments.values()].find((d) => d.arn === reg.endpoint.deploymentArn)!;
    assert.equal(endpoint.modelArn, reg.versions.find((v) => v.version === 1)!.customModelArn);
  });

  it("two better models and a rollback at once all end, and the endpoint serves the registry's production", async () => {
    sandbox.faults.s3.faults = { latencyMs: 120 };
    sandbox.calls.clear();
    const started = Date.now();
    try {
      const runs = await Promise.all([
        runInSandbox(sandbox, { ...PROMOTE, 'training-data': data[1]! }, { event: 'push' }),
        runInSandbox(sandbox, { ...PROMOTE, 'training-data': data[2]! }, { event: 'push' }),
        runInSandbox(sandbox, { ...ROLLBACK, version: '2' }, { event: 'workflow_dispatch' }),
      ]);
      for (const r of runs) assert.equal(r.exitCode, 0, r.stdout);
      // Bounded: the livelock ran until the runner's time limit.
      assert.ok(Date.now() - started < 60_000, `took ${Date.now() - started} ms`);
      const updates = sandbox.calls.count('bedrock', 'UpdateCustomModelDeployment');
      assert.ok(updates <= 4, `${updates} endpoint updates: runs undid each other`);
      const reg = await registry();
      assert.equal(reg.pending, undefined, 'nothing left pending');
      const production = reg.versions.find((v) => v.version === reg.production)!;
      assert.ok(production, 'exactly one production version, and a known one');
      const numbers = reg.versions.map((v) => v.version);
      assert.equal(new Set(numbers).size, numbers.length, 'version numbers are unique');
      for (const h of reg.history) assert.ok(numbers.includes(h.version), `version ${h.version} is not lost`);
      const endpoint = [...sandbox.bedrock.state.deployments.values()].find(
        (d) => d.arn === reg.endpoint.deploymentArn,
      )!;
      assert.equal(endpoint.modelArn, production.customModelArn, "the endpoint serves the registry's production");
    } finally {
      sandbox.faults.s3.faults = {};
    }
  });

  it('a promotion left pending (the run stopped after deciding) is finished by the next run, never reported as done before', async () => {
    const before = await registry();
    const target = before.versions.find((v) => v.version !== before.production)!;
    // What a run that died right after its registry write leaves behind.
    const pending = { ...before, pending: target.version };
    await sandbox.s3.put(SANDBOX_BUCKET, `model-ci/registry/${NAME}.json`, JSON.stringify(pending));
    const r = await runInSandbox(
      sandbox,
      { ...ROLLBACK, version: String(target.version) },
      { event: 'workflow_dispatch' },
    );
    assert.equal(r.exitCode, 0, r.stdout);
    const reg = await registry();
    assert.equal(reg.production, target.version);
    assert.equal(reg.pending, undefined);
    const endpoint = [...sandbox.bedrock.state.deployments.values()].find((d) => d.arn === reg.endpoint.deploymentArn)!;
    assert.equal(endpoint.modelArn, target.customModelArn);
  });
});
