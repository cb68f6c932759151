// Time, injected: every wait and retry takes a Clock and a PollSchedule, so tests never sleep.

export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const systemClock: Clock = { now: () => Date.now(), sleep: (ms) => new Promise((r) => setTimeout(r, ms)) };

/** Polls start every 30 s and grow to 5 min: over a long job, well under one call a minute. */
export interface PollSchedule {
  readonly initialMs: number;
  readonly factor: number;
  readonly maxMs: number;
  /** the live PR comment is written at most once in this long */
  readonly commentMs: number;
  /** a minute of the watch after a promotion (watch-minutes; CloudWatch's one-minute periods) */
  readonly minuteMs: number;
}

export const DEFAULT_SCHEDULE: PollSchedule = {
  initialMs: 30_000,
  factor: 1.5,
  maxMs: 300_000,
  commentMs: 60_000,
  minuteMs: 60_000,
};
