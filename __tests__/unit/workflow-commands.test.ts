// The action writes GitHub's workflow-command protocol itself (src/io/workflow-commands.ts) rather
// than through @actions/core's index (which loads an HTTP client at start-up). What reaches the log
// and the command files must be exactly what @actions/core writes for the same calls.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as core from '@actions/core';
import * as ours from '../../src/io/workflow-commands.js';

/** What `fn` writes to stdout (synchronous calls only: the test runner is not writing meanwhile). */
async function stdoutOf(fn: () => unknown): Promise<string> {
  const written: string[] = [];
  const write = process.stdout.write;
  process.stdout.write = ((chunk: string | Uint8Array) => {
    written.push(String(chunk));
    return true;
  }) as typeof process.stdout.write;
  try {
    await fn();
  } finally {
    process.stdout.write = write;
  }
  return written.join('');
}

/** Runs `fn` with these environment variables, restoring them after. */
async function withEnv<T>(vars: Record<string, string | undefined>, fn: () => Promise<T>): Promise<T> {
  const saved = Object.fromEntries(Object.keys(vars).map((k) => [k, process.env[k]]));
  for (const [k, v] of Object.entries(vars)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  try {
    return await fn();
  } finally {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}

// Text a pull request could put in a message: newlines, percent signs, colons, commas, a command.
const HOSTILE = 'line 1\r\n::error::forged 100% done, a:b\n%0A';
const AT = { file: 'data/train, v2.jsonl', startLine: 7 };

describe('workflow commands', () => {
  it('annotations, debug lines, masks and log text are written as @actions/core writes them', async () => {
    await withEnv({ GITHUB_OUTPUT: undefined, GITHUB_STATE: undefined }, async () => {
      const pairs: Array<[() => void, () => void]> = [
        [() => core.warning(HOSTILE, AT), () => ours.annotate('warning', HOSTILE, AT)],
        [() => core.error(HOSTILE, AT), () => ours.annotate('error', HOSTILE, AT)],
        [() => core.notice(HOSTILE), () => ours.annotate('notice', HOSTILE)],
        [() => core.debug(HOSTILE), () => ours.annotate('debug', HOSTILE)],
        [() => core.setSecret(HOSTILE), () => ours.setSecret(HOSTILE)],
        [() => core.info('plain'), () => ours.info('plain')],
        [() => core.setOutput('model-arn', HOSTILE), () => ours.setOutput('model-arn', HOSTILE)],
        [() => core.saveState('job-arn', HOSTILE), () => ours.saveState('job-arn', HOSTILE)],
      ];
      for (const [theirs, mine] of pairs) {
        const expected = await stdoutOf(theirs);
        assert.ok(expected.length > 0);
        assert.equal(await stdoutOf(mine), expected);
      }
      assert.doesNotMatch(await stdoutOf(() => ours.annotate('warning', HOSTILE, AT)), /\n::error::forged/);
      const grouped = await stdoutOf(() => ours.group('Validate', async () => ours.info('inside')));
      assert.equal(grouped, await stdoutOf(() => core.group('Validate', async () => core.info('inside'))));
    });
  });

  it('outputs and state go to the command files, with a delimiter the value cannot end early', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'bmci-commands-'));
    const files = { GITHUB_OUTPUT: path.join(dir, 'output'), GITHUB_STATE: path.join(dir, 'state') };
    const write = async (api: typeof ours | typeof core) => {
      for (const f of Object.values(files)) writeFileSync(f, '');
      await withEnv(files, async () => {
        api.setOutput('report', `multi\nline ${HOSTILE}`);
        api.saveState('eval-resources', '[]');
      });
      // Each file command has its own random delimiter.
      const read = (f: string) => readFileSync(f, 'utf8').replace(/ghadelimiter_[0-9a-f-]+/g, 'DELIMITER');
      return [read(files.GITHUB_OUTPUT), read(files.GITHUB_STATE)];
    };
    const [output, state] = await write(ours);
    assert.deepEqual([output, state], await write(core));
    assert.match(output!, /^report<<DELIMITER\nmulti\nline /);
  });

  it('reads inputs and state as @actions/core does', async () => {
    await withEnv(
      { 'INPUT_TRAINING-DATA': '  data/train.jsonl \n', INPUT_MY_INPUT: 'x', STATE_JOB: 'arn' },
      async () => {
        assert.equal(ours.getInput('training-data'), core.getInput('training-data'));
        assert.equal(ours.getInput('my input'), 'x');
        assert.equal(ours.getInput('missing'), '');
        assert.equal(ours.getState('JOB'), core.getState('JOB'));
      },
    );
  });

  it('the job summary is appended to as @actions/core appends to it', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'bmci-summary-'));
    const file = path.join(dir, 'summary');
    const write = async (append: (markdown: string) => Promise<unknown>) => {
      writeFileSync(file, '# before\n');
      await withEnv({ GITHUB_STEP_SUMMARY: file }, async () => {
        await append(`## one ${HOSTILE}`);
        await append('| a |\n|---|');
      });
      return readFileSync(file, 'utf8');
    };
    assert.equal(await write((m) => ours.appendSummary(m)), await write((m) => core.summary.addRaw(m, true).write()));
    await withEnv({ GITHUB_STEP_SUMMARY: undefined }, async () => {
      await assert.rejects(ours.appendSummary('x'), /GITHUB_STEP_SUMMARY/);
    });
  });

  it('a failed step exits 1 with an error annotation', async () => {
    const exitCode = process.exitCode;
    try {
      assert.equal(await stdoutOf(() => ours.setFailed('no')), await stdoutOf(() => core.setFailed('no')));
      assert.equal(process.exitCode, 1);
    } finally {
      process.exitCode = exitCode;
    }
  });
});
