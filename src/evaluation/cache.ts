import { createHash } from 'node:crypto';
import type { S3Store } from '../aws/s3-store.js';
import type { Scorer } from '../settings.js';
import type { RecordResult } from './metrics.js';

export interface CacheKey {
  /** the base model id or the custom model ARN */
  readonly modelKey: string;
  readonly testSetSha256: string;
  readonly scorer: Scorer;
  readonly maxTokens: number;
}

interface Cached extends CacheKey {
  readonly createdAt: string;
  readonly results: readonly RecordResult[];
}

const short = (s: string, n = 12) => createHash('sha256').update(s).digest('hex').slice(0, n);

/** results/<model>/<test set>/<scorer>-<inference settings>.json */
export function cachePath(key: CacheKey): string {
  const slug = key.modelKey.startsWith('arn:')
    ? `custom-${short(key.modelKey)}`
    : key.modelKey.replace(/[^A-Za-z0-9.-]+/g, '-');
  return `results/${slug}/${key.testSetSha256.slice(0, 16)}/${key.scorer}-${short(JSON.stringify({ maxTokens: key.maxTokens, temperature: 0 }), 8)}.json`;
}

/** Evaluation results of one model on one test set, kept so an unchanged model is not run again. */
export class ResultCache {
  constructor(private readonly store: S3Store) {}

  async get(key: CacheKey): Promise<readonly RecordResult[] | undefined> {
    const found = await this.store.getText(cachePath(key));
    if (!found) return undefined;
    const cached = JSON.parse(found.text) as Cached;
    return cached.modelKey === key.modelKey && cached.testSetSha256 === key.testSetSha256 ? cached.results : undefined;
  }

  /** Stores complete results only: a run with errors is evaluated again next time. */
  async put(key: CacheKey, results: readonly RecordResult[]): Promise<void> {
    if (results.some((r) => r.error)) return;
    await this.store.putJson(cachePath(key), { ...key, createdAt: new Date().toISOString(), results } satisfies Cached);
  }
}
