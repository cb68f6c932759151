// The watch after a promotion, as data: what it found, when a figure is a breach, and a watch a
// lost runner left unfinished in the registry (commands/watch.ts runs it).
import type { Io } from '../io/io.js';
import type { S3Store } from '../aws/s3-store.js';
import type { ServingMetrics } from '../aws/metrics.js';
import { readRegistry } from './manifest.js';

export interface WatchReport {
  readonly minutes: number;
  readonly outcome: 'passed' | 'rolled-back';
  readonly reason?: string;
  /** CloudWatch's figures; undefined when none was read (a breach came first, or the role may not read them) */
  readonly metrics?: ServingMetrics;
  /** the endpoint's CloudWatch latency p95 over the hour before the swap, the latency bound's base (none with under 20 invocations) */
  readonly baselineP95?: number;
  readonly smokeRuns: number;
  /** smoke calls refused for the rate: reported, never a failure */
  readonly smokeThrottled?: number;
  /** the version production went back to */
  readonly rolledBackTo?: number;
}

/** A breach in the figures so far, or undefined. */
export function breachOf(
  m: ServingMetrics,
  limits: { maxErrorRate: number; maxLatencyRatio: number; baselineP95?: number },
): string | undefined {
  if (m.invocations >= 20 && m.serverErrors / m.invocations > limits.maxErrorRate)
    return `server errors on ${m.serverErrors} of ${m.invocations} invocations (${((100 * m.serverErrors) / m.invocations).toFixed(1)} %), over 'max-error-rate' ${(100 * limits.maxErrorRate).toFixed(1)} %`;
  if (limits.baselineP95 && m.latencyP95 !== undefined && m.latencyP95 > limits.maxLatencyRatio * limits.baselineP95)
    return `latency p95 ${Math.round(m.latencyP95)} ms, over ${limits.maxLatencyRatio} × production's ${Math.round(limits.baselineP95)} ms before the swap ('max-latency-ratio')`;
  return undefined;
}

/** A watch a lost runner left in the registry: said once, then cleared by the next move. */
export async function warnUnfinishedWatch(store: S3Store, modelName: string, io: Io): Promise<void> {
  const watch = (await readRegistry(store, modelName).catch(() => undefined))?.registry.watch;
  if (!watch) return;
  io.warning(
    `The watch of version ${watch.version} after its promotion (${watch.since} to ${watch.until}${watch.run ? `, ${watch.run}` : ''}) did not finish: the runner was lost. Production stayed on version ${watch.version}, which passed every check before the swap; look at its CloudWatch metrics, or roll back with 'command: rollback'.`,
  );
}
