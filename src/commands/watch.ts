// After the swap: the stable endpoint serves the candidate, and for `watch-minutes` promote
// watches it — CloudWatch's AWS/Bedrock metrics for the deployment, and smoke runs of up to 20
// test records through the endpoint every few minutes. A breach (server errors past
// `max-error-rate` once there are 20 invocations, latency p95 past `max-latency-ratio` × production's
// before the swap, a smoke run with a failed call) rolls production back through the path
// `rollback` takes. What a watch cannot see: a change in answers that raises no error and no
// latency (shadow replay before the swap is for that), and traffic after it ends.
import type { Session } from '../deps.js';
import { messageOf } from '../errors.js';
import type { ServingMetrics } from '../aws/metrics.js';
import { isThrottling } from '../evaluation/runner.js';
import { loadTestSet } from '../evaluation/testset.js';
import { updateRegistry, type ModelVersion } from '../registry/manifest.js';
import { rollBack } from './production.js';
import { breachOf, type WatchReport } from '../registry/watch.js';

const SMOKE_RECORDS = 20;
/** The baseline's window: the endpoint's own latency over the hour before the swap (CloudWatch's clock, never scaled). */
const BASELINE_MS = 3_600_000;

/**
 * Watches the endpoint serving `promoted` for `watch-minutes`; on a breach, rolls back to the
 * version before it and marks `promoted` rolled back with the reason.
 */
export async function watchProduction(
  p: Session,
  promoted: ModelVersion,
  endpoint: { readonly deploymentArn: string },
  /** the model the endpoint served before the swap (its ModelId dimension may name it) */
  previousModelArn: string | undefined,
  testSetPath: string,
): Promise<WatchReport> {
  const { settings, store, deps, io } = p;
  const minute = deps.schedule.minuteMs;
  const since = new Date(deps.clock.now());
  const until = new Date(since.getTime() + settings.watchMinutes * minute);
  const { metrics, runtime } = p.services;
  // The latency bound's base is the same metric as the watch reads, over the hour before the swap:
  // the endpoint's own traffic, not the test set's latency (which users' requests never match).
  const baselineP95 = await metrics
    .serving(
      [endpoint.deploymentArn, ...(previousModelArn ? [previousModelArn] : [])],
      new Date(since.getTime() - BASELINE_MS),
      since,
    )
    .then(
      (m) => (m.invocations >= 20 ? m.latencyP95 : undefined),
      () => undefined,
    );
  await updateRegistry(store, settings.modelName, (current) =>
    current
      ? {
          write: {
            ...current,
            watch: {
              version: promoted.version,
              since: since.toISOString(),
              until: until.toISOString(),
              run: deps.context.runUrl,
            },
          },
          result: undefined,
        }
      : { result: undefined },
  );
  const smoke = (await loadTestSet(testSetPath)).slice(0, SMOKE_RECORDS);
  const ids = [endpoint.deploymentArn, promoted.customModelArn];
  const limits = { maxErrorRate: settings.maxErrorRate, maxLatencyRatio: settings.maxLatencyRatio, baselineP95 };
  let figures: ServingMetrics | undefined;
  let smokeRuns = 0;
  let smokeThrottled = 0;
  let reason: string | undefined;
  const smokeEvery = Math.max(1, Math.round(settings.watchMinutes / 3));
  await io.group(`Watch the endpoint for ${settings.watchMinutes} min`, async () => {
    for (let tick = 0; ; tick++) {
      if (tick % smokeEvery === 0) {
        smokeRuns += 1;
        const failed: string[] = [];
        let throttled = 0;
        for (const r of smoke) {
          try {
            await runtime.converse(endpoint.deploymentArn, r.system, r.messages, settings.maxTokens);
          } catch (error) {
            // throttling says the account's quota is busy (end users can make it so), not that the model fails
            if (isThrottling(error)) throttled += 1;
            else failed.push(`test line ${r.line}: ${messageOf(error)}`);
          }
        }
        smokeThrottled += throttled;
        io.info(
          `Smoke run ${smokeRuns}: ${smoke.length - failed.length - throttled} of ${smoke.length} test records answered${throttled ? `, ${throttled} throttled (not counted as failures)` : ''}.`,
        );
        if (failed.length) {
          reason = `smoke run ${smokeRuns} through the endpoint: ${failed.length} of ${smoke.length} calls failed (first, ${failed[0]})`;
          return;
        }
      }
      try {
        figures = await metrics.serving(ids, since, new Date(deps.clock.now() + minute));
      } catch (error) {
        io.warning(
          `Could not read the endpoint's CloudWatch metrics: ${messageOf(error)}. The role needs cloudwatch:GetMetricData; the smoke runs go on.`,
        );
      }
      if (figures) {
        io.info(
          `Watch: ${figures.invocations} invocations, ${figures.serverErrors} server errors, ${figures.throttles} throttled${figures.latencyP95 !== undefined ? `, latency p95 ${Math.round(figures.latencyP95)} ms` : ''}.`,
        );
        reason = breachOf(figures, limits);
      }
      if (reason || deps.clock.now() >= until.getTime()) return;
      await deps.clock.sleep(Math.min(minute, until.getTime() - deps.clock.now()));
    }
  });
  if (!reason) {
    await updateRegistry(store, settings.modelName, (current) => {
      if (!current?.watch || current.watch.version !== promoted.version) return { result: undefined };
      const { watch: _done, ...rest } = current;
      void _done;
      return { write: rest, result: undefined };
    });
    return {
      minutes: settings.watchMinutes,
      outcome: 'passed',
      metrics: figures,
      baselineP95,
      smokeRuns,
      smokeThrottled,
    };
  }
  io.error(`Version ${promoted.version} breached the watch after its promotion: ${reason}. Rolling back.`);
  const back = await rollBack(p, undefined, testSetPath, { version: promoted.version, reason });
  return {
    minutes: settings.watchMinutes,
    outcome: 'rolled-back',
    reason,
    metrics: figures,
    baselineP95,
    smokeRuns,
    smokeThrottled,
    rolledBackTo: back.to.version,
  };
}
