// Scoring beyond string comparison: after a model has answered, its answers are graded by the
// grader Lambda or rated by the judge. One object per evaluation, used for every model alike.
import { createHash } from 'node:crypto';
import type { Io } from '../io/io.js';
import type { RunSettings, TrainingSettings, EvaluationSettings } from '../settings.js';
import type { Clock } from '../lib/clock.js';
import { gradeWithLambda } from './grader.js';
import { judgeAnswers, loadRubric } from './judge.js';
import type { RecordResult } from './metrics.js';
import type { TestRecord } from './testset.js';
import { type Services } from '../deps.js';

export interface Grading {
  /** for the report: what scored the answers (the judge's rubric: its file, or 'built-in') */
  readonly by: { readonly grader?: string; readonly judge?: string; readonly rubric?: string };
  /** what the results depend on beyond the model and the test set: part of the cache key */
  readonly fingerprint: string;
  grade(label: string, records: readonly TestRecord[], results: readonly RecordResult[]): Promise<RecordResult[]>;
}

const short = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 16);

/** The grading of `scorer: grader` or `judge`; undefined for the string scorers. */
export async function gradingFor(
  settings: RunSettings & TrainingSettings & EvaluationSettings,
  services: Pick<Services, 'lambda' | 'runtime'>,
  clock: Clock,
  io: Io,
): Promise<Grading | undefined> {
  const common = { passThreshold: settings.passThreshold, concurrency: settings.evalConcurrency, io, clock };
  if (settings.scorer === 'grader') {
    const { lambda } = services;
    const functionArn = settings.graderLambdaArn!;
    return {
      by: { grader: functionArn },
      fingerprint: short({ grader: functionArn }),
      grade: (label, records, results) =>
        gradeWithLambda(lambda, records, results, label, {
          ...common,
          functionArn,
          batchSize: settings.graderBatchSize,
        }),
    };
  }
  if (settings.scorer === 'judge') {
    // Checked, and its unused placeholders noted, when the datasets were validated.
    const rubric = await loadRubric(settings);
    const { runtime } = services;
    return {
      by: { judge: settings.judgeModel, rubric: rubric.source },
      fingerprint: short({ judge: settings.judgeModel, rubric: rubric.sha256 }),
      grade: (label, records, results) =>
        judgeAnswers(runtime, records, results, label, { ...common, model: settings.judgeModel, rubric }),
    };
  }
  return undefined;
}

/** Cached graded results, with `correct` by this run's pass-threshold (the scores do not depend on it). */
export function withThreshold(results: readonly RecordResult[], passThreshold: number): RecordResult[] {
  return results.map((r) => (r.score === undefined || r.error ? r : { ...r, correct: r.score >= passThreshold }));
}
