import os from 'node:os';
import path from 'node:path';
import { mkdirSync, mkdtempSync } from 'node:fs';
import type { OutputName } from '../../src/interface.js';
import type { Io, Location } from '../../src/io/io.js';
import { parseSettings, withDefaults, type InputReader } from '../../src/inputs.js';
import type { Settings } from '../../src/settings.js';
import type { InputName } from '../../src/interface.js';

export interface Said {
  level: 'info' | 'debug' | 'notice' | 'warning' | 'error';
  message: string;
  at?: Location;
}

/** An Io that remembers everything the user would have seen. */
export function memoryIo() {
  const said: Said[] = [];
  const outputs = new Map<OutputName, string>();
  const summaries: string[] = [];
  const secrets: string[] = [];
  const state = new Map<string, string>();
  const io: Io = {
    saveState: (name, value) => state.set(name, value),
    getState: (name) => state.get(name) ?? '',
    info: (message) => said.push({ level: 'info', message }),
    debug: (message) => said.push({ level: 'debug', message }),
    notice: (message, at) => said.push({ level: 'notice', message, at }),
    warning: (message, at) => said.push({ level: 'warning', message, at }),
    error: (message, at) => said.push({ level: 'error', message, at }),
    group: async (_name, fn) => fn(),
    setOutput: (name, value) => outputs.set(name, String(value)),
    setSecret: (value) => secrets.push(value),
    summary: async (markdown) => {
      summaries.push(markdown);
    },
    tempDir: mkdtempSync(path.join(os.tmpdir(), 'bmci-test-')),
  };
  return { io, said, outputs, summaries, secrets, state };
}

export const FIXTURES = path.resolve(
  import.meta.dirname ?? path.dirname(new URL(import.meta.url).pathname),
  '..',
  'fixtures',
  'datasets',
);
export const ROOT = path.resolve(FIXTURES, '..', '..', '..');

/**
 * A fresh folder for generated datasets inside the checkout (.scratch/, git-ignored): on a runner
 * the action reads datasets only from the workspace.
 */
export function scratchDir(prefix: string): string {
  const base = path.join(ROOT, '.scratch');
  mkdirSync(base, { recursive: true });
  return mkdtempSync(path.join(base, `${prefix}-`));
}

/** A reader over plain values, with the action's defaults for the rest. */
export function reader(values: Partial<Record<InputName, string>>): InputReader {
  return withDefaults((name) => values[name] ?? '', {});
}

export function settingsFor(values: Partial<Record<InputName, string>>): Settings {
  return parseSettings(reader({ command: 'validate', ...values }), { GITHUB_WORKSPACE: ROOT });
}
