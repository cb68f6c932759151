import path from 'node:path';
import { UserError, awsFailure } from '../errors.js';
import { STATE } from '../interface.js';
import type { Deps } from '../deps.js';
import type { Io } from '../io/io.js';
import type { Settings } from '../settings.js';
import type { AwsClients } from '../aws/clients.js';
import { BedrockJobs, type JobView } from '../aws/bedrock-jobs.js';
import type { S3Store } from '../aws/s3-store.js';
import { hashFiles } from '../dataset/hash.js';
import type { ValidationReport } from '../dataset/validate.js';
import { launchOrFind, type Launch } from './launch.js';
import { parseMetricsCsv, type LossCurves } from './metrics.js';
import { verifyProvenance } from './provenance.js';
import { splitValidation } from './split.js';
import { uploadDatasets, type DatasetFile, type UploadedDataset } from './upload.js';
import { waitForJob } from './wait.js';

export interface Training {
  readonly launch: Launch;
  /** the job as last seen: terminal, or InProgress when handed over at the deadline */
  readonly job: JobView;
  readonly datasets: readonly UploadedDataset[];
  readonly loss?: LossCurves;
}

/** The files the job trains on: as committed, or with a validation set split off by content. */
export async function datasetFiles(settings: Settings, report: ValidationReport, io: Io): Promise<DatasetFile[]> {
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

/**
 * Upload → launch or find → wait. Returns when the job ends or the deadline comes; a job that
 * is still running then is not a failure: a later run with the same data picks it up.
 */
export async function train(
  settings: Settings,
  report: ValidationReport,
  aws: AwsClients,
  store: S3Store,
  deps: Deps,
  io: Io,
): Promise<Training> {
  const jobs = new BedrockJobs(aws.bedrock);

  const datasets = await io.group('Upload datasets', async () =>
    uploadDatasets(store, await datasetFiles(settings, report, io), io),
  );
  const launch = await io.group('Training job', async () => {
    for (const notice of settings.hyperparameters.notices) io.notice(notice);
    if (settings.teacherModelInput) {
      io.notice(
        `Distillation teacher: input 'teacher-model' is '${settings.teacherModelInput}'; Bedrock is sent '${settings.teacherModel}', the identifier it invokes.`,
      );
    }
    const found = await launchOrFind(jobs, store, settings, deps.context, datasets, report.datasetHash, io);
    if (!found.created) verifyProvenance(found.job, settings, store, datasets);
    return found;
  });
  // Saved the moment the job exists, so a cancelled run's post step can stop it.
  io.saveState(STATE.jobArn, launch.job.arn);
  io.setOutput('job-name', launch.job.name);
  io.setOutput('job-arn', launch.job.arn);

  const deadline = deps.startedAt + settings.waitMinutes * 60_000;
  const job = await io.group(`Wait for training (up to ${settings.waitMinutes} min)`, () =>
    waitForJob(jobs, launch.job.name, { deadline, clock: deps.clock, schedule: deps.schedule, io }),
  );
  io.setOutput('job-status', job.status);
  if (job.status !== 'Completed') return { launch, job, datasets };

  io.setOutput('custom-model-arn', job.customModelArn ?? '');
  let loss: LossCurves | undefined;
  try {
    loss = await readLossCurves(store, `jobs/${job.name}/`);
    io.info(
      `Loss: ${loss.training.length} training points${loss.training.length ? ` (${loss.training[0]!.loss} → ${loss.training.at(-1)!.loss})` : ''}, ${loss.validation.length} validation points.`,
    );
  } catch (error) {
    io.warning(
      awsFailure(`Could not read the loss metrics of ${job.name}`, error, 'The report shows no loss curve.').message,
    );
  }
  return { launch, job, datasets, loss };
}

/** The message for a job that ended without a model. */
export function jobFailure(job: JobView): UserError {
  return new UserError(
    job.status === 'Failed'
      ? `Training job ${job.name} failed: ${job.failureMessage ?? 'Bedrock gave no reason'}. Fix the cause, then push a change or re-run with 'retry-failed: true'.`
      : `Training job ${job.name} was stopped before it finished. Re-run with 'retry-failed: true' to train again.`,
  );
}
