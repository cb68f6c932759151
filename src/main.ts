import { UserError, messageOf } from './errors.js';
import type { Command } from './interface.js';
import type { Io } from './io/io.js';
import type { Deps } from './deps.js';
import { readContext } from './github/context.js';
import { parseCommand, parseSettings, type InputReader } from './inputs.js';
import type { Settings } from './settings.js';
import { DEFAULT_SCHEDULE, systemClock } from './lib/clock.js';

type Handler = (settings: Settings, io: Io, deps: Deps) => Promise<unknown>;

// Loaded when the command runs: `validate` (which runs on every pull request, forks included)
// starts without parsing the AWS SDK, a quarter of a second of start-up.
const HANDLERS: Partial<Record<Command, () => Promise<Handler>>> = {
  validate: async () => (await import('./commands/validate.js')).validate,
  run: async () => (await import('./commands/run.js')).run,
  evaluate: async () => (await import('./commands/evaluate.js')).evaluate,
  promote: async () => (await import('./commands/promote.js')).promote,
  rollback: async () => (await import('./commands/rollback.js')).rollback,
  doctor: async () => (await import('./commands/doctor.js')).doctor,
  prune: async () => (await import('./commands/prune.js')).prune,
  monitor: async () => (await import('./commands/monitor.js')).monitor,
};

export interface Outcome {
  readonly ok: boolean;
  /** one line: what failed and what to do */
  readonly message?: string;
}

/** The real world: the runner's context, the system clock, OIDC through @actions/core, the SDK. */
export function defaultDeps(env: NodeJS.ProcessEnv = process.env): Deps {
  const context = readContext(env);
  // For the sandbox's tests only: shrinks the poll intervals (30 s … 5 min) and the SDK's retry
  // backoff by this factor.
  const scale = Number(env.BEDROCK_MODEL_CI_POLL_SCALE);
  const schedule =
    scale > 0 && scale <= 1
      ? {
          ...DEFAULT_SCHEDULE,
          initialMs: DEFAULT_SCHEDULE.initialMs * scale,
          maxMs: DEFAULT_SCHEDULE.maxMs * scale,
          commentMs: DEFAULT_SCHEDULE.commentMs * scale,
          minuteMs: DEFAULT_SCHEDULE.minuteMs * scale,
        }
      : DEFAULT_SCHEDULE;
  // Loaded when asked for: @actions/core's index brings its HTTP client (undici), about 90 ms of
  // start-up that only the commands reaching AWS need (the action logs through io/workflow-commands).
  const getIdToken = async (audience: string) => (await import('@actions/core')).getIDToken(audience);
  return {
    context,
    clock: systemClock,
    schedule,
    startedAt: Date.now(),
    env,
    getIdToken,
    aws: async (settings, io) =>
      (await import('./aws/clients.js')).createAwsClients({
        settings,
        io,
        context,
        getIdToken,
        env,
        backoffScale: schedule === DEFAULT_SCHEDULE ? 1 : scale,
      }),
  };
}

/** Parses every input once, then runs the command. The one place failures are turned into a message. */
export async function execute(io: Io, read: InputReader, deps: Deps = defaultDeps()): Promise<Outcome> {
  try {
    const command = parseCommand(read);
    const load = HANDLERS[command];
    if (!load) {
      throw new UserError(
        `Command '${command}' is not implemented in this version of bedrock-model-ci. Available: ${Object.keys(HANDLERS).join(', ')}.`,
      );
    }
    const settings = parseSettings(read, deps.env);
    if (settings.githubToken) io.setSecret(settings.githubToken);
    io.debug(
      `settings: ${JSON.stringify({ ...settings, githubToken: settings.githubToken ? '***' : undefined, ignoreRules: [...settings.ignoreRules], baseModel: settings.baseModel.id })}`,
    );
    const handler = await load();
    await handler(settings, io, deps);
    return { ok: true };
  } catch (error) {
    if (error instanceof UserError) return { ok: false, message: error.message };
    const detail = error instanceof Error && error.stack ? error.stack : messageOf(error);
    io.debug(detail);
    return {
      ok: false,
      message: `Unexpected error: ${messageOf(error)}. This is likely a bug in bedrock-model-ci: re-run with debug logging (ACTIONS_STEP_DEBUG=true) and report it with the log.`,
    };
  }
}
