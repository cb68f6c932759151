import { normalize } from './scorers.js';
import { quantile } from './stats.js';

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
  if (!shortAnswer) return base;

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
    ...base,
    macroF1: labels.length ? labels.reduce((a, l) => a + l.f1, 0) / labels.length : 0,
    labels,
    confusions: [...confusions]
      .map(([k, count]) => ({ expected: k.split('\u0000')[0]!, predicted: k.split('\u0000')[1]!, count }))
      .sort((a, b) => b.count - a.count || a.expected.localeCompare(b.expected)),
  };
}
