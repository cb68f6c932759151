import { normalize } from './scorers.js';
import { bootstrapMeanInterval, quantile } from './stats.js';

/** One test record, as one model answered it. */
export interface RecordResult {
  /** line in the test file */
  readonly line: number;
  readonly expected: string;
  readonly output?: string;
  readonly correct: boolean;
  /** the call failed even after retries: not counted as wrong */
  readonly error?: string;
  readonly latencyMs?: number;
  readonly inputTokens?: number;
  readonly outputTokens?: number;
  /** graded and judged scorers: the score, 0–1 (`correct` is score ≥ pass-threshold) */
  readonly score?: number;
  /** the judge's reason for its rating */
  readonly reason?: string;
  /** the grader's metrics_list, by name */
  readonly graderMetrics?: Readonly<Record<string, number>>;
  /** what judging this answer used */
  readonly judgeTokens?: { readonly input: number; readonly output: number };
}

/** Mean score, its interval and distribution: for graded and judged scorers. */
export interface ScoreMetrics {
  readonly mean: number;
  /** 95 % bootstrap interval of the mean */
  readonly ci: readonly [number, number];
  readonly quantiles: {
    readonly p10: number;
    readonly p25: number;
    readonly p50: number;
    readonly p75: number;
    readonly p90: number;
  };
  /** records per fifth of the score range: [0, 0.2), [0.2, 0.4), … [0.8, 1] */
  readonly histogram: readonly number[];
  /** the grader's metrics_list, averaged per name over the records that reported it */
  readonly grader: Readonly<Record<string, number>>;
  /** tokens the judge read and wrote for this model's answers */
  readonly judgeTokens?: { readonly input: number; readonly output: number };
}

export interface LabelMetrics {
  readonly label: string;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly support: number;
}

export interface Metrics {
  readonly total: number;
  /** records answered (total − errors) */
  readonly answered: number;
  readonly correct: number;
  readonly errors: number;
  /** correct / answered */
  readonly accuracy: number;
  readonly macroF1?: number;
  readonly labels?: readonly LabelMetrics[];
  readonly confusions?: ReadonlyArray<{ expected: string; predicted: string; count: number }>;
  readonly latencyMs: { readonly p50: number; readonly p95: number };
  readonly tokens: {
    readonly input: number;
    readonly output: number;
    readonly meanInput: number;
    readonly meanOutput: number;
  };
  readonly score?: ScoreMetrics;
}

export const OTHER = '(other)';

/** Accuracy, and for short-answer data per-label precision/recall/F1, macro-F1 and confusions. */
export function computeMetrics(results: readonly RecordResult[], shortAnswer: boolean): Metrics {
  const answered = results.filter((r) => !r.error);
  const correct = answered.filter((r) => r.correct).length;
  const sum = (f: (r: RecordResult) => number | undefined) => answered.reduce((acc, r) => acc + (f(r) ?? 0), 0);
  const base = {
    total: results.length,
    answered: answered.length,
    correct,
    errors: results.length - answered.length,
    accuracy: answered.length ? correct / answered.length : 0,
    latencyMs: {
      p50: quantile(
        answered.map((r) => r.latencyMs ?? 0),
        0.5,
      ),
      p95: quantile(
        answered.map((r) => r.latencyMs ?? 0),
        0.95,
      ),
    },
    tokens: {
      input: sum((r) => r.inputTokens),
      output: sum((r) => r.outputTokens),
      meanInput: answered.length ? sum((r) => r.inputTokens) / answered.length : 0,
      meanOutput: answered.length ? sum((r) => r.outputTokens) / answered.length : 0,
    },
  };
  const scored = answered.filter((r) => r.score !== undefined);
  const withScore = scored.length ? { ...base, score: scoreMetrics(scored) } : base;
  if (!shortAnswer) return withScore;

  const known = new Set(answered.map((r) => normalize(r.expected)));
  const predicted = (r: RecordResult) =>
    r.correct ? normalize(r.expected) : known.has(normalize(r.output ?? '')) ? normalize(r.output ?? '') : OTHER;
  const tp = new Map<string, number>();
  const fp = new Map<string, number>();
  const fn = new Map<string, number>();
  const support = new Map<string, number>();
  const confusions = new Map<string, number>();
  const inc = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  for (const r of answered) {
    const e = normalize(r.expected);
    const p = predicted(r);
    inc(support, e);
    if (p === e) inc(tp, e);
    else {
      inc(fn, e);
      if (p !== OTHER) inc(fp, p);
      inc(confusions, `${e}\u0000${p}`);
    }
  }
  const labels: LabelMetrics[] = [...support.keys()].sort().map((label) => {
    const t = tp.get(label) ?? 0;
    const precision = t + (fp.get(label) ?? 0) ? t / (t + (fp.get(label) ?? 0)) : 0;
    const recall = t / support.get(label)!;
    return {
      label,
      precision,
      recall,
      f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
      support: support.get(label)!,
    };
  });
  return {
    ...withScore,
    macroF1: labels.length ? labels.reduce((a, l) => a + l.f1, 0) / labels.length : 0,
    labels,
    confusions: [...confusions]
      .map(([k, count]) => ({ expected: k.split('\u0000')[0]!, predicted: k.split('\u0000')[1]!, count }))
      .sort((a, b) => b.count - a.count || a.expected.localeCompare(b.expected)),
  };
}

function scoreMetrics(scored: readonly RecordResult[]): ScoreMetrics {
  const values = scored.map((r) => r.score!);
  const histogram = [0, 0, 0, 0, 0];
  for (const v of values) histogram[Math.min(4, Math.floor(v * 5))]! += 1;
  const sums = new Map<string, { sum: number; n: number }>();
  for (const r of scored)
    for (const [name, value] of Object.entries(r.graderMetrics ?? {})) {
      const s = sums.get(name) ?? { sum: 0, n: 0 };
      sums.set(name, { sum: s.sum + value, n: s.n + 1 });
    }
  const judged = scored.filter((r) => r.judgeTokens);
  return {
    mean: values.reduce((a, v) => a + v, 0) / values.length,
    ci: bootstrapMeanInterval(values),
    quantiles: {
      p10: quantile(values, 0.1),
      p25: quantile(values, 0.25),
      p50: quantile(values, 0.5),
      p75: quantile(values, 0.75),
      p90: quantile(values, 0.9),
    },
    histogram,
    grader: Object.fromEntries([...sums].sort(([a], [b]) => a.localeCompare(b)).map(([k, s]) => [k, s.sum / s.n])),
    judgeTokens: judged.length
      ? {
          input: judged.reduce((a, r) => a + r.judgeTokens!.input, 0),
          output: judged.reduce((a, r) => a + r.judgeTokens!.output, 0),
        }
      : undefined,
  };
}
