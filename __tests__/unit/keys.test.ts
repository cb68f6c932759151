// The keys that stand for prompts and answers in the duplicate, conflict and leakage checks, and
// the index that holds them: equal keys exactly when the normalized texts are equal.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { answerKey, promptHash, promptKey } from '../../src/dataset/keys.js';
import { KeyIndex } from '../../src/dataset/key-index.js';
import { seededRandom } from '../../src/evaluation/stats.js';

// What the prompt key ignores, written the obvious way: case, runs of blanks, blanks at the ends.
const normalized = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim();

describe('prompt and answer keys', () => {
  it('equal for prompts that differ only in case and spacing, of any blank JavaScript knows', () => {
    const blanks = [
      ' ',
      '\t',
      '\n',
      '\r\n',
      '\v',
      '\f',
      '\u00a0',
      '\u1680',
      '\u2003',
      '\u2028',
      '\u2029',
      '\u202f',
      '\u205f',
      '\u3000',
      '\ufeff',
    ];
    for (const blank of blanks) {
      assert.equal(
        promptKey(`${blank}List ALL${blank}${blank}flights${blank}`),
        promptKey('list all flights'),
        JSON.stringify(blank),
      );
    }
    assert.equal(promptKey('Zoë  MÜLLER'), promptKey('zoë müller'));
    assert.notEqual(promptKey('list all flights'), promptKey('list all flight'));
    assert.notEqual(promptKey('list all flights'), promptKey('listall flights'));
    assert.notEqual(promptKey('a\u200bb'), promptKey('a b'), 'a zero-width space is not a blank');
  });

  it('agree with the plain normalization on random texts, blanks and letters of every kind', () => {
    const random = seededRandom(11);
    const alphabet = ['a', 'B', 'é', 'İ', 'ß', '1', ' ', ' ', '\n', '\t', '\u00a0', '\u3000', '’', '😀', '\u0085'];
    const text = () =>
      Array.from({ length: Math.floor(random() * 12) }, () => alphabet[Math.floor(random() * alphabet.length)]).join(
        '',
      );
    const byNormalized = new Map<string, string>();
    const byKey = new Map<string, string>();
    for (let i = 0; i < 20_000; i++) {
      const t = text();
      const n = normalized(t);
      const k = promptKey(t);
      if (byNormalized.has(n)) assert.equal(byNormalized.get(n), k, `${JSON.stringify(t)}: same text, same key`);
      else byNormalized.set(n, k);
      if (byKey.has(k)) assert.equal(byKey.get(k), n, `${JSON.stringify(t)}: same key, same text`);
      else byKey.set(k, n);
    }
    assert.ok(byNormalized.size > 5_000, `many distinct texts (${byNormalized.size})`);
  });

  it("a record's user texts are keyed as if joined by newlines, without being joined", () => {
    const key = (texts: string[]) => {
      const out = new Int32Array(2);
      promptHash(texts, out, 0);
      return [...out];
    };
    const joined = (texts: string[]) => key([texts.join('\n')]);
    const cases = [
      ['List flights', 'FROM Boston '],
      ['', 'x'],
      ['x', ''],
      [' ', ' '],
      ['ΟΔΟΣ', 'Σ'],
      ['aΣ', 'Σa', 'İ'],
      [],
    ];
    for (const texts of cases) assert.deepEqual(key(texts), joined(texts), JSON.stringify(texts));
    assert.notDeepEqual(key(['ab', 'c']), key(['a', 'bc']));
  });

  it('answers compare exactly: case and spacing matter, long ones are hashed', () => {
    assert.equal(answerKey('flight'), 'flight');
    assert.notEqual(answerKey('A'.repeat(65)), answerKey('a'.repeat(65)));
    assert.notEqual(answerKey(`${'x'.repeat(70)} y`), answerKey(`${'x'.repeat(70)}  y`));
    assert.equal(answerKey('x'.repeat(100)), answerKey('x'.repeat(100)));
    assert.equal(answerKey('x'.repeat(100)).length, 5);
  });
});

describe('key index', () => {
  it('finds every key it was given, with its numbers, as it grows', () => {
    const index = new KeyIndex(2);
    const n = 50_000;
    // Keys that share their low bits, as a crafted data set could make them: the table must not
    // put them in one run of slots (this took seconds before), and must tell them apart.
    const key1 = (i: number) => (i % 7) * 0x10000 + (i & 0xff) * 0x1000000;
    const key2 = (i: number) => i * 2654435761;
    for (let i = 0; i < n; i++) {
      assert.equal(index.find(key1(i), key2(i)), -1);
      assert.equal(index.add(key1(i), key2(i), i + 1, -i | 0), i, 'entries are numbered in order');
    }
    assert.equal(index.size, n);
    for (let i = 0; i < n; i += 97) {
      const e = index.find(key1(i), key2(i));
      assert.equal(e, i, `key ${i}`);
      assert.equal(index.get(e, 0), i + 1);
      assert.equal(index.get(e, 1), -i | 0);
    }
    assert.equal(index.find(12345, 678), -1);
  });

  it('keeps keys alone', () => {
    const index = new KeyIndex(0);
    assert.equal(index.add(1, 2), 0);
    assert.equal(index.add(1, 3), 1);
    assert.equal(index.find(1, 3), 1);
    assert.equal(index.find(2, 1), -1);
  });
});
