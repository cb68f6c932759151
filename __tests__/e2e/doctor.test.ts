// `command: doctor` through the built action: a correct account (the stack's roles and policies)
// passes with nothing written, created or invoked; each planted problem is named with its fix.
import { after, afterEach, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  ACCOUNT_ID,
  EXAMPLE_GRADER,
  SANDBOX_BUCKET,
  SANDBOX_REPOSITORY,
  startSandbox,
  type Sandbox,
} from '../../sandbox/index.js';
import { runInSandbox } from '../helpers/action.js';
import { stackPolicy } from '../helpers/stack.js';

const TRAINING = `arn:aws:iam::${ACCOUNT_ID}:role/model-ci-training`;
const RELEASE = `arn:aws:iam::${ACCOUNT_ID}:role/model-ci-release`;
const SERVICE_ROLE = `arn:aws:iam::${ACCOUNT_ID}:role/bedrock-customization`;
const values = { bucket: SANDBOX_BUCKET, account: ACCOUNT_ID, repository: SANDBOX_REPOSITORY, grader: EXAMPLE_GRADER };
const training = stackPolicy('TrainingRole', values) as { Statement: Array<{ Sid: string; Action: string[] }> };
const release = stackPolicy('ReleaseRole', values);

interface Check {
  check: string;
  status: 'pass' | 'warn' | 'fail' | 'skip';
  detail: string;
  fix?: string;
}

let sandbox: Sandbox;
before(async () => {
  sandbox = await startSandbox({
    bedrock: { jobDurationMs: 400, deploymentMs: 50 },
    iam: { roles: { 'model-ci-training': [training], 'model-ci-release': [release] } },
  });
});
after(() => sandbox.stop());
afterEach(() => {
  // every test starts from the correct account
  sandbox.iam.options = { roles: { 'model-ci-training': [training], 'model-ci-release': [release] } };
  sandbox.s3.buckets.clear();
  sandbox.quotas.state.quotas = {};
  sandbox.pricing.state.denied = false;
  sandbox.bedrock.options.foundationModels = undefined;
});

const doctor = async (inputs: Record<string, string> = {}) => {
  const r = await runInSandbox(sandbox, {
    command: 'doctor',
    'model-name': 'atis-doctor',
    'role-to-assume': TRAINING,
    'release-role-arn': RELEASE,
    'bedrock-role-arn': SERVICE_ROLE,
    ...inputs,
  });
  const checks = JSON.parse(r.outputs.checks ?? '[]') as Check[];
  const find = (name: string | RegExp) => {
    const c = checks.find((x) => (typeof name === 'string' ? x.check === name : name.test(x.check)));
    assert.ok(c, `check ${String(name)} in ${checks.map((x) => x.check).join(', ')}`);
    return c;
  };
  return { ...r, checks, find };
};

describe('doctor on a correct account (the stack as deployed)', () => {
  it('passes every check, and reads only: nothing written, created or invoked', async () => {
    sandbox.calls.clear();
    const r = await doctor();
    assert.equal(r.exitCode, 0, r.stdout);
    assert.equal(r.outputs.passed, 'true');
    const bad = r.checks.filter((c) => c.status !== 'pass');
    assert.deepEqual(bad, [], 'every check passes');
    for (const name of [
      'Datasets',
      'Credentials',
      'Base model Nova Micro',
      'Serving a custom Nova Micro',
      'Invoking the base model',
      'Bucket',
      'Bucket owner',
      'Bucket Region',
      'Bucket versioning',
      'Bucket encryption',
      'Bedrock service role',
      'Permissions of this role (run, evaluate)',
      'Permissions of the release role (promote, rollback, evaluate, prune, monitor)',
      'Quota: records per job (Nova Micro)',
      'Quota: concurrent jobs',
      'Training price (amazon.nova-micro-v1:0:128k)',
    ])
      r.find(name);
    assert.match(r.find('Credentials').detail, /assumed-role\/model-ci-training\//);
    // the account id is masked in the log and never written out (third trust review, point 10)
    assert.ok(r.stdout.includes('::add-mask::123456789012'), 'masked as configure-aws-credentials does');
    assert.match(r.find('Credentials').detail, /^arn:aws:sts::\*\*\*:assumed-role\/model-ci-training\//);
    assert.match(r.find('Quota: records per job (Nova Micro)').detail, /^[\d,]+ records ≤ 20,000/);
    assert.match(r.find(/^Permissions of this role/).detail, /all \d+ requests allowed/);
    const writes = sandbox.calls.calls.filter(
      (c) =>
        (c.service === 's3' && /^(Put|Delete|Create|Complete|Upload|Copy)/.test(c.operation)) ||
        (c.service === 'bedrock' && /^(Create|Update|Delete|Stop|Tag|Untag)/.test(c.operation)) ||
        c.service === 'bedrock-runtime' ||
        c.service === 'lambda',
    );
    assert.deepEqual(
      writes.map((c) => `${c.service} ${c.operation}`),
      [],
    );
    assert.ok(sandbox.calls.count('iam', 'SimulatePrincipalPolicy') > 0);
    assert.ok(sandbox.calls.count('servicequotas', 'ListServiceQuotas') > 1, 'all pages of the quotas');
    assert.match(r.summary, /### ✓ bedrock-model-ci doctor: the account is ready/);
  });
});

describe('doctor names each planted problem, with its fix, and exits 1', () => {
  it('a bucket that does not exist', async () => {
    const r = await doctor({ 's3-uri': 's3://no-such-bucket-here/model-ci' });
    assert.equal(r.exitCode, 1);
    assert.equal(r.outputs.passed, 'false');
    const c = r.find('Bucket');
    assert.equal(c.status, 'fail');
    assert.match(c.detail, /no-such-bucket-here does not exist/);
    assert.match(c.fix!, /Deploy the stack/);
    assert.match(r.annotations.at(-1)!.message, /^doctor found \d+ problems?: .*Bucket/);
  });

  it("a bucket of another account: a warning, and a failure when 'expected-bucket-owner' says otherwise", async () => {
    sandbox.s3.buckets.set(SANDBOX_BUCKET, {
      region: 'us-east-1',
      versioning: 'Enabled',
      encryption: { algorithm: 'AES256' },
      owner: '999999999999',
    });
    const warned = await doctor();
    assert.equal(warned.find('Bucket owner').status, 'warn');
    assert.match(warned.find('Bucket owner').fix!, /set 'expected-bucket-owner'/);
    const failed = await doctor({ 'expected-bucket-owner': ACCOUNT_ID });
    assert.equal(failed.find('Bucket owner').status, 'fail');
    assert.equal(failed.exitCode, 1);
  });

  it('a bucket in another Region, unversioned, without default encryption: warnings', async () => {
    sandbox.s3.buckets.set(SANDBOX_BUCKET, { region: 'eu-west-1', versioning: 'Disabled', owner: ACCOUNT_ID });
    const r = await doctor();
    assert.equal(r.exitCode, 0, r.stdout);
    assert.match(r.find('Bucket Region').detail, /is in eu-west-1, the jobs run in us-east-1/);
    assert.equal(r.find('Bucket versioning').status, 'warn');
    assert.match(r.find('Bucket versioning').fix!, /'promote' proves from an object's versions/);
    assert.equal(r.find('Bucket encryption').status, 'warn');
  });

  it('a Bedrock service role that is missing, or does not trust Bedrock', async () => {
    sandbox.iam.options = { ...sandbox.iam.options, missing: ['bedrock-customization'] };
    const missing = await doctor();
    assert.equal(missing.find('Bedrock service role').status, 'fail');
    assert.match(missing.find('Bedrock service role').detail, /bedrock-customization does not exist/);
    sandbox.iam.options = {
      ...sandbox.iam.options,
      missing: [],
      trust: {
        'bedrock-customization': {
          Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }],
        },
      },
    };
    const untrusting = await doctor();
    assert.equal(untrusting.exitCode, 1);
    assert.match(untrusting.find('Bedrock service role').detail, /does not let bedrock.amazonaws.com assume it/);
  });

  it('a training role without bedrock:CreateModelCustomizationJob: named with what it is for', async () => {
    const crippled = {
      ...training,
      Statement: training.Statement.map((s) =>
        s.Sid === 'TrainAndRead'
          ? { ...s, Action: s.Action.filter((a) => a !== 'bedrock:CreateModelCustomizationJob') }
          : s,
      ),
    };
    sandbox.iam.options = { roles: { 'model-ci-training': [crippled], 'model-ci-release': [release] } };
    const r = await doctor();
    assert.equal(r.exitCode, 1);
    const c = r.find('Permissions of this role (run, evaluate)');
    assert.equal(c.status, 'fail');
    assert.match(
      c.detail,
      /1 of \d+ requests refused — bedrock:CreateModelCustomizationJob on arn:aws:bedrock:us-east-1::foundation-model\/amazon\.nova-micro-v1:0:128k \(start the customization job\): not allowed/,
    );
    assert.equal(r.find(/^Permissions of the release role/).status, 'pass');
  });

  it('a role that may not read IAM or the quotas: "not checked", never a pass', async () => {
    const blind = {
      ...training,
      Statement: training.Statement.filter((s) => !s.Sid.startsWith('Preflight')),
    };
    sandbox.iam.options = { roles: { 'model-ci-training': [blind], 'model-ci-release': [release] } };
    const r = await doctor();
    assert.equal(r.exitCode, 0, r.stdout);
    for (const name of ['Bedrock service role', 'Permissions of this role (run, evaluate)', 'Bucket versioning']) {
      const c = r.find(name);
      assert.equal(c.status, 'skip', name);
      assert.match(c.detail, /^not checked: the role may not /);
    }
    assert.equal(r.find('Quotas').status, 'skip');
    assert.match(r.summary, /not checked/);
  });

  it('more records than the quota allows', async () => {
    sandbox.quotas.state.quotas = {
      '(Model customization) Sum of training and validation records for a Nova Micro v1 Fine-tuning job': 100,
    };
    const r = await doctor();
    assert.equal(r.exitCode, 1);
    const c = r.find('Quota: records per job (Nova Micro)');
    assert.match(c.detail, /^[\d,]+ records > 100 /);
    assert.match(c.fix!, /Request an increase of L-SANDBOX\d+ in Service Quotas/);
  });

  it('a base model at its end of life, or not customizable here', async () => {
    sandbox.bedrock.options.foundationModels = {
      'amazon.nova-micro-v1:0': { legacy: { since: '2026-01-01T00:00:00Z', endOfLife: '2026-06-01T00:00:00Z' } },
    };
    const eol = await doctor();
    assert.equal(eol.find('Base model Nova Micro').status, 'fail');
    assert.match(eol.find('Base model Nova Micro').detail, /reached its end of life on 2026-06-01/);
    sandbox.bedrock.options.foundationModels = { 'amazon.nova-micro-v1:0': { customizations: ['DISTILLATION'] } };
    const unsupported = await doctor();
    assert.match(
      unsupported.find('Base model Nova Micro').detail,
      /supports DISTILLATION, not FINE_TUNING \(customization-type: sft\)/,
    );
    assert.equal(unsupported.exitCode, 1);
  });

  it("no price while 'max-training-cost' is set: every run would be refused", async () => {
    sandbox.pricing.state.denied = true;
    const r = await doctor({ 'max-training-cost': '50' });
    assert.equal(r.exitCode, 1);
    const c = r.find('Training price (amazon.nova-micro-v1:0:128k)');
    assert.equal(c.status, 'fail');
    assert.match(c.detail, /'max-training-cost' refuses every run/);
  });

  it('a model with no on-demand invocation here is invoked through the Region’s profile (said, not failed)', async () => {
    const r = await doctor({
      'base-model': 'amazon.nova-2-lite-v1:0:256k',
      'training-data': '',
    });
    assert.equal(r.exitCode, 0, r.stdout);
    assert.match(r.find('Invoking the base model').detail, /is invoked as us\.amazon\.nova-2-lite-v1:0/);
    assert.equal(r.find('Serving a custom Nova 2 Lite').status, 'warn');
  });
});
