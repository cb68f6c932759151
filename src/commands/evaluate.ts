import type { Deps } from '../deps.js';
import type { Io } from '../io/io.js';
import type { Settings } from '../settings.js';
import { UserError } from '../errors.js';
import type { JobView } from '../aws/bedrock-jobs.js';
import { evaluateModels } from '../evaluation/evaluate.js';
import { buildReport } from '../report/model.js';
import { publishReport } from '../report/publish.js';
import { changesFor, gateFailure, priceBook, readChampion, storeFor, testSetOf, trainedJob } from './shared.js';
import { FoundationModels } from '../aws/foundation-models.js';
import { inferenceCosts } from '../evaluation/cost.js';
import { checkLifecycle } from '../training/lifecycle.js';
import { validate } from './validate.js';
import { pointLabel, pointSettings } from '../training/grid.js';
import { estimateSweep, evaluateSweep, type SweepTraining } from '../sweep/run.js';
import { sweepReport } from '../report/sweep.js';
import { readLossCurves } from '../training/train.js';
import type { AwsClients } from '../aws/clients.js';
import type { S3Store } from '../aws/s3-store.js';
import type { ValidationReport } from '../dataset/validate.js';

/**
 * The evaluation of `run` without ever launching training: for a PR that changes only the test
 * set, or to re-check production. The candidate is the model trained from `training-data` (same
 * identity as `run`), when one has completed; base and production are evaluated beside it.
 */
export async function evaluate(settings: Settings, io: Io, deps: Deps): Promise<void> {
  const validation = await validate(settings, io);
  const aws = await deps.aws(settings, io);
  try {
    const store = storeFor(settings, aws);
    if (settings.sweep && settings.trainingData) return await evaluateGrid(settings, validation, aws, store, deps, io);
    let candidate: { modelArn: string; name: string } | undefined;
    let job: JobView | undefined;
    if (settings.trainingData) {
      const found = await trainedJob(settings, aws, store, validation, io);
      job = found.job;
      const base = found.base;
      if (job?.status === 'Completed' && job.customModelArn) {
        candidate = { modelArn: job.customModelArn, name: job.name };
        io.info(`Candidate: ${job.name}, trained from this data.`);
      } else {
        io.notice(
          `No completed model was trained from this training data (${job ? `job ${job.name} is ${job.status}` : `no job ${base}`}); evaluating base and production only. 'command: run' trains one.`,
        );
        job = undefined;
      }
    }
    const lifecycle = await checkLifecycle(
      settings,
      new FoundationModels(aws.bedrock),
      new Date(deps.clock.now()),
      io,
      ['base model', 'judge'],
    );
    const prices = await priceBook(settings, aws, store, deps, io);
    const evaluation = await evaluateModels(
      { ...testSetOf(validation), candidate, ...(await readChampion(store, settings, io)) },
      settings,
      aws,
      store,
      deps,
      io,
    );
    const report = await io.group('Report', async () =>
      publishReport(
        buildReport({
          settings,
          context: deps.context,
          validation,
          job,
          reused: true,
          evaluation,
          lifecycle,
          cost: {
            inference: inferenceCosts(evaluation, prices, settings),
            publicationDate: prices.publicationDate,
            notes: prices.notes,
          },
          dataChanges: await changesFor(settings, validation, deps, io),
        }),
        settings,
        deps.context,
        store,
        io,
      ),
    );
    if (!report.passed) throw gateFailure(report);
  } finally {
    aws.destroy();
  }
}

/** `evaluate` over a sweep: every point's model that has completed, evaluated and ranked as `run` ranks them. */
async function evaluateGrid(
  settings: Settings,
  validation: ValidationReport,
  aws: AwsClients,
  store: S3Store,
  deps: Deps,
  io: Io,
): Promise<void> {
  const training: SweepTraining['jobs'][number][] = [];
  for (const point of settings.sweep!.points) {
    const ps = pointSettings(settings, point);
    const { job, base } = await trainedJob(ps, aws, store, validation, io);
    if (!job) {
      io.notice(`${point.id} (${pointLabel(point)}): no job ${base} yet; 'command: run' trains it.`);
      continue;
    }
    const loss =
      job.status === 'Completed' ? await readLossCurves(store, `jobs/${job.name}/`).catch(() => undefined) : undefined;
    training.push({ point, job, created: false, loss });
  }
  if (!training.some((t) => t.job.status === 'Completed' && t.job.customModelArn))
    throw new UserError(
      `No point of the sweep has a completed model yet (${training.map((t) => `${t.point.id} ${t.job.status}`).join(', ') || 'no jobs'}). 'command: run' trains them; evaluate once they have completed.`,
    );
  const lifecycle = await checkLifecycle(settings, new FoundationModels(aws.bedrock), new Date(deps.clock.now()), io, [
    'base model',
    'judge',
  ]);
  const prices = await priceBook(settings, aws, store, deps, io);
  const costs = estimateSweep(settings, validation, prices).perPoint;
  const request = { ...testSetOf(validation), ...(await readChampion(store, settings, io)) };
  const { ranking, evaluations } = await evaluateSweep(
    settings,
    { jobs: training },
    request,
    prices,
    costs,
    aws,
    store,
    deps,
    io,
  );
  const winner = training.find((t) => t.point.id === ranking.winner)!;
  const ws = pointSettings(settings, winner.point);
  const evaluation = evaluations.get(winner.point.id)!;
  io.setOutput('sweep', JSON.stringify(ranking));
  io.setOutput('job-name', winner.job.name);
  io.setOutput('custom-model-arn', winner.job.customModelArn ?? '');
  const report = await io.group('Report', async () =>
    publishReport(
      buildReport({
        settings: ws,
        context: deps.context,
        validation,
        job: winner.job,
        reused: true,
        loss: winner.loss,
        evaluation,
        lifecycle,
        dataChanges: await changesFor(settings, validation, deps, io),
        cost: {
          inference: inferenceCosts(evaluation, prices, ws),
          publicationDate: prices.publicationDate,
          notes: prices.notes,
        },
        sweep: sweepReport(ranking, { jobs: training }),
      }),
      settings,
      deps.context,
      store,
      io,
    ),
  );
  if (!report.passed) throw gateFailure(report);
}
