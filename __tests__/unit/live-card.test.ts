// The live card's parts: the stage line, and the write rule (on a change, at most once per interval).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { stageLine } from '../../src/report/stages.js';
import { rateOf } from '../../src/training/eta.js';
import { sweepTable } from '../../src/report/sweep.js';

describe('stageLine', () => {
  it('marks each stage Bedrock reports, and names the one in progress', () => {
    assert.deepEqual(stageLine({ validation: 'Completed', dataProcessing: 'InProgress', training: 'NotStarted' }), {
      line: 'validation ✓ · data processing ⏳ · training ○',
      current: 'data processing',
    });
    assert.deepEqual(stageLine(undefined), {}, 'no stages (some customization types): no line');
    assert.deepEqual(stageLine({}), {});
  });

  it('an unknown status is shown as text, escaped', () => {
    assert.equal(stageLine({ training: '<b>New</b>' }).line, 'training \\<b\\>New\\</b\\>');
  });
});

describe('rateOf (a stored report, read for the ETA)', () => {
  const report = (minutes: unknown, tokens: unknown) =>
    JSON.stringify({ training: { durationMinutes: minutes }, cost: { training: { billedTokens: tokens } } });
  it('minutes per billed token of a completed job', () => {
    assert.equal(rateOf(report(60, 1_000_000)), 60 / 1_000_000);
  });
  it('nothing from a report without both, with nonsense, or not JSON (reports are written by pull requests too)', () => {
    assert.equal(rateOf(report(undefined, 1000)), undefined);
    assert.equal(rateOf(report(60, 0)), undefined);
    assert.equal(rateOf(report(-5, 1000)), undefined);
    assert.equal(rateOf(report('60', 1000)), undefined);
    assert.equal(rateOf(report(1e9, 1000)), undefined);
    assert.equal(rateOf('{'), undefined);
  });
});

describe("a sweep's card", () => {
  it("shows each running point's stage beside its status", () => {
    const row = (id: string, status: string, stages?: Record<string, string>) => ({
      id,
      label: `epochCount=${id.slice(1)}`,
      baseModel: 'amazon.nova-micro-v1:0:128k',
      hyperparameters: {},
      varying: {},
      jobName: `atis-${id}`,
      status,
      ...(stages ? { stages } : {}),
      overfitting: false,
    });
    const table = sweepTable({
      metric: 'accuracy',
      reason: '',
      size: 3,
      curves: [],
      rows: [
        row('p1', 'InProgress', { validation: 'Completed', dataProcessing: 'InProgress', training: 'NotStarted' }),
        row('p2', 'InProgress', { validation: 'Completed', dataProcessing: 'Completed', training: 'InProgress' }),
        row('p3', 'Completed'),
      ],
    });
    assert.match(table, /\| \*\*p1\*\* epochCount=1 \(`atis-p1`\) \| InProgress — data processing \|/);
    assert.match(table, /\| \*\*p2\*\* epochCount=2 \(`atis-p2`\) \| InProgress — training \|/);
    assert.match(table, /\| \*\*p3\*\* epochCount=3 \(`atis-p3`\) \| completed \|/);
  });
});
