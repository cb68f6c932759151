// The second security review's attacks on the verdict, through the built action and the sandbox:
// each test is one attack that worked before and must not now.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../../sandbox/runner.js';
import {
  BedrockClient,
  DeleteCustomModelDeploymentCommand,
  GetCustomModelDeploymentCommand,
} from '@aws-sdk/client-bedrock';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { SANDBOX_BUCKET, STATIC_CREDENTIAL, startSandbox, type Sandbox } from '../../sandbox/index.js';
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

describe("another pull request's numbers", () => {
  const BASE_RESULTS = 'model-ci/results/pr-7/amazon.nova-micro-v1-0/';
  const baseCalls = () =>
    sandbox.calls.of('bedrock-runtime', 'Converse').filter((c) => c.params.modelId === 'amazon.nova-micro-v1:0').length;

  it('base results planted in a pull request scope never reach a comment', async () => {
    const first = await runInSandbox(sandbox, { 'model-name': 'atis-planted' });
    assert.equal(first.exitCode, 0, first.stdout);
    const honest = first.outputs['base-accuracy'];
    // Anyone with the training role can write results/pr-*: plant a base model that is always wrong.
    const keys = await sandbox.s3.list(SANDBOX_BUCKET, BASE_RESULTS);
    assert.equal(keys.length, 1, keys.join());
    const cached = JSON.parse((await sandbox.s3.getText(SANDBOX_BUCKET, keys[0]!))!);
    cached.results = cached.results.map((r: object) => ({ ...r, output: 'x', correct: false }));
    await sandbox.s3.put(SANDBOX_BUCKET, keys[0]!, JSON.stringify(cached));
    sandbox.calls.clear();
    const again = await runInSandbox(sandbox, { 'model-name': 'atis-planted' });
    // before: base-accuracy 0.0000, read from the planted file
    assert.equal(again.outputs['base-accuracy'], honest);
    assert.ok(baseCalls() > 0, 'the base model is evaluated, not read from a pull request scope');
  });

  it('a release-role evaluate on the default branch fills the release scope, which pull requests read', async () => {
    const refresh = await runInSandbox(
      sandbox,
      { command: 'evaluate', 'model-name': 'atis-planted', 'bedrock-role-arn': '' },
      { event: 'schedule' },
    );
    assert.equal(refresh.exitCode, 0, refresh.stdout);
    assert.equal((await sandbox.s3.list(SANDBOX_BUCKET, 'model-ci/results/release/amazon.nova-micro-v1-0/')).length, 1);
    sandbox.calls.clear();
    const pr = await runInSandbox(sandbox, { 'model-name': 'atis-planted' });
    assert.equal(pr.exitCode, 0, pr.stdout);
    assert.equal(baseCalls(), 0);
  });
});

describe('production cannot be taken down from a pull request', () => {
  const bedrock = () =>
    new BedrockClient({ region: 'us-east-1', endpoint: sandbox.endpoints.bedrock, credentials: STATIC_CREDENTIAL });
  const promote = { command: 'promote', 'model-name': 'atis-prod', 'bedrock-role-arn': '' };

  it('the stable endpoint is tagged stage=production when it is created', async () => {
    const trained = await runInSandbox(sandbox, { 'model-name': 'atis-prod' });
    assert.equal(trained.exitCode, 0, trained.stdout);
    const r = await runInSandbox(sandbox, promote, { event: 'push' });
    assert.equal(r.outputs.promoted, 'true', r.stdout);
    const create = sandbox.calls
      .of('bedrock', 'CreateCustomModelDeployment')
      .find((c) => c.params.modelDeploymentName === 'atis-prod-production')!;
    assert.deepEqual(
      (create.params.tags as Array<{ key: string; value: string }>).find((t) => t.key === 'stage'),
      { key: 'stage', value: 'production' },
    );
  });

  it('a deleted endpoint is repaired by the next promote, not reported as production', async () => {
    const client = bedrock();
    await client.send(
      new DeleteCustomModelDeploymentCommand({ customModelDeploymentIdentifier: 'atis-prod-production' }),
    );
    const r = await runInSandbox(sandbox, promote, { event: 'push' });
    // before: "already production (version 1)" while nothing served it
    assert.equal(r.exitCode, 0, r.stdout);
    assert.equal(r.outputs.promoted, 'false');
    assert.match(
      r.stdout,
      /::warning::The registry names version 1 \(arn:[^)]+\) as production, but the production endpoint atis-prod-production does not exist: repairing it\./,
    );
    assert.match(
      r.stdout,
      /::notice::Not promoted: it is already production \(version 1\); the production endpoint atis-prod-production does not exist, so it was repaired and serves production again\./,
    );
    const endpoint = await client.send(
      new GetCustomModelDeploymentCommand({ customModelDeploymentIdentifier: 'atis-prod-production' }),
    );
    assert.equal(endpoint.status, 'Active');
    client.destroy();
  });
});

describe('what Bedrock trains on is what was reviewed', () => {
  const s3 = () =>
    new S3Client({
      region: 'us-east-1',
      endpoint: sandbox.endpoints.s3,
      forcePathStyle: true,
      credentials: STATIC_CREDENTIAL,
    });
  const inputs = { 'model-name': 'atis-swap' };

  it('uploads create-only and records the object version on the job', async () => {
    const r = await runInSandbox(sandbox, inputs);
    assert.equal(r.exitCode, 0, r.stdout);
    const key = [...sandbox.s3.versions.keys()].find((k) => k.includes('/datasets/') && k.endsWith('train.jsonl'))!;
    const [version] = sandbox.s3.versions.get(key)!;
    const create = sandbox.calls.of('bedrock', 'CreateModelCustomizationJob').at(-1)!;
    assert.deepEqual(
      (create.params.jobTags as Array<{ key: string; value: string }>).find((t) => t.key === 'training-data-version'),
      { key: 'training-data-version', value: version!.versionId },
    );
  });

  it('an object swapped and restored while the job read it stops the promotion, naming what differs', async () => {
    const key = [...sandbox.s3.versions.keys()].find((k) => k.includes('/datasets/') && k.endsWith('train.jsonl'))!;
    const objectKey = key.slice(SANDBOX_BUCKET.length + 1);
    const original = (await sandbox.s3.getBytes(SANDBOX_BUCKET, objectKey))!;
    const client = s3();
    // Overwritten with 40 more records while the job's validation stage ran, then put back.
    const extra = TRAIN.trim().split('\n').slice(0, 40).join('\n') + '\n';
    await client.send(
      new PutObjectCommand({ Bucket: SANDBOX_BUCKET, Key: objectKey, Body: original.toString() + extra }),
    );
    await client.send(new PutObjectCommand({ Bucket: SANDBOX_BUCKET, Key: objectKey, Body: original }));
    client.destroy();
    const r = await runInSandbox(sandbox, { ...inputs, command: 'promote', 'bedrock-role-arn': '' }, { event: 'push' });
    // before: promoted, with a registry entry naming the reviewed hash
    assert.equal(r.exitCode, 1, r.stdout);
    assert.match(
      r.annotations.at(-1)!.message,
      /^Training job atis-swap-\S+ is not promoted: s3:\/\/model-ci-sandbox\/model-ci\/datasets\/[0-9a-f]{64}\/train\.jsonl has 3 versions: it was written again after the run uploaded it/,
    );
    assert.equal(r.outputs.promoted, undefined);
  });
});
