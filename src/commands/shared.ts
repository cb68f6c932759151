import { UserError, awsFailure } from '../errors.js';
import type { Deps } from '../deps.js';
import { GitHub } from '../github/client.js';
import type { Io } from '../io/io.js';
import type { Settings } from '../settings.js';
import type { AwsClients } from '../aws/clients.js';
import { S3Store } from '../aws/s3-store.js';
import type { ValidationReport } from '../dataset/validate.js';
import type { EvaluationRequest } from '../evaluation/evaluate.js';
import { productionVersion, readRegistry } from '../registry/manifest.js';
import { baseReader, dataChanges, type DataChanges } from '../report/diff.js';
import type { Report } from '../report/model.js';
import { PriceList } from '../aws/pricing.js';
import { BedrockJobs, type JobView } from '../aws/bedrock-jobs.js';
import { latestAttempt, trainingIdentity } from '../training/launch.js';
import { verifyProvenance } from '../training/provenance.js';
import { datasetFiles } from '../training/train.js';
import type { DatasetFile } from '../training/upload.js';
import { lookupPrices, type PriceBook } from '../pricing/prices.js';

export function storeFor(settings: Settings, aws: AwsClients): S3Store {
  return new S3Store(aws.s3, settings.s3!, {
    expectedBucketOwner: settings.expectedBucketOwner,
    kmsKeyId: settings.kmsKeyId,
  });
}

/** The test set as the evaluation needs it, from the validation report. */
export function testSetOf(
  report: ValidationReport,
): Pick<EvaluationRequest, 'testSet' | 'shortAnswer' | 'seenInTraining'> {
  const test = report.files.find((f) => f.role === 'test');
  if (!test) throw new UserError(`Input 'test-data' is required to evaluate.`);
  return {
    testSet: { name: test.name, path: test.path, sha256: test.sha256 },
    shortAnswer: test.labels !== undefined,
    seenInTraining: report.testSeenInTraining,
  };
}

/** The registry and its production version (the champion), when there is one. */
export async function readChampion(
  store: S3Store,
  settings: Settings,
  io: Io,
): Promise<Pick<EvaluationRequest, 'registry' | 'champion'>> {
  try {
    const found = await readRegistry(store, settings.modelName);
    const champion = productionVersion(found?.registry);
    if (champion) io.info(`Production is version ${champion.version} (${champion.customModelArn}).`);
    else io.info(`No production version of '${settings.modelName}' in the registry yet: no production column.`);
    return { registry: found?.registry, champion };
  } catch (error) {
    throw awsFailure(
      `Could not read the model registry ${store.uri(`registry/${settings.modelName}.json`)}`,
      error,
      'Check that the role may s3:GetObject under s3-uri.',
    );
  }
}

/** What the pull request changed in the data, against its base commit; best effort. */
export async function changesFor(
  settings: Settings,
  report: ValidationReport,
  deps: Deps,
  io: Io,
): Promise<DataChanges | undefined> {
  const pr = deps.context.pullRequest;
  if (!pr?.baseSha || !deps.context.repository) return undefined;
  try {
    const github = settings.githubToken
      ? new GitHub(settings.githubToken, deps.context.repository, deps.context.apiUrl)
      : undefined;
    const read = baseReader(settings.workspace, async (p, sha) => (github ? github.fileAt(p, sha) : undefined));
    return await dataChanges(
      report.files.map((f) => ({ role: f.role, name: f.name, path: f.path })),
      settings.workspace,
      pr.baseSha,
      read,
    );
  } catch (error) {
    io.warning(
      `Could not compare the datasets with the base branch (${(error as Error).message}); the report leaves out what the PR changed in the data.`,
    );
    return undefined;
  }
}

/** The step fails after the report is out, naming the conditions that failed. */
export function gateFailure(report: Report): UserError {
  const failed = report.gate.filter((g) => !g.passed).map((g) => `'${g.input}': ${g.text}`);
  return new UserError(
    `The candidate fails the gate: ${failed.join('; ')}. The PR comment and the job summary have the numbers.`,
  );
}

/** The prices of every model this run uses (base, its custom models, teacher, judge), from the price list and `prices`. */
export async function priceBook(
  settings: Settings,
  aws: AwsClients,
  store: S3Store,
  deps: Deps,
  io: Io,
): Promise<PriceBook> {
  return lookupPrices({
    region: aws.region,
    models: [
      settings.baseModel.id,
      settings.baseModelInferenceId,
      ...(settings.sweep?.points.flatMap((p) => [p.baseModel.id, p.baseModelInferenceId]) ?? []),
      ...(settings.teacherModel ? [settings.teacherModel] : []),
      ...(settings.scorer === 'judge' ? [settings.judgeModel] : []),
    ],
    overrides: settings.prices,
    priceList: new PriceList(aws.pricing),
    store,
    now: deps.clock.now(),
    io,
  });
}

/**
 * The latest job trained from this data with these settings (the identity `run` gives it), checked
 * to have been created from these very files: evaluate and promote never train, they find.
 */
export async function trainedJob(
  settings: Settings,
  aws: AwsClients,
  store: S3Store,
  validation: ValidationReport,
  io: Io,
): Promise<{ job?: JobView; base: string; files: DatasetFile[] }> {
  const files = await datasetFiles(settings, validation, io);
  const { identity, base } = trainingIdentity(settings, store, files);
  let job: JobView | undefined;
  try {
    job = (await latestAttempt(new BedrockJobs(aws.bedrock), settings, identity, base)).job;
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
