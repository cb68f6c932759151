// `command: monitor` through the built action and the sandbox: one model-health issue per model,
// created once and updated in place, opened when something needs action and closed when all is
// well; the base model's end of life, drift of production's traffic from the test set, and what
// serving it costs, from the calls the sandbox actually served.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { BedrockRuntimeClient, ConverseCommand } from '@aws-sdk/client-bedrock-runtime';
import { ROOT } from '../../sandbox/runner.js';
import { startSandbox, SANDBOX_BUCKET, type Sandbox } from '../../sandbox/index.js';
import { STATIC_CREDENTIAL } from '../../sandbox/auth.js';
import { runInSandbox } from '../helpers/action.js';

const MODEL = 'atis-health';
const LOGS = `s3://${SANDBOX_BUCKET}/bedrock-logs`;
let sandbox: Sandbox;
const release = { event: 'schedule' as const };
const SYSTEM = JSON.parse(
  readFileSync(path.join(ROOT, 'examples/atis-intents/train.jsonl'), 'utf8').split('\n')[0]!,
).system;

const monitorRun = (extra: Record<string, string> = {}) =>
  runInSandbox(
    sandbox,
    {
      command: 'monitor',
      'model-name': MODEL,
      'training-data': '',
      'bedrock-role-arn': '',
      'invocation-logs': LOGS,
      ...extra,
    },
    release,
  );
const issues = () => [...sandbox.github.state.issues.values()].filter((i) => i.title === `Model health: ${MODEL}`);

/** Requests as production's users send them, to the stable endpoint. */
async function traffic(texts: readonly string[]): Promise<void> {
  const registry = JSON.parse((await sandbox.s3.getText(SANDBOX_BUCKET, `model-ci/registry/${MODEL}.json`))!);
  const client = new BedrockRuntimeClient({
    region: 'us-east-1',
    endpoint: sandbox.endpoints.runtime,
    credentials: STATIC_CREDENTIAL,
  });
  for (let i = 0; i < texts.length; i += 16)
    await Promise.all(
      texts.slice(i, i + 16).map((text) =>
        client.send(
          new ConverseCommand({
            modelId: registry.endpoint.deploymentArn,
            system: SYSTEM,
            messages: [{ role: 'user', content: [{ text }] }],
            inferenceConfig: { maxTokens: 50 },
          }),
        ),
      ),
    );
  client.destroy();
  await sandbox.monitoring.deliver();
}
// Production's usual traffic: requests like the ones the model was trained for (the example's
// training prompts, every fifth), which the simulated model answers as the test set expects.
const usual = readFileSync(path.join(ROOT, 'examples/atis-intents/train.jsonl'), 'utf8')
  .trim()
  .split('\n')
  .filter((_, i) => i % 5 === 0)
  .map((l) => JSON.parse(l).messages[0].content[0].text as string);

before(async () => {
  sandbox = await startSandbox({
    bedrock: { jobDurationMs: 300, deploymentMs: 50 },
    monitoring: { invocationLogging: { bucket: SANDBOX_BUCKET, prefix: 'bedrock-logs' } },
  });
  const trained = await runInSandbox(sandbox, { 'model-name': MODEL, comment: 'false' });
  assert.equal(trained.exitCode, 0, trained.stdout);
  const promoted = await runInSandbox(
    sandbox,
    { command: 'promote', 'model-name': MODEL, 'bedrock-role-arn': '', 'watch-minutes': '0' },
    { event: 'push' },
  );
  assert.equal(promoted.outputs.promoted, 'true', promoted.stdout);
  await traffic(usual);
});
after(() => sandbox.stop());

describe('command: monitor', () => {
  it('a healthy model: one issue, closed, status ok, with every figure', async () => {
    sandbox.calls.clear();
    const r = await monitorRun();
    assert.equal(r.exitCode, 0, r.stdout);
    assert.equal(r.outputs.status, 'ok');
    assert.equal(issues().length, 1);
    const issue = issues()[0]!;
    assert.equal(issue.state, 'closed');
    assert.match(issue.body, /^<!-- bedrock-model-ci:health:atis-health -->\n## ✅ `atis-health`: healthy/);
    assert.match(issue.body, /\| `amazon\.nova-micro-v1:0` \| base model \| ACTIVE \|/);
    assert.match(
      issue.body,
      /of production's \d+ requests of the last 7 days, sampled uniformly: \*\*\d+\.\d %\*\* are far from every test prompt/,
    );
    assert.ok(Number(r.outputs.drift) < 0.1, r.outputs.drift);
    // cost: the sandbox's served tokens × the price book's custom-model prices
    const served = sandbox.monitoring.served.filter(
      (c) => c.modelId.includes('custom-model-deployment') && c.status === 200,
    );
    const registry = JSON.parse((await sandbox.s3.getText(SANDBOX_BUCKET, `model-ci/registry/${MODEL}.json`))!);
    const production = served.filter((c) => c.modelId === registry.endpoint.deploymentArn);
    const tokensIn = production.reduce((a, c) => a + c.inputTokens, 0);
    const tokensOut = production.reduce((a, c) => a + c.outputTokens, 0);
    assert.match(
      issue.body,
      new RegExp(
        `${production.length} invocations, 0 server errors \\(0\\.0 %\\) ✅, ${tokensIn.toLocaleString('en-US')} input and ${tokensOut.toLocaleString('en-US')} output tokens`,
      ),
    );
    const priced = sandbox.pricing.state;
    void priced;
    assert.ok(Number(r.outputs['monthly-cost']) > 0);
    assert.match(issue.body, /Model storage: 1 custom model\(s\) of this action/);
    assert.match(r.summary, /## ✅ `atis-health`: healthy/);
  });

  it('a second run updates the same issue, with a line per run', async () => {
    const r = await monitorRun();
    assert.equal(r.exitCode, 0, r.stdout);
    assert.equal(issues().length, 1, 'never a new issue per run');
    assert.equal([...issues()[0]!.body.matchAll(/^- .* UTC · ✅ ok$/gm)].length, 2);
  });

  it('base model Legacy with end of life in 20 days: the issue reopens with the date and the retrain suggestion', async () => {
    const eol = new Date(Date.now() + 20.5 * 86_400_000).toISOString();
    sandbox.bedrock.options.foundationModels = {
      'amazon.nova-micro-v1:0': { legacy: { since: '2026-11-01T00:00:00Z', endOfLife: eol } },
    };
    try {
      const r = await monitorRun();
      assert.equal(r.exitCode, 0, r.stdout);
      assert.equal(r.outputs.status, 'action-needed');
      assert.equal(r.outputs['eol-date'], eol.slice(0, 10));
      const issue = issues()[0]!;
      assert.equal(issue.state, 'open');
      assert.match(issue.body, /## 🚨 `atis-health`: action needed/);
      assert.match(
        issue.body,
        new RegExp(
          `The base model amazon\\.nova-micro-v1:0 is LEGACY, end of life ${eol.slice(0, 10)} \\(20 days\\): retrain on amazon\\.nova-2-lite-v1:0:256k`,
        ),
      );
      // fail-on lets a team page on it
      const paged = await monitorRun({ 'fail-on': 'action-needed' });
      assert.equal(paged.exitCode, 1);
      assert.match(
        paged.stdout,
        /::error::Model health of 'atis-health' is 'action-needed' \('fail-on: action-needed'\)/,
      );
    } finally {
      sandbox.bedrock.options.foundationModels = undefined;
    }
  });

  it('traffic with an intent the test set lacks: drift past the threshold, with examples escaped and personal data withheld', async () => {
    const novel = Array.from({ length: 60 }, (_, i) =>
      i % 3 === 0
        ? `can i bring my dog in the cabin on trip ${i}`
        : i % 3 === 1
          ? `i lost my baggage at the airport, case ${i}`
          : i === 2
            ? 'change my seat to an aisle seat, write to jane.doe@example.com'
            : `change my seat to an aisle seat please ${i} <b>urgent</b>`,
    );
    await traffic(novel);
    const r = await monitorRun();
    assert.equal(r.exitCode, 0, r.stdout);
    assert.equal(r.outputs.status, 'warning');
    assert.ok(Number(r.outputs.drift) > 0.1, r.outputs.drift);
    const issue = issues()[0]!;
    assert.equal(issue.state, 'open');
    assert.match(issue.body, /are far from every test prompt \(over 'max-drift' 10\.0 %\): add such requests/);
    assert.match(issue.body, /Requests least like the test set/);
    assert.match(issue.body, /\\<b\\>urgent\\</);
    assert.doesNotMatch(issue.body, /jane\.doe@example\.com/);
  });
});
