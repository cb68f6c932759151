import type { CreateModelCustomizationJobCommandInput, CustomizationConfig } from '@aws-sdk/client-bedrock';
import { UserError, awsFailure } from '../errors.js';
import type { RunContext } from '../github/context.js';
import type { Io } from '../io/io.js';
import type { RunSettings, AccessSettings, PointSettings, TrainingSettings } from '../settings.js';
import type { BedrockJobs, JobView } from '../aws/bedrock-jobs.js';
import type { S3Store } from '../aws/s3-store.js';
import { attemptOf, identityHash, jobName } from './identity.js';
import type { UploadedDataset } from './upload.js';

export const TYPES = { sft: 'FINE_TUNING', rft: 'REINFORCEMENT_FINE_TUNING', distillation: 'DISTILLATION' } as const;

export interface Launch {
  readonly job: JobView;
  /** false when an existing job for the same identity was found and reused */
  readonly created: boolean;
  readonly attempt: number;
  readonly identity: string;
}

/** The customizationConfig and hyperParameters Bedrock takes for this customization type. */
export function customization(settings: RunSettings & AccessSettings & PointSettings & TrainingSettings): {
  hyperParameters?: Record<string, string>;
  customizationConfig?: CustomizationConfig;
} {
  const values = settings.hyperparameters.values;
  if (settings.customizationType === 'sft')
    return { hyperParameters: Object.keys(values).length ? (values as Record<string, string>) : undefined };
  if (settings.customizationType === 'rft') {
    return {
      customizationConfig: {
        rftConfig: {
          graderConfig: { lambdaGrader: { lambdaArn: settings.graderLambdaArn! } },
          hyperParameters: Object.keys(values).length ? values : undefined,
        },
      } as CustomizationConfig,
    };
  }
  return {
    customizationConfig: {
      distillationConfig: {
        teacherModelConfig: {
          teacherModelIdentifier: settings.teacherModel!,
          maxResponseLengthForInference: values.maxResponseLengthForInference as number | undefined,
        },
      },
    } as CustomizationConfig,
  };
}

/** Tags on the job and the model: where it came from, for people looking in the console. */
function tags(
  settings: RunSettings & AccessSettings & PointSettings & TrainingSettings,
  context: RunContext,
  datasetHash: string,
): Array<{ key: string; value: string }> {
  const list: Array<[string, string | undefined]> = [
    ['managed-by', 'bedrock-model-ci'],
    ['model-name', settings.modelName],
    ['repository', context.repository],
    ['pull-request', context.pullRequest ? String(context.pullRequest.number) : undefined],
    ['commit', context.sha],
    ['dataset-hash', datasetHash],
    ['workflow-run', context.runUrl],
  ];
  return list
    .filter((t): t is [string, string] => Boolean(t[1]))
    .map(([key, value]) => ({ key, value: value.slice(0, 256) }));
}

/**
 * Finds the job already trained (or training) from the same identity, or starts one. A re-run,
 * a push that does not touch the data and the merge to main all find the same job: nothing is
 * paid for twice. A failed or stopped job is reported, or retried as a new attempt on request.
 */
/** The identity of a training from these datasets and settings, and its first job name. */
export function trainingIdentity(
  settings: RunSettings & AccessSettings & PointSettings & TrainingSettings,
  store: S3Store,
  datasets: ReadonlyArray<{ role: string; sha256: string }>,
): { identity: string; base: string } {
  const { customizationConfig } = customization(settings);
  const identity = identityHash({
    trainingSha256: datasets.find((d) => d.role === 'training')!.sha256,
    validationSha256: datasets.find((d) => d.role === 'validation')?.sha256,
    baseModel: settings.baseModel.id,
    customizationType: settings.customizationType,
    hyperparameters: settings.hyperparameters.values,
    customizationConfig,
    outputRoot: store.uri(''),
  });
  return { identity, base: jobName(settings.modelName, identity) };
}

/** The latest attempt of a training identity, if any job of it exists. */
export async function latestAttempt(
  jobs: BedrockJobs,
  settings: RunSettings & AccessSettings & PointSettings & TrainingSettings,
  identity: string,
  base: string,
): Promise<{ job?: JobView; attempt: number }> {
  const attempts = (await jobs.namesContaining(base))
    .map((n) => attemptOf(n, base))
    .filter((a): a is number => a !== undefined);
  const attempt = attempts.length ? Math.max(...attempts) : 0;
  return { attempt, job: attempt > 0 ? await jobs.get(jobName(settings.modelName, identity, attempt)) : undefined };
}

export async function launchOrFind(
  jobs: BedrockJobs,
  store: S3Store,
  settings: RunSettings & AccessSettings & PointSettings & TrainingSettings,
  context: RunContext,
  datasets: readonly UploadedDataset[],
  datasetHash: string,
  io: Io,
): Promise<Launch> {
  const training = datasets.find((d) => d.role === 'training')!;
  const validation = datasets.find((d) => d.role === 'validation');
  const { hyperParameters, customizationConfig } = customization(settings);
  const { identity, base } = trainingIdentity(settings, store, datasets);
  const hint = `Check that the role may bedrock:ListModelCustomizationJobs, GetModelCustomizationJob and CreateModelCustomizationJob in ${settings.awsRegion}.`;

  let latest: JobView | undefined;
  let attempt: number;
  try {
    ({ job: latest, attempt } = await latestAttempt(jobs, settings, identity, base));
  } catch (error) {
    throw awsFailure(`Could not look for an existing training job ${base}`, error, hint);
  }

  if (latest && (latest.status === 'InProgress' || latest.status === 'Completed')) {
    io.info(
      `Found training job ${latest.name} (${latest.status}) for this exact data and configuration: reusing it, nothing new is trained.`,
    );
    return { job: latest, created: false, attempt, identity };
  }
  if (latest && !settings.retryFailed) {
    throw new UserError(
      `Training job ${latest.name} for this data ${latest.status === 'Failed' ? 'failed' : 'was stopped'}${latest.failureMessage ? `: ${latest.failureMessage}` : ''}. ` +
        `Nothing new was started. Fix the cause and change the data or settings, or set 'retry-failed: true' to start attempt ${attempt + 1} with the same data.`,
    );
  }

  const name = jobName(settings.modelName, identity, attempt + 1);
  const input: CreateModelCustomizationJobCommandInput = {
    jobName: name,
    customModelName: name,
    roleArn: settings.bedrockRoleArn!,
    baseModelIdentifier: settings.baseModel.id,
    customizationType: TYPES[settings.customizationType],
    trainingDataConfig: { s3Uri: training.uri },
    validationDataConfig: validation ? { validators: [{ s3Uri: validation.uri }] } : undefined,
    outputDataConfig: { s3Uri: store.uri(`jobs/${name}/`) },
    hyperParameters,
    customizationConfig,
    customModelKmsKeyId: settings.kmsKeyId,
    clientRequestToken: name,
    // the dataset objects' versions, which promote verifies are still the only ones (versioned bucket)
    jobTags: [
      ...tags(settings, context, datasetHash),
      ...datasets
        .filter((d) => d.versionId)
        .map((d) => ({ key: `${d.role}-data-version`, value: d.versionId!.slice(0, 256) })),
    ],
    customModelTags: tags(settings, context, datasetHash),
  };
  try {
    await jobs.create(input);
  } catch (error) {
    // Another run with the same data may have created it a moment ago: that job is ours too.
    const raced = /already exists/i.test((error as Error).message ?? '')
      ? await jobs.get(name).catch(() => undefined)
      : undefined;
    if (!raced)
      throw awsFailure(
        `Could not start training job ${name}`,
        error,
        `${hint} The calling role also needs iam:PassRole on '${settings.bedrockRoleArn}'.`,
      );
    io.info(`Training job ${name} was started by a concurrent run; using it.`);
    return { job: raced, created: false, attempt: attempt + 1, identity };
  }
  const job = await jobs.get(name);
  if (!job)
    throw new UserError(`Training job ${name} was created but cannot be read back. Run again; the next run finds it.`);
  io.info(`Started training job ${name}${attempt > 0 ? ` (attempt ${attempt + 1})` : ''}: ${job.arn}`);
  return { job, created: true, attempt: attempt + 1, identity };
}
