// `command: run` up to a trained model: the built dist/index.js and its post step, run as the
// runner runs them, against the sandbox, with GitHub OIDC and STS for credentials.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../../sandbox/runner.js';
import { startSandbox, SANDBOX_BUCKET, type Sandbox } from '../../sandbox/index.js';
import { masked, printed, runInSandbox } from '../helpers/action.js';
import { scratchDir } from '../helpers/io.js';

let sandbox: Sandbox;
before(async () => {
  sandbox = await startSandbox({
    bedrock: {
      jobDurationMs: 1500,
      failJobs: [
        {
          nameContains: 'doomed',
          message: 'Data processing failed: the training instance ran out of memory (simulated).',
        },
      ],
    },
  });
});
after(() => sandbox.stop());

const count = (service: Parameters<Sandbox['calls']['count']>[0], op?: string) => sandbox.calls.count(service, op);
/** Dataset uploads only: a run also writes its report and cached results. */
const uploads = () =>
  [...sandbox.calls.of('s3', 'PutObject'), ...sandbox.calls.of('s3', 'UploadPart')].filter((c) =>
    String(c.params.Key).startsWith('model-ci/datasets/'),
  ).length;

describe('run: training', () => {
  let firstJob = '';

  it('trains the example: OIDC → STS, content-addressed upload, one job, outputs, tags', async () => {
    sandbox.calls.clear();
    const r = await runInSandbox(sandbox, {});
    assert.equal(r.exitCode, 0, r.stdout + r.stderr);
    assert.equal(r.outputs['job-status'], 'Completed');
    assert.match(r.outputs['job-name']!, /^atis-[0-9a-f]{12}$/);
    assert.match(r.outputs['custom-model-arn']!, /^arn:aws:bedrock:us-east-1:123456789012:custom-model\//);
    assert.equal(r.outputs.records, '2000');
    firstJob = r.outputs['job-name']!;
    assert.equal(count('bedrock', 'CreateModelCustomizationJob'), 1);
    assert.ok(count('sts', 'AssumeRoleWithWebIdentity') >= 1);
    assert.ok(count('github', 'GetIdToken') >= 1);
    const hash = r.outputs['dataset-hash']!;
    const body = await sandbox.s3.getBytes(SANDBOX_BUCKET, `model-ci/datasets/${hash}/train.jsonl`);
    assert.ok(
      body?.equals(readFileSync(path.join(ROOT, 'examples/atis-intents/train.jsonl'))),
      'uploaded byte for byte under datasets/<sha256>/',
    );
    const create = sandbox.calls.of('bedrock', 'CreateModelCustomizationJob')[0]!.params;
    assert.equal(create.clientRequestToken, firstJob);
    assert.equal(
      (create.outputDataConfig as { s3Uri: string }).s3Uri,
      `s3://${SANDBOX_BUCKET}/model-ci/jobs/${firstJob}/`,
    );
    const { 'training-data-version': version, ...tags } = Object.fromEntries(
      (create.jobTags as Array<{ key: string; value: string }>).map((t) => [t.key, t.value]),
    );
    // the object's version in the (versioned) bucket, for promote to verify
    assert.equal(
      version,
      sandbox.s3.versions.get(`${SANDBOX_BUCKET}/model-ci/datasets/${hash}/train.jsonl`)![0]!.versionId,
    );
    assert.deepEqual(tags, {
      'managed-by': 'bedrock-model-ci',
      'model-name': 'atis',
      repository: 'octo-org/airline-models',
      'pull-request': '7',
      commit: 'a1b2c3d4e5f60718293a4b5c6d7e8f9001122334',
      'dataset-hash': hash,
      'workflow-run': 'https://github.com/octo-org/airline-models/actions/runs/4242',
    });
    assert.equal(r.state['job-arn'], sandbox.bedrock.state.jobs.get(firstJob)!.arn);
    assert.ok(
      r.log.some((l) => /training: InProgress → Completed/.test(l)),
      'stage transitions are logged',
    );
    const out = printed(r);
    for (const secret of [sandbox.github.options.token, sandbox.oidcEnv.ACTIONS_ID_TOKEN_REQUEST_TOKEN])
      assert.ok(!out.includes(secret), 'no token is printed');
    assert.doesNotMatch(out, /ASIA[0-9A-F]{16}/, 'no access key is printed');
    const secrets = masked(r);
    assert.ok(secrets.includes(sandbox.github.options.token), 'the GitHub token is masked');
    assert.ok(
      secrets.some((s) => /^eyJ/.test(s)),
      'the OIDC token is masked',
    );
    assert.ok(
      secrets.some((s) => /^ASIA/.test(s)) && secrets.some((s) => s.startsWith('IQoJ')),
      'the access key and session token are masked',
    );
    // the account id is masked too (as configure-aws-credentials' mask-aws-account-id does): the runner
    // writes *** wherever an ARN shows it; a credential is never printed at all
    assert.ok(secrets.includes('123456789012'), 'the account id is masked');
    for (const s of secrets.filter((x) => !/^\d{12}$/.test(x)))
      assert.ok(!out.includes(s), 'a masked credential never appears in the log');
  });

  it('an identical re-run uploads 0 bytes and creates 0 jobs', async () => {
    sandbox.calls.clear();
    const r = await runInSandbox(sandbox, {});
    assert.equal(r.exitCode, 0, r.stdout);
    assert.equal(r.outputs['job-name'], firstJob);
    assert.equal(uploads(), 0);
    assert.equal(count('bedrock', 'CreateModelCustomizationJob'), 0);
    assert.ok(r.log.some((l) => l.includes(`Found training job ${firstJob} (Completed)`)));
  });

  it('changed data trains a new job', async () => {
    const dir = scratchDir('bmci-data');
    const lines = readFileSync(path.join(ROOT, 'examples/atis-intents/train.jsonl'), 'utf8').trim().split('\n');
    writeFileSync(path.join(dir, 'train.jsonl'), `${lines.slice(1).join('\n')}\n`);
    sandbox.calls.clear();
    const r = await runInSandbox(sandbox, { 'training-data': path.join(dir, 'train.jsonl') });
    assert.equal(r.exitCode, 0, r.stdout);
    assert.notEqual(r.outputs['job-name'], firstJob);
    assert.equal(count('bedrock', 'CreateModelCustomizationJob'), 1);
    assert.equal(uploads(), 1);
  });

  it('hands a running job over at the deadline, and the next run resumes it without a second job', async () => {
    sandbox.calls.clear();
    const first = await runInSandbox(sandbox, { 'model-name': 'atis-slow', 'wait-minutes': '0.005' });
    assert.equal(first.exitCode, 0, first.stdout);
    assert.equal(first.outputs['job-status'], 'InProgress');
    const notice = first.annotations.find((a) => a.level === 'notice' && /still InProgress/.test(a.message));
    assert.ok(notice, 'a notice says how the next run resumes');
    assert.match(notice.message, /the next run with the same data finds this job/);
    const second = await runInSandbox(sandbox, { 'model-name': 'atis-slow' });
    assert.equal(second.exitCode, 0, second.stdout);
    assert.equal(second.outputs['job-status'], 'Completed');
    assert.equal(second.outputs['job-name'], first.outputs['job-name']);
    assert.equal(count('bedrock', 'CreateModelCustomizationJob'), 1);
  });

  it("fails the step with Bedrock's failureMessage when the job fails, and retries on request", async () => {
    const r = await runInSandbox(sandbox, { 'model-name': 'doomed' });
    assert.equal(r.exitCode, 1);
    assert.match(
      r.annotations.at(-1)!.message,
      /^Training job doomed-[0-9a-f]{12} failed: Data processing failed: the training instance ran out of memory \(simulated\)\./,
    );
    const again = await runInSandbox(sandbox, { 'model-name': 'doomed' });
    assert.match(
      again.annotations.at(-1)!.message,
      /for this data failed: .*Nothing new was started\..*'retry-failed: true' to start attempt 2/,
    );
    sandbox.calls.clear();
    const retried = await runInSandbox(sandbox, { 'model-name': 'doomed', 'retry-failed': 'true' });
    assert.match(retried.outputs['job-name']!, /^doomed-[0-9a-f]{12}-r2$/);
    assert.equal(count('bedrock', 'CreateModelCustomizationJob'), 1);
  });

  it('stops the job when the workflow is cancelled with stop-on-cancel: true', async () => {
    sandbox.calls.clear();
    // long enough that the post step finds it running, however loaded the machine is
    const jobDurationMs = sandbox.bedrock.options.jobDurationMs;
    sandbox.bedrock.options.jobDurationMs = 60_000;
    const r = await runInSandbox(
      sandbox,
      { 'model-name': 'atis-cancel', 'stop-on-cancel': 'true' },
      { cancelWhen: (line) => line.startsWith('::group::Wait for training') },
    ).finally(() => (sandbox.bedrock.options.jobDurationMs = jobDurationMs));
    assert.equal(r.exitCode, 1);
    assert.equal(r.state.cancelled, 'true');
    assert.equal(count('bedrock', 'StopModelCustomizationJob'), 1);
    assert.ok(
      r.post!.annotations.some(
        (a) =>
          a.level === 'notice' &&
          /^Stopped training job atis-cancel-[0-9a-f]{12} because the workflow was cancelled/.test(a.message),
      ),
    );
    const job = [...sandbox.bedrock.state.jobs.values()].find((j) => j.name.startsWith('atis-cancel'))!;
    assert.ok(['Stopping', 'Stopped'].includes(job.status));
  });

  it('leaves the job running when cancelled without stop-on-cancel', async () => {
    sandbox.calls.clear();
    const r = await runInSandbox(
      sandbox,
      { 'model-name': 'atis-keep' },
      { cancelWhen: (line) => line.startsWith('::group::Wait for training') },
    );
    assert.equal(r.exitCode, 1);
    assert.equal(count('bedrock', 'StopModelCustomizationJob'), 0);
    assert.ok(
      r.post!.log.some((l) => /keeps running \('stop-on-cancel' is false\)/.test(l)),
      r.post!.stdout,
    );
  });

  it('rides out throttling and 5xx storms on every service', async () => {
    sandbox.faults.bedrock.faults = { throttle: 0.3, errors: 0.2 };
    sandbox.faults.s3.faults = { throttle: 0.2, errors: 0.2 };
    sandbox.faults.sts.faults = { errors: 0.3 };
    try {
      sandbox.calls.clear();
      const r = await runInSandbox(sandbox, { 'model-name': 'atis-storm' });
      assert.equal(r.exitCode, 0, r.stdout);
      assert.equal(r.outputs['job-status'], 'Completed');
      assert.ok(sandbox.calls.calls.filter((c) => c.fault).length >= 3, 'faults were injected');
      assert.equal(
        count('bedrock', 'CreateModelCustomizationJob') -
          sandbox.calls.of('bedrock', 'CreateModelCustomizationJob').filter((c) => c.fault).length,
        1,
        'one job, however many retries',
      );
    } finally {
      sandbox.faults.bedrock.faults = {};
      sandbox.faults.s3.faults = {};
      sandbox.faults.sts.faults = {};
    }
  });

  it('survives credentials that expire mid-wait (a new OIDC token and a new assume)', async () => {
    sandbox.sts.options.credentialTtlSeconds = 1;
    sandbox.sts.options.declaredTtlSeconds = 3600;
    try {
      sandbox.calls.clear();
      const r = await runInSandbox(sandbox, { 'model-name': 'atis-expiry' });
      assert.equal(r.exitCode, 0, r.stdout);
      assert.equal(r.outputs['job-status'], 'Completed');
      assert.ok(count('sts', 'AssumeRoleWithWebIdentity') >= 2, 'credentials were renewed');
      assert.ok(count('github', 'GetIdToken') >= 2, 'with a fresh OIDC token');
      assert.ok(
        sandbox.calls.of('bedrock').some((c) => c.status === 403),
        'an expired session was refused along the way',
      );
    } finally {
      sandbox.sts.options.credentialTtlSeconds = 3600;
      sandbox.sts.options.declaredTtlSeconds = undefined;
    }
  });

  it('distils with the teacher as the customization table spells it, sending the id Bedrock invokes', async () => {
    sandbox.calls.clear();
    const r = await runInSandbox(sandbox, {
      'customization-type': 'distillation',
      'teacher-model': 'amazon.nova-premier-v1:0:1000k',
      'model-name': 'atis-distilled',
      'wait-minutes': '0',
    });
    assert.equal(r.exitCode, 0, r.stdout);
    const job = [...sandbox.bedrock.state.jobs.values()].find((j) => j.name === r.outputs['job-name'])!;
    const config = job.request.customizationConfig as {
      distillationConfig: { teacherModelConfig: { teacherModelIdentifier: string } };
    };
    assert.equal(job.request.customizationType, 'DISTILLATION');
    assert.equal(config.distillationConfig.teacherModelConfig.teacherModelIdentifier, 'amazon.nova-premier-v1:0');
    const notice = r.annotations.find((a) => a.level === 'notice' && a.message.startsWith('Distillation teacher'));
    assert.match(notice!.message, /'amazon\.nova-premier-v1:0:1000k'; Bedrock is sent 'amazon\.nova-premier-v1:0'/);
  });

  it('works with the default credential chain when no role is given', async () => {
    const r = await runInSandbox(sandbox, { 'role-to-assume': '' }, { env: sandbox.staticCredentialsEnv });
    assert.equal(r.exitCode, 0, r.stdout);
    assert.equal(r.outputs['job-name'], firstJob);
  });
});

describe('run: refused before anything is uploaded or launched', () => {
  const nothingTouched = () => {
    assert.equal(
      sandbox.calls.of('s3').length + sandbox.calls.of('bedrock').length + sandbox.calls.of('sts').length,
      0,
    );
  };

  it('wrong hyperparameter names', async () => {
    sandbox.calls.clear();
    const r = await runInSandbox(sandbox, { hyperparameters: 'epochs: 3\nlearningRateMultplier: 1' });
    assert.equal(r.exitCode, 1);
    assert.equal(
      r.annotations.at(-1)!.message,
      "Input 'hyperparameters': 'learningRateMultplier' is not a sft hyperparameter for Nova Micro. Valid names: epochCount, learningRate, learningRateWarmupSteps, batchSize.",
    );
    nothingTouched();
  });

  it('hyperparameters out of range', async () => {
    sandbox.calls.clear();
    const r = await runInSandbox(sandbox, { hyperparameters: 'epochCount: 8' });
    assert.equal(
      r.annotations.at(-1)!.message,
      "Input 'hyperparameters': 'epochCount' is '8'. Nova Micro sft takes a whole number from 1 to 5 (default 2).",
    );
    nothingTouched();
  });

  it('invalid data', async () => {
    sandbox.calls.clear();
    const r = await runInSandbox(sandbox, { 'training-data': '__tests__/fixtures/datasets/last-turn.jsonl' });
    assert.equal(r.exitCode, 1);
    assert.match(
      r.annotations.at(-1)!.message,
      /^Dataset validation failed.*Nothing was uploaded and no job was started\.$/,
    );
    nothingTouched();
  });

  it('a pull request from a fork, unless allow-forks', async () => {
    sandbox.calls.clear();
    const fork = {
      pull_request: {
        number: 9,
        head: { sha: 'f'.repeat(40), repo: { full_name: 'mallory/airline-models' } },
        base: { sha: 'b'.repeat(40), repo: { full_name: 'octo-org/airline-models' } },
      },
    };
    const r = await runInSandbox(sandbox, {}, { payload: fork });
    assert.equal(r.exitCode, 1);
    assert.match(
      r.annotations.at(-1)!.message,
      /^This pull request comes from a fork \(mallory\/airline-models\), so the action stops before touching AWS.*'allow-forks: true'/,
    );
    nothingTouched();
  });

  it('an untrusted role says what to check in the trust policy', async () => {
    sandbox.github.options.oidc = { sub: 'repo:octo-org/airline-models:environment:staging' };
    sandbox.sts.options.subjects = ['repo:octo-org/airline-models:ref:refs/heads/main'];
    try {
      const r = await runInSandbox(sandbox, {});
      assert.equal(r.exitCode, 1);
      assert.match(
        r.annotations.at(-1)!.message,
        /^Could not assume role 'arn:aws:iam::123456789012:role\/github-model-ci' with the GitHub OIDC token: AccessDenied.*trust policy.*For this run, 'sub' is 'repo:octo-org\/airline-models:pull_request'\./,
      );
    } finally {
      sandbox.github.options.oidc = {};
      sandbox.sts.options.subjects = ['repo:octo-org/airline-models:*'];
    }
  });
});
