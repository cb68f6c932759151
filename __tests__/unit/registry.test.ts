import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { S3Store } from '../../src/aws/s3-store.js';
import { intendedVersion, updateRegistry, type Registry } from '../../src/registry/manifest.js';
import { decidePromotion, rollbackTarget, withProduction, type Candidate } from '../../src/registry/promotion.js';
import { settingsFor } from '../helpers/io.js';

/** An S3 store with conditional writes, where another writer can slip in between a read and a write. */
function fakeStore() {
  let object: { text: string; etag: string } | undefined;
  let n = 0;
  const store = {
    writes: 0,
    conflicts: 0,
    /** runs once, just before the next write lands: a concurrent promotion */
    interloper: undefined as undefined | (() => void),
    set(value: unknown) {
      object = { text: JSON.stringify(value), etag: `"e${++n}"` };
    },
    getText: async () => (object ? { ...object } : undefined),
    putJson: async (_path: string, value: unknown, c: { ifMatch?: string; ifNoneMatch?: string }) => {
      const sneak = store.interloper;
      store.interloper = undefined;
      sneak?.();
      if ((c.ifNoneMatch === '*' && object) || (c.ifMatch !== undefined && object?.etag !== c.ifMatch)) {
        store.conflicts += 1;
        throw Object.assign(new Error('At least one of the pre-conditions you specified did not hold'), {
          name: 'PreconditionFailed',
          $metadata: { httpStatusCode: 412 },
        });
      }
      store.writes += 1;
      store.set(value);
      return object!.etag;
    },
  };
  return store;
}

const candidate = (arn: string, accuracy: number): Candidate => ({
  customModelArn: arn,
  jobName: arn,
  jobArn: `job-${arn}`,
  datasetHash: 'h',
  accuracy,
  testSetSha256: 't',
  scorer: 'normalized',
});
const actor = { at: '2026-11-23T00:00:00Z', by: 'octocat' };
const settings = settingsFor({ 'training-data': 'examples/atis-intents/train.jsonl', 'max-regression': '1' });

describe('the registry', () => {
  it('a lost race re-reads and decides again on what the winner wrote', async () => {
    const store = fakeStore();
    const decisions: Array<number | undefined> = [];
    const winner = withProduction(undefined, 'atis', candidate('A', 0.99), actor).registry;
    store.interloper = () => store.set(winner);
    const result = await updateRegistry(store as unknown as S3Store, 'atis', (current: Registry | undefined) => {
      decisions.push(intendedVersion(current)?.version);
      const d = decidePromotion(current, candidate('B', 0.95), settings);
      return d.promote
        ? { write: withProduction(current, 'atis', candidate('B', 0.95), actor).registry, result: d }
        : { result: d };
    });
    assert.deepEqual(decisions, [undefined, 1], 'decided twice: on no registry, then on the winner');
    assert.equal(store.conflicts, 1);
    assert.equal(result.promote, false);
    assert.match(
      result.reason,
      /^it is −4\.0 pp vs production version 1 \(against its recorded 99\.0 %\), worse than 'max-regression' allows \(−1 pp\)$/,
    );
    assert.equal(JSON.parse((await store.getText())!.text).pending, 1, 'the winner stays the production to be');
  });

  it('holds a graded candidate to min-score', () => {
    const graded = settingsFor({
      'training-data': 'examples/atis-intents/train.jsonl',
      scorer: 'judge',
      'min-score': '0.8',
    });
    const d = decidePromotion(undefined, { ...candidate('A', 0.9), score: 0.75 }, graded);
    assert.equal(d.promote, false);
    assert.equal(d.reason, "mean score 0.750 is below 'min-score' 0.8");
    assert.equal(decidePromotion(undefined, { ...candidate('A', 0.9), score: 0.85 }, graded).promote, true);
  });

  it('decides with the numbers, and never promotes what is already production', () => {
    const reg = withProduction(undefined, 'atis', candidate('A', 0.9), actor).registry;
    assert.match(
      decidePromotion(undefined, candidate('A', 0.9), settings).reason,
      /^no production version yet; accuracy 90\.0 %$/,
    );
    assert.equal(decidePromotion(reg, candidate('A', 0.9), settings).reason, 'it is already production (version 1)');
    const better = decidePromotion(reg, candidate('B', 0.95), settings, {
      championArn: 'A',
      comparison: { n: 300, b: 20, c: 5, deltaPp: 5, ci: [2, 8], p: 0.004, significant: true },
    });
    assert.equal(better.promote, true);
    assert.equal(
      better.reason,
      "+5.0 pp vs production version 1 (95 % CI +2.0 pp … +8.0 pp, significant, McNemar p = 0.004), within 'max-regression' (−1 pp); accuracy 95.0 %",
    );
    assert.equal(
      decidePromotion(
        reg,
        candidate('B', 0.5),
        settingsFor({ 'training-data': 'examples/atis-intents/train.jsonl', 'min-accuracy': '0.8' }),
      ).reason,
      "accuracy 50.0 % is below 'min-accuracy' 80.0 %",
    );
  });

  it('numbers versions, reuses a version for a model seen before, and rolls back to where production came from', () => {
    let reg = withProduction(undefined, 'atis', candidate('A', 0.9), actor).registry;
    reg = withProduction(reg, 'atis', candidate('B', 0.95), actor).registry;
    reg = withProduction(reg, 'atis', candidate('A', 0.9), actor, 'rollback').registry;
    assert.deepEqual(
      reg.versions.map((v) => [v.version, v.customModelArn]),
      [
        [1, 'A'],
        [2, 'B'],
      ],
    );
    assert.deepEqual(
      reg.history.map((h) => [h.action, h.version, h.from]),
      [
        ['promote', 1, undefined],
        ['promote', 2, 1],
        ['rollback', 1, 2],
      ],
    );
    assert.equal((rollbackTarget(reg) as { version: number }).version, 2);
    assert.deepEqual(rollbackTarget(withProduction(undefined, 'atis', candidate('A', 0.9), actor).registry), {
      error: "Production (version 1) has no earlier version to roll back to. Name one with 'version'.",
    });
  });
});
