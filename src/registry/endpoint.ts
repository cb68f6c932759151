import { UserError, awsFailure } from '../errors.js';
import type { Io } from '../io/io.js';
import type { Deployments } from '../aws/deployments.js';
import type { Runtime } from '../aws/runtime.js';
import type { Clock, PollSchedule } from '../training/wait.js';
import type { TestRecord } from '../evaluation/testset.js';

export interface EndpointOptions {
  readonly deployments: Deployments;
  readonly runtime: Runtime;
  readonly clock: Clock;
  readonly schedule: PollSchedule;
  readonly io: Io;
  readonly tags: Array<{ key: string; value: string }>;
  /** a record to check the endpoint with; a plain greeting when there is no test set */
  readonly probe?: TestRecord;
}

const READY_MS = 45 * 60_000;

export const endpointName = (modelName: string) => `${modelName}-production`.slice(0, 63);

/**
 * Points the model's one stable on-demand deployment at `modelArn`: created on the first
 * promotion, updated in place after that, so applications keep one ARN. Waits until the change
 * is done and checks it with one real inference call. Returns the deployment's ARN.
 */
export async function pointEndpoint(modelName: string, modelArn: string, options: EndpointOptions): Promise<string> {
  const { deployments, clock, io } = options;
  const name = endpointName(modelName);
  const hint =
    'Check that the role may bedrock:GetCustomModelDeployment, CreateCustomModelDeployment and UpdateCustomModelDeployment.';
  const deadline = clock.now() + READY_MS;
  let interval = Math.max(1, options.schedule.initialMs / 3);
  const pause = async () => {
    if (clock.now() > deadline)
      throw new UserError(
        `The production endpoint ${name} did not reach ${modelArn} within ${READY_MS / 60_000} min. Run the promotion again; it continues where it stopped.`,
      );
    await clock.sleep(interval);
    interval = Math.min(options.schedule.maxMs / 5, interval * 1.5);
  };
  try {
    let endpoint = await deployments.get(name);
    if (!endpoint) {
      const arn = await deployments.create(
        name,
        modelArn,
        `Production endpoint of ${modelName} (bedrock-model-ci)`,
        options.tags,
      );
      io.info(`Created the production endpoint ${name}: ${arn}`);
      endpoint = await deployments.get(arn);
    }
    for (;;) {
      if (!endpoint)
        throw new UserError(`The production endpoint ${name} disappeared. Run the promotion again to create it.`);
      const updating = endpoint.update && endpoint.update.status === 'Updating';
      if (endpoint.status === 'Failed' || endpoint.update?.status === 'UpdateFailed') {
        throw new UserError(
          `The production endpoint ${name} failed${endpoint.failureMessage ? `: ${endpoint.failureMessage}` : ''}. Fix it in the Bedrock console, then run the promotion again.`,
        );
      }
      if (endpoint.status === 'Active' && !updating) {
        if (endpoint.modelArn === modelArn) break;
        io.info(`Pointing the production endpoint ${name} at ${modelArn} (was ${endpoint.modelArn}).`);
        try {
          await deployments.update(endpoint.arn, modelArn);
        } catch (error) {
          // Another update is under way (a concurrent promotion): wait for it, then decide again.
          if ((error as { name?: string }).name !== 'ConflictException') throw error;
        }
      }
      await pause();
      endpoint = await deployments.get(endpoint.arn);
    }
    await check(endpoint.arn, options);
    return endpoint.arn;
  } catch (error) {
    throw awsFailure(`Could not point the production endpoint ${name} at ${modelArn}`, error, hint);
  }
}

async function check(arn: string, options: EndpointOptions): Promise<void> {
  const probe = options.probe;
  try {
    const reply = await options.runtime.converse(
      arn,
      probe?.system ?? [],
      probe?.messages ?? [{ role: 'user', content: [{ text: 'Hello' }] }],
      64,
    );
    if (!reply.text.trim()) throw new Error('the endpoint answered with no text');
    options.io.info(
      `Checked the endpoint with one real inference call: ${JSON.stringify(reply.text.slice(0, 60))} in ${reply.latencyMs} ms.`,
    );
  } catch (error) {
    throw awsFailure(
      `The production endpoint answers no inference call`,
      error,
      "Check the deployment in the Bedrock console and the role's bedrock:InvokeModel permission.",
    );
  }
}
