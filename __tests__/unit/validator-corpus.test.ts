// One defect per dataset: each must be reported under its rule, at its line, with a message that
// says what to do, and a failing validation must stop the command before anything else.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { validateDatasets } from '../../src/dataset/validate.js';
import { validate } from '../../src/commands/validate.js';
import { UserError } from '../../src/errors.js';
import type { InputName } from '../../src/interface.js';
import { memoryIo, settingsFor } from '../helpers/io.js';

const D = '__tests__/fixtures/datasets/';
const NOVA_LITE = 'amazon.nova-lite-v1:0:300k';
const NOVA_2 = 'amazon.nova-2-lite-v1:0:256k';
const RFT = {
  'base-model': NOVA_2,
  'customization-type': 'rft',
  'grader-lambda-arn': 'arn:aws:lambda:us-east-1:123456789012:function:grader',
};

interface Case {
  file: string;
  rule: string;
  line?: number;
  /** the file the problem is reported on, when not the training file */
  on?: string;
  message: RegExp;
  inputs?: Partial<Record<InputName, string>>;
  severity?: 'error' | 'warning';
}

const CASES: Case[] = [
  { file: 'bom', rule: 'jsonl/bom', line: 1, message: /byte-order mark.*without BOM/ },
  { file: 'invalid-utf8', rule: 'jsonl/invalid-utf8', line: 4, message: /not valid UTF-8\. Re-encode/ },
  { file: 'blank-line', rule: 'jsonl/blank-line', line: 5, message: /Blank line.*delete this line/ },
  { file: 'crlf', rule: 'jsonl/crlf', line: 1, severity: 'warning', message: /10 line\(s\) end with CRLF/ },
  { file: 'invalid-json', rule: 'jsonl/invalid-json', line: 6, message: /Not valid JSON: .*one complete JSON object/ },
  { file: 'truncated', rule: 'jsonl/truncated', line: 10, message: /last line is cut off/ },
  { file: 'not-object', rule: 'jsonl/not-object', line: 3, message: /JSON array, not an object/ },
  {
    file: 'schema-version',
    rule: 'schema/schema-version',
    line: 2,
    message: /"bedrock-conversation-2023".*must be 'bedrock-conversation-2024'/,
  },
  {
    file: 'schema-version-missing',
    rule: 'schema/schema-version',
    line: 3,
    message: /no schemaVersion.*fail inside Bedrock.*Add "schemaVersion": "bedrock-conversation-2024"/,
  },
  {
    file: 'unknown-field',
    rule: 'schema/unknown-field',
    line: 7,
    severity: 'warning',
    message: /Field 'label' is not part of/,
  },
  { file: 'system-not-list', rule: 'schema/system', line: 4, message: /'system' must be a list of \{"text"/ },
  {
    file: 'messages-missing',
    rule: 'schema/messages',
    line: 5,
    message: /'messages' must be a list.*missing\. The record has 'conversation': misnamed\?/,
  },
  { file: 'role-system', rule: 'schema/role', line: 5, message: /role string "system".*top-level 'system' field/ },
  {
    file: 'too-few-turns',
    rule: 'schema/too-few-turns',
    line: 5,
    message: /1 turn\(s\); it needs at least a user turn followed by an assistant turn/,
  },
  { file: 'first-turn', rule: 'schema/first-turn', line: 5, message: /first turn is 'assistant'/ },
  { file: 'last-turn', rule: 'schema/last-turn', line: 5, message: /last turn is 'user'.*Add the answer/ },
  { file: 'alternation', rule: 'schema/alternation', line: 5, message: /turn 2 is 'user' after a 'user' turn.*Merge/ },
  {
    file: 'content-string',
    rule: 'schema/content',
    line: 5,
    message: /"content": \[\{"text": "flights to boston"\}\]/,
  },
  {
    file: 'content-block',
    rule: 'schema/content-block',
    line: 5,
    message: /no known type; each block is exactly one of/,
  },
  { file: 'empty-text', rule: 'schema/empty-text', line: 5, message: /turn 2 \('assistant'\) has no text/ },
  { file: 'reserved-keyword', rule: 'content/reserved-keyword', line: 5, message: /'Assistant:'.*fails the job/ },
  { file: 'image-text-only-model', rule: 'media/unsupported-by-model', line: 5, message: /Nova Micro takes text only/ },
  {
    file: 'image-in-assistant',
    rule: 'media/not-in-user-turn',
    line: 5,
    inputs: { 'base-model': NOVA_LITE },
    message: /'assistant' and has an image; media go in user turns only/,
  },
  {
    file: 'image-format',
    rule: 'media/format',
    line: 5,
    inputs: { 'base-model': NOVA_LITE },
    message: /format string "bmp"; Nova Lite takes png, jpeg, gif, webp/,
  },
  {
    file: 'too-many-images',
    rule: 'media/too-many-images',
    line: 5,
    inputs: { 'base-model': NOVA_LITE },
    message: /11 images; at most 10/,
  },
  {
    file: 'too-many-videos',
    rule: 'media/too-many-videos',
    line: 5,
    inputs: { 'base-model': NOVA_LITE },
    message: /2 videos; at most one/,
  },
  {
    file: 'video-with-image',
    rule: 'media/video-mixed',
    line: 5,
    inputs: { 'base-model': NOVA_LITE },
    message: /mixes a video with images/,
  },
  {
    file: 'mixed-modality',
    rule: 'media/mixed-modality',
    line: 6,
    inputs: { 'base-model': NOVA_LITE },
    message: /uses video, but line 1 uses image/,
  },
  {
    file: 'media-location',
    rule: 'media/location',
    line: 5,
    inputs: { 'base-model': NOVA_LITE },
    message: /"s3:\/\/bucket\/key".*"https:\/\/example.com\/a.png"/,
  },
  {
    file: 'valid-images',
    rule: 'media/location',
    line: 1,
    inputs: { 'base-model': NOVA_LITE, 's3-uri': 's3://other-bucket/ci' },
    message: /bucket 'training-bucket', but the dataset goes to 'other-bucket'/,
  },
  {
    file: 'reasoning-nova1',
    rule: 'reasoning/not-allowed',
    line: 5,
    message: /only Nova 2 models take; Nova Micro does not/,
  },
  {
    file: 'tools-undeclared',
    rule: 'tools/invalid',
    line: 5,
    inputs: { 'base-model': NOVA_2 },
    message: /calls tool string "book_flight", which 'toolConfig.tools' does not declare/,
  },
  { file: 'rft-no-reference', rule: 'rft/reference-answer', line: 5, inputs: RFT, message: /no 'reference_answer'/ },
  {
    file: 'rft-content-not-string',
    rule: 'rft/format',
    line: 5,
    inputs: RFT,
    message: /content must be a non-empty string in RFT data/,
  },
  { file: 'too-few', rule: 'count/too-few', message: /5 training records; Nova Micro SFT needs at least 8/ },
  {
    file: 'train-10',
    rule: 'count/too-few',
    inputs: { 'base-model': NOVA_2 },
    message: /10 training records; Nova 2 Lite SFT needs at least 200/,
  },
  {
    file: 'train-10',
    rule: 'count/validation-unsupported',
    on: 'validation-3',
    inputs: { 'base-model': NOVA_2, 'validation-data': `${D}validation-3.jsonl`, 'ignore-rules': 'count/too-few' },
    message: /Nova 2 Lite takes no separate validation set/,
  },
  {
    file: 'record-too-long',
    rule: 'size/record-too-long',
    line: 5,
    message: /more than Nova Micro's 128,000-token context/,
  },
  { file: 'duplicate', rule: 'dup/training', line: 7, severity: 'warning', message: /same record as line 3/ },
  {
    file: 'conflicting-answer',
    rule: 'dup/conflicting-answer',
    line: 8,
    severity: 'warning',
    message: /same prompt as line 3 with a different answer \("airfare" here, "flight" there\)/,
  },
  {
    file: 'prompt-inconsistent',
    rule: 'prompt/inconsistent',
    line: 5,
    severity: 'warning',
    message: /2 different system prompts in this file/,
  },
  {
    file: 'train-10',
    rule: 'leak/test-in-training',
    on: 'test-leak',
    line: 2,
    severity: 'warning',
    inputs: { 'test-data': `${D}test-leak.jsonl` },
    message: /also occurs in training \(__tests__\/fixtures\/datasets\/train-10.jsonl:4\).*memory, not skill/,
  },
  {
    file: 'train-10',
    rule: 'leak/test-in-training',
    on: 'test-leak',
    line: 2,
    inputs: { 'test-data': `${D}test-leak.jsonl`, leakage: 'error' },
    message: /'leakage: error' makes overlap fail/,
  },
  {
    file: 'train-10',
    rule: 'leak/validation-in-training',
    on: 'validation-overlap',
    line: 2,
    severity: 'warning',
    inputs: { 'validation-data': `${D}validation-overlap.jsonl` },
    message: /also occurs in training .*:6\)/,
  },
  {
    file: 'train-10',
    rule: 'prompt/test-drift',
    on: 'test-drift',
    line: 1,
    inputs: { 'test-data': `${D}test-drift.jsonl` },
    message: /first differ at character 14.*'ignore-rules'/,
  },
  {
    file: 'train-10',
    rule: 'labels/unseen-in-training',
    on: 'test-unseen-label',
    severity: 'warning',
    inputs: { 'test-data': `${D}test-unseen-label.jsonl` },
    message: /Test label "meal" \(1 record\) never occurs/,
  },
  {
    file: 'openai-format',
    rule: 'schema/openai-format',
    line: 1,
    message:
      /^'__tests__\/fixtures\/datasets\/openai-format.jsonl' is in OpenAI's chat format .* npx bedrock-model-ci convert --from openai __tests__\/fixtures\/datasets\/openai-format.jsonl __tests__\/fixtures\/datasets\/openai-format.bedrock.jsonl$/,
  },
  { file: 'pii-email', rule: 'pii/email', line: 5, severity: 'warning', message: /e-mail address \(ja\*{12}om\)/ },
  { file: 'pii-email', rule: 'pii/email', line: 5, inputs: { pii: 'error' }, message: /e-mail address/ },
  { file: 'pii-phone', rule: 'pii/phone', line: 5, severity: 'warning', message: /phone number/ },
  {
    file: 'pii-card',
    rule: 'pii/card',
    line: 5,
    severity: 'warning',
    message: /card number \(45\*{12}67, passes the Luhn check\)/,
  },
  { file: 'pii-ssn', rule: 'pii/national-id', line: 5, severity: 'warning', message: /social security number/ },
  {
    file: 'secret-aws-key',
    rule: 'secret/aws-access-key',
    line: 5,
    inputs: { pii: 'off' },
    message: /AWS access key id \(AKIA…\).*deactivate the key/,
  },
  {
    file: 'secret-private-key',
    rule: 'secret/private-key',
    line: 5,
    message: /private key in the user text.*rotate it/,
  },
  { file: 'empty', rule: 'file/empty', message: /has no records/ },
  {
    file: 'does-not-exist',
    rule: 'file/missing',
    message: /Input 'training-data' names '__tests__\/fixtures\/datasets\/does-not-exist.jsonl', which does not exist/,
  },
];

describe('the malformed dataset corpus', () => {
  for (const c of CASES) {
    const title = `${c.file}${c.on ? ` + ${c.on}` : ''} → ${c.rule}${
      c.inputs
        ? ` (${Object.entries(c.inputs)
            .map(([k, v]) => `${k}=${String(v).split('/').pop()}`)
            .join(', ')})`
        : ''
    }`;
    it(title, async () => {
      const settings = settingsFor({ 'training-data': `${D}${c.file}.jsonl`, ...c.inputs });
      const report = await validateDatasets(settings);
      const severity = c.severity ?? 'error';
      assert.deepEqual(
        [...new Set(report.problems.map((p) => p.rule))],
        [c.rule],
        `only ${c.rule} is reported: ${report.problems.map((p) => p.message).join(' | ')}`,
      );
      const problem = report.problems[0]!;
      assert.equal(problem.severity, severity);
      assert.equal(problem.file, `${D}${c.on ?? c.file}.jsonl`);
      assert.equal(problem.line, c.line);
      assert.match(problem.message, c.message);
      assert.equal(report.ok, severity !== 'error');
    });
  }

  it("a file's own errors come before findings across files, so the first annotation is what makes Bedrock fail", async () => {
    // Nova 2 Lite needs 200 records: the count error is found after the test file's leakage.
    const settings = settingsFor({
      'training-data': `${D}train-10.jsonl`,
      'test-data': `${D}test-leak.jsonl`,
      'base-model': NOVA_2,
      leakage: 'error',
    });
    const report = await validateDatasets(settings);
    assert.deepEqual(
      report.problems.map((p) => p.rule),
      ['count/too-few', 'leak/test-in-training'],
    );
    assert.deepEqual(report.testSeenInTraining, [2]);
  });

  it("with 'scorer: regex', a test answer RE2 cannot run is an error at its line", async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const file = `${mkdtempSync(`${tmpdir()}/bmci-regex-`)}/test.jsonl`;
    const rec = (answer: string) =>
      JSON.stringify({
        messages: [
          { role: 'user', content: [{ text: 'q' }] },
          { role: 'assistant', content: [{ text: answer }] },
        ],
      });
    writeFileSync(file, [rec('\\b42\\b'), rec('(a)\\1'), rec('x'.repeat(1001))].join('\n') + '\n');
    const report = await validateDatasets(
      settingsFor({ 'training-data': `${D}train-10.jsonl`, 'test-data': file, scorer: 'regex' }),
    );
    const found = report.problems.filter((p) => p.rule === 'test/regex-pattern');
    assert.deepEqual(
      found.map((p) => p.line),
      [2, 3],
    );
    assert.match(found[0]!.message, /invalid escape sequence.*RE2 \(linear time: no backreferences or lookaround\)/);
    assert.match(found[1]!.message, /1001 characters, over 1000/);
    const plain = await validateDatasets(settingsFor({ 'training-data': `${D}train-10.jsonl`, 'test-data': file }));
    assert.ok(!plain.problems.some((p) => p.rule === 'test/regex-pattern'), 'other scorers read answers as text');
  });

  it("a test set over 'max-test-records' is an error naming the input (each record is a paid call per model)", async () => {
    const settings = settingsFor({
      'training-data': 'examples/atis-intents/train.jsonl',
      'test-data': 'examples/atis-intents/test.jsonl',
      'max-test-records': '250',
    });
    const report = await validateDatasets(settings);
    const found = report.problems.filter((p) => p.rule === 'count/test-too-many');
    assert.equal(found.length, 1);
    assert.match(found[0]!.message, /^300 test records, over 'max-test-records' \(250\).*raise 'max-test-records'/);
  });

  it('a failed validation throws before anything else runs, after writing the summary and outputs', async () => {
    const { io, said, outputs, summaries } = memoryIo();
    const settings = settingsFor({ 'training-data': `${D}last-turn.jsonl` });
    await assert.rejects(validate(settings, io), (e: unknown) => {
      assert.ok(e instanceof UserError);
      assert.match(
        e.message,
        /^Dataset validation failed: 1 error\(s\) \(schema\/last-turn ×1\)\..*Nothing was uploaded and no job was started\.$/,
      );
      return true;
    });
    const errors = said.filter((s) => s.level === 'error');
    assert.deepEqual(
      errors.map((e) => e.at),
      [{ file: `${D}last-turn.jsonl`, line: 5 }],
    );
    assert.match(errors[0]!.message, /\[schema\/last-turn\]$/);
    assert.equal(outputs.get('records'), '10');
    assert.match(summaries[0]!, /❌ \*\*Datasets invalid\*\*.*Nothing was uploaded/);
    assert.match(
      summaries[0]!,
      /\| `schema\/last-turn` \| error \| 1 \| `__tests__\/fixtures\/datasets\/last-turn.jsonl:5` \|/,
    );
  });
});

describe('valid datasets of every kind', () => {
  const VALID: Array<[string, Partial<Record<InputName, string>>]> = [
    [
      'the ATIS example (text, SFT, with its test set)',
      { 'training-data': 'examples/atis-intents/train.jsonl', 'test-data': 'examples/atis-intents/test.jsonl' },
    ],
    [
      'images on Nova Lite',
      { 'training-data': `${D}valid-images.jsonl`, 'base-model': NOVA_LITE, 's3-uri': 's3://training-bucket/ci' },
    ],
    ['RFT on Nova 2 Lite', { 'training-data': `${D}valid-rft.jsonl`, ...RFT }],
    [
      'distillation prompts without answers',
      {
        'training-data': `${D}valid-distillation.jsonl`,
        'customization-type': 'distillation',
        'teacher-model': 'us.amazon.nova-premier-v1:0',
      },
    ],
    ['Nova 2 tool use and reasoning', { 'training-data': `${D}valid-nova2-tools.jsonl`, 'base-model': NOVA_2 }],
  ];
  for (const [name, inputs] of VALID) {
    it(name, async () => {
      const report = await validateDatasets(settingsFor(inputs));
      assert.deepEqual(report.problems, []);
      assert.equal(report.ok, true);
      assert.ok(report.records > 0);
    });
  }
});

describe('test labels never seen in training', () => {
  it('fails validation before any upload when they cover 5 % of the test set or more, naming them', async () => {
    const report = await validateDatasets(
      settingsFor({ 'training-data': `${D}train-10.jsonl`, 'test-data': `${D}test-unseen-share.jsonl` }),
    );
    assert.equal(report.ok, false);
    const share = report.problems.filter((p) => p.rule === 'labels/unseen-share');
    assert.equal(share.length, 1);
    assert.equal(share[0]!.severity, 'error');
    assert.equal(
      share[0]!.message,
      '2 of 20 test records (10.0 %) have labels that never occur in __tests__/fixtures/datasets/train-10.jsonl ("meal", "airport"): the candidate cannot learn them, and training would be paid for a model the test set fails. Add training examples for these labels, or remove them from the test set.',
    );
    // each label keeps its own warning too
    assert.equal(report.problems.filter((p) => p.rule === 'labels/unseen-in-training').length, 2);
  });

  it('warns only below 5 % (1 of 25 records)', async () => {
    const report = await validateDatasets(
      settingsFor({ 'training-data': `${D}train-10.jsonl`, 'test-data': `${D}test-unseen-label.jsonl` }),
    );
    assert.equal(report.ok, true);
    assert.deepEqual([...new Set(report.problems.map((p) => p.rule))], ['labels/unseen-in-training']);
  });

  it('can be skipped like any rule that is not about credentials', async () => {
    const report = await validateDatasets(
      settingsFor({
        'training-data': `${D}train-10.jsonl`,
        'test-data': `${D}test-unseen-share.jsonl`,
        'ignore-rules': 'labels/unseen-share',
      }),
    );
    assert.equal(report.ok, true);
  });
});

describe('real ATIS, as published (__tests__/fixtures/public/atis)', () => {
  it('validates with default inputs: its 4 unseen test intents (5 of 893 records), overlaps and duplicates are warnings', async () => {
    const report = await validateDatasets(
      settingsFor({
        'training-data': '__tests__/fixtures/public/atis/train.jsonl',
        'test-data': '__tests__/fixtures/public/atis/test.jsonl',
      }),
    );
    assert.equal(
      report.ok,
      true,
      report.problems
        .filter((p) => p.severity === 'error')
        .map((p) => p.message)
        .join('\n'),
    );
    assert.equal(report.records, 4978);
    const unseen = report.problems.filter((p) => p.rule === 'labels/unseen-in-training').map((p) => p.message);
    assert.equal(unseen.length, 4);
    assert.match(unseen.join('\n'), /"day_name" \(2 records\)/);
    const test = report.files.find((f) => f.role === 'test')!;
    assert.equal(test.records, 893);
    assert.ok(test.labels && Object.keys(test.labels).length >= 20, 'intents are counted as labels');
    const tally = (rule: string) => report.tallies.find((t) => t.rule === rule)?.count ?? 0;
    assert.ok(tally('dup/training') > 100, 'ATIS repeats training utterances');
    assert.ok(tally('leak/test-in-training') > 0, 'and some test utterances occur in training');
  });
});
