import type { RunContext } from './github/context.js';
import type { AwsClients } from './aws/clients.js';
import type { S3Store } from './aws/s3-store.js';
import type { Io } from './io/io.js';
import type { Settings } from './settings.js';
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

/**
 * One run of a command once its data is validated and AWS is reached: what every phase after
 * validation is handed, as one value.
 */
export interface Pipeline {
  readonly settings: Settings;
  /** the validator's report on the datasets (their hashes, records, labels, overlaps) */
  readonly validation: ValidationReport;
  readonly aws: AwsClients;
  readonly store: S3Store;
  readonly deps: Deps;
  readonly io: Io;
}
