// Which point of a sweep wins: the highest headline metric (accuracy, or the mean score for
// graded and judged scorers); points not significantly different from the best (paired test on
// the same test records) count as tied, and a tie goes to the cheaper point: lower inference
// price, then lower training cost, then fewer epochs.
import type { GridPoint } from '../settings.js';
import type { JobView } from '../aws/bedrock-jobs.js';
import type { Evaluation } from './evaluate.js';
import { comparePairedResults } from './overlap.js';
import { bootstrapMeanInterval, compareScores } from './stats.js';
import type { LossCurves, LossPoint } from '../training/metrics.js';
import { pointLabel } from '../training/grid.js';

export interface PointOutcome {
  readonly point: GridPoint;
  readonly job?: JobView;
  readonly evaluation?: Evaluation;
  readonly loss?: LossCurves;
  /** estimated training cost, USD */
  readonly trainingCost?: number;
  /** USD per 1,000 requests, from the candidate's tokens on the test set */
  readonly inferencePer1k?: number;
}

export interface SweepRow {
  readonly id: string;
  readonly label: string;
  readonly baseModel: string;
  readonly hyperparameters: Readonly<Record<string, string | number>>;
  readonly varying: Readonly<Record<string, string>>;
  readonly jobName?: string;
  readonly status: string;
  /** the job's stages while it runs (Bedrock reports them for some customization types) */
  readonly stages?: Readonly<Record<string, string>>;
  readonly failureMessage?: string;
  /** accuracy or mean score, 0–1 */
  readonly metric?: number;
  readonly ci?: readonly [number, number];
  /** vs this point's own base model: percentage points (accuracy) or score */
  readonly deltaVsBase?: number;
  readonly finalTrainingLoss?: number;
  readonly finalValidationLoss?: number;
  /** validation loss rose over the last epoch while training loss fell */
  readonly overfitting: boolean;
  readonly trainingCost?: number;
  readonly inferencePer1k?: number;
  /** 1 = winner; undefined for points without results */
  readonly rank?: number;
  /** p-value of the paired test against the best point */
  readonly pVsBest?: number;
}

export interface SweepRanking {
  readonly metric: 'accuracy' | 'mean score';
  readonly rows: readonly SweepRow[];
  readonly winner?: string;
  readonly best?: string;
  readonly reason: string;
}

const candidateOf = (e?: Evaluation) => e?.models.find((m) => m.role === 'candidate');

/** The mean loss over the last epoch, and over the one before it. */
function lastEpochs(points: readonly LossPoint[]): [number, number] | undefined {
  const last = points.at(-1)?.epoch;
  if (!last || last < 2) return undefined;
  const mean = (e: number) => {
    const xs = points.filter((p) => p.epoch === e).map((p) => p.loss);
    return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : NaN;
  };
  const pair: [number, number] = [mean(last - 1), mean(last)];
  return pair.every(Number.isFinite) ? pair : undefined;
}

export function overfitting(loss?: LossCurves): boolean {
  if (!loss) return false;
  const t = lastEpochs(loss.training);
  const v = lastEpochs(loss.validation);
  return Boolean(t && v && v[1] > v[0] && t[1] < t[0]);
}

export function rankSweep(outcomes: readonly PointOutcome[], graded: boolean): SweepRanking {
  const metricOf = (o: PointOutcome) => {
    const m = candidateOf(o.evaluation)?.metrics;
    return m ? (graded ? m.score?.mean : m.accuracy) : undefined;
  };
  const evaluated = outcomes.filter((o) => metricOf(o) !== undefined);
  const byMetric = [...evaluated].sort((a, b) => metricOf(b)! - metricOf(a)! || a.point.id.localeCompare(b.point.id));
  const best = byMetric[0];
  const pVsBest = new Map<string, number>();
  const tied = new Set<string>();
  if (best) {
    const bestResults = candidateOf(best.evaluation)!.results;
    tied.add(best.point.id);
    for (const o of evaluated) {
      if (o === best) continue;
      const results = candidateOf(o.evaluation)!.results;
      let p: number;
      if (graded) {
        const a: number[] = [];
        const b: number[] = [];
        bestResults.forEach((r, i) => {
          const x = results[i];
          if (r.score !== undefined && x?.score !== undefined) {
            a.push(r.score);
            b.push(x.score);
          }
        });
        p = compareScores(a, b).p;
      } else p = comparePairedResults(bestResults, results).p;
      pVsBest.set(o.point.id, p);
      if (p >= 0.05) tied.add(o.point.id);
    }
  }
  const epochs = (o: PointOutcome) => Number(o.point.hyperparameters.values.epochCount ?? 0);
  const cheaper = (a: PointOutcome, b: PointOutcome) =>
    (a.inferencePer1k ?? Infinity) - (b.inferencePer1k ?? Infinity) ||
    (a.trainingCost ?? Infinity) - (b.trainingCost ?? Infinity) ||
    epochs(a) - epochs(b) ||
    metricOf(b)! - metricOf(a)!;
  const winner = evaluated.filter((o) => tied.has(o.point.id)).sort(cheaper)[0];
  const order = [...(winner ? [winner] : []), ...byMetric.filter((o) => o !== winner)];
  const rank = new Map(order.map((o, i) => [o.point.id, i + 1]));

  const name = (o: PointOutcome) => `${o.point.id} (${pointLabel(o.point)})`;
  const fmt = (x: number) => (graded ? x.toFixed(3) : `${(100 * x).toFixed(1)} %`);
  let reason = 'no point has been evaluated yet';
  if (winner && best) {
    const others = evaluated.length - 1;
    if (winner === best)
      reason =
        others === 0
          ? `the only point evaluated (${fmt(metricOf(best)!)})`
          : `the highest ${graded ? 'mean score' : 'accuracy'} (${fmt(metricOf(best)!)})${
              tied.size > 1
                ? `, and the cheapest of the ${tied.size} points not significantly different from it`
                : ', significantly better than every other point'
            }`;
    else
      reason = `${name(best)} scored highest (${fmt(metricOf(best)!)}), but not significantly better than the cheaper ${name(winner)} (${fmt(metricOf(winner)!)}, p = ${pVsBest.get(winner.point.id)!.toFixed(3)}), so ${winner.point.id} was chosen`;
  }

  const rows: SweepRow[] = outcomes.map((o) => {
    const c = candidateOf(o.evaluation);
    const metric = metricOf(o);
    const outcomes01 = c?.results.filter((r) => !r.error).map((r) => (graded ? (r.score ?? 0) : r.correct ? 1 : 0));
    const deltaVsBase = graded ? o.evaluation?.scoreVsBase?.delta : o.evaluation?.vsBase?.deltaPp;
    return {
      id: o.point.id,
      label: pointLabel(o.point),
      baseModel: o.point.baseModel.id,
      hyperparameters: o.point.hyperparameters.values,
      varying: o.point.varying,
      jobName: o.job?.name,
      status: !o.job
        ? 'not started'
        : o.job.status === 'Completed' && !o.evaluation
          ? 'Completed, not evaluated'
          : o.job.status,
      ...(o.job?.status === 'InProgress' && Object.keys(o.job.stages).length ? { stages: o.job.stages } : {}),
      failureMessage: o.job?.failureMessage,
      metric,
      ci: graded
        ? c?.metrics.score?.ci
        : outcomes01 && outcomes01.length
          ? bootstrapMeanInterval(outcomes01)
          : undefined,
      deltaVsBase,
      finalTrainingLoss: o.loss?.training.at(-1)?.loss,
      finalValidationLoss: o.loss?.validation.at(-1)?.loss,
      overfitting: overfitting(o.loss),
      trainingCost: o.trainingCost,
      inferencePer1k: o.inferencePer1k,
      rank: rank.get(o.point.id),
      pVsBest: pVsBest.get(o.point.id),
    };
  });
  rows.sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || a.id.localeCompare(b.id));
  return { metric: graded ? 'mean score' : 'accuracy', rows, winner: winner?.point.id, best: best?.point.id, reason };
}
