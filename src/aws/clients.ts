import { BedrockClient } from '@aws-sdk/client-bedrock';
import { BedrockRuntimeClient } from '@aws-sdk/client-bedrock-runtime';
import { LambdaClient } from '@aws-sdk/client-lambda';
import { PricingClient } from '@aws-sdk/client-pricing';
import { S3Client } from '@aws-sdk/client-s3';
import type { AwsCredentialIdentity } from '@aws-sdk/types';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import {
  AdaptiveRetryStrategy,
  DefaultRateLimiter,
  DEFAULT_RETRY_DELAY_BASE,
  MAXIMUM_RETRY_DELAY,
} from '@smithy/util-retry';
import { UserError } from '../errors.js';
import type { RunContext } from '../github/context.js';
import { GitHub } from '../github/client.js';
import { checkOrigin } from '../github/trust.js';
import type { Io } from '../io/io.js';
import type { RunSettings, AccessSettings } from '../settings.js';
import { awsCredentials, isExpiredCredentials, type RefreshableProvider } from './credentials.js';

export interface AwsClients {
  readonly region: string;
  readonly s3: S3Client;
  readonly bedrock: BedrockClient;
  readonly runtime: BedrockRuntimeClient;
  /** the grader Lambda of `scorer: grader` */
  readonly lambda: LambdaClient;
  /** the Price List Query API, served from us-east-1 whatever the job's region */
  readonly pricing: PricingClient;
  readonly credentials: RefreshableProvider;
  destroy(): void;
}

type Client = S3Client | BedrockClient | BedrockRuntimeClient | LambdaClient | PricingClient;

/**
 * Connections kept open and reused. The runtime client's default handler is HTTP/2 with one
 * session per request (`disableConcurrentStreams`, for its bidirectional streams, which the action
 * never uses): a TCP and TLS handshake for every evaluated record. HTTP/1.1 keep-alive, with a socket
 * for each of 'eval-concurrency''s up to 128 calls, reuses them (bench/connections.ts measures it).
 */
export function keepAlive(maxSockets = 128): NodeHttpHandler {
  // options, not Agent instances: the handler then owns the agents, and destroy() closes them
  return new NodeHttpHandler({
    httpAgent: { keepAlive: true, maxSockets },
    httpsAgent: { keepAlive: true, maxSockets },
  });
}

/** A session that ends before its declared expiry: fetch new credentials once and try again. */
function refreshOnExpiry(client: Client, credentials: RefreshableProvider): void {
  const stack = client.middlewareStack as unknown as {
    add(mw: unknown, options: { step: string; name: string }): void;
  };
  stack.add(
    (next: (args: unknown) => Promise<unknown>) => async (args: unknown) => {
      try {
        return await next(args);
      } catch (error) {
        if (!isExpiredCredentials(error)) throw error;
        credentials.invalidate();
        return next(args);
      }
    },
    { step: 'initialize', name: 'bedrockModelCiRefreshExpiredCredentials' },
  );
}

export interface ClientOptions {
  readonly settings: RunSettings & AccessSettings;
  readonly io: Io;
  readonly context: RunContext;
  readonly getIdToken: (audience: string) => Promise<string>;
  readonly env?: NodeJS.ProcessEnv;
  /** tests inject static credentials */
  readonly credentials?: AwsCredentialIdentity;
  /** the SDK's retry backoff times this: 1 (the SDK's own) but in the sandbox's tests */
  readonly backoffScale?: number;
}

/**
 * Adaptive retry, up to 8 attempts: throttling slows the action down instead of failing it. With a
 * backoff scale, the SDK's backoff (full jitter, doubling from its base, at most 20 s) shrinks by
 * it, and its rate limiter's floor rises by it, so that a test riding out a storm of throttling
 * does not sleep through real seconds.
 */
function retry(scale = 1) {
  if (scale === 1) return { retryMode: 'adaptive' as const, maxAttempts: 8 };
  let base = DEFAULT_RETRY_DELAY_BASE;
  const backoff = {
    setDelayBase: (delay: number) => void (base = delay),
    computeNextBackoffDelay: (i: number) =>
      Math.floor(scale * Math.random() * Math.min(base * 2 ** i, MAXIMUM_RETRY_DELAY)),
  };
  // The adaptive mode's client-side rate limiter refills in real seconds (at least 0.5 requests a
  // second after throttling): its floor rises by the same scale.
  const rateLimiter = new DefaultRateLimiter({ minFillRate: 0.5 / scale, minCapacity: 1 / scale });
  return { retryStrategy: new AdaptiveRetryStrategy(8, { backoff, rateLimiter }) };
}

/**
 * The one place AWS clients are made, after checking that this run may touch AWS at all (see
 * github/trust.ts): region, credentials, adaptive retry (see retry()) and the standard AWS_ENDPOINT_URL_* variables, which the SDK
 * reads itself; with an S3 endpoint override, path-style addressing.
 */
export async function createAwsClients(options: ClientOptions): Promise<AwsClients> {
  const { settings, io, context } = options;
  const github =
    settings.githubToken && context.repository
      ? new GitHub(settings.githubToken, context.repository, context.apiUrl)
      : undefined;
  await checkOrigin(settings, context, github && { headRepo: (n) => github.pullRequestHead(n) });
  const env = options.env ?? process.env;
  const region = settings.awsRegion;
  if (!region)
    throw new UserError(
      `No AWS region: set input 'aws-region' (or AWS_REGION in the environment, e.g. through aws-actions/configure-aws-credentials).`,
    );
  const credentials = awsCredentials({
    region,
    roleToAssume: settings.roleToAssume,
    roleSessionName: settings.roleSessionName,
    context,
    io,
    getIdToken: options.getIdToken,
  });
  const common = { region, credentials, ...retry(options.backoffScale) };
  const s3 = new S3Client({ ...common, forcePathStyle: Boolean(env.AWS_ENDPOINT_URL_S3 || env.AWS_ENDPOINT_URL) });
  const bedrock = new BedrockClient(common);
  // One attempt per call: the evaluation runner retries, so throttling can shape its concurrency
  // (measured: the SDK's adaptive mode under a quota ran at half the possible rate).
  const runtime = new BedrockRuntimeClient({ region, credentials, maxAttempts: 1, requestHandler: keepAlive() });
  // Likewise for the grader: its batches share the evaluation's runner and its retries.
  const lambda = new LambdaClient({ region, credentials, maxAttempts: 1 });
  const pricing = new PricingClient({ ...common, region: 'us-east-1' });
  for (const client of [s3, bedrock, runtime, lambda, pricing]) refreshOnExpiry(client, credentials);
  return {
    region,
    s3,
    bedrock,
    runtime,
    lambda,
    pricing,
    credentials,
    destroy: () => {
      s3.destroy();
      bedrock.destroy();
      runtime.destroy();
      lambda.destroy();
      pricing.destroy();
    },
  };
}
