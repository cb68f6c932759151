import { parseArgs } from 'node:util';
import { COMMANDS, INPUTS, type InputName } from './interface.js';
import { terminalIo } from './io/terminal.js';
import { defaultDeps, execute } from './main.js';
import { withDefaults } from './inputs.js';

const USAGE = `Usage: bedrock-model-ci <command> [--<input> value]...

Commands: ${COMMANDS.join(', ')}
Inputs are the action's inputs, as flags:
${INPUTS.map((i) => `  --${i.name}${i.default && !i.default.startsWith('$') ? ` (default ${i.default})` : ''}`).join('\n')}
Other flags:
  --summary-file <path>  append the job summary (markdown) to this file
  --verbose              print debug lines
  --help                 this text

Example:
  npx bedrock-model-ci validate --training-data data/train.jsonl --test-data data/test.jsonl`;

/** The same commands outside GitHub Actions. Returns the process exit code. */
export async function cli(argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const options: Record<string, { type: 'string' | 'boolean' }> = {
    help: { type: 'boolean' },
    verbose: { type: 'boolean' },
    'summary-file': { type: 'string' },
  };
  for (const i of INPUTS) options[i.name] = { type: 'string' };
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${USAGE}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help || positionals.length === 0) {
    process.stdout.write(`${USAGE}\n`);
    return values.help ? 0 : 2;
  }
  if (positionals.length > 1 || values.command !== undefined) {
    process.stderr.write(
      `Give the command once, as the first word (got: ${[...positionals, values.command].filter(Boolean).join(', ')}).\n`,
    );
    return 2;
  }
  const flags = values as Record<string, string | boolean | undefined>;
  const read = withDefaults(
    (name: InputName) => (name === 'command' ? positionals[0]! : String(flags[name] ?? '')),
    env,
  );
  const io = terminalIo({
    verbose: Boolean(values.verbose),
    summaryFile: values['summary-file'] as string | undefined,
  });
  const outcome = await execute(io, read, defaultDeps(env));
  for (const [name, value] of io.outputs) io.info(`${name}: ${value}`);
  if (!outcome.ok) {
    process.stderr.write(`error: ${outcome.message}\n`);
    return 1;
  }
  return 0;
}
