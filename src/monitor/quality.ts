// Answer quality between pull requests, for models promoted with `scorer: judge`: the judge rates
// a small sample of production's logged answers, and the mean is set beside the score production
// was promoted with. Production's requests carry no reference answer, so only requests close to a
// test prompt (TF-IDF cosine ≥ NEAR_SIMILARITY) are judged, each against that test record's
// reference, with the same rubric: like for like with the promotion score, on today's traffic.
import type { Runtime } from '../aws/runtime.js';
import { judgeAnswers, type JudgeOptions } from '../evaluation/judge.js';
import type { RecordResult } from '../evaluation/metrics.js';
import type { TestRecord } from '../evaluation/testset.js';
import { SimilarityIndex } from './drift.js';
import type { QualityFinding } from './health.js';

/**
 * A request is judged against a test record's reference when it is this close to a test prompt
 * and closer, by MARGIN, to the prompts of that reference than to any other reference's. Measured
 * on training prompts whose right answers are known (__tests__/unit/monitor.test.ts): the reference
 * so chosen is the right one for 97.8 % of the matched airline questions, 99.5 % of the example's
 * ATIS prompts and 93.6 % of real ATIS (whose labels overlap); the nearest prompt alone, 78 %,
 * 98 % and 88 %.
 */
export const NEAR_SIMILARITY = 0.5;
export const MARGIN = 0.15;
/** Answers judged a run: enough for a mean within about ±0.1, a few cents of judge calls. */
export const QUALITY_SAMPLE = 30;
export type { QualityFinding } from './health.js';

export interface QualityInput {
  readonly requests: ReadonlyArray<{ readonly prompt: string; readonly answer?: string }>;
  readonly test: readonly TestRecord[];
  readonly promotedScore?: number;
  readonly maxDrop: number;
}

/** Judges up to QUALITY_SAMPLE of production's answers to requests near a test prompt; undefined when none is near. */
/**
 * The test record whose reference answers a request: the best-matching record of the reference
 * whose prompts are most like the request, when that is near enough and clearly ahead of the rest.
 */
export function referenceFor(similarities: readonly number[], test: readonly TestRecord[]): TestRecord | undefined {
  const best = new Map<string, { similarity: number; record: TestRecord }>();
  similarities.forEach((similarity, i) => {
    const record = test[i]!;
    const key = record.expected.trim();
    if (similarity > (best.get(key)?.similarity ?? -1)) best.set(key, { similarity, record });
  });
  const [first, second] = [...best.values()].sort((a, b) => b.similarity - a.similarity);
  if (!first || first.similarity < NEAR_SIMILARITY) return undefined;
  return first.similarity - (second?.similarity ?? 0) >= MARGIN ? first.record : undefined;
}

export async function judgeProduction(
  runtime: Runtime,
  input: QualityInput,
  options: JudgeOptions,
  withheld: (text: string) => string,
): Promise<QualityFinding | undefined> {
  const index = new SimilarityIndex(input.test.map((r) => r.prompt));
  const near = input.requests.flatMap((r) => {
    if (r.answer === undefined) return [];
    const reference = referenceFor(index.similarities(r.prompt), input.test);
    return reference ? [{ ...r, answer: r.answer, reference }] : [];
  });
  if (near.length === 0) return undefined;
  const chosen = near.slice(0, QUALITY_SAMPLE);
  const records: TestRecord[] = chosen.map((r, i) => ({
    line: i + 1,
    system: [],
    messages: [],
    expected: r.reference.expected,
    prompt: r.prompt,
    turns: [],
    metadata: {},
  }));
  const answers: RecordResult[] = chosen.map((r, i) => ({
    line: i + 1,
    expected: r.reference.expected,
    output: r.answer,
    correct: false,
  }));
  const judged = (await judgeAnswers(runtime, records, answers, 'production answers', options)).filter(
    (r) => r.score !== undefined,
  );
  if (judged.length === 0) return undefined;
  const meanScore = judged.reduce((a, r) => a + r.score!, 0) / judged.length;
  const drop = input.promotedScore === undefined ? undefined : input.promotedScore - meanScore;
  return {
    judge: options.model,
    rubric: options.rubric.source,
    requests: input.requests.length,
    near: near.length,
    judged: judged.length,
    meanScore,
    promotedScore: input.promotedScore,
    drop,
    severity: drop !== undefined && drop > input.maxDrop ? 'warning' : 'ok',
    lowest: [...judged]
      .sort((a, b) => a.score! - b.score!)
      .slice(0, 3)
      .filter((r) => r.score! < 1)
      .map((r) => ({
        prompt: withheld(chosen[r.line - 1]!.prompt),
        answer: withheld(r.output ?? ''),
        score: r.score!,
        reason: r.reason ?? '',
      })),
  };
}
