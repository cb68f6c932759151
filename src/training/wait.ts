import { UserError, awsFailure, isTransient } from '../errors.js';
import type { Io } from '../io/io.js';
import type { BedrockJobs, JobView, Stage } from '../aws/bedrock-jobs.js';
import type { Clock, PollSchedule } from '../lib/clock.js';

const TERMINAL = new Set(['Completed', 'Failed', 'Stopped']);
const STAGES: readonly Stage[] = ['validation', 'dataProcessing', 'training'];
const MAX_CONSECUTIVE_FAILURES = 6;

export interface WaitOptions {
  /** epoch ms: past it the job is handed over to a later run */
  readonly deadline: number;
  readonly clock: Clock;
  readonly schedule: PollSchedule;
  readonly io: Io;
}

/**
 * Waits for a job to end or for the deadline, logging each status and stage change: the grid of
 * one job (see waitForJobs). Returns the last view: terminal, or InProgress at the deadline.
 */
export async function waitForJob(jobs: BedrockJobs, name: string, options: WaitOptions): Promise<JobView> {
  return (await waitForJobs(jobs, [name], options))[0]!;
}

/** Whether the job's status or a stage's status differs from before (or there was no before). */
function changed(before: JobView | undefined, now: JobView): boolean {
  return !before || before.status !== now.status || STAGES.some((s) => before.stages[s] !== now.stages[s]);
}

function logTransitions(io: Io, before: JobView | undefined, now: JobView, elapsedMs: number): void {
  const at = `${Math.round(elapsedMs / 1000)} s`;
  if (!before || before.status !== now.status)
    io.info(`[${at}] ${now.name}: ${before ? `${before.status} → ` : ''}${now.status}`);
  for (const stage of STAGES) {
    const was = before?.stages[stage];
    const is = now.stages[stage];
    if (is && is !== was && !(was === undefined && is === 'NotStarted'))
      io.info(`[${at}]   ${stage}: ${was && was !== 'NotStarted' ? `${was} → ` : ''}${is}`);
  }
}

/**
 * Waits for jobs (a sweep's points, or one) in one poll loop over those still running, until all
 * have ended or the deadline comes, logging each status and stage change. Throttling, 5xx and
 * network errors that outlast the SDK's retries are logged and polled through. Returns each job
 * as last seen, in the given order.
 */
export async function waitForJobs(
  jobs: BedrockJobs,
  names: readonly string[],
  options: WaitOptions & {
    /**
     * Called after each poll while some job still runs, with every job as last seen and whether a
     * status or stage changed since the last call (the first sighting counts as a change).
     */
    readonly onProgress?: (views: readonly JobView[], changed: boolean) => Promise<void>;
  },
): Promise<JobView[]> {
  const { clock, io, schedule } = options;
  const last = new Map<string, JobView>();
  const failures = new Map<string, number>();
  let interval = schedule.initialMs;
  const started = clock.now();
  let moved = false;
  for (;;) {
    for (const name of names) {
      const before = last.get(name);
      if (before && TERMINAL.has(before.status)) continue;
      try {
        const job = await jobs.get(name);
        if (!job)
          throw new UserError(`Training job ${name} disappeared while waiting for it. Run again to start a new one.`);
        failures.set(name, 0);
        moved ||= changed(before, job);
        logTransitions(io, before, job, clock.now() - started);
        last.set(name, job);
      } catch (error) {
        const n = (failures.get(name) ?? 0) + 1;
        failures.set(name, n);
        if (error instanceof UserError || !isTransient(error) || n >= MAX_CONSECUTIVE_FAILURES)
          throw awsFailure(
            `Could not read the status of training job ${name}`,
            error,
            `Check that the role may bedrock:GetModelCustomizationJob. The job may still be running; the next run with the same data picks it up.`,
          );
        io.warning(
          `Reading the status of ${name} failed (${(error as Error).name}: ${(error as Error).message}); trying again in ${Math.round(interval / 1000)} s.`,
        );
      }
    }
    const running = names.filter((n) => !TERMINAL.has(last.get(n)?.status ?? ''));
    if (running.length === 0) return names.map((n) => last.get(n)!);
    if (last.size === names.length) {
      await options.onProgress?.(
        names.map((n) => last.get(n)!),
        moved,
      );
      moved = false;
    }
    const now = clock.now();
    if (now >= options.deadline) {
      const unseen = names.find((n) => !last.has(n));
      if (unseen) throw new UserError(`Could not read the status of training job ${unseen} before the deadline.`);
      return names.map((n) => last.get(n)!);
    }
    await clock.sleep(Math.min(interval, options.deadline - now));
    interval = Math.min(schedule.maxMs, interval * schedule.factor);
  }
}
