import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { hashFiles } from '../../src/dataset/hash.js';
import { readJsonl } from '../../src/dataset/jsonl.js';
import { ProblemLog } from '../../src/dataset/problems.js';
import { luhnValid, reservedKeywords, sensitiveData } from '../../src/dataset/text.js';
import { ROOT } from '../helpers/io.js';

const rules = (text: string) => sensitiveData(text, 'user text').map((f) => f.rule);

describe('text scanners', () => {
  it('Luhn: known card numbers pass, a changed digit fails', () => {
    assert.equal(luhnValid('4539148803436467'), true);
    assert.equal(luhnValid('4111111111111111'), true);
    assert.equal(luhnValid('4539148803436468'), false);
  });

  it('finds personal data and credentials', () => {
    assert.deepEqual(rules('mail bob.smith@example.org now'), ['pii/email']);
    assert.deepEqual(rules('call +1 617-555-0142'), ['pii/phone']);
    assert.deepEqual(rules('card 4111-1111-1111-1111'), ['pii/card']);
    assert.deepEqual(rules('ssn 219-09-9999'), ['pii/national-id']);
    assert.deepEqual(rules('nino AB 12 34 56 C'), ['pii/national-id']);
    assert.deepEqual(rules('key ASIAY34FZKBOKMUTVV7A'), ['secret/aws-access-key']);
    assert.deepEqual(rules('-----BEGIN OPENSSH PRIVATE KEY-----'), ['secret/private-key']);
  });

  it('masks what it found and never echoes a credential', () => {
    const [email] = sensitiveData('write to bob.smith@example.org', 'user text');
    assert.match(email!.message, /\(bo\*{12}rg\)/);
    const [key] = sensitiveData('AKIAIOSFODNN7EXAMPLE', 'user text');
    assert.doesNotMatch(key!.message, /IOSFODNN7EXAMPLE/);
  });

  it('does not mistake flight numbers, fares, times and dates for personal data', () => {
    for (const text of [
      'flight 1291 from boston at 10:30 am',
      'fare is 1234.56 dollars',
      'ua 2045 on 2026-11-23',
      'fare code ap/57 for 4 passengers',
      'flights 100 200 300 400 500',
    ]) {
      assert.deepEqual(rules(text), [], text);
    }
  });

  it('has no findings on the ATIS example', () => {
    const lines = readFileSync(path.join(ROOT, 'examples/atis-intents/train.jsonl'), 'utf8').trim().split('\n');
    const found = lines.flatMap((l) => rules(l));
    assert.deepEqual(found, []);
  });

  it('reserved keywords, case-insensitively, each once', () => {
    assert.deepEqual(reservedKeywords('USER: hi user: there [eos] <Image>'), ['USER:', 'user:', '[eos]', '<Image>']);
    assert.deepEqual(reservedKeywords('the user said: hi'), []);
  });
});

describe('the JSONL reader', () => {
  it('reads lines that span many of its read chunks', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'bmci-jsonl-'));
    const file = path.join(dir, 'big.jsonl');
    const big = JSON.stringify({ text: 'x'.repeat(2_500_000) });
    const content = `{"a":1}\n${big}\n{"a":3}\n${big}\n{"a":5}`;
    writeFileSync(file, content);
    const seen: Array<[number, number]> = [];
    const problems = new ProblemLog({ pii: 'warn', ignoreRules: new Set() });
    const result = await readJsonl(file, 'big.jsonl', problems, (record, line) =>
      seen.push([line, JSON.stringify(record).length]),
    );
    assert.deepEqual(seen, [
      [1, 7],
      [2, big.length],
      [3, 7],
      [4, big.length],
      [5, 7],
    ]);
    assert.equal(result.lines, 5);
    assert.equal(result.bytes, Buffer.byteLength(content));
    assert.deepEqual(problems.kept, []);
  });

  it('hashes each file and all of them together', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'bmci-hash-'));
    writeFileSync(path.join(dir, 'a'), 'x'.repeat(3_000_000));
    writeFileSync(path.join(dir, 'b'), 'hello\n');
    const { createHash } = await import('node:crypto');
    const sha = (s: string) => createHash('sha256').update(s).digest('hex');
    const result = await hashFiles([path.join(dir, 'a'), path.join(dir, 'b')]);
    assert.deepEqual(result.files, [sha('x'.repeat(3_000_000)), sha('hello\n')]);
    assert.equal(result.combined, sha(`${'x'.repeat(3_000_000)}hello\n`));
    await assert.rejects(hashFiles([path.join(dir, 'missing')]), /could not hash .*missing: ENOENT/);
    assert.deepEqual(await hashFiles([path.join(dir, 'b')]), { files: [sha('hello\n')], combined: sha('hello\n') });
    assert.deepEqual(await hashFiles([]), { files: [], combined: sha('') }, 'no files: the hash of nothing');
  });

  it('names the text in a message only when there is something to say', () => {
    let named = 0;
    const where = () => {
      named += 1;
      return 'user text (turn 3)';
    };
    assert.deepEqual(sensitiveData('flight 1234 departs at 10:30, fare $412.00', where), []);
    assert.equal(named, 0);
    const [card] = sensitiveData('card 4111 1111 1111 1111 and call 617-555-0142', where);
    assert.match(card!.message, /in the user text \(turn 3\)/);
    assert.deepEqual(
      sensitiveData('card 4111 1111 1111 1111 and call 617-555-0142', 'user text').map((f) => f.rule),
      ['pii/card', 'pii/phone'],
    );
  });

  it('keeps 20 problems per rule and counts the rest', () => {
    const log = new ProblemLog({ pii: 'warn', ignoreRules: new Set() });
    for (let i = 1; i <= 25; i++) log.add('schema/last-turn', 'f.jsonl', i, 'm');
    log.add('pii/email', 'f.jsonl', 1, 'm');
    assert.equal(log.kept.length, 21);
    assert.deepEqual(log.overflow(), [{ rule: 'schema/last-turn', severity: 'error', omitted: 5 }]);
    assert.equal(log.count('error'), 25);
    assert.equal(log.count('warning'), 1);
  });

  it('applies pii: off and error, and ignore-rules', () => {
    const off = new ProblemLog({ pii: 'off', ignoreRules: new Set(['dup/training']) });
    off.add('pii/email', 'f', 1, 'm');
    off.add('dup/training', 'f', 1, 'm');
    off.add('secret/private-key', 'f', 1, 'm');
    assert.deepEqual(
      off.kept.map((p) => [p.rule, p.severity]),
      [['secret/private-key', 'error']],
    );
    const strict = new ProblemLog({ pii: 'error', ignoreRules: new Set() });
    strict.add('pii/phone', 'f', 1, 'm');
    assert.equal(strict.kept[0]!.severity, 'error');
  });
});

describe('crafted text against the personal-data scan', () => {
  it('finds e-mail addresses in time linear in the text (the regex was quadratic)', async () => {
    const { findEmail } = await import('../../src/dataset/text.js');
    const crafted = `@ ${'a'.repeat(500_000)} ${'b.'.repeat(100_000)}@`;
    const t = performance.now();
    assert.deepEqual(sensitiveData(crafted, 'user text'), []);
    assert.ok(performance.now() - t < 300, `took ${(performance.now() - t).toFixed(0)} ms`);
    assert.equal(findEmail('write to jo.smith+x@mail.example.org, thanks'), 'jo.smith+x@mail.example.org');
    assert.equal(findEmail('user@localhost or @handle or a@b.c'), undefined);
  });
});

describe('lines and records a pull request can make too large', () => {
  it('a line over 16 MiB is an error at its line, skipped without being held, and the next lines are read', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'bmci-huge-'));
    const file = path.join(dir, 'huge.jsonl');
    const record = '{"messages":[]}';
    writeFileSync(file, `${record}\n{"x":"${'y'.repeat(17 << 20)}"}\n${record}\n`);
    const problems = new ProblemLog({ pii: 'warn', ignoreRules: new Set() });
    const seen: number[] = [];
    const before = process.memoryUsage().rss;
    const result = await readJsonl(file, 'huge.jsonl', problems, (_r, line) => seen.push(line));
    assert.deepEqual(seen, [1, 3]);
    assert.equal(result.lines, 3);
    assert.deepEqual(
      problems.kept.map((p) => [p.rule, p.line]),
      [['jsonl/line-too-long', 2]],
    );
    assert.match(problems.kept[0]!.message, /^The line is 17 MiB, over the 16 MiB a record can take/);
    assert.ok(process.memoryUsage().rss - before < 64 << 20, 'the line was not held');
  });

  it('an RFT reference_answer nested too deeply to serialize is an error, not a crash', async () => {
    const { checkRft } = await import('../../src/dataset/rft-records.js');
    const { findBaseModel } = await import('../../src/models.js');
    const deep = JSON.parse(`${'{"a":'.repeat(200_000)}1${'}'.repeat(200_000)}`);
    const found: string[] = [];
    const facts = checkRft(
      { messages: [{ role: 'user', content: 'q' }], reference_answer: deep },
      {
        model: findBaseModel('amazon.nova-2-lite-v1:0:256k')!,
        report: (rule, message) => found.push(`${rule}: ${message}`),
      },
    );
    assert.ok(facts);
    assert.deepEqual(found, ["rft/reference-answer: 'reference_answer' is nested too deeply to be read. Flatten it."]);
  });
});
