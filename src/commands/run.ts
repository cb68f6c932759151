import type { Deps } from '../deps.js';
import type { Io } from '../io/io.js';
import type { Settings } from '../settings.js';
import { evaluateModels } from '../evaluation/evaluate.js';
import { buildReport } from '../report/model.js';
import { publishReport } from '../report/publish.js';
import { jobFailure, train } from '../training/train.js';
import { changesFor, gateFailure, readChampion, storeFor, testSetOf } from './shared.js';
import { validate } from './validate.js';

/** validate → upload → train → wait → evaluate → report. */
export async function run(settings: Settings, io: Io, deps: Deps): Promise<void> {
  const validation = await validate(settings, io);
  const aws = await deps.aws(settings, io);
  try {
    const store = storeFor(settings, aws);
    const training = await train(settings, validation, aws, store, deps, io);
    const { job } = training;
    const changes = await changesFor(settings, validation, deps, io);
    const base = {
      settings,
      context: deps.context,
      validation,
      job,
      reused: !training.launch.created,
      loss: training.loss,
      dataChanges: changes,
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
    const report = await io.group('Report', () =>
      publishReport(buildReport({ ...base, evaluation }), settings, deps.context, store, io),
    );
    if (!report.passed) throw gateFailure(report);
  } finally {
    aws.destroy();
  }
}
