import { UserError, messageOf } from '../errors.js';
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
  /** extra tries per record after the SDK's own retries (transient errors only) */
  readonly recordRetries?: number;
  readonly progressEveryMs?: number;
}

const isThrottling = (error: unknown) => {
  const e = error as { name?: string; $metadata?: { httpStatusCode?: number } };
  return e?.$metadata?.httpStatusCode === 429 || ['ThrottlingException', 'TooManyRequestsException', 'ModelNotReadyException'].includes(e?.name ?? '');
};

/** More errors than this fails the evaluation: a few can be shown as errors, many mean a broken run. */
export const errorBudget = (records: number) => Math.max(2, Math.floor(records * 0.02));

/**
 * Sends every test record to the target, `concurrency` at a time. Throttling slows it down
 * (the SDK's adaptive retry, then a few tries of our own) and loses no record; a record that still
 * fails is an error, shown as such and never counted as a wrong answer.
 */
export async function runTarget(runtime: Runtime, target: Target, records: readonly TestRecord[], options: RunOptions): Promise<RecordResult[]> {
  const { io, clock } = options;
  const results: RecordResult[] = new Array(records.length);
  const started = clock.now();
  let next = 0;
  let done = 0;
  let errors = 0;
  let lastLog = started;
  const every = options.progressEveryMs ?? 10_000;
  const retries = options.recordRetries ?? 4;

  const one = async (record: TestRecord): Promise<RecordResult> => {
    for (let attempt = 0; ; attempt++) {
      try {
        const reply = await runtime.converse(target.modelId, record.system, record.messages, options.maxTokens);
        return { line: record.line, expected: record.expected, output: reply.text, correct: score(options.scorer, reply.text, record.expected), latencyMs: reply.latencyMs, inputTokens: reply.inputTokens, outputTokens: reply.outputTokens };
      } catch (error) {
        // The SDK already retried; throttling that outlasts it is waited out, other errors are final.
        if (isThrottling(error) && attempt < retries) {
          await clock.sleep(500 * 2 ** attempt);
          continue;
        }
        return { line: record.line, expected: record.expected, correct: false, error: `${(error as { name?: string }).name ?? 'Error'}: ${messageOf(error)}` };
      }
    }
  };

  const budget = errorBudget(records.length);
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
        io.info(`[${target.label}] ${done}/${records.length} (${Math.round((100 * done) / records.length)} %), ${rate.toFixed(1)} records/s, ${errors} error(s)`);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(options.concurrency, records.length) }, worker));

  if (errors > budget) {
    const first = results.find((r) => r?.error)!;
    throw new UserError(`Evaluation of ${target.label} failed: ${errors} calls failed after retries (more than ${budget} of ${records.length} allowed), so it stopped; the first, on test line ${first.line}: ${first.error}. Check the model's quota and the role's bedrock:InvokeModel permission, or lower 'eval-concurrency'.`);
  }
  return results;
}
