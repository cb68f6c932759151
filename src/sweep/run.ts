// `run` with a grid: every point checked and priced before one upload, all jobs launched (or
// found: a re-run or the merge trains nothing twice), waited for together, each completed point
// evaluated (base and production once, through the results cache), ranked, one report.
import { UserError } from '../errors.js';
import { STATE } from '../interface.js';
import type { Deps } from '../deps.js';
import type { Io } from '../io/io.js';
import type { GridPoint, Settings } from '../settings.js';
import type { AwsClients } from '../aws/clients.js';
import { BedrockJobs, type JobView } from '../aws/bedrock-jobs.js';
import type { S3Store } from '../aws/s3-store.js';
import { validateDatasets, type ValidationReport } from '../dataset/validate.js';
import { evaluateModels, type Evaluation } from '../evaluation/evaluate.js';
import { inferenceCosts } from '../evaluation/cost.js';
import { isStringScorer } from '../evaluation/scorers.js';
import type { PriceBook } from '../pricing/prices.js';
import { launchOrFind } from '../training/launch.js';
import { verifyProvenance } from '../training/provenance.js';
import { datasetFiles, jobFailure, readLossCurves } from '../training/train.js';
import { estimateTrainingCost, type TrainingCost } from '../training/cost.js';
import { uploadDatasets } from '../training/upload.js';
import { waitForJobs } from '../training/wait.js';
import type { LossCurves } from '../training/metrics.js';
import type { EvaluationRequest } from '../evaluation/evaluate.js';
import { pointLabel, pointSettings, } from '../training/grid.js';
import { rankSweep, type PointOutcome, type SweepRanking } from './rank.js';

/**
 * The datasets against every base model of the grid beyond the first (validated already):
 * record limits and modalities differ per model. Problems the first validation reported are not
 * repeated.
 */
export async function validateForEveryModel(settings: Settings, first: ValidationReport, io: Io): Promise<void> {
  const seen = new Set(first.problems.map((p) => `${p.rule}\u0000${p.file}\u0000${p.line}`));
  const models = [...new Map(settings.sweep!.points.map((p) => [p.baseModel.id, p])).values()].slice(1);
  let errors = 0;
  for (const point of models) {
    const report = await validateDatasets(pointSettings(settings, point));
    for (const p of report.problems) {
      if (p.severity !== 'error' || seen.has(`${p.rule}\u0000${p.file}\u0000${p.line}`)) continue;
      errors += 1;
      io.error(`${p.message} (for ${point.baseModel.label}, a base model of the sweep) [${p.rule}]`, {
        file: p.file,
        line: p.line,
      });
    }
  }
  if (errors)
    throw new UserError(
      `Dataset validation failed for ${errors === 1 ? 'a base model' : 'base models'} of the sweep: ${errors} error(s), annotated on their files. Fix the data, or drop that model from 'base-model'. Nothing was uploaded and no job was started.`,
    );
}

/** Every point's training estimate, and the grid's total: the ceilings apply to the whole grid. */
export function estimateSweep(
  settings: Settings,
  validation: ValidationReport,
  prices: PriceBook,
): { perPoint: Map<string, TrainingCost>; total: TrainingCost } {
  const perPoint = new Map(
    settings.sweep!.points.map((p) => [p.id, estimateTrainingCost(pointSettings(settings, p), validation, prices)]),
  );
  const all = [...perPoint.values()];
  const first = all[0]!;
  const known = all.every((c) => c.cost !== undefined);
  return {
    perPoint,
    total: {
      ...first,
      billedTokens: all.reduce((a, c) => a + c.billedTokens, 0),
      epochs: all.reduce((a, c) => a + c.epochs, 0),
      cost: known ? all.reduce((a, c) => a + c.cost!, 0) : undefined,
      price: known ? first.price : undefined,
      method: `${first.method}; ${all.length} points`,
    },
  };
}

export interface SweepTraining {
  readonly jobs: ReadonlyArray<{ point: GridPoint; job: JobView; created: boolean; loss?: LossCurves }>;
}

/** Upload once; launch or find every point's job; wait for all of them together. */
export async function trainSweep(
  settings: Settings,
  validation: ValidationReport,
  aws: AwsClients,
  store: S3Store,
  deps: Deps,
  io: Io,
  /** told, while others still run, each time more points have ended */
  onProgress?: (training: SweepTraining) => Promise<void>,
): Promise<SweepTraining> {
  const jobs = new BedrockJobs(aws.bedrock);
  const points = settings.sweep!.points;
  const datasets = await io.group('Upload datasets', async () =>
    uploadDatasets(store, await datasetFiles(settings, validation, io), io),
  );
  const launched = await io.group(`Training jobs (${points.length} points)`, async () => {
    const out = [];
    for (const point of points) {
      const ps = pointSettings(settings, point);
      const found = await launchOrFind(jobs, store, ps, deps.context, datasets, validation.datasetHash, io);
      if (!found.created) verifyProvenance(found.job, ps, store, datasets);
      io.info(`${point.id} (${pointLabel(point)}): ${found.created ? 'started' : 'found'} ${found.job.name}`);
      out.push({ point, launch: found });
    }
    return out;
  });
  // Saved as soon as the jobs exist, so a cancelled run's post step can stop them.
  io.saveState(STATE.jobArn, launched.map((l) => l.launch.job.arn).join('\n'));
  const deadline = deps.startedAt + settings.waitMinutes * 60_000;
  const views = await io.group(`Wait for ${points.length} training jobs (up to ${settings.waitMinutes} min)`, () =>
    waitForJobs(
      jobs,
      launched.map((l) => l.launch.job.name),
      {
        deadline,
        clock: deps.clock,
        schedule: deps.schedule,
        io,
        onProgress: async (seen) =>
          onProgress?.({
            jobs: launched.map((l, i) => ({ point: l.point, job: seen[i]!, created: l.launch.created })),
          }),
      },
    ),
  );
  const out = [];
  for (const [i, l] of launched.entries()) {
    const job = views[i]!;
    let loss: LossCurves | undefined;
    if (job.status === 'Completed') loss = await readLossCurves(store, `jobs/${job.name}/`).catch(() => undefined);
    out.push({ point: l.point, job, created: l.launch.created, loss });
  }
  return { jobs: out };
}

/** Each completed point evaluated like a single run's candidate; base and production come from the cache after the first. */
export async function evaluateSweep(
  settings: Settings,
  training: SweepTraining,
  request: Omit<EvaluationRequest, 'candidate'>,
  prices: PriceBook,
  costs: ReadonlyMap<string, TrainingCost>,
  aws: AwsClients,
  store: S3Store,
  deps: Deps,
  io: Io,
): Promise<{ outcomes: PointOutcome[]; ranking: SweepRanking; evaluations: Map<string, Evaluation> }> {
  const outcomes: PointOutcome[] = [];
  const evaluations = new Map<string, Evaluation>();
  for (const t of training.jobs) {
    const ps = pointSettings(settings, t.point);
    let evaluation: Evaluation | undefined;
    if (t.job.status === 'Completed' && t.job.customModelArn) {
      io.info(`Evaluating ${t.point.id} (${pointLabel(t.point)}): ${t.job.name}`);
      evaluation = await evaluateModels(
        { ...request, candidate: { modelArn: t.job.customModelArn, name: t.job.name } },
        ps,
        aws,
        store,
        deps,
        io,
      );
      evaluations.set(t.point.id, evaluation);
    }
    outcomes.push({
      point: t.point,
      job: t.job,
      evaluation,
      loss: t.loss,
      trainingCost: costs.get(t.point.id)?.cost,
      inferencePer1k: evaluation
        ? inferenceCosts(evaluation, prices, ps).models.find((m) => m.role === 'candidate')?.per1kRequests
        : undefined,
    });
  }
  const graded = !isStringScorer(settings.scorer);
  return { outcomes, ranking: rankSweep(outcomes, graded), evaluations };
}

/** When no point produced a model: the first failure, for the step's error. */
export function sweepFailure(training: SweepTraining): UserError {
  const failed = training.jobs.filter((j) => j.job.status !== 'Completed');
  const first = failed[0]!.job;
  return new UserError(
    `No point of the sweep produced a model (${failed.map((f) => `${f.point.id} ${f.job.status}`).join(', ')}). ${jobFailure(first).message}`,
  );
}
