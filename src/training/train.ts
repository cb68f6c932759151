import path from 'node:path';
import { UserError, awsFailure } from '../errors.js';
import { STATE } from '../interface.js';
import type { Pipeline } from '../deps.js';
import type { Io } from '../io/io.js';
import type { GridPoint, RunSettings, DataSettings, PointSettings, TrainingSettings } from '../settings.js';
import { type JobView } from '../aws/bedrock-jobs.js';
import type { S3Store } from '../aws/s3-store.js';
import { hashFiles } from '../dataset/hash.js';
import type { ValidationReport } from '../dataset/validate.js';
import { gridOf, pointLabel, pointSettings } from './grid.js';
import { launchOrFind } from './launch.js';
import { parseMetricsCsv, type LossCurves } from './metrics.js';
import { verifyProvenance } from './provenance.js';
import { splitValidation } from './split.js';
import { uploadDatasets, type DatasetFile } from './upload.js';
import { waitForJobs } from './wait.js';

/** A point of the grid after training: its job as last seen (terminal, or running at the deadline). */
export interface TrainedPoint {
  readonly point: GridPoint;
  readonly job: JobView;
  /** started by this run (not found) */
  readonly created: boolean;
  readonly loss?: LossCurves;
}

export interface GridTraining {
  readonly jobs: readonly TrainedPoint[];
}

/** The files the job trains on: as committed, or with a validation set split off by content. */
export async function datasetFiles(
  settings: RunSettings & DataSettings & PointSettings & TrainingSettings,
  report: ValidationReport,
  io: Io,
): Promise<DatasetFile[]> {
  const training = report.files.find((f) => f.role === 'training')!;
  const validation = report.files.find((f) => f.role === 'validation');
  if (validation) {
    return [
      { role: 'training', file: training.path, sha256: training.sha256, records: training.records },
      { role: 'validation', file: validation.path, sha256: validation.sha256, records: validation.records },
    ];
  }
  if (settings.validationSplit > 0 && !settings.baseModel.acceptsValidationSet) {
    io.notice(
      `'validation-split' is ignored: ${settings.baseModel.label} takes no validation set for ${settings.customizationType}.`,
    );
  }
  if (settings.validationSplit > 0 && settings.baseModel.acceptsValidationSet) {
    const split = await splitValidation(training.path, settings.validationSplit, path.join(io.tempDir, 'split'));
    const [t, v] = (await hashFiles([split.training, split.validation])).files;
    io.info(
      `Held out ${split.validationRecords} of ${training.records} records for validation (validation-split ${settings.validationSplit}, by record content: the same records every run).`,
    );
    return [
      { role: 'training', file: split.training, sha256: t!, records: split.trainingRecords },
      { role: 'validation', file: split.validation, sha256: v!, records: split.validationRecords },
    ];
  }
  return [{ role: 'training', file: training.path, sha256: training.sha256, records: training.records }];
}

/** Reads the loss series Bedrock writes under the job's output prefix (sub-folder undocumented: listed). */
export async function readLossCurves(store: S3Store, jobOutput: string): Promise<LossCurves> {
  const keys = await store.list(jobOutput);
  const read = async (suffix: string, column: 'training_loss' | 'validation_loss') => {
    const key = keys.find((k) => k.endsWith(suffix));
    const text = key ? (await store.getText(store.relative(key)))?.text : undefined;
    return text ? parseMetricsCsv(text, column) : [];
  };
  return {
    training: await read('step_wise_training_metrics.csv', 'training_loss'),
    validation: await read('validation_metrics.csv', 'validation_loss'),
  };
}

/** The outputs of the job a run is about: the single point's as it goes, or a sweep's winner. */
export function setJobOutputs(io: Io, job: JobView): void {
  io.setOutput('job-name', job.name);
  io.setOutput('job-arn', job.arn);
  io.setOutput('job-status', job.status);
  if (job.status === 'Completed') io.setOutput('custom-model-arn', job.customModelArn ?? '');
}

/**
 * Upload once → launch or find every point's job → wait for all of them together. Returns when
 * every job has ended or the deadline comes; a job still running then is not a failure: a later
 * run with the same data picks it up. A plain run is the grid of one point.
 */
export async function trainGrid(
  p: Pipeline,
  /** told after each poll while a job still runs, and whether a status or stage changed (the live comment) */
  onProgress?: (training: GridTraining, changed: boolean) => Promise<void>,
): Promise<GridTraining> {
  const { settings, validation, store, deps, io } = p;
  const points = gridOf(settings);
  const one = points.length === 1;
  const { jobs } = p.services;
  const datasets = await io.group('Upload datasets', async () =>
    uploadDatasets(store, await datasetFiles(settings, validation, io), io),
  );
  const launched = await io.group(one ? 'Training job' : `Training jobs (${points.length} points)`, async () => {
    for (const notice of new Set(points.flatMap((point) => point.hyperparameters.notices))) io.notice(notice);
    if (settings.teacherModelInput) {
      io.notice(
        `Distillation teacher: input 'teacher-model' is '${settings.teacherModelInput}'; Bedrock is sent '${settings.teacherModel}', the identifier it invokes.`,
      );
    }
    const out = [];
    for (const point of points) {
      const ps = pointSettings(settings, point);
      const found = await launchOrFind(jobs, store, ps, deps.context, datasets, validation.datasetHash, io);
      if (!found.created) verifyProvenance(found.job, ps, store, datasets);
      if (!one) io.info(`${point.id} (${pointLabel(point)}): ${found.created ? 'started' : 'found'} ${found.job.name}`);
      out.push({ point, launch: found });
    }
    return out;
  });
  // Saved the moment the jobs exist (one ARN a line), so a cancelled run's post step can stop them.
  io.saveState(STATE.jobArn, launched.map((l) => l.launch.job.arn).join('\n'));
  if (one) {
    io.setOutput('job-name', launched[0]!.launch.job.name);
    io.setOutput('job-arn', launched[0]!.launch.job.arn);
  }

  const deadline = deps.startedAt + settings.waitMinutes * 60_000;
  const seen = (views: readonly JobView[]) => ({
    jobs: launched.map((l, i) => ({ point: l.point, job: views[i]!, created: l.launch.created })),
  });
  const views = await io.group(
    one
      ? `Wait for training (up to ${settings.waitMinutes} min)`
      : `Wait for ${points.length} training jobs (up to ${settings.waitMinutes} min)`,
    () =>
      waitForJobs(
        jobs,
        launched.map((l) => l.launch.job.name),
        {
          deadline,
          clock: deps.clock,
          schedule: deps.schedule,
          io,
          onProgress: async (v, changed) => onProgress?.(seen(v), changed),
        },
      ),
  );
  if (one) setJobOutputs(io, views[0]!);
  const out: TrainedPoint[] = [];
  for (const t of seen(views).jobs) {
    if (t.job.status !== 'Completed') {
      out.push(t);
      continue;
    }
    let loss: LossCurves | undefined;
    try {
      loss = await readLossCurves(store, `jobs/${t.job.name}/`);
      io.info(
        `Loss${one ? '' : ` of ${t.point.id}`}: ${loss.training.length} training points${loss.training.length ? ` (${loss.training[0]!.loss} → ${loss.training.at(-1)!.loss})` : ''}, ${loss.validation.length} validation points.`,
      );
    } catch (error) {
      io.warning(
        awsFailure(`Could not read the loss metrics of ${t.job.name}`, error, 'The report shows no loss curve.')
          .message,
      );
    }
    out.push({ ...t, loss });
  }
  return { jobs: out };
}

/** The jobs of a grid that are still running (handed over at the deadline). */
export const stillRunning = (t: GridTraining) =>
  t.jobs.filter((j) => j.job.status === 'InProgress' || j.job.status === 'Stopping');

/** When no point produced a model: the step's error, naming the first failure. */
export function gridFailure(training: GridTraining): UserError {
  const failed = training.jobs.filter((j) => j.job.status !== 'Completed');
  if (training.jobs.length === 1) return jobFailure(failed[0]!.job);
  return new UserError(
    `No point of the sweep produced a model (${failed.map((f) => `${f.point.id} ${f.job.status}`).join(', ')}). ${jobFailure(failed[0]!.job).message}`,
  );
}

/** The message for a job that ended without a model. */
export function jobFailure(job: JobView): UserError {
  return new UserError(
    job.status === 'Failed'
      ? `Training job ${job.name} failed: ${job.failureMessage ?? 'Bedrock gave no reason'}. Fix the cause, then push a change or re-run with 'retry-failed: true'.`
      : `Training job ${job.name} was stopped before it finished. Re-run with 'retry-failed: true' to train again.`,
  );
}
