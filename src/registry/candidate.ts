// The candidate promote considers: the model trained from this commit's data, found (never trained),
// checked against the dataset objects it read, and chosen as the pull request chose it.

import { type JobView } from '../aws/bedrock-jobs.js';
import type { Pipeline, Services } from '../deps.js';
import { awsFailure, UserError } from '../errors.js';
import { evaluationBudget } from '../evaluation/budget.js';
import { testSetOf, type Evaluation } from '../evaluation/evaluate.js';
import { evaluatePoints } from '../evaluation/points.js';
import { priceBook } from '../pricing/book.js';
import { type PriceBook } from '../pricing/prices.js';
import { type GridPoint } from '../settings.js';
import { estimateGrid } from '../training/cost.js';
import { trainedJob } from '../training/found.js';
import { gridOf, pointLabel } from '../training/grid.js';
import { datasetObjectProblems } from '../training/integrity.js';
import { datasetKey } from '../training/upload.js';
import { waitForJob } from '../training/wait.js';
import { readChampion } from './champion.js';
import { type ModelVersion } from './manifest.js';

/** A point's candidate for this commit's data: the job trained from it, waited for like training. */
export async function findCandidate(
  p: Pipeline,
  point: GridPoint,
): Promise<{ job?: JobView; why?: string; trainingData?: { uri: string; sha256: string } }> {
  const { settings, store, deps, io, services } = p;
  const found = await trainedJob(p, point);
  const { base, files } = found;
  let job = found.job;
  if (!job)
    return {
      why: `no model was trained from this data (no job ${base}). Train it first: 'command: run' on the pull request, with the same inputs`,
    };
  const training = files.find((f) => f.role === 'training')!;
  const trainingData = { uri: store.uri(datasetKey(training)), sha256: training.sha256 };
  if (job.status === 'InProgress') {
    io.info(
      `Training job ${job.name} for this data is still running: waiting for it (up to ${settings.waitMinutes} min).`,
    );
    job = await waitForJob(services.jobs, job.name, {
      deadline: deps.startedAt + settings.waitMinutes * 60_000,
      clock: deps.clock,
      schedule: deps.schedule,
      io,
    });
  }
  if (job.status === 'InProgress' || job.status === 'Stopping')
    return {
      job,
      why: `training job ${job.name} is still ${job.status}; the next run with the same data promotes it when it completes`,
    };
  if (job.status !== 'Completed' || !job.customModelArn)
    return {
      job,
      why: `training job ${job.name} ended ${job.status}${job.failureMessage ? `: ${job.failureMessage}` : ''}`,
    };
  let problems: string[];
  try {
    problems = await datasetObjectProblems(store, job, files, await services.deployments.tags(job.arn));
  } catch (error) {
    throw awsFailure(
      `Could not check the dataset objects training job ${job.name} read`,
      error,
      'Check that the release role may s3:ListBucketVersions on the bucket, s3:GetObject and s3:GetObjectVersion under datasets/, and bedrock:ListTagsForResource (docs/iam.md).',
    );
  }
  if (problems.length)
    throw new UserError(
      `Training job ${job.name} is not promoted: ${problems.join('; ')}. Nothing was changed in production. Find out who wrote under ${store.uri('datasets/')} (CloudTrail data events), then train again from the reviewed data.`,
    );
  return { job, trainingData };
}

export interface Picked {
  readonly kind: 'picked';
  readonly job: JobView;
  readonly trainingData?: { uri: string; sha256: string };
  readonly evaluation: Evaluation;
  readonly testSet: ReturnType<typeof testSetOf>['testSet'];
  readonly champion?: ModelVersion;
  /** the prices, and the evaluation's estimate: shadow replay is held to what is left of `max-eval-cost` */
  readonly spent?: { readonly prices: PriceBook; readonly spentUsd: number };
}

/** No model to promote, and why (the notice and the summary say it). */
export interface NoCandidate {
  readonly kind: 'none';
  readonly why: string;
}

/**
 * The model trained from this commit's data, chosen as the pull request chose it: every point's
 * model found by its identity and evaluated here against production (under the release role, its
 * results cached in the release scope), then ranked by the same rule. Nothing is promoted while a
 * point is still training.
 */
export async function pickCandidate(p: Pipeline): Promise<Picked | NoCandidate> {
  const { settings, io } = p;
  const points = gridOf(settings);
  const one = points.length === 1;
  const found = [];
  for (const point of points) {
    const f = await io.group(one ? 'Candidate' : `Candidate ${point.id} (${pointLabel(point)})`, () =>
      findCandidate(p, point),
    );
    if (f.job?.status === 'InProgress' || f.job?.status === 'Stopping')
      return {
        kind: 'none',
        why: one
          ? f.why!
          : `point ${point.id} of the sweep is still training (${f.why}); the winner is chosen when every point has ended`,
      };
    found.push({ point, ...f });
  }
  if (!found.some((f) => f.job && !f.why))
    return {
      kind: 'none',
      why: one
        ? found[0]!.why!
        : `no point of the sweep produced a model: ${found.map((f) => `${f.point.id}: ${f.why}`).join('; ')}`,
    };
  // the records training also has stay marked: the gate decides on the others
  const { testSet, shortAnswer, seenInTraining } = testSetOf(p.validation);
  const { registry, champion } = await readChampion(p);
  // Ranking a grid weighs inference and training prices; one point needs none, unless its
  // evaluation has a ceiling.
  const prices = one && settings.maxEvalCost === undefined ? undefined : await priceBook(p);
  const cost =
    prices &&
    (await evaluationBudget(
      p,
      prices,
      { candidates: found.filter((f) => f.job).length, base: false, production: champion !== undefined },
      { ...settings, compareBase: false },
    ));
  const training = { jobs: found.filter((f) => f.job).map((f) => ({ point: f.point, job: f.job!, created: false })) };
  const { winner, evaluation } = await evaluatePoints(
    p,
    training,
    { testSet, shortAnswer, seenInTraining, registry, champion },
    prices && { prices, perPoint: estimateGrid(settings, points, p.validation, prices).perPoint },
    { ...settings, compareBase: false },
  );
  return {
    kind: 'picked',
    job: winner.job,
    trainingData: found.find((f) => f.point.id === winner.point.id)!.trainingData,
    evaluation,
    testSet,
    champion,
    spent: prices && { prices, spentUsd: cost?.usd ?? 0 },
  };
}

export async function pullRequestOfJob(services: Services, job: JobView): Promise<number | undefined> {
  try {
    const tag = (await services.deployments.tags(job.arn)).find((t) => t.key === 'pull-request');
    return tag ? Number(tag.value) : undefined;
  } catch {
    return undefined;
  }
}
