// Bedrock runtime calls per second and client CPU per call: the SDK's default handler (HTTP/2, one
// session per request) against the action's (src/aws/clients.ts keepAlive(): HTTP/1.1, connections
// reused), in the same run, against the sandbox's runtime in a child process so that this
// process's CPU is the client's alone. Converse calls shaped like an evaluation's (an ATIS test
// record, a label answer), eval-concurrency 8. Not part of the tests.  npm run bench:connections
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { BedrockRuntimeClient, ConverseCommand } from '@aws-sdk/client-bedrock-runtime';
import { keepAlive } from '../src/aws/clients.js';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
const ROOT = path.resolve(import.meta.dirname, '..');
const CALLS = Number(process.env.BENCH_CALLS ?? 2000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);

const prompts = readFileSync(path.join(ROOT, 'examples/atis-intents/test.jsonl'), 'utf8')
  .trim()
  .split('\n')
  .map(
    (l) => JSON.parse(l) as { system?: Array<{ text: string }>; messages: Array<{ content: Array<{ text: string }> }> },
  );

// The sandbox in its own process: `npm run sandbox` prints the environment to export.
const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'sandbox/cli.ts')], {
  cwd: ROOT,
  stdio: ['ignore', 'pipe', 'inherit'],
});
const env = await new Promise<Record<string, string>>((resolve, reject) => {
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => {
    out += chunk.toString();
    if (!out.includes('Ctrl-C stops it.')) return;
    resolve(Object.fromEntries([...out.matchAll(/^export (\w+)='([^']*)'$/gm)].map((m) => [m[1]!, m[2]!])));
  });
  child.on('exit', (code) => reject(new Error(`the sandbox exited (${code})`)));
});

async function measure(label: string, client: BedrockRuntimeClient) {
  let next = 0;
  const worker = async () => {
    while (next < CALLS) {
      const r = prompts[next++ % prompts.length]!;
      await client.send(
        new ConverseCommand({
          modelId: 'amazon.nova-micro-v1:0',
          system: r.system,
          messages: [{ role: 'user', content: r.messages[0]!.content }],
          inferenceConfig: { maxTokens: 64, temperature: 0 },
        }),
      );
    }
  };
  const cpu = process.cpuUsage();
  const t = performance.now();
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const seconds = (performance.now() - t) / 1000;
  const used = process.cpuUsage(cpu);
  client.destroy();
  return { label, perSecond: CALLS / seconds, cpuMsPerCall: (used.user + used.system) / 1000 / CALLS };
}

const common = {
  region: 'us-east-1',
  endpoint: env.AWS_ENDPOINT_URL_BEDROCK_RUNTIME,
  maxAttempts: 1,
  credentials: { accessKeyId: env.AWS_ACCESS_KEY_ID!, secretAccessKey: env.AWS_SECRET_ACCESS_KEY! },
};
try {
  // a warm-up of each, so that neither pays for loading the SDK
  await measure('warm-up', new BedrockRuntimeClient(common));
  await measure('warm-up', new BedrockRuntimeClient({ ...common, requestHandler: keepAlive() }));
  const before = await measure('SDK default (HTTP/2, a session per call)', new BedrockRuntimeClient(common));
  const after = await measure(
    'keepAlive() (HTTP/1.1, reused)',
    new BedrockRuntimeClient({ ...common, requestHandler: keepAlive() }),
  );
  process.stdout.write(
    [
      `${CALLS} Converse calls, ${CONCURRENCY} in flight, sandbox runtime in another process`,
      ...[before, after].map(
        (m) =>
          `${m.label.padEnd(42)} ${m.perSecond.toFixed(0).padStart(5)} calls/s, ${m.cpuMsPerCall.toFixed(2)} ms CPU a call`,
      ),
      `ratio: ${(after.perSecond / before.perSecond).toFixed(2)}× the calls per second, ${(before.cpuMsPerCall / after.cpuMsPerCall).toFixed(2)}× less CPU a call`,
    ].join('\n') + '\n',
  );
} finally {
  child.kill();
}
