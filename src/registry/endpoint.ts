import { UserError, awsFailure } from '../errors.js';
import type { Io } from '../io/io.js';
import type { Deployments, DeploymentView } from '../aws/deployments.js';
import type { EndpointUpdates } from '../aws/endpoint-updates.js';
import type { Runtime } from '../aws/runtime.js';
import type { S3Store } from '../aws/s3-store.js';
import type { Clock, PollSchedule } from '../lib/clock.js';
import type { TestRecord } from '../evaluation/testset.js';
import { intendedVersion, productionVersion, readRegistry, updateRegistry, type ModelVersion } from './manifest.js';
import { confirmProduction } from './promotion.js';

export interface EndpointOptions {
  readonly store: S3Store;
  readonly deployments: Deployments;
  readonly updates: EndpointUpdates;
  readonly runtime: Runtime;
  readonly clock: Clock;
  readonly schedule: PollSchedule;
  readonly io: Io;
  readonly tags: Array<{ key: string; value: string }>;
  /** a record to check the endpoint with; a plain greeting when there is no test set */
  readonly probe?: TestRecord;
}

/** How a run's move of the endpoint ended. */
export type Followed =
  | { readonly outcome: 'serving'; readonly arn: string; readonly previous?: ModelVersion }
  /** another promotion or rollback decided later: the registry no longer wants this version */
  | { readonly outcome: 'superseded'; readonly by?: ModelVersion };

const READY_MS = 45 * 60_000;

export const endpointName = (modelName: string) => `${modelName}-production`.slice(0, 63);

/**
 * A concurrent create or update of the same deployment, in every shape it may come: the SDK models
 * ConflictException (HTTP 400 in its service model, which lists no errors per operation), a 409
 * of any name, or a ValidationException that says so. See docs/aws-assumptions.md.
 */
export function isConflict(error: unknown): boolean {
  const e = error as { name?: string; message?: string; $metadata?: { httpStatusCode?: number } };
  return (
    e.name === 'ConflictException' ||
    e.$metadata?.httpStatusCode === 409 ||
    (e.name === 'ValidationException' &&
      /already exists|already being (?:created|updated)|in progress|conflict/i.test(e.message ?? ''))
  );
}

/**
 * Moves the model's one stable on-demand deployment (created on the first promotion, updated in
 * place after that, so applications keep one ARN) to `version`, for as long as the registry still
 * wants that version. The registry is read again before every update and after every wait: when a
 * later promotion or rollback has decided otherwise, this run stops touching the endpoint and
 * says so, instead of undoing the other run's update (two runs re-pointing it at each other's
 * model never finish). Once the endpoint serves the version and answers one real inference call,
 * the registry records it as production (compare-and-swap).
 */
export async function followRegistry(modelName: string, version: number, options: EndpointOptions): Promise<Followed> {
  const { deployments, clock, io, store } = options;
  const name = endpointName(modelName);
  const deadline = clock.now() + READY_MS;
  let interval = Math.max(1, options.schedule.initialMs / 3);
  let retriedFailedUpdate = false;
  const pause = async (target: string) => {
    if (clock.now() > deadline)
      throw new UserError(
        `The production endpoint ${name} did not reach ${target} within ${READY_MS / 60_000} min. Run the promotion again: the registry keeps version ${version} pending, and the next run continues where this one stopped.`,
      );
    await clock.sleep(interval);
    interval = Math.min(options.schedule.maxMs / 5, interval * 1.5);
  };
  const hint =
    'Check that the role may bedrock:GetCustomModelDeployment, CreateCustomModelDeployment and UpdateCustomModelDeployment, and s3:GetObject/PutObject on the registry.';
  let target = `version ${version}`;
  try {
    for (;;) {
      // The endpoint first, then the registry: the decision below rests on the newest registry.
      const endpoint: DeploymentView | undefined = await deployments.get(name);
      const wanted = intendedVersion((await readRegistry(store, modelName))?.registry);
      if (wanted?.version !== version) return { outcome: 'superseded', by: wanted };
      target = wanted.customModelArn;
      if (!endpoint) {
        try {
          const arn = await deployments.create(
            name,
            target,
            `Production endpoint of ${modelName} (bedrock-model-ci)`,
            options.tags,
          );
          io.info(`Created the production endpoint ${name}: ${arn}`);
        } catch (error) {
          if (!isConflict(error)) throw error; // created by a concurrent first promotion: follow it
        }
      } else if (endpoint.status === 'Failed') {
        throw new UserError(
          `The production endpoint ${name} failed${endpoint.failureMessage ? `: ${endpoint.failureMessage}` : ''}. Fix or delete it in the Bedrock console, then run the promotion again (version ${version} stays pending).`,
        );
      } else if (endpoint.status === 'Active' && endpoint.update?.status !== 'Updating') {
        const failedHere = endpoint.update?.status === 'UpdateFailed' && endpoint.update.modelArn === target;
        if (failedHere && retriedFailedUpdate) {
          throw new UserError(
            `The production endpoint ${name} could not be updated to ${target} (twice). It still serves ${endpoint.modelArn}, which the registry still records as production (version ${version} stays pending). Check the deployment in the Bedrock console, then run the promotion again.`,
          );
        }
        if (endpoint.modelArn === target && !failedHere) {
          const done = await confirm(modelName, version, endpoint.arn, options);
          if (done.outcome === 'superseded') return done;
          // A stale update could have started meanwhile: production is what the endpoint still serves.
          const after = await deployments.get(endpoint.arn);
          if (after?.status === 'Active' && after.modelArn === target && after.update?.status !== 'Updating')
            return done;
        } else {
          retriedFailedUpdate ||= failedHere;
          io.info(`Pointing the production endpoint ${name} at ${target} (was ${endpoint.modelArn}).`);
          try {
            await options.updates.update(endpoint.arn, target);
          } catch (error) {
            // Another update is under way (a concurrent promotion): wait, then decide again.
            if (!isConflict(error)) throw error;
          }
        }
      }
      await pause(target);
    }
  } catch (error) {
    throw awsFailure(`Could not point the production endpoint ${name} at ${target}`, error, hint);
  }
}

/** Checks the endpoint with a real call, then records the version as production if it is still wanted. */
async function confirm(modelName: string, version: number, arn: string, options: EndpointOptions): Promise<Followed> {
  await check(arn, options);
  return updateRegistry(
    options.store,
    modelName,
    (current) => {
      const wanted = intendedVersion(current);
      if (!current || wanted?.version !== version) return { result: { outcome: 'superseded', by: wanted } as Followed };
      const endpoint = { name: endpointName(modelName), deploymentArn: arn };
      const served = { outcome: 'serving', arn, previous: productionVersion(current) } as const;
      const unchanged =
        current.production === version && current.pending === undefined && current.endpoint?.deploymentArn === arn;
      if (unchanged) return { result: { ...served, previous: undefined } };
      return { write: confirmProduction(current, version, endpoint), result: served };
    },
    {
      onConflict: () =>
        options.io.info('The registry changed meanwhile: reading it again before recording production.'),
    },
  );
}

/**
 * Whether a Converse error says "not yet" rather than "no": ModelNotReadyException (documented for
 * Converse, HTTP 429, retryable in the SDK's model: a deployment just created or updated is still
 * loading the model), throttling, and 5xx.
 */
export function notReadyYet(error: unknown): boolean {
  const e = error as { name?: string; $retryable?: unknown; $metadata?: { httpStatusCode?: number } };
  const status = e.$metadata?.httpStatusCode ?? 0;
  return (
    e.name === 'ModelNotReadyException' ||
    e.name === 'ThrottlingException' ||
    e.name === 'ServiceUnavailableException' ||
    e.$retryable !== undefined ||
    status === 429 ||
    status >= 500
  );
}

/** How long (in minutes) the endpoint may take to answer its first call after it became Active. */
const FIRST_CALL_MINUTES = 10;

/** One real inference call, retried with backoff while the endpoint says it is not ready yet. */
async function check(arn: string, options: EndpointOptions): Promise<void> {
  const probe = options.probe;
  const deadline = options.clock.now() + FIRST_CALL_MINUTES * options.schedule.minuteMs;
  let wait = Math.max(1, options.schedule.initialMs / 3);
  for (let attempt = 1; ; attempt++) {
    try {
      const reply = await options.runtime.converse(
        arn,
        probe?.system ?? [],
        probe?.messages ?? [{ role: 'user', content: [{ text: 'Hello' }] }],
        64,
      );
      if (!reply.text.trim()) throw new Error('the endpoint answered with no text');
      options.io.info(
        `Checked the endpoint with one real inference call: ${JSON.stringify(reply.text.slice(0, 60))} in ${reply.latencyMs} ms${attempt > 1 ? ` (attempt ${attempt}: it was not ready at first)` : ''}.`,
      );
      return;
    } catch (error) {
      if (notReadyYet(error) && options.clock.now() + wait < deadline) {
        options.io.debug(`endpoint not ready yet (${(error as Error).name}); calling again in ${Math.round(wait)} ms`);
        await options.clock.sleep(wait);
        wait = Math.min(options.schedule.maxMs / 5, wait * 2);
        continue;
      }
      throw awsFailure(
        `The production endpoint answers no inference call`,
        error,
        notReadyYet(error)
          ? `It was still not ready after ${FIRST_CALL_MINUTES} min. Run the promotion again: the registry keeps the version pending, and the next run checks it again.`
          : "Check the deployment in the Bedrock console and the role's bedrock:InvokeModel permission.",
      );
    }
  }
}
