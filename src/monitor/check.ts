// `monitor`'s measures of one production model: its lifecycle, its traffic's drift from the test set,
// its answers' quality and its cost, with the action a reader should take for each finding.
import path from 'node:path';
import { stat } from 'node:fs/promises';
import { messageOf } from '../errors.js';
import { accountOf, servedBy } from '../aws/invocation-logs.js';
import type { S3Store } from '../aws/s3-store.js';
import { withheld } from '../dataset/text.js';
import { MAX_LABEL_CHARS, isLabelSet } from '../dataset/keys.js';
import { loadRubric } from '../evaluation/judge.js';
import { withInvokeIds } from '../evaluation/invoke-ids.js';
import { pct } from '../lib/format.js';
import { requestText, sampleCalls } from '../evaluation/shadow.js';
import { normalize } from '../evaluation/scorers.js';
import { loadTestSet, type TestRecord } from '../evaluation/testset.js';
import { confinement } from '../lib/workspace.js';
import { labelCounts, measureDrift, psi } from './drift.js';
import {
  lifecycleFinding,
  worst,
  type DriftFinding,
  type HealthReport,
  type LifecycleFinding,
  type Status,
  type StorageFinding,
  type UsageFinding,
} from './health.js';
import { judgeProduction, type QualityFinding } from './quality.js';
import type { PriceBook } from '../pricing/prices.js';
import { productionVersion, readRegistry, type ModelVersion, type Registry } from '../registry/manifest.js';
import { decide, protectedVersions, pullRequestOf } from '../registry/prune.js';
import { priceBook } from '../pricing/book.js';
import { callerRules, trafficWarning } from '../evaluation/traffic.js';
import type { Session } from '../deps.js';

const DAY_MS = 86_400_000;

const DRIFT_SAMPLE = 500;

const hide = (text: string) => withheld(text, 'a production request');

/** One monitor run: the session, and the moment its windows end. */
export interface Run extends Session {
  readonly now: number;
}

/** The models the registry holds: registry/<model-name>.json. */
export async function registeredModels(store: S3Store): Promise<string[]> {
  const names = (await store.list('registry/')).flatMap((key) => {
    const m = /(?:^|\/)registry\/([a-z0-9-]{1,40})\.json$/.exec(key);
    return m ? [m[1]!] : [];
  });
  return [...new Set(names)].sort();
}

/**
 * The test set drift and quality are measured from: the step's `test-data` for the model it names,
 * else the path the registry recorded at promotion, when this checkout has it.
 */
async function testSetFor(
  run: Run,
  name: string,
  production: ModelVersion | undefined,
): Promise<{ kind: 'file'; file: string } | { kind: 'skipped'; skipped: string }> {
  const { settings } = run;
  if (name === settings.modelName && settings.testData) return { kind: 'file', file: settings.testData };
  const recorded = production?.evaluation?.testSet;
  if (!recorded)
    return {
      kind: 'skipped',
      skipped:
        name === settings.modelName
          ? "Not measured: set 'test-data', the set drift is measured from."
          : `Not measured: the registry records no test set for '${name}' (promoted before it did); monitor it in its own step with its 'test-data'.`,
    };
  const file = path.resolve(settings.workspace, recorded);
  const outside = !file.startsWith(`${settings.workspace}${path.sep}`);
  if (
    outside ||
    !(await stat(file).then(
      (s) => s.isFile(),
      () => false,
    ))
  )
    return {
      kind: 'skipped',
      skipped: `Not measured: the test set the registry recorded for '${name}', ${recorded.slice(0, 200)}, is not in this checkout; check out the branch it was promoted from, or set its 'test-data'.`,
    };
  const confined = await confinement(settings, file, 'test-data');
  if (confined) return { kind: 'skipped', skipped: `Not measured: ${confined.message}` };
  return { kind: 'file', file };
}

/** The test set's answers as labels, when they are a classifier's (as the validator decides it). */
function labelsOf(test: readonly TestRecord[]): Map<string, number> | undefined {
  const labels = new Map<string, number>();
  let short = 0;
  for (const r of test) {
    const answer = r.expected.trim();
    if (answer === '' || answer.length > MAX_LABEL_CHARS || answer.includes('\n')) continue;
    short += 1;
    labels.set(answer, (labels.get(answer) ?? 0) + 1);
  }
  return isLabelSet(test.length, short, labels) ? labels : undefined;
}

/**
 * Whether the issue quotes production's requests: its users' words, escaped and with personal data
 * withheld, are still theirs, and an issue on a public repository is public (third trust review,
 * point 4). `auto` quotes them on a private repository only; a repository whose visibility the event
 * does not give counts as public.
 */
function exampleRule(
  setting: 'auto' | 'show' | 'hide',
  repositoryPrivate: boolean | undefined,
  examples: DriftFinding['examples'],
): Pick<DriftFinding, 'examples' | 'examplesWithheld'> {
  if (setting === 'show' || (setting === 'auto' && repositoryPrivate === true)) return { examples };
  return {
    examples: [],
    examplesWithheld:
      setting === 'hide'
        ? "'traffic-examples: hide'"
        : "the repository is public (or its visibility unknown), so its issues are: set 'traffic-examples: show' to quote them",
  };
}

/** One model's health report. */
export async function checkModel(run: Run, name: string): Promise<HealthReport> {
  const { settings, io, deps, aws, store, now, services } = run;
  const models = services.models;
  const foundation = services.foundation;
  const registry = (await readRegistry(store, name))?.registry;
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

  // Drift and quality: a sample of production's requests against the test set.
  const endpoint = registry?.endpoint;
  let drift: DriftFinding | undefined;
  let driftSkipped: string | undefined;
  let quality: QualityFinding | undefined;
  const testSet = await testSetFor(run, name, production);
  if (!settings.invocationLogs) driftSkipped = "Not measured: set 'invocation-logs' (docs/monitor.md).";
  else if (!endpoint) driftSkipped = 'Not measured: no production endpoint yet.';
  else if (testSet.kind === 'skipped') driftSkipped = testSet.skipped;
  else {
    const since = new Date(now - settings.monitorDays * DAY_MS);
    const logs = services.logs(settings.invocationLogs);
    const sample = await sampleCalls(
      logs.calls(accountOf(endpoint.deploymentArn), aws.region, since, new Date(now)),
      servedBy(endpoint),
      DRIFT_SAMPLE,
      { unreadable: () => logs.unreadable(), callers: callerRules(settings) },
    );
    if (sample.callers > 1 && settings.trafficPrincipals.length === 0) io.warning(trafficWarning(sample.callers));
    if (sample.calls.length === 0)
      driftSkipped = `No request to the production endpoint in the last ${settings.monitorDays} days of invocation logs.`;
    else {
      const test = await loadTestSet(testSet.file);
      const requests = sample.calls.map((c) => ({ prompt: requestText(c), answer: c.answer }));
      const figures = measureDrift(
        { requests, testPrompts: test.map((r) => r.prompt), testLabels: labelsOf(test), normalize },
        hide,
      );
      const sincePromotion = figures.labels
        ? await promotionWeek(run, endpoint, production, since, requests)
        : undefined;
      const shifted = sincePromotion?.kind === 'measured' && sincePromotion.psi > settings.maxPsi;
      const severity: Status =
        figures.farShare > settings.maxDrift || (figures.labels?.psi ?? 0) > settings.maxPsi || shifted
          ? 'warning'
          : 'ok';
      drift = {
        days: settings.monitorDays,
        requests: sample.calls.length,
        seen: sample.seen,
        unreadable: sample.skipped.unreadable,
        callers: sample.callers,
        distinct: sample.distinct,
        notCounted: sample.skipped.own + sample.skipped.otherCallers,
        ...figures,
        ...exampleRule(settings.trafficExamples, deps.context.repositoryPrivate, figures.examples),
        sincePromotion,
        severity,
      };
      if (figures.farShare > settings.maxDrift)
        actions.push(
          `${(100 * figures.farShare).toFixed(1)} % of production's requests are far from every test prompt (over 'max-drift' ${(100 * settings.maxDrift).toFixed(1)} %): add such requests, labeled, to the test set (and to training if the model should handle them).`,
        );
      if (figures.labels && figures.labels.psi > settings.maxPsi)
        actions.push(
          `Production's answer labels moved from the test set's (PSI ${figures.labels.psi.toFixed(3)}, over 'max-psi' ${settings.maxPsi}): re-sample the test set from recent traffic.`,
        );
      if (shifted)
        actions.push(
          `Production's answer labels moved since the week after its promotion (PSI ${sincePromotion.psi.toFixed(3)}, over 'max-psi' ${settings.maxPsi}): the traffic itself changed${sincePromotion.grew.length ? ` (${sincePromotion.grew.map((g) => `${g.label} ${pct(g.then)} → ${pct(g.now)}`).join(', ')})` : ''}; check that the test set still covers it.`,
        );
      if (settings.scorer === 'judge' && production?.evaluation?.scorer === 'judge') {
        quality = await answerQuality(run, requests, test, production.evaluation.score);
        if (quality?.severity === 'warning')
          actions.push(
            `The judge rates production's answers ${quality.meanScore.toFixed(2)} on average, ${quality.drop!.toFixed(2)} below the ${quality.promotedScore!.toFixed(2)} it was promoted with (over 'max-score-drop' ${settings.maxScoreDrop}): read the lowest-rated answers, and retrain on what changed.`,
          );
      }
    }
  }

  const prices = await priceBook(run, [base]);
  const usage =
    endpoint && production ? await usageOf(run, prices, base, endpoint.deploymentArn, production) : undefined;
  if (usage && usage.severity !== 'ok')
    actions.push(
      `${usage.serverErrors} of ${usage.invocations} invocations failed on the server side (${(100 * usage.errorRate).toFixed(1)} %, over 'max-error-rate'): look at the endpoint, or roll back.`,
    );
  const storage = await storageOf(run, name, registry, prices, base);

  const status = worst([
    ...lifecycle.map((l) => l.severity),
    drift?.severity ?? 'ok',
    quality?.severity ?? 'ok',
    usage?.severity ?? 'ok',
  ]);
  const report: HealthReport = {
    modelName: name,
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
    quality,
    usage,
    storage,
    actions,
  };
  io.info(`Model health of '${name}': ${status}${actions.length ? ` — ${actions[0]}` : ''}`);
  return report;
}

/**
 * Classifiers: production's answer labels now against those of the week after its promotion (a
 * sample of that week's logs, when they are still kept and the week ended before this window).
 */
async function promotionWeek(
  run: Run,
  endpoint: { readonly name: string; readonly deploymentArn: string },
  production: ModelVersion | undefined,
  since: Date,
  requests: ReadonlyArray<{ answer?: string }>,
): Promise<NonNullable<DriftFinding['sincePromotion']>> {
  const { settings, aws, services } = run;
  const at = production?.promotedAt ? new Date(production.promotedAt) : undefined;
  if (!at || Number.isNaN(at.getTime()))
    return { kind: 'skipped', skipped: 'the registry does not say when production was promoted' };
  const until = new Date(at.getTime() + 7 * DAY_MS);
  if (until > since)
    return {
      kind: 'skipped',
      skipped: `production was promoted on ${production!.promotedAt!.slice(0, 10)}: its first week is this window`,
    };
  const logs = services.logs(settings.invocationLogs!);
  const then = await sampleCalls(
    logs.calls(accountOf(endpoint.deploymentArn), aws.region, at, until),
    servedBy(endpoint),
    DRIFT_SAMPLE,
    { callers: callerRules(settings) },
  );
  if (then.calls.length === 0)
    return {
      kind: 'skipped',
      skipped: `the invocation logs hold no request from the week after the promotion (${production!.promotedAt!.slice(0, 10)}): expired, or logging was off`,
    };
  const before = labelCounts(
    then.calls.map((c) => c.answer),
    normalize,
  );
  const now = labelCounts(
    requests.map((r) => r.answer),
    normalize,
  );
  const share = (m: Map<string, number>, k: string) =>
    (m.get(k) ?? 0) /
    Math.max(
      1,
      [...m.values()].reduce((a, x) => a + x, 0),
    );
  const grew = [...now.keys()]
    .map((label) => ({ label, then: share(before, label), now: share(now, label) }))
    .filter((g) => g.now > g.then)
    .sort((a, b) => b.now - b.then - (a.now - a.then))
    .slice(0, 3);
  return {
    kind: 'measured',
    psi: psi(before, now),
    grew,
    requests: then.calls.length,
    from: at.toISOString(),
    to: until.toISOString(),
  };
}

/** `scorer: judge`: the judge's mean score on production's answers, beside the promotion score. */
async function answerQuality(
  run: Run,
  requests: ReadonlyArray<{ prompt: string; answer?: string }>,
  test: readonly TestRecord[],
  promotedScore: number | undefined,
): Promise<QualityFinding | undefined> {
  const { settings, io, deps, aws, services } = run;
  try {
    return await judgeProduction(
      services.runtime,
      { requests, test, promotedScore, maxDrop: settings.maxScoreDrop },
      {
        // invoked as the evaluation invokes it (a profile of this Region's geography)
        model: (await withInvokeIds(settings, aws.region, services.foundation, io, aws)).judgeModel,
        rubric: await loadRubric(settings, io),
        passThreshold: settings.passThreshold,
        concurrency: settings.evalConcurrency,
        io,
        clock: deps.clock,
      },
      hide,
    );
  } catch (error) {
    io.warning(`Could not judge production's answers: ${messageOf(error)}.`);
    return undefined;
  }
}

/** The endpoint's CloudWatch figures over the window, priced like the PR comment. */
async function usageOf(
  run: Run,
  prices: PriceBook,
  base: string,
  deploymentArn: string,
  production: ModelVersion,
): Promise<UsageFinding | undefined> {
  const { settings, io, services, now } = run;
  const { metrics } = services;
  const since = new Date(now - settings.monitorDays * DAY_MS);
  try {
    const m = await metrics.serving([deploymentArn, production.customModelArn], since, new Date(now), 3600);
    const inPrice = prices.get(base, 'customInput');
    const outPrice = prices.get(base, 'customOutput');
    const cost =
      inPrice && outPrice
        ? ((m.inputTokens ?? 0) / 1000) * inPrice.usd + ((m.outputTokens ?? 0) / 1000) * outPrice.usd
        : undefined;
    const errorRate = m.invocations ? m.serverErrors / m.invocations : 0;
    return {
      days: settings.monitorDays,
      invocations: m.invocations,
      serverErrors: m.serverErrors,
      errorRate,
      inputTokens: m.inputTokens ?? 0,
      outputTokens: m.outputTokens ?? 0,
      cost,
      monthly: cost === undefined ? undefined : (cost * 30) / settings.monitorDays,
      severity: m.invocations >= 20 && errorRate > settings.maxErrorRate ? 'action-needed' : 'ok',
    };
  } catch (error) {
    io.warning(
      `Could not read the endpoint's CloudWatch metrics: ${messageOf(error)}. The role needs cloudwatch:GetMetricData.`,
    );
    return undefined;
  }
}

/** This action's custom models of the name, and what prune (with its defaults) would delete. */
async function storageOf(
  run: Run,
  name: string,
  registry: Registry | undefined,
  prices: PriceBook,
  base: string,
): Promise<StorageFinding | undefined> {
  const { settings, io, deps, now, services } = run;
  const models = services.models;
  try {
    const kept = protectedVersions(registry, settings.keepVersions);
    const rules = {
      modelName: name,
      repository: deps.context.repository,
      keepVersions: settings.keepVersions,
      afterDays: settings.pruneAfterDays,
      now,
    };
    let ours = 0;
    let prunable = 0;
    for (const m of await models.named(`${name}-`)) {
      const tags = await models.tags(m.arn);
      if (tags.get('managed-by') !== 'bedrock-model-ci' || tags.get('model-name') !== name) continue;
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
    return {
      models: ours,
      monthly: each === undefined ? undefined : ours * each,
      prunable,
      prunableMonthly: each === undefined ? undefined : prunable * each,
    };
  } catch (error) {
    io.warning(`Could not count the custom models: ${messageOf(error)}.`);
    return undefined;
  }
}
