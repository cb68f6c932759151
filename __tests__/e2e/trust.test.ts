// The trust boundaries, tried the way an attacker with a pull request would, through the built
// action and the sandbox: each attack must end before anything touches AWS or production.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../../sandbox/runner.js';
import { BedrockClient, CreateModelCustomizationJobCommand } from '@aws-sdk/client-bedrock';
import type { S3Client } from '@aws-sdk/client-s3';
import {
  startSandbox,
  SANDBOX_BEDROCK_ROLE,
  SANDBOX_BUCKET,
  STATIC_CREDENTIAL,
  type Sandbox,
} from '../../sandbox/index.js';
import { S3Store } from '../../src/aws/s3-store.js';
import { trainingIdentity } from '../../src/training/launch.js';
import { scratchDir, settingsFor } from '../helpers/io.js';
import { cachePath } from '../../src/evaluation/cache.js';
import { loadTestSet } from '../../src/evaluation/testset.js';
import { issueCommentEvent, workflowRunEvent } from '../../sandbox/events.js';
import { runInSandbox } from '../helpers/action.js';

let sandbox: Sandbox;
before(async () => {
  sandbox = await startSandbox({ bedrock: { jobDurationMs: 400, deploymentMs: 50 } });
});
after(() => sandbox.stop());

const awsCalls = () =>
  sandbox.calls.of('s3').length + sandbox.calls.of('bedrock').length + sandbox.calls.of('sts').length;
const PRODUCTION = { 'bedrock-role-arn': '', 'training-data': '', 'test-data': '' };

describe('a fork never reaches AWS, whatever event carries it', () => {
  it('workflow_run triggered by a fork pull request', async () => {
    sandbox.calls.clear();
    const r = await runInSandbox(
      sandbox,
      {},
      { event: 'workflow_run', payload: workflowRunEvent('mallory/airline-models') },
    );
    assert.equal(r.exitCode, 1);
    assert.match(
      r.annotations.at(-1)!.message,
      /^This workflow_run's triggering run comes from a fork \(mallory\/airline-models\), so the action stops before touching AWS/,
    );
    assert.equal(awsCalls(), 0);
  });

  it('a /train comment on a fork pull request (the pull request is read to find out)', async () => {
    sandbox.github.state.pulls.set(9, {
      number: 9,
      headSha: 'f'.repeat(40),
      baseSha: 'b'.repeat(40),
      headRepo: 'mallory/airline-models',
      files: [],
    });
    sandbox.calls.clear();
    const r = await runInSandbox(sandbox, {}, { event: 'issue_comment', payload: issueCommentEvent(9) });
    assert.equal(r.exitCode, 1);
    assert.match(
      r.annotations.at(-1)!.message,
      /^This comment's pull request \(#9\) comes from a fork \(mallory\/airline-models\)/,
    );
    assert.equal(sandbox.calls.count('github', 'GetPullRequest'), 1);
    assert.equal(awsCalls(), 0);
  });

  it('an event whose origin cannot be established', async () => {
    sandbox.calls.clear();
    const r = await runInSandbox(sandbox, {}, { event: 'watch' });
    assert.equal(r.exitCode, 1);
    assert.match(
      r.annotations.at(-1)!.message,
      /^This run was triggered by 'watch', and bedrock-model-ci does not know where its code comes from/,
    );
    assert.equal(awsCalls(), 0);
  });

  it('the same workflow_run from the repository itself goes ahead', async () => {
    sandbox.calls.clear();
    const r = await runInSandbox(sandbox, { 'wait-minutes': '0', comment: 'false' }, { event: 'workflow_run' });
    assert.equal(r.exitCode, 0, r.stdout);
    assert.ok(awsCalls() > 0);
  });
});

describe("production is out of a pull request's reach", () => {
  it('promote on pull_request is refused before anything is read', async () => {
    sandbox.calls.clear();
    const r = await runInSandbox(sandbox, { command: 'promote', 'bedrock-role-arn': '' });
    assert.equal(r.exitCode, 1);
    assert.match(
      r.annotations.at(-1)!.message,
      /^'command: promote' changes production, so it runs only on push, release, workflow_dispatch or schedule on the default branch \(main\) or a release tag \(input 'release-tags': 'v\*'; or a 'release' event\); this run is 'pull_request' on 'refs\/pull\/7\/merge'/,
    );
    assert.equal(awsCalls(), 0);
  });

  it("rollback from a fork's pull_request_target run, even with allow-forks", async () => {
    sandbox.calls.clear();
    const fork = {
      pull_request: {
        number: 9,
        head: { sha: 'f'.repeat(40), repo: { full_name: 'mallory/airline-models' } },
        base: { sha: 'b'.repeat(40), repo: { full_name: 'octo-org/airline-models' } },
      },
    };
    const r = await runInSandbox(
      sandbox,
      { command: 'rollback', 'allow-forks': 'true', ...PRODUCTION },
      { event: 'pull_request_target', payload: fork },
    );
    assert.equal(r.exitCode, 1);
    assert.match(r.annotations.at(-1)!.message, /^'command: rollback' changes production/);
    assert.equal(awsCalls(), 0);
  });

  it('promote on a push to a branch other than the default', async () => {
    sandbox.calls.clear();
    const r = await runInSandbox(
      sandbox,
      { command: 'promote', 'bedrock-role-arn': '' },
      { event: 'push', payload: { ref: 'refs/heads/experiment' } },
    );
    assert.equal(r.exitCode, 1);
    assert.match(r.annotations.at(-1)!.message, /this run is 'push' on 'refs\/heads\/experiment'/);
    assert.equal(awsCalls(), 0);
  });

  it('promote dispatched on a tag any writer can push is refused; a release tag goes ahead', async () => {
    sandbox.calls.clear();
    const dispatch = (ref: string) => ({ event: 'workflow_dispatch' as const, payload: { ref, inputs: {} } });
    const r = await runInSandbox(
      sandbox,
      { command: 'promote', 'bedrock-role-arn': '' },
      dispatch('refs/tags/anything'),
    );
    assert.equal(r.exitCode, 1);
    assert.match(
      r.annotations.at(-1)!.message,
      /this run is 'workflow_dispatch' on 'refs\/tags\/anything'\. .*add the tag's pattern to 'release-tags' and protect it with a tag protection rule\./,
    );
    assert.equal(awsCalls(), 0);
    const custom = await runInSandbox(
      sandbox,
      { command: 'rollback', 'release-tags': 'release-*, v*', ...PRODUCTION },
      dispatch('refs/tags/release-2026-12'),
    );
    assert.match(custom.annotations.at(-1)!.message, /^There is no registry for 'atis'/);
    assert.ok(awsCalls() > 0);
  });

  it('rollback on a release (a tag) is the release workflow: it goes ahead', async () => {
    sandbox.calls.clear();
    const r = await runInSandbox(sandbox, { command: 'rollback', ...PRODUCTION }, { event: 'release' });
    // Nothing was promoted in this sandbox: the registry says so, which means AWS was reached.
    assert.equal(r.exitCode, 1);
    assert.match(r.annotations.at(-1)!.message, /^There is no registry for 'atis'/);
    assert.ok(awsCalls() > 0);
  });
});

describe('provenance is verified, not assumed', () => {
  it('bytes planted under the content address of the training data are found out before anything is launched', async () => {
    // Its own copy of the data (its own content address), so other tests in this sandbox are not affected.
    const data = readFileSync(path.join(ROOT, 'examples/atis-intents/train.jsonl'));
    const file = path.join(scratchDir('bmci-planted'), 'train.jsonl');
    writeFileSync(file, data.toString('utf8').replace('"flight"', '"airfare"'));
    const sha = createHash('sha256').update(readFileSync(file)).digest('hex');
    // Someone who could write under the prefix put other records where this data will go.
    const planted = data.toString('utf8').replace(/"text":"flight"/g, '"text":"airfare"');
    await sandbox.s3.put(SANDBOX_BUCKET, `model-ci/datasets/${sha}/train.jsonl`, planted);
    sandbox.calls.clear();
    const r = await runInSandbox(sandbox, { 'model-name': 'planted', 'training-data': path.relative(ROOT, file) });
    assert.equal(r.exitCode, 1);
    assert.match(
      r.annotations.at(-1)!.message,
      new RegExp(
        `^s3://${SANDBOX_BUCKET}/model-ci/datasets/${sha}/train.jsonl exists, but its bytes hash to sha256 [0-9a-f]{64}, not ${sha}: .*Nothing was launched`,
      ),
    );
    assert.equal(sandbox.calls.count('bedrock', 'CreateModelCustomizationJob'), 0);
  });

  it("file names with '#', '?', '%' and spaces make plain S3 keys", async () => {
    const dir = scratchDir('bmci-names');
    const file = path.join(dir, 'ATIS train #2 (50%)?.jsonl');
    writeFileSync(file, readFileSync(path.join(ROOT, 'examples/atis-intents/train.jsonl')));
    sandbox.calls.clear();
    const r = await runInSandbox(sandbox, {
      'model-name': 'names',
      'training-data': path.relative(ROOT, file),
      'wait-minutes': '0',
      comment: 'false',
    });
    assert.equal(r.exitCode, 0, r.stdout);
    const job = [...sandbox.bedrock.state.jobs.values()].find((j) => j.name === r.outputs['job-name'])!;
    const uri = (job.request.trainingDataConfig as { s3Uri: string }).s3Uri;
    assert.match(uri, /\/datasets\/[0-9a-f]{64}\/ATIS-train-2-50-.jsonl$/);
  });
});

describe('the verdict cannot be forged through the results cache', () => {
  it('forged all-correct results for a bad model do not promote it: promote evaluates the candidate itself', async () => {
    const model = 'forged';
    const lines = readFileSync(path.join(ROOT, 'examples/atis-intents/train.jsonl'), 'utf8').trim().split('\n');
    const labels = lines.map((l) => JSON.parse(l).messages[1].content[0].text as string);
    const bad = path.join(scratchDir('bmci-forged'), 'train-bad.jsonl');
    writeFileSync(
      bad,
      lines
        .map((l, i) =>
          i % 100 < 60
            ? l.replace(/"text":"[^"]*"}\]}\]}$/, `"text":"${labels[(i * 7 + 3) % labels.length]}"}]}]}`)
            : l,
        )
        .join('\n') + '\n',
    );
    const good = await runInSandbox(sandbox, { 'model-name': model, comment: 'false' });
    assert.equal(good.exitCode, 0, good.stdout);
    const promoted = await runInSandbox(
      sandbox,
      { command: 'promote', 'bedrock-role-arn': '', 'model-name': model },
      { event: 'push' },
    );
    assert.equal(promoted.outputs.promoted, 'true', promoted.stdout);
    const pr = await runInSandbox(sandbox, {
      'model-name': model,
      'training-data': path.relative(ROOT, bad),
      comment: 'false',
    });
    // The one gate (evaluation/gate.ts): significantly worse than production fails the PR by default.
    assert.equal(pr.exitCode, 1, pr.stdout);
    assert.equal(pr.outputs.passed, 'false');
    const badArn = pr.outputs['custom-model-arn']!;
    assert.ok(Number(pr.outputs.accuracy) < 0.8, `the bad model is bad: ${pr.outputs.accuracy}`);

    // With the PR's credentials: every test record "answered correctly", where caches are kept.
    const tests = await loadTestSet(path.join(ROOT, 'examples/atis-intents/test.jsonl'));
    const sha = createHash('sha256')
      .update(readFileSync(path.join(ROOT, 'examples/atis-intents/test.jsonl')))
      .digest('hex');
    const key = { modelKey: badArn, testSetSha256: sha, scorer: 'normalized' as const, maxTokens: 256 };
    const forged = JSON.stringify({
      ...key,
      createdAt: new Date().toISOString(),
      results: tests.map((t) => ({
        line: t.line,
        expected: t.expected,
        output: t.expected,
        correct: true,
        latencyMs: 1,
      })),
    });
    const own = cachePath(key, 'pr-7');
    for (const k of [own, own.replace('results/pr-7/', 'results/')])
      await sandbox.s3.put(SANDBOX_BUCKET, `model-ci/${k}`, forged);

    sandbox.calls.clear();
    const r = await runInSandbox(
      sandbox,
      { command: 'promote', 'bedrock-role-arn': '', 'model-name': model, 'training-data': path.relative(ROOT, bad) },
      { event: 'push' },
    );
    assert.equal(r.exitCode, 0, r.stdout);
    assert.equal(r.outputs.promoted, 'false');
    assert.ok(
      sandbox.calls.count('bedrock-runtime', 'Converse') >= tests.length,
      'the candidate was evaluated, not read from a cache',
    );
    assert.match(r.summary, /\| candidate `forged-[0-9a-f]{12}` \| [0-7]\d\.\d % \|/);
  });
});

describe("a job found by name is trusted only if it was created from this run's inputs", () => {
  it('a job squatted under the expected name, trained on other data, is neither reused nor promoted', async () => {
    const model = 'squatted';
    // The name this data and configuration train under, as anyone who reads the PR can compute it.
    const settings = settingsFor({ 'model-name': model, 'training-data': 'examples/atis-intents/train.jsonl' });
    const store = new S3Store({} as S3Client, { bucket: SANDBOX_BUCKET, prefix: 'model-ci' });
    const sha = createHash('sha256')
      .update(readFileSync(path.join(ROOT, 'examples/atis-intents/train.jsonl')))
      .digest('hex');
    const { base } = trainingIdentity(settings, store, [{ role: 'training', sha256: sha }]);
    // The squatter's job: other records, under that name.
    const other = readFileSync(path.join(ROOT, 'examples/atis-intents/train.jsonl'), 'utf8').replace(
      /"text":"flight"/g,
      '"text":"airfare"',
    );
    await sandbox.s3.put(SANDBOX_BUCKET, 'elsewhere/train.jsonl', other);
    const bedrock = new BedrockClient({
      region: 'us-east-1',
      endpoint: sandbox.endpoints.bedrock,
      credentials: STATIC_CREDENTIAL,
    });
    await bedrock.send(
      new CreateModelCustomizationJobCommand({
        jobName: `${base}`,
        customModelName: base,
        roleArn: SANDBOX_BEDROCK_ROLE,
        baseModelIdentifier: 'amazon.nova-micro-v1:0:128k',
        trainingDataConfig: { s3Uri: `s3://${SANDBOX_BUCKET}/elsewhere/train.jsonl` },
        outputDataConfig: { s3Uri: `s3://${SANDBOX_BUCKET}/model-ci/jobs/${base}/` },
      }),
    );
    bedrock.destroy();
    sandbox.calls.clear();
    const r = await runInSandbox(sandbox, { 'model-name': model, comment: 'false' });
    assert.equal(r.exitCode, 1);
    assert.match(
      r.annotations.at(-1)!.message,
      new RegExp(
        `^Training job ${base} has the name this data and configuration would train under, but its training data is s3://${SANDBOX_BUCKET}/elsewhere/train.jsonl, where this run would send s3://${SANDBOX_BUCKET}/model-ci/datasets/${sha}/train.jsonl`,
      ),
    );
    const promote = await runInSandbox(
      sandbox,
      { command: 'promote', 'bedrock-role-arn': '', 'model-name': model },
      { event: 'push' },
    );
    assert.equal(promote.exitCode, 1);
    assert.match(
      promote.annotations.at(-1)!.message,
      /has the name this data and configuration would train under, but its training data is/,
    );
    assert.equal(sandbox.calls.count('bedrock', 'CreateModelCustomizationJob'), 0);
  });
});
