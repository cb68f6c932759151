// The pure parts of `monitor`: lifecycle severity and the successor, drift measures, and the
// issue's history, which a person can edit and must not make speak as markdown.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { FAR_SIMILARITY, MAX_WORDS, SimilarityIndex, psi } from '../../src/monitor/drift.js';
import { lifecycleFinding, successorOf, worst } from '../../src/monitor/health.js';
import { healthMarkdown, historyOf } from '../../src/report/health.js';
import { referenceFor } from '../../src/monitor/quality.js';
import type { TestRecord } from '../../src/evaluation/testset.js';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../../sandbox/runner.js';

const NOW = Date.UTC(2026, 11, 2);
const inDays = (n: number) => new Date(NOW + n * 86_400_000);

describe('lifecycle', () => {
  it('is ok while active, a warning when Legacy or 90 days from end of life, action needed at 30', () => {
    const f = (status: string, days?: number) =>
      lifecycleFinding(
        { modelId: 'amazon.nova-micro-v1:0', status, endOfLife: days === undefined ? undefined : inDays(days) },
        'base model',
        NOW,
      ).severity;
    assert.equal(f('ACTIVE'), 'ok');
    assert.equal(f('ACTIVE', 200), 'ok');
    assert.equal(f('LEGACY'), 'warning');
    assert.equal(f('ACTIVE', 90), 'warning');
    assert.equal(f('LEGACY', 31), 'warning');
    assert.equal(f('LEGACY', 30), 'action-needed');
    assert.equal(f('LEGACY', -3), 'action-needed');
  });
  it('names a successor of the same size, else the newest of the family that takes the same customization', () => {
    assert.equal(successorOf('amazon.nova-lite-v1:0'), 'amazon.nova-2-lite-v1:0:256k');
    assert.equal(successorOf('us.amazon.nova-micro-v1:0'), 'amazon.nova-2-lite-v1:0:256k');
    assert.equal(successorOf('amazon.nova-2-lite-v1:0:256k'), undefined);
    assert.equal(successorOf('anthropic.claude-v2'), undefined);
  });
  it('the worst status wins', () => {
    assert.equal(worst(['ok', 'warning', 'ok']), 'warning');
    assert.equal(worst(['warning', 'action-needed']), 'action-needed');
    assert.equal(worst([]), 'ok');
  });
});

describe('drift measures', () => {
  const index = new SimilarityIndex([
    'show me flights from boston to denver',
    'what is the cheapest fare from dallas to atlanta',
  ]);
  it('a request like a test prompt is near; one about something else is far', () => {
    assert.ok(index.nearest('show me the flights from boston to denver tomorrow') > 0.5);
    assert.ok(index.nearest('can i bring my dog in the cabin') < FAR_SIMILARITY);
    assert.equal(index.nearest(''), 0);
  });
  it('PSI is 0 for the same distribution, and grows with the shift', () => {
    const test = new Map([
      ['flight', 70],
      ['airfare', 30],
    ]);
    assert.ok(
      psi(
        test,
        new Map([
          ['flight', 700],
          ['airfare', 300],
        ]),
      ) < 0.01,
    );
    const moderate = psi(
      test,
      new Map([
        ['flight', 50],
        ['airfare', 50],
      ]),
    );
    const large = psi(
      test,
      new Map([
        ['flight', 10],
        ['airfare', 30],
        ['baggage', 60],
      ]),
    );
    assert.ok(moderate > 0.05 && moderate < large, `${moderate} ${large}`);
    assert.ok(large > 0.25);
  });
});

describe('drift costs what the test set costs, not what a user types (third trust review, point 7)', () => {
  it('compares the first MAX_WORDS words of a request: a 250 kB request is as cheap as its first 512 words', () => {
    const index = new SimilarityIndex(['show me flights from boston to denver', 'what is the fare to dallas']);
    const head = Array.from({ length: MAX_WORDS }, (_, i) => (i % 7 === 0 ? 'flights' : `w${i}`)).join(' ');
    const tail = Array.from({ length: 40_000 }, (_, i) => `x${i}`).join(' ');
    assert.equal(index.nearest(`${head} ${tail}`), index.nearest(head));
    assert.deepEqual(index.similarities(`${head} ${tail}`), index.similarities(head));
  });

  it('scores ordinary prompts as the whole-vector cosine does', () => {
    const index = new SimilarityIndex([
      'flights from boston to denver',
      'fare to dallas',
      'boston ground transportation',
    ]);
    const [a, b, c] = index.similarities('cheapest flights boston denver');
    assert.ok(a! > 0.5 && b === 0 && c! > 0 && c! < a!, `${a} ${b} ${c}`);
    assert.ok(Math.abs(index.nearest('fare to dallas') - 1) < 1e-9, 'a prompt is its own nearest, at 1');
  });
});

describe("the issue's history", () => {
  const report = {
    modelName: 'atis',
    generatedAt: '2026-12-02T06:23:00.000Z',
    status: 'ok' as const,
    lifecycle: [],
    actions: [],
  };
  it('travels in the body, newest first, at most 10 runs', () => {
    let body = healthMarkdown(report);
    for (let i = 0; i < 12; i++)
      body = healthMarkdown(
        { ...report, generatedAt: `2026-12-${String(3 + i).padStart(2, '0')}T06:23:00.000Z` },
        historyOf(body),
      );
    const runs = historyOf(body);
    assert.equal(runs.length, 10);
    assert.equal(runs[0]!.at, '2026-12-14T06:23:00.000Z');
    assert.equal([...body.matchAll(/^- .* UTC · ✅ ok$/gm)].length, 10);
  });
  it('an edited history that is not ours is dropped or escaped, never rendered as markdown', () => {
    const forged = Buffer.from(
      JSON.stringify([
        { at: '2026-12-01T00:00:00Z', status: 'ok', action: '@team ![x](https://evil.example/p.png) <img src=x>' },
        { at: 5, status: 'ok' },
        { at: '2026', status: 'pwned' },
      ]),
    ).toString('base64');
    const runs = historyOf(`<!-- bedrock-model-ci:history ${forged} -->`);
    assert.equal(runs.length, 1);
    const body = healthMarkdown(report, runs);
    assert.doesNotMatch(body, /!\[x\]\(https|(?<!\\)<img|@team/);
    assert.equal(historyOf('<!-- bedrock-model-ci:history not-base64!! -->').length, 0);
  });
});

describe('the reference a production request is judged against', () => {
  const read = (file: string): TestRecord[] =>
    readFileSync(path.join(ROOT, file), 'utf8')
      .trim()
      .split('\n')
      .map((l, i) => {
        const r = JSON.parse(l) as { messages: Array<{ content: Array<{ text: string }> }> };
        return {
          line: i + 1,
          system: [],
          messages: [],
          turns: [],
          metadata: {},
          prompt: r.messages[0]!.content[0]!.text,
          expected: r.messages.at(-1)!.content[0]!.text,
        };
      });
  /** Of training prompts (right answers known), how many get a reference, and how often the right one. */
  function precision(dir: string) {
    const test = read(`${dir}/test.jsonl`);
    const index = new SimilarityIndex(test.map((r) => r.prompt));
    let matched = 0;
    let right = 0;
    let nearestRight = 0;
    let near = 0;
    for (const r of read(`${dir}/train.jsonl`).slice(0, 1500)) {
      const similarities = index.similarities(r.prompt);
      const reference = referenceFor(similarities, test);
      if (reference) {
        matched += 1;
        if (reference.expected === r.expected) right += 1;
      }
      const best = similarities.indexOf(Math.max(...similarities));
      if (similarities[best]! >= 0.5) {
        near += 1;
        if (test[best]!.expected === r.expected) nearestRight += 1;
      }
    }
    return { matched, precision: right / matched, nearest: nearestRight / near };
  }
  it('is the right answer far more often than the nearest prompt’s, on the examples and on real ATIS', () => {
    const airline = precision('examples/airline-answers');
    assert.ok(airline.precision >= 0.95 && airline.nearest < 0.85, JSON.stringify(airline));
    assert.ok(airline.matched >= 30, 'enough requests are matched to judge a sample');
    const atis = precision('__tests__/fixtures/public/atis');
    assert.ok(atis.precision >= 0.92 && atis.precision > atis.nearest, JSON.stringify(atis));
  });
  it('is none for a request about something the test set does not ask, or equally near two answers', () => {
    const test = read('examples/airline-answers/test.jsonl');
    const index = new SimilarityIndex(test.map((r) => r.prompt));
    assert.equal(referenceFor(index.similarities('Do you sell gift cards for birthdays?'), test), undefined);
    assert.equal(referenceFor([0.6, 0.6], [test[0]!, test[test.length - 1]!]), undefined);
  });
});
