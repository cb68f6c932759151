// The one GitHub issue per model that `monitor` keeps: found by its marker, created, updated, opened or closed.
import type { Deps } from '../deps.js';
import { messageOf } from '../errors.js';
import { GitHub, selfLogin } from '../github/client.js';
import type { Io } from '../io/io.js';
import type { AccessSettings } from '../settings.js';
import { healthMarkdown, healthMarker, historyOf, healthTitle } from './health.js';
import type { HealthReport } from '../monitor/health.js';

/** The one issue per model: found by its marker, created when missing, updated, opened or closed. */
export async function publishIssue(
  settings: AccessSettings,
  deps: Deps,
  io: Io,
  report: HealthReport,
): Promise<{ body: string; url?: string }> {
  const repository = deps.context.repository;
  if (!settings.githubToken || !repository) {
    io.info('No GitHub token or repository: the report is in the job summary only.');
    return { body: healthMarkdown(report) };
  }
  const github = new GitHub(settings.githubToken, repository, deps.context.apiUrl);
  try {
    const existing = await github.findIssue(healthMarker(report.modelName), await selfLogin(github));
    const body = healthMarkdown(report, existing ? historyOf(existing.body) : []);
    const state = report.status === 'ok' ? 'closed' : 'open';
    const issue = existing
      ? await github.updateIssue(existing.number, { body, state, title: healthTitle(report.modelName) })
      : await github.createIssue(healthTitle(report.modelName), body, state);
    io.info(`${existing ? 'Updated' : 'Opened'} ${issue.url} (${state}).`);
    return { body, url: issue.url };
  } catch (error) {
    const status = (error as { status?: number }).status;
    io.warning(
      status === 403
        ? "Could not write the model-health issue: the token may not write issues (add 'permissions: issues: write'). The report is in the job summary."
        : `Could not write the model-health issue: ${messageOf(error)}. The report is in the job summary.`,
    );
    return { body: healthMarkdown(report) };
  }
}
