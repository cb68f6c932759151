// Sweeps through the built action and the sandbox: a 2×2 grid (epochCount × Micro/Lite) trained
// from one pull request, ranked, re-run for free, handed over mid-grid and resumed, one point
// failing and retried alone, and promote picking the same winner.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startSandbox, type Sandbox } from '../../sandbox/index.js';
import { runInSandbox } from '../helpers/action.js';
import type { SweepRanking } from '../../src/evaluation/rank.js';
import { formatUsd } from '../../src/pricing/prices.js';

let sandbox: Sandbox;
before(async () => {
  sandbox = await startSandbox({ bedrock: { jobDurationMs: 400, deploymentMs: 50 } });
});
after(() => sandbox.stop());

const GRID = {
  'model-name': 'atis-sweep',
  'base-model': '[amazon.nova-micro-v1:0:128k, amazon.nova-lite-v1:0:300k]',
  hyperparameters: 'epochCount: [1, 2]',
};
const comment = (model: string) =>
  (sandbox.github.state.comments.get(7) ?? []).find((c) => c.body.includes(`<!-- bedrock-model-ci:${model} -->`))!.body;
const datasetUploads = () =>
  sandbox.calls.of('s3', 'PutObject').filter((c) => String(c.params.Key).includes('/datasets/')).length;

describe('a sweep from one pull request', () => {
  let winnerJob = '';

  it('trains the 2×2 grid, evaluates every point, and ranks them: one epoch under-fits, the larger model costs more', async () => {
    sandbox.calls.clear();
    const r = await runInSandbox(sandbox, { ...GRID, 'min-accuracy': '0.9' });
    assert.equal(r.exitCode, 0, r.stdout);
    assert.equal(sandbox.calls.count('bedrock', 'CreateModelCustomizationJob'), 4);
    assert.equal(datasetUploads(), 1, 'one upload for the whole grid');
    const sweep = JSON.parse(r.outputs.sweep!) as SweepRanking;
    assert.equal(sweep.rows.length, 4);
    const row = (label: string) => sweep.rows.find((x) => x.label === label)!;
    // Micro with 2 epochs wins: Lite with 2 epochs is no better on this test set and costs more to serve.
    assert.equal(sweep.winner, row('Nova Micro, epochCount=2').id);
    assert.equal(row('Nova Micro, epochCount=2').rank, 1);
    assert.ok(row('Nova Micro, epochCount=1').metric! < row('Nova Micro, epochCount=2').metric! - 0.03, 'under-fits');
    assert.ok(row('Nova Micro, epochCount=1').pVsBest! < 0.05);
    assert.ok(
      row('Nova Lite, epochCount=1').metric! > row('Nova Micro, epochCount=1').metric!,
      'the larger model gains',
    );
    assert.ok(row('Nova Lite, epochCount=2').pVsBest! >= 0.05);
    assert.ok(row('Nova Lite, epochCount=2').inferencePer1k! > row('Nova Micro, epochCount=2').inferencePer1k!);
    assert.match(
      sweep.reason,
      /cheapest of the 2 points not significantly different from it|not significantly better than the cheaper/,
    );
    // the winner is the candidate: outputs, gate
    winnerJob = r.outputs['job-name']!;
    assert.equal(winnerJob, row('Nova Micro, epochCount=2').jobName);
    assert.equal(r.outputs.passed, 'true');
    assert.ok(Number(r.outputs.accuracy) > 0.95);

    const body = comment('atis-sweep');
    assert.match(body, /## ✅ `atis-sweep`: sweep winner passes the gate — 9\d\.\d % accuracy/);
    assert.match(body, /- 🏁 Sweep of 4 points \(4 evaluated\): winner \*\*p2\*\* \(Nova Micro, epochCount=2\)/);
    assert.match(body, /### Sweep: 4 points, ranked/);
    assert.match(
      body,
      /\| 1 \| \*\*p2\*\* Nova Micro, epochCount=2 .* \| 🏆 winner \| \*\*99\.0 %\*\* \(\d+\.\d % … \d+\.\d %\) \| \+\d+\.\d pp \| /,
    );
    assert.match(body, /title "Training loss of every point"/);
    const chart = body.slice(body.indexOf('Training loss of every point'), body.indexOf('🟦'));
    assert.equal(chart.match(/^ {4}line \[/gm)?.length, 4, 'one series per point');
    assert.match(body, /plotColorPalette: "#0969da, #cf222e, #1a7f37, #8250df"/);
    // a legend in the chart's colours
    assert.match(
      body,
      /^🟦 \*\*p1\*\* Nova Micro, epochCount=1 · 🟥 \*\*p2\*\* Nova Micro, epochCount=2 · 🟩 \*\*p3\*\* Nova Lite, epochCount=1 · 🟪 \*\*p4\*\* Nova Lite, epochCount=2$/m,
    );
    // what the run spends: the grid's total, and the winner's share of it
    const ranked = JSON.parse(r.outputs.sweep!) as SweepRanking;
    const total = ranked.rows.reduce((a, x) => a + x.trainingCost!, 0);
    const winnerCost = ranked.rows.find((x) => x.id === ranked.winner)!.trainingCost!;
    assert.ok(
      body.includes(
        `training about \\$${formatUsd(total)} for the grid's 4 points, of which the winner \\$${formatUsd(winnerCost)}`,
      ),
      body.slice(0, 1500),
    );
    assert.doesNotMatch(body, /p = </);
  });

  it('re-run: no job, no upload, no candidate call; each base model evaluated once (no release scope)', async () => {
    sandbox.calls.clear();
    const r = await runInSandbox(sandbox, GRID);
    assert.equal(r.exitCode, 0, r.stdout);
    assert.equal(sandbox.calls.count('bedrock', 'CreateModelCustomizationJob'), 0);
    assert.equal(datasetUploads(), 0);
    const calls = sandbox.calls.of('bedrock-runtime', 'Converse');
    assert.equal(calls.filter((c) => String(c.params.modelId).startsWith('arn:')).length, 0);
    assert.equal(calls.length, 600, 'each of the two base models once, whatever the number of points');
    assert.equal(r.outputs['job-name'], winnerJob);
  });

  it('command: evaluate ranks the grid without training anything', async () => {
    sandbox.calls.clear();
    const r = await runInSandbox(sandbox, { ...GRID, command: 'evaluate' });
    assert.equal(r.exitCode, 0, r.stdout);
    assert.equal(r.outputs['job-name'], winnerJob);
    assert.equal((JSON.parse(r.outputs.sweep!) as SweepRanking).rows.filter((x) => x.rank !== undefined).length, 4);
    assert.equal(sandbox.calls.count('bedrock', 'CreateModelCustomizationJob'), 0);
    assert.equal(datasetUploads(), 0);
  });

  it('promote finds the same winner from the same inputs and promotes it', async () => {
    const r = await runInSandbox(sandbox, { ...GRID, command: 'promote', 'bedrock-role-arn': '' }, { event: 'push' });
    assert.equal(r.exitCode, 0, r.stdout);
    assert.equal(r.outputs.promoted, 'true');
    assert.equal(JSON.parse(r.outputs.sweep!).winner, 'p2');
    const registry = JSON.parse((await sandbox.s3.getText('model-ci-sandbox', 'model-ci/registry/atis-sweep.json'))!);
    assert.equal(registry.versions.at(-1).jobName, winnerJob);
    assert.equal(sandbox.calls.count('bedrock', 'CreateModelCustomizationJob'), 0);
  });

  it('a grid larger than max-jobs is an error naming its size, before anything is uploaded', async () => {
    sandbox.calls.clear();
    const r = await runInSandbox(sandbox, {
      ...GRID,
      hyperparameters: 'epochCount: [1, 2, 3]\nlearningRate: [0.00001, 0.00002]',
    });
    assert.equal(r.exitCode, 1);
    assert.match(
      r.stdout,
      /::error::The sweep is a grid of 12 points \(2 base models × 3 epochCount values × 2 learningRate values\), more than 'max-jobs' 4/,
    );
    assert.equal(sandbox.calls.of('s3').length + sandbox.calls.of('bedrock').length, 0);
  });

  it('every point is checked before any upload; the cost ceiling applies to the whole grid', async () => {
    sandbox.calls.clear();
    const bad = await runInSandbox(sandbox, { ...GRID, hyperparameters: 'epochCount: [2, 9]' });
    assert.equal(bad.exitCode, 1);
    assert.match(
      bad.stdout,
      /::error::.*epochCount.*\(in the sweep's point base-model=amazon\.nova-micro-v1:0:128k, epochCount=9\)/,
    );
    const one = JSON.parse(
      (
        await runInSandbox(sandbox, {
          ...GRID,
          'base-model': 'amazon.nova-micro-v1:0:128k',
          hyperparameters: 'epochCount: 1',
        })
      ).outputs['training-cost']
        ? '1'
        : '0',
    );
    assert.equal(one, 1);
    sandbox.calls.clear();
    const r = await runInSandbox(sandbox, { ...GRID, 'model-name': 'atis-sweep-budget', 'max-training-cost': '1' });
    assert.equal(r.exitCode, 1);
    assert.match(
      r.stdout,
      /::error::The training would cost about \$\d+\.\d+: [\d,]+ training tokens × 6 epochs = [\d,]+ billed tokens/,
    );
    assert.equal(datasetUploads(), 0);
  });
});

describe('a sweep that takes its time, or fails in part', () => {
  it('hands over mid-grid at the deadline, and the next run resumes the rest', async () => {
    // the two-epoch point is still training when the first run hands over, and ends for the second
    sandbox.bedrock.options.holdJobs = [{ nameContains: 'atis-slow', hyperparameters: { epochCount: '2' } }];
    try {
      const inputs = {
        ...GRID,
        'model-name': 'atis-slow',
        'base-model': 'amazon.nova-micro-v1:0:128k',
        'wait-minutes': '0.02',
      };
      const first = await runInSandbox(sandbox, inputs);
      assert.equal(first.exitCode, 0, first.stdout);
      assert.match(first.stdout, /::notice::1 of 2 training jobs of the sweep are still running after 0\.02 min/);
      const sweep = JSON.parse(first.outputs.sweep!) as SweepRanking;
      assert.deepEqual(sweep.rows.map((r) => r.status).sort(), ['Completed, not evaluated', 'InProgress']);
      assert.match(comment('atis-slow'), /## ⏳ `atis-slow`: sweep training in progress — 1 of 2 points ended/);
      sandbox.calls.clear();
      sandbox.bedrock.options.holdJobs = [];
      const second = await runInSandbox(sandbox, { ...inputs, 'wait-minutes': '1' });
      assert.equal(second.exitCode, 0, second.stdout);
      assert.equal(sandbox.calls.count('bedrock', 'CreateModelCustomizationJob'), 0, 'resumed, not retrained');
      assert.equal(
        (JSON.parse(second.outputs.sweep!) as SweepRanking).rows.filter((r) => r.metric !== undefined).length,
        2,
      );
    } finally {
      sandbox.bedrock.options.holdJobs = [];
    }
  });

  it('one point failing: the others are evaluated and ranked; retry-failed retries only that point', async () => {
    sandbox.bedrock.options.failJobs = [
      {
        nameContains: 'atis-part',
        hyperparameters: { epochCount: '1' },
        message: 'Internal error: the training instance was lost.',
      },
    ];
    const inputs = { ...GRID, 'model-name': 'atis-part', 'base-model': 'amazon.nova-micro-v1:0:128k' };
    try {
      const r = await runInSandbox(sandbox, inputs);
      assert.equal(r.exitCode, 0, r.stdout);
      const sweep = JSON.parse(r.outputs.sweep!) as SweepRanking;
      const failed = sweep.rows.find((x) => x.status === 'Failed')!;
      assert.equal(failed.label, 'epochCount=1');
      assert.equal(failed.rank, undefined);
      assert.equal(sweep.winner, sweep.rows.find((x) => x.label === 'epochCount=2')!.id);
      assert.match(
        comment('atis-part'),
        /\| — \| \*\*p1\*\* epochCount=1 .* \| Failed: Internal error: the training instance was lost\. \|/,
      );
    } finally {
      sandbox.bedrock.options.failJobs = [];
    }
    sandbox.calls.clear();
    const retried = await runInSandbox(sandbox, { ...inputs, 'retry-failed': 'true' });
    assert.equal(retried.exitCode, 0, retried.stdout);
    const created = sandbox.calls.of('bedrock', 'CreateModelCustomizationJob');
    assert.equal(created.length, 1, 'only the failed point');
    const sweep = JSON.parse(retried.outputs.sweep!) as SweepRanking;
    assert.ok(sweep.rows.every((x) => x.status === 'Completed'));
    assert.match(sweep.rows.find((x) => x.label === 'epochCount=1')!.jobName!, /-r2$/);
  });
});
