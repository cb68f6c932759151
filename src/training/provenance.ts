// A job is found by its name, and a name is only a string: anyone who can create jobs in the
// account, or who knows the naming scheme, can create one under the name this run expects. Before
// a job found by name is reused, evaluated or promoted, what it was created with is compared with
// what this run would send.
import { UserError } from '../errors.js';
import type { AccessSettings, RunSettings, PointSettings, TrainingSettings } from '../settings.js';
import type { JobView } from '../aws/bedrock-jobs.js';
import type { S3Store } from '../aws/s3-store.js';
import { TYPES, customization } from './launch.js';
import { datasetKey, type DatasetFile } from './upload.js';

const canonical = (v: unknown): string =>
  JSON.stringify(v, (_k, x: unknown) =>
    x && typeof x === 'object' && !Array.isArray(x)
      ? Object.fromEntries(Object.entries(x as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : x,
  );

/**
 * Whether `actual` holds every value of `sent` (objects compared key by key, the rest exactly):
 * the service may fill in defaults next to what was sent, but never change what was.
 */
function holds(sent: unknown, actual: unknown): boolean {
  if (sent === undefined) return true;
  if (sent && typeof sent === 'object' && !Array.isArray(sent)) {
    if (!actual || typeof actual !== 'object') return false;
    return Object.entries(sent as Record<string, unknown>).every(([k, v]) =>
      holds(v, (actual as Record<string, unknown>)[k]),
    );
  }
  return canonical(sent) === canonical(actual);
}

/** The first difference between the job and what this run would have created, or undefined. */
export function provenanceMismatch(
  job: JobView,
  settings: RunSettings & AccessSettings & PointSettings & TrainingSettings,
  store: S3Store,
  datasets: readonly DatasetFile[],
): string | undefined {
  const uri = (role: string) => {
    const f = datasets.find((d) => d.role === role);
    return f ? store.uri(datasetKey(f)) : undefined;
  };
  const { hyperParameters, customizationConfig } = customization(settings);
  const expected = uri('validation');
  const checks: Array<[string, boolean, unknown, unknown]> = [
    ['its training data', job.inputs.trainingUri === uri('training'), job.inputs.trainingUri, uri('training')],
    [
      'its validation data',
      canonical(job.inputs.validationUris) === canonical(expected ? [expected] : []),
      job.inputs.validationUris.join(', ') || 'none',
      expected ?? 'none',
    ],
    [
      'its base model',
      job.inputs.baseModelArn === settings.baseModel.id ||
        Boolean(job.inputs.baseModelArn?.endsWith(`/${settings.baseModel.id}`)),
      job.inputs.baseModelArn,
      settings.baseModel.id,
    ],
    [
      'its customization type',
      job.inputs.customizationType === TYPES[settings.customizationType],
      job.inputs.customizationType,
      TYPES[settings.customizationType],
    ],
    [
      'its hyperparameters',
      holds(hyperParameters, job.hyperParameters ?? {}),
      canonical(job.hyperParameters),
      canonical(hyperParameters),
    ],
    [
      'its customization config',
      holds(customizationConfig, job.inputs.customizationConfig),
      canonical(job.inputs.customizationConfig),
      canonical(customizationConfig),
    ],
    [
      'its output location',
      job.inputs.outputUri === store.uri(`jobs/${job.name}/`),
      job.inputs.outputUri,
      store.uri(`jobs/${job.name}/`),
    ],
    [
      'its service role',
      !settings.bedrockRoleArn || job.inputs.roleArn === settings.bedrockRoleArn,
      job.inputs.roleArn,
      settings.bedrockRoleArn,
    ],
  ];
  const wrong = checks.find(([, ok]) => !ok);
  return wrong ? `${wrong[0]} is ${String(wrong[2])}, where this run would send ${String(wrong[3])}` : undefined;
}

/** Throws, naming the difference, when a job found by name was not created from this run's inputs. */
export function verifyProvenance(
  job: JobView,
  settings: RunSettings & AccessSettings & PointSettings & TrainingSettings,
  store: S3Store,
  datasets: readonly DatasetFile[],
): void {
  const mismatch = provenanceMismatch(job, settings, store, datasets);
  if (mismatch) {
    throw new UserError(
      `Training job ${job.name} has the name this data and configuration would train under, but ${mismatch}. ` +
        `It was not created from these inputs, so it is not reused, evaluated or promoted as if it were. ` +
        `Find out who created it (CloudTrail), delete or stop it, and run again; or change 'model-name'.`,
    );
  }
}
