// One gate: what a pull request's run shows and what promote then does with the same model agree,
// whether `max-regression` is unset, 0 or positive. (Before, run skipped an unset max-regression
// while promote read it as 0: a ✅ on the pull request, then "not promoted" after the merge.)
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../../sandbox/runner.js';
import { startSandbox, type Sandbox } from '../../sandbox/index.js';
import { scratchDir } from '../helpers/io.js';
import { runInSandbox } from '../helpers/action.js';

let sandbox: Sandbox;
const dir = scratchDir('bmci-gate');
/** training data with this share (in %) of its answers relabeled at random */
const relabeled = (share: number) => path.join(dir, `train-relabeled-${share}.jsonl`);
const SHARES = [3, 40];

before(async () => {
  sandbox = await startSandbox({ bedrock: { jobDurationMs: 300, deploymentMs: 50 } });
  const lines = readFileSync(path.join(ROOT, 'examples/atis-intents/train.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
  const labels = lines.map((r) => r.messages[1].content[0].text);
  for (const share of SHARES)
    writeFileSync(
      relabeled(share),
      lines
        .map((r, i) =>
          i % 100 < share
            ? {
                ...r,
                messages: [
                  r.messages[0],
                  { role: 'assistant', content: [{ text: labels[(i * 7 + 3) % labels.length] }] },
                ],
              }
            : r,
        )
        .map((r) => JSON.stringify(r))
        .join('\n') + '\n',
    );
});
after(() => sandbox.stop());

describe('one gate for the pull request and for promotion', () => {
  for (const maxRegression of ['', '0', '5']) {
    it(`max-regression ${maxRegression === '' ? 'unset' : maxRegression}: promote does what the PR's verdict said`, async () => {
      const name = `gate-${maxRegression || 'unset'}`;
      const inputs = { 'model-name': name, comment: 'false', 'max-regression': maxRegression };
      // Production: the model trained from the example, promoted.
      assert.equal((await runInSandbox(sandbox, inputs)).exitCode, 0);
      const first = await runInSandbox(sandbox, { ...inputs, command: 'promote' }, { event: 'push' });
      assert.equal(first.outputs.promoted, 'true', first.stdout);

      const verdicts: Array<[number, string, string]> = [];
      for (const share of SHARES) {
        const candidate = { ...inputs, 'training-data': relabeled(share) };
        const pr = await runInSandbox(sandbox, candidate);
        assert.ok(pr.outputs.passed === 'true' || pr.outputs.passed === 'false', pr.stdout);
        assert.equal(pr.exitCode, pr.outputs.passed === 'true' ? 0 : 1, pr.stdout);
        const merged = await runInSandbox(sandbox, { ...candidate, command: 'promote' }, { event: 'push' });
        assert.equal(merged.exitCode, 0, merged.stdout);
        verdicts.push([share, pr.outputs.passed!, merged.outputs.promoted!]);
        assert.equal(
          merged.outputs.promoted,
          pr.outputs.passed,
          `relabeled ${share} %: the PR said passed=${pr.outputs.passed}, promote said promoted=${merged.outputs.promoted}\n${merged.stdout}`,
        );
      }
      // 40 % of the labels relabeled is significantly worse than production: refused with any setting.
      assert.deepEqual(verdicts.at(-1), [40, 'false', 'false']);
    });
  }

  it('unset max-regression: a candidate no worse than production passes both, as the PR showed', async () => {
    const name = 'gate-same';
    const inputs = { 'model-name': name, comment: 'false' };
    assert.equal((await runInSandbox(sandbox, inputs)).exitCode, 0);
    assert.equal(
      (await runInSandbox(sandbox, { ...inputs, command: 'promote' }, { event: 'push' })).outputs.promoted,
      'true',
    );
    // The same data with validation split off: another job, the same skill.
    const again = { ...inputs, 'validation-split': '0.1' };
    const pr = await runInSandbox(sandbox, again);
    assert.equal(pr.outputs.passed, 'true', pr.stdout);
    assert.match(pr.summary, /max-regression.*not significantly worse/);
    const merged = await runInSandbox(sandbox, { ...again, command: 'promote' }, { event: 'push' });
    assert.equal(merged.outputs.promoted, 'true', merged.stdout);
    assert.match(merged.stdout, /not significantly worse/);
  });
});
