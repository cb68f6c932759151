import os from 'node:os';
import path from 'node:path';
import { appendFile } from 'node:fs/promises';
import type { OutputName } from '../interface.js';
import type { Io, Location } from './io.js';
import { printable } from './printable.js';

export interface TerminalOptions {
  readonly verbose?: boolean;
  /** a file the job summary is appended to, when asked for */
  readonly summaryFile?: string;
  readonly out?: (line: string) => void;
  readonly err?: (line: string) => void;
}

/** The CLI's side: `file:line: severity: message`, as compilers and linters print. */
export function terminalIo(options: TerminalOptions = {}): Io & { readonly outputs: Map<OutputName, string> } {
  // One line per call, whatever the message holds: control characters are shown, not obeyed.
  const write = (stream: NodeJS.WriteStream) => (l: string) => stream.write(`${printable(l)}\n`);
  const out = options.out ?? write(process.stdout);
  const err = options.err ?? write(process.stderr);
  const secrets: string[] = [];
  const redact = (m: string) => secrets.reduce((acc, s) => acc.split(s).join('***'), m);
  const where = (at?: Location) => (at ? `${at.file}${at.line ? `:${at.line}` : ''}: ` : '');
  const outputs = new Map<OutputName, string>();
  const state = new Map<string, string>();
  return {
    outputs,
    saveState: (name, value) => {
      state.set(name, value);
    },
    getState: (name) => state.get(name) ?? '',
    info: (m) => out(redact(m)),
    debug: (m) => {
      if (options.verbose) err(redact(`debug: ${m}`));
    },
    notice: (m, at) => err(redact(`${where(at)}notice: ${m}`)),
    warning: (m, at) => err(redact(`${where(at)}warning: ${m}`)),
    error: (m, at) => err(redact(`${where(at)}error: ${m}`)),
    group: async (name, fn) => {
      out(redact(`── ${name}`));
      return fn();
    },
    setOutput: (name, value) => {
      outputs.set(name, String(value));
    },
    setSecret: (value) => {
      if (value) secrets.push(value);
    },
    summary: async (markdown) => {
      if (options.summaryFile) await appendFile(options.summaryFile, `${markdown}\n`);
    },
    tempDir: path.join(os.tmpdir(), 'bedrock-model-ci'),
  };
}
