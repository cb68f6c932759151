// Moving the stable endpoint: promote's swap, rollback's return, and the watch's automatic
// rollback all take this one path, so each move is recorded, checked and tagged alike.
import { UserError, messageOf } from '../errors.js';
import type { Session } from '../deps.js';
import { loadTestSet } from '../evaluation/testset.js';
import { endpointName, followRegistry, type Followed } from '../registry/endpoint.js';
import { intendedVersion, updateRegistry, type ModelVersion } from '../registry/manifest.js';
import { rollbackTarget, withProduction } from '../registry/promotion.js';
import { supersededSummary } from '../report/promotion.js';
import { readRegistry, productionVersion } from '../registry/manifest.js';

/**
 * Moves the stable endpoint to a version the registry has pending (or re-checks the one it
 * serves), records it as production, and tags the models. Superseded when a later promotion or
 * rollback changed the registry's mind meanwhile: that run finishes the move.
 */
export async function moveProduction(
  p: Session,
  to: ModelVersion,
  probePath?: string,
  { repair = false }: { repair?: boolean } = {},
): Promise<Followed> {
  const { settings, store, services, deps, io } = p;
  const deployments = services.deployments;
  const probe = probePath ? (await loadTestSet(probePath))[0] : undefined;
  // Tagged when it is created: the training role's policy may delete only what is tagged
  // purpose=evaluation, and may not touch what is tagged stage=production.
  const tags = [
    { key: 'managed-by', value: 'bedrock-model-ci' },
    { key: 'model-name', value: settings.modelName },
    { key: 'stage', value: 'production' },
  ];
  const followed = await io.group(`Production endpoint ${endpointName(settings.modelName)}`, () =>
    followRegistry(settings.modelName, to.version, {
      store,
      deployments,
      updates: services.endpointUpdates,
      runtime: services.runtime,
      clock: deps.clock,
      schedule: deps.schedule,
      io,
      tags,
      probe,
    }),
  );
  if (followed.outcome === 'superseded') {
    io.setOutput('promoted', false);
    io.notice(
      `Version ${to.version} is no longer wanted as production: ${followed.by ? `version ${followed.by.version} (${followed.by.customModelArn}) superseded it` : 'the registry has no production now'}, and the run that decided that moves the endpoint. This run leaves the endpoint alone.`,
    );
    await io.summary(supersededSummary(settings.modelName, to.version, followed.by?.version));
    return followed;
  }
  const from = followed.previous;
  // The stage, for people looking in the console. Best effort: the registry is the record.
  try {
    await deployments.tag(to.customModelArn, [
      { key: 'stage', value: 'production' },
      { key: 'model-version', value: String(to.version) },
    ]);
    if (from && from.customModelArn !== to.customModelArn)
      await deployments.tag(from.customModelArn, [{ key: 'stage', value: 'previous' }]);
  } catch (error) {
    io.warning(`Could not tag the models with their stage: ${messageOf(error)}. The registry still records it.`);
  }
  io.setOutput('deployment-arn', followed.arn);
  io.setOutput('custom-model-arn', to.customModelArn);
  io.setOutput('model-version', to.version);
  if (!repair) io.setOutput('promoted', true);
  return followed;
}

/** A rollback's move: where production went, from where, and the endpoint that serves it. */
export interface RolledBack {
  readonly to: ModelVersion;
  readonly from?: ModelVersion;
  readonly moved: Awaited<ReturnType<typeof moveProduction>>;
}

/**
 * Points production back at `requested` (default: the version before the current), recorded in
 * the history. `failed`, for the watch after a promotion: the version it leaves is marked
 * rolled back, with the reason.
 */
export async function rollBack(
  p: Session,
  requested: number | undefined,
  probePath: string | undefined,
  failed?: { version: number; reason: string },
): Promise<RolledBack> {
  const { settings, store, deps, io } = p;
  const actor = { at: new Date().toISOString(), by: deps.context.actor, run: deps.context.runUrl };
  const { to, from } = await io.group('Registry', () =>
    updateRegistry(
      store,
      settings.modelName,
      (current) => {
        if (!current)
          throw new UserError(
            `There is no registry for '${settings.modelName}' at ${store.uri(`registry/${settings.modelName}.json`)}: nothing has been promoted yet.`,
          );
        const target = rollbackTarget(current, requested);
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
          failed ? `automatic: ${failed.reason}` : `rolled back from version ${from?.version}`,
        );
        // A rollback does not re-evaluate: the version keeps the evaluation it was promoted with.
        const versions = next.registry.versions.map((v) =>
          v.version === target.version
            ? { ...v, evaluation: target.evaluation }
            : v.version === failed?.version
              ? { ...v, rolledBack: { at: actor.at, reason: failed.reason } }
              : v,
        );
        const { watch: _finished, ...rest } = next.registry;
        void _finished;
        return { write: { ...rest, versions }, result: { to: target as ModelVersion, from } };
      },
      { onConflict: () => io.info('The registry changed meanwhile: reading it again.') },
    ),
  );
  const moved = await moveProduction(p, to, probePath);
  return { to, from, moved };
}

/**
 * The registry names version N as production, but the stable endpoint is missing or serves
 * another model (deleted or re-pointed outside the action): unfinished work, like a pending move.
 * Re-created or re-pointed, then checked with a call. Returns what was wrong, or undefined.
 */
export async function repairProduction(p: Session, probePath?: string): Promise<string | undefined> {
  const { settings, store, io, services } = p;
  const registry = (await readRegistry(store, settings.modelName))?.registry;
  const production = productionVersion(registry);
  if (!production || registry?.pending !== undefined) return undefined;
  const name = endpointName(settings.modelName);
  const endpoint = await services.deployments.get(name);
  const serving =
    endpoint &&
    endpoint.status !== 'Failed' &&
    (endpoint.modelArn === production.customModelArn || endpoint.update?.modelArn === production.customModelArn);
  if (serving) return undefined;
  const wrong = endpoint
    ? endpoint.status === 'Failed'
      ? `the production endpoint ${name} has failed`
      : `the production endpoint ${name} serves ${endpoint.modelArn}`
    : `the production endpoint ${name} does not exist`;
  io.warning(
    `The registry names version ${production.version} (${production.customModelArn}) as production, but ${wrong}: repairing it.`,
  );
  const moved = await moveProduction(p, production, probePath, { repair: true });
  return moved.outcome === 'serving' ? wrong : undefined;
}
