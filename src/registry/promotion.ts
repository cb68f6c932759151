import type { Settings } from '../settings.js';
import type { PairedComparison } from '../evaluation/stats.js';
import { emptyRegistry, intendedVersion, type ModelVersion, type Registry, type RegistryEvent } from './manifest.js';
import { pct, pp } from '../lib/format.js';

export interface Candidate {
  readonly customModelArn: string;
  readonly jobName: string;
  readonly jobArn: string;
  readonly datasetHash: string;
  readonly accuracy: number;
  /** mean score, for `scorer: grader` or `judge` */
  readonly score?: number;
  readonly testSetSha256: string;
  readonly scorer: string;
  readonly commit?: string;
  readonly pullRequest?: number;
  readonly report?: string;
  /** the training data the job was verified to read (see training/provenance.ts) */
  readonly trainingData?: { readonly uri: string; readonly sha256: string };
}

export interface PromotionDecision {
  readonly promote: boolean;
  /** one sentence with the numbers */
  readonly reason: string;
  /** production before, if any */
  readonly from?: ModelVersion;
}


/**
 * Promote when the candidate passes `min-accuracy` and is not worse than production by more than
 * `max-regression` percentage points (0 when unset: not worse at all). Production's accuracy comes
 * from the comparison just made when it is about the same model, or else from what the registry
 * stored for it on the same test set and scorer: this is how the loser of a race decides again.
 */
export function decidePromotion(
  registry: Registry | undefined,
  candidate: Candidate,
  settings: Settings,
  evaluated?: { championArn: string; comparison: PairedComparison },
): PromotionDecision {
  const production = intendedVersion(registry);
  if (settings.minAccuracy !== undefined && candidate.accuracy < settings.minAccuracy) {
    return {
      promote: false,
      from: production,
      reason: `accuracy ${pct(candidate.accuracy)} is below 'min-accuracy' ${pct(settings.minAccuracy)}`,
    };
  }
  if (settings.minScore !== undefined && (candidate.score ?? 0) < settings.minScore) {
    return {
      promote: false,
      from: production,
      reason: `mean score ${(candidate.score ?? 0).toFixed(3)} is below 'min-score' ${settings.minScore}`,
    };
  }
  if (!production)
    return {
      promote: true,
      reason: `no production version yet; accuracy ${pct(candidate.accuracy)}${settings.minAccuracy !== undefined ? ` ≥ 'min-accuracy' ${pct(settings.minAccuracy)}` : ''}`,
    };
  if (production.customModelArn === candidate.customModelArn) {
    return { promote: false, from: production, reason: `it is already production (version ${production.version})` };
  }
  let delta: number | undefined;
  let detail = '';
  if (evaluated?.championArn === production.customModelArn) {
    const c = evaluated.comparison;
    delta = c.deltaPp;
    detail = ` (95 % CI ${pp(c.ci[0])} … ${pp(c.ci[1])}, ${c.significant ? 'significant' : 'not significant'}, McNemar p = ${c.p < 0.001 ? '< 0.001' : c.p.toFixed(3)})`;
  } else if (
    production.evaluation &&
    production.evaluation.testSetSha256 === candidate.testSetSha256 &&
    production.evaluation.scorer === candidate.scorer
  ) {
    delta = 100 * (candidate.accuracy - production.evaluation.accuracy);
    detail = ` (against its recorded ${pct(production.evaluation.accuracy)})`;
  }
  if (delta === undefined) {
    return {
      promote: false,
      from: production,
      reason: `production (version ${production.version}) has no accuracy on this test set to compare with; run the promotion again to evaluate it`,
    };
  }
  const allowed = settings.maxRegression ?? 0;
  if (delta < -allowed) {
    return {
      promote: false,
      from: production,
      reason: `it is ${pp(delta)} vs production version ${production.version}${detail}, worse than 'max-regression' allows (−${allowed} pp)`,
    };
  }
  return {
    promote: true,
    from: production,
    reason: `${pp(delta)} vs production version ${production.version}${detail}, within 'max-regression' (−${allowed} pp); accuracy ${pct(candidate.accuracy)}`,
  };
}

export interface Actor {
  readonly by?: string;
  readonly run?: string;
  readonly at: string;
}

/**
 * The registry with the candidate as the pending production (see Registry): an existing version is
 * reused, or a new one added. `confirmProduction` makes it production once the endpoint serves it.
 */
export function withProduction(
  registry: Registry | undefined,
  modelName: string,
  candidate: Candidate,
  actor: Actor,
  action: RegistryEvent['action'] = 'promote',
  reason?: string,
): { registry: Registry; version: number } {
  const current = registry ?? emptyRegistry(modelName);
  const existing = current.versions.find((v) => v.customModelArn === candidate.customModelArn);
  const version = existing?.version ?? Math.max(0, ...current.versions.map((v) => v.version)) + 1;
  const entry: ModelVersion = {
    ...(existing ?? {
      version,
      customModelArn: candidate.customModelArn,
      jobName: candidate.jobName,
      jobArn: candidate.jobArn,
      datasetHash: candidate.datasetHash,
      commit: candidate.commit,
      pullRequest: candidate.pullRequest,
      trainingData: candidate.trainingData,
      createdAt: actor.at,
    }),
    evaluation: {
      accuracy: candidate.accuracy,
      testSetSha256: candidate.testSetSha256,
      scorer: candidate.scorer,
      report: candidate.report,
    },
    promotedAt: actor.at,
    promotedBy: actor.by,
    run: actor.run,
  };
  return {
    version,
    registry: {
      ...current,
      pending: version,
      versions: [...current.versions.filter((v) => v.version !== version), entry].sort((a, b) => a.version - b.version),
      history: [
        ...current.history,
        {
          at: actor.at,
          action,
          version,
          from: current.pending ?? current.production,
          by: actor.by,
          run: actor.run,
          reason,
        },
      ],
    },
  };
}

/** The registry once the endpoint serves `version`: production, with nothing pending. */
export function confirmProduction(registry: Registry, version: number, endpoint: Registry['endpoint']): Registry {
  return { ...registry, production: version, pending: undefined, endpoint };
}

/** The version production should go back to: the one it came from, or the one named. */
export function rollbackTarget(registry: Registry, requested?: number): ModelVersion | { error: string } {
  if (requested !== undefined) {
    const v = registry.versions.find((x) => x.version === requested);
    return (
      v ?? {
        error: `Input 'version' is ${requested}, which the registry does not have. Versions: ${registry.versions.map((x) => x.version).join(', ') || 'none'}.`,
      }
    );
  }
  const current = registry.pending ?? registry.production;
  const event = [...registry.history]
    .reverse()
    .find((e) => e.version === current && e.from !== undefined && e.from !== current);
  const previous = event ? registry.versions.find((v) => v.version === event.from) : undefined;
  return (
    previous ?? {
      error: `Production (version ${current ?? 'none'}) has no earlier version to roll back to. Name one with 'version'.`,
    }
  );
}
