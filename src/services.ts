// The adapters a command's steps use, built once over the run's AWS clients (the one factory,
// aws/clients.ts) and handed down in the Session: commands name steps, and never build an adapter.
import type { AwsClients } from './aws/clients.js';
import { Account } from './aws/account.js';
import { accountIdOf } from './lib/format.js';
import { BedrockJobs } from './aws/bedrock-jobs.js';
import { CustomModels } from './aws/custom-models.js';
import { Deployments } from './aws/deployments.js';
import { EndpointUpdates } from './aws/endpoint-updates.js';
import { FoundationModels } from './aws/foundation-models.js';
import { InvocationLogs } from './aws/invocation-logs.js';
import { LambdaFunctions } from './aws/lambda.js';
import { BedrockMetrics } from './aws/metrics.js';
import { PriceList } from './aws/pricing.js';
import { Runtime } from './aws/runtime.js';
import { S3Store } from './aws/s3-store.js';
import type { Deps, Services, Session } from './deps.js';
import type { Io } from './io/io.js';
import type { Settings } from './settings.js';

/** The adapters over `aws`: each made when first asked for, then the same one. */
export function servicesOf(aws: AwsClients): Services & { destroy(): void } {
  const made = new Map<string, unknown>();
  const once = <T>(name: string, make: () => T): T => {
    if (!made.has(name)) made.set(name, make());
    return made.get(name) as T;
  };
  return {
    get jobs() {
      return once('jobs', () => new BedrockJobs(aws.bedrock));
    },
    get models() {
      return once('models', () => new CustomModels(aws.bedrock));
    },
    get deployments() {
      return once('deployments', () => new Deployments(aws.bedrock));
    },
    get endpointUpdates() {
      return once('endpointUpdates', () => new EndpointUpdates(aws.bedrock));
    },
    get foundation() {
      return once('foundation', () => new FoundationModels(aws.bedrock));
    },
    get runtime() {
      return once('runtime', () => new Runtime(aws.runtime));
    },
    get lambda() {
      return once('lambda', () => new LambdaFunctions(aws.lambda));
    },
    get priceList() {
      return once('priceList', () => new PriceList(aws.pricing));
    },
    get metrics() {
      return once('metrics', () => new BedrockMetrics(aws));
    },
    get account() {
      return once('account', () => new Account(aws));
    },
    // the logs' bucket is not s3-uri's, so expected-bucket-owner is not asked of it
    logs: (location) => new InvocationLogs(aws.s3, location),
    destroy: () => {
      (made.get('metrics') as BedrockMetrics | undefined)?.destroy();
      (made.get('account') as Account | undefined)?.destroy();
    },
  };
}

export function storeFor(settings: Settings, aws: AwsClients): S3Store {
  return new S3Store(aws.s3, settings.s3!, {
    expectedBucketOwner: settings.expectedBucketOwner,
    kmsKeyId: settings.kmsKeyId,
  });
}

/** Reaches AWS once (the origin checks run there), runs `fn` on the session, and closes every client. */
export async function withSession<T>(
  settings: Settings,
  deps: Deps,
  io: Io,
  fn: (session: Session) => Promise<T>,
): Promise<T> {
  // as configure-aws-credentials' mask-aws-account-id: the account id never shows in the log
  for (const arn of [settings.roleToAssume, settings.bedrockRoleArn, settings.releaseRoleArn]) {
    const account = accountIdOf(arn);
    if (account) io.setSecret(account);
  }
  const aws = await deps.aws(settings, io);
  const services = servicesOf(aws);
  try {
    return await fn({ settings, aws, store: storeFor(settings, aws), services, deps, io });
  } finally {
    services.destroy();
    aws.destroy();
  }
}
