import path from 'node:path';
import { UserError, messageOf } from '../errors.js';
import type { Deps } from '../deps.js';
import type { Io } from '../io/io.js';
import type { Settings } from '../settings.js';
import { gateResults } from '../evaluation/gate.js';
import { GitHub } from '../github/client.js';
import { intendedVersion, readRegistry, updateRegistry, type ModelVersion } from '../registry/manifest.js';
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
import { withPipeline } from './pipeline.js';
import { validate } from './validate.js';
import { moveProduction, rollBack } from './production.js';
import { watchProduction } from './watch.js';
import { warnUnfinishedWatch } from '../registry/watch.js';
import { shadowRefusal, shadowReplay } from '../evaluation/shadow.js';
import { pct } from '../lib/format.js';
import { pickCandidate, pullRequestOfJob } from '../registry/candidate.js';
import { repairProduction } from './production.js';

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
    const { store } = p;
    await warnUnfinishedWatch(store, settings.modelName, io);
    const picked = await pickCandidate(p);
    if (picked.kind === 'none') {
      const repaired = await repairProduction(p, settings.testData);
      return notPromoted(repaired ? `${picked.why}; ${repaired}, so it was repaired` : picked.why);
    }
    const { job, trainingData, evaluation, testSet, champion, spent } = picked;
    // the gate's figures: on the test records not in training, when some are
    const basis = gateResults(evaluation)!;
    const pullRequest = await pullRequestOfJob(p.services, job);
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
      if (replayed.kind === 'replayed') {
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
        ? await watchProduction(p, promoted, { deploymentArn: moved.arn }, moved.previous?.customModelArn, testSet.path)
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
