import { isPreconditionFailed, type S3Store } from '../aws/s3-store.js';

/** One trained model the registry knows. */
export interface ModelVersion {
  readonly version: number;
  readonly customModelArn: string;
  readonly jobName: string;
  readonly jobArn: string;
  readonly datasetHash: string;
  /** the training data the job was verified to read: its S3 URI and the sha256 of its bytes */
  readonly trainingData?: { readonly uri: string; readonly sha256: string };
  readonly commit?: string;
  readonly pullRequest?: number;
  readonly createdAt: string;
  readonly evaluation?: {
    readonly accuracy: number;
    readonly testSetSha256: string;
    /** the test set's path in the repository (registries written before 2026-12 lack it) */
    readonly testSet?: string;
    readonly scorer: string;
    /** the mean score on the test set, for `scorer: grader` or `judge` */
    readonly score?: number;
    readonly report?: string;
  };
  readonly promotedAt?: string;
  readonly promotedBy?: string;
  /** the watch after its promotion rolled it back, and why */
  readonly rolledBack?: { readonly at: string; readonly reason: string };
  readonly run?: string;
}

export interface RegistryEvent {
  readonly at: string;
  readonly action: 'promote' | 'rollback';
  readonly version: number;
  readonly from?: number;
  readonly by?: string;
  readonly run?: string;
  readonly reason?: string;
}

/**
 * registry/<model-name>.json: every version, which one is production, and the stable endpoint.
 * `production` is only ever a version the endpoint was seen serving. A promotion or rollback first
 * records its decision as `pending`; the endpoint is then moved to it, and `production` follows
 * once the endpoint serves it. A run that stopped in between leaves `pending` for the next run to
 * finish, so the registry never claims what the endpoint does not serve.
 */
export interface Registry {
  readonly schema: 1;
  readonly modelName: string;
  /** the version the stable endpoint serves */
  readonly production?: number;
  /** the version production is moving to, decided but not yet served */
  readonly pending?: number;
  readonly endpoint?: { readonly name: string; readonly deploymentArn: string };
  /**
   * The watch after a promotion, while it runs: a runner lost mid-watch leaves it here, and the
   * next promote or rollback says so
   */
  readonly watch?: { readonly version: number; readonly since: string; readonly until: string; readonly run?: string };
  readonly versions: readonly ModelVersion[];
  readonly history: readonly RegistryEvent[];
}

export const registryPath = (modelName: string) => `registry/${modelName}.json`;

export async function readRegistry(
  store: S3Store,
  modelName: string,
): Promise<{ registry: Registry; etag?: string } | undefined> {
  const found = await store.getText(registryPath(modelName));
  if (!found) return undefined;
  return { registry: JSON.parse(found.text) as Registry, etag: found.etag };
}

const versionOf = (registry: Registry | undefined, version: number | undefined) =>
  version === undefined ? undefined : registry?.versions.find((v) => v.version === version);

/** The version the endpoint serves. */
export function productionVersion(registry: Registry | undefined): ModelVersion | undefined {
  return versionOf(registry, registry?.production);
}

/** What production is or is becoming: the pending version when a move is unfinished. Decisions compare with it. */
export function intendedVersion(registry: Registry | undefined): ModelVersion | undefined {
  return versionOf(registry, registry?.pending ?? registry?.production);
}

/** What a decision made of the registry: a new one to write, or nothing to change. */
export type Decision<T> = { write: Registry; result: T } | { write?: undefined; result: T };

export interface CasOptions {
  readonly onConflict?: (attempt: number) => void;
  readonly attempts?: number;
}

/**
 * Reads the registry, lets `decide` look at it, and writes what it decided with a conditional
 * write: If-Match on the ETag read, or If-None-Match: * when there was none. Two writers cannot
 * both win: the loser's write fails, and it reads again and decides again on what the winner wrote.
 */
export async function updateRegistry<T>(
  store: S3Store,
  modelName: string,
  decide: (current: Registry | undefined) => Promise<Decision<T>> | Decision<T>,
  options: CasOptions = {},
): Promise<T> {
  const attempts = options.attempts ?? 8;
  for (let attempt = 1; ; attempt++) {
    const found = await readRegistry(store, modelName);
    const decision = await decide(found?.registry);
    if (!decision.write) return decision.result;
    try {
      await store.putJson(
        registryPath(modelName),
        decision.write,
        found ? { ifMatch: found.etag } : { ifNoneMatch: '*' },
      );
      return decision.result;
    } catch (error) {
      if (!isPreconditionFailed(error) || attempt >= attempts) throw error;
      options.onConflict?.(attempt);
    }
  }
}

export function emptyRegistry(modelName: string): Registry {
  return { schema: 1, modelName, versions: [], history: [] };
}
