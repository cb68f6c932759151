import os from 'node:os';
import path from 'node:path';
import type { Io, Location } from './io.js';
import { printable } from './printable.js';
import * as core from './workflow-commands.js';

const props = (at?: Location): core.AnnotationProperties | undefined =>
  at ? { file: at.file, startLine: at.line } : undefined;

/** The runner's side: workflow commands, annotations, outputs and the job summary. */
export function actionsIo(env: NodeJS.ProcessEnv = process.env): Io {
  return {
    // info writes its text raw: a newline in it could start a workflow command. Annotations
    // (notice, warning, error) are escaped by the command writer.
    info: (m) => core.info(printable(m)),
    debug: (m) => core.annotate('debug', printable(m)),
    notice: (m, at) => core.annotate('notice', m, props(at)),
    warning: (m, at) => core.annotate('warning', m, props(at)),
    error: (m, at) => core.annotate('error', m, props(at)),
    group: (name, fn) => core.group(printable(name), fn),
    setOutput: (name, value) => core.setOutput(name, String(value)),
    saveState: (name, value) => core.saveState(name, value),
    getState: (name) => core.getState(name),
    setSecret: (value) => core.setSecret(value),
    summary: async (markdown) => {
      if (!env.GITHUB_STEP_SUMMARY) return;
      await core.appendSummary(markdown);
    },
    tempDir: path.join(env.RUNNER_TEMP || os.tmpdir(), 'bedrock-model-ci'),
  };
}
