// `scorer: grader`: the Lambda an RFT job trains against scores the evaluation's answers too, with
// Bedrock RFT's grader contract, so one function serves training and CI. See docs/scorers.md.
import { UserError } from '../errors.js';
import type { Io } from '../io/io.js';
import { FunctionError, type LambdaFunctions } from '../aws/lambda.js';
import type { Clock } from '../lib/clock.js';
import type { RecordResult } from './metrics.js';
import { ErrorBudgetExceeded, runCalls, type Call } from './runner.js';
import type { TestRecord } from './testset.js';

export interface GraderSample {
  readonly id: string;
  readonly messages: ReadonlyArray<{ readonly role: string; readonly content: string }>;
  readonly metadata: Readonly<Record<string, unknown>>;
}

export interface GraderOptions {
  readonly functionArn: string;
  readonly batchSize: number;
  readonly passThreshold: number;
  readonly concurrency: number;
  readonly io: Io;
  readonly clock: Clock;
  /** most bytes of samples per invocation (synchronous Invoke takes 6 MB) */
  readonly maxPayloadBytes?: number;
}

/** Under synchronous Invoke's 6 MB request limit, with room for the JSON around the samples. */
export const MAX_PAYLOAD_BYTES = 5 * 1024 * 1024;

const sampleId = (line: number) => `line-${line}`;

/** What the grader is sent for one answer: the prompt turns, the answer, the record's fields. */
export function graderSample(record: TestRecord, output: string): GraderSample {
  return {
    id: sampleId(record.line),
    messages: [...record.turns, { role: 'assistant', content: output }],
    metadata: record.metadata,
  };
}

type Graded = Pick<RecordResult, 'score' | 'graderMetrics' | 'error'>;

/**
 * Reads a grader response: a list of `{id, aggregate_reward_score, metrics_list?}` matched by id.
 * A sample without a valid entry gets an error (never a low score): the grader did not score it.
 */
export function readGraderResponse(response: unknown, ids: readonly string[]): Map<string, Graded> {
  const out = new Map<string, Graded>();
  const list = Array.isArray(response)
    ? response
    : // a single sample may come back as one object
      response && typeof response === 'object' && ids.length === 1
      ? [response]
      : undefined;
  if (!list) {
    const error = `the grader's response is not a list of {"id", "aggregate_reward_score"} (it is ${response === null ? 'null' : Array.isArray(response) ? 'a list' : typeof response})`;
    for (const id of ids) out.set(id, { error });
    return out;
  }
  const byId = new Map<string, Record<string, unknown>>();
  for (const entry of list)
    if (entry && typeof entry === 'object' && typeof (entry as { id?: unknown }).id === 'string')
      byId.set((entry as { id: string }).id, entry as Record<string, unknown>);
  for (const id of ids) {
    const entry = byId.get(id);
    if (!entry) {
      out.set(id, { error: `the grader's response has no entry with id '${id}'` });
      continue;
    }
    const score = entry.aggregate_reward_score;
    if (typeof score !== 'number' || !Number.isFinite(score)) {
      out.set(id, {
        error: `the grader's aggregate_reward_score for '${id}' is not a number (${JSON.stringify(score)?.slice(0, 40) ?? 'missing'})`,
      });
      continue;
    }
    // Scores are read as 0–1 (the mean, the pass threshold, min-score): one 300 would outweigh
    // three hundred honest zeros. Out of range is the grader's bug, not a score.
    if (score < 0 || score > 1) {
      out.set(id, {
        error: `the grader's aggregate_reward_score for '${id}' is ${score}, outside 0–1: scale the grader's reward to [0, 1] (see docs/scorers.md, the grader contract)`,
      });
      continue;
    }
    const metrics: Record<string, number> = {};
    if (Array.isArray(entry.metrics_list))
      for (const m of entry.metrics_list as Array<{ name?: unknown; value?: unknown }>)
        if (m && typeof m.name === 'string' && typeof m.value === 'number' && Number.isFinite(m.value))
          metrics[m.name.slice(0, 60)] = m.value;
    out.set(id, { score, graderMetrics: Object.keys(metrics).length ? metrics : undefined });
  }
  return out;
}

/**
 * Scores every answered record with the grader Lambda, `batchSize` samples per invocation,
 * concurrently and throttling-shaped like the model calls. A batch whose function fails is graded
 * again one sample at a time, so one sample the grader cannot handle does not cost the others.
 */
export async function gradeWithLambda(
  lambda: LambdaFunctions,
  records: readonly TestRecord[],
  results: readonly RecordResult[],
  label: string,
  options: GraderOptions,
): Promise<RecordResult[]> {
  const byLine = new Map(records.map((r) => [r.line, r]));
  const answered = results.filter((r) => !r.error);
  // `grader-batch-size` samples per invocation, fewer when long answers would pass the payload limit.
  const limit = options.maxPayloadBytes ?? MAX_PAYLOAD_BYTES;
  const batches: RecordResult[][] = [];
  let bytes = 0;
  for (const r of answered) {
    const size = Buffer.byteLength(JSON.stringify(graderSample(byLine.get(r.line)!, r.output ?? ''))) + 1;
    const last = batches.at(-1);
    if (last && last.length < options.batchSize && bytes + size <= limit) {
      last.push(r);
      bytes += size;
    } else {
      batches.push([r]);
      bytes = size;
    }
  }

  const grade = async (batch: readonly RecordResult[]): Promise<Map<string, Graded>> => {
    const samples = batch.map((r) => graderSample(byLine.get(r.line)!, r.output ?? ''));
    return readGraderResponse(
      await lambda.invoke(options.functionArn, samples),
      samples.map((s) => s.id),
    );
  };
  const calls: Array<Call<Map<string, Graded>>> = batches.map((batch) => ({
    lines: batch.map((r) => r.line),
    run: async () => {
      try {
        return await grade(batch);
      } catch (error) {
        if (!(error instanceof FunctionError) || batch.length === 1) throw error;
        // One sample may be what the function cannot handle: the others still get their scores.
        const one = new Map<string, Graded>();
        for (const r of batch) {
          try {
            for (const [id, g] of await grade([r])) one.set(id, g);
          } catch (inner) {
            if (!(inner instanceof FunctionError)) throw inner;
            one.set(sampleId(r.line), { error: inner.message });
          }
        }
        return one;
      }
    },
    failed: (error) => new Map(batch.map((r) => [sampleId(r.line), { error }])),
  }));
  const errorsIn = (m: Map<string, Graded>) =>
    [...m].filter(([, g]) => g.error !== undefined).map(([id, g]) => ({ line: Number(id.slice(5)), error: g.error! }));
  let graded: Array<Map<string, Graded>>;
  try {
    graded = await runCalls(calls, answered.length, errorsIn, {
      concurrency: options.concurrency,
      io: options.io,
      clock: options.clock,
      label: `grader, ${label}`,
    });
  } catch (error) {
    if (!(error instanceof ErrorBudgetExceeded)) throw error;
    throw new UserError(
      `Grading the answers of ${label} failed: ${error.errors} records could not be graded (more than ${error.budget} of ${error.total} allowed), so it stopped; the first, on test line ${error.firstLine}: ${error.first}. Check the grader (${options.functionArn}): its CloudWatch logs, that it answers the RFT grader contract (docs/scorers.md), and that the workflow's role may lambda:InvokeFunction on it.`,
    );
  }
  const all = new Map<string, Graded>();
  for (const m of graded) for (const [id, g] of m) all.set(id, g);
  return results.map((r) => {
    if (r.error) return r;
    const g = all.get(sampleId(r.line));
    if (!g || g.error !== undefined) return { ...r, correct: false, error: `grader: ${g?.error ?? 'not graded'}` };
    return { ...r, score: g.score, graderMetrics: g.graderMetrics, correct: g.score! >= options.passThreshold };
  });
}
