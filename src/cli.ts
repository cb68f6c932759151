import path from 'node:path';
import { parseArgs } from 'node:util';
import { closest, distance } from 'fastest-levenshtein';
import packageJson from '../package.json' with { type: 'json' };
import { COMMANDS, COMMAND_SUMMARIES, INPUTS, type Command, type InputName, type InputSpec } from './interface.js';
import { terminalIo } from './io/terminal.js';
import { printable } from './io/printable.js';
import { defaultDeps, execute } from './main.js';
import { withDefaults } from './inputs.js';
import { FORMATS, convertFile, type Format } from './dataset/convert.js';

const NAME = 'bedrock-model-ci';

/** Commands of the CLI alone: nothing remote, no action input. */
const LOCAL_COMMANDS = {
  convert: "Convert a dataset from another tool's format to Bedrock's: convert --from openai <in.jsonl> <out.jsonl>.",
} as const;

/** The CLI's own flags, beside the inputs. */
const OWN_FLAGS: ReadonlyArray<{
  name: string;
  short?: string;
  value?: string;
  description: string;
  /** the one command that reads it */
  only?: string;
}> = [
  { name: 'help', short: 'h', description: 'this text; after a command, only its flags' },
  { name: 'version', description: "print the tool's version" },
  { name: 'verbose', description: 'print debug lines' },
  { name: 'summary-file', value: '<path>', description: 'append the job summary (markdown) to this file' },
  { name: 'from', value: '<format>', description: `the input's format: ${FORMATS.join(', ')}`, only: 'convert' },
];

const flagOf = (i: InputSpec) => i.flag ?? i.name;
const inputsOf = (command: Command) => INPUTS.filter((i) => i.commands.includes(command) && i.name !== 'command');

/** An input's description cut to its first sentence, for one line of help. */
function firstSentence(text: string): string {
  const end = text.search(/\.(\s|$)/);
  return (end < 0 ? text : text.slice(0, end + 1)).replace(/`/g, '');
}

function flagLine(flag: string, description: string, defaultValue = ''): string {
  const shown = defaultValue && !defaultValue.startsWith('$') ? ` (default ${defaultValue})` : '';
  return `  --${flag.padEnd(24)} ${description}${shown}`;
}

function commandHelp(command: Command): string {
  return [
    `Usage: ${NAME} ${command} [--<flag> <value>]...`,
    '',
    COMMAND_SUMMARIES[command],
    '',
    "Flags (the action's inputs of the same name; docs/reference.md has them in full):",
    ...inputsOf(command).map((i) => flagLine(flagOf(i), firstSentence(i.description), i.default)),
    ...OWN_FLAGS.filter((f) => f.name !== 'version' && !f.only).map((f) =>
      flagLine(`${f.name}${f.value ? ` ${f.value}` : ''}`, f.description),
    ),
  ].join('\n');
}

function usage(): string {
  const width = Math.max(...[...COMMANDS, ...Object.keys(LOCAL_COMMANDS)].map((c) => c.length));
  return [
    `Usage: ${NAME} <command> [--<flag> <value>]...`,
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.padEnd(width)}  ${COMMAND_SUMMARIES[c]}`),
    ...Object.entries(LOCAL_COMMANDS).map(([c, d]) => `  ${c.padEnd(width)}  ${d}`),
    '',
    `Each command's flags: ${NAME} <command> --help. Flags are the action's inputs (docs/reference.md).`,
    'Other flags:',
    ...OWN_FLAGS.filter((f) => !f.only).map((f) =>
      flagLine(`${f.name}${f.short ? `, -${f.short}` : ''}${f.value ? ` ${f.value}` : ''}`, f.description),
    ),
    '',
    'Exit codes: 0 done, 1 the command failed (invalid data, a failed gate, an AWS error), 2 a usage error.',
    '',
    'Example:',
    `  npx ${NAME} validate --training-data data/train.jsonl --test-data data/test.jsonl`,
  ].join('\n');
}

class UsageError extends Error {}

/** "Did you mean …?" for a word close to one of `known` (at most a third of it differs). */
function suggestion(word: string, known: readonly string[]): string {
  if (known.length === 0) return '';
  const best = closest(word, known as string[]);
  return distance(word, best) <= Math.max(2, Math.floor(best.length / 3)) ? ` Did you mean '${best}'?` : '';
}

interface Parsed {
  readonly command?: string;
  readonly rest: string[];
  readonly flags: Map<string, string>;
  readonly own: Set<string>;
}

/** The arguments, or a UsageError saying what is wrong in one line. No parser message reaches the user. */
function parse(argv: string[]): Parsed {
  const options: Record<string, { type: 'string' | 'boolean'; short?: string }> = {};
  for (const f of OWN_FLAGS)
    options[f.name] = { type: f.value ? 'string' : 'boolean', ...(f.short ? { short: f.short } : {}) };
  for (const i of INPUTS) if (i.name !== 'command') options[flagOf(i)] = { type: 'string' };
  const { tokens } = parseArgs({ args: argv, options, allowPositionals: true, strict: false, tokens: true });
  const flags = new Map<string, string>();
  const own = new Set<string>();
  const positionals: string[] = [];
  for (const token of tokens) {
    if (token.kind === 'positional') positionals.push(token.value);
    if (token.kind !== 'option') continue;
    const known = options[token.name];
    if (!known) {
      const dashes = token.rawName.startsWith('--') ? '--' : '-';
      const hint = suggestion(token.name, Object.keys(options));
      throw new UsageError(`Unknown flag '${dashes}${token.name}'.${hint.replace(/'([^']+)'/, "'--$1'")}`);
    }
    if (known.type === 'boolean') {
      if (token.value !== undefined) throw new UsageError(`Flag '--${token.name}' takes no value.`);
      own.add(token.name);
    } else if (token.value === undefined || token.value.startsWith('--')) {
      throw new UsageError(`Flag '--${token.name}' needs a value, e.g. --${token.name} <value>.`);
    } else {
      flags.set(token.name, token.value);
    }
  }
  const [command, ...rest] = positionals;
  return { command, rest, flags, own };
}

/** The same commands outside GitHub Actions. Returns the process exit code: 0, 1 failed, 2 usage. */
export async function cli(argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  let parsed: Parsed;
  try {
    parsed = parse(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`${NAME}: ${error.message} Run '${NAME} --help' for the flags.\n`);
    return 2;
  }
  const { command, rest, flags, own } = parsed;
  if (own.has('version')) {
    process.stdout.write(`${packageJson.version}\n`);
    return 0;
  }
  const usageError = (message: string) => {
    process.stderr.write(`${NAME}: ${message}\n`);
    return 2;
  };
  const commands = [...COMMANDS, ...Object.keys(LOCAL_COMMANDS)];
  if (command !== undefined && !commands.includes(command)) {
    return usageError(
      `Unknown command '${command}'.${suggestion(command, commands)} Commands: ${commands.join(', ')}.`,
    );
  }
  if (own.has('help')) {
    process.stdout.write(
      `${command === 'convert' ? convertHelp() : command ? commandHelp(command as Command) : usage()}\n`,
    );
    return 0;
  }
  if (command === undefined) {
    process.stderr.write(`${usage()}\n`);
    return 2;
  }
  if (command === 'convert') return convert(rest, flags);
  if (rest.length > 0)
    return usageError(`'${command}' takes flags only; '${rest[0]}' is not one. Run '${NAME} ${command} --help'.`);

  // A flag the command does not read is a mistake, not something to ignore silently.
  const accepted = new Set(inputsOf(command as Command).map(flagOf));
  for (const flag of flags.keys()) {
    const ownFlag = OWN_FLAGS.find((f) => f.name === flag);
    if (ownFlag?.only) return usageError(`--${flag} is a flag of '${ownFlag.only}' only.`);
    if (ownFlag) continue;
    if (!accepted.has(flag)) {
      const readers = INPUTS.find((i) => flagOf(i) === flag)!.commands;
      return usageError(
        `'${command}' does not read --${flag} (${readers.join(', ')} do${readers.length === 1 ? 'es' : ''}). Run '${NAME} ${command} --help'.`,
      );
    }
  }
  const byInput = new Map(INPUTS.map((i) => [i.name, flagOf(i)]));
  const read = withDefaults(
    (name: InputName) => (name === 'command' ? command : (flags.get(byInput.get(name)!) ?? '')),
    env,
  );
  const io = terminalIo({ verbose: own.has('verbose'), summaryFile: flags.get('summary-file') });
  const outcome = await execute(io, read, defaultDeps(env));
  for (const [name, value] of io.outputs) io.info(`${name}: ${value}`);
  if (!outcome.ok) {
    process.stderr.write(`error: ${outcome.message}\n`);
    return 1;
  }
  return 0;
}

function convertHelp(): string {
  return [
    `Usage: ${NAME} convert --from <format> <in.jsonl> <out.jsonl>`,
    '',
    LOCAL_COMMANDS.convert,
    `Formats: ${FORMATS.join(', ')} (OpenAI's chat fine-tuning JSONL: system/developer messages become the system prompt, string content becomes text blocks; tool calls and images are refused by line).`,
    'Writes nothing when a line cannot be converted; then validate the output: ' +
      `${NAME} validate --training-data <out.jsonl>.`,
  ].join('\n');
}

/** `convert --from openai <in> <out>`: prints what it did; every failed line as file:line: error. */
async function convert(rest: string[], flags: Map<string, string>): Promise<number> {
  const usageError = (message: string) => {
    process.stderr.write(`${NAME}: ${message} Run '${NAME} convert --help'.\n`);
    return 2;
  };
  const from = flags.get('from');
  const other = [...flags.keys()].find((f) => f !== 'from');
  if (other) return usageError(`'convert' does not read --${other}.`);
  if (!from) return usageError(`'convert' needs --from <format> (${FORMATS.join(', ')}).`);
  if (!(FORMATS as readonly string[]).includes(from))
    return usageError(
      `--from '${from}' is not a format this tool converts.${suggestion(from, FORMATS)} Formats: ${FORMATS.join(', ')}.`,
    );
  if (rest.length !== 2) return usageError(`'convert' takes an input and an output file (got ${rest.length}).`);
  const [input, output] = rest as [string, string];
  if (path.resolve(input) === path.resolve(output))
    return usageError('The output must be another file than the input.');
  let result;
  try {
    // on a runner, as for the datasets the action reads: the checkout's files only
    const workspace =
      process.env.GITHUB_ACTIONS === 'true' ? (process.env.GITHUB_WORKSPACE ?? process.cwd()) : undefined;
    result = await convertFile(from as Format, input, output, { workspace });
  } catch (error) {
    process.stderr.write(`error: could not convert '${input}': ${(error as Error).message}\n`);
    return 1;
  }
  if (result.problems.length) {
    for (const p of result.problems)
      process.stderr.write(`${printable(input)}:${p.line}: error: ${printable(p.message)}\n`);
    process.stderr.write(
      `error: ${result.problems.length > 20 ? 'more than 20' : result.problems.length} line(s) could not be converted; nothing was written. Fix them in '${printable(input)}' and run convert again.\n`,
    );
    return 1;
  }
  const notes = [
    `${result.withSystem} with a system prompt`,
    ...(result.unchanged ? [`${result.unchanged} already in Bedrock's format, kept as they were`] : []),
    ...(result.zeroWeights
      ? [
          `${result.zeroWeights} assistant turn(s) had weight 0: Bedrock trains on every assistant turn, so remove those turns if they must not be learned`,
        ]
      : []),
    ...Object.entries(result.dropped).map(
      ([key, n]) => `'${printable(key)}' dropped from ${n} record(s): Bedrock does not read it`,
    ),
  ];
  process.stdout.write(
    `wrote ${result.records} record(s) to ${printable(output)} (${notes.join('; ')}).\nNext: ${NAME} validate --training-data ${printable(output)}\n`,
  );
  return 0;
}
