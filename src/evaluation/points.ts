// A grid's points evaluated as the candidate, one after another, and ranked: the winner is the run's candidate.
import type { RunSettings, PointSettings, TrainingSettings, EvaluationSettings } from '../settings.js';
import type { Pipeline } from '../deps.js';
import { type PriceBook } from '../pricing/prices.js';
import { type TrainingCost } from '../training/cost.js';
import { pointSettings, pointLabel } from '../training/grid.js';
import { type GridTraining, type TrainedPoint } from '../training/train.js';
import { inferenceCosts } from './cost.js';
import { type Evaluation, type EvaluationRequest, evaluateModels } from './evaluate.js';
import { type SweepRanking, rankSweep } from './rank.js';
import { isStringScorer } from './scorers.js';

/** The ranking of a grid's points, evaluated or not: every point's state and, once evaluated, its metric. */
export function rankPoints(
  settings: RunSettings & PointSettings & TrainingSettings & EvaluationSettings,
  training: GridTraining,
  evaluations?: ReadonlyMap<string, Evaluation>,
  costs?: { prices: PriceBook; perPoint: ReadonlyMap<string, TrainingCost> },
): SweepRanking {
  return rankSweep(
    training.jobs.map((t) => {
      const evaluation = evaluations?.get(t.point.id);
      return {
        point: t.point,
        job: t.job,
        evaluation,
        loss: t.loss,
        trainingCost: costs?.perPoint.get(t.point.id)?.cost,
        inferencePer1k:
          evaluation && costs
            ? inferenceCosts(evaluation, costs.prices, pointSettings(settings, t.point)).models.find(
                (m) => m.role === 'candidate',
              )?.per1kRequests
            : undefined,
      };
    }),
    !isStringScorer(settings.scorer),
  );
}

export interface Evaluated {
  readonly ranking: SweepRanking;
  readonly winner: TrainedPoint;
  /** the winner's evaluation */
  readonly evaluation: Evaluation;
}

/**
 * Each completed point evaluated as the candidate (base and production once: the results cache
 * serves them after the first), ranked; the winner is the run's candidate. `settings` may differ
 * from the pipeline's (promote leaves out the base model).
 */
export async function evaluatePoints(
  p: Pipeline,
  training: GridTraining,
  request: Omit<EvaluationRequest, 'candidate'>,
  costs?: { prices: PriceBook; perPoint: ReadonlyMap<string, TrainingCost> },
  settings: RunSettings & PointSettings & TrainingSettings & EvaluationSettings = p.settings,
): Promise<Evaluated> {
  const evaluations = new Map<string, Evaluation>();
  const sweep = training.jobs.length > 1;
  for (const t of training.jobs) {
    if (t.job.status !== 'Completed' || !t.job.customModelArn) continue;
    if (sweep) p.io.info(`Evaluating ${t.point.id} (${pointLabel(t.point)}): ${t.job.name}`);
    const evaluation = await evaluateModels(
      p,
      { ...request, candidate: { modelArn: t.job.customModelArn, name: t.job.name } },
      pointSettings(settings, t.point),
    );
    evaluations.set(t.point.id, evaluation);
  }
  const ranking = rankPoints(settings, training, evaluations, costs);
  const winner = training.jobs.find((t) => t.point.id === ranking.winner)!;
  if (sweep) {
    p.io.notice(
      `Sweep winner: ${winner.point.id} (${pointLabel(winner.point)}), ${winner.job.name}: ${ranking.reason}.`,
    );
    p.io.setOutput('sweep', JSON.stringify(ranking));
  }
  return { ranking, winner, evaluation: evaluations.get(winner.point.id)! };
}
