import { runAction, type RunOptions, type RunResult } from '../../sandbox/runner.js';
import { SANDBOX_BEDROCK_ROLE, SANDBOX_BUCKET, SANDBOX_ROLE, type Sandbox } from '../../sandbox/index.js';

/** Inputs of a `run` on the example, the way the README's workflow sets them. */
export const RUN_INPUTS = {
  command: 'run',
  'model-name': 'atis',
  'training-data': 'examples/atis-intents/train.jsonl',
  'test-data': 'examples/atis-intents/test.jsonl',
  's3-uri': `s3://${SANDBOX_BUCKET}/model-ci`,
  'bedrock-role-arn': SANDBOX_BEDROCK_ROLE,
  'role-to-assume': SANDBOX_ROLE,
  'wait-minutes': '1',
};

/**
 * The action's poll intervals and retry backoff in the tests: 30 s becomes 30 ms. The sandbox moves
 * a job or a deployment on by polls (its own time), so this decides only how fast the test runs.
 */
export const POLL_SCALE = 0.001;

/** The built action against the sandbox, with OIDC, as a pull request by default. */
export function runInSandbox(
  sandbox: Sandbox,
  inputs: Record<string, string>,
  options: Omit<RunOptions, 'inputs'> = {},
): Promise<RunResult> {
  return runAction({
    ...options,
    // the watch after a promotion runs where a test asks for it ('watch-minutes'), not in every promote
    inputs: { ...RUN_INPUTS, ...(inputs.command === 'promote' ? { 'watch-minutes': '0' } : {}), ...inputs },
    githubToken: sandbox.github.options.token,
    oidc: { url: sandbox.oidcEnv.ACTIONS_ID_TOKEN_REQUEST_URL, token: sandbox.oidcEnv.ACTIONS_ID_TOKEN_REQUEST_TOKEN },
    env: { ...sandbox.env, BEDROCK_MODEL_CI_POLL_SCALE: String(POLL_SCALE), ...options.env },
  });
}

/**
 * Everything a run printed that a person would see, to check that no secret leaked. The
 * `::add-mask::` commands that register secrets are consumed by the runner, never shown.
 */
export const printed = (r: RunResult) =>
  [r.stdout, r.stderr, r.post?.stdout ?? '', r.post?.stderr ?? '']
    .join('\n')
    .split('\n')
    .filter((l) => !l.startsWith('::add-mask::'))
    .join('\n');

/** The values a run registered as secrets. */
export const masked = (r: RunResult) =>
  [r.stdout, r.post?.stdout ?? '']
    .join('\n')
    .split('\n')
    .filter((l) => l.startsWith('::add-mask::'))
    .map((l) => l.slice('::add-mask::'.length));
