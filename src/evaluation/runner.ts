import { UserError, isTransient, messageOf } from '../errors.js';
import type { Io } from '../io/io.js';
import type { Scorer } from '../settings.js';
import type { Runtime } from '../aws/runtime.js';
import type { Clock } from '../training/wait.js';
import type { RecordResult } from './metrics.js';
import { score } from './scorers.js';
import type { Target } from './targets.js';
import type { TestRecord } from './testset.js';

export interface RunOptions {
  readonly scorer: Scorer;
  readonly concurrency: number;
  readonly maxTokens: number;
  readonly io: Io;
  readonly clock: Clock;
  /** tries of a throttled record before it counts as an error */
  readonly recordRetries?: number;
  readonly progressEveryMs?: number;
}

const isThrottling = (error: unknown) => {
  const e = error as { name?: string; $metadata?: { httpStatusCode?: number } };
  return (
    e?.$metadata?.httpStatusCode === 429 ||
    ['ThrottlingException', 'TooManyRequestsException', 'ModelNotReadyException'].includes(e?.name ?? '')
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

/**
 * Sends every test record to the target, at most `concurrency` at a time. The runtime client
 * makes one attempt per call; retries are made here, so throttling shapes the concurrency and
 * the evaluation runs as fast as the quota allows, losing no record. A record that still fails
 * is an error, shown as such and never counted as a wrong answer; past a small budget of them
 * the evaluation stops and fails with the first error.
 */
export async function runTarget(
  runtime: Runtime,
  target: Target,
  records: readonly TestRecord[],
  options: RunOptions,
): Promise<RecordResult[]> {
  const { io, clock } = options;
  const results: RecordResult[] = new Array(records.length);
  const started = clock.now();
  const window = new Window(options.concurrency, () => clock.now());
  let next = 0;
  let done = 0;
  let errors = 0;
  let lastLog = started;
  const every = options.progressEveryMs ?? 10_000;
  const throttleRetries = options.recordRetries ?? 12;
  const budget = errorBudget(records.length);

  const one = async (record: TestRecord): Promise<RecordResult> => {
    let failures = 0;
    for (let attempt = 0; ; attempt++) {
      await window.enter();
      try {
        const reply = await runtime.converse(target.modelId, record.system, record.messages, options.maxTokens);
        window.succeeded();
        return {
          line: record.line,
          expected: record.expected,
          output: reply.text,
          correct: score(options.scorer, reply.text, record.expected),
          latencyMs: reply.latencyMs,
          inputTokens: reply.inputTokens,
          outputTokens: reply.outputTokens,
        };
      } catch (error) {
        const throttled = isThrottling(error);
        if (throttled) window.throttled();
        else failures += 1;
        const retry = throttled ? attempt < throttleRetries : isTransient(error) && failures < 3;
        if (!retry)
          return {
            line: record.line,
            expected: record.expected,
            correct: false,
            error: `${(error as { name?: string }).name ?? 'Error'}: ${messageOf(error)}`,
          };
        // Full jitter: retries of one burst do not come back together.
        await clock.sleep(Math.random() * Math.min(5_000, 100 * 2 ** Math.min(attempt, 6)));
      } finally {
        window.leave();
      }
    }
  };

  const worker = async () => {
    // Past the error budget the evaluation has failed: stop sending, let calls in flight finish.
    while (next < records.length && errors <= budget) {
      const i = next++;
      results[i] = await one(records[i]!);
      done += 1;
      if (results[i]!.error) errors += 1;
      const now = clock.now();
      if (now - lastLog >= every || done === records.length) {
        lastLog = now;
        const rate = done / Math.max(0.001, (now - started) / 1000);
        io.info(
          `[${target.label}] ${done}/${records.length} (${Math.round((100 * done) / records.length)} %), ${rate.toFixed(1)} records/s, ${errors} error(s), ${Math.floor(window.size)} in flight`,
        );
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(options.concurrency, records.length) }, worker));

  if (errors > budget) {
    const first = results.find((r) => r?.error)!;
    throw new UserError(
      `Evaluation of ${target.label} failed: ${errors} calls failed after retries (more than ${budget} of ${records.length} allowed), so it stopped; the first, on test line ${first.line}: ${first.error}. Check the model's quota and the role's bedrock:InvokeModel permission, or lower 'eval-concurrency'.`,
    );
  }
  return results;
}
