// Shadow replay for free-text answers (`scorer: judge`), through the built action and the sandbox:
// the judge compares the candidate's answer to each replayed production request with production's,
// in both orders, and `min-shadow-preference` refuses a candidate production's answers beat; the
// replay's calls count against `max-eval-cost`.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../../sandbox/runner.js';
import { startSandbox, SANDBOX_BUCKET, type Sandbox } from '../../sandbox/index.js';
import { scratchDir } from '../helpers/io.js';
import { runInSandbox } from '../helpers/action.js';
import { applicationTraffic } from '../helpers/sandbox.js';

const MODEL = 'answers-safe';
const LOGS = `s3://${SANDBOX_BUCKET}/bedrock-logs`;
const dir = scratchDir('bmci-preference');
let sandbox: Sandbox;

const TRAIN = 'examples/airline-answers/train.jsonl';
const example = readFileSync(path.join(ROOT, TRAIN), 'utf8').trim().split('\n');
const SYSTEM = JSON.parse(example[0]!).system as Array<{ text: string }>;
const JUDGED = {
  'model-name': MODEL,
  'test-data': 'examples/airline-answers/test.jsonl',
  scorer: 'judge',
  'judge-rubric': 'examples/airline-answers/rubric.md',
  comment: 'false',
};
const PETS = [
  'Can I take my dog on the plane?',
  'Is my cat allowed to fly with me?',
  'Can my small dog sit with me during the flight?',
  'What do I need to bring my cat on board?',
  'May I travel with my dog to Denver next week?',
  'How do I book a seat for my cat?',
];
const OTHERS = [
  'How much does it cost to check a suitcase?',
  'When does online check-in open for my flight?',
  'Is there wi-fi on the plane?',
  'My suitcase did not arrive, what do I do?',
  'How big can my cabin bag be?',
  'Can I change my flight to another day?',
];
const answerWith = (word: string) =>
  JSON.parse(example.find((l) => l.includes(word))!).messages[1].content[0].text as string;
const refund = answerWith('refunded in full');

const registry = async () =>
  JSON.parse((await sandbox.s3.getText(SANDBOX_BUCKET, `model-ci/registry/${MODEL}.json`))!) as {
    production: number;
    endpoint: { deploymentArn: string };
  };

/**
 * A week of production traffic: customers asking in their own words, pets among them, each question
 * twice in different words (replay counts a request sent again once).
 */
async function productionTraffic(): Promise<void> {
  const { endpoint } = await registry();
  await applicationTraffic(
    sandbox,
    endpoint.deploymentArn,
    [...PETS, ...OTHERS, ...[...PETS, ...OTHERS].map((t) => `${t} Thanks!`)],
    {
      system: SYSTEM,
      maxTokens: 200,
    },
  );
}

/** The example's training data with records added, as a pull request would change it. */
function withAdded(name: string, added: Array<[string, string]>): string {
  const file = path.join(dir, `${name}.jsonl`);
  const records = added.map(([q, a]) =>
    JSON.stringify({
      schemaVersion: 'bedrock-conversation-2024',
      system: SYSTEM,
      messages: [
        { role: 'user', content: [{ text: q }] },
        { role: 'assistant', content: [{ text: a }] },
      ],
    }),
  );
  writeFileSync(file, `${[...example, ...records].join('\n')}\n`);
  return path.relative(ROOT, file);
}

const release = { event: 'push' as const };
async function trainAndPromote(trainingData: string, extra: Record<string, string>) {
  const trained = await runInSandbox(sandbox, { ...JUDGED, 'training-data': trainingData });
  assert.equal(trained.exitCode, 0, trained.stdout);
  const promoted = await runInSandbox(
    sandbox,
    {
      ...JUDGED,
      'training-data': trainingData,
      command: 'promote',
      'bedrock-role-arn': '',
      'watch-minutes': '0',
      ...extra,
    },
    release,
  );
  return { trained, promoted };
}

const pairwiseCalls = () =>
  sandbox.calls
    .of('bedrock-runtime', 'Converse')
    .filter((c) => JSON.stringify(c.params.system ?? '').includes('{\\"better\\"'));

before(async () => {
  sandbox = await startSandbox({
    bedrock: { jobDurationMs: 300, deploymentMs: 50 },
    monitoring: { invocationLogging: { bucket: SANDBOX_BUCKET, prefix: 'bedrock-logs' } },
  });
  const first = await trainAndPromote(TRAIN, {});
  assert.equal(first.promoted.outputs.promoted, 'true', first.promoted.stdout);
  await productionTraffic();
});
after(() => sandbox.stop());

describe("shadow replay judged: the judge's preference between free-text answers", () => {
  it('a candidate that answers as well as production is promoted, with the preference and the replay cost', async () => {
    sandbox.calls.clear();
    const { promoted } = await trainAndPromote(
      withAdded('one-more', [['Is there a fee to pick a window seat?', answerWith('Standard seats')]]),
      { 'invocation-logs': LOGS, 'min-shadow-preference': '0.45', 'max-eval-cost': '100' },
    );
    assert.equal(promoted.exitCode, 0, promoted.stdout);
    assert.equal(promoted.outputs.promoted, 'true', promoted.stdout);
    const preference = Number(promoted.outputs['shadow-preference']);
    assert.ok(preference >= 0.45 && preference <= 0.55, `preference ${preference}`);
    assert.match(
      promoted.stdout,
      /Shadow replay: up to \$\d[\d.]* \(2\d replayed requests \([\d,]+ input tokens, up to \d+ output tokens each\), each pair judged in both orders\)/,
    );
    assert.match(
      promoted.summary,
      /\| judge prefers the candidate's answer \| \*\*\d+\.\d %\*\* \(\d+ better, \d+ as good — \d+ identical, \d+ worse\) ✅ `min-shadow-preference` 45\.0 % \| 50\.0 % \|/,
    );
    assert.match(promoted.summary, /a side wins only when preferred both times/);
    assert.match(promoted.summary, /Replay cost: up to \$\d/);
  });

  it('refuses a candidate whose answers the judge finds worse on production traffic, though the test set passes', async () => {
    // The pull request teaches pet questions, phrased as customers phrase them, the refund answer.
    const data = withAdded(
      'pets-refund',
      PETS.map((q) => [q, refund]),
    );
    const before = (await registry()).production;
    sandbox.calls.clear();
    const { trained, promoted } = await trainAndPromote(data, {
      'invocation-logs': LOGS,
      'min-shadow-preference': '0.45',
      'max-eval-cost': '100',
    });
    assert.equal(trained.outputs.passed, 'true', 'the test set still passes');
    assert.equal(promoted.exitCode, 0, promoted.stdout);
    assert.equal(promoted.outputs.promoted, 'false', promoted.stdout);
    const preference = Number(promoted.outputs['shadow-preference']);
    assert.ok(preference < 0.45, `preference ${preference}`);
    assert.match(
      promoted.stdout,
      /Not promoted: shadow replay: the judge preferred the candidate's answers to production's at \d+\.\d %(?:25)? \(0 better, \d+ as good, \d+ worse of 2\d replayed requests\), under 'min-shadow-preference' 45\.0 %/,
    );
    assert.match(promoted.summary, /❌ `min-shadow-preference` 45\.0 %/);
    // production's answers to most pet questions name the pets; the refund answer names none of them
    const worse = Number(/(\d+) worse of/.exec(promoted.stdout)![1]);
    assert.ok(worse >= 6, `worse ${worse}`);
    assert.match(
      promoted.summary,
      /\| \d+ \| `Small cats and dogs can fly [^`]*` \| `Flexible fares are refunded [^`]*` \| .* \| production better \|/,
    );
    // each differing pair was judged twice, once with each answer first
    const calls = pairwiseCalls();
    assert.equal(calls.length, 2 * 12);
    const candidateFirst = calls.filter((c) => {
      const user = JSON.stringify(c.params.messages);
      return user.indexOf('Flexible fares') < user.indexOf('<answer_b-');
    });
    assert.equal(candidateFirst.length, 12, 'the candidate first in half the calls');
    assert.equal((await registry()).production, before, 'production did not move');

    // max-eval-cost covers the replay: a ceiling the evaluation fits under but the replay does not
    const evalCost = Number(promoted.outputs['eval-cost']);
    const replayCost = Number(/Shadow replay: up to \$(\d[\d.]*)/.exec(promoted.stdout)![1]);
    assert.ok(evalCost > 0 && replayCost > 0);
    sandbox.calls.clear();
    const capped = await runInSandbox(
      sandbox,
      {
        ...JUDGED,
        'training-data': data,
        command: 'promote',
        'bedrock-role-arn': '',
        'watch-minutes': '0',
        'invocation-logs': LOGS,
        'min-shadow-preference': '0.45',
        'max-eval-cost': String(evalCost + replayCost / 2),
      },
      release,
    );
    assert.equal(capped.exitCode, 1, capped.stdout);
    assert.match(
      capped.stdout,
      /::error::Shadow replay would cost up to \$[\d.]+ \(2\d replayed requests .*\); with the evaluation's \$[\d.]+ that makes \$[\d.]+, more than 'max-eval-cost' \$[\d.]+\. Nothing was replayed or promoted: lower 'shadow-requests' \(now 200\)/,
    );
    assert.equal(pairwiseCalls().length, 0, 'no judge call');
    assert.doesNotMatch(capped.stdout, /::group::Shadow replay on/, 'nothing was deployed for the replay');
    assert.equal((await registry()).production, before);
  });

  it("is refused as an input without 'scorer: judge'", async () => {
    const r = await runInSandbox(sandbox, {
      ...JUDGED,
      scorer: 'normalized',
      'judge-rubric': '',
      'training-data': TRAIN,
      command: 'promote',
      'min-shadow-preference': '0.5',
    });
    assert.equal(r.exitCode, 1);
    assert.match(r.stdout, /::error::Input 'min-shadow-preference' is for 'scorer: judge'/);
  });
});
