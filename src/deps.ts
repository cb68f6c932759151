import type { RunContext } from './github/context.js';
import type { AwsClients } from './aws/clients.js';
import type { S3Store } from './aws/s3-store.js';
import type { Io } from './io/io.js';
import type { S3Location, Settings } from './settings.js';
import type { Account } from './aws/account.js';
import type { BedrockJobs } from './aws/bedrock-jobs.js';
import type { CustomModels } from './aws/custom-models.js';
import type { Deployments } from './aws/deployments.js';
import type { EndpointUpdates } from './aws/endpoint-updates.js';
import type { FoundationModels } from './aws/foundation-models.js';
import type { InvocationLogs } from './aws/invocation-logs.js';
import type { BedrockMetrics } from './aws/metrics.js';
import type { PriceList } from './aws/pricing.js';
import type { Runtime } from './aws/runtime.js';
import type { LambdaFunctions } from './aws/lambda.js';
import type { Clock, PollSchedule } from './lib/clock.js';
import type { EvaluationResources } from './lib/resources.js';
import type { ValidationReport } from './dataset/validate.js';

/** What the commands get from outside besides settings and Io: injected, so tests replace it. */
export interface Deps {
  readonly context: RunContext;
  readonly clock: Clock;
  readonly schedule: PollSchedule;
  /** epoch ms when the step started: `wait-minutes` counts from here */
  readonly startedAt: number;
  readonly env: NodeJS.ProcessEnv;
  /** @actions/core's getIDToken */
  readonly getIdToken: (audience: string) => Promise<string>;
  /** evaluation resources that exist now, for cleanup on cancel (absent: not tracked) */
  readonly resources?: EvaluationResources;
  /** the one AWS client factory (loaded on first use: `validate` never loads the AWS SDK) */
  readonly aws: (settings: Settings, io: Io) => Promise<AwsClients>;
}

/** The adapters over the run's AWS clients, built once (services.ts) and handed to the steps. */
export interface Services {
  readonly jobs: BedrockJobs;
  readonly models: CustomModels;
  readonly deployments: Deployments;
  readonly endpointUpdates: EndpointUpdates;
  readonly foundation: FoundationModels;
  readonly runtime: Runtime;
  /** the grader Lambda of `scorer: grader` */
  readonly lambda: LambdaFunctions;
  readonly priceList: PriceList;
  /** CloudWatch (its own client, made on first use) */
  readonly metrics: BedrockMetrics;
  /** STS, IAM and Service Quotas (their own clients, made on first use) */
  readonly account: Account;
  /** the invocation logs delivered to `location` */
  logs(location: S3Location): InvocationLogs;
}

/** A command's run once AWS is reached: the settings, the clients, the store and the adapters, as one value. */
export interface Session {
  readonly settings: Settings;
  readonly aws: AwsClients;
  readonly store: S3Store;
  readonly services: Services;
  readonly deps: Deps;
  readonly io: Io;
}

/**
 * One run of `run`, `evaluate` or `promote` once its data is validated and AWS is reached: what
 * every phase after validation is handed, as one value.
 */
export interface Pipeline extends Session {
  /** the validator's report on the datasets (their hashes, records, labels, overlaps) */
  readonly validation: ValidationReport;
}
