import type { Deps } from '../deps.js';
import type { Io } from '../io/io.js';
import type { Settings } from '../settings.js';
import { UserError, messageOf } from '../errors.js';
import { atLeast, worst, type HealthReport } from '../monitor/health.js';
import { checkModel, registeredModels, type Run } from '../monitor/check.js';
import { publishIssue } from '../report/health-issue.js';
import { withSession } from '../services.js';

/**
 * On a schedule, with the release role: each production model's lifecycle, its traffic's drift
 * from the test set, its answers' quality and its cost, in one GitHub issue per model that
 * updates itself. `model-name: *` watches every model in the registry.
 */
export async function monitor(settings: Settings, io: Io, deps: Deps): Promise<void> {
  await withSession(settings, deps, io, async (session) => {
    const { store } = session;
    const names = settings.modelName === '*' ? await registeredModels(store) : [settings.modelName];
    if (names.length === 0)
      throw new UserError(
        `'model-name: *' found no model in the registry at ${store.uri('registry/')}: promote a model first, or name one in 'model-name'.`,
      );
    if (settings.modelName === '*' && settings.testData)
      io.warning(
        "'test-data' is not used with 'model-name: *': each model's drift is measured from the test set its registry recorded at promotion. Name one model to measure it from 'test-data'.",
      );
    if (names.length > 1) io.info(`Watching ${names.length} models of the registry: ${names.join(', ')}.`);
    const run: Run = { ...session, now: deps.clock.now() };
    const reports: HealthReport[] = [];
    const failed: string[] = [];
    for (const name of names) {
      try {
        reports.push(await io.group(`Model health: ${name}`, () => checkModel(run, name)));
      } catch (error) {
        // one model that cannot be read does not hide the others' health
        if (names.length === 1) throw error;
        io.error(`Could not check '${name}': ${messageOf(error)}`);
        failed.push(name);
      }
    }

    const status = worst(reports.map((r) => r.status));
    const eols = reports.flatMap((r) => r.lifecycle.filter((l) => l.role === 'base model' && l.endOfLife));
    const eol = eols.map((l) => l.endOfLife!).sort()[0];
    const drifts = reports.flatMap((r) => (r.drift ? [r.drift.farShare] : []));
    const monthly = reports.flatMap((r) => (r.usage?.monthly === undefined ? [] : [r.usage.monthly]));
    io.setOutput('status', status);
    io.setOutput('eol-date', eol ? eol.slice(0, 10) : '');
    io.setOutput('drift', drifts.length ? Math.max(...drifts).toFixed(4) : '');
    io.setOutput('monthly-cost', monthly.length ? monthly.reduce((a, x) => a + x, 0).toFixed(2) : '');

    const urls: string[] = [];
    const bodies: string[] = [];
    for (const report of reports) {
      const published = await publishIssue(settings, deps, io, report);
      bodies.push(published.body);
      if (published.url) urls.push(published.url);
    }
    io.setOutput('issue-url', urls.join('\n'));
    await io.summary(bodies.join('\n'));
    if (failed.length)
      throw new UserError(
        `Could not check ${failed.map((n) => `'${n}'`).join(', ')} (the errors are above); the other models' issues were updated.`,
      );
    const first = reports.find((r) => r.status === status && r.actions.length);
    if (settings.failOn !== 'never' && atLeast(status, settings.failOn))
      throw new UserError(
        `Model health is '${status}' ('fail-on: ${settings.failOn}')${first ? ` for '${first.modelName}': ${first.actions[0]}` : ': see the summary'}.`,
      );
  });
}
