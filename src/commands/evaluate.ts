import type { Deps } from '../deps.js';
import type { Io } from '../io/io.js';
import type { Settings } from '../settings.js';
import { evaluateModels, testSetOf } from '../evaluation/evaluate.js';
import { inferenceCosts } from '../evaluation/cost.js';
import { buildReport, gateFailure } from '../report/model.js';
import { publishReport } from '../report/publish.js';
import { checkLifecycle } from '../training/lifecycle.js';
import { gridOf, pointSettings } from '../training/grid.js';
import { setJobOutputs } from '../training/train.js';
import { validate } from './validate.js';
import { withPipeline } from './pipeline.js';
import { estimateGrid } from '../training/cost.js';
import { evaluationBudget } from '../evaluation/budget.js';
import { evaluatePoints } from '../evaluation/points.js';
import { priceBook } from '../pricing/book.js';
import { readChampion } from '../registry/champion.js';
import { changesFor } from '../report/diff.js';
import { gridReport } from '../report/grid.js';
import { findTrained } from '../training/found.js';

/**
 * The evaluation of `run` without ever launching training: for a PR that changes only the test
 * set, or to re-check production. The candidates are the models trained from `training-data` (same
 * identities as `run`) that have completed, ranked as `run` ranks them; base and production are
 * evaluated beside them. With none, base and production alone.
 */
export async function evaluate(settings: Settings, io: Io, deps: Deps): Promise<void> {
  const validation = await validate(settings, io);
  await withPipeline(settings, validation, deps, io, async (p) => {
    const found = settings.trainingData ? await findTrained(p) : { jobs: [], missing: [] };
    const completed = found.jobs.filter((t) => t.job.status === 'Completed' && t.job.customModelArn);
    if (settings.trainingData && completed.length === 0) {
      const states = [
        ...found.jobs.map((t) => `job ${t.job.name} is ${t.job.status}`),
        ...found.missing.map((b) => `no job ${b}`),
      ];
      io.notice(
        `No completed model was trained from this training data (${states.join(', ')}); evaluating base and production only. 'command: run' trains one.`,
      );
    }
    const lifecycle = await checkLifecycle(settings, p.services.foundation, new Date(deps.clock.now()), io, [
      'base model',
      'judge',
    ]);
    const prices = await priceBook(p);
    const request = { ...testSetOf(validation), ...(await readChampion(p)) };
    await evaluationBudget(p, prices, {
      candidates: completed.length,
      base: settings.compareBase,
      production: request.champion !== undefined,
    });
    const priceNotes = { publicationDate: prices.publicationDate, notes: prices.notes };

    let report;
    if (completed.length > 0) {
      const perPoint = estimateGrid(settings, gridOf(settings), validation, prices).perPoint;
      const { ranking, winner, evaluation } = await evaluatePoints(p, found, request, { prices, perPoint });
      io.info(`Candidate: ${winner.job.name}, trained from this data.`);
      setJobOutputs(io, winner.job);
      report = gridReport(p, found, winner, {
        ranking,
        evaluation,
        lifecycle,
        reused: true,
        dataChanges: await changesFor(p),
        cost: { inference: inferenceCosts(evaluation, prices, pointSettings(settings, winner.point)), ...priceNotes },
      });
    } else {
      const evaluation = await evaluateModels(p, request);
      report = buildReport({
        settings,
        context: deps.context,
        validation,
        reused: true,
        evaluation,
        lifecycle,
        cost: { inference: inferenceCosts(evaluation, prices, settings), ...priceNotes },
        dataChanges: await changesFor(p),
      });
    }
    const published = await io.group('Report', () => publishReport(report, settings, deps.context, p.store, io));
    if (!published.passed) throw gateFailure(published);
  });
}
