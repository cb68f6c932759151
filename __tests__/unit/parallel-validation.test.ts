// Large files are validated by worker threads over byte ranges. Whatever the split, the report —
// every finding, its line, its message, their order, the counts and the file summaries — must be
// the one a single pass gives.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { validateDatasets } from '../../src/dataset/validate.js';
import type { InputName } from '../../src/interface.js';
import { ROOT, settingsFor } from '../helpers/io.js';

const D = path.join(ROOT, '__tests__/fixtures/datasets');
const read = (name: string) => readFileSync(path.join(D, `${name}.jsonl`));
const dir = mkdtempSync(path.join(os.tmpdir(), 'bmci-parallel-'));

/** Defects of every kind, several times over, so that they straddle range boundaries. */
function assemble(): string {
  const parts = [
    read('bom'), // line 1 only: a BOM counts at the start of the file
    read('many-errors'),
    read('duplicate'),
    read('conflicting-answer'),
    read('crlf'),
    read('blank-line'),
    read('invalid-json'),
    read('invalid-utf8'),
    read('prompt-inconsistent'),
    read('pii-email'),
    read('pii-card'),
    read('secret-aws-key'),
    read('mixed-modality'),
    read('many-errors'),
    read('duplicate'),
    read('train-10'),
    read('truncated'), // ends the file without a newline
  ];
  const file = path.join(dir, 'assembled.jsonl');
  writeFileSync(file, Buffer.concat(parts));
  return file;
}

describe('validation in worker threads', () => {
  const file = assemble();
  const cases: Array<[string, Partial<Record<InputName, string>>]> = [
    ['default policy', {}],
    ['pii as errors, a rule ignored', { pii: 'error', 'ignore-rules': 'dup/training' }],
    ['with a test set that leaks', { 'test-data': path.join(D, 'test-leak.jsonl'), leakage: 'error' }],
  ];
  for (const [title, inputs] of cases) {
    it(`gives exactly the single pass's report (${title})`, async () => {
      const settings = settingsFor({ 'training-data': file, 'base-model': 'amazon.nova-lite-v1:0:300k', ...inputs });
      const single = await validateDatasets(settings, { workers: 1, chunkBytes: 1 << 30, minBytes: 0 });
      assert.ok(single.problems.length > 30, `the file has many findings (${single.problems.length})`);
      assert.ok(single.omitted.length > 0, 'some rule passes its cap of annotations, so the counts are merged too');
      for (const chunkBytes of [997, 4096]) {
        const parallel = await validateDatasets(settings, { workers: 3, chunkBytes, minBytes: 0 });
        assert.deepEqual(parallel, single, `ranges of ${chunkBytes} bytes`);
      }
    });
  }
});
