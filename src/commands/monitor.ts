import type { Deps } from '../deps.js';
import type { Io } from '../io/io.js';
import type { Settings } from '../settings.js';
import { UserError, messageOf } from '../errors.js';
import { CustomModels } from '../aws/custom-models.js';
import { FoundationModels } from '../aws/foundation-models.js';
import { InvocationLogs } from '../aws/invocation-logs.js';
import { BedrockMetrics } from '../aws/metrics.js';
import { sensitiveData } from '../dataset/text.js';
import { sampleCalls } from '../evaluation/shadow.js';
import { normalize } from '../evaluation/scorers.js';
import { loadTestSet } from '../evaluation/testset.js';
import { GitHub } from '../github/client.js';
import { measureDrift } from '../monitor/drift.js';
import {
  atLeast,
  lifecycleFinding,
  worst,
  type DriftFinding,
  type HealthReport,
  type LifecycleFinding,
  type Status,
  type StorageFinding,
  type UsageFinding,
} from '../monitor/health.js';
import { productionVersion, readRegistry } from '../registry/manifest.js';
import { decide, protectedVersions, pullRequestOf } from '../registry/prune.js';
import { healthMarkdown, healthMarker, healthTitle, historyOf } from '../report/health.js';
import { priceBook, storeFor } from './pipeline.js';
import { validate } from './validate.js';

const DAY_MS = 86_400_000;
const DRIFT_SAMPLE = 500;
const withheld = (text: string) => {
  const found = sensitiveData(text, 'a production request');
  return found.length ? `[withheld: ${found.map((f) => f.rule).join(', ')}]` : text;
};

/**
 * On a schedule, with the release role: the production model's lifecycle, its traffic's drift
 * from the test set and its cost, in one GitHub issue per model that updates itself.
 */
export async function monitor(settings: Settings, io: Io, deps: Deps): Promise<void> {
  const validation = settings.testData ? await validate(settings, io) : undefined;
  const aws = await deps.aws(settings, io);
  const metrics = new BedrockMetrics(aws);
  try {
    const store = storeFor(settings, aws);
    const now = deps.clock.now();
    const models = new CustomModels(aws.bedrock);
    const foundation = new FoundationModels(aws.bedrock);
    const registry = (await readRegistry(store, settings.modelName))?.registry;
    const production = productionVersion(registry);
    const base = production
      ? ((await models.get(production.customModelArn)).baseModelArn?.split('foundation-model/')[1] ??
        settings.baseModel.id)
      : settings.baseModel.id;
    const actions: string[] = [];

    // Lifecycle: the base model production stands on, and the teacher and judge the workflow uses.
    const lifecycle: LifecycleFinding[] = [];
    const uses: Array<[string, LifecycleFinding['role']]> = [[base, 'base model']];
    if (settings.teacherModel) uses.push([settings.teacherModel, 'teacher']);
    if (settings.scorer === 'judge') uses.push([settings.judgeModel, 'judge']);
    for (const [model, role] of uses) {
      try {
        const f = lifecycleFinding(await foundation.lifecycle(model.replace(/:\d+k$/, '')), role, now);
        lifecycle.push(f);
        if (f.severity !== 'ok')
          actions.push(
            `The ${role} ${f.model} is ${f.status}${f.endOfLife ? `, end of life ${f.endOfLife.slice(0, 10)} (${f.daysLeft} days)` : ''}: ${f.successor ? `retrain on ${f.successor} (base-model) and promote it before then` : 'plan a replacement'}${role === 'base model' ? '; custom models stop working at their base model’s end of life' : ''}.`,
          );
      } catch (error) {
        io.warning(`Could not read the lifecycle of ${model}: ${messageOf(error)}.`);
      }
    }

    // Drift: a sample of production's requests against the committed test set.
    const endpoint = registry?.endpoint;
    let drift: DriftFinding | undefined;
    let driftSkipped: string | undefined;
    if (!settings.invocationLogs) driftSkipped = "Not measured: set 'invocation-logs' (docs/monitor.md).";
    else if (!endpoint) driftSkipped = 'Not measured: no production endpoint yet.';
    else if (!settings.testData) driftSkipped = "Not measured: set 'test-data', the set drift is measured from.";
    else {
      const since = new Date(now - settings.monitorDays * DAY_MS);
      const logs = new InvocationLogs(aws.s3, settings.invocationLogs);
      const id = endpoint.deploymentArn.split('/').pop();
      const sample = await io.group('Drift: production requests', () =>
        sampleCalls(
          logs.calls(endpoint.deploymentArn.split(':')[4] ?? '', aws.region, since, new Date(now)),
          (m) => m === endpoint.deploymentArn || m === endpoint.name || (id !== undefined && m.endsWith(`/${id}`)),
          DRIFT_SAMPLE,
        ),
      );
      if (sample.calls.length === 0)
        driftSkipped = `No request to the production endpoint in the last ${settings.monitorDays} days of invocation logs.`;
      else {
        const test = await loadTestSet(settings.testData);
        const labels = validation?.files.find((f) => f.role === 'test')?.labels;
        const figures = measureDrift(
          {
            requests: sample.calls.map((c) => ({
              prompt: c.messages
                .at(-1)!
                .content.map((b) => b.text)
                .join(' '),
              answer: c.answer,
            })),
            testPrompts: test.map((r) => r.prompt),
            testLabels: labels ? new Map(Object.entries(labels)) : undefined,
            normalize,
          },
          withheld,
        );
        const severity: Status =
          figures.farShare > settings.maxDrift || (figures.labels?.psi ?? 0) > settings.maxPsi ? 'warning' : 'ok';
        drift = { days: settings.monitorDays, requests: sample.calls.length, seen: sample.seen, ...figures, severity };
        if (figures.farShare > settings.maxDrift)
          actions.push(
            `${(100 * figures.farShare).toFixed(1)} % of production's requests are far from every test prompt (over 'max-drift' ${(100 * settings.maxDrift).toFixed(1)} %): add such requests, labeled, to the test set (and to training if the model should handle them).`,
          );
        if (figures.labels && figures.labels.psi > settings.maxPsi)
          actions.push(
            `Production's answer labels moved from the test set's (PSI ${figures.labels.psi.toFixed(3)}, over 'max-psi' ${settings.maxPsi}): re-sample the test set from recent traffic.`,
          );
      }
    }

    // Use and cost: the endpoint's CloudWatch figures over the window, priced like the PR comment.
    const prices = await priceBook({ settings, aws, store, deps, io }, [base]);
    let usage: UsageFinding | undefined;
    if (endpoint && production) {
      const since = new Date(now - settings.monitorDays * DAY_MS);
      try {
        const m = await metrics.serving(
          [endpoint.deploymentArn, production.customModelArn],
          since,
          new Date(now),
          3600,
        );
        const inPrice = prices.get(base, 'customInput');
        const outPrice = prices.get(base, 'customOutput');
        const cost =
          inPrice && outPrice
            ? ((m.inputTokens ?? 0) / 1000) * inPrice.usd + ((m.outputTokens ?? 0) / 1000) * outPrice.usd
            : undefined;
        const errorRate = m.invocations ? m.serverErrors / m.invocations : 0;
        const severity: Status = m.invocations >= 20 && errorRate > settings.maxErrorRate ? 'action-needed' : 'ok';
        usage = {
          days: settings.monitorDays,
          invocations: m.invocations,
          serverErrors: m.serverErrors,
          errorRate,
          inputTokens: m.inputTokens ?? 0,
          outputTokens: m.outputTokens ?? 0,
          cost,
          monthly: cost === undefined ? undefined : (cost * 30) / settings.monitorDays,
          severity,
        };
        if (severity !== 'ok')
          actions.push(
            `${m.serverErrors} of ${m.invocations} invocations failed on the server side (${(100 * errorRate).toFixed(1)} %, over 'max-error-rate'): look at the endpoint, or roll back.`,
          );
      } catch (error) {
        io.warning(
          `Could not read the endpoint's CloudWatch metrics: ${messageOf(error)}. The role needs cloudwatch:GetMetricData.`,
        );
      }
    }

    // Storage: this action's custom models, and what prune (with its defaults) would delete.
    let storage: StorageFinding | undefined;
    try {
      const kept = protectedVersions(registry, settings.keepVersions);
      const rules = {
        modelName: settings.modelName,
        repository: deps.context.repository,
        keepVersions: settings.keepVersions,
        afterDays: settings.pruneAfterDays,
        now,
      };
      let ours = 0;
      let prunable = 0;
      for (const m of await models.named(`${settings.modelName}-`)) {
        const tags = await models.tags(m.arn);
        if (tags.get('managed-by') !== 'bedrock-model-ci' || tags.get('model-name') !== settings.modelName) continue;
        ours += 1;
        const number = pullRequestOf(tags);
        if (
          decide(
            { arn: m.arn, name: m.name, createdAt: m.createdAt, tags, pullRequest: number ? { number } : undefined },
            rules,
            kept,
          ).delete
        )
          prunable += 1;
      }
      const each = prices.get(base, 'storage')?.usd;
      storage = {
        models: ours,
        monthly: each === undefined ? undefined : ours * each,
        prunable,
        prunableMonthly: each === undefined ? undefined : prunable * each,
      };
    } catch (error) {
      io.warning(`Could not count the custom models: ${messageOf(error)}.`);
    }

    const status = worst([...lifecycle.map((l) => l.severity), drift?.severity ?? 'ok', usage?.severity ?? 'ok']);
    const report: HealthReport = {
      modelName: settings.modelName,
      generatedAt: new Date(now).toISOString(),
      production: production && {
        version: production.version,
        customModelArn: production.customModelArn,
        baseModel: base,
      },
      status,
      lifecycle,
      drift,
      driftSkipped,
      usage,
      storage,
      actions,
    };
    const eol = lifecycle.find((l) => l.role === 'base model')?.endOfLife;
    io.setOutput('status', status);
    io.setOutput('eol-date', eol ? eol.slice(0, 10) : '');
    io.setOutput('drift', drift ? drift.farShare.toFixed(4) : '');
    io.setOutput('monthly-cost', usage?.monthly === undefined ? '' : usage.monthly.toFixed(2));
    io.info(`Model health of '${settings.modelName}': ${status}${actions.length ? ` — ${actions[0]}` : ''}`);

    const body = await publishIssue(settings, deps, io, report);
    await io.summary(body);
    if (settings.failOn !== 'never' && atLeast(status, settings.failOn))
      throw new UserError(
        `Model health of '${settings.modelName}' is '${status}' ('fail-on: ${settings.failOn}'): ${actions[0] ?? 'see the summary'}.`,
      );
  } finally {
    metrics.destroy();
    aws.destroy();
  }
}

/** The one issue per model: found by its marker, created when missing, updated, opened or closed. Returns its body. */
async function publishIssue(settings: Settings, deps: Deps, io: Io, report: HealthReport): Promise<string> {
  const repository = deps.context.repository;
  if (!settings.githubToken || !repository) {
    io.info('No GitHub token or repository: the report is in the job summary only.');
    return healthMarkdown(report);
  }
  const github = new GitHub(settings.githubToken, repository, deps.context.apiUrl);
  try {
    const existing = await github.findIssue(healthMarker(settings.modelName));
    const body = healthMarkdown(report, existing ? historyOf(existing.body) : []);
    const state = report.status === 'ok' ? 'closed' : 'open';
    const issue = existing
      ? await github.updateIssue(existing.number, { body, state, title: healthTitle(settings.modelName) })
      : await github.createIssue(healthTitle(settings.modelName), body, state);
    io.setOutput('issue-url', issue.url);
    io.info(`${existing ? 'Updated' : 'Opened'} ${issue.url} (${state}).`);
    return body;
  } catch (error) {
    const status = (error as { status?: number }).status;
    io.warning(
      status === 403
        ? "Could not write the model-health issue: the token may not write issues (add 'permissions: issues: write'). The report is in the job summary."
        : `Could not write the model-health issue: ${messageOf(error)}. The report is in the job summary.`,
    );
    return healthMarkdown(report);
  }
}
