// The trust boundaries, tried the way an attacker with a pull request would, through the built
// action and the sandbox: each attack must end before anything touches AWS or production.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../../sandbox/runner.js';
import { startSandbox, SANDBOX_BUCKET, type Sandbox } from '../../sandbox/index.js';
import { scratchDir } from '../helpers/io.js';
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
      /^'command: promote' changes production, so it runs only on push, release, workflow_dispatch or schedule on the default branch \(main\) or a tag; this run is 'pull_request' on 'refs\/pull\/7\/merge'/,
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
    const data = readFileSync(path.join(ROOT, 'examples/atis-intents/train.jsonl'));
    const sha = createHash('sha256').update(data).digest('hex');
    // Someone who could write under the prefix put other records where this data will go.
    const planted = data.toString('utf8').replace(/"text":"flight"/g, '"text":"airfare"');
    await sandbox.s3.put(SANDBOX_BUCKET, `model-ci/datasets/${sha}/train.jsonl`, planted);
    sandbox.calls.clear();
    const r = await runInSandbox(sandbox, { 'model-name': 'planted' });
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
