// The report of a grid of training jobs: about the point shown, with the sweep's ranking.
import type { Pipeline } from '../deps.js';
import { type Evaluation } from '../evaluation/evaluate.js';
import { type SweepRanking } from '../evaluation/rank.js';
import { type Eta } from '../training/eta.js';
import { pointSettings } from '../training/grid.js';
import { type LifecycleWarning } from '../training/lifecycle.js';
import { type GridTraining, type TrainedPoint } from '../training/train.js';
import { type DataChanges } from './diff.js';
import { type EvaluatingRows, type ReportCost, type Report, buildReport } from './model.js';
import { sweepReport } from './sweep.js';

/**
 * The report of a grid: about `shown` (the winner once evaluated, else a running or the first
 * point), with the sweep's ranking when there is more than one point.
 */
export function gridReport(
  p: Pipeline,
  training: GridTraining,
  shown: TrainedPoint,
  parts: {
    readonly ranking: SweepRanking;
    readonly evaluation?: Evaluation;
    readonly cost?: ReportCost;
    readonly lifecycle?: readonly LifecycleWarning[];
    readonly dataChanges?: DataChanges;
    readonly reused?: boolean;
    /** the live card while the run waits */
    readonly live?: boolean;
    readonly eta?: Eta;
    /** the live card while models are evaluated */
    readonly evaluating?: EvaluatingRows;
  },
): Report {
  return buildReport({
    settings: pointSettings(p.settings, shown.point),
    context: p.deps.context,
    validation: p.validation,
    job: shown.job,
    reused: parts.reused ?? !shown.created,
    loss: shown.loss,
    evaluation: parts.evaluation,
    dataChanges: parts.dataChanges,
    lifecycle: parts.lifecycle,
    cost: parts.cost,
    sweep: training.jobs.length > 1 ? sweepReport(parts.ranking, training) : undefined,
    live: parts.live,
    eta: parts.eta,
    evaluating: parts.evaluating,
  });
}
