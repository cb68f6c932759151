import type { Deps } from '../deps.js';
import type { Io } from '../io/io.js';
import type { Settings } from '../settings.js';
import { liveComment, publishReport } from '../report/publish.js';
import { inferenceCosts } from '../evaluation/cost.js';
import { gridFailure, setJobOutputs, stillRunning, trainGrid, type GridTraining } from '../training/train.js';
import { estimateEta, type Eta } from '../training/eta.js';
import { pointSettings } from '../training/grid.js';
import { validate } from './validate.js';
import { withPipeline } from './pipeline.js';
import { changesFor, type DataChanges } from '../report/diff.js';
import { gateFailure, type EvaluatingRows } from '../report/model.js';
import { rankPoints, evaluatePoints } from '../evaluation/points.js';
import { readChampion } from '../registry/champion.js';
import { gridReport } from '../report/grid.js';
import { trainingCostOf } from '../training/cost.js';
import { costAndModels } from '../training/preflight.js';
import { validateForEveryModel } from '../training/validate-grid.js';
import { testSetOf } from '../evaluation/evaluate.js';

/** validate → cost and lifecycle → upload → train → wait → evaluate → report, for every point of the grid. */
export async function run(settings: Settings, io: Io, deps: Deps): Promise<void> {
  const validation = await validate(settings, io);
  await validateForEveryModel(settings, validation, io);
  await withPipeline(settings, validation, deps, io, async (p) => {
    const { prices, estimate, lifecycle } = await io.group('Cost and models', () => costAndModels(p));
    const priceNotes = { publicationDate: prices.publicationDate, notes: prices.notes };

    // When the job should end, from earlier jobs of this model (one job only: a sweep's points
    // differ). Read once, when the first live card is written: never for a job found finished.
    let eta: Promise<Eta | undefined> | undefined;
    const etaOnce = () =>
      settings.sweep
        ? undefined
        : (eta ??= estimateEta(p.store, settings.modelName, estimate.total.billedTokens).catch((error: unknown) => {
            io.debug(`no ETA: ${(error as Error).message}`);
            return undefined;
          }));

    /** The report of a grid not (all) evaluated: each point's state, shown under a running job when there is one. */
    const unevaluated = (
      t: GridTraining,
      dataChanges?: DataChanges,
      live?: { eta?: Eta; evaluating?: EvaluatingRows },
    ) => {
      const shown = stillRunning(t)[0] ?? t.jobs[0]!;
      const ranking = rankPoints(settings, t, undefined, { prices, perPoint: estimate.perPoint });
      const cost =
        t.jobs.length === 1 ? { training: trainingCostOf(estimate.total, shown.job), ...priceNotes } : undefined;
      return {
        ranking,
        report: gridReport(p, t, shown, {
          ranking,
          cost,
          lifecycle,
          dataChanges,
          live: Boolean(live),
          eta: live?.eta,
          evaluating: live?.evaluating,
        }),
      };
    };
    const changes = await changesFor(p);
    // While the jobs train (hours), the comment follows them: from the moment they exist, at each
    // change of status or stage, at most once a minute; the final report replaces it.
    const live = liveComment(settings, deps.context, io, deps.clock, deps.schedule.commentMs);
    const training = await trainGrid(p, (t, changed) =>
      live.update(async () => unevaluated(t, changes, { eta: await etaOnce() }).report, changed),
    );
    const running = stillRunning(training);
    const completed = training.jobs.filter((j) => j.job.status === 'Completed');

    if (running.length > 0 || completed.length === 0) {
      await live.idle();
      const { ranking, report } = unevaluated(training, changes);
      if (training.jobs.length > 1) io.setOutput('sweep', JSON.stringify(ranking));
      await io.group('Report', () => publishReport(report, settings, deps.context, p.store, io));
      if (running.length === 0) throw gridFailure(training);
      io.notice(
        training.jobs.length === 1
          ? `Training job ${running[0]!.job.name} is still ${running[0]!.job.status} after ${settings.waitMinutes} min ('wait-minutes'). That is not a failure: ` +
              `the next run with the same data finds this job and goes on waiting instead of starting another. Re-run this workflow later, or let a scheduled run pick it up.`
          : `${running.length} of ${training.jobs.length} training jobs of the sweep are still running after ${settings.waitMinutes} min ('wait-minutes'): ${running.map((r) => r.job.name).join(', ')}. That is not a failure: the next run with the same data finds every job of the grid and goes on waiting for these, training nothing twice.`,
      );
      return;
    }

    // Evaluation takes minutes (hours for large test sets): the card counts each model's records.
    const answered = new Map<string, { label: string; done: number; total: number }>();
    const progress = (label: string, done: number, total: number) => {
      const before = answered.get(label);
      answered.set(label, { label, done, total });
      void live.update(
        () => unevaluated(training, changes, { evaluating: [...answered.values()] }).report,
        !before || before.done !== done,
      );
    };
    const request = { ...testSetOf(validation), ...(await readChampion(p)), progress };
    const { ranking, winner, evaluation } = await evaluatePoints(p, training, request, {
      prices,
      perPoint: estimate.perPoint,
    });
    if (training.jobs.length > 1) setJobOutputs(io, winner.job);
    const trainingCost = trainingCostOf(estimate.perPoint.get(winner.point.id)!, winner.job);
    if (training.jobs.length === 1 && trainingCost.actual?.cost !== undefined)
      io.setOutput('training-cost', trainingCost.actual.cost.toFixed(4));
    await live.idle(); // the card's last write lands before the report replaces it
    const report = await io.group('Report', () =>
      publishReport(
        gridReport(p, training, winner, {
          ranking,
          evaluation,
          lifecycle,
          dataChanges: changes,
          cost: {
            training: trainingCost,
            inference: inferenceCosts(evaluation, prices, pointSettings(settings, winner.point)),
            ...priceNotes,
          },
        }),
        settings,
        deps.context,
        p.store,
        io,
      ),
    );
    if (!report.passed) throw gateFailure(report);
  });
}
