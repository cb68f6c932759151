// OpenAI's chat format: recognised once by validation, converted by `bedrock-model-ci convert`.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { convertFile, isOpenAiRecord, sniffFormat } from '../../src/dataset/convert.js';
import { validateDatasets } from '../../src/dataset/validate.js';
import { isLabelSet } from '../../src/dataset/keys.js';
import { settingsFor } from '../helpers/io.js';

const dir = () => mkdtempSync(path.join(os.tmpdir(), 'bmci-convert-'));
const jsonl = (records: unknown[]) => records.map((r) => JSON.stringify(r)).join('\n') + '\n';

// Shaped like a real OpenAI fine-tuning file: a system prompt, multi-turn, content as a string or
// as text parts, a weight-0 turn, names and numbers.
const OPENAI = [
  {
    messages: [
      { role: 'system', content: 'You are Aria, the support assistant of Northwind Air.' },
      { role: 'user', content: 'Can I bring 2 bags on flight NW 1042 to Denver?' },
      { role: 'assistant', content: 'Economy fares include 1 checked bag; a second costs $35.', weight: 0 },
      { role: 'user', content: [{ type: 'text', text: 'And in business class?' }] },
      { role: 'assistant', content: 'Business class includes 2 checked bags of up to 32 kg each.' },
    ],
  },
  {
    messages: [
      { role: 'developer', content: 'You are Aria, the support assistant of Northwind Air.' },
      { role: 'user', content: 'What is the fare from Boston to Seattle on March 3?' },
      { role: 'assistant', content: 'From $189 one way in economy.' },
    ],
    metadata: { source: 'tickets-2024' },
  },
];

describe('OpenAI chat format', () => {
  it('is recognised on its first records, and Bedrock or RFT records are not', async () => {
    assert.equal(isOpenAiRecord(OPENAI[0]), true);
    assert.equal(
      isOpenAiRecord({
        schemaVersion: 'bedrock-conversation-2024',
        messages: [{ role: 'user', content: [{ text: 'hi' }] }],
      }),
      false,
    );
    assert.equal(
      isOpenAiRecord({ messages: [{ role: 'user', content: 'What is 2 + 3?' }], reference_answer: '5' }),
      false,
    );
    const d = dir();
    writeFileSync(path.join(d, 'a.jsonl'), jsonl(OPENAI));
    assert.deepEqual(await sniffFormat(path.join(d, 'a.jsonl')), { format: 'openai', line: 1 });
  });

  it('gives one error, on line 1, with the command that converts it: not one per line', async () => {
    const report = await validateDatasets(
      settingsFor({ 'training-data': '__tests__/fixtures/datasets/openai-format.jsonl' }),
    );
    assert.equal(report.ok, false);
    assert.equal(report.problems.length, 1);
    assert.equal(report.problems[0]!.rule, 'schema/openai-format');
    assert.equal(report.problems[0]!.line, 1);
  });

  it('converts to bedrock-conversation-2024: system prompt, text blocks, every turn kept', async () => {
    const d = dir();
    const input = path.join(d, 'openai.jsonl');
    const output = path.join(d, 'bedrock.jsonl');
    writeFileSync(input, jsonl(OPENAI));
    const result = await convertFile('openai', input, output);
    assert.deepEqual(result.problems, []);
    assert.equal(result.records, 2);
    assert.equal(result.withSystem, 2);
    assert.equal(result.zeroWeights, 1);
    assert.deepEqual(result.dropped, { metadata: 1 });
    const records = readFileSync(output, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    assert.deepEqual(records[0], {
      schemaVersion: 'bedrock-conversation-2024',
      system: [{ text: 'You are Aria, the support assistant of Northwind Air.' }],
      messages: [
        { role: 'user', content: [{ text: 'Can I bring 2 bags on flight NW 1042 to Denver?' }] },
        { role: 'assistant', content: [{ text: 'Economy fares include 1 checked bag; a second costs $35.' }] },
        { role: 'user', content: [{ text: 'And in business class?' }] },
        { role: 'assistant', content: [{ text: 'Business class includes 2 checked bags of up to 32 kg each.' }] },
      ],
    });
    // and the result is valid for Bedrock
    const report = await validateDatasets(settingsFor({ 'training-data': path.relative(process.cwd(), output) }));
    assert.deepEqual(
      report.problems.filter((p) => p.severity === 'error' && !p.rule.startsWith('count/')),
      [],
    );
  });

  it('writes nothing when a line cannot be converted, and says which line and why', async () => {
    const d = dir();
    const input = path.join(d, 'openai.jsonl');
    const output = path.join(d, 'bedrock.jsonl');
    writeFileSync(
      input,
      jsonl([
        OPENAI[1],
        {
          messages: [
            { role: 'user', content: 'Weather in Denver?' },
            { role: 'assistant', tool_calls: [{ id: 'c1', type: 'function' }] },
          ],
        },
        { messages: [{ role: 'user', content: [{ type: 'image_url', image_url: { url: 'https://x' } }] }] },
      ]) + 'not json\n',
    );
    const result = await convertFile('openai', input, output);
    assert.equal(existsSync(output), false);
    assert.equal(existsSync(`${output}.partial`), false);
    assert.deepEqual(
      result.problems.map((p) => p.line),
      [2, 3, 4],
    );
    assert.match(result.problems[0]!.message, /^Message 2 is a tool call or result/);
    assert.match(result.problems[1]!.message, /^Message 1 has a 'image_url' part; only text converts/);
    assert.equal(result.problems[2]!.message, 'The line is not valid JSON.');
  });
});

describe('convert writes only its own new file (third trust review, point 8)', () => {
  const input = (d: string) => {
    const file = path.join(d, 'openai.jsonl');
    writeFileSync(file, jsonl([OPENAI[1]]));
    return file;
  };

  it('never writes through a link planted where a temporary file or the output would be', async () => {
    const d = dir();
    const victim = path.join(dir(), 'victim');
    writeFileSync(victim, 'precious\n');
    const output = path.join(d, 'train.jsonl');
    // before: convert opened train.jsonl.partial for writing, through this link
    symlinkSync(victim, `${output}.partial`);
    const result = await convertFile('openai', input(d), output);
    assert.deepEqual(result.problems, []);
    assert.equal(readFileSync(victim, 'utf8'), 'precious\n');
    assert.match(readFileSync(output, 'utf8'), /bedrock-conversation-2024/);
    // the output itself a link: the link is replaced by the new file, its target untouched
    const linked = path.join(d, 'linked.jsonl');
    symlinkSync(victim, linked);
    await convertFile('openai', input(d), linked);
    assert.equal(readFileSync(victim, 'utf8'), 'precious\n');
    assert.match(readFileSync(linked, 'utf8'), /bedrock-conversation-2024/);
    assert.deepEqual(
      readdirSync(d).filter((f) => f.endsWith('.partial') && f !== 'train.jsonl.partial'),
      [],
      'no temporary file left behind',
    );
  });

  it('on a runner, refuses an output whose folder leads outside the checkout', async () => {
    const workspace = dir();
    const outside = dir();
    symlinkSync(outside, path.join(workspace, 'datasets'));
    await assert.rejects(
      convertFile('openai', input(workspace), path.join(workspace, 'datasets', 'train.jsonl'), { workspace }),
      /the output's folder leads outside the repository checkout \(GITHUB_WORKSPACE\) through a symbolic link/,
    );
    assert.deepEqual(readdirSync(outside), []);
    mkdirSync(path.join(workspace, 'data'));
    const ok = await convertFile('openai', input(workspace), path.join(workspace, 'data', 'train.jsonl'), {
      workspace,
    });
    assert.deepEqual(ok.problems, []);
  });
});

describe('label statistics', () => {
  const counts = (entries: Array<[string, number]>) => new Map(entries);
  it('are for class-like answers, not numbers or free text', () => {
    assert.equal(
      isLabelSet(
        100,
        100,
        counts([
          ['flight', 60],
          ['airfare', 40],
        ]),
      ),
      true,
    );
    // RFT arithmetic: short, few distinct, but values
    assert.equal(
      isLabelSet(
        30,
        30,
        counts([
          ['2', 15],
          ['8', 10],
          ['11', 5],
        ]),
      ),
      false,
    );
    // free text: nearly every answer distinct
    assert.equal(
      isLabelSet(10, 10, counts(Array.from({ length: 10 }, (_, i) => [`answer ${i}`, 1] as [string, number]))),
      false,
    );
  });
});
