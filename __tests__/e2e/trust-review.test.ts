// The second security review's attacks on the verdict, through the built action and the sandbox:
// each test is one attack that worked before and must not now.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../../sandbox/runner.js';
import { startSandbox, type Sandbox } from '../../sandbox/index.js';
import { scratchDir } from '../helpers/io.js';
import { runInSandbox } from '../helpers/action.js';

let sandbox: Sandbox;
const dir = scratchDir('bmci-review');
const TRAIN = readFileSync(path.join(ROOT, 'examples/atis-intents/train.jsonl'), 'utf8');
const TEST = readFileSync(path.join(ROOT, 'examples/atis-intents/test.jsonl'), 'utf8');

before(async () => {
  sandbox = await startSandbox({ bedrock: { jobDurationMs: 400, deploymentMs: 50 } });
});
after(() => sandbox.stop());

describe('leaked test records cannot buy a pass', () => {
  const leaked = path.join(dir, 'train-with-the-test-set.jsonl');
  const inputs = { 'model-name': 'atis-leaked', 'training-data': leaked, 'min-accuracy': '0.9' };

  it('a training file holding every test record fails the gate: nothing measures skill', async () => {
    writeFileSync(leaked, TRAIN + TEST);
    const r = await runInSandbox(sandbox, inputs);
    // before: 100 % on memorized records passed 'min-accuracy 0.9', and accuracy-unseen was 0.0000
    assert.equal(r.exitCode, 1, r.stdout);
    assert.match(
      r.stdout,
      /::error::The candidate fails the gate: 'leakage': every test record \(300\) also occurs in training: nothing measures skill\. Keep test records out of the training data\./,
    );
    assert.equal(r.outputs['accuracy-unseen'], '');
    assert.equal(r.outputs.passed, 'false');
    assert.match(r.summary, /every one of them, so nothing measures skill and the gate fails/);
  });

  it('promote refuses it too', async () => {
    const r = await runInSandbox(sandbox, { ...inputs, command: 'promote', 'bedrock-role-arn': '' }, { event: 'push' });
    assert.equal(r.exitCode, 0, r.stdout);
    assert.equal(r.outputs.promoted, 'false');
    assert.match(
      r.stdout,
      /::notice::Not promoted: every test record \(300\) also occurs in training: nothing measures skill/,
    );
  });

  it('with some records leaked, the gate decides on the unseen ones', async () => {
    const half = path.join(dir, 'train-with-half.jsonl');
    const lines = TEST.trim().split('\n');
    writeFileSync(half, TRAIN + lines.slice(0, 150).join('\n') + '\n');
    const r = await runInSandbox(sandbox, { ...inputs, 'training-data': half, 'min-accuracy': '0.99' });
    assert.equal(r.exitCode, 1, r.stdout);
    assert.match(
      r.annotations.at(-1)!.message,
      /'min-accuracy': accuracy on the 150 test records not in training \d+\.\d % < 99\.0 %/,
    );
    assert.match(r.outputs['accuracy-unseen']!, /^0\.\d{4}$/);
    assert.notEqual(r.outputs['accuracy-unseen'], r.outputs.accuracy);
  });
});

describe('the token estimate counts what Bedrock bills', () => {
  it('tool specs, tool calls and results count: 4 MB of tool descriptions do not pass max-training-tokens', async () => {
    const records = readFileSync(path.join(ROOT, '__tests__/fixtures/datasets/valid-nova2-tools.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    const bulky = path.join(dir, 'tools-bulky.jsonl');
    const description = 'Searches flights by origin, destination and date. '.repeat(400); // 20,000 characters
    for (const r of records) r.toolConfig.tools[0].toolSpec.description = description;
    writeFileSync(bulky, records.map((r) => JSON.stringify(r)).join('\n') + '\n');
    const common = {
      'model-name': 'tools-bulky',
      'base-model': 'amazon.nova-2-lite-v1:0:256k',
      'test-data': '__tests__/fixtures/datasets/valid-nova2-tools.jsonl',
      'max-training-tokens': '200000',
      leakage: 'off',
    };
    sandbox.calls.clear();
    const r = await runInSandbox(sandbox, { ...common, 'training-data': bulky });
    // before: system prompts and text blocks only, about 12,000 billed tokens, and the job was launched
    assert.equal(r.exitCode, 1, r.stdout);
    const billed = Number(r.outputs['training-tokens']);
    assert.ok(billed > 2 * 200 * 5_000, `${billed}`);
    assert.match(
      r.stdout,
      /::error::The training would bill about [\d,]+ tokens .* more than 'max-training-tokens' 200,000\./,
    );
    assert.equal(sandbox.calls.count('bedrock', 'CreateModelCustomizationJob'), 0);
  });
});
