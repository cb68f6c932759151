// Evaluation wall time against its lower bound, max(N·latency/concurrency, N/quota), with the
// sandbox's runtime at 200 ms a call under a requests-per-second quota; and against a sequential
// loop over the same records, in the same run. Not part of the tests.  npm run bench:evaluate
import { BedrockRuntimeClient } from '@aws-sdk/client-bedrock-runtime';
import { startSandbox, STATIC_CREDENTIAL } from '../sandbox/index.js';
import { generate, record } from '../examples/atis-intents/generate.js';
import { writeFileSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Runtime } from '../src/aws/runtime.js';
import { runTarget } from '../src/evaluation/runner.js';
import { baseTarget } from '../src/evaluation/targets.js';
import { loadTestSet } from '../src/evaluation/testset.js';
import { systemClock } from '../src/lib/clock.js';
import { memoryIo } from '../__tests__/helpers/io.js';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
const N = Number(process.env.BENCH_RECORDS ?? 400);
const LATENCY = Number(process.env.BENCH_LATENCY_MS ?? 200);
const PER_SECOND = Number(process.env.BENCH_QUOTA_PER_SECOND ?? 20);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);

const dir = mkdtempSync(path.join(os.tmpdir(), 'bmci-bench-'));
const file = path.join(dir, 'test.jsonl');
writeFileSync(
  file,
  generate(99, 200, N)
    .test.map(([i, t]) => record(i, t))
    .join('\n') + '\n',
);
const records = await loadTestSet(file);

const sandbox = await startSandbox({
  faults: { 'bedrock-runtime': { latencyMs: LATENCY, rpm: PER_SECOND, windowMs: 1000 } },
});
// The action's own runtime client settings (src/aws/clients.ts): one attempt, the runner retries.
const client = new BedrockRuntimeClient({
  region: 'us-east-1',
  endpoint: sandbox.endpoints.runtime,
  maxAttempts: 1,
  credentials: { accessKeyId: STATIC_CREDENTIAL.accessKeyId, secretAccessKey: STATIC_CREDENTIAL.secretAccessKey },
});
const runtime = new Runtime(client);
const target = baseTarget('amazon.nova-micro-v1:0', 'base');
const { io } = memoryIo();

async function timed(concurrency: number): Promise<{ seconds: number; errors: number; throttled: number }> {
  sandbox.calls.clear();
  const t = performance.now();
  const results = await runTarget(runtime, target, records, {
    scorer: 'normalized',
    concurrency,
    maxTokens: 64,
    io,
    clock: systemClock,
  });
  return {
    seconds: (performance.now() - t) / 1000,
    errors: results.filter((r) => r.error).length,
    throttled: sandbox.calls.of('bedrock-runtime').filter((c) => c.fault).length,
  };
}

const parallel = await timed(CONCURRENCY);
const bound = Math.max((N * LATENCY) / 1000 / CONCURRENCY, N / PER_SECOND);
const sequential = await timed(1);
await sandbox.stop();
process.stdout.write(
  [
    `${N} records, ${LATENCY} ms a call, quota ${PER_SECOND}/s, eval-concurrency ${CONCURRENCY}`,
    `bound max(N·latency/concurrency, N/quota): ${bound.toFixed(1)} s`,
    `evaluation: ${parallel.seconds.toFixed(1)} s, ${parallel.errors} records lost, ${parallel.throttled} calls throttled (retried)`,
    `ratio to the bound: ${(parallel.seconds / bound).toFixed(2)} (target ≤ 1.2)`,
    `sequential loop: ${sequential.seconds.toFixed(1)} s, ${sequential.errors} lost; speed-up ${(sequential.seconds / parallel.seconds).toFixed(2)}×`,
  ].join('\n') + '\n',
);
