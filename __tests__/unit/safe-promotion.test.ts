// The pure parts of safe promotion: reading Bedrock's invocation log records, sampling them
// uniformly, and deciding what in the watch's figures is a breach.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { createGunzip, gzipSync } from 'node:zlib';
import { readRecord, records, servedBy, type LoggedCall } from '../../src/aws/invocation-logs.js';
import { callerRules, principalMatches } from '../../src/evaluation/traffic.js';
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

const APP = 'arn:aws:sts::123456789012:assumed-role/app/x';
/** the i-th request: its own words, at minute i */
const call = (i: number, extra: Partial<LoggedCall> = {}): LoggedCall => ({
  ...readRecord(LOGGED)!,
  at: new Date(Date.UTC(2026, 11, 1, 0, i)),
  messages: [{ role: 'user', content: [{ text: `flights from boston to denver on day ${i}` }] }],
  ...extra,
});
async function* stream(calls: LoggedCall[]) {
  yield* calls;
}
describe('the replay sample', () => {
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
    assert.deepEqual(s.skipped, {
      media: 1,
      otherOperations: 1,
      failed: 1,
      own: 0,
      otherCallers: 0,
      duplicates: 0,
      unreadable: 0,
    });
    assert.equal(s.callers, 1);
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

describe("whose traffic is production's (third trust review, point 1)", () => {
  const FLOOD = 'arn:aws:sts::123456789012:assumed-role/someone-else/flood';
  const OWN = 'arn:aws:sts::123456789012:assumed-role/model-ci-release/bedrock-model-ci';
  const rules = (trafficPrincipals: string[] = []) =>
    callerRules({
      roleToAssume: 'arn:aws:iam::123456789012:role/model-ci-release',
      roleSessionName: 'bedrock-model-ci',
      trafficPrincipals,
    });
  const app = Array.from({ length: 900 }, (_, i) => call(i));
  // a flood: 6,000 requests from one other principal, half of them one prompt sent again and again
  const flood = Array.from({ length: 6000 }, (_, i) =>
    call(i, {
      caller: FLOOD,
      messages: [{ role: 'user', content: [{ text: i % 2 ? 'the same words' : `forged request ${i}` }] }],
    }),
  );
  const own = Array.from({ length: 300 }, (_, i) => call(i, { caller: OWN }));
  const all = [...app, ...flood, ...own].sort((a, b) => a.at.getTime() - b.at.getTime());
  const isProduction = (id: string) => id === LOGGED.modelId;

  it("drops the action's own sessions, and gives no caller more than an equal share; a repeated prompt counts once", async () => {
    const s = await sampleCalls(stream(all), isProduction, 200, { callers: rules() });
    assert.equal(s.skipped.own, 300);
    assert.equal(s.skipped.duplicates, 2999);
    assert.equal(s.callers, 2);
    const byCaller = (c: string) => s.calls.filter((x) => x.caller === c).length;
    // before: 6,000 of 6,900 sampled requests were the flood's, about 87 % of the sample
    assert.deepEqual([byCaller(APP), byCaller(FLOOD)], [100, 100]);
  });

  it("with 'traffic-principals', only the application's requests count", async () => {
    const s = await sampleCalls(stream(all), isProduction, 200, {
      callers: rules(['arn:aws:iam::123456789012:role/app']),
    });
    assert.equal(s.calls.length, 200);
    assert.ok(s.calls.every((c) => c.caller === APP));
    assert.equal(s.skipped.otherCallers, 6000);
    assert.equal(s.seen, 900);
  });

  it('a role ARN covers its sessions; other ARNs match whole, with *', () => {
    assert.ok(principalMatches('arn:aws:iam::123456789012:role/app', APP));
    assert.ok(principalMatches('arn:aws:iam::123456789012:role/service/app', APP), 'a path is not in the session ARN');
    assert.ok(!principalMatches('arn:aws:iam::123456789012:role/app', FLOOD));
    assert.ok(!principalMatches('arn:aws:iam::999999999999:role/app', APP), 'another account');
    assert.ok(principalMatches('arn:aws:sts::123456789012:assumed-role/app/*', APP));
    assert.ok(!principalMatches('arn:aws:sts::123456789012:assumed-role/ap*/y', APP));
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

describe('the log reader is bounded (third trust review, point 5)', () => {
  const read = async (chunks: Iterable<Buffer> | AsyncIterable<Buffer>, bounds?: Parameters<typeof records>[2]) => {
    const skipped = { objects: 0, records: 0, broken: 0 };
    const out: unknown[] = [];
    for await (const r of records(chunks, skipped, bounds)) out.push(r);
    return { out, skipped };
  };
  const line = (o: unknown) => `${JSON.stringify(o)}\n`;

  it('reads one record a line and pretty-printed records, braces inside strings included, across chunk ends', async () => {
    const text = `${line({ a: '}{"' })}${JSON.stringify({ b: [1, { c: '\\"}' }] }, null, 2)}\n${line({ d: 2 })}`;
    const bytes = Buffer.from(text);
    // cut into 7-byte chunks: every boundary falls somewhere inside a record
    const chunks = Array.from({ length: Math.ceil(bytes.length / 7) }, (_, i) => bytes.subarray(i * 7, i * 7 + 7));
    const { out, skipped } = await read(chunks);
    assert.deepEqual(out, [{ a: '}{"' }, { b: [1, { c: '\\"}' }] }, { d: 2 }]);
    assert.deepEqual(skipped, { objects: 0, records: 0, broken: 0 });
  });

  it('skips and counts a record over the bound, and reads the records around it', async () => {
    const big = line({ x: 'y'.repeat(2 << 20) });
    const { out, skipped } = await read([Buffer.from(line({ n: 1 })), Buffer.from(big), Buffer.from(line({ n: 2 }))]);
    assert.deepEqual(out, [{ n: 1 }, { n: 2 }]);
    assert.equal(skipped.records, 1);
  });

  it('stops reading an object at its bound (a gzip bomb) and counts it; an unclosed record is broken, not re-parsed', async () => {
    // 697 KiB of gzip that inflates to 700 MB crashed the process before; here 64 MiB are read, then the object is cut
    async function* endless() {
      yield Buffer.from('{"input": "');
      for (let i = 0; i < 100; i++) yield Buffer.alloc(1 << 20, 0x61);
    }
    const cut = await read(endless());
    assert.deepEqual(cut.out, []);
    assert.equal(cut.skipped.objects, 1);
    // a pretty-printed record that never closes: 32,000 lines, read once (before: each line re-parsed them all)
    const open = Buffer.from(`{\n${Array.from({ length: 32_000 }, (_, i) => `  "k${i}": ${i},`).join('\n')}\n`);
    const unclosed = await read([open]);
    assert.deepEqual(unclosed.out, []);
    assert.equal(unclosed.skipped.broken, 1);
    // a real gzip stream, inflated as the reader does it
    const gz = gzipSync(
      Buffer.concat([Buffer.from(line({ n: 1 })), Buffer.alloc(8 << 20, 0x20), Buffer.from(line({ n: 2 }))]),
    );
    const inflated = await read(Readable.from([gz]).pipe(createGunzip()), { maxObject: 4 << 20 });
    assert.deepEqual(inflated.out, [{ n: 1 }]);
    assert.equal(inflated.skipped.objects, 1);
  });
});
