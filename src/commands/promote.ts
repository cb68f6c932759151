import { UserError, messageOf } from '../errors.js';
import type { Deps } from '../deps.js';
import type { Io } from '../io/io.js';
import type { Settings } from '../settings.js';
import type { AwsClients } from '../aws/clients.js';
import { BedrockJobs, type JobView } from '../aws/bedrock-jobs.js';
import { Deployments } from '../aws/deployments.js';
import { EndpointUpdates } from '../aws/endpoint-updates.js';
import { Runtime } from '../aws/runtime.js';
import type { S3Store } from '../aws/s3-store.js';
import { evaluateModels } from '../evaluation/evaluate.js';
import { loadTestSet } from '../evaluation/testset.js';
import { GitHub } from '../github/client.js';
import { endpointName, followRegistry, type Followed } from '../registry/endpoint.js';
import { intendedVersion, updateRegistry, type ModelVersion } from '../registry/manifest.js';
import { decidePromotion, withProduction, type Candidate } from '../registry/promotion.js';
import { annotateStickyComment } from '../report/sticky.js';
import { datasetKey } from '../training/upload.js';
import { waitForJob } from '../training/wait.js';
import { priceBook, readChampion, storeFor, testSetOf, trainedJob } from './shared.js';
import type { Evaluation } from '../evaluation/evaluate.js';
import { pointLabel, pointSettings } from '../training/grid.js';
import { estimateSweep, evaluateSweep } from '../sweep/run.js';
import { validate } from './validate.js';
import { pct } from '../lib/format.js';


/**
 * Moves the stable endpoint to a version the registry has pending (or re-checks the one it
 * serves), records it as production, and tags the models. Superseded when a later promotion or
 * rollback changed the registry's mind meanwhile: that run finishes the move.
 */
export async function moveProduction(
  settings: Settings,
  aws: AwsClients,
  store: S3Store,
  deps: Deps,
  io: Io,
  to: ModelVersion,
  probePath?: string,
): Promise<Followed> {
  const deployments = new Deployments(aws.bedrock);
  const probe = probePath ? (await loadTestSet(probePath))[0] : undefined;
  const tags = [
    { key: 'managed-by', value: 'bedrock-model-ci' },
    { key: 'model-name', value: settings.modelName },
  ];
  const followed = await io.group(`Production endpoint ${endpointName(settings.modelName)}`, () =>
    followRegistry(settings.modelName, to.version, {
      store,
      deployments,
      updates: new EndpointUpdates(aws.bedrock),
      runtime: new Runtime(aws.runtime),
      clock: deps.clock,
      schedule: deps.schedule,
      io,
      tags,
      probe,
    }),
  );
  if (followed.outcome === 'superseded') {
    io.setOutput('promoted', false);
    io.notice(
      `Version ${to.version} is no longer wanted as production: ${followed.by ? `version ${followed.by.version} (${followed.by.customModelArn}) superseded it` : 'the registry has no production now'}, and the run that decided that moves the endpoint. This run leaves the endpoint alone.`,
    );
    await io.summary(
      `## ⏭ \`${settings.modelName}\`: version ${to.version} superseded\n\nWhile this run moved the stable endpoint, ${followed.by ? `version ${followed.by.version}` : 'another run'} was decided as production; that run finishes the move.\n`,
    );
    return followed;
  }
  const from = followed.previous;
  // The stage, for people looking in the console. Best effort: the registry is the record.
  try {
    await deployments.tag(to.customModelArn, [
      { key: 'stage', value: 'production' },
      { key: 'model-version', value: String(to.version) },
    ]);
    if (from && from.customModelArn !== to.customModelArn)
      await deployments.tag(from.customModelArn, [{ key: 'stage', value: 'previous' }]);
  } catch (error) {
    io.warning(`Could not tag the models with their stage: ${messageOf(error)}. The registry still records it.`);
  }
  io.setOutput('deployment-arn', followed.arn);
  io.setOutput('custom-model-arn', to.customModelArn);
  io.setOutput('model-version', to.version);
  io.setOutput('promoted', true);
  return followed;
}

/** The candidate for this commit's data: the job trained from it, waited for like training. */
async function findCandidate(
  settings: Settings,
  aws: AwsClients,
  store: S3Store,
  deps: Deps,
  io: Io,
  validation: Awaited<ReturnType<typeof validate>>,
): Promise<{ job?: JobView; why?: string; trainingData?: { uri: string; sha256: string } }> {
  const jobs = new BedrockJobs(aws.bedrock);
  const found = await trainedJob(settings, aws, store, validation, io);
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
    job = await waitForJob(jobs, job.name, {
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
  return { job, trainingData };
}

interface Picked {
  readonly job: JobView;
  readonly trainingData?: { uri: string; sha256: string };
  readonly evaluation: Evaluation;
  readonly testSet: ReturnType<typeof testSetOf>['testSet'];
  readonly champion?: ModelVersion;
}

/** The model trained from this commit's data, evaluated here against production. */
async function pickCandidate(
  settings: Settings,
  aws: AwsClients,
  store: S3Store,
  deps: Deps,
  io: Io,
  validation: Awaited<ReturnType<typeof validate>>,
): Promise<Picked | { why: string }> {
  const { job, why, trainingData } = await io.group('Candidate', () =>
    findCandidate(settings, aws, store, deps, io, validation),
  );
  if (!job || why) return { why: why! };
  const { testSet, shortAnswer } = testSetOf(validation);
  const { registry, champion } = await readChampion(store, settings, io);
  const evaluation = await evaluateModels(
    { testSet, shortAnswer, candidate: { modelArn: job.customModelArn!, name: job.name }, registry, champion },
    { ...settings, compareBase: false },
    aws,
    store,
    deps,
    io,
  );
  return { job, trainingData, evaluation, testSet, champion };
}

/**
 * A sweep's winner, chosen as the pull request chose it: every point's model found by its
 * identity and evaluated here (under the release role, its results cached in the release scope),
 * then ranked by the same rule. Nothing is promoted while a point is still training.
 */
async function pickSweepWinner(
  settings: Settings,
  aws: AwsClients,
  store: S3Store,
  deps: Deps,
  io: Io,
  validation: Awaited<ReturnType<typeof validate>>,
): Promise<Picked | { why: string }> {
  const found = [];
  for (const point of settings.sweep!.points) {
    const ps = pointSettings(settings, point);
    const f = await io.group(`Candidate ${point.id} (${pointLabel(point)})`, () =>
      findCandidate(ps, aws, store, deps, io, validation),
    );
    if (f.job?.status === 'InProgress' || f.job?.status === 'Stopping')
      return {
        why: `point ${point.id} of the sweep is still training (${f.why}); the winner is chosen when every point has ended`,
      };
    found.push({ point, ...f });
  }
  if (!found.some((f) => f.job && !f.why))
    return { why: `no point of the sweep produced a model: ${found.map((f) => `${f.point.id}: ${f.why}`).join('; ')}` };
  const { testSet, shortAnswer } = testSetOf(validation);
  const { registry, champion } = await readChampion(store, settings, io);
  const prices = await priceBook(settings, aws, store, deps, io);
  const costs = estimateSweep(settings, validation, prices).perPoint;
  const training = { jobs: found.filter((f) => f.job).map((f) => ({ point: f.point, job: f.job!, created: false })) };
  const { ranking, evaluations } = await evaluateSweep(
    { ...settings, compareBase: false },
    training,
    { testSet, shortAnswer, registry, champion },
    prices,
    costs,
    aws,
    store,
    deps,
    io,
  );
  const winner = found.find((f) => f.point.id === ranking.winner)!;
  io.info(`Sweep winner: ${winner.point.id} (${pointLabel(winner.point)}), ${winner.job!.name}: ${ranking.reason}.`);
  io.setOutput('sweep', JSON.stringify(ranking));
  return {
    job: winner.job!,
    trainingData: winner.trainingData,
    evaluation: evaluations.get(winner.point.id)!,
    testSet,
    champion,
  };
}

async function pullRequestOf(aws: AwsClients, job: JobView): Promise<number | undefined> {
  try {
    const tag = (await new Deployments(aws.bedrock).tags(job.arn)).find((t) => t.key === 'pull-request');
    return tag ? Number(tag.value) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * On push to the default branch or a release: promotes the model trained from this commit's data
 * (never retraining) when it passes the gate against production, behind one stable endpoint.
 */
export async function promote(settings: Settings, io: Io, deps: Deps): Promise<void> {
  const validation = await validate(settings, io);
  const aws = await deps.aws(settings, io);
  const notPromoted = async (why: string, numbers = '') => {
    io.setOutput('promoted', false);
    io.notice(`Not promoted: ${why}.`);
    await io.summary(
      `## ⏸ \`${settings.modelName}\`: not promoted\n\n${why[0]!.toUpperCase()}${why.slice(1)}.${numbers}\n`,
    );
    if (settings.failIfNotPromoted) throw new UserError(`Not promoted: ${why}. ('fail-if-not-promoted' is true.)`);
  };
  try {
    const store = storeFor(settings, aws);
    const picked = settings.sweep
      ? await pickSweepWinner(settings, aws, store, deps, io, validation)
      : await pickCandidate(settings, aws, store, deps, io, validation);
    if ('why' in picked) return notPromoted(picked.why);
    const { job, trainingData, evaluation, testSet, champion } = picked;
    const { accuracy, score } = evaluation.models.find((m) => m.role === 'candidate')!.metrics;
    const pullRequest = await pullRequestOf(aws, job);
    const candidate: Candidate = {
      customModelArn: job.customModelArn!,
      jobName: job.name,
      jobArn: job.arn,
      datasetHash: validation.datasetHash,
      accuracy,
      score: score?.mean,
      testSetSha256: testSet.sha256,
      scorer: settings.scorer,
      commit: deps.context.sha,
      pullRequest,
      trainingData,
    };
    const evaluated =
      champion && evaluation.vsChampion
        ? { championArn: champion.customModelArn, comparison: evaluation.vsChampion }
        : undefined;
    const actor = { at: new Date().toISOString(), by: deps.context.actor, run: deps.context.runUrl };

    const outcome = await io.group('Registry', () =>
      updateRegistry(
        store,
        settings.modelName,
        (current) => {
          const pending = current?.pending === undefined ? undefined : intendedVersion(current);
          if (pending?.customModelArn === candidate.customModelArn) {
            // A run before this one decided it and stopped before the endpoint served it: finish the move.
            const reason = `version ${pending.version} was decided as production and is still pending: finishing its move`;
            return { result: { decision: { promote: true, reason }, version: pending.version as number | undefined } };
          }
          const decision = decidePromotion(current, candidate, settings, evaluated);
          if (!decision.promote) return { result: { decision, version: undefined as number | undefined } };
          const next = withProduction(current, settings.modelName, candidate, actor, 'promote', decision.reason);
          return { write: next.registry, result: { decision, version: next.version as number | undefined } };
        },
        {
          onConflict: () =>
            io.info(
              'Another promotion wrote the registry first: reading it again and deciding again on what it wrote.',
            ),
        },
      ),
    );

    const numbers = `\n\n| | accuracy |\n|---|---:|\n| candidate \`${job.name}\` | ${pct(accuracy)} |${champion ? `\n| production v${champion.version} | ${pct(evaluation.models.find((m) => m.role === 'champion')?.metrics.accuracy ?? 0)} |` : ''}`;
    const line = async (text: string) => {
      if (!pullRequest || !settings.githubToken || !deps.context.repository) return;
      try {
        await annotateStickyComment(
          new GitHub(settings.githubToken, deps.context.repository, deps.context.apiUrl),
          pullRequest,
          settings.modelName,
          text,
        );
      } catch (error) {
        io.warning(`Could not add the promotion to pull request #${pullRequest}'s comment: ${messageOf(error)}.`);
      }
    };
    if (outcome.version === undefined) {
      await line(`⏸ **Not promoted** on ${actor.at.slice(0, 10)}: ${outcome.decision.reason}.`);
      return notPromoted(outcome.decision.reason, numbers);
    }
    const promoted: ModelVersion = {
      version: outcome.version,
      customModelArn: candidate.customModelArn,
      jobName: job.name,
      jobArn: job.arn,
      datasetHash: candidate.datasetHash,
      createdAt: actor.at,
    };
    const moved = await moveProduction(settings, aws, store, deps, io, promoted, testSet.path);
    if (moved.outcome === 'superseded') return;
    io.notice(`Promoted ${job.name} to production as version ${outcome.version}: ${outcome.decision.reason}.`);
    await io.summary(
      `## 🚀 \`${settings.modelName}\`: promoted to production as version ${outcome.version}\n\n${outcome.decision.reason[0]!.toUpperCase()}${outcome.decision.reason.slice(1)}.${numbers}\n\nStable endpoint \`${moved.arn}\` now serves \`${candidate.customModelArn}\`.\n`,
    );
    await line(
      `🚀 **Promoted to production** as version ${outcome.version} on ${actor.at.slice(0, 10)}${actor.by ? ` by ${actor.by}` : ''}${actor.run ? ` ([run](${actor.run}))` : ''}: ${outcome.decision.reason}.`,
    );
  } finally {
    aws.destroy();
  }
}
