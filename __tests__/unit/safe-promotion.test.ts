// The pure parts of safe promotion: reading Bedrock's invocation log records, sampling them
// uniformly, and deciding what in the watch's figures is a breach.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readRecord, servedBy, type LoggedCall } from '../../src/aws/invocation-logs.js';
import { withheld } from '../../src/dataset/text.js';
import { sampleCalls } from '../../src/evaluation/shadow.js';
import { breachOf } from '../../src/registry/watch.js';

// As the user guide's example and logs seen in the wild have it.
const LOGGED = {
  schemaType: 'ModelInvocationLog',
  schemaVersion: '1.0',
  timestamp: '2026-12-01T10:00:17Z',
  accountId: '123456789012',
  identity: { arn: 'arn:aws:sts::123456789012:assumed-role/app/x' },
  region: 'us-east-1',
  requestId: '915a6a04-3f83-4c70-a277-7fbf7ea546b3',
  operation: 'Converse',
  modelId: 'arn:aws:bedrock:us-east-1:123456789012:custom-model-deployment/abc123abc123',
  input: {
    inputContentType: 'application/json',
    inputBodyJson: {
      system: [{ text: 'Classify the request.' }],
      messages: [{ role: 'user', content: [{ text: 'flights from boston to denver' }] }],
    },
    inputTokenCount: 35,
  },
  output: {
    outputContentType: 'application/json',
    outputBodyJson: {
      output: { message: { role: 'assistant', content: [{ text: 'flight' }] } },
      stopReason: 'end_turn',
      metrics: { latencyMs: 364 },
      usage: { inputTokens: 35, outputTokens: 2, totalTokens: 37 },
    },
    outputTokenCount: 2,
  },
};

describe('an invocation log record', () => {
  it('gives the request, production’s answer and its latency', () => {
    const call = readRecord(LOGGED)!;
    assert.equal(call.modelId, LOGGED.modelId);
    assert.equal(call.answer, 'flight');
    assert.equal(call.latencyMs, 364);
    assert.deepEqual(call.system, [{ text: 'Classify the request.' }]);
    assert.deepEqual(call.messages, [{ role: 'user', content: [{ text: 'flights from boston to denver' }] }]);
    assert.equal(call.media, false);
  });
  it('marks images and documents, keeps failed calls without an answer, and ignores other schemas', () => {
    const image = structuredClone(LOGGED) as typeof LOGGED & Record<string, unknown>;
    (image.input.inputBodyJson.messages[0]!.content as unknown[]).push({ image: { format: 'png', source: {} } });
    assert.equal(readRecord(image)!.media, true);
    const failed = { ...LOGGED, output: undefined, errorCode: 'ThrottlingException' };
    assert.equal(readRecord(failed)!.answer, undefined);
    assert.equal(readRecord({ ...LOGGED, schemaType: 'Other' }), undefined);
    assert.equal(readRecord({ ...LOGGED, timestamp: 'yesterday' }), undefined);
  });
});

describe("production's calls in the logs", () => {
  const endpoint = {
    name: 'atis-production',
    deploymentArn: 'arn:aws:bedrock:us-east-1:123456789012:custom-model-deployment/abc123abc123',
  };
  it('are the calls to the deployment by ARN, by name or by an ARN ending in its id, and no other', () => {
    const ours = servedBy(endpoint);
    assert.equal(ours(endpoint.deploymentArn), true);
    assert.equal(ours('atis-production'), true);
    assert.equal(ours('arn:aws:bedrock:us-east-1:123456789012:custom-model-deployment/abc123abc123'), true);
    assert.equal(ours('arn:aws:bedrock:us-east-1:123456789012:custom-model-deployment/abc123abc12'), false);
    assert.equal(ours('atis-production-2'), false);
    assert.equal(ours('amazon.nova-micro-v1:0'), false);
  });
  it('show their text only when it holds no personal data or credential', () => {
    assert.equal(withheld('flights from boston to denver', 'a request'), 'flights from boston to denver');
    assert.equal(withheld('mail me at jane.doe@example.com', 'a request'), '[withheld: pii/email]');
  });
});

describe('the replay sample', () => {
  const call = (i: number, extra: Partial<LoggedCall> = {}): LoggedCall => ({
    ...readRecord(LOGGED)!,
    at: new Date(Date.UTC(2026, 11, 1, 0, i)),
    ...extra,
  });
  async function* stream(calls: LoggedCall[]) {
    yield* calls;
  }
  it('is uniform over the window, holds at most n, and counts what it skips', async () => {
    const calls = Array.from({ length: 1000 }, (_, i) => call(i));
    calls.push(
      call(1000, { media: true }),
      call(1001, { operation: 'InvokeModel' }),
      call(1002, { answer: undefined }),
    );
    calls.push(call(1003, { modelId: 'amazon.nova-micro-v1:0' }));
    const s = await sampleCalls(stream(calls), (id) => id === LOGGED.modelId, 100);
    assert.equal(s.calls.length, 100);
    assert.equal(s.seen, 1003);
    assert.deepEqual(s.skipped, { media: 1, otherOperations: 1, failed: 1 });
    // the sample spreads over the window: each quarter holds a share near a quarter
    const quarters = [0, 0, 0, 0];
    const minutes = s.calls.map((c) => (c.at.getTime() - Date.UTC(2026, 11, 1)) / 60_000);
    for (const m of minutes) quarters[Math.min(3, Math.floor(m / 250))]! += 1;
    for (const q of quarters) assert.ok(q >= 12 && q <= 38, `quarters ${quarters}`);
    assert.deepEqual(
      [...minutes].sort((a, b) => a - b),
      minutes,
      'oldest first',
    );
  });
});

describe('a breach during the watch', () => {
  const limits = { maxErrorRate: 0.05, maxLatencyRatio: 2, baselineP95: 100 };
  const m = (invocations: number, serverErrors: number, latencyP95?: number) => ({
    invocations,
    serverErrors,
    clientErrors: 0,
    throttles: 0,
    latencyP95,
  });
  it('is the server-error rate past max-error-rate, once there are 20 invocations', () => {
    assert.equal(breachOf(m(19, 10), limits), undefined, 'too few invocations to judge');
    assert.equal(breachOf(m(40, 2), limits), undefined, '5.0 % is not over 5 %');
    assert.match(
      breachOf(m(40, 3), limits)!,
      /^server errors on 3 of 40 invocations \(7\.5 %\), over 'max-error-rate' 5\.0 %$/,
    );
  });
  it("is latency p95 past max-latency-ratio × production's; no baseline, no latency bound", () => {
    assert.equal(breachOf(m(40, 0, 200), limits), undefined);
    assert.match(breachOf(m(40, 0, 201), limits)!, /^latency p95 201 ms, over 2 × production's 100 ms/);
    assert.equal(breachOf(m(40, 0, 5000), { ...limits, baselineP95: undefined }), undefined);
  });
});
