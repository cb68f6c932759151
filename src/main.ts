import { UserError, messageOf } from './errors.js';
import type { Command } from './interface.js';
import type { Io } from './io/io.js';
import { parseCommand, parseSettings, type InputReader, type Settings } from './settings.js';
import { validate } from './commands/validate.js';

type Handler = (settings: Settings, io: Io) => Promise<unknown>;

const HANDLERS: Partial<Record<Command, Handler>> = {
  validate,
};

export interface Outcome {
  readonly ok: boolean;
  /** one line: what failed and what to do */
  readonly message?: string;
}

/** Parses every input once, then runs the command. The one place failures are turned into a message. */
export async function execute(io: Io, read: InputReader, env: NodeJS.ProcessEnv = process.env): Promise<Outcome> {
  try {
    const command = parseCommand(read);
    const handler = HANDLERS[command];
    if (!handler) {
      throw new UserError(`Command '${command}' is not implemented in this version of bedrock-model-ci. Available: ${Object.keys(HANDLERS).join(', ')}.`);
    }
    const settings = parseSettings(read, env);
    if (settings.githubToken) io.setSecret(settings.githubToken);
    io.debug(`settings: ${JSON.stringify({ ...settings, githubToken: settings.githubToken ? '***' : undefined, ignoreRules: [...settings.ignoreRules], baseModel: settings.baseModel.id })}`);
    await handler(settings, io);
    return { ok: true };
  } catch (error) {
    if (error instanceof UserError) return { ok: false, message: error.message };
    const detail = error instanceof Error && error.stack ? error.stack : messageOf(error);
    io.debug(detail);
    return { ok: false, message: `Unexpected error: ${messageOf(error)}. This is likely a bug in bedrock-model-ci: re-run with debug logging (ACTIONS_STEP_DEBUG=true) and report it with the log.` };
  }
}
