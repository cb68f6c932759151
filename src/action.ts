import * as core from '@actions/core';
import { messageOf } from './errors.js';
import { STATE } from './interface.js';
import { actionsIo } from './io/actions.js';
import { defaultDeps, execute } from './main.js';
import { parseSettings, withDefaults } from './settings.js';

const read = withDefaults((name) => core.getInput(name));

/** The action's main step, as the runner starts it. */
export async function run(): Promise<void> {
  const io = actionsIo();
  // The runner cancels with SIGINT (then SIGTERM): note it for the post step, which may stop the job.
  const onCancel = (signal: string) => {
    io.saveState(STATE.cancelled, 'true');
    io.warning(`The workflow was cancelled (${signal}).`);
    process.exit(1);
  };
  process.once('SIGINT', () => onCancel('SIGINT'));
  process.once('SIGTERM', () => onCancel('SIGTERM'));
  const outcome = await execute(io, read);
  if (!outcome.ok) core.setFailed(outcome.message ?? 'failed');
}

/** The post step: with `stop-on-cancel: true`, stops the training job of a cancelled run. Best effort. */
export async function post(): Promise<void> {
  const io = actionsIo();
  const jobArn = io.getState(STATE.jobArn);
  if (!jobArn || io.getState(STATE.cancelled) !== 'true') return;
  try {
    const deps = defaultDeps();
    const settings = parseSettings(read, deps.env);
    if (!settings.stopOnCancel) {
      io.info(
        `The workflow was cancelled; training job ${jobArn} keeps running ('stop-on-cancel' is false). The next run with the same data picks it up.`,
      );
      return;
    }
    const aws = await deps.aws(settings, io);
    try {
      const { BedrockJobs } = await import('./aws/bedrock-jobs.js');
      const jobs = new BedrockJobs(aws.bedrock);
      const job = await jobs.get(jobArn);
      if (job?.status === 'InProgress') {
        await jobs.stop(jobArn);
        io.notice(`Stopped training job ${job.name} because the workflow was cancelled ('stop-on-cancel: true').`);
      } else {
        io.info(`Training job ${jobArn} is ${job?.status ?? 'gone'}; nothing to stop.`);
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
