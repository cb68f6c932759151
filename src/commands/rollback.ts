import { UserError } from '../errors.js';
import type { Deps } from '../deps.js';
import type { Io } from '../io/io.js';
import type { Settings } from '../settings.js';
import { intendedVersion, updateRegistry, type ModelVersion } from '../registry/manifest.js';
import { rollbackTarget, withProduction } from '../registry/promotion.js';
import { moveProduction } from './promote.js';
import { storeFor } from './pipeline.js';
import { rolledBackSummary } from '../report/promotion.js';

/** Points production at an earlier version (default: the one before), recorded in the history. */
export async function rollback(settings: Settings, io: Io, deps: Deps): Promise<void> {
  const aws = await deps.aws(settings, io);
  try {
    const store = storeFor(settings, aws);
    const actor = { at: new Date().toISOString(), by: deps.context.actor, run: deps.context.runUrl };
    const { to } = await io.group('Registry', () =>
      updateRegistry(
        store,
        settings.modelName,
        (current) => {
          if (!current)
            throw new UserError(
              `There is no registry for '${settings.modelName}' at ${store.uri(`registry/${settings.modelName}.json`)}: nothing has been promoted yet.`,
            );
          const target = rollbackTarget(current, settings.version);
          if ('error' in target) throw new UserError(target.error);
          const from = intendedVersion(current);
          // Already decided (perhaps left pending by a run that stopped): finish the move.
          if (target.version === from?.version) return { result: { to: target, from } };
          const next = withProduction(
            current,
            settings.modelName,
            {
              ...target,
              accuracy: target.evaluation?.accuracy ?? 0,
              testSetSha256: target.evaluation?.testSetSha256 ?? '',
              scorer: target.evaluation?.scorer ?? '',
            },
            actor,
            'rollback',
            `rolled back from version ${from?.version}`,
          );
          // A rollback does not re-evaluate: the version keeps the evaluation it was promoted with.
          const versions = next.registry.versions.map((v) =>
            v.version === target.version ? { ...v, evaluation: target.evaluation } : v,
          );
          return { write: { ...next.registry, versions }, result: { to: target as ModelVersion, from } };
        },
        { onConflict: () => io.info('The registry changed meanwhile: reading it again.') },
      ),
    );
    const moved = await moveProduction({ settings, aws, store, deps, io }, to, settings.testData);
    if (moved.outcome === 'superseded') return;
    io.notice(
      `Rolled back: production is version ${to.version} (${to.customModelArn})${moved.previous ? `, was version ${moved.previous.version}` : ''}.`,
    );
    await io.summary(
      rolledBackSummary(settings.modelName, to.version, moved.previous?.version, {
        arn: moved.arn,
        serves: to.customModelArn,
      }),
    );
  } finally {
    aws.destroy();
  }
}
