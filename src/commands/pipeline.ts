// The steps `run`, `evaluate` and `promote` share, on one Pipeline value, over the run's grid: a
// plain run is the grid of one point, a sweep has more, and every step below handles both.
import { stat } from 'node:fs/promises';
import { UserError, awsFailure } from '../errors.js';
import type { Deps, Pipeline } from '../deps.js';
import { GitHub } from '../github/client.js';
import type { Io } from '../io/io.js';
import type { GridPoint, Settings } from '../settings.js';
import type { AwsClients } from '../aws/clients.js';
import { S3Store } from '../aws/s3-store.js';
import { BedrockJobs, type JobView } from '../aws/bedrock-jobs.js';
import { FoundationModels } from '../aws/foundation-models.js';
import { PriceList } from '../aws/pricing.js';
import { validateDatasets, type ValidationReport } from '../dataset/validate.js';
import { evaluateModels, type Evaluation, type EvaluationRequest } from '../evaluation/evaluate.js';
import { inferenceCosts } from '../evaluation/cost.js';
import { rankSweep, type SweepRanking } from '../evaluation/rank.js';
import { isStringScorer } from '../evaluation/scorers.js';
import { formatUsd, lookupPrices, type PriceBook } from '../pricing/prices.js';
import {
  checkEvaluationBudget,
  estimateEvaluationCost,
  type EvaluationCost,
  type EvaluationModels,
} from '../evaluation/budget.js';
import { productionVersion, readRegistry } from '../registry/manifest.js';
import {
  checkTrainingBudget,
  describeTrainingCost,
  estimateGrid,
  withJobDuration,
  type TrainingCost,
} from '../training/cost.js';
import type { Eta } from '../training/eta.js';
import { gridOf, pointLabel, pointSettings } from '../training/grid.js';
import { latestAttempt, trainingIdentity } from '../training/launch.js';
import { checkLifecycle, type LifecycleWarning } from '../training/lifecycle.js';
import { verifyProvenance } from '../training/provenance.js';
import { datasetFiles, readLossCurves, type GridTraining, type TrainedPoint } from '../training/train.js';
import type { DatasetFile } from '../training/upload.js';
import { baseReader, dataChanges, type DataChanges } from '../report/diff.js';
import { buildReport, type Report, type ReportCost } from '../report/model.js';
import { sweepReport } from '../report/sweep.js';

export function storeFor(settings: Settings, aws: AwsClients): S3Store {
  return new S3Store(aws.s3, settings.s3!, {
    expectedBucketOwner: settings.expectedBucketOwner,
    kmsKeyId: settings.kmsKeyId,
  });
}

/** Reaches AWS once (the origin checks run there), runs `fn` on the pipeline, and closes the clients. */
export async function withPipeline<T>(
  settings: Settings,
  validation: ValidationReport,
  deps: Deps,
  io: Io,
  fn: (p: Pipeline) => Promise<T>,
): Promise<T> {
  const aws = await deps.aws(settings, io);
  try {
    return await fn({ settings, validation, aws, store: storeFor(settings, aws), deps, io });
  } finally {
    aws.destroy();
  }
}

/**
 * The datasets against every base model of the grid beyond the first (validated already):
 * record limits and modalities differ per model. Problems the first validation reported are not
 * repeated.
 */
export async function validateForEveryModel(settings: Settings, first: ValidationReport, io: Io): Promise<void> {
  const seen = new Set(first.problems.map((p) => `${p.rule}\u0000${p.file}\u0000${p.line}`));
  const models = [...new Map(gridOf(settings).map((p) => [p.baseModel.id, p])).values()].slice(1);
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

/** The test set as the evaluation needs it, from the validation report. */
export function testSetOf(
  report: ValidationReport,
): Pick<EvaluationRequest, 'testSet' | 'shortAnswer' | 'seenInTraining'> {
  const test = report.files.find((f) => f.role === 'test');
  if (!test) throw new UserError(`Input 'test-data' is required to evaluate.`);
  return {
    testSet: { name: test.name, path: test.path, sha256: test.sha256 },
    shortAnswer: test.labels !== undefined,
    seenInTraining: report.testSeenInTraining,
  };
}

/** The registry and its production version (the champion), when there is one. */
export async function readChampion({
  store,
  settings,
  io,
}: Pipeline): Promise<Pick<EvaluationRequest, 'registry' | 'champion'>> {
  try {
    const found = await readRegistry(store, settings.modelName);
    const champion = productionVersion(found?.registry);
    if (champion) io.info(`Production is version ${champion.version} (${champion.customModelArn}).`);
    else io.info(`No production version of '${settings.modelName}' in the registry yet: no production column.`);
    return { registry: found?.registry, champion };
  } catch (error) {
    throw awsFailure(
      `Could not read the model registry ${store.uri(`registry/${settings.modelName}.json`)}`,
      error,
      'Check that the role may s3:GetObject under s3-uri.',
    );
  }
}

/** What the pull request changed in the data, against its base commit; best effort. */
export async function changesFor({ settings, validation, deps, io }: Pipeline): Promise<DataChanges | undefined> {
  const pr = deps.context.pullRequest;
  if (!pr?.baseSha || !deps.context.repository) return undefined;
  try {
    const github = settings.githubToken
      ? new GitHub(settings.githubToken, deps.context.repository, deps.context.apiUrl)
      : undefined;
    const read = baseReader(settings.workspace, async (p, sha) => (github ? github.fileAt(p, sha) : undefined));
    return await dataChanges(
      validation.files.map((f) => ({ role: f.role, name: f.name, path: f.path })),
      settings.workspace,
      pr.baseSha,
      read,
    );
  } catch (error) {
    io.warning(
      `Could not compare the datasets with the base branch (${(error as Error).message}); the report leaves out what the PR changed in the data.`,
    );
    return undefined;
  }
}

/** The step fails after the report is out, naming the conditions that failed. */
export function gateFailure(report: Report): UserError {
  const failed = report.gate.filter((g) => !g.passed).map((g) => `'${g.input}': ${g.text}`);
  return new UserError(
    `The candidate fails the gate: ${failed.join('; ')}. The PR comment and the job summary have the numbers.`,
  );
}

/** The prices of every model this run uses (each point's base and custom models, teacher, judge), from the price list and `prices`. */
export async function priceBook(p: Omit<Pipeline, 'validation'>, models?: readonly string[]): Promise<PriceBook> {
  const { settings, aws, store, deps, io } = p;
  return lookupPrices({
    region: aws.region,
    models: models ?? [
      ...gridOf(settings).flatMap((x) => [x.baseModel.id, x.baseModelInferenceId]),
      ...(settings.teacherModel ? [settings.teacherModel] : []),
      ...(settings.scorer === 'judge' ? [settings.judgeModel] : []),
    ],
    overrides: settings.prices,
    priceList: new PriceList(aws.pricing),
    store,
    cacheScope: priceCacheScope(settings.roleToAssume),
    now: deps.clock.now(),
    io,
  });
}

/** The price cache's folder: the assumed role's name (each role's policy lets it write only its own). */
export const priceCacheScope = (roleArn?: string): string =>
  roleArn ? roleArn.slice(roleArn.lastIndexOf('/') + 1).replace(/[^A-Za-z0-9+=,.@_-]/g, '-') : 'default-credentials';

/**
 * The evaluation's cost, an upper bound, before its first model call: logged, output as `eval-cost`,
 * and held to `max-eval-cost`.
 */
export async function evaluationBudget(
  p: Pipeline,
  prices: PriceBook,
  models: EvaluationModels,
  settings: Settings = p.settings,
): Promise<EvaluationCost> {
  const rubricChars = settings.judgeRubric
    ? await stat(settings.judgeRubric).then(
        (s) => s.size,
        () => undefined,
      )
    : undefined;
  const cost = estimateEvaluationCost(settings, p.validation, prices, models, rubricChars);
  p.io.info(
    `Evaluation: ${cost.usd === undefined ? `no price for ${cost.missing.join(', ')}, so no cost` : `up to $${formatUsd(cost.usd)}`} (${cost.method}).`,
  );
  p.io.setOutput('eval-cost', cost.usd === undefined ? '' : cost.usd.toFixed(4));
  checkEvaluationBudget(cost, settings);
  return cost;
}

export interface Preflight {
  readonly prices: PriceBook;
  /** each point's training estimate, and the grid's total */
  readonly estimate: { readonly perPoint: ReadonlyMap<string, TrainingCost>; readonly total: TrainingCost };
  readonly lifecycle: LifecycleWarning[];
}

/**
 * Before any upload: the training estimate against its ceilings, and every model's lifecycle. A
 * run over its budget, or on a model Bedrock no longer offers, costs nothing.
 */
export async function costAndModels(p: Pipeline): Promise<Preflight> {
  const { settings, validation, deps, io } = p;
  const points = gridOf(settings);
  const prices = await priceBook(p);
  const estimate = estimateGrid(settings, points, validation, prices);
  const total = estimate.total;
  if (points.length > 1)
    for (const point of points)
      io.info(`${point.id} (${pointLabel(point)}): ${describeTrainingCost(estimate.perPoint.get(point.id)!)}`);
  io.info(`Training${points.length > 1 ? ` (the whole grid)` : ''}: ${describeTrainingCost(total)}; ${total.method}.`);
  if (total.validationTokens)
    io.info(
      `Validation: about ${total.validationTokens.toLocaleString('en-US')} tokens, not counted above: whether Bedrock bills validation tokens is not documented.`,
    );
  io.setOutput('training-tokens', total.billedTokens);
  io.setOutput('training-cost', total.cost === undefined ? '' : total.cost.toFixed(4));
  checkTrainingBudget(total, settings);
  if (settings.testData) {
    // production's column, if there is one (unreadable: counted, so the bound stays a bound)
    const production = await readRegistry(p.store, settings.modelName).then(
      (found) => productionVersion(found?.registry) !== undefined,
      () => true,
    );
    await evaluationBudget(p, prices, { candidates: points.length, base: settings.compareBase, production });
  }
  const models = new FoundationModels(p.aws.bedrock);
  const now = new Date(deps.clock.now());
  const lifecycle = await checkLifecycle(settings, models, now, io);
  // the grid's other base models
  for (const point of new Map(points.slice(1).map((x) => [x.baseModel.id, x])).values())
    if (point.baseModel.id !== settings.baseModel.id)
      lifecycle.push(...(await checkLifecycle(pointSettings(settings, point), models, now, io, ['base model'])));
  return { prices, estimate, lifecycle };
}

/**
 * The latest job trained from this data with a point's settings (the identity `run` gives it),
 * checked to have been created from these very files: evaluate and promote never train, they find.
 */
export async function trainedJob(
  p: Pipeline,
  point: GridPoint,
): Promise<{ job?: JobView; base: string; files: DatasetFile[] }> {
  const { aws, store, validation, io } = p;
  const settings = pointSettings(p.settings, point);
  const files = await datasetFiles(settings, validation, io);
  const { identity, base } = trainingIdentity(settings, store, files);
  let job: JobView | undefined;
  try {
    job = (await latestAttempt(new BedrockJobs(aws.bedrock), settings, identity, base)).job;
  } catch (error) {
    throw awsFailure(
      `Could not look for the model trained from this data (${base})`,
      error,
      'Check that the role may bedrock:ListModelCustomizationJobs and GetModelCustomizationJob.',
    );
  }
  if (job) verifyProvenance(job, settings, store, files);
  return { job, base, files };
}

/** Each point's job as found (never trained here), with the loss curves of those that completed. */
export async function findTrained(p: Pipeline): Promise<GridTraining & { missing: string[] }> {
  const jobs: TrainedPoint[] = [];
  const missing: string[] = [];
  for (const point of gridOf(p.settings)) {
    const { job, base } = await trainedJob(p, point);
    if (!job) {
      missing.push(base);
      if (p.settings.sweep)
        p.io.notice(`${point.id} (${pointLabel(point)}): no job ${base} yet; 'command: run' trains it.`);
      continue;
    }
    const loss =
      job.status === 'Completed'
        ? await readLossCurves(p.store, `jobs/${job.name}/`).catch(() => undefined)
        : undefined;
    jobs.push({ point, job, created: false, loss });
  }
  return { jobs, missing };
}

/** The ranking of a grid's points, evaluated or not: every point's state and, once evaluated, its metric. */
export function rankPoints(
  settings: Settings,
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
  settings: Settings = p.settings,
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
    readonly evaluating?: Report['evaluating'];
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

/** A point's training cost: the estimate, with the job's duration once it completed. */
export function trainingCostOf(estimate: TrainingCost, job: JobView): TrainingCost {
  return job.status === 'Completed' ? withJobDuration(estimate, job.creationTime, job.endTime) : estimate;
}
