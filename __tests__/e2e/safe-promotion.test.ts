// Safe promotion through the built action and the sandbox: production's real traffic (public ATIS
// utterances the example's test set does not contain) replayed against the candidate before the
// swap, and the endpoint watched after it, rolled back on a breach.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../../sandbox/runner.js';
import { startSandbox, SANDBOX_BUCKET, type Sandbox } from '../../sandbox/index.js';
import { scratchDir } from '../helpers/io.js';
import { runInSandbox } from '../helpers/action.js';
import { applicationTraffic } from '../helpers/sandbox.js';

const MODEL = 'atis-safe';
const LOGS = `s3://${SANDBOX_BUCKET}/bedrock-logs`;
const dir = scratchDir('bmci-safe');
let sandbox: Sandbox;

const example = readFileSync(path.join(ROOT, 'examples/atis-intents/train.jsonl'), 'utf8').trim().split('\n');
const SYSTEM = JSON.parse(example[0]!).system as Array<{ text: string }>;
/** A variant of the example's training data, as another pull request would change it (undefined drops a record). */
type Rec = { system: unknown; messages: Array<{ role: string; content: Array<{ text: string }> }> };
function variant(name: string, change: (record: Rec, i: number) => Rec | undefined): string {
  const file = path.join(dir, `${name}.jsonl`);
  const records = example.map((l, i) => change(JSON.parse(l) as Rec, i)).filter((r) => r !== undefined);
  writeFileSync(file, `${records.map((r) => JSON.stringify(r)).join('\n')}\n`);
  return path.relative(ROOT, file);
}
/** The example without one record: another training, the same model in all that matters. */
const without = (line: number) => variant(`without-${line}`, (r, i) => (i === line ? undefined : r));
const release = { event: 'push' as const };
const registry = async () =>
  JSON.parse((await sandbox.s3.getText(SANDBOX_BUCKET, `model-ci/registry/${MODEL}.json`))!) as {
    production: number;
    endpoint: { deploymentArn: string; name: string };
    watch?: unknown;
    versions: Array<{ version: number; customModelArn: string; rolledBack?: { reason: string } }>;
  };

/** Production's users: the public ATIS test utterances, sent to the stable endpoint as an application would. */
async function productionTraffic(): Promise<number> {
  const { endpoint } = await registry();
  const utterances = readFileSync(path.join(ROOT, '__tests__/fixtures/public/atis/test.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l).messages[0].content[0].text as string);
  await applicationTraffic(sandbox, endpoint.deploymentArn, utterances, { system: SYSTEM });
  return utterances.length;
}

const trainAndPromote = async (trainingData: string, extra: Record<string, string> = {}, comment = 'false') => {
  const inputs = { 'model-name': MODEL, 'training-data': trainingData, comment };
  const trained = await runInSandbox(sandbox, inputs);
  assert.equal(trained.exitCode, 0, trained.stdout);
  const promoted = await runInSandbox(
    sandbox,
    { ...inputs, command: 'promote', 'bedrock-role-arn': '', 'watch-minutes': '1', ...extra },
    release,
  );
  return { trained, promoted };
};

before(async () => {
  sandbox = await startSandbox({
    bedrock: { jobDurationMs: 300, deploymentMs: 50 },
    monitoring: { invocationLogging: { bucket: SANDBOX_BUCKET, prefix: 'bedrock-logs' } },
  });
  // version 1, the production model, and a week of its traffic
  const first = await trainAndPromote('examples/atis-intents/train.jsonl', { 'watch-minutes': '0' });
  assert.equal(first.promoted.outputs.promoted, 'true', first.promoted.stdout);
  assert.equal(await productionTraffic(), 893);
});
after(() => sandbox.stop());

describe('shadow replay before the swap', () => {
  it("replays production's logged requests against the candidate; one that agrees is promoted, with the figures", async () => {
    sandbox.calls.clear();
    const { promoted } = await trainAndPromote(
      without(0),
      { 'invocation-logs': LOGS, 'shadow-requests': '1000', 'min-shadow-agreement': '0.97' },
      'true',
    );
    assert.equal(promoted.exitCode, 0, promoted.stdout);
    assert.equal(promoted.outputs.promoted, 'true', promoted.stdout);
    const agreement = Number(promoted.outputs['shadow-agreement']);
    assert.ok(agreement >= 0.97, `agreement ${agreement}`);
    // every logged request was replayed against the candidate's evaluation deployment, not production
    const replayed = sandbox.calls
      .of('bedrock-runtime', 'Converse')
      .filter((c) => JSON.stringify(c.params.messages).includes('please list'));
    assert.ok(replayed.length > 0);
    assert.match(promoted.summary, /### Shadow replay of production traffic/);
    // every distinct request of the application's, once: public ATIS repeats some utterances, and
    // this action's own calls to the endpoint (promote's evaluation, the watch's smoke runs) are not production's
    assert.match(
      promoted.summary,
      /(\d+) of production's 893 requests between .* were replayed against the candidate: \1 distinct requests of \1 from 1 caller, each caller at most an equal share \(not replayed: .*\d+ from this action's own sessions.*\d+ repeats of a request already sampled\)/,
    );
    assert.match(
      promoted.summary,
      /\| same answer as production \| \*\*\d+\.\d %\*\* \(\d+\/\d+\) ✅ `min-shadow-agreement` 97\.0 % \|/,
    );
    assert.match(promoted.summary, /\| latency p50 \/ p95 \| \d+ ms \/ \d+ ms \| \d+ ms \/ \d+ ms \|/);
    assert.match(promoted.summary, /### Watch after the swap: ✅ passed/);
    // the pull request that trained it hears the figures in its promotion line
    const comment = [...sandbox.github.state.comments.values()].flat().find((c) => c.body.includes('🚀'))!.body;
    assert.match(
      comment,
      /🚀 \*\*Promoted to production\*\* as version \d+ .* Shadow replay: \d+\.\d % of \d+ production requests answered as production did; latency p95 \d+ ms \(production \d+ ms\)\./,
    );
    assert.equal(promoted.outputs.watch, 'passed');
    assert.equal((await registry()).watch, undefined, 'the finished watch is cleared');
  });

  it('refuses a candidate that passes the test set but answers production traffic differently', async () => {
    // The pull request adds records about Chicago and Washington DC, labeled flight_time where they
    // ask for flights: production traffic has 85 such requests of 893, the test set none, so the
    // test set still passes.
    const cities = ['chicago', 'washington dc'];
    const added = Array.from({ length: 60 }, (_, i) => ({
      system: SYSTEM,
      schemaVersion: 'bedrock-conversation-2024',
      messages: [
        { role: 'user', content: [{ text: `show me flights from ${cities[i % 2]} to denver on day ${i}` }] },
        { role: 'assistant', content: [{ text: 'flight_time' }] },
      ],
    }));
    const relabeled = variant('chicago-mislabeled', (r) => r);
    writeFileSync(
      path.join(ROOT, relabeled),
      `${readFileSync(path.join(ROOT, relabeled), 'utf8')}${added.map((r) => JSON.stringify(r)).join('\n')}\n`,
    );
    const before = (await registry()).production;
    // Someone else who may call the endpoint floods it with 2,000 requests both models answer alike
    // (third trust review, point 1: before, 6,000 such calls had a refused candidate promoted)
    const { endpoint } = await registry();
    const flood = example.map((l, i) => `${JSON.parse(l).messages[0].content[0].text} ${i}`);
    await applicationTraffic(sandbox, endpoint.deploymentArn, flood, {
      system: SYSTEM,
      caller: 'arn:aws:sts::123456789012:assumed-role/someone-else/flood',
    });
    const { trained, promoted } = await trainAndPromote(relabeled, {
      'invocation-logs': LOGS,
      'shadow-requests': '1000',
      'min-shadow-agreement': '0.97',
      'traffic-principals': 'arn:aws:iam::123456789012:role/production-app',
    });
    assert.match(promoted.summary, /from 1 caller, .*\b2000 from callers not in `traffic-principals`/);
    assert.ok(Number(trained.outputs.accuracy) >= 0.9, 'the test set still passes');
    assert.equal(trained.outputs.passed, 'true');
    assert.equal(promoted.exitCode, 0, promoted.stdout);
    assert.equal(promoted.outputs.promoted, 'false');
    assert.ok(Number(promoted.outputs['shadow-agreement']) < 0.97);
    assert.match(
      promoted.stdout,
      /Not promoted: shadow replay: the candidate answered \d+\.\d %(?:25)? of \d+ replayed production requests as production did, under 'min-shadow-agreement' 97\.0 %/,
    );
    assert.match(promoted.summary, /❌ `min-shadow-agreement` 97\.0 %/);
    // the disagreements, most frequent first: production's answer and the candidate's
    assert.match(promoted.summary, /\| \d+ \| `flight` \| `flight_time` \| /);
    assert.equal((await registry()).production, before, 'production did not move');
  });
});

describe('the watch after the swap', () => {
  it('rolls back a candidate that fails once it serves, and the registry says why', async () => {
    const inputs = { 'model-name': MODEL, 'training-data': without(1), comment: 'false' };
    const trained = await runInSandbox(sandbox, inputs);
    assert.equal(trained.exitCode, 0, trained.stdout);
    const before = (await registry()).production;
    // healthy until it serves through the stable endpoint: then every other call fails
    sandbox.bedrock.options.servingFaults = [
      { deployment: `${MODEL}-production`, modelArn: trained.outputs['custom-model-arn']!, errorRate: 0.5 },
    ];
    const promoted = await runInSandbox(
      sandbox,
      { ...inputs, command: 'promote', 'bedrock-role-arn': '', 'watch-minutes': '2' },
      release,
    );
    sandbox.bedrock.options.servingFaults = [];
    assert.equal(promoted.exitCode, 1, promoted.stdout);
    assert.equal(promoted.outputs.watch, 'rolled-back');
    assert.equal(promoted.outputs.promoted, 'false');
    assert.match(
      promoted.stdout,
      /::error::Version \d+ was promoted, then rolled back automatically: smoke run 1 through the endpoint: 10 of 20 calls failed/,
    );
    assert.match(promoted.summary, /### Watch after the swap: ❌ rolled back to version \d+/);
    // the smoke run breached before CloudWatch was read: no figure is made up
    assert.match(promoted.summary, /CloudWatch metrics not read yet; 1 smoke run\(s\)/);
    assert.doesNotMatch(promoted.summary, /0 invocations/);
    const r = await registry();
    assert.equal(r.production, before, 'production is the version before again');
    const failed = r.versions.at(-1)!;
    assert.equal(failed.customModelArn, trained.outputs['custom-model-arn']);
    assert.match(failed.rolledBack!.reason, /^smoke run 1 through the endpoint: 10 of 20 calls failed/);
    assert.equal(r.watch, undefined);
  });

  it('rolls back at once when the endpoint answers no call after the swap', async () => {
    const inputs = { 'model-name': MODEL, 'training-data': without(4), comment: 'false' };
    const trained = await runInSandbox(sandbox, inputs);
    assert.equal(trained.exitCode, 0, trained.stdout);
    const before = (await registry()).production;
    sandbox.bedrock.options.servingFaults = [
      { deployment: `${MODEL}-production`, modelArn: trained.outputs['custom-model-arn']!, errorRate: 1 },
    ];
    const promoted = await runInSandbox(
      sandbox,
      { ...inputs, command: 'promote', 'bedrock-role-arn': '', 'watch-minutes': '2' },
      release,
    );
    sandbox.bedrock.options.servingFaults = [];
    assert.equal(promoted.exitCode, 1, promoted.stdout);
    assert.match(
      promoted.stdout,
      /rolled back automatically: after the swap, the production endpoint answers no inference call/,
    );
    const r = await registry();
    assert.equal(r.production, before);
    assert.equal(r.versions.at(-1)!.customModelArn, trained.outputs['custom-model-arn']);
    assert.match(r.versions.at(-1)!.rolledBack!.reason, /^after the swap/);
  });

  it("rolls back on what CloudWatch reports: latency p95 past max-latency-ratio × production's", async () => {
    const inputs = { 'model-name': MODEL, 'training-data': without(2), comment: 'false' };
    const trained = await runInSandbox(sandbox, inputs);
    assert.equal(trained.exitCode, 0, trained.stdout);
    // every answer through the endpoint comes 250 ms late: no call fails, the metrics show it
    sandbox.bedrock.options.servingFaults = [
      {
        deployment: `${MODEL}-production`,
        modelArn: trained.outputs['custom-model-arn']!,
        errorRate: 0,
        extraLatencyMs: 250,
      },
    ];
    sandbox.calls.clear();
    const promoted = await runInSandbox(
      sandbox,
      { ...inputs, command: 'promote', 'bedrock-role-arn': '', 'watch-minutes': '2' },
      release,
    );
    sandbox.bedrock.options.servingFaults = [];
    assert.equal(promoted.exitCode, 1, promoted.stdout);
    assert.match(
      promoted.stdout,
      /rolled back automatically: latency p95 \d+ ms, over 2 × production's \d+ ms before the swap \('max-latency-ratio'\)/,
    );
    const queries = sandbox.calls.of('monitoring', 'GetMetricData');
    assert.ok(queries.length > 0);
    // asked by both values the ModelId dimension may take for a deployment
    const asked = JSON.stringify(queries[0]!.params);
    assert.match(asked, /custom-model-deployment\//);
    assert.match(asked, /custom-model\//);
  });

  it('throttled smoke calls are reported, never a rollback (third trust review, point 6)', async () => {
    // end users (or anyone sharing the account's quota) can make calls throttle; before, a throttled
    // smoke call was a failed one, and the watch rolled a good version back
    const inputs = { 'model-name': MODEL, 'training-data': without(4), comment: 'false' };
    const trained = await runInSandbox(sandbox, inputs);
    assert.equal(trained.exitCode, 0, trained.stdout);
    sandbox.bedrock.options.servingFaults = [
      {
        deployment: `${MODEL}-production`,
        modelArn: trained.outputs['custom-model-arn']!,
        errorRate: 0,
        throttleRate: 0.5,
      },
    ];
    const promoted = await runInSandbox(
      sandbox,
      { ...inputs, command: 'promote', 'bedrock-role-arn': '', 'watch-minutes': '2' },
      release,
    ).finally(() => (sandbox.bedrock.options.servingFaults = []));
    assert.equal(promoted.exitCode, 0, promoted.stdout);
    assert.equal(promoted.outputs.promoted, 'true', promoted.stdout);
    assert.equal(promoted.outputs.watch, 'passed');
    assert.match(
      promoted.stdout,
      /Smoke run 1: \d+ of 20 test records answered, \d+ throttled \(not counted as failures\)\./,
    );
    assert.match(promoted.summary, /\d+ smoke call\(s\) throttled \(the account's quota, not counted as failures\)/);
    // the latency bound's base is the endpoint's own p95 over the hour before the swap
    assert.match(promoted.summary, /\(the endpoint's p95 over the hour before the swap: \d+ ms\)/);
  });

  it('a watch a lost runner left unfinished is reported by the next promote', async () => {
    const r = await registry();
    await sandbox.s3.put(
      SANDBOX_BUCKET,
      `model-ci/registry/${MODEL}.json`,
      JSON.stringify({
        ...r,
        watch: { version: r.production, since: '2026-12-01T10:00:00Z', until: '2026-12-01T10:10:00Z' },
      }),
    );
    const promoted = await runInSandbox(
      sandbox,
      { 'model-name': MODEL, command: 'promote', 'bedrock-role-arn': '', comment: 'false', 'watch-minutes': '0' },
      release,
    );
    assert.match(
      promoted.stdout,
      /::warning::The watch of version \d+ after its promotion \(2026-12-01T10:00:00Z to 2026-12-01T10:10:00Z\) did not finish/,
    );
  });
});

describe('without invocation-logs and with watch-minutes 0', () => {
  it('promotes as before: no log read, no metric read, no replay in the summary', async () => {
    sandbox.calls.clear();
    const { promoted } = await trainAndPromote(without(3), { 'watch-minutes': '0' });
    assert.equal(promoted.exitCode, 0, promoted.stdout);
    assert.equal(sandbox.calls.of('monitoring', 'GetMetricData').length, 0);
    assert.ok(
      !sandbox.calls.of('s3', 'ListObjectsV2').some((c) => String(c.params.prefix ?? c.path).includes('bedrock-logs')),
    );
    assert.doesNotMatch(promoted.summary, /Shadow replay|Watch after the swap/);
    assert.equal(promoted.outputs.watch, 'off');
  });
});
