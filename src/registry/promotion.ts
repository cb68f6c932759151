import type { PairedComparison } from '../evaluation/stats.js';
import { emptyRegistry, intendedVersion, type ModelVersion, type Registry, type RegistryEvent } from './manifest.js';
import { pValue, pct, pp } from '../lib/format.js';
import { gate, type GateCondition, type GateThresholds } from '../evaluation/gate.js';

export interface Candidate {
  readonly customModelArn: string;
  readonly jobName: string;
  readonly jobArn: string;
  readonly datasetHash: string;
  /** what the gate decides on: on the test records not in training, when some are (see `unseen`) */
  readonly accuracy: number;
  /** mean score, for `scorer: grader` or `judge` */
  readonly score?: number;
  /** when test records also occur in training: how many did not (accuracy and score are theirs) */
  readonly unseen?: { readonly records: number; readonly seen: number };
  readonly testSetSha256: string;
  /** the test set's path in the repository, for `monitor` to measure drift from */
  readonly testSet?: string;
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
 * Promote when the candidate passes the gate (evaluation/gate.ts: the same verdict the pull request
 * showed) and is not production already. Production's accuracy comes from the comparison just made
 * when it is about the same model, or else from what the registry stored for it on the same test
 * set and scorer: this is how the loser of a race decides again.
 */
export function decidePromotion(
  registry: Registry | undefined,
  candidate: Candidate,
  settings: GateThresholds,
  evaluated?: { championArn: string; comparison: PairedComparison },
): PromotionDecision {
  const production = intendedVersion(registry);
  const comparison =
    production && evaluated?.championArn === production.customModelArn ? evaluated.comparison : undefined;
  const stored = production?.evaluation;
  const recorded =
    !comparison && stored?.testSetSha256 === candidate.testSetSha256 && stored.scorer === candidate.scorer
      ? stored.accuracy
      : undefined;
  const vsRecordedPp = recorded === undefined ? undefined : 100 * (candidate.accuracy - recorded);
  const conditions = gate(settings, {
    accuracy: candidate.accuracy,
    score: candidate.score,
    vsProduction: comparison,
    vsRecordedPp,
    unseen: candidate.unseen,
  });
  const failed = (input: GateCondition['input']) => conditions.find((c) => c.input === input && !c.passed);
  const leak = failed('leakage');
  if (leak) return { promote: false, from: production, reason: leak.text };
  if (failed('min-accuracy'))
    return {
      promote: false,
      from: production,
      reason: `accuracy ${pct(candidate.accuracy)} is below 'min-accuracy' ${pct(settings.minAccuracy!)}`,
    };
  if (failed('min-score'))
    return {
      promote: false,
      from: production,
      reason: `mean score ${(candidate.score ?? 0).toFixed(3)} is below 'min-score' ${settings.minScore}`,
    };
  if (!production)
    return {
      promote: true,
      reason: `no production version yet; accuracy ${pct(candidate.accuracy)}${settings.minAccuracy !== undefined ? ` ≥ 'min-accuracy' ${pct(settings.minAccuracy)}` : ''}`,
    };
  if (production.customModelArn === candidate.customModelArn) {
    return { promote: false, from: production, reason: `it is already production (version ${production.version})` };
  }
  const delta = comparison?.deltaPp ?? vsRecordedPp;
  if (delta === undefined) {
    return {
      promote: false,
      from: production,
      reason: `production (version ${production.version}) has no accuracy on this test set to compare with; run the promotion again to evaluate it`,
    };
  }
  const detail = comparison
    ? ` (95 % CI ${pp(comparison.ci[0])} … ${pp(comparison.ci[1])}, ${comparison.significant ? 'significant' : 'not significant'}, McNemar ${pValue(comparison.p)})`
    : ` (against its recorded ${pct(recorded!)})`;
  const allowed = settings.maxRegression;
  const vs = `${pp(delta)} vs production version ${production.version}${detail}`;
  if (failed('max-regression')) {
    const beyond = delta < -(allowed ?? 0) && (allowed !== undefined || !comparison);
    return {
      promote: false,
      from: production,
      reason: beyond
        ? `it is ${vs}, worse than 'max-regression' allows (−${allowed ?? 0} pp)`
        : `it is ${vs}: significantly worse than production at the 5 % level${allowed !== undefined ? `, although within 'max-regression' (−${allowed} pp)` : ''}`,
    };
  }
  return {
    promote: true,
    from: production,
    reason: `${vs}, ${allowed !== undefined || !comparison ? `within 'max-regression' (−${allowed ?? 0} pp)` : 'not significantly worse'}; accuracy ${pct(candidate.accuracy)}`,
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
      testSet: candidate.testSet,
      scorer: candidate.scorer,
      score: candidate.score,
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
