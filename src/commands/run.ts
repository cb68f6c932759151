import type { Deps } from '../deps.js';
import type { Io } from '../io/io.js';
import type { Settings } from '../settings.js';
import { evaluateModels } from '../evaluation/evaluate.js';
import { buildReport } from '../report/model.js';
import { publishReport } from '../report/publish.js';
import { jobFailure, train } from '../training/train.js';
import { changesFor, gateFailure, priceBook, readChampion, storeFor, testSetOf } from './shared.js';
import { FoundationModels } from '../aws/foundation-models.js';
import { inferenceCosts } from '../evaluation/cost.js';
import { checkLifecycle } from '../training/lifecycle.js';
import { checkTrainingBudget, describeTrainingCost, estimateTrainingCost, withJobDuration } from '../training/cost.js';
import { validate } from './validate.js';

/** validate → cost and lifecycle → upload → train → wait → evaluate → report. */
export async function run(settings: Settings, io: Io, deps: Deps): Promise<void> {
  const validation = await validate(settings, io);
  const aws = await deps.aws(settings, io);
  try {
    const store = storeFor(settings, aws);
    // Before any upload: a run over its budget, or on a model Bedrock no longer offers, costs nothing.
    const { prices, estimate, lifecycle } = await io.group('Cost and models', async () => {
      const prices = await priceBook(settings, aws, store, deps, io);
      const estimate = estimateTrainingCost(settings, validation, prices);
      io.info(`Training: ${describeTrainingCost(estimate)}; ${estimate.method}.`);
      if (estimate.validationTokens)
        io.info(
          `Validation: about ${estimate.validationTokens.toLocaleString('en-US')} tokens, not counted above: whether Bedrock bills validation tokens is not documented.`,
        );
      io.setOutput('training-tokens', estimate.billedTokens);
      io.setOutput('training-cost', estimate.cost === undefined ? '' : estimate.cost.toFixed(4));
      checkTrainingBudget(estimate, settings);
      const lifecycle = await checkLifecycle(
        settings,
        new FoundationModels(aws.bedrock),
        new Date(deps.clock.now()),
        io,
      );
      return { prices, estimate, lifecycle };
    });
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
