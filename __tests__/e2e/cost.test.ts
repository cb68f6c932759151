// What a pull request costs, through the built action and the sandbox's Pricing endpoint (the real
// SDK client, JSON 1.1): the estimate before any upload, the ceilings, prices from the price list,
// from `prices`, or not at all, inference per 1,000 requests, and Legacy models.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { SANDBOX_BUCKET, startSandbox, type Sandbox } from '../../sandbox/index.js';
import { runInSandbox } from '../helpers/action.js';

let sandbox: Sandbox;
before(async () => {
  sandbox = await startSandbox({ bedrock: { jobDurationMs: 400, deploymentMs: 50 } });
});
after(() => sandbox.stop());

const comment = (model: string) =>
  (sandbox.github.state.comments.get(7) ?? []).find((c) => c.body.includes(`<!-- bedrock-model-ci:${model} -->`))!.body;
const datasetUploads = () =>
  sandbox.calls.of('s3', 'PutObject').filter((c) => String(c.params.Key).includes('/datasets/')).length;

describe('training cost and inference cost', () => {
  let tokens = 0;

  it('estimates training before the upload and shows what each model costs per 1,000 requests', async () => {
    sandbox.calls.clear();
    const r = await runInSandbox(sandbox, { 'model-name': 'atis-cost', hyperparameters: 'epochCount: 3' });
    assert.equal(r.exitCode, 0, r.stdout);
    tokens = Number(r.outputs['training-tokens']);
    const report = JSON.parse(readFileSync(r.outputs['report-path']!, 'utf8'));
    const training = report.cost.training;
    assert.equal(tokens, training.tokens * 3, 'tokens × epochCount');
    // Nova Micro's training price in the sandbox's price list: $0.001 per 1,000 tokens
    assert.equal(Number(r.outputs['training-cost']), Number(((tokens / 1000) * 0.001).toFixed(4)));
    assert.equal(training.price.source, 'USE1-NovaMicro-Customization-Training');
    assert.equal(training.price.publicationDate, '2026-11-01');
    assert.equal(training.storage.usd, 1.95);
    // the price list was read through its API: discovered usage types, then products
    assert.ok(sandbox.calls.count('pricing', 'GetAttributeValues') >= 1);
    assert.ok(sandbox.calls.count('pricing', 'GetProducts') >= 4);
    // cost was looked up before the dataset went up
    const firstPrice = sandbox.calls.calls.findIndex((c) => c.service === 'pricing');
    const firstUpload = sandbox.calls.calls.findIndex(
      (c) => c.service === 's3' && c.operation === 'PutObject' && String(c.params.Key).includes('/datasets/'),
    );
    assert.ok(firstPrice < firstUpload);

    const base = report.cost.inference.models.find((m: { role: string }) => m.role === 'base');
    const m = report.evaluation.models.find((x: { role: string }) => x.role === 'base').metrics.tokens;
    assert.ok(Math.abs(base.per1kRequests - (m.meanInput * 0.000035 + m.meanOutput * 0.00014)) < 1e-12);
    const body = comment('atis-cost');
    assert.match(
      body,
      /- 💲 Cost: training about \\\$0\.\d+ \([\d,]+ billed tokens\) · inference \\\$0\.\d+ per 1,000 requests \(AWS Price List of 2026-11-01\)\./,
    );
    assert.match(body, /\| cost per 1,000 requests \| \\\$0\.\d+ \| \\\$0\.\d+ \|/);
    assert.match(
      body,
      /\| training cost \(estimate\) \| about \\\$0\.\d+: [\d,]+ training tokens × 3 epochs = [\d,]+ billed tokens at \\\$0\.001 per 1,000 tokens \(USE1-NovaMicro-Customization-Training, price list of 2026-11-01\) \|/,
    );
    assert.match(body, /\| model storage \| \\\$1\.95 per month while the custom model exists \|/);
    assert.match(body, /this evaluation's model calls cost about \\\$0\.\d+/);
  });

  it('reads the prices from its S3 cache for a day: no second price-list call', async () => {
    sandbox.calls.clear();
    const r = await runInSandbox(sandbox, { 'model-name': 'atis-cost', hyperparameters: 'epochCount: 3' });
    assert.equal(r.exitCode, 0, r.stdout);
    assert.equal(sandbox.calls.of('pricing').length, 0);
    assert.equal(r.outputs['training-tokens'], String(tokens));
  });

  it('a forged cache (price 0, fetched in 2099, a mention for a date) is not believed: the price list is read again', async () => {
    // The run's role caches under its own name; the old shared path is not read at all.
    const own = 'model-ci/pricing/github-model-ci/us-east-1.json';
    const cached = JSON.parse((await sandbox.s3.getText(SANDBOX_BUCKET, own))!);
    const forged = {
      ...cached,
      fetchedAt: '2099-01-01T00:00:00.000Z',
      prices: Object.fromEntries(
        Object.entries(cached.prices as Record<string, object | null>).map(([k, p]) => [
          k,
          p && { ...p, usd: 0, publicationDate: '@octocat' },
        ]),
      ),
    };
    await sandbox.s3.put(SANDBOX_BUCKET, own, JSON.stringify(forged));
    await sandbox.s3.put(SANDBOX_BUCKET, 'model-ci/pricing/us-east-1.json', JSON.stringify(forged));
    sandbox.calls.clear();
    const r = await runInSandbox(sandbox, {
      'model-name': 'atis-forged',
      hyperparameters: 'epochCount: 3',
      'max-training-cost': '0.0001',
    });
    // before: "training-cost=0" passed the ceiling and the job was launched
    assert.equal(r.exitCode, 1, r.stdout);
    assert.match(
      r.stdout,
      /The cached price book pricing\/github-model-ci\/us-east-1\.json is not used \(fetchedAt 2099-01-01T00:00:00\.000Z is in the future\)/,
    );
    assert.match(r.stdout, /::error::The training would cost about \$\d+\.\d+: .* at \$0\.001 per 1,000 tokens/);
    assert.ok(sandbox.calls.count('pricing', 'GetProducts') >= 1);
    assert.equal(sandbox.calls.count('bedrock', 'CreateModelCustomizationJob'), 0);
    assert.doesNotMatch(r.stdout + r.summary, /@octocat/);
    // a cache that is only a day old but prices at 0 is not believed either
    await sandbox.s3.put(SANDBOX_BUCKET, own, JSON.stringify({ ...forged, fetchedAt: new Date().toISOString() }));
    const again = await runInSandbox(sandbox, { 'model-name': 'atis-forged', 'max-training-cost': '0.0001' });
    assert.equal(again.exitCode, 1);
    assert.match(again.stdout, /is not used \(the price of USE1-[\w.-]+ is not a positive price\)/);
  });

  it('the candidate’s change vs production, in percent', async () => {
    const promote = await runInSandbox(
      sandbox,
      { command: 'promote', 'model-name': 'atis-cost', hyperparameters: 'epochCount: 3', 'bedrock-role-arn': '' },
      { event: 'push' },
    );
    assert.equal(promote.exitCode, 0, promote.stdout);
    const r = await runInSandbox(sandbox, { 'model-name': 'atis-cost', hyperparameters: 'epochCount: 2' });
    assert.equal(r.exitCode, 0, r.stdout);
    assert.match(comment('atis-cost'), /inference \\\$0\.\d+ per 1,000 requests \([+−]\d+\.\d % vs production\)/);
  });
});

describe('ceilings: refused before anything is uploaded or launched', () => {
  it('max-training-cost names the estimate, its parts and the input', async () => {
    sandbox.calls.clear();
    const r = await runInSandbox(sandbox, {
      'model-name': 'atis-budget',
      hyperparameters: 'epochCount: 5',
      'max-training-cost': '0.0001',
    });
    assert.equal(r.exitCode, 1);
    assert.match(
      r.stdout,
      /::error::The training would cost about \$\d+\.\d+: [\d,]+ training tokens × 5 epochs = [\d,]+ billed tokens at \$0\.001 per 1,000 tokens \(USE1-NovaMicro-Customization-Training, price list of 2026-11-01\), more than 'max-training-cost' \$0\.0001\. .*Nothing was uploaded and no job was started\./,
    );
    assert.equal(datasetUploads(), 0);
    assert.equal(sandbox.calls.count('bedrock', 'CreateModelCustomizationJob'), 0);
  });

  it('max-eval-cost: the evaluation is estimated and refused before any upload or model call', async () => {
    sandbox.calls.clear();
    const r = await runInSandbox(sandbox, { 'model-name': 'atis-eval-budget', 'max-eval-cost': '0.000001' });
    assert.equal(r.exitCode, 1, r.stdout);
    assert.match(
      r.annotations.at(-1)!.message,
      /^The evaluation would cost up to \$0\.\d+ \(2 models × 300 test records \([\d,]+ input tokens, up to 256 output tokens each\)\), more than 'max-eval-cost' \$0\.000001\. .*No model was called\./,
    );
    assert.match(r.outputs['eval-cost']!, /^0\.\d{4}$/);
    assert.equal(datasetUploads(), 0);
    assert.equal(sandbox.calls.count('bedrock-runtime', 'Converse'), 0);
    // without a price it fails closed, like max-training-cost
    sandbox.pricing.state.denied = true;
    try {
      const closed = await runInSandbox(sandbox, {
        'model-name': 'atis-eval-budget-2',
        's3-uri': 's3://model-ci-sandbox/no-price-cache',
        'max-eval-cost': '1000',
      });
      assert.equal(closed.exitCode, 1);
      assert.match(
        closed.annotations.at(-1)!.message,
        /^'max-eval-cost' is 1000 USD, but no inference price was found for/,
      );
    } finally {
      sandbox.pricing.state.denied = false;
    }
  });

  it('a test set over max-test-mb is refused before it is read', async () => {
    sandbox.calls.clear();
    const r = await runInSandbox(sandbox, { 'model-name': 'atis-big-test', 'max-test-mb': '0.01' });
    assert.equal(r.exitCode, 1);
    const big = r.annotations.find((a) => a.message.includes('[size/test-too-large]'))!;
    assert.match(big.message, /^The test set is 0\.\d MB, more than 'max-test-mb' \(0\.01 MB\); it was not read\./);
    assert.equal(big.file, 'examples/atis-intents/test.jsonl');
    assert.equal(sandbox.calls.of('s3').length + sandbox.calls.of('bedrock').length, 0);
  });

  it('max-training-tokens, without prices', async () => {
    sandbox.calls.clear();
    const r = await runInSandbox(sandbox, { 'model-name': 'atis-budget', 'max-training-tokens': '1000' });
    assert.equal(r.exitCode, 1);
    assert.match(
      r.stdout,
      /::error::The training would bill about [\d,]+ tokens \([\d,]+ training tokens × 2 epochs\), more than 'max-training-tokens' 1,000\./,
    );
    assert.equal(datasetUploads(), 0);
  });

  it('a price from input prices overrides the price list', async () => {
    const r = await runInSandbox(sandbox, {
      'model-name': 'atis-negotiated',
      prices: 'amazon.nova-micro-v1:0:128k:\n  training-per-1k-tokens: 0.5\n',
      'max-training-cost': '1000',
    });
    assert.equal(r.exitCode, 0, r.stdout);
    const report = JSON.parse(readFileSync(r.outputs['report-path']!, 'utf8'));
    assert.equal(report.cost.training.price.source, "input 'prices'");
    assert.equal(
      Number(r.outputs['training-cost']),
      Number(((Number(r.outputs['training-tokens']) / 1000) * 0.5).toFixed(4)),
    );
  });

  it('with no price found: the tokens still show, no cost is invented, and a ceiling refuses (fail closed)', async () => {
    sandbox.pricing.state.denied = true;
    try {
      sandbox.calls.clear();
      const refused = await runInSandbox(sandbox, {
        'model-name': 'atis-noprice',
        'aws-region': 'us-east-1',
        's3-uri': 's3://model-ci-sandbox/other-prefix',
        'max-training-cost': '100',
      });
      assert.equal(refused.exitCode, 1);
      assert.match(
        refused.stdout,
        /::warning::Could not read the AWS Price List: AccessDeniedException: .*not authorized to perform: pricing:GetAttributeValues/,
      );
      assert.match(
        refused.stdout,
        /::error::'max-training-cost' is 100 USD, but no training price was found for amazon\.nova-micro-v1:0:128k .* the run is refused\. Supply the price with input 'prices'/,
      );
      assert.equal(datasetUploads(), 0);

      const r = await runInSandbox(sandbox, {
        'model-name': 'atis-noprice',
        's3-uri': 's3://model-ci-sandbox/other-prefix',
      });
      assert.equal(r.exitCode, 0, r.stdout);
      assert.equal(r.outputs['training-cost'], '');
      assert.ok(Number(r.outputs['training-tokens']) > 0);
      const body = comment('atis-noprice');
      assert.match(body, /- 💲 Cost: training [\d,]+ billed tokens \(no price found\)\./);
      assert.match(body, /\| cost per 1,000 requests \| no price \| no price \|/);
      assert.match(
        body,
        /no price found for `amazon\.nova-micro-v1:0`, `amazon\.nova-micro-v1:0:128k` \(input `prices` can supply one\)/,
      );
    } finally {
      sandbox.pricing.state.denied = false;
    }
  });

  it('RFT: the hourly rate before the job, and after it the cost from its duration', async () => {
    const r = await runInSandbox(sandbox, {
      'model-name': 'arith-cost',
      'training-data': 'examples/rft-arithmetic/train.jsonl',
      'test-data': 'examples/rft-arithmetic/test.jsonl',
      'base-model': 'amazon.nova-2-lite-v1:0:256k',
      'customization-type': 'rft',
      'grader-lambda-arn': 'arn:aws:lambda:us-east-1:123456789012:function:rft-arithmetic-grader',
      scorer: 'grader',
    });
    assert.equal(r.exitCode, 0, r.stdout);
    assert.match(
      r.stdout,
      /Training: RFT is billed by the hour: \$80\.00 per hour \(USE1-Nova2\.0Lite-RFT-Training-Hours/,
    );
    const report = JSON.parse(readFileSync(r.outputs['report-path']!, 'utf8'));
    const t = report.cost.training;
    const hours = (Date.parse(report.training.endedAt) - Date.parse(report.training.startedAt)) / 3600_000;
    assert.ok(Math.abs(t.actual.cost - hours * 80) < 1e-9);
    assert.equal(r.outputs['training-cost'], t.actual.cost.toFixed(4));
    assert.match(comment('arith-cost'), /\| training, after the job \| \d+\.\d min: \\\$0\.\d+ at the hourly rate \|/);

    const refused = await runInSandbox(sandbox, {
      'model-name': 'arith-cost2',
      'training-data': 'examples/rft-arithmetic/train.jsonl',
      'test-data': 'examples/rft-arithmetic/test.jsonl',
      'base-model': 'amazon.nova-2-lite-v1:0:256k',
      'customization-type': 'rft',
      'grader-lambda-arn': 'arn:aws:lambda:us-east-1:123456789012:function:rft-arithmetic-grader',
      'max-training-cost': '50',
    });
    assert.equal(refused.exitCode, 1);
    assert.match(
      refused.stdout,
      /::error::'max-training-cost' is set, but RFT is billed by the hour .* Remove 'max-training-cost' for RFT, or bound it with 'max-training-tokens'/,
    );
  });
});

describe('model lifecycle', () => {
  it('a Legacy teacher is named, with its end of life, in the log and the comment', async () => {
    const r = await runInSandbox(sandbox, {
      'customization-type': 'distillation',
      'teacher-model': 'amazon.nova-premier-v1:0:1000k',
      'model-name': 'atis-legacy',
    });
    assert.equal(r.exitCode, 0, r.stdout);
    assert.match(
      r.stdout,
      /::warning::The teacher amazon\.nova-premier-v1:0 \('teacher-model'\) is in AWS's Legacy state; its end of life was 2026-09-14\. Bedrock may refuse it at any time: move to a current model\./,
    );
    assert.match(
      comment('atis-legacy'),
      /- ⚠️ The teacher amazon\.nova-premier-v1:0 \('teacher-model'\) is in AWS's Legacy state; its end of life was 2026-09-14/,
    );
    assert.ok(
      sandbox.calls
        .of('bedrock', 'GetFoundationModel')
        .some((c) => c.path.endsWith('amazon.nova-premier-v1%3A0') || c.path.endsWith('amazon.nova-premier-v1:0')),
    );
  });

  it('a model Bedrock does not offer stops the run before the upload', async () => {
    sandbox.calls.clear();
    const r = await runInSandbox(sandbox, {
      'model-name': 'atis-gone',
      'base-model-inference-id': 'amazon.nova-nano-v1:0',
    });
    assert.equal(r.exitCode, 1);
    assert.match(
      r.stdout,
      /::error::The base model amazon\.nova-nano-v1:0 \('base-model'\) is not a foundation model Bedrock offers in us-east-1: Could not resolve the foundation model/,
    );
    assert.equal(datasetUploads(), 0);
  });
});
