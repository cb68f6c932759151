// The jobs trained from this data, found (evaluate and promote never train): by the identity `run` gives them.
import { type JobView } from '../aws/bedrock-jobs.js';
import type { Pipeline } from '../deps.js';
import { awsFailure } from '../errors.js';
import { type GridPoint } from '../settings.js';
import { pointSettings, gridOf, pointLabel } from './grid.js';
import { trainingIdentity, latestAttempt } from './launch.js';
import { verifyProvenance } from './provenance.js';
import { datasetFiles, type GridTraining, type TrainedPoint, readLossCurves } from './train.js';
import { type DatasetFile } from './upload.js';

/**
 * The latest job trained from this data with a point's settings (the identity `run` gives it),
 * checked to have been created from these very files: evaluate and promote never train, they find.
 */
export async function trainedJob(
  p: Pipeline,
  point: GridPoint,
): Promise<{ job?: JobView; base: string; files: DatasetFile[] }> {
  const { store, validation, io } = p;
  const settings = pointSettings(p.settings, point);
  const files = await datasetFiles(settings, validation, io);
  const { identity, base } = trainingIdentity(settings, store, files);
  let job: JobView | undefined;
  try {
    job = (await latestAttempt(p.services.jobs, settings, identity, base)).job;
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
