import path from 'node:path';
import { UserError, awsFailure, messageOf } from '../errors.js';
import type { Deps, Pipeline } from '../deps.js';
import type { Io } from '../io/io.js';
import type { GridPoint, Settings } from '../settings.js';
import type { AwsClients } from '../aws/clients.js';
import { BedrockJobs, type JobView } from '../aws/bedrock-jobs.js';
import { Deployments } from '../aws/deployments.js';
import type { Evaluation } from '../evaluation/evaluate.js';
import type { PriceBook } from '../pricing/prices.js';
import { gateResults } from '../evaluation/gate.js';
import { GitHub } from '../github/client.js';
import { endpointName } from '../registry/endpoint.js';
import {
  intendedVersion,
  productionVersion,
  readRegistry,
  updateRegistry,
  type ModelVersion,
} from '../registry/manifest.js';
import { decidePromotion, withProduction, type Candidate } from '../registry/promotion.js';
import {
  accuracyTable,
  notPromotedLine,
  notPromotedSummary,
  promotedLine,
  promotedSummary,
  rolledBackAfterWatchLine,
  shadowFigures,
  shadowSection,
  watchSection,
} from '../report/promotion.js';
import { annotateStickyComment } from '../report/sticky.js';
import { estimateGrid } from '../training/cost.js';
import { gridOf, pointLabel } from '../training/grid.js';
import { datasetObjectProblems } from '../training/integrity.js';
import { datasetKey } from '../training/upload.js';
import { waitForJob } from '../training/wait.js';
import {
  evaluatePoints,
  evaluationBudget,
  priceBook,
  readChampion,
  testSetOf,
  trainedJob,
  withPipeline,
} from './pipeline.js';
import { validate } from './validate.js';
import { moveProduction, rollBack } from './production.js';
import { watchProduction } from './watch.js';
import { warnUnfinishedWatch } from '../registry/watch.js';
import { shadowRefusal, shadowReplay } from '../evaluation/shadow.js';
import { pct } from '../lib/format.js';

/**
 * The registry names version N as production, but the stable endpoint is missing or serves
 * another model (deleted or re-pointed outside the action): unfinished work, like a pending move.
 * Re-created or re-pointed, then checked with a call. Returns what was wrong, or undefined.
 */
export async function repairProduction(
  p: Omit<Pipeline, 'validation'>,
  probePath?: string,
): Promise<string | undefined> {
  const { settings, aws, store, io } = p;
  const registry = (await readRegistry(store, settings.modelName))?.registry;
  const production = productionVersion(registry);
  if (!production || registry?.pending !== undefined) return undefined;
  const name = endpointName(settings.modelName);
  const endpoint = await new Deployments(aws.bedrock).get(name);
  const serving =
    endpoint &&
    endpoint.status !== 'Failed' &&
    (endpoint.modelArn === production.customModelArn || endpoint.update?.modelArn === production.customModelArn);
  if (serving) return undefined;
  const wrong = endpoint
    ? endpoint.status === 'Failed'
      ? `the production endpoint ${name} has failed`
      : `the production endpoint ${name} serves ${endpoint.modelArn}`
    : `the production endpoint ${name} does not exist`;
  io.warning(
    `The registry names version ${production.version} (${production.customModelArn}) as production, but ${wrong}: repairing it.`,
  );
  const moved = await moveProduction(p, production, probePath, { repair: true });
  return moved.outcome === 'serving' ? wrong : undefined;
}

/** A point's candidate for this commit's data: the job trained from it, waited for like training. */
async function findCandidate(
  p: Pipeline,
  point: GridPoint,
): Promise<{ job?: JobView; why?: string; trainingData?: { uri: string; sha256: string } }> {
  const { settings, aws, store, deps, io } = p;
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
    job = await waitForJob(new BedrockJobs(aws.bedrock), job.name, {
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
    problems = await datasetObjectProblems(store, job, files, await new Deployments(aws.bedrock).tags(job.arn));
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

interface Picked {
  readonly job: JobView;
  readonly trainingData?: { uri: string; sha256: string };
  readonly evaluation: Evaluation;
  readonly testSet: ReturnType<typeof testSetOf>['testSet'];
  readonly champion?: ModelVersion;
  /** the prices, and the evaluation's estimate: shadow replay is held to what is left of `max-eval-cost` */
  readonly spent?: { readonly prices: PriceBook; readonly spentUsd: number };
}

/**
 * The model trained from this commit's data, chosen as the pull request chose it: every point's
 * model found by its identity and evaluated here against production (under the release role, its
 * results cached in the release scope), then ranked by the same rule. Nothing is promoted while a
 * point is still training.
 */
async function pickCandidate(p: Pipeline): Promise<Picked | { why: string }> {
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
        why: one
          ? f.why!
          : `point ${point.id} of the sweep is still training (${f.why}); the winner is chosen when every point has ended`,
      };
    found.push({ point, ...f });
  }
  if (!found.some((f) => f.job && !f.why))
    return {
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
    job: winner.job,
    trainingData: found.find((f) => f.point.id === winner.point.id)!.trainingData,
    evaluation,
    testSet,
    champion,
    spent: prices && { prices, spentUsd: cost?.usd ?? 0 },
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
  const notPromoted = async (why: string, numbers = '') => {
    io.setOutput('promoted', false);
    io.notice(`Not promoted: ${why}.`);
    await io.summary(notPromotedSummary(settings.modelName, why, numbers));
    if (settings.failIfNotPromoted) throw new UserError(`Not promoted: ${why}. ('fail-if-not-promoted' is true.)`);
  };
  await withPipeline(settings, validation, deps, io, async (p) => {
    const { aws, store } = p;
    await warnUnfinishedWatch(store, settings.modelName, io);
    const picked = await pickCandidate(p);
    if ('why' in picked) {
      const repaired = await repairProduction(p, settings.testData);
      return notPromoted(repaired ? `${picked.why}; ${repaired}, so it was repaired` : picked.why);
    }
    const { job, trainingData, evaluation, testSet, champion, spent } = picked;
    // the gate's figures: on the test records not in training, when some are
    const basis = gateResults(evaluation)!;
    const pullRequest = await pullRequestOf(aws, job);
    const candidate: Candidate = {
      customModelArn: job.customModelArn!,
      jobName: job.name,
      jobArn: job.arn,
      datasetHash: validation.datasetHash,
      accuracy: basis.accuracy,
      score: basis.score,
      unseen: basis.unseen,
      testSetSha256: testSet.sha256,
      testSet: path.relative(settings.workspace, testSet.path).split(path.sep).join('/'),
      scorer: settings.scorer,
      commit: deps.context.sha,
      pullRequest,
      trainingData,
    };
    const evaluated =
      champion && basis.vsProduction
        ? { championArn: champion.customModelArn, comparison: basis.vsProduction }
        : undefined;
    const actor = { at: new Date().toISOString(), by: deps.context.actor, run: deps.context.runUrl };

    const production = evaluation.models.find((m) => m.role === 'champion');
    const numbers = accuracyTable(
      job.name,
      evaluation.models.find((m) => m.role === 'candidate')!.metrics.accuracy,
      champion && { version: champion.version, accuracy: production?.metrics.accuracy ?? 0 },
    );
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
    // Before the swap: production's real requests, replayed against the candidate.
    // Only for a candidate the gate would promote: a refused one is not worth the calls.
    const current = (await readRegistry(store, settings.modelName))?.registry;
    const endpoint = current?.endpoint;
    const wouldPromote = decidePromotion(current, candidate, settings, evaluated).promote;
    let shadowNote = '';
    let shadowLine = '';
    if (settings.invocationLogs && !endpoint) shadowNote = '\n\nShadow replay skipped: no production endpoint yet.';
    if (settings.invocationLogs && endpoint && wouldPromote) {
      const replayed = await shadowReplay(p, endpoint, { modelArn: job.customModelArn!, name: job.name }, spent);
      if ('replayed' in replayed) {
        io.setOutput('shadow-agreement', replayed.agreement.toFixed(4));
        io.setOutput('shadow-preference', replayed.preference ? replayed.preference.value.toFixed(4) : '');
        io.info(
          `Shadow replay: the candidate answered ${pct(replayed.agreement)} of ${replayed.replayed} production requests as production did${replayed.preference ? `; the judge prefers its answers at ${pct(replayed.preference.value)} (${replayed.preference.wins} better, ${replayed.preference.ties} as good, ${replayed.preference.losses} worse)` : ''}; latency p95 ${Math.round(replayed.latencyMs.candidate.p95)} ms (production ${replayed.latencyMs.production ? `${Math.round(replayed.latencyMs.production.p95)} ms` : 'not logged'}).`,
        );
        shadowNote = `\n\n${shadowSection(replayed, settings)}`;
        shadowLine = shadowFigures(replayed);
        const why = shadowRefusal(replayed, settings);
        if (why) {
          await line(notPromotedLine(actor.at, why));
          return notPromoted(why, numbers + shadowNote);
        }
      } else
        shadowNote = `\n\nShadow replay: the invocation logs at ${settings.invocationLogs.bucket}/${settings.invocationLogs.prefix} hold no text Converse request to the production endpoint in the last ${settings.shadowDays} days (${replayed.seen} requests seen); nothing was replayed.`;
    }

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

    if (outcome.version === undefined) {
      const repaired = await repairProduction(p, testSet.path);
      const why = repaired
        ? `${outcome.decision.reason}; ${repaired}, so it was repaired and serves production again`
        : outcome.decision.reason;
      await line(notPromotedLine(actor.at, why));
      return notPromoted(why, numbers + shadowNote);
    }
    const promoted: ModelVersion = {
      version: outcome.version,
      customModelArn: candidate.customModelArn,
      jobName: job.name,
      jobArn: job.arn,
      datasetHash: candidate.datasetHash,
      createdAt: actor.at,
    };
    let moved;
    try {
      moved = await moveProduction(p, promoted, testSet.path);
    } catch (error) {
      // The endpoint was pointed at the candidate and then answered no call: with a watch, that
      // is its first breach, and production goes back at once.
      if (settings.watchMinutes === 0 || !(error instanceof UserError)) throw error;
      const reason = `after the swap, ${error.message.replace(/^./, (c) => c.toLowerCase())}`;
      io.error(`Version ${outcome.version} failed right after the swap: ${reason}. Rolling back.`);
      const back = await rollBack(p, undefined, testSet.path, { version: outcome.version, reason });
      io.setOutput('watch', 'rolled-back');
      io.setOutput('promoted', false);
      await line(rolledBackAfterWatchLine(outcome.version, back.to.version, reason));
      throw new UserError(
        `Version ${outcome.version} was promoted, then rolled back automatically: ${reason}. Production is version ${back.to.version} again; the registry marks version ${outcome.version} rolled back.`,
      );
    }
    if (moved.outcome === 'superseded') return;
    io.notice(`Promoted ${job.name} to production as version ${outcome.version}: ${outcome.decision.reason}.`);
    await line(`${promotedLine(outcome.version, actor, outcome.decision.reason)}${shadowLine ? ` ${shadowLine}` : ''}`);
    // After the swap: watched for watch-minutes, rolled back on a breach.
    const watched =
      settings.watchMinutes > 0
        ? await watchProduction(
            p,
            promoted,
            { deploymentArn: moved.arn },
            production?.metrics.latencyMs.p95,
            testSet.path,
          )
        : undefined;
    io.setOutput('watch', watched?.outcome ?? 'off');
    const summary = promotedSummary(
      settings.modelName,
      outcome.version,
      outcome.decision.reason,
      numbers + shadowNote,
      {
        arn: moved.arn,
        serves: candidate.customModelArn,
      },
    );
    await io.summary(watched ? `${summary}\n${watchSection(watched)}\n` : summary);
    if (watched?.outcome === 'rolled-back') {
      io.setOutput('promoted', false);
      io.setOutput('model-version', watched.rolledBackTo ?? '');
      await line(rolledBackAfterWatchLine(outcome.version, watched.rolledBackTo, watched.reason ?? ''));
      throw new UserError(
        `Version ${outcome.version} was promoted, then rolled back automatically: ${watched.reason}. Production is version ${watched.rolledBackTo} again; the registry marks version ${outcome.version} rolled back.`,
      );
    }
  });
}
