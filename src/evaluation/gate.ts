// The one verdict on a candidate: the PR comment presents it, and promotion obeys it, from the same
// results with the same defaults. A run that shows ✅ on a pull request is promotable when merged.
import { pValue, pct, pp } from '../lib/format.js';
import type { EvaluationSettings } from '../settings.js';
import type { Evaluation } from './evaluate.js';
import type { PairedComparison } from './stats.js';

export interface GateCondition {
  /** the input that sets the condition ('leakage': the test records that also occur in training) */
  readonly input: 'min-accuracy' | 'min-score' | 'max-regression' | 'leakage';
  readonly passed: boolean;
  /** e.g. "accuracy 91.0 % ≥ 90.0 %" */
  readonly text: string;
}

export type GateThresholds = Pick<EvaluationSettings, 'minAccuracy' | 'minScore' | 'maxRegression'>;

export interface GateResults {
  /** the candidate's accuracy, 0–1 */
  readonly accuracy: number;
  /** its mean score (grader and judge) */
  readonly score?: number;
  /** the paired comparison with production on these test records, when production was evaluated beside it */
  readonly vsProduction?: PairedComparison;
  /**
   * Δ (pp) against the accuracy production recorded on the same test set and scorer, when it was
   * not evaluated beside the candidate (the loser of a promotion race decides again on it)
   */
  readonly vsRecordedPp?: number;
  /**
   * When some test records also occur in training: how many did not. The figures above are then
   * on those alone (a memorized record measures memory, not skill).
   */
  readonly unseen?: { readonly records: number; readonly seen: number };
}

/**
 * What the gate decides on. Test records that also occur in training would let a pull request buy
 * a pass by training on the test set: when there are any, accuracy, score and the comparison with
 * production are those of the unseen records; the headline elsewhere stays the full test set's.
 */
export function gateResults(evaluation: Evaluation): GateResults | undefined {
  const candidate = evaluation.models.find((m) => m.role === 'candidate');
  if (!candidate) return undefined;
  const u = evaluation.unseen;
  if (!u || u.seen === 0)
    return {
      accuracy: candidate.metrics.accuracy,
      score: candidate.metrics.score?.mean,
      vsProduction: evaluation.vsChampion,
    };
  const metrics = u.models.find((m) => m.role === 'candidate')?.metrics;
  return {
    accuracy: u.records ? (metrics?.accuracy ?? 0) : 0,
    score: u.records ? metrics?.score?.mean : undefined,
    vsProduction: u.records ? u.vsChampion : undefined,
    unseen: { records: u.records, seen: u.seen },
  };
}

/**
 * min-accuracy, min-score, and regression against production. Regression, by default (no
 * `max-regression`): the candidate must not be significantly worse than production (the exact
 * McNemar test the comment shows, 5 % level). With `max-regression` set, its point estimate must
 * also be within that many percentage points. Without a paired comparison (production was only
 * recorded), the point estimate alone decides, against `max-regression` or 0.
 */
export function gate(t: GateThresholds, r: GateResults): GateCondition[] {
  if (r.unseen?.records === 0)
    return [
      {
        input: 'leakage',
        passed: false,
        text: `every test record (${r.unseen.seen}) also occurs in training: nothing measures skill. Keep test records out of the training data`,
      },
    ];
  const on = r.unseen ? ` on the ${r.unseen.records} test records not in training` : '';
  const out: GateCondition[] = [];
  if (t.minAccuracy !== undefined) {
    const passed = r.accuracy >= t.minAccuracy;
    out.push({
      input: 'min-accuracy',
      passed,
      text: `accuracy${on} ${pct(r.accuracy)} ${passed ? '≥' : '<'} ${pct(t.minAccuracy)}`,
    });
  }
  if (t.minScore !== undefined) {
    const mean = r.score ?? 0;
    const passed = Number.isFinite(mean) && mean >= t.minScore;
    out.push({
      input: 'min-score',
      passed,
      text: `mean score${on} ${mean.toFixed(3)} ${passed ? '≥' : '<'} ${t.minScore}`,
    });
  }
  const regression = regressionCondition(t.maxRegression, r);
  if (regression)
    out.push(r.unseen && r.vsProduction ? { ...regression, text: `${regression.text}${on}` } : regression);
  return out;
}

function regressionCondition(max: number | undefined, r: GateResults): GateCondition | undefined {
  const vs = r.vsProduction;
  if (!vs) {
    if (r.vsRecordedPp !== undefined) {
      const passed = r.vsRecordedPp >= -(max ?? 0);
      return {
        input: 'max-regression',
        passed,
        text: `Δ vs production's recorded accuracy ${pp(r.vsRecordedPp)} ${passed ? '≥' : '<'} −${max ?? 0} pp`,
      };
    }
    return max === undefined
      ? undefined
      : { input: 'max-regression', passed: true, text: 'no production model yet: nothing to regress from' };
  }
  const worse = vs.significant && vs.deltaPp < 0;
  const within = max === undefined || vs.deltaPp >= -max;
  const delta = `Δ vs production ${pp(vs.deltaPp)}`;
  const text =
    max === undefined
      ? `${delta}, ${worse ? 'significantly worse' : 'not significantly worse'} (${pValue(vs.p)}; 'max-regression' unset)`
      : `${delta} ${within ? '≥' : '<'} −${max} pp${within && worse ? `, but significantly worse (${pValue(vs.p)})` : ''}`;
  return { input: 'max-regression', passed: within && !worse, text };
}

/** Whether the candidate passes every condition. */
export const passes = (conditions: readonly GateCondition[]): boolean => conditions.every((c) => c.passed);
