import { messageOf } from './errors.js';
import { STATE } from './interface.js';
import { actionsIo } from './io/actions.js';
import { getInput, setFailed } from './io/workflow-commands.js';
import { defaultDeps, execute } from './main.js';
import { parseSettings, withDefaults } from './inputs.js';
import { EvaluationResources, parseTracked, type TrackedResource } from './lib/resources.js';
import type { Io } from './io/io.js';

/** Evaluation deployments and Provisioned Throughput a cancelled main step could not delete. */
async function deleteLeftovers(io: Io, leftovers: readonly TrackedResource[]): Promise<void> {
  let aws;
  try {
    aws = await defaultDeps().aws(parseSettings(read, process.env), io);
  } catch (error) {
    io.warning(
      `Could not clean up after the cancelled run: ${messageOf(error)}. Delete in the Bedrock console: ${leftovers.map((r) => r.arn).join(', ')}.`,
    );
    return;
  }
  try {
    const { Deployments } = await import('./aws/deployments.js');
    const deployments = new Deployments(aws.bedrock);
    for (const r of leftovers) {
      try {
        if (r.kind === 'provisioned') await deployments.deleteProvisioned(r.arn);
        else await deployments.delete(r.arn);
        io.info(
          `Deleted ${r.kind === 'provisioned' ? 'Provisioned Throughput' : 'evaluation deployment'} ${r.arn}, left by the cancelled run.`,
        );
      } catch (error) {
        if ((error as { name?: string }).name === 'ResourceNotFoundException') continue;
        io.warning(
          `Could not delete ${r.arn} after the cancelled run: ${messageOf(error)}. Delete it in the Bedrock console${r.kind === 'provisioned' ? ' now: it is billed by the hour' : ''}.`,
        );
      }
    }
  } finally {
    aws.destroy();
  }
}

const read = withDefaults((name) => getInput(name));

/** The action's main step, as the runner starts it. */
export async function run(): Promise<void> {
  const io = actionsIo();
  io.saveState(STATE.isPost, 'true');
  const resources = new EvaluationResources((json) => io.saveState(STATE.evalResources, json));
  // The runner cancels with SIGINT (then SIGTERM, then kills the step): note it for the post step,
  // which may stop the job and deletes what evaluation left, and release what we can meanwhile.
  let cancelling = false;
  const onCancel = async (signal: string) => {
    if (cancelling) return;
    cancelling = true;
    io.saveState(STATE.cancelled, 'true');
    io.warning(`The workflow was cancelled (${signal}): deleting the evaluation resources this run created.`);
    await resources.releaseAll(5_000);
    process.exit(1);
  };
  process.once('SIGINT', () => void onCancel('SIGINT'));
  process.once('SIGTERM', () => void onCancel('SIGTERM'));
  const outcome = await execute(io, read, { ...defaultDeps(), resources });
  if (!outcome.ok) setFailed(outcome.message ?? 'failed');
}

/**
 * The post step of a cancelled run: deletes the evaluation resources it left, and with
 * `stop-on-cancel: true` stops its training job. Best effort.
 */
export async function post(): Promise<void> {
  const io = actionsIo();
  if (io.getState(STATE.cancelled) !== 'true') return;
  const leftovers = parseTracked(io.getState(STATE.evalResources) || '[]');
  if (leftovers.length > 0) await deleteLeftovers(io, leftovers);
  // One ARN, or a sweep's, one per line.
  const jobArns = io.getState(STATE.jobArn).split('\n').filter(Boolean);
  if (jobArns.length === 0) return;
  const jobArn = jobArns.join(', ');
  try {
    const deps = defaultDeps();
    const settings = parseSettings(read, deps.env);
    if (!settings.stopOnCancel) {
      io.info(
        `The workflow was cancelled; training job${jobArns.length > 1 ? 's' : ''} ${jobArn} keep${jobArns.length > 1 ? '' : 's'} running ('stop-on-cancel' is false). The next run with the same data picks ${jobArns.length > 1 ? 'them' : 'it'} up.`,
      );
      return;
    }
    const aws = await deps.aws(settings, io);
    try {
      const { BedrockJobs } = await import('./aws/bedrock-jobs.js');
      const jobs = new BedrockJobs(aws.bedrock);
      for (const arn of jobArns) {
        const job = await jobs.get(arn);
        if (job?.status === 'InProgress') {
          await jobs.stop(arn);
          io.notice(`Stopped training job ${job.name} because the workflow was cancelled ('stop-on-cancel: true').`);
        } else {
          io.info(`Training job ${arn} is ${job?.status ?? 'gone'}; nothing to stop.`);
        }
      }
    } finally {
      aws.destroy();
    }
  } catch (error) {
    io.warning(
      `The post step could not stop training job ${jobArn}: ${messageOf(error)}. Stop it in the Bedrock console if it should not run on.`,
    );
  }
}
