import { UserError, isTransient, messageOf } from '../errors.js';
import type { Io } from '../io/io.js';
import type { Scorer } from '../settings.js';
import type { Runtime } from '../aws/runtime.js';
import type { Clock } from '../lib/clock.js';
import type { RecordResult } from './metrics.js';
import { isStringScorer, score } from './scorers.js';
import type { Target } from './targets.js';
import type { TestRecord } from './testset.js';

/** A call refused for the rate or a model still loading: worth retrying, and no sign that the model fails. */
export const isThrottling = (error: unknown) => {
  const e = error as { name?: string; $metadata?: { httpStatusCode?: number } };
  return (
    e?.$metadata?.httpStatusCode === 429 ||
    ['ThrottlingException', 'TooManyRequestsException', 'ModelNotReadyException', 'EC2ThrottledException'].includes(
      e?.name ?? '',
    )
  );
};

/** More errors than this fails the evaluation: a few can be shown as errors, many mean a broken run. */
export const errorBudget = (records: number) => Math.max(2, Math.floor(records * 0.02));

/**
 * How many calls may be in flight: additive increase, multiplicative decrease (as TCP does).
 * Throttling halves the window (once per second at most: one burst is one signal), each success
 * grows it by 1/window, up to `eval-concurrency`. It settles where the model's quota allows.
 */
class Window {
  private active = 0;
  private readonly waiting: Array<() => void> = [];
  private lastCut = -Infinity;
  size: number;

  constructor(
    private readonly max: number,
    private readonly now: () => number,
  ) {
    this.size = max;
  }

  async enter(): Promise<void> {
    if (this.active < Math.floor(this.size)) {
      this.active += 1;
      return;
    }
    await new Promise<void>((resolve) => this.waiting.push(resolve));
  }

  leave(): void {
    this.active -= 1;
    this.pump();
  }

  throttled(): void {
    if (this.now() - this.lastCut < 1000) return;
    this.lastCut = this.now();
    this.size = Math.max(1, this.size / 2);
  }

  succeeded(): void {
    this.size = Math.min(this.max, this.size + 1 / this.size);
    this.pump();
  }

  private pump(): void {
    while (this.waiting.length > 0 && this.active < Math.floor(this.size)) {
      this.active += 1;
      this.waiting.shift()!();
    }
  }
}

export interface CallOptions {
  readonly concurrency: number;
  readonly io: Io;
  readonly clock: Clock;
  /** for progress lines, e.g. the model's label */
  readonly label: string;
  /** tries of a throttled call before it counts as an error */
  readonly recordRetries?: number;
  readonly progressEveryMs?: number;
  /** records done so far, after each call (the live card) */
  readonly onRecords?: (done: number, total: number) => void;
}

/** One unit of remote work (a model call, a batch of grader samples) and the records it covers. */
export interface Call<R> {
  /** the test lines this call is for: an error counts once per line */
  readonly lines: readonly number[];
  run(): Promise<R>;
  /** what the call stands for when it failed for good */
  failed(error: string): R;
}

export class ErrorBudgetExceeded extends Error {
  constructor(
    readonly errors: number,
    readonly budget: number,
    readonly total: number,
    readonly firstLine: number,
    readonly first: string,
  ) {
    super(`${errors} failed calls, over ${budget}`);
  }
}

/**
 * Runs remote calls at most `concurrency` at a time, shaped by throttling (see Window), retrying
 * throttled and transient failures; a call that still fails stands for an error on each of its
 * records, never a wrong answer. Past the error budget it stops sending and throws
 * ErrorBudgetExceeded (the caller says what failed and what to check).
 */
export async function runCalls<R>(
  calls: ReadonlyArray<Call<R>>,
  total: number,
  /** the records a result failed for, with why */
  errorsOf: (r: R) => ReadonlyArray<{ line: number; error: string }>,
  options: CallOptions,
): Promise<R[]> {
  const { io, clock } = options;
  const results: R[] = new Array(calls.length);
  const started = clock.now();
  const window = new Window(options.concurrency, () => clock.now());
  let next = 0;
  let done = 0;
  let records = 0;
  let errors = 0;
  let first: { line: number; error: string } | undefined;
  let lastLog = started;
  const every = options.progressEveryMs ?? 10_000;
  const throttleRetries = options.recordRetries ?? 12;
  const budget = errorBudget(total);

  const one = async (call: Call<R>): Promise<R> => {
    let failures = 0;
    for (let attempt = 0; ; attempt++) {
      await window.enter();
      try {
        const result = await call.run();
        window.succeeded();
        return result;
      } catch (error) {
        const throttled = isThrottling(error);
        if (throttled) window.throttled();
        else failures += 1;
        const retry = throttled ? attempt < throttleRetries : isTransient(error) && failures < 3;
        if (!retry) {
          return call.failed(`${(error as { name?: string }).name ?? 'Error'}: ${messageOf(error)}`);
        }
        // Full jitter: retries of one burst do not come back together.
        await clock.sleep(Math.random() * Math.min(5_000, 100 * 2 ** Math.min(attempt, 6)));
      } finally {
        window.leave();
      }
    }
  };

  const worker = async () => {
    // Past the error budget the evaluation has failed: stop sending, let calls in flight finish.
    while (next < calls.length && errors <= budget) {
      const i = next++;
      const call = calls[i]!;
      const result = await one(call);
      results[i] = result;
      done += 1;
      records += call.lines.length;
      options.onRecords?.(records, total);
      const failed = errorsOf(result);
      errors += failed.length;
      first ??= failed[0];
      const now = clock.now();
      if (now - lastLog >= every || done === calls.length) {
        lastLog = now;
        const rate = records / Math.max(0.001, (now - started) / 1000);
        io.info(
          `[${options.label}] ${records}/${total} (${Math.round((100 * records) / total)} %), ${rate.toFixed(1)} records/s, ${errors} error(s), ${Math.floor(window.size)} in flight`,
        );
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(options.concurrency, calls.length) }, worker));
  if (errors > budget) throw new ErrorBudgetExceeded(errors, budget, total, first!.line, first!.error);
  return results;
}

export interface RunOptions {
  readonly scorer: Scorer;
  readonly concurrency: number;
  readonly maxTokens: number;
  readonly io: Io;
  readonly clock: Clock;
  readonly recordRetries?: number;
  readonly progressEveryMs?: number;
  readonly onRecords?: (done: number, total: number) => void;
}

/**
 * Sends every test record to the target. The runtime client makes one attempt per call; retries
 * are made here, so throttling shapes the concurrency and the evaluation runs as fast as the
 * quota allows, losing no record. For graded and judged scorers `correct` is provisional (a
 * string comparison); grading.ts scores the outputs afterwards.
 */
export async function runTarget(
  runtime: Runtime,
  target: Target,
  records: readonly TestRecord[],
  options: RunOptions,
): Promise<RecordResult[]> {
  const calls: Array<Call<RecordResult>> = records.map((record) => ({
    lines: [record.line],
    run: async () => {
      const reply = await runtime.converse(target.modelId, record.system, record.messages, options.maxTokens);
      return {
        line: record.line,
        expected: record.expected,
        output: reply.text,
        correct: isStringScorer(options.scorer) ? score(options.scorer, reply.text, record.expected) : false,
        latencyMs: reply.latencyMs,
        inputTokens: reply.inputTokens,
        outputTokens: reply.outputTokens,
      };
    },
    failed: (error) => ({ line: record.line, expected: record.expected, correct: false, error }),
  }));
  try {
    return await runCalls(calls, records.length, (r) => (r.error ? [{ line: r.line, error: r.error }] : []), {
      ...options,
      label: target.label,
    });
  } catch (error) {
    if (!(error instanceof ErrorBudgetExceeded)) throw error;
    throw new UserError(
      `Evaluation of ${target.label} failed: ${error.errors} calls failed after retries (more than ${error.budget} of ${error.total} allowed), so it stopped; the first, on test line ${error.firstLine}: ${error.first}. Check the model's quota and the role's bedrock:InvokeModel permission, or lower 'eval-concurrency'.`,
    );
  }
}
