// The PR comment lives while the job trains: it appears when the job exists (before any waiting),
// follows the job's stages in order, is written at most once per interval (60 s; the tests scale
// time by BEDROCK_MODEL_CI_POLL_SCALE), and ends as the final report — one comment throughout.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startSandbox, type Sandbox } from '../../sandbox/index.js';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../../sandbox/runner.js';
import { POLL_SCALE, runInSandbox } from '../helpers/action.js';
import { scratchDir } from '../helpers/io.js';

let sandbox: Sandbox;
before(async () => {
  // a job of 20 polls: validation ends at 15 %, data processing at 40 %, then training
  sandbox = await startSandbox({ bedrock: { jobDurationMs: 2000, deploymentMs: 50 } });
});
after(() => sandbox.stop());

/** Every write of this model's sticky comment, in order: its body and when. */
const writes = (model: string) =>
  sandbox.calls.calls
    .filter(
      (c) =>
        c.service === 'github' &&
        (c.operation === 'CreateIssueComment' || c.operation === 'UpdateIssueComment') &&
        String(c.params.body).includes(`<!-- bedrock-model-ci:${model} -->`),
    )
    .map((c) => ({ body: String(c.params.body), time: c.time, operation: c.operation }));

const title = (body: string) => /^## .*$/m.exec(body)?.[0] ?? '';

describe('the live job card', () => {
  it('appears when the job exists, follows its stages, ends as the report: one comment, at most one write a minute', async () => {
    sandbox.calls.clear();
    const r = await runInSandbox(sandbox, { 'model-name': 'atis-live' });
    assert.equal(r.exitCode, 0, r.stdout);
    const w = writes('atis-live');
    assert.ok(w.length >= 3, `a card, at least one update, the report: ${w.map((x) => title(x.body)).join(' | ')}`);
    assert.equal(w[0]!.operation, 'CreateIssueComment', 'created once');
    assert.ok(
      w.slice(1).every((x) => x.operation === 'UpdateIssueComment'),
      'then only updated in place',
    );
    assert.equal(sandbox.github.state.comments.get(7)!.filter((c) => c.body.includes('atis-live')).length, 1);

    // the first card: before any waiting, with the validation summary's figures, the cost and the stage
    const first = w[0]!.body;
    assert.match(title(first), /^## ⏳ `atis-live`: training — validation$/);
    assert.match(
      first,
      /Training job \[`atis-live-[0-9a-f]{12}`\]\(https:\/\/us-east-1\.console\.aws\.amazon\.com\/bedrock\//,
    );
    assert.match(first, /Stages: validation ⏳ · data processing ○ · training ○/);
    assert.match(first, /This comment follows the job \(updated \d\d:\d\d UTC, at most once a minute\)/);
    assert.ok(
      sandbox.calls.of('bedrock', 'GetModelCustomizationJob')[0]!.time <= w[0]!.time,
      'the card follows the first sighting of the job',
    );

    // the stages in order, never going back, then the report
    const order = ['validation', 'data processing', 'training'];
    const stages = w
      .slice(0, -1)
      .map((x) => /^## ⏳ `atis-live`: training(?: — (.+))?$/.exec(title(x.body))?.[1] ?? 'training');
    const ranks = stages.map((s) => order.indexOf(s));
    assert.ok(
      ranks.every((x) => x >= 0),
      stages.join(', '),
    );
    assert.deepEqual(
      ranks,
      [...ranks].sort((a, b) => a - b),
      `in order: ${stages.join(' → ')}`,
    );
    assert.ok(new Set(stages).size >= 2, `the card moved: ${stages.join(' → ')}`);
    // then the evaluation, counting each model's records; the training cards all came before
    const evaluating = w.filter((x) => /^## ⏳ `atis-live`: evaluating/.test(title(x.body)));
    assert.ok(evaluating.length >= 1, `a card while models are evaluated: ${w.map((x) => title(x.body)).join(' | ')}`);
    const firstEval = w.indexOf(evaluating[0]!);
    assert.ok(
      w.slice(firstEval, -1).every((x) => evaluating.includes(x)),
      'no training card after the evaluation began',
    );
    const counts = evaluating.map((x) =>
      [...x.body.matchAll(/^\| (base|candidate) \(.*\) \| (\d+) of 300( ✓)? \|$/gm)].map((m) => `${m[1]} ${m[2]}`),
    );
    assert.ok(
      counts.every((c) => c.length >= 1),
      `each evaluating card has a row per model begun: ${JSON.stringify(counts)}`,
    );
    assert.match(evaluating[0]!.body, /Training is over; each model answers the test set \(300 records\)/);
    const last = w.at(-1)!.body;
    assert.doesNotMatch(last, /This comment follows the job/);
    assert.match(title(last), /^## .*`atis-live`/);
    assert.doesNotMatch(title(last), /⏳/);

    // the live writes respect the interval (the final report is not held back)
    for (let i = 1; i < w.length - 1; i++)
      assert.ok(
        w[i]!.time - w[i - 1]!.time >= 60_000 * POLL_SCALE - 5,
        `write ${i} came ${w[i]!.time - w[i - 1]!.time} ms after the one before`,
      );
  });

  it('an ETA from the earlier jobs of this model, labelled as an estimate (none without history)', async () => {
    assert.doesNotMatch(writes('atis-live')[0]!.body, /Estimated end/, 'the first job of a model has no history');
    const dir = scratchDir('bmci-live');
    const lines = readFileSync(path.join(ROOT, 'examples/atis-intents/train.jsonl'), 'utf8').trim().split('\n');
    writeFileSync(path.join(dir, 'train.jsonl'), `${lines.slice(1).join('\n')}\n`);
    sandbox.calls.clear();
    const r = await runInSandbox(sandbox, {
      'model-name': 'atis-live',
      'training-data': path.join(dir, 'train.jsonl'),
    });
    assert.equal(r.exitCode, 0, r.stdout);
    const card = writes('atis-live')[0]!.body;
    assert.match(card, /^## ⏳ `atis-live`: training/m, 'a new job, so a new card');
    assert.match(
      card,
      /Estimated end: about \d\d:\d\d UTC \(an estimate from 1 earlier job of this model, by billed tokens\)\./,
    );
  });

  it('hand-over at wait-minutes: the card becomes the hand-over report', async () => {
    sandbox.calls.clear();
    sandbox.bedrock.options.jobDurationMs = 100_000; // 1,000 polls: still training at the hand-over
    try {
      const r = await runInSandbox(sandbox, { 'model-name': 'atis-live-2', 'wait-minutes': '0.02' });
      assert.equal(r.exitCode, 0, r.stdout);
      assert.equal(r.outputs['job-status'], 'InProgress');
      const w = writes('atis-live-2');
      assert.match(w[0]!.body, /This comment follows the job/);
      assert.match(w.at(-1)!.body, /The step handed it over at `wait-minutes`/);
      assert.doesNotMatch(w.at(-1)!.body, /This comment follows the job/);
    } finally {
      sandbox.bedrock.options.jobDurationMs = 2000;
    }
  });
});
