// Production's version in the registry: the champion the candidate is evaluated against.
import type { Pipeline } from '../deps.js';
import { awsFailure } from '../errors.js';
import { type EvaluationRequest } from '../evaluation/evaluate.js';
import { readRegistry, productionVersion } from './manifest.js';

/** The registry and its production version (the champion), when there is one. */
export async function readChampion({
  store,
  settings,
  io,
}: Pipeline): Promise<Pick<EvaluationRequest, 'registry' | 'champion'>> {
  try {
    const found = await readRegistry(store, settings.modelName);
    const champion = productionVersion(found?.registry);
    if (champion) io.info(`Production is version ${champion.version} (${champion.customModelArn}).`);
    else io.info(`No production version of '${settings.modelName}' in the registry yet: no production column.`);
    return { registry: found?.registry, champion };
  } catch (error) {
    throw awsFailure(
      `Could not read the model registry ${store.uri(`registry/${settings.modelName}.json`)}`,
      error,
      'Check that the role may s3:GetObject under s3-uri.',
    );
  }
}
