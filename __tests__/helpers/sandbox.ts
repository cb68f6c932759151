import { BedrockClient } from '@aws-sdk/client-bedrock';
import { BedrockRuntimeClient } from '@aws-sdk/client-bedrock-runtime';
import { S3Client } from '@aws-sdk/client-s3';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import { ConfiguredRetryStrategy } from '@smithy/util-retry';
import type { AwsCredentialIdentity } from '@aws-sdk/types';
import { STATIC_CREDENTIAL, type Sandbox } from '../../sandbox/index.js';

const staticCredentials: AwsCredentialIdentity = {
  accessKeyId: STATIC_CREDENTIAL.accessKeyId,
  secretAccessKey: STATIC_CREDENTIAL.secretAccessKey,
};

/** The real SDK clients, pointed at the sandbox; retries back off 5 ms so tests do not sleep. */
export function clients(sandbox: Sandbox, credentials: AwsCredentialIdentity = staticCredentials, maxAttempts = 3) {
  const common = { region: 'us-east-1', credentials, retryStrategy: new ConfiguredRetryStrategy(maxAttempts, () => 5) };
  return {
    s3: new S3Client({
      ...common,
      endpoint: sandbox.endpoints.s3,
      forcePathStyle: true,
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    }),
    bedrock: new BedrockClient({ ...common, endpoint: sandbox.endpoints.bedrock }),
    runtime: new BedrockRuntimeClient({ ...common, endpoint: sandbox.endpoints.runtime }),
    /** the runtime client forced onto HTTP/1.1 */
    runtimeHttp1: new BedrockRuntimeClient({
      ...common,
      endpoint: sandbox.endpoints.runtime,
      requestHandler: new NodeHttpHandler(),
    }),
  };
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls until `check` returns a value, or fails after `ms`. */
export async function eventually<T>(check: () => Promise<T | undefined>, ms = 10_000, every = 50): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error(`condition not met within ${ms} ms`);
    await sleep(every);
  }
}

/**
 * Production's users: each text sent to `modelId` (the stable endpoint) as an application's
 * Converse call, answered, counted by CloudWatch and written to the invocation logs as one that came
 * over the wire, without signing hundreds of requests; then the logs are delivered.
 */
export async function applicationTraffic(
  sandbox: Sandbox,
  modelId: string,
  texts: readonly string[],
  /** caller: the principal the calls are logged as (default: the application's role, production-app) */
  options: { system?: Array<{ text: string }>; maxTokens?: number; caller?: string } = {},
): Promise<void> {
  for (const text of texts)
    await sandbox.runtime.application(
      modelId,
      {
        system: options.system,
        messages: [{ role: 'user', content: [{ text }] }],
        inferenceConfig: { maxTokens: options.maxTokens ?? 50 },
      },
      options.caller,
    );
  await sandbox.monitoring.deliver();
}
