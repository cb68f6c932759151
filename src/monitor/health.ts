// One model's health between pull requests, as `monitor` reports it: the lifecycle of the models
// it depends on, how far production's traffic has drifted from the test set, what serving it costs,
// and one status for the lot.
import type { Lifecycle } from '../aws/foundation-models.js';
import { BASE_MODELS, findBaseModel, stripRegionPrefix } from '../models.js';

export type Status = 'ok' | 'warning' | 'action-needed';
const RANK: Readonly<Record<Status, number>> = { ok: 0, warning: 1, 'action-needed': 2 };
export const worst = (xs: readonly Status[]): Status => xs.reduce<Status>((a, b) => (RANK[b] > RANK[a] ? b : a), 'ok');
export const atLeast = (status: Status, threshold: Status) => RANK[status] >= RANK[threshold];

export interface LifecycleFinding {
  readonly model: string;
  readonly role: 'base model' | 'teacher' | 'judge';
  readonly status: string;
  readonly legacySince?: string;
  readonly endOfLife?: string;
  readonly daysLeft?: number;
  readonly severity: Status;
  /** the model to retrain on */
  readonly successor?: string;
}

const DAY_MS = 86_400_000;

/**
 * A model's lifecycle as a finding: Legacy is a warning; end of life within 90 days a warning,
 * within 30 days (or past) action needed. Custom models stop working at their base model's end of
 * life, and AWS's lifecycle policy allows Legacy periods as short as 45 days.
 */
export function lifecycleFinding(l: Lifecycle, role: LifecycleFinding['role'], now: number): LifecycleFinding {
  const daysLeft = l.endOfLife ? Math.floor((l.endOfLife.getTime() - now) / DAY_MS) : undefined;
  const severity: Status =
    daysLeft !== undefined && daysLeft <= 30
      ? 'action-needed'
      : (daysLeft !== undefined && daysLeft <= 90) || l.status === 'LEGACY'
        ? 'warning'
        : 'ok';
  return {
    model: l.modelId,
    role,
    status: l.status,
    legacySince: l.legacySince?.toISOString(),
    endOfLife: l.endOfLife?.toISOString(),
    daysLeft,
    severity,
    successor: severity === 'ok' ? undefined : successorOf(l.modelId),
  };
}

/**
 * The model to retrain on when this one retires: the newest this action knows of the same family
 * and kind that supports the same customizations (AWS names no successor in GetFoundationModel).
 */
export function successorOf(modelId: string): string | undefined {
  const bare = stripRegionPrefix(modelId);
  const current = findBaseModel(bare) ?? BASE_MODELS.find((m) => m.inferenceId === bare);
  if (!current) return undefined;
  const size = (label: string) => label.replace(/\d+ ?/g, '').trim();
  const later = BASE_MODELS.slice(BASE_MODELS.indexOf(current) + 1).filter((m) =>
    Object.keys(current.customization).some((k) => k in m.customization),
  );
  return (later.filter((m) => size(m.label) === size(current.label)).at(-1) ?? later.at(-1))?.id;
}

export interface DriftFinding {
  readonly days: number;
  readonly requests: number;
  readonly seen: number;
  /** log records the reader passed over: over its size bounds, or not JSON */
  readonly unreadable?: number;
  /** the callers sampled from, their distinct requests, and the requests not counted (the action's own, other callers) */
  readonly callers?: number;
  readonly distinct?: number;
  readonly notCounted?: number;
  /** share of the sampled requests whose nearest test prompt is below the similarity bound */
  readonly farShare: number;
  readonly far: number;
  readonly examples: ReadonlyArray<{ readonly prompt: string; readonly similarity: number }>;
  /** why the examples are not quoted (a public repository's issue is public) */
  readonly examplesWithheld?: string;
  /** classifiers: production's answer labels against the test set's */
  readonly labels?: {
    readonly psi: number;
    readonly rows: ReadonlyArray<{ readonly label: string; readonly test: number; readonly production: number }>;
  };
  /** classifiers: production's answer labels against those of the week after the promotion */
  readonly sincePromotion?:
    | {
        readonly kind: 'measured';
        readonly psi: number;
        /** the labels whose share grew most, then and now (0–1) */
        readonly grew: ReadonlyArray<{ readonly label: string; readonly then: number; readonly now: number }>;
        readonly requests: number;
        readonly from: string;
        readonly to: string;
      }
    | { readonly kind: 'skipped'; readonly skipped: string };
  readonly severity: Status;
}

/** `scorer: judge`: the judge's mean score on production's answers (monitor/quality.ts) */
export interface QualityFinding {
  readonly judge: string;
  readonly rubric: string;
  /** sampled requests, and how many of them were near a test prompt */
  readonly requests: number;
  readonly near: number;
  readonly judged: number;
  /** mean judge score 0–1 of production's answers */
  readonly meanScore: number;
  /** the mean score on the test set the registry recorded at promotion */
  readonly promotedScore?: number;
  readonly drop?: number;
  readonly severity: Status;
  /** the lowest-rated answers (text with personal data withheld) */
  readonly lowest: ReadonlyArray<{
    readonly prompt: string;
    readonly answer: string;
    readonly score: number;
    readonly reason: string;
  }>;
}

export interface UsageFinding {
  readonly days: number;
  readonly invocations: number;
  readonly serverErrors: number;
  readonly errorRate: number;
  readonly inputTokens: number;
  readonly outputTokens: number;
  /** USD over the window, and a month at that pace; undefined without a price */
  readonly cost?: number;
  readonly monthly?: number;
  readonly severity: Status;
}

export interface StorageFinding {
  /** custom models of this model name that this action created */
  readonly models: number;
  readonly monthly?: number;
  /** what `prune` (with its defaults) would delete, and save a month */
  readonly prunable: number;
  readonly prunableMonthly?: number;
}

export interface HealthReport {
  readonly modelName: string;
  readonly generatedAt: string;
  readonly production?: { readonly version: number; readonly customModelArn: string; readonly baseModel?: string };
  readonly status: Status;
  readonly lifecycle: readonly LifecycleFinding[];
  readonly drift?: DriftFinding;
  /** why there is no drift figure */
  readonly driftSkipped?: string;
  /** `scorer: judge`: the judge's mean score on production's answers against the promotion score */
  readonly quality?: QualityFinding;
  readonly usage?: UsageFinding;
  readonly storage?: StorageFinding;
  /** one line per thing to do */
  readonly actions: readonly string[];
}
