import { UserError, awsFailure } from '../errors.js';
import type { Io } from '../io/io.js';
import type { EvaluationResources } from '../lib/resources.js';
import type { Deployments } from '../aws/deployments.js';
import type { Clock, PollSchedule } from '../lib/clock.js';

export type Role = 'base' | 'champion' | 'candidate';

/** A model the evaluation can call, and how to let go of it afterwards. */
export interface Target {
  readonly role: Role;
  readonly label: string;
  /** what Converse is called with: a model id, a deployment ARN or a provisioned model ARN */
  readonly modelId: string;
  /** what the results are about: the base model id or the custom model ARN */
  readonly modelKey: string;
  /** how it was reached, for the report */
  readonly via: 'on-demand' | 'deployment' | 'provisioned';
  /** deletes what this run created (unless kept); safe to call twice */
  release(): Promise<void>;
}

export interface TargetOptions {
  readonly deployments: Deployments;
  readonly clock: Clock;
  readonly schedule: PollSchedule;
  readonly io: Io;
  readonly keepDeployment: boolean;
  readonly tags: Array<{ key: string; value: string }>;
  readonly resources?: EvaluationResources;
}

const READY_TIMEOUT_MS = 45 * 60_000;
// CreateCustomModelDeployment refuses a model or Region without on-demand deployment with a
// ValidationException (the only client error the API reference lists for invalid input; its
// wording is not documented, so it is not read). Names and tags are checked before the call, so
// what is left to refuse is the deployment itself: evaluation falls back to Provisioned Throughput.
const onDemandUnavailable = (error: unknown) => (error as { name?: string }).name === 'ValidationException';

async function waitUntil(
  what: string,
  check: () => Promise<'ready' | 'pending' | string>,
  options: TargetOptions,
): Promise<void> {
  const { clock } = options;
  const deadline = clock.now() + READY_TIMEOUT_MS;
  let interval = Math.max(1, options.schedule.initialMs / 3);
  for (;;) {
    const state = await check();
    if (state === 'ready') return;
    if (state !== 'pending') throw new UserError(`${what} failed: ${state}`);
    if (clock.now() > deadline) throw new UserError(`${what} was not ready after ${READY_TIMEOUT_MS / 60_000} min.`);
    await clock.sleep(interval);
    interval = Math.min(options.schedule.maxMs / 5, interval * 1.5);
  }
}

/**
 * Makes a custom model invocable: an existing deployment of it is reused; otherwise an on-demand
 * deployment is created (deleted afterwards unless `keep-deployment`), or, where on-demand is not
 * available, Provisioned Throughput without commitment, deleted afterwards (and on cancel: see resources.ts).
 */
export async function customModelTarget(
  role: Role,
  label: string,
  modelArn: string,
  name: string,
  options: TargetOptions,
): Promise<Target> {
  const { deployments, io } = options;
  const hint =
    'Check that the role may bedrock:ListCustomModelDeployments, CreateCustomModelDeployment and GetCustomModelDeployment.';
  let existing;
  try {
    existing = (await deployments.forModel(modelArn)).find((d) => d.status === 'Active' || d.status === 'Creating');
  } catch (error) {
    throw awsFailure(`Could not look for a deployment of ${label}`, error, hint);
  }
  if (existing) {
    await waitUntil(
      `Deployment ${existing.name}`,
      async () => {
        const d = await deployments.get(existing.arn);
        return d?.status === 'Active'
          ? 'ready'
          : d?.status === 'Creating'
            ? 'pending'
            : (d?.failureMessage ?? `it is ${d?.status ?? 'gone'}`);
      },
      options,
    );
    io.info(`${label}: using existing deployment ${existing.name}`);
    return {
      role,
      label,
      modelId: existing.arn,
      modelKey: modelArn,
      via: 'deployment',
      release: async () => undefined,
    };
  }

  const deploymentName = `${name}-eval`.slice(0, 63);
  let arn: string;
  try {
    arn = await deployments.create(deploymentName, modelArn, `bedrock-model-ci evaluation of ${label}`, options.tags);
  } catch (error) {
    if (!onDemandUnavailable(error)) throw awsFailure(`Could not deploy ${label} for evaluation`, error, hint);
    return provisionedTarget(role, label, modelArn, name, options, (error as Error).message);
  }
  let released = false;
  const release = async () => {
    if (released || options.keepDeployment) return;
    released = true;
    try {
      await deployments.delete(arn);
      options.resources?.remove(arn);
      io.info(`Deleted evaluation deployment ${deploymentName}.`);
    } catch (error) {
      io.warning(
        `Could not delete evaluation deployment ${deploymentName} (${arn}): ${(error as Error).message}. Delete it in the Bedrock console.`,
      );
    }
  };
  // Kept deliberately with keep-deployment: not ours to clean up on cancel either.
  if (!options.keepDeployment) options.resources?.add('deployment', arn, release);
  try {
    await waitUntil(
      `Deployment ${deploymentName}`,
      async () => {
        const d = await deployments.get(arn);
        return d?.status === 'Active'
          ? 'ready'
          : d?.status === 'Creating'
            ? 'pending'
            : (d?.failureMessage ?? `it is ${d?.status ?? 'gone'}`);
      },
      options,
    );
  } catch (error) {
    await release();
    throw error;
  }
  io.info(
    `${label}: deployed on demand as ${deploymentName}${options.keepDeployment ? ' (kept: keep-deployment)' : ''}`,
  );
  return { role, label, modelId: arn, modelKey: modelArn, via: 'deployment', release };
}

async function provisionedTarget(
  role: Role,
  label: string,
  modelArn: string,
  name: string,
  options: TargetOptions,
  why: string,
): Promise<Target> {
  const { deployments, io } = options;
  const ptName = `${name}-eval-pt`.slice(0, 63);
  io.notice(
    `On-demand deployment is not available for ${label} (${why}). Using Provisioned Throughput ${ptName} without commitment; it is billed by the hour and deleted after the evaluation, also if the evaluation fails.`,
  );
  let arn: string;
  try {
    arn = await deployments.createProvisioned(ptName, modelArn, options.tags);
  } catch (error) {
    throw awsFailure(
      `Could not create Provisioned Throughput for ${label}`,
      error,
      'Check that the role may bedrock:CreateProvisionedModelThroughput, and the account has Provisioned Throughput quota for this model.',
    );
  }
  let released = false;
  // A leaked Provisioned Throughput costs money by the hour: it is deleted whatever keep-deployment says.
  const release = async () => {
    if (released) return;
    released = true;
    try {
      await deployments.deleteProvisioned(arn);
      options.resources?.remove(arn);
      io.info(`Deleted Provisioned Throughput ${ptName}.`);
    } catch (error) {
      io.error(
        `Could not delete Provisioned Throughput ${ptName} (${arn}): ${(error as Error).message}. It is billed by the hour: delete it in the Bedrock console now.`,
      );
    }
  };
  options.resources?.add('provisioned', arn, release);
  try {
    await waitUntil(
      `Provisioned Throughput ${ptName}`,
      async () => {
        const { status, failureMessage } = await deployments.provisionedStatus(arn);
        return status === 'InService'
          ? 'ready'
          : status === 'Creating' || status === 'Updating'
            ? 'pending'
            : (failureMessage ?? `it is ${status}`);
      },
      options,
    );
  } catch (error) {
    await release();
    throw error;
  }
  io.info(`${label}: Provisioned Throughput ${ptName} is in service.`);
  return { role, label, modelId: arn, modelKey: modelArn, via: 'provisioned', release };
}

/** The base model, invoked on demand by its inference id (or a cross-region profile). */
export function baseTarget(inferenceId: string, label: string): Target {
  return {
    role: 'base',
    label,
    modelId: inferenceId,
    modelKey: inferenceId,
    via: 'on-demand',
    release: async () => undefined,
  };
}
