// The built dist/index.js, started as the runner starts it, on the example and on broken data.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT, runAction } from '../../sandbox/runner.js';
import { validateDatasets } from '../../src/dataset/validate.js';
import { scratchDir, settingsFor } from '../helpers/io.js';

const EXAMPLE = {
  command: 'validate',
  'training-data': 'examples/atis-intents/train.jsonl',
  'test-data': 'examples/atis-intents/test.jsonl',
};

describe('validate, as a workflow step', () => {
  it('validates the example: exit 0, outputs, a summary, no annotations', async () => {
    const r = await runAction({ inputs: EXAMPLE, post: false });
    assert.equal(r.exitCode, 0, r.stdout);
    assert.equal(r.outputs.records, '2000');
    assert.match(r.outputs['dataset-hash']!, /^[0-9a-f]{64}$/);
    const report = JSON.parse(readFileSync(r.outputs['report-path']!, 'utf8'));
    assert.equal(report.ok, true);
    assert.deepEqual(
      report.files.map((f: { role: string; records: number }) => [f.role, f.records]),
      [
        ['training', 2000],
        ['test', 300],
      ],
    );
    assert.match(r.summary, /✅ \*\*Datasets valid\*\* — 2,000 training records/);
    assert.match(r.summary, /\| `flight` \| 1,396 \| 69\.8 % \| 200 \| 66\.7 % \|/);
    assert.deepEqual(r.annotations, []);
  });

  it('validates a large file in worker threads, with the annotations of a single pass', async () => {
    // 15 copies of the example with a few defects: over the 16 MB at which the bundle starts workers.
    const lines = readFileSync(path.join(ROOT, 'examples/atis-intents/train.jsonl'), 'utf8').trim().split('\n');
    const copies = Array.from({ length: 15 }, (_, k) =>
      lines.map((l, i) => (i === 7 * k ? l.replace('"schemaVersion":"bedrock-conversation-2024",', '') : l)),
    );
    const file = path.join(scratchDir('bmci-large'), 'large.jsonl');
    writeFileSync(file, copies.flat().join('\n') + '\n{"messages": oops}\n');
    const r = await runAction({ inputs: { command: 'validate', 'training-data': file }, post: false });
    assert.equal(r.exitCode, 1);
    assert.equal(r.outputs.records, '30000');
    const single = await validateDatasets(settingsFor({ 'training-data': file }), {
      workers: 1,
      chunkBytes: 1 << 30,
      minBytes: 0,
    });
    const expected = single.problems.map((p) => [
      p.severity === 'error' ? 'error' : 'warning',
      p.line,
      `${p.message} [${p.rule}]`,
    ]);
    const seen = r.annotations
      .filter((a) => a.file)
      .map((a) => [a.level, a.line === undefined ? undefined : Number(a.line), a.message]);
    assert.deepEqual(seen, expected);
    assert.ok(seen.some((a) => a[2]!.toString().endsWith('[schema/schema-version]') && a[1] === 2001 + 7));
    assert.match(
      r.stdout,
      /Dataset validation failed: \d+ error\(s\) \(schema\/schema-version ×15, jsonl\/invalid-json ×1, count\/too-many ×1\)/,
    );
  });

  it('annotates each problem on its file and line and fails with a one-line cause', async () => {
    const r = await runAction({
      inputs: { command: 'validate', 'training-data': '__tests__/fixtures/datasets/secret-aws-key.jsonl', pii: 'off' },
      post: false,
    });
    assert.equal(r.exitCode, 1);
    const [problem, failure] = r.annotations;
    assert.deepEqual(
      { ...problem, message: undefined },
      { level: 'error', file: '__tests__/fixtures/datasets/secret-aws-key.jsonl', line: 5, message: undefined },
    );
    assert.match(problem!.message, /AWS access key id \(AKIA…\).*\[secret\/aws-access-key\]$/);
    assert.doesNotMatch(r.stdout, /AKIAIOSFODNN7EXAMPLE/, 'the key itself is never printed');
    assert.equal(failure!.level, 'error');
    assert.match(failure!.message, /^Dataset validation failed: 1 error\(s\) \(secret\/aws-access-key ×1\)/);
    assert.equal(r.annotations.length, 2);
  });

  it('caps annotations per rule and says how many more there are', async () => {
    const r = await runAction({
      inputs: { command: 'validate', 'training-data': '__tests__/fixtures/datasets/many-errors.jsonl' },
      post: false,
    });
    assert.equal(r.exitCode, 1);
    const perRule = r.annotations.filter((a) => a.message.endsWith('[schema/last-turn]'));
    assert.equal(perRule.length, 20);
    assert.ok(
      r.log.some(
        (l) =>
          l === '40 more error(s) of rule schema/last-turn not shown; the summary and the JSON report count them all.',
      ),
      r.log.join('\n'),
    );
    assert.match(r.summary, /\| `schema\/last-turn` \| error \| 60 \|/);
  });

  it('names the commands when given one that does not exist', async () => {
    const r = await runAction({ inputs: { ...EXAMPLE, command: 'deploy' }, post: false });
    assert.equal(r.exitCode, 1);
    assert.equal(
      r.annotations.at(-1)!.message,
      "Input 'command' is 'deploy'. Expected one of: run, validate, evaluate, promote, rollback, doctor, prune, monitor.",
    );
  });

  it('names the input when a value is wrong, before reading any data', async () => {
    const r = await runAction({ inputs: { ...EXAMPLE, 'compare-base': 'ture' }, post: false });
    assert.equal(r.exitCode, 1);
    assert.equal(r.annotations.at(-1)!.message, "Input 'compare-base' is 'ture'. Expected a boolean: true or false.");
    assert.equal(r.outputs.records, undefined);
  });
});

describe('what validate reads, and what it prints of it', () => {
  it("reads datasets only from the checkout: no path or committed symbolic link leads to the runner's files", async () => {
    // A file of the runner's, outside the workspace, that a pull request would like to read.
    const secret = path.join(mkdtempSync(path.join(os.tmpdir(), 'bmci-runner-')), 'credentials');
    writeFileSync(secret, 'root:x:0:0:SECRET-TOKEN-0123456789\n');
    const dir = scratchDir('bmci-links');
    symlinkSync(secret, path.join(dir, 'train.jsonl'));
    const relative = path.relative(ROOT, dir);
    const run = (inputs: Record<string, string>) =>
      runAction({ inputs: { command: 'validate', ...inputs }, post: false });

    const linked = await run({ 'training-data': `${relative}/train.jsonl` });
    assert.equal(linked.exitCode, 1);
    assert.match(
      linked.annotations[0]!.message,
      /^Input 'training-data' leads outside the repository checkout \(GITHUB_WORKSPACE\) through a symbolic link.*\[file\/outside-workspace\]$/,
    );
    const direct = await run({ 'training-data': secret });
    assert.match(direct.annotations[0]!.message, /\[file\/outside-workspace\]$/);
    for (const r of [linked, direct])
      assert.ok(!`${r.stdout}${r.stderr}${r.summary}`.includes('SECRET-TOKEN'), 'the file is never quoted');

    // A link that stays inside the checkout is refused too, unless allowed.
    symlinkSync(path.join(ROOT, 'examples/atis-intents/train.jsonl'), path.join(dir, 'inside.jsonl'));
    const inside = await run({ 'training-data': `${relative}/inside.jsonl` });
    assert.match(
      inside.annotations[0]!.message,
      /is reached through a symbolic link.*'allow-symlinks: true'.*\[file\/symlink\]$/,
    );
    const allowed = await run({ 'training-data': `${relative}/inside.jsonl`, 'allow-symlinks': 'true' });
    assert.equal(allowed.exitCode, 0, allowed.stdout);
  });

  it('never quotes a line that is not JSON, and shows control characters instead of obeying them', async () => {
    const dir = scratchDir('bmci-controls');
    const ok = (extra: Record<string, unknown>) =>
      JSON.stringify({
        schemaVersion: 'bedrock-conversation-2024',
        messages: [
          { role: 'user', content: [{ text: 'hi' }] },
          { role: 'assistant', content: [{ text: 'flight' }] },
        ],
        ...extra,
      });
    const lines = [
      ...Array.from({ length: 9 }, () => ok({})),
      ok({ 'x\r::stop-commands::pwned\n::error file=a.txt::forged annotation': 1 }),
      'root:x:0:0:SECRET-TOKEN-0123456789',
    ];
    const file = path.join(dir, 'train.jsonl');
    writeFileSync(file, lines.join('\n') + '\n');
    const relative = path.relative(ROOT, file);
    for (const r of [
      spawnSync(process.execPath, [path.join(ROOT, 'dist/cli/index.js'), 'validate', '--training-data', relative], {
        cwd: ROOT,
        encoding: 'utf8',
      }),
      await runAction({ inputs: { command: 'validate', 'training-data': relative }, post: false }),
    ]) {
      const printed = `${r.stdout}\n${r.stderr}`;
      assert.ok(!printed.includes('SECRET-TOKEN'), 'the invalid line is described, not echoed');
      assert.match(printed, /Not valid JSON: Unexpected token \(the line is not JSON from its first characters\)/);
      const commands = printed
        .split(/\r?\n|\r/)
        .filter((l) => l.startsWith('::') && !/^::(warning|error|debug|add-mask|group|endgroup)/.test(l));
      assert.deepEqual(commands, [], 'no workflow command from the data');
      assert.ok(!printed.split(/\r?\n|\r/).some((l) => l.startsWith('::error file=a.txt')), 'no forged annotation');
      assert.match(printed, /Field 'x\\r::stop-commands::pwned\\n::error file=a\.txt::forged[^']*' is not part of/);
    }
  });
});
