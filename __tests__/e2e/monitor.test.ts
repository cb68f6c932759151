// `command: monitor` through the built action and the sandbox: one model-health issue per model,
// created once and updated in place, opened when something needs action and closed when all is
// well; the base model's end of life, drift of production's traffic from the test set, and what
// serving it costs, from the calls the sandbox actually served.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createGzip } from 'node:zlib';
import { DeleteObjectCommand } from '@aws-sdk/client-s3';
import { ROOT } from '../../sandbox/runner.js';
import { startSandbox, SANDBOX_BUCKET, type Sandbox } from '../../sandbox/index.js';
import { runInSandbox } from '../helpers/action.js';
import { applicationTraffic } from '../helpers/sandbox.js';

const MODEL = 'atis-health';
const LOGS = `s3://${SANDBOX_BUCKET}/bedrock-logs`;
let sandbox: Sandbox;
const release = { event: 'schedule' as const };
const SYSTEM = JSON.parse(
  readFileSync(path.join(ROOT, 'examples/atis-intents/train.jsonl'), 'utf8').split('\n')[0]!,
).system;

const monitorRun = (extra: Record<string, string> = {}) =>
  runInSandbox(
    sandbox,
    {
      command: 'monitor',
      'model-name': MODEL,
      'training-data': '',
      'bedrock-role-arn': '',
      'invocation-logs': LOGS,
      ...extra,
    },
    release,
  );
/** Custom-model inference prices large enough that the monthly figure is exact to the cent. */
const PRICES = 'nova-micro: { custom-input-per-1k-tokens: 0.5, custom-output-per-1k-tokens: 1.5 }';
const issues = () => [...sandbox.github.state.issues.values()].filter((i) => i.title === `Model health: ${MODEL}`);

/** Requests as production's users send them, to the stable endpoint. */
async function traffic(texts: readonly string[], model = MODEL, system = SYSTEM): Promise<void> {
  const registry = JSON.parse((await sandbox.s3.getText(SANDBOX_BUCKET, `model-ci/registry/${model}.json`))!);
  await applicationTraffic(sandbox, registry.endpoint.deploymentArn, texts, { system });
}
// Production's usual traffic: requests like the ones the model was trained for (the example's
// training prompts, every fifth), which the simulated model answers as the test set expects.
const usual = readFileSync(path.join(ROOT, 'examples/atis-intents/train.jsonl'), 'utf8')
  .trim()
  .split('\n')
  .filter((_, i) => i % 5 === 0)
  .map((l) => JSON.parse(l).messages[0].content[0].text as string);

const AIRLINE = readFileSync(path.join(ROOT, 'examples/airline-answers/train.jsonl'), 'utf8').trim().split('\n');
const AIRLINE_SYSTEM = JSON.parse(AIRLINE[0]!).system;
const airlineQuestions = AIRLINE.map((l) => JSON.parse(l).messages[0].content[0].text as string);
const JUDGED = {
  'model-name': 'answers-health',
  'training-data': 'examples/airline-answers/train.jsonl',
  'test-data': 'examples/airline-answers/test.jsonl',
  scorer: 'judge',
  'judge-rubric': 'examples/airline-answers/rubric.md',
};

before(async () => {
  sandbox = await startSandbox({
    bedrock: { jobDurationMs: 300, deploymentMs: 50 },
    monitoring: { invocationLogging: { bucket: SANDBOX_BUCKET, prefix: 'bedrock-logs' } },
  });
  const trained = await runInSandbox(sandbox, { 'model-name': MODEL, comment: 'false' });
  assert.equal(trained.exitCode, 0, trained.stdout);
  const promoted = await runInSandbox(
    sandbox,
    { command: 'promote', 'model-name': MODEL, 'bedrock-role-arn': '', 'watch-minutes': '0' },
    { event: 'push' },
  );
  assert.equal(promoted.outputs.promoted, 'true', promoted.stdout);
  await traffic(usual);

  // a second model, free text graded by a judge, with its customers' questions
  const judged = await runInSandbox(sandbox, { ...JUDGED, comment: 'false' });
  assert.equal(judged.exitCode, 0, judged.stdout);
  const promotedJudged = await runInSandbox(
    sandbox,
    { ...JUDGED, command: 'promote', 'bedrock-role-arn': '', 'watch-minutes': '0' },
    { event: 'push' },
  );
  assert.equal(promotedJudged.outputs.promoted, 'true', promotedJudged.stdout);
  await traffic(airlineQuestions, JUDGED['model-name'], AIRLINE_SYSTEM);
});
after(() => sandbox.stop());

describe('command: monitor', () => {
  it('a healthy model: one issue, closed, status ok, with every figure', async () => {
    // Anyone may open an issue on a public repository, with the marker in it (third trust review,
    // point 4): before, monitor retitled such an issue and wrote its report there, for its author to edit.
    const stranger = {
      number: 900,
      title: 'A question',
      body: '<!-- bedrock-model-ci:health:atis-health -->\nplease read this',
      state: 'open' as const,
      user: { login: 'stranger', id: 4242, type: 'User' as const },
    };
    sandbox.github.state.issues.set(900, { ...stranger });
    sandbox.calls.clear();
    const r = await monitorRun({ prices: PRICES });
    assert.equal(r.exitCode, 0, r.stdout);
    assert.equal(r.outputs.status, 'ok');
    assert.deepEqual(sandbox.github.state.issues.get(900), stranger, "the stranger's issue is untouched");
    assert.equal(issues().length, 1);
    const issue = issues()[0]!;
    assert.equal(issue.user.login, 'github-actions[bot]', 'the report is in an issue the action opened');
    assert.equal(issue.state, 'closed');
    assert.match(issue.body, /^<!-- bedrock-model-ci:health:atis-health -->\n## ✅ `atis-health`: healthy/);
    assert.match(issue.body, /\| `amazon\.nova-micro-v1:0` \| base model \| ACTIVE \|/);
    assert.match(
      issue.body,
      /of production's \d+ requests of the last 7 days, sampled uniformly: \*\*\d+\.\d %\*\* are far from every test prompt/,
    );
    assert.ok(Number(r.outputs.drift) < 0.1, r.outputs.drift);
    // cost: the sandbox's served tokens × the price book's custom-model prices
    const served = sandbox.monitoring.served.filter(
      (c) => c.modelId.includes('custom-model-deployment') && c.status === 200,
    );
    const registry = JSON.parse((await sandbox.s3.getText(SANDBOX_BUCKET, `model-ci/registry/${MODEL}.json`))!);
    const production = served.filter((c) => c.modelId === registry.endpoint.deploymentArn);
    const tokensIn = production.reduce((a, c) => a + c.inputTokens, 0);
    const tokensOut = production.reduce((a, c) => a + c.outputTokens, 0);
    assert.match(
      issue.body,
      new RegExp(
        `${production.length} invocations, 0 server errors \\(0\\.0 %\\) ✅, ${tokensIn.toLocaleString('en-US')} input and ${tokensOut.toLocaleString('en-US')} output tokens`,
      ),
    );
    // a month at this pace: (input tokens × input price + output tokens × output price) × 30 / 7 days
    const monthly = (((tokensIn / 1000) * 0.5 + (tokensOut / 1000) * 1.5) * 30) / 7;
    assert.ok(monthly > 1, `monthly ${monthly}`);
    assert.equal(r.outputs['monthly-cost'], monthly.toFixed(2));
    assert.match(issue.body, /Model storage: 1 custom model\(s\) of this action/);
    assert.match(r.summary, /## ✅ `atis-health`: healthy/);
  });

  it('a second run updates the same issue, with a line per run', async () => {
    const r = await monitorRun();
    assert.equal(r.exitCode, 0, r.stdout);
    assert.equal(issues().length, 1, 'never a new issue per run');
    assert.equal([...issues()[0]!.body.matchAll(/^- .* UTC · ✅ ok$/gm)].length, 2);
  });

  it('base model Legacy with end of life in 20 days: the issue reopens with the date and the retrain suggestion', async () => {
    const eol = new Date(Date.now() + 20.5 * 86_400_000).toISOString();
    sandbox.bedrock.options.foundationModels = {
      'amazon.nova-micro-v1:0': { legacy: { since: '2026-11-01T00:00:00Z', endOfLife: eol } },
    };
    try {
      const r = await monitorRun();
      assert.equal(r.exitCode, 0, r.stdout);
      assert.equal(r.outputs.status, 'action-needed');
      assert.equal(r.outputs['eol-date'], eol.slice(0, 10));
      const issue = issues()[0]!;
      assert.equal(issue.state, 'open');
      assert.match(issue.body, /## 🚨 `atis-health`: action needed/);
      assert.match(
        issue.body,
        new RegExp(
          `The base model amazon\\.nova-micro-v1:0 is LEGACY, end of life ${eol.slice(0, 10)} \\(20 days\\): retrain on amazon\\.nova-2-lite-v1:0:256k`,
        ),
      );
      // fail-on lets a team page on it
      const paged = await monitorRun({ 'fail-on': 'action-needed' });
      assert.equal(paged.exitCode, 1);
      assert.match(
        paged.stdout,
        /::error::Model health is 'action-needed' \('fail-on: action-needed'\) for 'atis-health': The base model/,
      );
    } finally {
      sandbox.bedrock.options.foundationModels = undefined;
    }
  });

  it('traffic with an intent the test set lacks: drift past the threshold, with examples escaped and personal data withheld', async () => {
    const novel = Array.from({ length: 60 }, (_, i) =>
      i % 3 === 0
        ? `can i bring my dog in the cabin on trip ${i}`
        : i % 3 === 1
          ? `i lost my baggage at the airport, case ${i}`
          : i === 2
            ? 'change my seat to an aisle seat, write to jane.doe@example.com'
            : `change my seat to an aisle seat please ${i} <b>urgent</b>`,
    );
    await traffic(novel);
    const r = await monitorRun();
    assert.equal(r.exitCode, 0, r.stdout);
    assert.equal(r.outputs.status, 'warning');
    assert.ok(Number(r.outputs.drift) > 0.1, r.outputs.drift);
    const issue = issues()[0]!;
    assert.equal(issue.state, 'open');
    assert.match(issue.body, /are far from every test prompt \(over 'max-drift' 10\.0 %\): add such requests/);
    assert.match(issue.body, /Requests least like the test set/);
    assert.match(issue.body, /\\<b\\>urgent\\</);
    assert.doesNotMatch(issue.body, /jane\.doe@example\.com/);
  });

  it("a public repository's issue quotes no production request unless 'traffic-examples: show' (third trust review, point 4)", async () => {
    // the sandbox's repository is private; here the event says it is public
    const publicRepo = { repository: { full_name: 'octo-org/airline-models', private: false, default_branch: 'main' } };
    const r = await runInSandbox(
      sandbox,
      { command: 'monitor', 'model-name': MODEL, 'training-data': '', 'bedrock-role-arn': '', 'invocation-logs': LOGS },
      { ...release, payload: publicRepo },
    );
    assert.equal(r.exitCode, 0, r.stdout);
    const body = issues()[0]!.body;
    assert.doesNotMatch(body, /Requests least like the test set/);
    assert.doesNotMatch(body, /urgent/);
    assert.match(body, /The requests least like the test set are not quoted: the repository is public/);
    // the figures are all there
    assert.match(body, /are far from every test prompt/);
  });

  it("log objects past the reader's bounds are passed over and counted, never a crash (third trust review, point 5)", async () => {
    // 600 MiB of one line, gzipped to well under a MiB (before: readline's RangeError ended the
    // process), and a 2 MiB record among ordinary ones, in this hour's folder
    const now = new Date();
    const p2 = (n: number) => String(n).padStart(2, '0');
    const folder = `bedrock-logs/AWSLogs/123456789012/BedrockModelInvocationLogs/us-east-1/${now.getUTCFullYear()}/${p2(now.getUTCMonth() + 1)}/${p2(now.getUTCDate())}/${p2(now.getUTCHours())}`;
    const gzip = createGzip({ level: 9 });
    const compressed: Buffer[] = [];
    gzip.on('data', (c: Buffer) => compressed.push(c));
    const chunk = Buffer.alloc(1 << 20, 0x20);
    gzip.write('{"schemaType": "ModelInvocationLog", "input": "');
    for (let i = 0; i < 600; i++) if (!gzip.write(chunk)) await new Promise((r) => gzip.once('drain', r));
    await new Promise((r) => gzip.end(r));
    await sandbox.s3.put(SANDBOX_BUCKET, `${folder}/bomb.json.gz`, Buffer.concat(compressed));
    await sandbox.s3.put(
      SANDBOX_BUCKET,
      `${folder}/large-record.json`,
      `${JSON.stringify({ schemaType: 'ModelInvocationLog', input: { inputBodyJson: { pad: 'x'.repeat(2 << 20) } } })}\n`,
    );
    const r = await monitorRun();
    assert.equal(r.exitCode, 0, r.stdout);
    assert.match(issues()[0]!.body, /2 log records were passed over \(over the reader's size bounds, or not JSON\)\./);
  });

  it("classifiers: production's answer labels now against the week after its promotion", async () => {
    // production was promoted 20 days ago, and that week's traffic is in the logs (laid down 18 days back)
    const key = `model-ci/registry/${MODEL}.json`;
    const registry = JSON.parse((await sandbox.s3.getText(SANDBOX_BUCKET, key))!);
    const promotedAt = new Date(Date.now() - 20 * 86_400_000).toISOString();
    for (const v of registry.versions) if (v.version === registry.production) v.promotedAt = promotedAt;
    await sandbox.s3.put(SANDBOX_BUCKET, key, JSON.stringify(registry));
    sandbox.monitoring.options.logTimeShiftMs = -18 * 86_400_000;
    try {
      await traffic(usual.slice(0, 200));
    } finally {
      sandbox.monitoring.options.logTimeShiftMs = 0;
    }
    const r = await monitorRun();
    assert.equal(r.exitCode, 0, r.stdout);
    const body = issues()[0]!.body;
    const m =
      /Answer labels vs the week after the promotion \((\d+) requests, (\S+) to (\S+)\): population stability index \*\*(\d+\.\d{3})\*\*/.exec(
        body,
      );
    assert.ok(m, body);
    assert.equal(Number(m[1]), 200, "the promotion week's requests, and only those");
    assert.equal(m[2], promotedAt.slice(0, 10));
    // this week's traffic holds the new-intent requests of the drift test: the labels moved
    assert.ok(Number(m[4]) > 0, m[4]);
    // the week long past is in the past for CloudWatch too: this window counts only this week's calls
    const week = sandbox.monitoring.served.filter(
      (c) => c.modelId === registry.endpoint.deploymentArn && c.at.getTime() >= Date.now() - 7 * 86_400_000,
    );
    assert.match(body, new RegExp(`Last 7 days \\(CloudWatch\\): ${week.length} invocations`));
    assert.match(body, /population stability index \*\*\d\.\d{3}\*\*; grew most: `[a-z_+]+` \d+\.\d % → \d+\.\d %/);
  });
});

describe('command: monitor, every model and the judge', () => {
  it("'model-name: *': one issue per model in the registry, each measured from the test set it was promoted with", async () => {
    const r = await monitorRun({
      'model-name': '*',
      'test-data': '',
      scorer: 'judge',
      'judge-rubric': 'examples/airline-answers/rubric.md',
    });
    assert.equal(r.exitCode, 0, r.stdout);
    assert.match(r.stdout, /Watching 2 models of the registry: answers-health, atis-health\./);
    const urls = r.outputs['issue-url']!.split('\n');
    assert.equal(urls.length, 2);
    const answers = [...sandbox.github.state.issues.values()].filter((i) => i.title === 'Model health: answers-health');
    assert.equal(answers.length, 1);
    assert.equal(issues().length, 1, 'the ATIS issue is the same one, updated');
    // each model's drift from the test set its registry recorded at promotion
    assert.match(issues()[0]!.body, /of production's \d+ requests of the last 7 days, sampled uniformly/);
    const body = answers[0]!.body;
    assert.match(body, /of production's 11\d requests of the last 7 days, sampled uniformly/);
    // the judge rates production's answers about as it rated the test set at promotion
    assert.match(
      body,
      /### Answer quality \(judge\)\n\nThe judge \(`us\.amazon\.nova-pro-v1:0`, rubric examples\/airline-answers\/rubric\.md\) rated production's answers to 30 sampled requests close to a test prompt \(\d+ of 11\d sampled were: TF-IDF cosine ≥ 0\.5 to a test prompt and 0\.15 closer to one reference's prompts than to any other's; each judged against that reference\): mean score \*\*0\.\d\d\*\*, promoted with 0\.\d\d on the test set \([−+]0\.0\d\) ✅\./,
    );
    assert.equal(answers[0]!.state, 'closed');
  });

  it("the judge's score on production's answers falls below the promotion score: a warning to retrain", async () => {
    // The airline changed four policies: the committed test set says so, the model in production does not.
    const changed = readFileSync(path.join(ROOT, JUDGED['test-data']), 'utf8').trim().split('\n');
    const policies = ['cabin bag', 'checked', 'cats and dogs', 'change your flight'];
    const rewritten = changed
      .map((line) => {
        const record = JSON.parse(line);
        const answer = record.messages[1].content[0];
        if (policies.some((p) => answer.text.includes(p)))
          answer.text = 'Please contact our service center: this policy is under review until further notice.';
        return JSON.stringify(record);
      })
      .join('\n');
    const file = path.join(ROOT, '.scratch', `monitor-policies-${process.pid}.jsonl`);
    writeFileSync(file, `${rewritten}\n`);
    const r = await monitorRun({ ...JUDGED, 'training-data': '', 'test-data': path.relative(ROOT, file) });
    assert.equal(r.exitCode, 0, r.stdout);
    assert.equal(r.outputs.status, 'warning');
    const body = [...sandbox.github.state.issues.values()].find(
      (i) => i.title === 'Model health: answers-health',
    )!.body;
    assert.match(
      body,
      /The judge rates production's answers 0\.\d\d on average, 0\.\d\d below the 0\.\d\d it was promoted with \(over 'max-score-drop' 0\.1\): read the lowest-rated answers, and retrain/,
    );
    assert.match(body, /<details><summary>Lowest-rated answers<\/summary>/);
  });

  it("'model-name: *': a model that cannot be read fails the step, after every other model's issue is updated", async () => {
    // a registry whose production model is gone (deleted by hand in the console)
    const ghost = {
      schema: 1,
      modelName: 'ghost',
      production: 1,
      versions: [
        {
          version: 1,
          customModelArn:
            'arn:aws:bedrock:us-east-1:123456789012:custom-model/amazon.nova-micro-v1:0:128k/000000000000',
          jobName: 'ghost-1',
          jobArn: 'arn:aws:bedrock:us-east-1:123456789012:model-customization-job/ghost-1',
          datasetHash: '0',
          createdAt: '2026-11-01T00:00:00Z',
        },
      ],
      history: [],
    };
    await sandbox.s3.put(SANDBOX_BUCKET, 'model-ci/registry/ghost.json', JSON.stringify(ghost));
    const runs = (title: string) =>
      [...[...sandbox.github.state.issues.values()].find((i) => i.title === title)!.body.matchAll(/^- .* UTC · /gm)]
        .length;
    const before = runs('Model health: atis-health');
    try {
      const r = await monitorRun({ 'model-name': '*', 'test-data': '' });
      assert.equal(r.exitCode, 1, r.stdout);
      assert.match(r.stdout, /::error::Could not check 'ghost': /);
      assert.match(
        r.stdout,
        /::error::Could not check 'ghost' \(the errors are above\); the other models' issues were updated\./,
      );
      assert.equal(runs('Model health: atis-health'), before + 1);
      assert.ok(![...sandbox.github.state.issues.values()].some((i) => i.title === 'Model health: ghost'));
    } finally {
      await sandbox.s3.internal.send(
        new DeleteObjectCommand({ Bucket: SANDBOX_BUCKET, Key: 'model-ci/registry/ghost.json' }),
      );
    }
  });
});
