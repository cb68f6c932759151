// The runner's side of a step, written here from GitHub's documented protocol ("Workflow commands
// for GitHub Actions": `::name key=value::data` on stdout; GITHUB_OUTPUT, GITHUB_STATE and
// GITHUB_STEP_SUMMARY files). Why not @actions/core: its index loads its HTTP client (undici, for
// OIDC tokens) at import, about 90 ms of every step's start-up, and its lower modules are not
// exported. main.ts imports @actions/core for the one OIDC call. A test checks that every call here
// writes exactly what @actions/core writes, hostile text included, so a drift fails CI.
import { randomUUID } from 'node:crypto';
import { appendFileSync, existsSync } from 'node:fs';
import { access, appendFile } from 'node:fs/promises';
import { constants } from 'node:fs';
import os from 'node:os';

/** Where an annotation points (as @actions/core's AnnotationProperties). */
export interface AnnotationProperties {
  readonly title?: string;
  readonly file?: string;
  readonly startLine?: number;
  readonly endLine?: number;
  readonly startColumn?: number;
  readonly endColumn?: number;
}

// Escaping: data may hold % and line breaks; properties also : and , (the command's own separators).
const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

function issueCommand(command: string, properties: Record<string, string | number | undefined>, message: string) {
  const props = Object.entries(properties)
    .filter(([, v]) => v !== undefined && v !== '' && v !== 0)
    .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
    .join(',');
  process.stdout.write(`::${command}${props ? ` ${props}` : ''}::${escapeData(message)}${os.EOL}`);
}

/** Appends `name<<delimiter` … `delimiter` to a file command: a random delimiter the value cannot end early. */
function issueFileCommand(file: 'OUTPUT' | 'STATE', name: string, value: string): void {
  const path = process.env[`GITHUB_${file}`]!;
  if (!existsSync(path)) throw new Error(`Missing file at path: ${path}`);
  const delimiter = `ghadelimiter_${randomUUID()}`;
  if (name.includes(delimiter) || value.includes(delimiter))
    throw new Error(`Unexpected input: the value contains the delimiter "${delimiter}"`);
  appendFileSync(path, `${name}<<${delimiter}${os.EOL}${value}${os.EOL}${delimiter}${os.EOL}`, { encoding: 'utf8' });
}

/** An input of the step, trimmed; '' when not given. */
export function getInput(name: string): string {
  return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '').trim();
}

/** Text on the log, as it is (callers make it printable). */
export function info(message: string): void {
  process.stdout.write(message + os.EOL);
}

/** A debug line, or an annotation (notice, warning, error) at a file and line. */
export function annotate(
  kind: 'debug' | 'notice' | 'warning' | 'error',
  message: string,
  at: AnnotationProperties = {},
): void {
  issueCommand(
    kind,
    {
      title: at.title,
      file: at.file,
      line: at.startLine,
      endLine: at.endLine,
      col: at.startColumn,
      endColumn: at.endColumn,
    },
    message,
  );
}

export async function group<T>(name: string, fn: () => Promise<T>): Promise<T> {
  issueCommand('group', {}, name);
  try {
    return await fn();
  } finally {
    issueCommand('endgroup', {}, '');
  }
}

export function setOutput(name: string, value: string): void {
  if (process.env.GITHUB_OUTPUT) return issueFileCommand('OUTPUT', name, value);
  process.stdout.write(os.EOL);
  issueCommand('set-output', { name }, value);
}

/** State for the post step. */
export function saveState(name: string, value: string): void {
  if (process.env.GITHUB_STATE) return issueFileCommand('STATE', name, value);
  issueCommand('save-state', { name }, value);
}

export function getState(name: string): string {
  return process.env[`STATE_${name}`] || '';
}

/** Masks a value in the log from here on. */
export function setSecret(value: string): void {
  issueCommand('add-mask', {}, value);
}

/** Fails the step with an error annotation. */
export function setFailed(message: string): void {
  process.exitCode = 1;
  annotate('error', message);
}

/** Appends markdown (and a line break) to the job summary. */
export async function appendSummary(markdown: string): Promise<void> {
  const path = process.env.GITHUB_STEP_SUMMARY;
  if (!path)
    throw new Error(
      'Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.',
    );
  try {
    await access(path, constants.R_OK | constants.W_OK);
  } catch {
    throw new Error(`Unable to access summary file: '${path}'. Check if the file has correct read/write permissions.`);
  }
  await appendFile(path, markdown + os.EOL, { encoding: 'utf8' });
}
