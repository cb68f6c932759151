import type { Deps } from '../deps.js';
import type { Io } from '../io/io.js';
import type { Settings } from '../settings.js';
import { evaluateModels } from '../evaluation/evaluate.js';
import { buildReport } from '../report/model.js';
import { publishReport, updateComment } from '../report/publish.js';
import { jobFailure, train } from '../training/train.js';
import { changesFor, gateFailure, priceBook, readChampion, storeFor, testSetOf } from './shared.js';
import { FoundationModels } from '../aws/foundation-models.js';
import { inferenceCosts } from '../evaluation/cost.js';
import { checkLifecycle } from '../training/lifecycle.js';
import { checkTrainingBudget, describeTrainingCost, estimateTrainingCost, withJobDuration } from '../training/cost.js';
import { validate } from './validate.js';
import { isStringScorer } from '../evaluation/scorers.js';
import type { DataChanges } from '../report/diff.js';
import { pointLabel, pointSettings } from '../training/grid.js';
import {
  estimateSweep,
  evaluateSweep,
  sweepFailure,
  trainSweep,
  validateForEveryModel,
  type SweepTraining,
} from '../sweep/run.js';
import { rankSweep } from '../sweep/rank.js';
import { sweepReport } from '../report/sweep.js';
import type { AwsClients } from '../aws/clients.js';
import type { S3Store } from '../aws/s3-store.js';
import type { ValidationReport } from '../dataset/validate.js';
import type { PriceBook } from '../pricing/prices.js';
import type { LifecycleWarning } from '../training/lifecycle.js';
import type { TrainingCost } from '../training/cost.js';

/** validate → cost and lifecycle → upload → train → wait → evaluate → report. */
export async function run(settings: Settings, io: Io, deps: Deps): Promise<void> {
  const validation = await validate(settings, io);
  if (settings.sweep) await validateForEveryModel(settings, validation, io);
  const aws = await deps.aws(settings, io);
  try {
    const store = storeFor(settings, aws);
    // Before any upload: a run over its budget, or on a model Bedrock no longer offers, costs nothing.
    const { prices, estimate, lifecycle, perPoint } = await io.group('Cost and models', async () => {
      const prices = await priceBook(settings, aws, store, deps, io);
      const grid = settings.sweep ? estimateSweep(settings, validation, prices) : undefined;
      const estimate = grid?.total ?? estimateTrainingCost(settings, validation, prices);
      if (grid)
        for (const p of settings.sweep!.points)
          io.info(`${p.id} (${pointLabel(p)}): ${describeTrainingCost(grid.perPoint.get(p.id)!)}`);
      io.info(`Training${grid ? ` (the whole grid)` : ''}: ${describeTrainingCost(estimate)}; ${estimate.method}.`);
      if (estimate.validationTokens)
        io.info(
          `Validation: about ${estimate.validationTokens.toLocaleString('en-US')} tokens, not counted above: whether Bedrock bills validation tokens is not documented.`,
        );
      io.setOutput('training-tokens', estimate.billedTokens);
      io.setOutput('training-cost', estimate.cost === undefined ? '' : estimate.cost.toFixed(4));
      checkTrainingBudget(estimate, settings);
      const models = new FoundationModels(aws.bedrock);
      const now = new Date(deps.clock.now());
      const lifecycle = await checkLifecycle(settings, models, now, io);
      // a sweep's other base models
      for (const p of new Map(settings.sweep?.points.slice(1).map((x) => [x.baseModel.id, x])).values())
        if (p.baseModel.id !== settings.baseModel.id)
          lifecycle.push(...(await checkLifecycle(pointSettings(settings, p), models, now, io, ['base model'])));
      return { prices, estimate, lifecycle, perPoint: grid?.perPoint };
    });
    if (settings.sweep)
      return await runSweep(settings, validation, aws, store, deps, io, { prices, perPoint: perPoint!, lifecycle });
    const training = await train(settings, validation, aws, store, deps, io);
    const { job } = training;
    const trainingCost =
      job.status === 'Completed' ? withJobDuration(estimate, job.creationTime, job.endTime) : estimate;
    if (trainingCost.actual?.cost !== undefined) io.setOutput('training-cost', trainingCost.actual.cost.toFixed(4));
    const changes = await changesFor(settings, validation, deps, io);
    const base = {
      settings,
      context: deps.context,
      validation,
      job,
      reused: !training.launch.created,
      loss: training.loss,
      dataChanges: changes,
      lifecycle,
      cost: { training: trainingCost, publicationDate: prices.publicationDate, notes: prices.notes },
    };

    if (job.status === 'InProgress' || job.status === 'Stopping') {
      await io.group('Report', () => publishReport(buildReport(base), settings, deps.context, store, io));
      io.notice(
        `Training job ${job.name} is still ${job.status} after ${settings.waitMinutes} min ('wait-minutes'). That is not a failure: ` +
          `the next run with the same data finds this job and goes on waiting instead of starting another. Re-run this workflow later, or let a scheduled run pick it up.`,
      );
      return;
    }
    if (job.status !== 'Completed') {
      await io.group('Report', () => publishReport(buildReport(base), settings, deps.context, store, io));
      throw jobFailure(job);
    }

    const evaluation = await evaluateModels(
      {
        ...testSetOf(validation),
        candidate: { modelArn: job.customModelArn!, name: job.name },
        ...(await readChampion(store, settings, io)),
      },
      settings,
      aws,
      store,
      deps,
      io,
    );
    const cost = { ...base.cost, inference: inferenceCosts(evaluation, prices, settings) };
    const report = await io.group('Report', () =>
      publishReport(buildReport({ ...base, evaluation, cost }), settings, deps.context, store, io),
    );
    if (!report.passed) throw gateFailure(report);
  } finally {
    aws.destroy();
  }
}

/** `run` over a grid (see src/sweep/): all points trained together, each evaluated, the winner is the candidate. */
async function runSweep(
  settings: Settings,
  validation: ValidationReport,
  aws: AwsClients,
  store: S3Store,
  deps: Deps,
  io: Io,
  known: { prices: PriceBook; perPoint: ReadonlyMap<string, TrainingCost>; lifecycle: LifecycleWarning[] },
): Promise<void> {
  const { prices, perPoint, lifecycle } = known;
  const graded = !isStringScorer(settings.scorer);
  /** The report of a grid not (all) evaluated: each point's state, shown under a running job when there is one. */
  const unevaluated = (t: SweepTraining, dataChanges?: DataChanges) => {
    const shown = t.jobs.find((j) => j.job.status === 'InProgress' || j.job.status === 'Stopping') ?? t.jobs[0]!;
    const ranking = rankSweep(
      t.jobs.map((j) => ({ point: j.point, job: j.job, loss: j.loss, trainingCost: perPoint.get(j.point.id)?.cost })),
      graded,
    );
    const report = buildReport({
      settings: pointSettings(settings, shown.point),
      context: deps.context,
      validation,
      job: shown.job,
      reused: !shown.created,
      dataChanges,
      lifecycle,
      sweep: sweepReport(ranking, t),
    });
    return { ranking, report };
  };
  // While the grid trains (hours), the comment follows its points as they end.
  const progress = (t: SweepTraining) => updateComment(unevaluated(t).report, settings, deps.context, io);
  const training = await trainSweep(settings, validation, aws, store, deps, io, progress);
  const changes = await changesFor(settings, validation, deps, io);
  const running = training.jobs.filter((j) => j.job.status === 'InProgress' || j.job.status === 'Stopping');
  const completed = training.jobs.filter((j) => j.job.status === 'Completed');
  if (running.length > 0 || completed.length === 0) {
    const { ranking, report } = unevaluated(training, changes);
    io.setOutput('sweep', JSON.stringify(ranking));
    await io.group('Report', () => publishReport(report, settings, deps.context, store, io));
    if (running.length === 0) throw sweepFailure(training);
    io.notice(
      `${running.length} of ${training.jobs.length} training jobs of the sweep are still running after ${settings.waitMinutes} min ('wait-minutes'): ${running.map((r) => r.job.name).join(', ')}. That is not a failure: the next run with the same data finds every job of the grid and goes on waiting for these, training nothing twice.`,
    );
    return;
  }
  const request = { ...testSetOf(validation), ...(await readChampion(store, settings, io)) };
  const { ranking, evaluations } = await evaluateSweep(
    settings,
    training,
    request,
    prices,
    perPoint,
    aws,
    store,
    deps,
    io,
  );
  const winner = training.jobs.find((j) => j.point.id === ranking.winner)!;
  const ws = pointSettings(settings, winner.point);
  const evaluation = evaluations.get(winner.point.id)!;
  io.notice(`Sweep winner: ${winner.point.id} (${pointLabel(winner.point)}), ${winner.job.name}: ${ranking.reason}.`);
  io.setOutput('sweep', JSON.stringify(ranking));
  io.setOutput('job-name', winner.job.name);
  io.setOutput('job-arn', winner.job.arn);
  io.setOutput('job-status', winner.job.status);
  io.setOutput('custom-model-arn', winner.job.customModelArn ?? '');
  const trainingCost = withJobDuration(perPoint.get(winner.point.id)!, winner.job.creationTime, winner.job.endTime);
  const report = await io.group('Report', () =>
    publishReport(
      buildReport({
        settings: ws,
        context: deps.context,
        validation,
        job: winner.job,
        reused: !winner.created,
        loss: winner.loss,
        evaluation,
        dataChanges: changes,
        lifecycle,
        cost: {
          training: trainingCost,
          inference: inferenceCosts(evaluation, prices, ws),
          publicationDate: prices.publicationDate,
          notes: prices.notes,
        },
        sweep: sweepReport(ranking, training),
      }),
      settings,
      deps.context,
      store,
      io,
    ),
  );
  if (!report.passed) throw gateFailure(report);
}
