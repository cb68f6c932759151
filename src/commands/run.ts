import { UserError } from '../errors.js';
import type { Deps } from '../deps.js';
import type { Io } from '../io/io.js';
import type { Settings } from '../settings.js';
import { jobFailure, train } from '../training/train.js';
import { validate } from './validate.js';

/** A fork's code is not trusted with credentials: refuse before anything touches AWS. */
function refuseForks(settings: Settings, deps: Deps): void {
  const pr = deps.context.pullRequest;
  if (pr?.fromFork && !settings.allowForks) {
    throw new UserError(
      `This pull request comes from a fork (${pr.headRepo || 'a deleted repository'}), so the action stops before touching AWS; the datasets were validated. ` +
        `To train fork pull requests, set 'allow-forks: true', preferably behind an environment with required reviewers.`,
    );
  }
}

/** validate → upload → train → wait (evaluation and the report follow in later phases). */
export async function run(settings: Settings, io: Io, deps: Deps): Promise<void> {
  const report = await validate(settings, io);
  refuseForks(settings, deps);
  const aws = deps.aws(settings, io);
  try {
    const training = await train(settings, report, aws, deps, io);
    const { job } = training;
    if (job.status === 'InProgress' || job.status === 'Stopping') {
      io.notice(
        `Training job ${job.name} is still ${job.status} after ${settings.waitMinutes} min ('wait-minutes'). That is not a failure: ` +
          `the next run with the same data finds this job and goes on waiting instead of starting another. Re-run this workflow later, or let a scheduled run pick it up.`,
      );
      return;
    }
    if (job.status !== 'Completed') throw jobFailure(job);
    io.info(`Training job ${job.name} completed: ${job.customModelArn}`);
  } finally {
    aws.destroy();
  }
}
