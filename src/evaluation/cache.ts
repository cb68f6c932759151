import { createHash } from 'node:crypto';
import type { S3Store } from '../aws/s3-store.js';
import type { RunContext } from '../github/context.js';
import type { Command } from '../interface.js';
import type { Scorer } from '../settings.js';
import type { RecordResult } from './metrics.js';
import type { Role } from './targets.js';

/**
 * Whose cached results a run may believe. The training role can write every pull request's scope
 * (results/pr-<n>/, results/ref-…/), so no pull request's scope is evidence about anything but
 * that run's own candidate: base and production columns are read from the release scope
 * (results/release/) alone, written under the release role by `promote` and by `evaluate` on the
 * default branch (a scheduled run, say); without it they are evaluated afresh. A candidate is
 * never believed from another scope, and promote evaluates it itself: a results file is no proof
 * of a verdict.
 */
export interface CacheScope {
  /** where results of a model in this role are written */
  readonly write: (role: Role) => string;
  readonly read: (role: Role) => readonly string[];
}

const RELEASE = 'release';

export function cacheScope(command: Command, context: RunContext): CacheScope {
  if (command === 'promote') return { write: () => RELEASE, read: (role) => (role === 'candidate' ? [] : [RELEASE]) };
  const own = context.pullRequest
    ? `pr-${context.pullRequest.number}`
    : `ref-${(context.ref ?? 'local').replace(/^refs\//, '').replace(/[^A-Za-z0-9._-]+/g, '-')}`;
  // `evaluate` on the default branch (not a pull request) is the release workflow's refresh
  const release =
    command === 'evaluate' &&
    !context.pullRequest &&
    context.defaultBranch !== undefined &&
    context.ref === `refs/heads/${context.defaultBranch}`;
  return {
    write: (role) => (role !== 'candidate' && release ? RELEASE : own),
    read: (role) => (role === 'candidate' ? [own] : [RELEASE]),
  };
}

export interface CacheKey {
  /** the base model id or the custom model ARN */
  readonly modelKey: string;
  readonly testSetSha256: string;
  readonly scorer: Scorer;
  readonly maxTokens: number;
  /** grader or judge (and rubric) fingerprint, for graded scorers */
  readonly grading?: string;
}

interface Cached extends CacheKey {
  readonly createdAt: string;
  readonly results: readonly RecordResult[];
}

const short = (s: string, n = 12) => createHash('sha256').update(s).digest('hex').slice(0, n);

/** results/<scope>/<model>/<test set>/<scorer>-<inference settings>.json */
export function cachePath(key: CacheKey, scope: string): string {
  const slug = key.modelKey.startsWith('arn:')
    ? `custom-${short(key.modelKey)}`
    : key.modelKey.replace(/[^A-Za-z0-9.-]+/g, '-');
  return `results/${scope}/${slug}/${key.testSetSha256.slice(0, 16)}/${key.scorer}-${short(JSON.stringify({ maxTokens: key.maxTokens, temperature: 0, grading: key.grading }), 8)}.json`;
}

/**
 * Results this run produced itself, per store (one per run): believed whatever scope they were
 * written to, so a sweep evaluates base and production once, not once per point.
 */
const produced = new WeakMap<S3Store, Map<string, readonly RecordResult[]>>();

/** Evaluation results of one model on one test set, kept so an unchanged model is not run again. */
export class ResultCache {
  constructor(
    private readonly store: S3Store,
    private readonly scope: CacheScope,
  ) {}

  private get fresh(): Map<string, readonly RecordResult[]> {
    let map = produced.get(this.store);
    if (!map) produced.set(this.store, (map = new Map()));
    return map;
  }

  /** This run's own results, else the first found in the scopes this role may be read from. */
  async get(key: CacheKey, role: Role): Promise<readonly RecordResult[] | undefined> {
    const own = this.fresh.get(cachePath(key, ''));
    if (own) return own;
    for (const scope of this.scope.read(role)) {
      const found = await this.store.getText(cachePath(key, scope));
      if (!found) continue;
      const cached = JSON.parse(found.text) as Cached;
      if (
        cached.modelKey === key.modelKey &&
        cached.testSetSha256 === key.testSetSha256 &&
        cached.scorer === key.scorer &&
        cached.grading === key.grading
      )
        return cached.results;
    }
    return undefined;
  }

  /** Stores complete results only: a run with errors is evaluated again next time. */
  async put(key: CacheKey, role: Role, results: readonly RecordResult[]): Promise<void> {
    if (results.some((r) => r.error)) return;
    this.fresh.set(cachePath(key, ''), results);
    await this.store.putJson(cachePath(key, this.scope.write(role)), {
      ...key,
      createdAt: new Date().toISOString(),
      results,
    } satisfies Cached);
  }
}
