import type { S3Store } from '../aws/s3-store.js';

/** One trained model the registry knows. */
export interface ModelVersion {
  readonly version: number;
  readonly customModelArn: string;
  readonly jobName: string;
  readonly jobArn: string;
  readonly datasetHash: string;
  readonly commit?: string;
  readonly pullRequest?: number;
  readonly createdAt: string;
  readonly evaluation?: { readonly accuracy: number; readonly testSetSha256: string; readonly scorer: string; readonly report?: string };
  readonly promotedAt?: string;
  readonly promotedBy?: string;
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

/** registry/<model-name>.json: every version, which one is production, and the stable endpoint. */
export interface Registry {
  readonly schema: 1;
  readonly modelName: string;
  readonly production?: number;
  readonly endpoint?: { readonly name: string; readonly deploymentArn: string };
  readonly versions: readonly ModelVersion[];
  readonly history: readonly RegistryEvent[];
}

export const registryPath = (modelName: string) => `registry/${modelName}.json`;

export async function readRegistry(store: S3Store, modelName: string): Promise<{ registry: Registry; etag?: string } | undefined> {
  const found = await store.getText(registryPath(modelName));
  if (!found) return undefined;
  return { registry: JSON.parse(found.text) as Registry, etag: found.etag };
}

export function productionVersion(registry: Registry | undefined): ModelVersion | undefined {
  return registry?.production === undefined ? undefined : registry.versions.find((v) => v.version === registry.production);
}
