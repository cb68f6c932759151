// `npm run demo`: the built action on examples/atis-intents, as a pull request would run it,
// against the offline sandbox. Nothing talks to AWS or GitHub; the models are simulated.
// `npm run demo -- --all` adds the comments that stop a bad merge: a pull request that regresses
// against production, a judged free-text model and a small sweep, each with its preview.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { markdownOf, renderPreview } from '../scripts/preview.js';
import { pullRequestEvent } from './events.js';
import type { Report } from '../src/report/model.js';
import { ROOT, runAction, type RunResult } from './runner.js';
import { EXAMPLE_GRADER_ARN, startSandbox, SANDBOX_BEDROCK_ROLE, SANDBOX_BUCKET, SANDBOX_ROLE } from './index.js';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
const out = path.join(ROOT, '.demo');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const say = (line = '') => process.stdout.write(`${line}\n`);
const rel = (p: string) => path.relative(process.cwd(), p);
const all = process.argv.includes('--all');
const commentOf = (pr: number, model: string) =>
  (sandbox.github.state.comments.get(pr) ?? []).find((c) => c.body.includes(`<!-- bedrock-model-ci:${model} -->`))
    ?.body ?? '(no comment was posted)';
/** Writes a comment and its preview page; returns the page. */
function keep(name: string, markdown: string): string {
  writeFileSync(path.join(out, `${name}.md`), markdown);
  return renderPreview({ title: name, markdown }, path.join(out, 'preview', name));
}

say('Bedrock Model CI demo');
say('The built action (dist/index.js) runs on examples/atis-intents as a pull request, against a local sandbox');
say('of S3, Bedrock, STS and GitHub. Nothing talks to AWS or GitHub. THE MODELS ARE SIMULATED: the "base model"');
say('is an untuned-LLM stand-in and "training" fits a small classifier to the uploaded data, so the numbers show');
say('what the action does, not what Nova scores.');
say();

// five polls a job (the live card shows its stages), one a deployment
const sandbox = await startSandbox({ bedrock: { pollMs: 800, jobDurationMs: 4000, deploymentMs: 300 } });
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
  keep('rft-comment', commentOf(7, 'arithmetic'));
  keep('promote-summary', promote.summary);
  const validation = await runAction({
    ...common,
    event: 'pull_request',
    inputs: { command: 'validate', 'training-data': '__tests__/fixtures/datasets/many-errors.jsonl' },
    post: false,
  });
  const validationPage = renderPreview(
    markdownOf(validation.outputs['report-path']!),
    path.join(out, 'preview', 'validation'),
  );
  const pages = [page, validationPage];
  if (all) pages.push(...(await moreComments()));
  say();
  say(`PR comment:   ${rel(path.join(out, 'comment.md'))} (RFT: ${rel(path.join(out, 'rft-comment.md'))})`);
  say(`Job summary:  ${rel(path.join(out, 'summary.md'))}`);
  say(`Results JSON: ${rel(path.join(out, 'report.json'))}`);
  say(`Previews:     ${rel(path.join(out, 'preview'))}/…/index.html, as GitHub renders them (open in a browser):`);
  for (const p of pages) say(`                ${rel(p)}`);
  if (!all) say('More:         npm run demo -- --all adds a regression, a judged model and a sweep.');
  say(`Promotion:    ${rel(path.join(out, 'promote-summary.md'))}, registry ${rel(path.join(out, 'registry.json'))}`);
} finally {
  await sandbox.stop();
}

/** The comments of `--all`: each scenario's PR comment and preview page. */
async function moreComments(): Promise<string[]> {
  const pages: string[] = [];
  say();
  say('5. a pull request that regresses against production: 12 % of the training labels moved to neighbours');
  // Inside the workspace, where a pull request's files are; the base branch has the original.
  const relabeledFile = '.demo/regression/train.jsonl';
  mkdirSync(path.join(out, 'regression'), { recursive: true });
  const neighbour: Record<string, string> = {
    '"ground_service"': '"ground_fare"',
    '"airline"': '"flight"',
    '"flight_time"': '"flight"',
  };
  const moved = train.map((l, i) => {
    if (i % 3 !== 0) return l;
    const from = Object.keys(neighbour).find((k) => l.includes(`"text":${k}`) || l.includes(`"text": ${k}`));
    return from ? l.replace(new RegExp(`("text": ?)${from}`), `$1${neighbour[from]}`) : l;
  });
  writeFileSync(path.join(ROOT, relabeledFile), `${moved.join('\n')}\n`);
  sandbox.github.state.files.get(BASE_SHA)!.set(relabeledFile, `${train.join('\n')}\n`);
  const regress = await runAction({
    ...common,
    event: 'pull_request',
    payload: pullRequestEvent({ number: 8 }),
    inputs: { ...inputs, 'training-data': relabeledFile },
  });
  say(
    `  run: exit ${regress.exitCode} (the gate refuses it); accuracy ${(100 * Number(regress.outputs.accuracy)).toFixed(1)} % vs production ${(100 * Number(regress.outputs['champion-accuracy'])).toFixed(1)} % (Δ ${regress.outputs['delta-vs-champion']} pp)`,
  );
  pages.push(keep('regression-comment', commentOf(8, 'atis-intents')));

  say();
  say('6. a free-text model judged by an LLM against a rubric (examples/airline-answers)');
  const judged = await runAction({
    ...common,
    event: 'pull_request',
    inputs: {
      ...inputs,
      'model-name': 'airline-answers',
      'training-data': 'examples/airline-answers/train.jsonl',
      'test-data': 'examples/airline-answers/test.jsonl',
      scorer: 'judge',
      'judge-rubric': 'examples/airline-answers/rubric.md',
      'min-accuracy': '',
      'max-regression': '',
      'min-score': '0.7',
    },
  });
  show('judged run', judged);
  say(`  mean judge score: base ${judged.outputs['base-score']} → candidate ${judged.outputs.score}`);
  pages.push(keep('judged-comment', commentOf(7, 'airline-answers')));

  say();
  say('7. a small sweep: epochCount 1 and 2, ranked, the winner explained');
  const sweep = await runAction({
    ...common,
    event: 'pull_request',
    inputs: { ...inputs, 'model-name': 'atis-sweep', hyperparameters: 'epochCount: [1, 2]' },
  });
  show('sweep run', sweep);
  const ranking = JSON.parse(sweep.outputs.sweep || '{}') as { winner?: string; reason?: string };
  say(`  winner ${ranking.winner}: ${ranking.reason}`);
  pages.push(keep('sweep-comment', commentOf(7, 'atis-sweep')));
  return pages;
}
process.exitCode = failed ? 1 : 0;
