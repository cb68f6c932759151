// The built CLI (bin/bedrock-model-ci.js → dist/cli), started with the Node that runs `npm test`:
// Node 20 in CI, the oldest the package supports, while the end-to-end tests run on the action's 24.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../../sandbox/runner.js';
import { scratchDir } from '../helpers/io.js';

describe('the CLI', () => {
  const cli = (...args: string[]) =>
    spawnSync(process.execPath, [path.join(ROOT, 'bin/bedrock-model-ci.js'), ...args], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { PATH: process.env.PATH },
    });

  it('prints file:line: severity: message and exits 1 on errors', () => {
    const r = cli('validate', '--training-data', '__tests__/fixtures/datasets/blank-line.jsonl');
    assert.equal(r.status, 1);
    assert.match(
      r.stderr,
      /^__tests__\/fixtures\/datasets\/blank-line.jsonl:5: error: Blank line\. JSONL has exactly one record per line; delete this line\. \[jsonl\/blank-line\]$/m,
    );
    assert.match(r.stderr, /^error: Dataset validation failed/m);
  });

  it('exits 0 on the example and prints the outputs', () => {
    const r = cli(
      'validate',
      '--training-data',
      'examples/atis-intents/train.jsonl',
      '--test-data',
      'examples/atis-intents/test.jsonl',
    );
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^records: 2000$/m);
  });

  it('answers a mistyped flag or command in one line, with what was meant, and exit 2', () => {
    const flag = cli('validate', '--training-dat', 'x.jsonl');
    assert.equal(flag.status, 2);
    assert.equal(
      flag.stderr,
      "bedrock-model-ci: Unknown flag '--training-dat'. Did you mean '--training-data'? Run 'bedrock-model-ci --help' for the flags.\n",
    );
    const command = cli('valdate', '--training-data', 'x.jsonl');
    assert.equal(command.status, 2);
    assert.match(
      command.stderr,
      /^bedrock-model-ci: Unknown command 'valdate'\. Did you mean 'validate'\? Commands: run, validate, evaluate, promote, rollback, doctor, prune, monitor, convert\.\n$/,
    );
    const far = cli('validate', '--xyz', '1');
    assert.equal(far.stderr, "bedrock-model-ci: Unknown flag '--xyz'. Run 'bedrock-model-ci --help' for the flags.\n");
    const noValue = cli('validate', '--training-data');
    assert.equal(noValue.status, 2);
    assert.match(noValue.stderr, /Flag '--training-data' needs a value/);
    const other = cli('validate', '--training-data', 'x.jsonl', '--wait-minutes', '5');
    assert.equal(other.status, 2);
    assert.match(other.stderr, /'validate' does not read --wait-minutes \(run does\)/);
    for (const r of [flag, command, far, noValue, other])
      assert.doesNotMatch(r.stderr, /ERR_PARSE_ARGS|TypeError| {4}at /);
  });

  it("--help lists the commands; <command> --help and -h only that command's flags; --version", () => {
    const help = cli('--help');
    assert.equal(help.status, 0);
    for (const c of ['run', 'validate', 'evaluate', 'promote', 'rollback', 'doctor', 'prune', 'monitor', 'convert'])
      assert.match(help.stdout, new RegExp(`^  ${c} +\\S`, 'm'));
    const rollback = cli('rollback', '-h');
    assert.equal(rollback.status, 0);
    assert.match(rollback.stdout, /^Usage: bedrock-model-ci rollback/);
    assert.match(rollback.stdout, /^ {2}--to-version +For rollback: the registry version/m);
    assert.doesNotMatch(rollback.stdout, /--training-data|--wait-minutes/);
    const validate = cli('validate', '--help');
    assert.match(validate.stdout, /^ {2}--training-data +Training JSONL/m);
    assert.doesNotMatch(validate.stdout, /--s3-uri|--to-version/);
    const version = cli('--version');
    assert.equal(version.status, 0);
    assert.equal(version.stdout, `${JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version}\n`);
    const bare = cli();
    assert.equal(bare.status, 2);
    assert.match(bare.stderr, /^Usage: bedrock-model-ci <command>/);
  });

  it('convert --from openai writes Bedrock records that validate', () => {
    const dir = scratchDir('bmci-convert');
    const out = path.join(dir, 'train.jsonl');
    const r = cli('convert', '--from', 'openai', '__tests__/fixtures/datasets/openai-format.jsonl', out);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^wrote 12 record\(s\) to .*train\.jsonl \(12 with a system prompt\)\.$/m);
    const check = cli('validate', '--training-data', path.relative(ROOT, out));
    assert.doesNotMatch(check.stderr, /schema\//);
    const wrong = cli('convert', '--from', 'opnai', 'a.jsonl', 'b.jsonl');
    assert.equal(wrong.status, 2);
    assert.match(wrong.stderr, /--from 'opnai' is not a format this tool converts\. Did you mean 'openai'\?/);
  });
});
