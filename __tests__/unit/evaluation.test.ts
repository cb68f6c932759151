import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { computeMetrics, OTHER } from '../../src/evaluation/metrics.js';
import { normalize, score } from '../../src/evaluation/scorers.js';
import { comparePaired, mcnemarExact, pairedInterval, quantile } from '../../src/evaluation/stats.js';
import { unseenSubset } from '../../src/evaluation/overlap.js';

const close = (a: number, b: number, eps = 1e-4) => assert.ok(Math.abs(a - b) < eps, `${a} ≈ ${b}`);

describe('scorers', () => {
  it('normalized: case, spacing, quotes and trailing punctuation do not matter', () => {
    assert.equal(normalize('  "Flight."  '), 'flight');
    assert.equal(normalize("'Ground   Service'!"), 'ground service');
    assert.ok(score('normalized', 'Airfare.', 'airfare'));
    assert.ok(!score('normalized', 'The intent is: airfare.', 'airfare'));
  });
  it('exact trims only', () => {
    assert.ok(score('exact', 'flight\n', 'flight'));
    assert.ok(!score('exact', 'Flight', 'flight'));
  });
  it('json compares values, keys in any order, fences allowed', () => {
    assert.ok(score('json', '```json\n{"b": [1, 2], "a": "x"}\n```', '{"a":"x","b":[1,2]}'));
    assert.ok(!score('json', '{"a": "x"}', '{"a": "y"}'));
    assert.ok(!score('json', 'not json', '{}'));
  });
  it('regex searches the output for the expected pattern', () => {
    assert.ok(score('regex', 'Total: 42 USD', '\\b42\\b'));
    assert.ok(!score('regex', 'Total: 421 USD', '\\b42\\b'));
    assert.ok(!score('regex', 'anything', '('), 'an invalid pattern scores as wrong');
  });
});

describe('paired statistics, against known values', () => {
  it('exact McNemar', () => {
    close(mcnemarExact(15, 5), 0.0413894653, 1e-9); // 2·P(X ≤ 5), X ~ Bin(20, ½) = 2·21700/2^20
    close(mcnemarExact(10, 0), 0.001953125, 1e-9); // 2/2^10
    assert.equal(mcnemarExact(4, 4), 1);
    assert.equal(mcnemarExact(0, 0), 1);
    close(mcnemarExact(600, 540), 0.0805174387, 1e-8); // large n through log-factorials; exact value from integer binomials
  });
  it('Wald interval for paired proportions', () => {
    const [lo, hi] = pairedInterval(15, 5, 100);
    close(lo, 0.1 - (1.959964 * Math.sqrt(19)) / 100);
    close(hi, 0.1 + (1.959964 * Math.sqrt(19)) / 100);
  });
  it('compares paired outcomes', () => {
    const cand = [
      ...Array(15).fill([true, false]),
      ...Array(5).fill([false, true]),
      ...Array(60).fill([true, true]),
      ...Array(20).fill([false, false]),
    ] as Array<[boolean, boolean]>;
    const r = comparePaired(
      cand.map((x) => x[0]),
      cand.map((x) => x[1]),
    );
    assert.deepEqual([r.n, r.b, r.c], [100, 15, 5]);
    close(r.deltaPp, 10);
    close(r.ci[0], 1.456715, 1e-5);
    close(r.ci[1], 18.543285, 1e-5);
    assert.equal(r.significant, true);
  });
  it('quantiles by nearest rank', () => {
    assert.equal(quantile([5, 1, 3, 2, 4], 0.5), 3);
    assert.equal(
      quantile(
        Array.from({ length: 100 }, (_, i) => i + 1),
        0.95,
      ),
      95,
    );
  });
});

describe('metrics', () => {
  const r = (expected: string, output: string, extra = {}) => ({
    line: 1,
    expected,
    output,
    correct: normalize(output) === normalize(expected),
    latencyMs: 100,
    inputTokens: 10,
    outputTokens: 2,
    ...extra,
  });
  it('accuracy excludes errors; per-label P/R/F1, macro-F1 and confusions', () => {
    const m = computeMetrics(
      [
        r('flight', 'flight'),
        r('flight', 'airfare'),
        r('airfare', 'airfare'),
        r('airfare', 'The intent is airfare'),
        { line: 9, expected: 'flight', correct: false, error: 'ThrottlingException' },
      ],
      true,
    );
    assert.equal(m.total, 5);
    assert.equal(m.errors, 1);
    assert.equal(m.accuracy, 0.5);
    const flight = m.labels!.find((l) => l.label === 'flight')!;
    const airfare = m.labels!.find((l) => l.label === 'airfare')!;
    assert.deepEqual([flight.precision, flight.recall, flight.support], [1, 0.5, 2]);
    assert.deepEqual([airfare.precision, airfare.recall], [0.5, 0.5]);
    close(m.macroF1!, (2 / 3 + 0.5) / 2);
    assert.deepEqual(m.confusions, [
      { expected: 'airfare', predicted: OTHER, count: 1 },
      { expected: 'flight', predicted: 'airfare', count: 1 },
    ]);
    assert.deepEqual(m.tokens, { input: 40, output: 8, meanInput: 10, meanOutput: 2 });
  });
});

describe('accuracy on the test records not seen in training', () => {
  const result = (line: number, correct: boolean, error?: string) => ({ line, expected: 'x', correct, error });
  // Lines 1–4 also occur in training: the candidate memorised them, the base did not.
  const candidate = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((l) => result(l, l <= 4 || l % 2 === 0));
  const base = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((l) => result(l, l === 5 || l === 6));

  it('measures every model on the unseen records only, paired as the headline is', () => {
    const u = unseenSubset(
      [
        { role: 'base', label: 'base', results: base },
        { role: 'candidate', label: 'candidate', results: candidate },
      ],
      [1, 2, 3, 4],
      false,
    )!;
    assert.equal(u.records, 6);
    assert.equal(u.seen, 4);
    const acc = (role: string) => u.models.find((m) => m.role === role)!.metrics.accuracy;
    close(acc('candidate'), 3 / 6); // 6, 8, 10
    close(acc('base'), 2 / 6); // 5, 6
    // Unseen pairs: candidate fixes 8 and 10, breaks 5; 6 both right.
    assert.deepEqual([u.vsBase!.n, u.vsBase!.b, u.vsBase!.c], [6, 2, 1]);
    close(u.vsBase!.deltaPp, 100 / 6);
    assert.equal(u.vsChampion, undefined);
  });

  it('is absent when nothing overlaps', () => {
    assert.equal(unseenSubset([{ role: 'candidate', label: 'c', results: candidate }], [], false), undefined);
  });
});

describe('untrusted text cannot hang the runner', () => {
  const within = (ms: number, f: () => unknown) => {
    const t = performance.now();
    const out = f();
    const took = performance.now() - t;
    assert.ok(took < ms, `took ${took.toFixed(0)} ms (bound ${ms} ms)`);
    return out;
  };
  it('a test-set pattern such as ^(.|.)*Q$ runs in linear time (RE2)', () => {
    assert.equal(
      within(500, () => score('regex', 'a'.repeat(100_000), '^(.|.)*Q$')),
      false,
    );
    assert.equal(
      within(500, () => score('regex', `${'a'.repeat(30_000)}Q`, '^(.|.)*Q$')),
      true,
    );
    assert.equal(score('regex', 'x', '(a)\\1'), false, 'a pattern RE2 cannot run scores as wrong');
  });
  it('normalize trims crafted runs of punctuation and quotes in linear time', () => {
    const dots = `${'.'.repeat(200_000)}x${'.'.repeat(200_000)}`;
    assert.equal(
      within(300, () => normalize(dots)),
      `${'.'.repeat(200_000)}x`,
    );
    assert.equal(
      within(300, () => normalize(`${'"'.repeat(100_000)}a${"'".repeat(100_000)}`)),
      'a',
    );
  });
});
