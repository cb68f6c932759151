import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { awsFailure, messageOf } from '../errors.js';
import type { RunContext } from '../github/context.js';
import { GitHub } from '../github/client.js';
import type { Io } from '../io/io.js';
import type { RunSettings, AccessSettings, ReportSettings } from '../settings.js';
import type { S3Store } from '../aws/s3-store.js';
import type { Clock } from '../lib/clock.js';
import { headlineText, renderReport } from './markdown.js';
import type { Report } from './model.js';
import { upsertStickyComment } from './sticky.js';

const fixed = (x: number | undefined, digits: number) => (x === undefined ? '' : x.toFixed(digits));

/**
 * The sticky PR comment alone, for progress while a run goes on (a sweep's points completing):
 * no outputs, files or job summary, which the final report writes once. Best effort.
 */
export async function updateComment(
  report: Report,
  settings: RunSettings & AccessSettings & ReportSettings,
  context: RunContext,
  io: Io,
): Promise<void> {
  const pr = context.pullRequest;
  if (!pr || !settings.comment || !context.repository || !settings.githubToken) return;
  try {
    await upsertStickyComment(
      new GitHub(settings.githubToken, context.repository, context.apiUrl),
      pr.number,
      settings.modelName,
      renderReport(report, { forComment: true }),
    );
  } catch (error) {
    io.debug(`progress comment not updated: ${messageOf(error)}`);
  }
}

/** The live card: `update` writes it when due; `idle` resolves when no write is in flight. */
export interface LiveCard {
  update(report: () => Promise<Report> | Report, changed: boolean): Promise<void>;
  idle(): Promise<void>;
}

/**
 * The live card while jobs train and models are evaluated: written when something changed, at
 * most once per `minMs` (a change inside that time goes out with the next write). The report is
 * built only when it is written. Writes go out one after another; the final report, written
 * through publishReport after `idle()`, replaces it and is never overtaken by it.
 */
export function liveComment(
  settings: RunSettings & AccessSettings & ReportSettings,
  context: RunContext,
  io: Io,
  clock: Clock,
  minMs: number,
): LiveCard {
  let last = -Infinity;
  let pending = false;
  let busy = false;
  let inflight: Promise<void> = Promise.resolve();
  return {
    update(report, changed) {
      pending ||= changed;
      // one write at a time: a change while one is in flight goes out with the next due update
      if (!pending || busy || clock.now() - last < minMs) return inflight;
      busy = true;
      pending = false;
      last = clock.now();
      inflight = (async () => {
        try {
          await updateComment(await report(), settings, context, io);
        } catch (error) {
          io.debug(`live card not written: ${messageOf(error)}`);
        } finally {
          // counted from the end of a write: the next one cannot arrive sooner than minMs after it
          last = clock.now();
          busy = false;
        }
      })();
      return inflight;
    },
    idle: () => inflight,
  };
}

/** Outputs, the JSON file and its S3 copy, the job summary, and the sticky PR comment. */
export async function publishReport(
  report: Report,
  settings: RunSettings & AccessSettings & ReportSettings,
  context: RunContext,
  store: S3Store | undefined,
  io: Io,
): Promise<Report> {
  const models = report.evaluation?.models ?? [];
  const by = (role: string) => models.find((m) => m.role === role);
  io.setOutput('accuracy', fixed(by('candidate')?.metrics.accuracy, 4));
  io.setOutput('base-accuracy', fixed(by('base')?.metrics.accuracy, 4));
  io.setOutput('champion-accuracy', fixed(by('champion')?.metrics.accuracy, 4));
  io.setOutput('score', fixed(by('candidate')?.metrics.score?.mean, 4));
  io.setOutput('base-score', fixed(by('base')?.metrics.score?.mean, 4));
  io.setOutput('champion-score', fixed(by('champion')?.metrics.score?.mean, 4));
  // empty without overlap, and when no test record is unseen: there is no such figure then
  const u = report.evaluation?.unseen;
  const unseen = u?.records ? u.models.find((m) => m.role === 'candidate') : undefined;
  io.setOutput('accuracy-unseen', fixed(unseen?.metrics.accuracy, 4));
  io.setOutput('score-unseen', fixed(unseen?.metrics.score?.mean, 4));
  io.setOutput('delta-vs-base', fixed(report.evaluation?.vsBase?.deltaPp, 2));
  io.setOutput('delta-vs-champion', fixed(report.evaluation?.vsChampion?.deltaPp, 2));
  io.setOutput('deployment-arn', by('candidate')?.invokedWith ?? '');
  io.setOutput('passed', report.passed);

  await mkdir(io.tempDir, { recursive: true });
  const file = path.join(io.tempDir, `report-${settings.modelName}.json`);
  let s3: string | undefined;
  if (store) {
    const key = `results/reports/${settings.modelName}/${context.sha ?? 'local'}-${report.generatedAt.replace(/[:.]/g, '-')}.json`;
    try {
      await store.putJson(key, report);
      s3 = store.uri(key);
    } catch (error) {
      io.warning(awsFailure('Could not store the report in S3', error, `It is still at ${file}.`).message);
    }
  }
  const located: Report = { ...report, location: { file, s3, artifact: settings.reportArtifact } };
  await writeFile(file, `${JSON.stringify(located, null, 2)}\n`);
  io.setOutput('report-path', file);

  await io.summary(renderReport(located));
  for (const line of headlineText(located)) io.info(line);

  const pr = context.pullRequest;
  if (pr && settings.comment && context.repository) {
    if (!settings.githubToken) {
      io.warning(`No 'github-token': the report is in the job summary only.`);
    } else {
      try {
        const comment = await upsertStickyComment(
          new GitHub(settings.githubToken, context.repository, context.apiUrl),
          pr.number,
          settings.modelName,
          renderReport(located, { forComment: true }),
        );
        io.setOutput('comment-url', comment.url);
        io.info(`PR comment: ${comment.url}`);
      } catch (error) {
        const status = (error as { status?: number }).status;
        // A fork's read-only token (403) must not fail the step: the summary has the report.
        io.warning(
          status === 403
            ? `Could not write the PR comment: the token may not write to pull requests (as for forks; or add 'permissions: pull-requests: write'). The report is in the job summary.`
            : `Could not write the PR comment: ${messageOf(error)}. The report is in the job summary.`,
        );
      }
    }
  }
  return located;
}
