import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  BedrockClient,
  GetModelCustomizationJobCommand,
  type GetModelCustomizationJobCommandOutput,
} from '@aws-sdk/client-bedrock';
import { mockClient } from 'aws-sdk-client-mock';
import { BedrockJobs } from '../../src/aws/bedrock-jobs.js';
import { refreshable } from '../../src/aws/credentials.js';
import { UserError } from '../../src/errors.js';
import { findBaseModel } from '../../src/models.js';
import { checkHyperparameters } from '../../src/training/hyperparameters.js';
import { attemptOf, canonicalJson, identityHash, jobName } from '../../src/training/identity.js';
import { parseMetricsCsv } from '../../src/training/metrics.js';
import { holdsOut } from '../../src/training/split.js';
import { waitForJob } from '../../src/training/wait.js';
import { DEFAULT_SCHEDULE, type Clock } from '../../src/lib/clock.js';
import { memoryIo } from '../helpers/io.js';

/** A clock that only moves when the code sleeps: the wait loop runs in no time. */
function fakeClock(start = 0): Clock & { sleeps: number[] } {
  let now = start;
  const sleeps: number[] = [];
  return { sleeps, now: () => now, sleep: async (ms) => void (sleeps.push(ms), (now += ms)) };
}

const job = (status: string, training = 'InProgress'): GetModelCustomizationJobCommandOutput =>
  ({
    jobName: 'atis-abc',
    jobArn: 'arn:job',
    status,
    statusDetails: {
      validationDetails: { status: 'Completed' },
      dataProcessingDetails: { status: 'Completed' },
      trainingDetails: { status: training },
    },
    outputModelArn: status === 'Completed' ? 'arn:model' : undefined,
  }) as GetModelCustomizationJobCommandOutput;

describe('waiting for a job', () => {
  it('backs off from 30 s to 5 min and returns when the job ends', async () => {
    const mock = mockClient(BedrockClient);
    const clock = fakeClock();
    mock
      .on(GetModelCustomizationJobCommand)
      .callsFake(() => (clock.now() >= 3 * 3600_000 ? job('Completed', 'Completed') : job('InProgress')));
    const { io, said } = memoryIo();
    const result = await waitForJob(new BedrockJobs(new BedrockClient({ region: 'us-east-1' })), 'atis-abc', {
      deadline: 6 * 3600_000,
      clock,
      schedule: DEFAULT_SCHEDULE,
      io,
    });
    assert.equal(result.status, 'Completed');
    assert.deepEqual(clock.sleeps.slice(0, 4), [30_000, 45_000, 67_500, 101_250]);
    assert.equal(Math.max(...clock.sleeps), 300_000);
    const calls = mock.commandCalls(GetModelCustomizationJobCommand).length;
    assert.ok(
      calls / (clock.now() / 60_000) < 0.5,
      `${calls} calls in ${clock.now() / 60_000} min: well under one a minute`,
    );
    assert.ok(said.some((s) => /InProgress → Completed/.test(s.message)));
    mock.restore();
  });

  it('stops at the deadline with the job still InProgress', async () => {
    const mock = mockClient(BedrockClient);
    mock.on(GetModelCustomizationJobCommand).resolves(job('InProgress'));
    const clock = fakeClock();
    const result = await waitForJob(new BedrockJobs(new BedrockClient({ region: 'us-east-1' })), 'atis-abc', {
      deadline: 100_000,
      clock,
      schedule: DEFAULT_SCHEDULE,
      io: memoryIo().io,
    });
    assert.equal(result.status, 'InProgress');
    assert.equal(clock.now(), 100_000, 'the last sleep is cut to the deadline');
    mock.restore();
  });

  it('polls through throttling that outlasted the SDK retries, and gives up on a real error', async () => {
    const mock = mockClient(BedrockClient);
    const throttled = Object.assign(new Error('Rate exceeded'), {
      name: 'ThrottlingException',
      $metadata: { httpStatusCode: 429 },
    });
    mock
      .on(GetModelCustomizationJobCommand)
      .rejectsOnce(throttled)
      .rejectsOnce(throttled)
      .resolves(job('Completed', 'Completed'));
    const { io, said } = memoryIo();
    const result = await waitForJob(new BedrockJobs(new BedrockClient({ region: 'us-east-1' })), 'atis-abc', {
      deadline: 3600_000,
      clock: fakeClock(),
      schedule: DEFAULT_SCHEDULE,
      io,
    });
    assert.equal(result.status, 'Completed');
    assert.equal(said.filter((s) => s.level === 'warning').length, 2);
    mock.reset();
    mock
      .on(GetModelCustomizationJobCommand)
      .rejects(
        Object.assign(new Error('not allowed'), { name: 'AccessDeniedException', $metadata: { httpStatusCode: 403 } }),
      );
    await assert.rejects(
      waitForJob(new BedrockJobs(new BedrockClient({ region: 'us-east-1' })), 'atis-abc', {
        deadline: 3600_000,
        clock: fakeClock(),
        schedule: DEFAULT_SCHEDULE,
        io,
      }),
      (e: unknown) =>
        e instanceof UserError &&
        /^Could not read the status of training job atis-abc: AccessDeniedException: not allowed\. Check that the role may bedrock:GetModelCustomizationJob/.test(
          e.message,
        ),
    );
    mock.restore();
  });
});

describe('job identity', () => {
  const parts = {
    trainingSha256: 'a'.repeat(64),
    baseModel: 'amazon.nova-micro-v1:0:128k',
    customizationType: 'sft',
    hyperparameters: { epochCount: '2', learningRate: '0.00001' },
    outputRoot: 's3://b/p/',
  };
  it('ignores key order and changes with any part', () => {
    assert.equal(
      identityHash(parts),
      identityHash({ ...parts, hyperparameters: { learningRate: '0.00001', epochCount: '2' } }),
    );
    for (const change of [
      { trainingSha256: 'b'.repeat(64) },
      { validationSha256: 'c'.repeat(64) },
      { baseModel: 'amazon.nova-lite-v1:0:300k' },
      { hyperparameters: { epochCount: '3' } },
      { outputRoot: 's3://b/q/' },
      { customizationConfig: { x: 1 } },
    ]) {
      assert.notEqual(identityHash({ ...parts, ...change }), identityHash(parts), JSON.stringify(change));
    }
    assert.equal(canonicalJson({ b: 1, a: [2, { d: 1, c: undefined }] }), '{"a":[2,{"d":1}],"b":1}');
  });
  it('names jobs and their attempts', () => {
    const hash = identityHash(parts);
    assert.equal(jobName('atis', hash), `atis-${hash.slice(0, 12)}`);
    assert.equal(jobName('atis', hash, 3), `atis-${hash.slice(0, 12)}-r3`);
    assert.equal(attemptOf(`atis-${hash.slice(0, 12)}-r3`, jobName('atis', hash)), 3);
    assert.equal(attemptOf(`atis-${hash.slice(0, 12)}x`, jobName('atis', hash)), undefined);
  });
  it('splits validation by record content, the same way every time', () => {
    const lines = Array.from({ length: 2000 }, (_, i) => `{"n":${i}}`);
    const held = lines.filter((l) => holdsOut(l, 0.1));
    assert.ok(held.length > 150 && held.length < 250, String(held.length));
    assert.deepEqual(
      lines.filter((l) => holdsOut(l, 0.1)),
      held,
    );
  });
});

describe('hyperparameters', () => {
  const micro = findBaseModel('amazon.nova-micro-v1:0:128k')!;
  const nova2 = findBaseModel('amazon.nova-2-lite-v1:0:256k')!;
  it('sends SFT values as strings, RFT values as numbers', () => {
    assert.deepEqual(checkHyperparameters({ epochCount: 3, learningRate: 0.00002 }, micro, 'sft').values, {
      epochCount: '3',
      learningRate: '0.00002',
    });
    assert.deepEqual(
      checkHyperparameters({ epochCount: '3', batchSize: 64, reasoningEffort: 'high' }, nova2, 'rft').values,
      { epochCount: 3, batchSize: 64, reasoningEffort: 'high' },
    );
  });
  it('reads learningRateMultiplier as learningRate, with a notice', () => {
    const h = checkHyperparameters({ learningRateMultiplier: 0.00001 }, micro, 'sft');
    assert.deepEqual(h.values, { learningRate: '0.00001' });
    assert.deepEqual(h.notices, [
      "Hyperparameter 'learningRateMultiplier' is read as 'learningRate', the name Bedrock uses for Nova Micro.",
    ]);
  });
  it('takes what AWS documents or passes itself, and checks only documented ranges', () => {
    // AWS's Nova Micro fine-tuning sample passes batchSize
    assert.deepEqual(checkHyperparameters({ batchSize: 8 }, micro, 'sft').values, { batchSize: '8' });
    // no documented upper bound: Bedrock judges, not a limit made up here
    assert.deepEqual(
      checkHyperparameters({ maxPromptLength: 300_000, inferenceMaxTokens: 100_000 }, nova2, 'rft').values,
      {
        maxPromptLength: 300_000,
        inferenceMaxTokens: 100_000,
      },
    );
    assert.throws(
      () => checkHyperparameters({ maxPromptLength: 0 }, nova2, 'rft'),
      /takes a whole number of at least 1/,
    );
  });
  it('names the valid ones and the ranges', () => {
    assert.throws(
      () => checkHyperparameters({ batchsize: 8 }, micro, 'sft'),
      /'batchsize' is not a sft hyperparameter for Nova Micro\. Valid names: epochCount, learningRate, learningRateWarmupSteps, batchSize\./,
    );
    assert.throws(
      () => checkHyperparameters({ learningRate: 0.01 }, micro, 'sft'),
      /'learningRate' is '0\.01'\. Nova Micro sft takes a number from 0\.000001 to 0\.0001/,
    );
    assert.throws(
      () => checkHyperparameters({ reasoningEffort: 'max' }, nova2, 'rft'),
      /Expected one of: low, medium, high\./,
    );
    assert.throws(() => checkHyperparameters({ epochCount: 2, epochs: 3 }, micro, 'sft'), /sets 'epochCount' twice/);
  });
});

describe('credentials and metrics', () => {
  it('caches credentials until five minutes before expiry, or until invalidated', async () => {
    let now = 0;
    let fetches = 0;
    const provider = refreshable(
      async () => ({ accessKeyId: `k${++fetches}`, secretAccessKey: 's', expiration: new Date(3600_000) }),
      () => now,
    );
    assert.equal((await provider()).accessKeyId, 'k1');
    now = 3000_000;
    assert.equal((await provider()).accessKeyId, 'k1');
    now = 3400_000;
    assert.equal((await provider()).accessKeyId, 'k2');
    provider.invalidate();
    assert.equal((await provider()).accessKeyId, 'k3');
    assert.equal(provider.memoized, true);
  });
  it('reads the metrics CSV by its header', () => {
    assert.deepEqual(
      parseMetricsCsv(
        'epoch_number,step_number,training_loss,perplexity\n1,1,2.5,12.1\n1,2,1.25,3.4\n',
        'training_loss',
      ),
      [
        { step: 1, epoch: 1, loss: 2.5 },
        { step: 2, epoch: 1, loss: 1.25 },
      ],
    );
    assert.deepEqual(parseMetricsCsv('nothing,here\n1,2', 'validation_loss'), []);
  });
});
