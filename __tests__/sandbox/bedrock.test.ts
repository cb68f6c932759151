// The Bedrock control plane and runtime through the real SDK clients.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  BedrockClient,
  CreateCustomModelDeploymentCommand,
  CreateModelCustomizationJobCommand,
  CreateProvisionedModelThroughputCommand,
  DeleteCustomModelDeploymentCommand,
  DeleteProvisionedModelThroughputCommand,
  GetCustomModelCommand,
  GetCustomModelDeploymentCommand,
  GetModelCustomizationJobCommand,
  GetProvisionedModelThroughputCommand,
  ListCustomModelDeploymentsCommand,
  ListModelCustomizationJobsCommand,
  ListTagsForResourceCommand,
  StopModelCustomizationJobCommand,
  TagResourceCommand,
  UntagResourceCommand,
  UpdateCustomModelDeploymentCommand,
  type CreateModelCustomizationJobCommandInput,
} from '@aws-sdk/client-bedrock';
import { ConverseCommand, type BedrockRuntimeClient } from '@aws-sdk/client-bedrock-runtime';
import { PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { ROOT } from '../../sandbox/runner.js';
import { startSandbox, SANDBOX_BUCKET, SANDBOX_BEDROCK_ROLE, type Sandbox } from '../../sandbox/index.js';
import { clients, eventually } from '../helpers/sandbox.js';

let sandbox: Sandbox;
let bedrock: BedrockClient;
let runtime: BedrockRuntimeClient;
let s3: S3Client;
const TRAIN = readFileSync(path.join(ROOT, 'examples/atis-intents/train.jsonl'));
const TEST = readFileSync(path.join(ROOT, 'examples/atis-intents/test.jsonl'), 'utf8')
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l));

before(async () => {
  sandbox = await startSandbox({
    bedrock: {
      jobDurationMs: 600,
      deploymentMs: 100,
      provisionMs: 100,
      failJobs: [{ nameContains: 'doomed', message: 'Internal error: the training instance ran out of memory.' }],
    },
  });
  ({ bedrock, runtime, s3 } = clients(sandbox));
  await s3.send(new PutObjectCommand({ Bucket: SANDBOX_BUCKET, Key: 'datasets/atis/train.jsonl', Body: TRAIN }));
  await s3.send(
    new PutObjectCommand({
      Bucket: SANDBOX_BUCKET,
      Key: 'datasets/atis/validation.jsonl',
      Body: TRAIN.subarray(0, TRAIN.indexOf('\n', 20_000) + 1),
    }),
  );
});
after(() => sandbox.stop());

const job = (
  name: string,
  extra: Partial<CreateModelCustomizationJobCommandInput> = {},
): CreateModelCustomizationJobCommandInput => ({
  jobName: name,
  customModelName: name,
  roleArn: SANDBOX_BEDROCK_ROLE,
  baseModelIdentifier: 'amazon.nova-micro-v1:0:128k',
  trainingDataConfig: { s3Uri: `s3://${SANDBOX_BUCKET}/datasets/atis/train.jsonl` },
  outputDataConfig: { s3Uri: `s3://${SANDBOX_BUCKET}/jobs/${name}/` },
  hyperParameters: { epochCount: '2', learningRate: '0.00001' },
  ...extra,
});
const waitFor = (name: string, statuses: string[]) =>
  eventually(async () => {
    const j = await bedrock.send(new GetModelCustomizationJobCommand({ jobIdentifier: name }));
    return statuses.includes(j.status!) ? j : undefined;
  });
const converse = (
  client: BedrockRuntimeClient,
  modelId: string,
  record: { system: Array<{ text: string }>; messages: Array<{ content: Array<{ text: string }> }> },
) =>
  client.send(
    new ConverseCommand({
      modelId,
      system: record.system,
      messages: [{ role: 'user', content: record.messages[0]!.content }],
      inferenceConfig: { maxTokens: 64, temperature: 0 },
    }),
  );
const accuracy = async (modelId: string) => {
  let right = 0;
  for (const r of TEST) {
    const out = await converse(runtime, modelId, r);
    const said = out
      .output!.message!.content![0]!.text!.trim()
      .toLowerCase()
      .replace(/[.!]+$/, '');
    if (said === r.messages[1].content[0].text) right += 1;
  }
  return right / TEST.length;
};

let modelArn = '';

describe('sandbox Bedrock: customization jobs', () => {
  it('runs a job through its stages, writes the metrics CSVs and produces a custom model', async () => {
    const { jobArn } = await bedrock.send(
      new CreateModelCustomizationJobCommand(
        job('atis-life', {
          validationDataConfig: { validators: [{ s3Uri: `s3://${SANDBOX_BUCKET}/datasets/atis/validation.jsonl` }] },
        }),
      ),
    );
    assert.match(
      jobArn!,
      /^arn:aws:bedrock:us-east-1:123456789012:model-customization-job\/amazon\.nova-micro-v1:0:128k\/[0-9a-f]{12}$/,
    );
    const early = await bedrock.send(new GetModelCustomizationJobCommand({ jobIdentifier: jobArn }));
    assert.equal(early.status, 'InProgress');
    assert.equal(early.statusDetails?.validationDetails?.status, 'InProgress');
    assert.ok(early.creationTime instanceof Date);
    const done = await waitFor('atis-life', ['Completed']);
    assert.equal(done.statusDetails?.trainingDetails?.status, 'Completed');
    assert.ok(done.endTime! > done.creationTime!);
    assert.deepEqual(done.hyperParameters, { epochCount: '2', learningRate: '0.00001' });
    modelArn = done.outputModelArn!;
    const keys = await sandbox.s3.list(SANDBOX_BUCKET, 'jobs/atis-life/');
    const training = keys.find((k) => k.endsWith('/step_wise_training_metrics.csv'))!;
    const validation = keys.find((k) => k.endsWith('/validation_metrics.csv'))!;
    const rows = (await sandbox.s3.getText(SANDBOX_BUCKET, training))!.trim().split('\n');
    assert.equal(rows[0], 'step_number,epoch_number,training_loss,perplexity');
    const losses = rows.slice(1).map((r) => Number(r.split(',')[2]));
    assert.ok(
      losses.length >= 100 && losses[0]! > 2 && losses.at(-1)! < 0.4,
      `falling loss: ${losses[0]} → ${losses.at(-1)}`,
    );
    assert.equal(
      (await sandbox.s3.getText(SANDBOX_BUCKET, validation))!.split('\n')[0],
      'step_number,epoch_number,validation_loss,perplexity',
    );
    const model = await bedrock.send(new GetCustomModelCommand({ modelIdentifier: 'atis-life' }));
    assert.equal(model.modelArn, modelArn);
    assert.equal(model.jobArn, jobArn);
    assert.equal(model.trainingMetrics?.trainingLoss, losses.at(-1));
  });

  it('is idempotent on clientRequestToken and refuses a second job of the same name', async () => {
    const a = await bedrock.send(
      new CreateModelCustomizationJobCommand(job('atis-token', { clientRequestToken: 'tok-1' })),
    );
    const b = await bedrock.send(
      new CreateModelCustomizationJobCommand(job('atis-token', { clientRequestToken: 'tok-1' })),
    );
    assert.equal(a.jobArn, b.jobArn);
    await assert.rejects(
      bedrock.send(new CreateModelCustomizationJobCommand(job('atis-token'))),
      (e: Error) => e.name === 'ValidationException' && /already exists/.test(e.message),
    );
  });

  it('gets a job by name or ARN and lists with filters and paging', async () => {
    const byName = await bedrock.send(new GetModelCustomizationJobCommand({ jobIdentifier: 'atis-token' }));
    const byArn = await bedrock.send(new GetModelCustomizationJobCommand({ jobIdentifier: byName.jobArn }));
    assert.equal(byArn.jobName, 'atis-token');
    await assert.rejects(bedrock.send(new GetModelCustomizationJobCommand({ jobIdentifier: 'nope' })), {
      name: 'ResourceNotFoundException',
    });
    const first = await bedrock.send(
      new ListModelCustomizationJobsCommand({
        nameContains: 'atis-',
        maxResults: 1,
        sortBy: 'CreationTime',
        sortOrder: 'Ascending',
      }),
    );
    assert.equal(first.modelCustomizationJobSummaries?.[0]?.jobName, 'atis-life');
    assert.ok(first.nextToken);
    const second = await bedrock.send(
      new ListModelCustomizationJobsCommand({
        nameContains: 'atis-',
        maxResults: 1,
        sortBy: 'CreationTime',
        sortOrder: 'Ascending',
        nextToken: first.nextToken,
      }),
    );
    assert.equal(second.modelCustomizationJobSummaries?.[0]?.jobName, 'atis-token');
    const completed = await bedrock.send(new ListModelCustomizationJobsCommand({ statusEquals: 'Completed' }));
    assert.deepEqual(
      completed.modelCustomizationJobSummaries?.map((j) => j.jobName),
      ['atis-life'],
    );
  });

  it('stops a running job', async () => {
    await bedrock.send(new CreateModelCustomizationJobCommand(job('atis-stop')));
    await bedrock.send(new StopModelCustomizationJobCommand({ jobIdentifier: 'atis-stop' }));
    assert.equal(
      (await bedrock.send(new GetModelCustomizationJobCommand({ jobIdentifier: 'atis-stop' }))).status,
      'Stopping',
    );
    const stopped = await waitFor('atis-stop', ['Stopped']);
    assert.ok(stopped.endTime);
  });

  it('fails a job whose data is missing, or that is set to fail, with a message', async () => {
    await bedrock.send(
      new CreateModelCustomizationJobCommand(
        job('atis-missing', { trainingDataConfig: { s3Uri: `s3://${SANDBOX_BUCKET}/datasets/none.jsonl` } }),
      ),
    );
    const missing = await waitFor('atis-missing', ['Failed']);
    assert.match(
      missing.failureMessage!,
      /^Validation failed: Unable to access the data at s3:\/\/model-ci-sandbox\/datasets\/none\.jsonl/,
    );
    assert.equal(missing.statusDetails?.validationDetails?.status, 'Failed');
    await bedrock.send(new CreateModelCustomizationJobCommand(job('atis-doomed')));
    const doomed = await waitFor('atis-doomed', ['Failed']);
    assert.equal(doomed.failureMessage, 'Internal error: the training instance ran out of memory.');
    assert.equal(doomed.statusDetails?.trainingDetails?.status, 'Failed');
  });

  it('rejects what Bedrock rejects: hyperparameters out of range, unsupported models', async () => {
    await assert.rejects(
      bedrock.send(new CreateModelCustomizationJobCommand(job('atis-hp', { hyperParameters: { epochCount: '9' } }))),
      /epochCount=9 is out of range \[1, 5\]/,
    );
    await assert.rejects(
      bedrock.send(
        new CreateModelCustomizationJobCommand(job('atis-rft', { customizationType: 'REINFORCEMENT_FINE_TUNING' })),
      ),
      /not supported for amazon.nova-micro-v1:0:128k/,
    );
  });
});

describe('sandbox Bedrock: deployments, provisioned throughput, tags, runtime', () => {
  it('deploys a custom model on demand, re-points it and deletes it', async () => {
    assert.ok(modelArn, 'the job test ran first');
    await assert.rejects(converse(runtime, modelArn, TEST[0]), /requires a custom model deployment/);
    const { customModelDeploymentArn: arn } = await bedrock.send(
      new CreateCustomModelDeploymentCommand({ modelDeploymentName: 'atis-prod', modelArn }),
    );
    assert.equal(
      (await bedrock.send(new GetCustomModelDeploymentCommand({ customModelDeploymentIdentifier: arn }))).status,
      'Creating',
    );
    await eventually(async () =>
      (await bedrock.send(new GetCustomModelDeploymentCommand({ customModelDeploymentIdentifier: 'atis-prod' })))
        .status === 'Active'
        ? true
        : undefined,
    );
    const listed = await bedrock.send(new ListCustomModelDeploymentsCommand({ modelArnEquals: modelArn }));
    assert.deepEqual(
      listed.modelDeploymentSummaries?.map((d) => d.customModelDeploymentName),
      ['atis-prod'],
    );
    await bedrock.send(new UpdateCustomModelDeploymentCommand({ customModelDeploymentIdentifier: arn, modelArn }));
    const updating = await bedrock.send(new GetCustomModelDeploymentCommand({ customModelDeploymentIdentifier: arn }));
    assert.equal(updating.updateDetails?.updateStatus, 'Updating');
    await eventually(async () =>
      (await bedrock.send(new GetCustomModelDeploymentCommand({ customModelDeploymentIdentifier: arn }))).updateDetails
        ?.updateStatus === 'UpdateCompleted'
        ? true
        : undefined,
    );
    const answer = await converse(runtime, arn!, TEST[0]);
    assert.equal(answer.output?.message?.content?.[0]?.text, TEST[0].messages[1].content[0].text);
    await bedrock.send(new DeleteCustomModelDeploymentCommand({ customModelDeploymentIdentifier: arn }));
    await assert.rejects(bedrock.send(new GetCustomModelDeploymentCommand({ customModelDeploymentIdentifier: arn })), {
      name: 'ResourceNotFoundException',
    });
  });

  it('serves a model through provisioned throughput', async () => {
    const { provisionedModelArn: arn } = await bedrock.send(
      new CreateProvisionedModelThroughputCommand({
        provisionedModelName: 'atis-pt',
        modelId: modelArn,
        modelUnits: 1,
      }),
    );
    await eventually(async () =>
      (await bedrock.send(new GetProvisionedModelThroughputCommand({ provisionedModelId: arn }))).status === 'InService'
        ? true
        : undefined,
    );
    assert.ok((await converse(runtime, arn!, TEST[1])).output?.message);
    await bedrock.send(new DeleteProvisionedModelThroughputCommand({ provisionedModelId: arn }));
    await assert.rejects(bedrock.send(new GetProvisionedModelThroughputCommand({ provisionedModelId: arn })), {
      name: 'ResourceNotFoundException',
    });
  });

  it('tags, lists and untags resources', async () => {
    await bedrock.send(
      new TagResourceCommand({
        resourceARN: modelArn,
        tags: [
          { key: 'stage', value: 'candidate' },
          { key: 'model-name', value: 'atis' },
        ],
      }),
    );
    await bedrock.send(
      new TagResourceCommand({ resourceARN: modelArn, tags: [{ key: 'stage', value: 'production' }] }),
    );
    await bedrock.send(new UntagResourceCommand({ resourceARN: modelArn, tagKeys: ['model-name'] }));
    assert.deepEqual((await bedrock.send(new ListTagsForResourceCommand({ resourceARN: modelArn }))).tags, [
      { key: 'stage', value: 'production' },
    ]);
  });

  it('speaks Converse over HTTP/2 by default and over HTTP/1.1 when asked', async () => {
    const before = { ...sandbox.runtime.protocols };
    const h2 = await converse(clients(sandbox).runtime, 'amazon.nova-micro-v1:0', TEST[0]);
    const h1 = await converse(clients(sandbox).runtimeHttp1, 'amazon.nova-micro-v1:0', TEST[0]);
    assert.deepEqual(h2.output, h1.output);
    assert.equal(sandbox.runtime.protocols.h2 - before.h2, 1);
    assert.equal(sandbox.runtime.protocols.http1 - before.http1, 1);
    assert.ok(h2.usage!.inputTokens! > 0 && h2.usage!.outputTokens! > 0);
    assert.ok(h2.metrics!.latencyMs! > 0);
  });

  it('has a base model near 40 % on the example and a trained model far above', async () => {
    const base = await accuracy('us.amazon.nova-micro-v1:0');
    assert.ok(base > 0.33 && base < 0.5, `base ${base}`);
    const { customModelDeploymentArn: arn } = await bedrock.send(
      new CreateCustomModelDeploymentCommand({ modelDeploymentName: 'atis-eval', modelArn }),
    );
    await eventually(async () =>
      (await bedrock.send(new GetCustomModelDeploymentCommand({ customModelDeploymentIdentifier: arn }))).status ===
      'Active'
        ? true
        : undefined,
    );
    const tuned = await accuracy(arn!);
    assert.ok(tuned > 0.95, `tuned ${tuned}`);
  });
});

describe('sandbox faults', () => {
  it('throttles, fails, delays and enforces a per-minute quota on Bedrock calls', async () => {
    const once = clients(sandbox, undefined, 1);
    sandbox.faults.bedrock.faults = { throttle: 1 };
    await assert.rejects(once.bedrock.send(new ListModelCustomizationJobsCommand({})), { name: 'ThrottlingException' });
    sandbox.faults.bedrock.faults = { errors: 1 };
    await assert.rejects(once.bedrock.send(new ListModelCustomizationJobsCommand({})), (e: Error) =>
      ['InternalServerException', 'ServiceUnavailableException'].includes(e.name),
    );
    sandbox.faults.bedrock.faults = { latencyMs: 150 };
    const t = Date.now();
    await once.bedrock.send(new ListModelCustomizationJobsCommand({}));
    assert.ok(Date.now() - t >= 150);
    sandbox.faults.bedrock.faults = { rpm: 2 };
    await once.bedrock.send(new ListModelCustomizationJobsCommand({}));
    await once.bedrock.send(new ListModelCustomizationJobsCommand({}));
    await assert.rejects(once.bedrock.send(new ListModelCustomizationJobsCommand({})), { name: 'ThrottlingException' });
    sandbox.faults.bedrock.faults = {};
  });

  it('throttles Converse with ThrottlingException, which the SDK retries', async () => {
    sandbox.faults['bedrock-runtime'].faults = { throttle: 0.5 };
    const patient = clients(sandbox, undefined, 20);
    for (let i = 0; i < 6; i++) await converse(patient.runtime, 'amazon.nova-micro-v1:0', TEST[i]);
    assert.ok(sandbox.calls.of('bedrock-runtime', 'Converse').some((c) => c.fault === 'throttle'));
    sandbox.faults['bedrock-runtime'].faults = {};
  });

  it('records every call with its operation, parameters and status', () => {
    const creates = sandbox.calls.of('bedrock', 'CreateModelCustomizationJob');
    assert.ok(creates.length >= 5);
    assert.equal(creates[0]!.params.jobName, 'atis-life');
    assert.equal(creates[0]!.status, 201);
    assert.ok(sandbox.calls.calls.every((c) => typeof c.time === 'number'));
  });
});
