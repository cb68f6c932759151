// `npm run demo`: the built action on examples/atis-intents, as a pull request would run it,
// against the offline sandbox. Nothing talks to AWS or GitHub; the models are simulated.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { renderPreview } from '../scripts/preview.js';
import type { Report } from '../src/report/model.js';
import { ROOT, runAction, type RunResult } from './runner.js';
import { EXAMPLE_GRADER_ARN, startSandbox, SANDBOX_BEDROCK_ROLE, SANDBOX_BUCKET, SANDBOX_ROLE } from './index.js';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
const out = path.join(ROOT, '.demo');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const say = (line = '') => process.stdout.write(`${line}\n`);
const rel = (p: string) => path.relative(process.cwd(), p);

say('Bedrock Model CI demo');
say('The built action (dist/index.js) runs on examples/atis-intents as a pull request, against a local sandbox');
say('of S3, Bedrock, STS and GitHub. Nothing talks to AWS or GitHub. THE MODELS ARE SIMULATED: the "base model"');
say('is an untuned-LLM stand-in and "training" fits a small classifier to the uploaded data, so the numbers show');
say('what the action does, not what Nova scores.');
say();

const sandbox = await startSandbox({ bedrock: { jobDurationMs: 4000, deploymentMs: 300 } });
const BASE_SHA = 'f0e1d2c3b4a5968778695a4b3c2d1e0f99887766';
// The base branch has an older training set: fewer ground-service paraphrases, a few wrong labels.
const train = readFileSync(path.join(ROOT, 'examples/atis-intents/train.jsonl'), 'utf8').trim().split('\n');
const older = train
  .filter((l) => !(l.includes('"ground_service"') && train.indexOf(l) % 3 === 0))
  .map((l, i) => (i < 40 && l.includes('"airfare"') ? l.replace('"airfare"', '"flight"') : l));
sandbox.github.state.files.set(
  BASE_SHA,
  new Map([
    ['examples/atis-intents/train.jsonl', `${older.join('\n')}\n`],
    ['examples/atis-intents/test.jsonl', readFileSync(path.join(ROOT, 'examples/atis-intents/test.jsonl'), 'utf8')],
  ]),
);

const inputs = {
  command: 'run',
  'model-name': 'atis-intents',
  'training-data': 'examples/atis-intents/train.jsonl',
  'test-data': 'examples/atis-intents/test.jsonl',
  'aws-region': 'us-east-1',
  'role-to-assume': SANDBOX_ROLE,
  'bedrock-role-arn': SANDBOX_BEDROCK_ROLE,
  's3-uri': `s3://${SANDBOX_BUCKET}/atis`,
  'min-accuracy': '0.9',
  'max-regression': '2',
};
const common = {
  githubToken: sandbox.github.options.token,
  oidc: { url: sandbox.oidcEnv.ACTIONS_ID_TOKEN_REQUEST_URL, token: sandbox.oidcEnv.ACTIONS_ID_TOKEN_REQUEST_TOKEN },
  env: { ...sandbox.env, BEDROCK_MODEL_CI_POLL_SCALE: '0.01' },
};

let failed = false;
function show(name: string, r: RunResult): void {
  for (const a of r.annotations) say(`  ${a.level}: ${a.file ? `${a.file}:${a.line ?? ''} ` : ''}${a.message}`);
  say(`  ${name}: exit ${r.exitCode}`);
  if (r.exitCode !== 0) failed = true;
}

try {
  say('1. pull_request run: validate → upload → train → wait → evaluate → PR comment');
  const run = await runAction({ ...common, event: 'pull_request', inputs });
  show('run', run);
  const o = run.outputs;
  say(`  job ${o['job-name']} ${o['job-status']}; ${o.records} training records`);
  say(
    `  accuracy: base ${(100 * Number(o['base-accuracy'])).toFixed(1)} % → candidate ${(100 * Number(o.accuracy)).toFixed(1)} % (Δ ${o['delta-vs-base']} pp); gate passed: ${o.passed}`,
  );
  const comment = sandbox.github.state.comments.get(7)?.[0]?.body ?? '(no comment was posted)';
  writeFileSync(path.join(out, 'comment.md'), comment);
  writeFileSync(path.join(out, 'summary.md'), run.summary);
  const report = JSON.parse(readFileSync(o['report-path']!, 'utf8')) as Report;
  writeFileSync(path.join(out, 'report.json'), JSON.stringify(report, null, 2));
  const page = renderPreview(report, path.join(out, 'preview'));
  say();
  say(
    '2. the same run again (a re-run, or a push that does not touch the data): nothing is trained or evaluated twice',
  );
  sandbox.calls.clear();
  const again = await runAction({ ...common, event: 'pull_request', inputs });
  show('re-run', again);
  say(
    `  jobs created: ${sandbox.calls.count('bedrock', 'CreateModelCustomizationJob')}, dataset uploads: ${sandbox.calls.of('s3', 'PutObject').filter((c) => String(c.params.Key).includes('/datasets/')).length}, model calls: ${sandbox.calls.count('bedrock-runtime', 'Converse')}; still one PR comment: ${(sandbox.github.state.comments.get(7) ?? []).length === 1}`,
  );
  say();
  say(
    "3. the merge to main: command: promote puts the PR's model behind the stable production endpoint (no retraining)",
  );
  sandbox.calls.clear();
  const promote = await runAction({
    ...common,
    event: 'push',
    inputs: { ...inputs, command: 'promote', 'bedrock-role-arn': '' },
  });
  show('promote', promote);
  say(
    `  promoted: ${promote.outputs.promoted}, version ${promote.outputs['model-version']}, endpoint ${promote.outputs['deployment-arn']}; jobs created: ${sandbox.calls.count('bedrock', 'CreateModelCustomizationJob')}`,
  );
  writeFileSync(path.join(out, 'promote-summary.md'), promote.summary);
  writeFileSync(path.join(out, 'comment.md'), sandbox.github.state.comments.get(7)?.[0]?.body ?? comment);
  writeFileSync(
    path.join(out, 'registry.json'),
    (await sandbox.s3.getText(SANDBOX_BUCKET, 'atis/registry/atis-intents.json')) ?? '',
  );
  say();
  say('4. an RFT job on Nova 2 Lite (examples/rft-arithmetic), scored by the same grader Lambda it trained against');
  const rft = await runAction({
    ...common,
    event: 'pull_request',
    inputs: {
      ...inputs,
      'model-name': 'arithmetic',
      'training-data': 'examples/rft-arithmetic/train.jsonl',
      'test-data': 'examples/rft-arithmetic/test.jsonl',
      'base-model': 'amazon.nova-2-lite-v1:0:256k',
      'customization-type': 'rft',
      'grader-lambda-arn': EXAMPLE_GRADER_ARN,
      scorer: 'grader',
      'min-accuracy': '',
      'max-regression': '',
      'min-score': '0.8',
    },
  });
  show('rft run', rft);
  say(
    `  mean score: base ${rft.outputs['base-score']} → candidate ${rft.outputs.score}; pass rate ${(100 * Number(rft.outputs.accuracy)).toFixed(1)} %; grader invocations: ${sandbox.calls.count('lambda', 'Invoke')}`,
  );
  writeFileSync(
    path.join(out, 'rft-comment.md'),
    (sandbox.github.state.comments.get(7) ?? []).find((c) => c.body.includes('bedrock-model-ci:arithmetic'))?.body ??
      '(no comment was posted)',
  );
  say();
  say(`PR comment:   ${rel(path.join(out, 'comment.md'))} (RFT: ${rel(path.join(out, 'rft-comment.md'))})`);
  say(`Job summary:  ${rel(path.join(out, 'summary.md'))}`);
  say(`Results JSON: ${rel(path.join(out, 'report.json'))}`);
  say(`Preview:      ${rel(page)} (the comment as GitHub renders it: open it in a browser)`);
  say(`Promotion:    ${rel(path.join(out, 'promote-summary.md'))}, registry ${rel(path.join(out, 'registry.json'))}`);
} finally {
  await sandbox.stop();
}
process.exitCode = failed ? 1 : 0;
