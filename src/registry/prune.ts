// Which custom models `prune` may delete. Every candidate job leaves a custom model billed for
// storage each month; nothing else ever deletes them. A model is ours only when its tags say so
// (written at creation by this action: managed-by, model-name, repository); production, a pending
// promotion and the newest `keep-versions` registry versions are always kept; of the rest, a model
// goes when its pull request is closed or it is older than `prune-after-days`.
import type { Registry } from './manifest.js';

export interface PruneRules {
  readonly modelName: string;
  /** the repository this run is for ("owner/name"); a model tagged with another is not touched */
  readonly repository?: string;
  readonly keepVersions: number;
  readonly afterDays: number;
  readonly now: number;
}

export interface PruneFacts {
  readonly arn: string;
  readonly name: string;
  readonly createdAt?: Date;
  readonly tags: ReadonlyMap<string, string>;
  /** the state of the pull request it was trained for, when its tag names one and GitHub said */
  readonly pullRequest?: { readonly number: number; readonly state?: 'open' | 'closed' };
}

export interface PruneDecision {
  readonly delete: boolean;
  /** why, for a reviewer: "production (v4)", "PR #12 is closed", "21 days old (prune-after-days: 14)" */
  readonly why: string;
}

const DAY_MS = 86_400_000;

/** The pull request number a model's `pull-request` tag names, if it is one. */
export function pullRequestOf(tags: ReadonlyMap<string, string>): number | undefined {
  const value = tags.get('pull-request');
  return value && /^[1-9]\d{0,9}$/.test(value) ? Number(value) : undefined;
}

/** The versions prune never touches: production, a promotion under way, and the newest `keepVersions`. */
export function protectedVersions(registry: Registry | undefined, keepVersions: number): Map<string, string> {
  const kept = new Map<string, string>();
  if (!registry) return kept;
  const byArn = (version: number | undefined) => registry.versions.find((v) => v.version === version);
  const production = byArn(registry.production);
  if (production) kept.set(production.customModelArn, `production (v${production.version})`);
  const pending = byArn(registry.pending);
  if (pending && !kept.has(pending.customModelArn))
    kept.set(pending.customModelArn, `being promoted (v${pending.version})`);
  const newest = [...registry.versions].sort((a, b) => b.version - a.version).slice(0, keepVersions);
  for (const v of newest)
    if (!kept.has(v.customModelArn))
      kept.set(v.customModelArn, `registry v${v.version}, among the newest ${keepVersions}`);
  return kept;
}

export function decide(facts: PruneFacts, rules: PruneRules, kept: ReadonlyMap<string, string>): PruneDecision {
  const { tags } = facts;
  if (tags.get('managed-by') !== 'bedrock-model-ci' || tags.get('model-name') !== rules.modelName)
    return { delete: false, why: `not created by bedrock-model-ci for '${rules.modelName}' (its tags do not say so)` };
  const repository = tags.get('repository');
  if (repository && rules.repository && repository !== rules.repository)
    return { delete: false, why: `created for another repository (${repository})` };
  const protection = kept.get(facts.arn);
  if (protection) return { delete: false, why: protection };
  const ageDays = facts.createdAt ? (rules.now - facts.createdAt.getTime()) / DAY_MS : undefined;
  const old = ageDays !== undefined && ageDays > rules.afterDays;
  const age = ageDays === undefined ? 'age unknown' : `${Math.floor(ageDays)} days old`;
  const pr = facts.pullRequest;
  if (pr?.state === 'closed') return { delete: true, why: `PR #${pr.number} is closed` };
  if (old) return { delete: true, why: `${age} (prune-after-days: ${rules.afterDays})` };
  if (pr?.state === 'open') return { delete: false, why: `PR #${pr.number} is open, ${age}` };
  return { delete: false, why: `${age}, not older than prune-after-days (${rules.afterDays})` };
}

/** One custom model as `prune` reports it. */
export interface PruneRow {
  readonly name: string;
  readonly arn: string;
  readonly createdAt?: string;
  readonly action: 'kept' | 'would-delete' | 'deleted' | 'in-use' | 'failed';
  readonly why: string;
  /** USD a month of storage, from the price book */
  readonly storagePerMonth?: number;
  /** this model's evaluation deployments and Provisioned Throughput left by lost runners, deleted with it */
  readonly leftovers?: readonly string[];
}
