// The backstop for cleanup on cancel: a runner that dies outright runs no handler and no post
// step, and its evaluation deployment or Provisioned Throughput would be billed on. No run lives
// longer than a runner's 6 hours, so an evaluation resource of this model that is older, and
// tagged as ours, is a leftover: the next evaluation of the model deletes it.
import { messageOf } from '../errors.js';
import type { Io } from '../io/io.js';
import type { Deployments } from '../aws/deployments.js';

export const STALE_AFTER_MS = 6 * 60 * 60_000;

export async function deleteStaleEvaluationResources(
  deployments: Deployments,
  modelName: string,
  now: number,
  io: Io,
): Promise<void> {
  try {
    const candidates = (await deployments.createdBefore(`${modelName}-`, new Date(now - STALE_AFTER_MS))).filter(
      (r) => r.name.endsWith('-eval') || r.name.endsWith('-eval-pt'),
    );
    for (const r of candidates) {
      const tags = new Map((await deployments.tags(r.arn)).map((t) => [t.key, t.value]));
      const ours =
        tags.get('managed-by') === 'bedrock-model-ci' &&
        tags.get('model-name') === modelName &&
        tags.get('purpose') === 'evaluation';
      if (!ours) continue;
      if (r.kind === 'provisioned') await deployments.deleteProvisioned(r.arn);
      else await deployments.delete(r.arn);
      io.warning(
        `Deleted ${r.kind === 'provisioned' ? 'Provisioned Throughput' : 'evaluation deployment'} ${r.name}, left over by an earlier run of '${modelName}' (${tags.get('workflow-run') ?? 'run unknown'}) more than 6 hours ago.`,
      );
    }
  } catch (error) {
    io.warning(`Could not look for evaluation resources left over by earlier runs: ${messageOf(error)}.`);
  }
}
