// The runner's side of a step: inputs, workflow commands, outputs and state, from @actions/core's own
// modules. Its index also loads its HTTP client (undici, for OIDC tokens): 90 ms of every step's
// start-up, for one call that only training makes (main.ts imports @actions/core for it then).
// These are the index's one-line wrappers over the same modules, which do the escaping. The modules
// are reached by path (the package exports only its index): the lockfile pins @actions/core, and a
// release that moves them fails the typecheck, not a run.
import os from 'node:os';
import type { AnnotationProperties } from '@actions/core';
import { issue, issueCommand } from '../../node_modules/@actions/core/lib/command.js';
import { issueFileCommand, prepareKeyValueMessage } from '../../node_modules/@actions/core/lib/file-command.js';
import { toCommandProperties, toCommandValue } from '../../node_modules/@actions/core/lib/utils.js';

export { summary } from '../../node_modules/@actions/core/lib/summary.js';
export type { AnnotationProperties };

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
  properties: AnnotationProperties = {},
): void {
  issueCommand(kind, toCommandProperties(properties), message);
}

export async function group<T>(name: string, fn: () => Promise<T>): Promise<T> {
  issue('group', name);
  try {
    return await fn();
  } finally {
    issue('endgroup');
  }
}

export function setOutput(name: string, value: string): void {
  if (process.env.GITHUB_OUTPUT) return issueFileCommand('OUTPUT', prepareKeyValueMessage(name, value));
  process.stdout.write(os.EOL);
  issueCommand('set-output', { name }, toCommandValue(value));
}

/** State for the post step. */
export function saveState(name: string, value: string): void {
  if (process.env.GITHUB_STATE) return issueFileCommand('STATE', prepareKeyValueMessage(name, value));
  issueCommand('save-state', { name }, toCommandValue(value));
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
