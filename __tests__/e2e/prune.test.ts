// `command: prune` through the built action and the sandbox: each rule that keeps a custom model,
// each that lets one go, a dry run that deletes nothing, and `prune: apply` deleting exactly the
// models the dry run named, with their evaluation leftovers, and never production.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startSandbox, SANDBOX_BUCKET, type Sandbox } from '../../sandbox/index.js';
import { runInSandbox } from '../helpers/action.js';
import type { PruneRow } from '../../src/registry/prune.js';

let sandbox: Sandbox;
const MODEL = 'atis-prune';
const DAY = 86_400_000;

before(async () => {
  sandbox = await startSandbox({ bedrock: { jobDurationMs: 300, deploymentMs: 50 } });
});
after(() => sandbox.stop());

type Models = Sandbox['bedrock']['state']['models'];
type StoredModel = Models extends Map<string, infer V> ? V : never;

/** A copy of a trained model under another name, age and tags: what earlier runs would have left. */
function planted(from: StoredModel, suffix: string, ageDays: number, tags: Record<string, string | undefined>): string {
  const arn = from.arn.replace(/[0-9a-f]{12}$/, suffix.padStart(12, '0'));
  sandbox.bedrock.state.models.set(arn, {
    ...from,
    arn,
    name: `${MODEL}-${suffix}`,
    created: Date.now() - ageDays * DAY,
  });
  const base = new Map((sandbox.bedrock.state.tags.get(from.arn) ?? []).map((t) => [t.key, t.value]));
  for (const [k, v] of Object.entries(tags)) {
    if (v === undefined) base.delete(k);
    else base.set(k, v);
  }
  sandbox.bedrock.state.tags.set(
    arn,
    [...base].map(([key, value]) => ({ key, value })),
  );
  return arn;
}

const release = { event: 'push' as const };
const prune = (inputs: Record<string, string> = {}) =>
  runInSandbox(sandbox, { command: 'prune', 'model-name': MODEL, 'bedrock-role-arn': '', ...inputs }, release);
const rows = (r: { outputs: Record<string, string> }) => JSON.parse(r.outputs.pruned!) as PruneRow[];
const byName = (list: PruneRow[], suffix: string) => list.find((x) => x.name === `${MODEL}-${suffix}`)!;

describe('command: prune', () => {
  let production = '';
  const arns: Record<string, string> = {};

  before(async () => {
    // production: trained in PR #7, promoted on the merge
    const trained = await runInSandbox(sandbox, { 'model-name': MODEL, comment: 'false' });
    assert.equal(trained.exitCode, 0, trained.stdout);
    const promoted = await runInSandbox(
      sandbox,
      { command: 'promote', 'model-name': MODEL, 'bedrock-role-arn': '' },
      release,
    );
    assert.equal(promoted.outputs.promoted, 'true', promoted.stdout);
    production = trained.outputs['custom-model-arn']!;
    const model = sandbox.bedrock.state.models.get(production)!;
    // then the models earlier runs left behind
    sandbox.github.state.pulls.set(8, {
      number: 8,
      headSha: 'a'.repeat(40),
      baseSha: 'b'.repeat(40),
      headRepo: 'octo-org/airline-models',
      files: [],
    });
    sandbox.github.state.pulls.set(9, {
      number: 9,
      headSha: 'c'.repeat(40),
      baseSha: 'b'.repeat(40),
      headRepo: 'octo-org/airline-models',
      files: [],
      state: 'closed',
    });
    arns.openPr = planted(model, 'aaaaaaaaaaa1', 3, { 'pull-request': '8' });
    arns.closedPr = planted(model, 'aaaaaaaaaaa2', 2, { 'pull-request': '9' });
    arns.oldPush = planted(model, 'aaaaaaaaaaa3', 20, { 'pull-request': undefined });
    arns.youngPush = planted(model, 'aaaaaaaaaaa4', 5, { 'pull-request': undefined });
    arns.notOurs = planted(model, 'aaaaaaaaaaa5', 90, { 'managed-by': undefined, 'pull-request': undefined });
    arns.otherRepo = planted(model, 'aaaaaaaaaaa6', 90, { repository: 'someone/else', 'pull-request': undefined });
    arns.oldOpenPr = planted(model, 'aaaaaaaaaaa7', 30, { 'pull-request': '8' });
    arns.served = planted(model, 'aaaaaaaaaaa8', 40, { 'pull-request': undefined });
    arns.leftover = planted(model, 'aaaaaaaaaaa9', 2, { 'pull-request': '9' });
    const deployment = (name: string, modelArn: string, tags: Array<{ key: string; value: string }>) => {
      const arn = `arn:aws:bedrock:us-east-1:123456789012:custom-model-deployment/${name.padStart(12, '0').slice(-12)}`;
      sandbox.bedrock.state.deployments.set(arn, {
        arn,
        name,
        modelArn,
        status: 'Active',
        created: Date.now() - 2 * DAY,
        elapsed: 0,
        modified: Date.now() - 2 * DAY,
        readyAt: 0,
      });
      sandbox.bedrock.state.tags.set(arn, tags);
    };
    // someone's own deployment of an old model: that model must stay
    deployment('team-demo', arns.served, [{ key: 'owner', value: 'team' }]);
    // a lost runner's evaluation deployment of a closed PR's model: it goes with the model
    deployment(`${MODEL}-aaaaaaaaaaa9-eval`, arns.leftover, [
      { key: 'managed-by', value: 'bedrock-model-ci' },
      { key: 'model-name', value: MODEL },
      { key: 'purpose', value: 'evaluation' },
    ]);
  });

  it('a dry run (the default) lists each model with why, deletes nothing, and says what it would save', async () => {
    sandbox.calls.clear();
    const r = await prune();
    assert.equal(r.exitCode, 0, r.stdout);
    assert.equal(sandbox.calls.count('bedrock', 'DeleteCustomModel'), 0);
    assert.equal(sandbox.calls.count('bedrock', 'DeleteCustomModelDeployment'), 0);
    const list = rows(r);
    assert.equal(list.length, 10);
    const action = (suffix: string) => byName(list, suffix).action;
    assert.equal(list.find((x) => x.arn === production)!.action, 'kept');
    assert.equal(list.find((x) => x.arn === production)!.why, 'production (v1)');
    assert.equal(action('aaaaaaaaaaa1'), 'kept');
    assert.match(byName(list, 'aaaaaaaaaaa1').why, /^PR #8 is open, 3 days old$/);
    assert.equal(action('aaaaaaaaaaa2'), 'would-delete');
    assert.equal(byName(list, 'aaaaaaaaaaa2').why, 'PR #9 is closed');
    assert.equal(action('aaaaaaaaaaa3'), 'would-delete');
    assert.equal(byName(list, 'aaaaaaaaaaa3').why, '20 days old (prune-after-days: 14)');
    assert.equal(action('aaaaaaaaaaa4'), 'kept');
    assert.match(byName(list, 'aaaaaaaaaaa5').why, /not created by bedrock-model-ci for 'atis-prune'/);
    assert.equal(action('aaaaaaaaaaa5'), 'kept');
    assert.equal(byName(list, 'aaaaaaaaaaa6').why, 'created for another repository (someone/else)');
    assert.equal(action('aaaaaaaaaaa7'), 'would-delete', 'an open PR does not keep a model past prune-after-days');
    assert.equal(action('aaaaaaaaaaa8'), 'kept');
    assert.match(byName(list, 'aaaaaaaaaaa8').why, /but deployment team-demo still serves it$/);
    assert.equal(action('aaaaaaaaaaa9'), 'would-delete');
    assert.deepEqual(byName(list, 'aaaaaaaaaaa9').leftovers, [`${MODEL}-aaaaaaaaaaa9-eval`]);
    // storage: the price book's Nova Micro storage price for each of the 4 models
    const perModel = byName(list, 'aaaaaaaaaaa2').storagePerMonth!;
    assert.ok(perModel > 0);
    assert.equal(r.outputs['monthly-savings'], (4 * perModel).toFixed(2));
    assert.match(r.summary, /Dry run: 4 of 10 custom models would be deleted, saving \\\$\d/);
    assert.match(r.summary, /Set `prune: apply` to delete them\./);
  });

  it('prune: apply deletes exactly those, with the leftover evaluation deployment; production still serves', async () => {
    sandbox.calls.clear();
    const r = await prune({ prune: 'apply' });
    assert.equal(r.exitCode, 0, r.stdout);
    const deleted = rows(r)
      .filter((x) => x.action === 'deleted')
      .map((x) => x.name.slice(MODEL.length + 1))
      .sort();
    assert.deepEqual(deleted, ['aaaaaaaaaaa2', 'aaaaaaaaaaa3', 'aaaaaaaaaaa7', 'aaaaaaaaaaa9']);
    for (const key of ['closedPr', 'oldPush', 'oldOpenPr', 'leftover'])
      assert.equal(sandbox.bedrock.state.models.has(arns[key]!), false, key);
    for (const key of ['openPr', 'youngPush', 'notOurs', 'otherRepo', 'served'])
      assert.equal(sandbox.bedrock.state.models.has(arns[key]!), true, key);
    assert.ok(sandbox.bedrock.state.models.has(production));
    assert.equal(
      [...sandbox.bedrock.state.deployments.values()].some((d) => d.name === `${MODEL}-aaaaaaaaaaa9-eval`),
      false,
      'the leftover went with its model',
    );
    assert.ok([...sandbox.bedrock.state.deployments.values()].some((d) => d.name === 'team-demo'));
    assert.match(r.summary, /Deleted 4 of 10 custom models: \\\$\d/);
    const registry = JSON.parse((await sandbox.s3.getText(SANDBOX_BUCKET, `model-ci/registry/${MODEL}.json`))!);
    assert.equal(
      registry.versions.find((v: { version: number }) => v.version === registry.production).customModelArn,
      production,
    );
  });

  it('keep-versions keeps the newest registry versions whatever their age', async () => {
    const model = sandbox.bedrock.state.models.get(production)!;
    model.created = Date.now() - 100 * DAY; // production is old, and still kept
    const r = await prune({ 'prune-after-days': '0' });
    assert.equal(r.exitCode, 0, r.stdout);
    assert.equal(rows(r).find((x) => x.arn === production)!.action, 'kept');
  });

  it('runs only from the release workflow: a pull request cannot delete models', async () => {
    sandbox.calls.clear();
    const r = await runInSandbox(sandbox, { command: 'prune', 'model-name': MODEL, prune: 'apply' });
    assert.equal(r.exitCode, 1);
    assert.match(
      r.stdout,
      /'command: prune' deletes models, so it runs only on push, release, workflow_dispatch or schedule/,
    );
    assert.equal(sandbox.calls.count('bedrock', 'ListCustomModels'), 0);
  });

  it('names the input when prune is neither dry-run nor apply', async () => {
    const r = await prune({ prune: 'yes' });
    assert.equal(r.exitCode, 1);
    assert.match(r.stdout, /Input 'prune' is 'yes'\. Expected one of: dry-run, apply\./);
  });
});
