// The grid and the ranking rule of sweeps, on outcomes made to decide each branch.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { settingsFor } from '../helpers/io.js';
import { overfitting, rankSweep, type PointOutcome } from '../../src/evaluation/rank.js';
import type { Evaluation } from '../../src/evaluation/evaluate.js';
import { computeMetrics, type RecordResult } from '../../src/evaluation/metrics.js';

const base = { 'training-data': 'examples/atis-intents/train.jsonl' };

describe('the grid', () => {
  it('is the cartesian product of the lists, base models outermost', () => {
    const s = settingsFor({
      ...base,
      'base-model': '[amazon.nova-micro-v1:0:128k, amazon.nova-lite-v1:0:300k]',
      hyperparameters: 'epochCount: [1, 2]\nlearningRate: 0.00001',
    });
    assert.deepEqual(
      s.sweep!.points.map((p) => [
        p.id,
        p.baseModel.id,
        p.hyperparameters.values.epochCount,
        p.hyperparameters.values.learningRate,
      ]),
      [
        ['p1', 'amazon.nova-micro-v1:0:128k', '1', '0.00001'],
        ['p2', 'amazon.nova-micro-v1:0:128k', '2', '0.00001'],
        ['p3', 'amazon.nova-lite-v1:0:300k', '1', '0.00001'],
        ['p4', 'amazon.nova-lite-v1:0:300k', '2', '0.00001'],
      ],
    );
    assert.deepEqual(s.sweep!.varies, ['base-model', 'epochCount']);
    assert.equal(s.baseModel.id, 'amazon.nova-micro-v1:0:128k', 'the first point stands for the run');
    assert.equal(settingsFor({ ...base, hyperparameters: 'epochCount: [3]' }).sweep, undefined, 'one value: no sweep');
  });

  it('refuses what cannot be a grid, naming the input', () => {
    assert.throws(
      () => settingsFor({ ...base, hyperparameters: 'epochCount: [1, 2, 3, 4, 5]' }),
      /The sweep is a grid of 5 points \(5 epochCount values\), more than 'max-jobs' 4/,
    );
    assert.equal(
      settingsFor({ ...base, hyperparameters: 'epochCount: [1, 2, 3, 4, 5]', 'max-jobs': '5' }).sweep!.points.length,
      5,
    );
    assert.throws(
      () => settingsFor({ ...base, hyperparameters: 'epochCount: [1, 1]' }),
      /'epochCount' lists a value twice/,
    );
    assert.throws(
      () => settingsFor({ ...base, 'base-model': '[amazon.nova-micro-v1:0:128k, amazon.nova-micro-v1:0:128k]' }),
      /lists amazon\.nova-micro-v1:0:128k twice/,
    );
    assert.throws(
      () =>
        settingsFor({
          ...base,
          'base-model': '[amazon.nova-micro-v1:0:128k, amazon.nova-lite-v1:0:300k]',
          'base-model-inference-id': 'x',
        }),
      /'base-model-inference-id' is set, but 'base-model' lists 2 models/,
    );
    assert.throws(
      () => settingsFor({ ...base, 'base-model': '[amazon.nova-micro-v1:0:128k, nova-giant]' }),
      /Input 'base-model' is 'nova-giant'/,
    );
  });
});

const results = (correct: boolean[]): RecordResult[] =>
  correct.map((c, i) => ({ line: i + 1, expected: 'a', output: c ? 'a' : 'b', correct: c }));
const outcome = (
  id: string,
  epochs: number,
  correct: boolean[],
  inferencePer1k: number,
  trainingCost: number,
): PointOutcome => {
  const r = results(correct);
  const evaluation = {
    models: [
      {
        role: 'candidate',
        label: id,
        modelKey: id,
        via: 'deployment',
        cached: false,
        metrics: computeMetrics(r, false),
        results: r,
      },
    ],
  } as unknown as Evaluation;
  return {
    point: {
      id,
      baseModel: { id: 'amazon.nova-micro-v1:0:128k', label: 'Nova Micro' },
      baseModelInferenceId: 'amazon.nova-micro-v1:0',
      hyperparameters: { values: { epochCount: String(epochs) }, notices: [] },
      varying: { epochCount: String(epochs) },
    } as unknown as PointOutcome['point'],
    job: { name: `job-${id}`, status: 'Completed' } as PointOutcome['job'],
    evaluation,
    inferencePer1k,
    trainingCost,
  };
};
const n = 60;
const correctIn = (wrongEvery: number) => Array.from({ length: n }, (_, i) => i % wrongEvery !== 0);

describe('the winner', () => {
  it('a best point not significantly better than a cheaper one loses to it, and the reason says so', () => {
    const ranking = rankSweep(
      [outcome('p1', 1, correctIn(20), 0.004, 0.2), outcome('p2', 2, correctIn(30), 0.008, 0.4)],
      false,
    );
    assert.equal(ranking.winner, 'p1');
    assert.equal(ranking.best, 'p2');
    assert.match(
      ranking.reason,
      /^p2 \(epochCount=2\) scored highest \(96\.7 %\), but not significantly better than the cheaper p1 \(epochCount=1\) \(95\.0 %, p = 1\.000\), so p1 was chosen$/,
    );
  });

  it('a significantly better point wins whatever it costs', () => {
    const ranking = rankSweep(
      [outcome('p1', 1, correctIn(2), 0.004, 0.2), outcome('p2', 2, correctIn(60), 0.008, 0.4)],
      false,
    );
    assert.equal(ranking.winner, 'p2');
    assert.match(ranking.reason, /significantly better than every other point/);
    assert.ok(ranking.rows.find((r) => r.id === 'p1')!.pVsBest! < 0.05);
  });

  it('ties go to the lower inference price, then training cost, then fewer epochs', () => {
    const same = correctIn(30);
    assert.equal(
      rankSweep([outcome('p1', 2, same, 0.008, 0.2), outcome('p2', 2, same, 0.004, 0.4)], false).winner,
      'p2',
    );
    assert.equal(
      rankSweep([outcome('p1', 2, same, 0.004, 0.4), outcome('p2', 2, same, 0.004, 0.2)], false).winner,
      'p2',
    );
    assert.equal(
      rankSweep([outcome('p1', 3, same, 0.004, 0.2), outcome('p2', 1, same, 0.004, 0.2)], false).winner,
      'p2',
    );
  });

  it('flags overfitting: validation loss up over the last epoch while training loss fell', () => {
    const curve = (epochs: number[], losses: number[]) =>
      epochs.map((epoch, i) => ({ step: i + 1, epoch, loss: losses[i]! }));
    assert.equal(
      overfitting({ training: curve([1, 1, 2, 2], [2, 1.5, 1, 0.8]), validation: curve([1, 2], [1.2, 1.4]) }),
      true,
    );
    assert.equal(
      overfitting({ training: curve([1, 1, 2, 2], [2, 1.5, 1, 0.8]), validation: curve([1, 2], [1.4, 1.2]) }),
      false,
    );
  });
});
