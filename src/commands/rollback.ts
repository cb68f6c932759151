import type { Deps } from '../deps.js';
import type { Io } from '../io/io.js';
import type { Settings } from '../settings.js';
import { warnUnfinishedWatch } from '../registry/watch.js';
import { rollBack } from './production.js';
import { rolledBackSummary } from '../report/promotion.js';
import { withSession } from '../services.js';

/** Points production at an earlier version (default: the one before the current), recorded in the history. */
export async function rollback(settings: Settings, io: Io, deps: Deps): Promise<void> {
  await withSession(settings, deps, io, async (session) => {
    await warnUnfinishedWatch(session.store, settings.modelName, io);
    const { to, moved } = await rollBack(session, settings.version, settings.testData);
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
  });
}
