import type { Deps } from '../deps.js';
import type { Io } from '../io/io.js';
import type { Settings } from '../settings.js';
import { storeFor } from './pipeline.js';
import { warnUnfinishedWatch } from '../registry/watch.js';
import { rollBack } from './production.js';
import { rolledBackSummary } from '../report/promotion.js';

/** Points production at an earlier version (default: the one before the current), recorded in the history. */
export async function rollback(settings: Settings, io: Io, deps: Deps): Promise<void> {
  const aws = await deps.aws(settings, io);
  try {
    const store = storeFor(settings, aws);
    await warnUnfinishedWatch(store, settings.modelName, io);
    const { to, moved } = await rollBack({ settings, aws, store, deps, io }, settings.version, settings.testData);
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
