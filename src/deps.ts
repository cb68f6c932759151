import type { RunContext } from './github/context.js';
import type { AwsClients } from './aws/clients.js';
import type { Io } from './io/io.js';
import type { Settings } from './settings.js';
import type { Clock, PollSchedule } from './lib/clock.js';
import type { EvaluationResources } from './lib/resources.js';

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
