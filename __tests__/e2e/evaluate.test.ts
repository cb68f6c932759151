// Evaluation and the report, through the built action and the sandbox: the comment reviewers
// decide from, the statistics, the gate, the cache, and cleanup of what evaluation deploys.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../../sandbox/runner.js';
import { BedrockClient, CreateCustomModelDeploymentCommand } from '@aws-sdk/client-bedrock';
import { startSandbox, SANDBOX_BUCKET, STATIC_CREDENTIAL, type Sandbox } from '../../sandbox/index.js';
import { ACTIONS_BOT } from '../../sandbox/github.js';
import { scratchDir } from '../helpers/io.js';
import { runInSandbox } from '../helpers/action.js';

let sandbox: Sandbox;
const MARKER = '<!-- bedrock-model-ci:atis -->';
const BASE_SHA = 'f0e1d2c3b4a5968778695a4b3c2d1e0f99887766';
const TRAIN = readFileSync(path.join(ROOT, 'examples/atis-intents/train.jsonl'), 'utf8');
const dir = scratchDir('bmci-eval');
/** The example with 30 % of training labels corrupted: a clearly worse model. */
const corrupted = path.join(dir, 'train-corrupted.jsonl');

before(async () => {
  sandbox = await startSandbox({ bedrock: { jobDurationMs: 400, deploymentMs: 50 } });
  const lines = TRAIN.trim()
    .split('\n')
    .map((l) => JSON.parse(l));
  const labels = lines.map((r) => r.messages[1].content[0].text);
  lines.forEach((r, i) => {
    if (i % 10 < 3) r.messages[1].content[0].text = labels[(i * 7 + 3) % labels.length];
  });
  writeFileSync(corrupted, lines.map((r) => JSON.stringify(r)).join('\n') + '\n');
});
after(() => sandbox.stop());

/** The model trained from the clean example (by the first test). */
let cleanArn = '';
const comments = () => (sandbox.github.state.comments.get(7) ?? []).filter((c) => c.body.includes(MARKER));
const converses = () => sandbox.calls.count('bedrock-runtime', 'Converse');

describe('run: evaluation and the PR comment', () => {
  it('posts one comment a reviewer can decide from, and sets the outputs', async () => {
    const r = await runInSandbox(sandbox, { 'min-accuracy': '0.9' });
    assert.equal(r.exitCode, 0, r.stdout);
    cleanArn = r.outputs['custom-model-arn']!;
    assert.equal(r.outputs.passed, 'true');
    assert.ok(Number(r.outputs.accuracy) > 0.95, r.outputs.accuracy);
    assert.ok(Math.abs(Number(r.outputs['base-accuracy']) - 0.41) < 0.05, r.outputs['base-accuracy']);
    assert.ok(Number(r.outputs['delta-vs-base']) > 50);
    assert.match(r.outputs['deployment-arn']!, /custom-model-deployment\//);
    const [comment] = comments();
    assert.equal(comments().length, 1);
    assert.equal(comment!.user.login, ACTIONS_BOT.login);
    assert.equal(
      r.outputs['comment-url'],
      `https://github.com/octo-org/airline-models/pull/7#issuecomment-${comment!.id}`,
    );
    const body = comment!.body;
    assert.match(body, /^<!-- bedrock-model-ci:atis -->\n## ✅ `atis`: candidate passes the gate — 9\d\.\d % accuracy/);
    assert.match(
      body,
      /\*\*Δ vs base: \+\d+\.\d pp\*\* \(95 % CI \+\d+\.\d pp … \+\d+\.\d pp\), \*\*significant\*\* \(p < 0\.001, exact McNemar on 300 paired records/,
    );
    assert.match(body, /✅ `min-accuracy` accuracy 9\d\.\d % ≥ 90\.0 %/);
    assert.match(body, /\| accuracy \| \*\*4\d\.\d %\*\* \(\d+\/300\) \| \*\*9\d\.\d %\*\*/);
    assert.match(body, /```mermaid\n---\nconfig:\n[\s\S]*?\n---\nxychart-beta\n/);
    assert.match(body, /^🟦 training loss/m);
    assert.match(body, /### Top confusions \(candidate\)|<details><summary>Failed examples/);
    assert.ok(body.length <= 65_536);
    const report = JSON.parse(readFileSync(r.outputs['report-path']!, 'utf8'));
    assert.equal(report.state, 'evaluated');
    assert.equal(report.evaluation.models.find((m: { role: string }) => m.role === 'candidate').results.length, 300);
    const s3 = await sandbox.s3.getText(SANDBOX_BUCKET, report.location.s3.replace(`s3://${SANDBOX_BUCKET}/`, ''));
    assert.ok(s3 && JSON.parse(s3).modelName === 'atis', 'the report is in S3 too');
    assert.ok(
      r.summary.includes(body.replace(`${MARKER}\n`, '')),
      'the job summary has the same report, after the validation summary',
    );
    const deployments = sandbox.calls.of('bedrock', 'CreateCustomModelDeployment').length;
    assert.equal(deployments, 1);
    assert.equal(
      sandbox.calls.count('bedrock', 'DeleteCustomModelDeployment'),
      1,
      'the evaluation deployment is deleted',
    );
  });

  it('a test set that overlaps training (as public ATIS does) trains with default inputs and reports accuracy on the unseen records', async () => {
    // Real intent benchmarks share short utterances between test and training: 13 of ATIS's 893.
    const test = readFileSync(path.join(ROOT, 'examples/atis-intents/test.jsonl'), 'utf8');
    const shared = TRAIN.trim()
      .split('\n')
      .filter((_, i) => i % 100 === 0); // 20 training records
    const overlapping = path.join(dir, 'test-overlap.jsonl');
    writeFileSync(overlapping, test + shared.join('\n') + '\n');
    const r = await runInSandbox(sandbox, { 'test-data': overlapping, comment: 'false' });
    assert.equal(r.exitCode, 0, r.stdout);
    const leaks = r.annotations.filter((a) => a.message.includes('[leak/test-in-training]'));
    assert.equal(leaks.length, 20);
    assert.ok(leaks.every((a) => a.level === 'warning'));
    assert.match(leaks[0]!.message, /Evaluation reports accuracy on the test records not seen in training/);
    const report = JSON.parse(readFileSync(r.outputs['report-path']!, 'utf8'));
    const unseen = report.evaluation.unseen;
    assert.equal(unseen.records, 300);
    assert.equal(unseen.seen, 20);
    const candidate = unseen.models.find((m: { role: string }) => m.role === 'candidate').metrics;
    assert.equal(r.outputs['accuracy-unseen'], candidate.accuracy.toFixed(4));
    assert.equal(candidate.answered, 300);
    assert.ok(unseen.vsBase.n === 300 && unseen.vsBase.deltaPp > 40, JSON.stringify(unseen.vsBase));
    assert.match(
      r.summary,
      /- 🔁 20 of 320 test records also occur in training \(`leak\/test-in-training`\): on the 300 not seen in training the candidate scores \*\*9\d\.\d %\*\* \(the gate decides on these\), \+\d+\.\d pp vs base \(95 % CI/,
    );
    assert.match(
      r.summary,
      /\| accuracy, not seen in training \(300\) \| 4\d\.\d % \(\d+\/300\) \| 9\d\.\d % \(\d+\/300\) \|/,
    );

    const strict = await runInSandbox(sandbox, { 'test-data': overlapping, leakage: 'error', comment: 'false' });
    assert.equal(strict.exitCode, 1);
    assert.match(strict.stdout, /Dataset validation failed: 20 error\(s\) \(leak\/test-in-training ×20\)/);
  });

  it('an identical re-run updates the same comment; the candidate comes from its cache, base is evaluated again', async () => {
    sandbox.calls.clear();
    const r = await runInSandbox(sandbox, { 'min-accuracy': '0.9' });
    assert.equal(r.exitCode, 0, r.stdout);
    // base's results are believed only from the release scope (none here): every pull request's
    // scope can be written by anyone holding the training role
    assert.equal(converses(), 300);
    assert.equal(comments().length, 1);
    assert.ok(r.log.some((l) => /results for this test set, scorer and settings are in the cache/.test(l)));
    assert.match(comments()[0]!.body, /\| evaluated \| [^|]+ \| cached result \|/);
  });

  it('finds its comment past the first page, ignores humans quoting the marker, and heals a lost race', async () => {
    const mine = comments()[0]!;
    for (let i = 0; i < 120; i++)
      sandbox.github.state.addComment(7, i === 5 ? `quoting ${MARKER}` : `review comment ${i}`, {
        login: 'dana-ml',
        id: 5150,
        type: 'User',
      });
    sandbox.github.state.addComment(7, `${MARKER}\nstale duplicate from a run that lost a race`);
    const r = await runInSandbox(sandbox, {});
    assert.equal(r.exitCode, 0, r.stdout);
    const ours = comments().filter((c) => c.user.login === ACTIONS_BOT.login);
    assert.deepEqual(
      ours.map((c) => c.id),
      [mine.id],
      'one comment, the oldest, updated in place',
    );
    assert.ok(
      comments().some((c) => c.user.login === 'dana-ml'),
      "a human's comment is left alone",
    );
    assert.ok(
      sandbox.calls.of('github', 'ListIssueComments').some((c) => c.params.page === '2'),
      'it read past the first page',
    );
  });

  it('a refused comment write (403, as on forks) is a warning, not a failure', async () => {
    sandbox.github.options.forbidCommentWrites = true;
    try {
      const r = await runInSandbox(sandbox, {});
      assert.equal(r.exitCode, 0, r.stdout);
      assert.ok(
        r.annotations.some(
          (a) =>
            a.level === 'warning' &&
            /Could not write the PR comment: the token may not write to pull requests/.test(a.message),
        ),
      );
      assert.match(r.summary, /candidate/);
    } finally {
      sandbox.github.options.forbidCommentWrites = false;
    }
  });

  it('writes the comment first, then fails the gate naming the condition', async () => {
    const r = await runInSandbox(sandbox, { 'min-accuracy': '0.999' });
    assert.equal(r.exitCode, 1);
    assert.equal(r.outputs.passed, 'false');
    assert.match(comments()[0]!.body, /^<!-- bedrock-model-ci:atis -->\n## ❌ `atis`: candidate fails the gate/);
    assert.match(
      r.annotations.at(-1)!.message,
      /^The candidate fails the gate: 'min-accuracy': accuracy 9\d\.\d % < 99\.9 %\./,
    );
  });

  it('on push, reports in the job summary only', async () => {
    const before = comments()[0]!.body;
    const r = await runInSandbox(sandbox, {}, { event: 'push' });
    assert.equal(r.exitCode, 0, r.stdout);
    assert.equal(r.outputs['comment-url'], undefined);
    assert.equal(comments()[0]!.body, before);
    assert.match(r.summary, /## ✅ `atis`/);
  });
});

describe('run: production model, statistics and cleanup', () => {
  let championArn = '';

  it('compares with the production version from the registry, and gates on max-regression', async () => {
    const trained = await runInSandbox(sandbox, {
      'model-name': 'atis-old',
      'training-data': corrupted,
      comment: 'false',
    });
    assert.equal(trained.exitCode, 0, trained.stdout);
    championArn = trained.outputs['custom-model-arn']!;
    await sandbox.s3.put(
      SANDBOX_BUCKET,
      'model-ci/registry/atis.json',
      JSON.stringify({
        schema: 1,
        modelName: 'atis',
        production: 1,
        versions: [
          {
            version: 1,
            customModelArn: championArn,
            jobName: trained.outputs['job-name'],
            jobArn: trained.outputs['job-arn'],
            datasetHash: trained.outputs['dataset-hash'],
            createdAt: '2026-11-01T00:00:00Z',
          },
        ],
        history: [],
      }),
    );
    const r = await runInSandbox(sandbox, { 'max-regression': '1' });
    assert.equal(r.exitCode, 0, r.stdout);
    const champion = Number(r.outputs['champion-accuracy']);
    assert.ok(champion > 0.7 && champion < 0.97, `champion ${champion}`);
    assert.ok(Number(r.outputs['delta-vs-champion']) > 2);
    const body = comments()[0]!.body;
    assert.match(
      body,
      /\*\*Δ vs production: \+\d+\.\d pp\*\* \(95 % CI [+−]\d+\.\d pp … \+\d+\.\d pp\), \*\*significant\*\*/,
    );
    assert.match(body, /\| \| base \(amazon\.nova-micro-v1:0\) \| production \(v1\) \| candidate/);
    assert.match(body, /✅ `max-regression` Δ vs production \+\d+\.\d pp ≥ −1 pp/);
    assert.match(body, /### Labels whose F1 changed most \(vs production\)/);
  });

  it('refuses a candidate worse than production by more than max-regression', async () => {
    await sandbox.s3.put(
      SANDBOX_BUCKET,
      'model-ci/registry/worse.json',
      JSON.stringify({
        schema: 1,
        modelName: 'worse',
        production: 1,
        versions: [
          {
            version: 1,
            customModelArn: cleanArn,
            jobName: 'x',
            jobArn: 'x',
            datasetHash: 'x',
            createdAt: '2026-11-01T00:00:00Z',
          },
        ],
        history: [],
      }),
    );
    const r = await runInSandbox(sandbox, { 'model-name': 'worse', 'training-data': corrupted, 'max-regression': '2' });
    assert.equal(r.exitCode, 1);
    assert.match(
      r.annotations.at(-1)!.message,
      /^The candidate fails the gate: 'max-regression': Δ vs production −\d+\.\d pp < −2 pp\./,
    );
  });

  it('loses no record to throttling during evaluation (a per-second quota)', async () => {
    sandbox.faults['bedrock-runtime'].faults = { rpm: 60, windowMs: 1000 };
    try {
      const r = await runInSandbox(sandbox, {
        'model-name': 'atis-throttled',
        'compare-base': 'false',
        comment: 'false',
        'eval-concurrency': '16',
      });
      assert.equal(r.exitCode, 0, r.stdout);
      const report = JSON.parse(readFileSync(r.outputs['report-path']!, 'utf8'));
      const candidate = report.evaluation.models.find((m: { role: string }) => m.role === 'candidate');
      assert.equal(candidate.metrics.errors, 0);
      assert.equal(candidate.metrics.answered, 300);
      assert.ok(sandbox.calls.of('bedrock-runtime', 'Converse').some((c) => c.fault === 'throttle'));
    } finally {
      sandbox.faults['bedrock-runtime'].faults = {};
    }
  });

  it('cancelled during evaluation: the evaluation deployment and the Provisioned Throughput are deleted', async () => {
    const evalLeft = () => [...sandbox.bedrock.state.deployments.values()].filter((d) => d.name.endsWith('-eval'));
    const ptLeft = () => [...sandbox.bedrock.state.provisioned.values()].filter((p) => p.name.endsWith('-eval-pt'));
    sandbox.faults['bedrock-runtime'].faults = { latencyMs: 200 };
    try {
      const r = await runInSandbox(
        sandbox,
        { 'model-name': 'atis-cancel-eval', 'compare-base': 'false', comment: 'false' },
        { cancelWhen: (line) => / deployed on demand as /.test(line) },
      );
      assert.equal(r.exitCode, 1);
      assert.equal(r.state.cancelled, 'true');
      assert.deepEqual(evalLeft(), [], 'no evaluation deployment is left');
      assert.deepEqual(JSON.parse(r.state['eval-resources']!), [], 'the state says nothing is left');

      sandbox.bedrock.options.onDemandUnsupported = true;
      const pt = await runInSandbox(
        sandbox,
        { 'model-name': 'atis-cancel-pt', 'compare-base': 'false', comment: 'false' },
        { cancelWhen: (line) => /Provisioned Throughput .* is in service/.test(line) },
      );
      assert.equal(pt.exitCode, 1);
      assert.deepEqual(ptLeft(), [], 'no Provisioned Throughput is left (billed by the hour)');
    } finally {
      sandbox.bedrock.options.onDemandUnsupported = false;
      sandbox.faults['bedrock-runtime'].faults = {};
    }
  });

  it("deletes this model's evaluation resources that a dead runner left more than 6 hours ago, and nothing else", async () => {
    const bedrock = new BedrockClient({
      region: 'us-east-1',
      endpoint: sandbox.endpoints.bedrock,
      credentials: STATIC_CREDENTIAL,
    });
    const tags = (model: string) => [
      { key: 'managed-by', value: 'bedrock-model-ci' },
      { key: 'model-name', value: model },
      { key: 'purpose', value: 'evaluation' },
    ];
    const make = async (name: string, model: string, ageMs: number) => {
      const { customModelDeploymentArn } = await bedrock.send(
        new CreateCustomModelDeploymentCommand({ modelDeploymentName: name, modelArn: cleanArn, tags: tags(model) }),
      );
      (sandbox.bedrock.state.deployments.get(customModelDeploymentArn!) as { created: number }).created =
        Date.now() - ageMs;
      return customModelDeploymentArn!;
    };
    const stale = await make('atis-stale-0123456789ab-eval', 'atis-stale', 7 * 3_600_000);
    const recent = await make('atis-stale-ba9876543210-eval', 'atis-stale', 60_000);
    const other = await make('atis-stale-other-1234567890ab-eval', 'atis-stale-other', 7 * 3_600_000);
    bedrock.destroy();
    const r = await runInSandbox(sandbox, { 'model-name': 'atis-stale', 'compare-base': 'false', comment: 'false' });
    assert.equal(r.exitCode, 0, r.stdout);
    const left = sandbox.bedrock.state.deployments;
    assert.ok(!left.has(stale), 'the stale one of this model is deleted');
    assert.ok(left.has(recent) && left.has(other), "a recent one, and another model's, are left alone");
    assert.ok(
      r.annotations.some(
        (a) =>
          a.level === 'warning' &&
          /^Deleted evaluation deployment atis-stale-0123456789ab-eval, left over by an earlier run/.test(a.message),
      ),
    );
  });

  it('falls back to Provisioned Throughput where on-demand is unavailable, and always deletes it', async () => {
    sandbox.bedrock.options.onDemandUnsupported = true;
    try {
      sandbox.calls.clear();
      const ok = await runInSandbox(sandbox, { 'model-name': 'atis-pt', 'compare-base': 'false', comment: 'false' });
      assert.equal(ok.exitCode, 0, ok.stdout);
      assert.match(ok.outputs['deployment-arn']!, /provisioned-model\//);
      assert.equal(sandbox.calls.count('bedrock', 'DeleteProvisionedModelThroughput'), 1);
      assert.ok(
        ok.annotations.some(
          (a) =>
            a.level === 'notice' &&
            /Provisioned Throughput .* billed by the hour and deleted after the evaluation/.test(a.message),
        ),
      );
      // Evaluation that fails still deletes it.
      sandbox.faults['bedrock-runtime'].faults = { errors: 1 };
      sandbox.calls.clear();
      const failing = await runInSandbox(sandbox, {
        'model-name': 'atis-pt2',
        'compare-base': 'false',
        comment: 'false',
        'training-data': corrupted,
      });
      assert.equal(failing.exitCode, 1);
      assert.match(
        failing.annotations.at(-1)!.message,
        /^Evaluation of candidate \(atis-pt2-[0-9a-f]{12}\) failed: \d+ calls failed after retries \(more than 6 of 300 allowed\), so it stopped; the first, on test line \d+: (InternalServerException|ServiceUnavailableException)/,
      );
      assert.equal(sandbox.calls.count('bedrock', 'CreateProvisionedModelThroughput'), 1);
      assert.equal(sandbox.calls.count('bedrock', 'DeleteProvisionedModelThroughput'), 1);
      assert.equal(sandbox.bedrock.state.provisioned.size, 0, 'no Provisioned Throughput is left behind');
    } finally {
      sandbox.bedrock.options.onDemandUnsupported = false;
      sandbox.faults['bedrock-runtime'].faults = {};
    }
  });

  it('keeps the evaluation deployment with keep-deployment: true', async () => {
    sandbox.calls.clear();
    const r = await runInSandbox(sandbox, {
      'model-name': 'atis-keep',
      'compare-base': 'false',
      comment: 'false',
      'keep-deployment': 'true',
    });
    assert.equal(r.exitCode, 0, r.stdout);
    assert.equal(sandbox.calls.count('bedrock', 'DeleteCustomModelDeployment'), 0);
    assert.ok([...sandbox.bedrock.state.deployments.values()].some((d) => d.arn === r.outputs['deployment-arn']));
  });
});

describe('run: training not finished, and command: evaluate', () => {
  it('says training is in progress in the comment when the job is handed over', async () => {
    const slow = await runInSandbox(sandbox, { 'wait-minutes': '0.001', hyperparameters: 'epochCount: 3' });
    assert.equal(slow.exitCode, 0, slow.stdout);
    assert.equal(slow.outputs['job-status'], 'InProgress');
    assert.match(
      comments()[0]!.body,
      /^<!-- bedrock-model-ci:atis -->\n## ⏳ `atis`: training in progress\n\nTraining job \[`atis-[0-9a-f]{12}`\]\(.*\) is \*\*InProgress\*\*, started 20\d\d-/,
    );
  });

  it('evaluate finds the model trained from the same data, trains nothing, and reports', async () => {
    sandbox.calls.clear();
    const r = await runInSandbox(sandbox, { command: 'evaluate', 'bedrock-role-arn': '' });
    assert.equal(r.exitCode, 0, r.stdout);
    assert.equal(sandbox.calls.count('bedrock', 'CreateModelCustomizationJob'), 0);
    assert.equal(
      sandbox.calls.count('s3', 'PutObject') -
        sandbox.calls.of('s3', 'PutObject').filter((c) => String(c.params.Key).includes('/results/')).length,
      0,
      'no dataset is uploaded',
    );
    assert.ok(r.log.some((l) => /^Candidate: atis-[0-9a-f]{12}, trained from this data\./.test(l)));
    assert.match(comments()[0]!.body, /## ✅ `atis`: candidate/);
  });

  it('shows what the PR changed in the data, read at the base commit', async () => {
    const lines = TRAIN.trim().split('\n');
    const base = lines
      .slice(0, -10)
      .map((l, i) => (i < 3 ? l.replace(/"text":"([a-z_+]+)"\}\]\}\]\}$/, '"text":"airline"}]}]}') : l));
    base.push(
      '{"schemaVersion":"bedrock-conversation-2024","messages":[{"role":"user","content":[{"text":"a query removed by the PR"}]},{"role":"assistant","content":[{"text":"flight"}]}]}',
    );
    sandbox.github.state.files.set(BASE_SHA, new Map([['examples/atis-intents/train.jsonl', `${base.join('\n')}\n`]]));
    const r = await runInSandbox(sandbox, {});
    assert.equal(r.exitCode, 0, r.stdout);
    const body = comments()[0]!.body;
    assert.match(
      body,
      /### What this PR changed in the data\n\nAgainst the base branch \(`f0e1d2c`, read through the GitHub API\):/,
    );
    assert.match(body, /\| `examples\/atis-intents\/train\.jsonl` \(training\) \| 1991 → 2000 \| 10 \| 1 \| 3 \|/);
    assert.match(body, /\| `examples\/atis-intents\/test\.jsonl` \(test\) \| new: 300 \|/);
    assert.match(body, /Relabeled in `examples\/atis-intents\/train\.jsonl`: .*\(`airline` → `/);
    assert.ok(sandbox.calls.of('github', 'GetContent').length >= 2);
  });
});
