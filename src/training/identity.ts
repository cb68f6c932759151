import { createHash } from 'node:crypto';

/** What makes two trainings the same: the same bytes, model, method, settings and destination. */
export interface IdentityParts {
  readonly trainingSha256: string;
  readonly validationSha256?: string;
  readonly baseModel: string;
  readonly customizationType: string;
  readonly hyperparameters: Readonly<Record<string, string | number>>;
  readonly customizationConfig?: unknown;
  /** the output root (s3-uri); each job writes under jobs/<its name>/ inside it */
  readonly outputRoot: string;
}

/** JSON with sorted keys, so that equal values always hash alike. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export function identityHash(parts: IdentityParts): string {
  return createHash('sha256')
    .update(canonicalJson({ v: 1, ...parts, validationSha256: parts.validationSha256 ?? '' }))
    .digest('hex');
}

/** `<model-name>-<12 hex>`, later attempts `-r2`, `-r3`…: deterministic, so a re-run finds it. */
export function jobName(modelName: string, hash: string, attempt = 1): string {
  const base = `${modelName}-${hash.slice(0, 12)}`;
  return attempt === 1 ? base : `${base}-r${attempt}`;
}

/** The attempt number of a job name of this identity, or undefined when it is another's. */
export function attemptOf(name: string, base: string): number | undefined {
  if (name === base) return 1;
  const m = new RegExp(`^${base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}-r(\\d+)$`).exec(name);
  return m ? Number(m[1]) : undefined;
}
