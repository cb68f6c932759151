// The action's public interface, declared once. action.yml, the CLI's flags and defaults, and the
// docs' tables (docs/reference.md) are checked against (or generated from) this file, so they
// cannot drift.

export const COMMANDS = ['run', 'validate', 'evaluate', 'promote', 'rollback', 'doctor', 'prune', 'monitor'] as const;
export type Command = (typeof COMMANDS)[number];

/** One line per command: the CLI's help and the docs. */
export const COMMAND_SUMMARIES: Readonly<Record<Command, string>> = {
  run: 'Validate the datasets, upload them, train (or find the job trained from the same data), evaluate and report on the PR.',
  validate: 'Check the datasets for everything Bedrock would reject, and more. Nothing remote.',
  evaluate: 'Evaluate the models trained from this data, beside base and production, without training anything.',
  promote: 'Point the stable endpoint at the candidate trained from this data when it wins; release refs only.',
  rollback: 'Point the stable endpoint back at an earlier registry version; release refs only.',
  doctor: 'Check the account, roles, bucket, quotas and models read-only, before the first run.',
  prune: 'Delete the custom models this action trained that nobody will use (a dry run unless prune: apply).',
  monitor:
    'Check production between pull requests — base model end of life, traffic drift, cost — in one issue per model.',
};

export interface InputSpec {
  readonly name: string;
  readonly default: string;
  readonly description: string;
  /** the commands that read it */
  readonly commands: readonly Command[];
  /** the CLI's flag when the input's name would collide with one of the CLI's own (`--version`) */
  readonly flag?: string;
}

const input = (
  name: string,
  defaultValue: string,
  description: string,
  commands: readonly Command[],
  flag?: string,
): InputSpec => ({ name, default: defaultValue, description, commands, ...(flag ? { flag } : {}) });

// Which commands read an input, by kind.
const ALL = COMMANDS;
const REMOTE = [
  'run',
  'evaluate',
  'promote',
  'rollback',
  'doctor',
  'prune',
  'monitor',
] as const satisfies readonly Command[];
const DATA = ['validate', 'run', 'evaluate', 'promote', 'doctor', 'monitor'] as const satisfies readonly Command[];
const EVAL = ['run', 'evaluate', 'promote'] as const satisfies readonly Command[];

export const INPUTS = [
  input(
    'command',
    'run',
    '`run`, `validate`, `evaluate`, `promote`, `rollback`, `doctor` (a read-only check of the account, before the first run: docs/doctor.md), `prune` (deletes custom models nobody will use: docs/prune.md) or `monitor` (production between pull requests, in one issue per model: docs/monitor.md).',
    ALL,
  ),
  input(
    'model-name',
    '',
    'Logical model name, `[a-z0-9-]{1,40}`: used in job names, the registry and the comment marker. Required except for `validate`. For `monitor`, `*` watches every model in the registry.',
    REMOTE,
  ),
  input('training-data', '', 'Training JSONL (required for `validate` and `run`).', DATA),
  input('validation-data', '', 'Validation JSONL.', DATA),
  input(
    'validation-split',
    '0',
    'Fraction (0–0.5) held out of training, deterministically by record content, when there is no `validation-data` and the base model takes one.',
    DATA,
  ),
  input(
    'test-data',
    '',
    'Committed test JSONL; the last assistant turn of each record is the expected answer. Required for `run`, `evaluate` and `promote`.',
    [...DATA, 'rollback'],
  ),
  input(
    'base-model',
    'amazon.nova-micro-v1:0:128k',
    'Base model identifier for customization; a YAML list of them sweeps over model sizes (see "Sweeps").',
    DATA,
  ),
  input(
    'base-model-inference-id',
    '',
    "Id used to invoke the base model for the baseline. Empty: the model's id when it is on demand in `aws-region`, else this Region's inference profile for it (resolved at run time, logged).",
    [...EVAL, 'doctor'],
  ),
  input('customization-type', 'sft', '`sft`, `rft` or `distillation`.', DATA),
  input(
    'hyperparameters',
    '',
    'YAML or JSON map, e.g. `epochCount: 3`; a list as a value (`epochCount: [1, 2, 3]`) sweeps over it (see "Sweeps").',
    DATA,
  ),
  input(
    'max-jobs',
    '4',
    'Most points (training jobs) a sweep may have; a larger grid is an error before anything is uploaded.',
    EVAL,
  ),
  input('teacher-model', '', 'Distillation teacher model.', DATA),
  input(
    'grader-lambda-arn',
    '',
    'Grader Lambda ARN: the RFT reward function (required for `customization-type: rft`), and the scorer of `scorer: grader`.',
    DATA,
  ),
  input('aws-region', '', 'AWS region; falls back to `AWS_REGION`.', REMOTE),
  input(
    'role-to-assume',
    '',
    'IAM role assumed with the GitHub OIDC token; empty = the default credential chain.',
    REMOTE,
  ),
  input('role-session-name', 'bedrock-model-ci', 'Session name for the assumed role.', REMOTE),
  input('bedrock-role-arn', '', 'Service role passed to the customization job (required for `run`).', [
    'run',
    'doctor',
  ]),
  input(
    'release-role-arn',
    '',
    "For `doctor`: the release role, whose permissions for `promote`, `evaluate` and `rollback` are checked too (iam:SimulatePrincipalPolicy), beside the running role's for `run` and `evaluate`.",
    ['doctor'],
  ),
  input(
    's3-uri',
    '',
    '`s3://bucket/prefix` where datasets, job outputs, results and the registry live (required for `run`, `evaluate`, `promote`, `rollback`).',
    REMOTE,
  ),
  input('kms-key-id', '', 'SSE-KMS key for uploads and the custom model.', [...EVAL, 'rollback']),
  input('expected-bucket-owner', '', 'Account id; every S3 call is made with it.', REMOTE),
  input('wait-minutes', '330', 'How long to wait for training before handing over to a later run (decimals allowed).', [
    'run',
  ]),
  input('stop-on-cancel', 'false', 'The post step stops the job when the workflow is cancelled.', ['run']),
  input('retry-failed', 'false', 'Start a new attempt when the job for this identity failed or was stopped.', ['run']),
  input(
    'scorer',
    'normalized',
    '`exact`, `normalized`, `json`, `regex` (right or wrong by the expected answer), `grader` (the RFT grader Lambda scores each answer) or `judge` (a Bedrock model rates each answer by a rubric).',
    [...EVAL, 'monitor'],
  ),
  input('grader-batch-size', '16', 'Samples per grader Lambda invocation (`scorer: grader`).', EVAL),
  input(
    'judge-model',
    'us.amazon.nova-pro-v1:0',
    "Bedrock model id or inference profile that rates answers (`scorer: judge`). A profile of another geography than `aws-region`'s is replaced by this Region's (logged).",
    [...EVAL, 'monitor'],
  ),
  input(
    'judge-rubric',
    '',
    'Committed rubric file with `{{prompt}}`, `{{prediction}}`, `{{ground_truth}}`, asking for a 1–5 rating as JSON `{"score", "reason"}` (`scorer: judge`); empty = a built-in correctness rubric.',
    EVAL,
  ),
  input(
    'pass-threshold',
    '0.5',
    'A graded or judged answer passes at this score (0–1); the pass rate is reported as `accuracy`.',
    EVAL,
  ),
  input('eval-concurrency', '8', 'Parallel inference calls during evaluation.', EVAL),
  input('max-tokens', '256', 'Inference `maxTokens` during evaluation.', EVAL),
  input(
    'max-test-records',
    '5000',
    'Most test records evaluated: each is a paid call per model (candidate, base, production). A larger test set fails validation naming this input.',
    ['validate', ...EVAL],
  ),
  input(
    'max-test-mb',
    '50',
    'Largest test set, in MB, checked before it is read: each record is a paid call per model, and the file is held in memory while it is evaluated.',
    ['validate', ...EVAL],
  ),
  input('compare-base', 'true', 'Also evaluate the base model.', ['run', 'evaluate']),
  input('min-accuracy', '', 'Gate: fail below this accuracy (0–1).', EVAL),
  input('min-score', '', 'Gate: fail below this mean score (0–1; `scorer: grader` or `judge`).', EVAL),
  input(
    'max-regression',
    '',
    'Gate: fail when worse than production by more than this many percentage points (always: when significantly worse).',
    EVAL,
  ),
  input('comment', 'true', 'Sticky PR comment on pull_request events.', EVAL),
  input('github-token', '${{ github.token }}', 'Token for the PR comment and the pull request API.', [
    ...EVAL,
    'rollback',
    'monitor',
  ]),
  input('allow-forks', 'false', 'Touch AWS for pull requests from forks.', ['run', 'evaluate']),
  input(
    'release-tags',
    'v*',
    'Tags that count as release refs for `promote` and `rollback` (globs, comma- or newline-separated; empty: none). A `release` event always counts.',
    ['promote', 'rollback'],
  ),
  input(
    'pii',
    'warn',
    'Personal data found in the datasets: `error`, `warn` or `off`. Credentials are always an error.',
    DATA,
  ),
  input(
    'leakage',
    'warn',
    'Test (and validation) prompts that also occur in training: `warn` (default: the overlap is measured, and evaluation reports accuracy on the unseen test records beside the headline), `error` or `off`.',
    DATA,
  ),
  input(
    'allow-symlinks',
    'false',
    'Read dataset files through symbolic links (they must still resolve inside the workspace). Off by default: a pull request can commit a link to any file on the runner.',
    DATA,
  ),
  input(
    'ignore-rules',
    '',
    'Validator rule ids to skip, comma or newline separated (e.g. `prompt/test-drift`). Credential rules cannot be skipped.',
    DATA,
  ),
  input(
    'prices',
    '',
    'YAML map of models to prices in USD that override or supply the AWS Price List, e.g. `nova-micro: { training-per-1k-tokens: 0.001, storage-per-month: 1.95 }`. Prices: `training-per-1k-tokens`, `rft-training-per-hour`, `storage-per-month`, `input-per-1k-tokens`, `output-per-1k-tokens`, `custom-input-per-1k-tokens`, `custom-output-per-1k-tokens`.',
    [...EVAL, 'doctor', 'monitor'],
  ),
  input(
    'max-training-cost',
    '',
    "Refuse a `run`, before any upload, whose estimated training cost is higher (USD). With no price for the job's model, it refuses (fail closed).",
    ['run', 'doctor'],
  ),
  input(
    'max-eval-cost',
    '',
    "Refuse an evaluation (`run` before any upload, `evaluate`, `promote`) whose estimated cost is higher (USD): every test record's input tokens and up to `max-tokens` out, per model evaluated, plus the judge's calls. With no price for a model, it refuses (fail closed).",
    EVAL,
  ),
  input(
    'max-training-tokens',
    '',
    'Refuse a `run`, before any upload, whose billed training tokens (training tokens × epochs) are more.',
    ['run'],
  ),
  input(
    'report-artifact',
    '',
    "The name under which the workflow uploads `report-path` with actions/upload-artifact (as the README's workflows do); the PR comment's footer then points to it. Empty: the footer names the report's S3 copy.",
    EVAL,
  ),
  input('keep-deployment', 'false', "Keep the candidate's deployment after evaluation.", EVAL),
  input(
    'version',
    '',
    'For `rollback`: the registry version to point production at (default: the one before the current).',
    ['rollback'],
    'to-version',
  ),
  input(
    'invocation-logs',
    '',
    "For `promote`: `s3://bucket/prefix` where the account's Bedrock model invocation logging delivers. Production's recent requests are replayed against the candidate before the swap (shadow replay: docs/safe-promotion.md); empty: no replay.",
    ['promote', 'doctor', 'monitor'],
  ),
  input(
    'traffic-principals',
    '',
    "For `promote` and `monitor`: the principals whose requests are production's traffic (role ARNs, which cover each of the role's sessions, or principal ARNs with `*`; comma- or newline-separated). Requests from anyone else in the invocation logs are counted, not replayed or measured. Empty: every caller but this action's own sessions, each caller at most an equal share (docs/safe-promotion.md).",
    ['promote', 'monitor'],
  ),
  input('shadow-days', '7', 'For `promote`: how many days of production requests the shadow replay samples from.', [
    'promote',
  ]),
  input(
    'shadow-requests',
    '200',
    'For `promote`: most production requests replayed (sampled uniformly over `shadow-days`); each is a paid call to the candidate.',
    ['promote'],
  ),
  input(
    'min-shadow-agreement',
    '',
    "For `promote`: refuse a candidate that answers fewer than this share (0–1) of replayed requests as production did (compared by the scorer's normalization). Empty: the replay only reports.",
    ['promote'],
  ),
  input(
    'min-shadow-preference',
    '',
    "For `promote` with `scorer: judge`: refuse a candidate whose answers to replayed requests the judge prefers to production's less than this (0–1: wins plus half the ties, asked in both orders; 0.5 is as good as production). Empty: the replay only reports.",
    ['promote'],
  ),
  input(
    'watch-minutes',
    '10',
    'For `promote`: how long to watch the endpoint after the swap (CloudWatch metrics and smoke runs of the test set); a breach rolls production back. 0: no watch.',
    ['promote', 'doctor'],
  ),
  input(
    'max-error-rate',
    '0.05',
    'For `promote`: during the watch, a server-error rate above this (0–1, once there are at least 20 invocations) rolls production back. For `monitor`: above it over `monitor-days`, action needed.',
    ['promote', 'monitor'],
  ),
  input(
    'max-latency-ratio',
    '2',
    "For `promote`: during the watch, a latency p95 above this many times production's before the swap rolls production back.",
    ['promote'],
  ),
  input(
    'prune',
    'dry-run',
    'For `prune`: `dry-run` lists what would be deleted and the storage it would save; `apply` deletes it.',
    ['prune'],
  ),
  input(
    'keep-versions',
    '3',
    'For `prune`: the newest registry versions kept whatever their age (production and a promotion under way are always kept).',
    ['prune', 'monitor'],
  ),
  input(
    'prune-after-days',
    '14',
    'For `prune`: a custom model not kept is deleted when its pull request is closed or it is older than this many days.',
    ['prune', 'monitor'],
  ),
  input('monitor-days', '7', 'For `monitor`: the window of production traffic and cost it looks at, in days.', [
    'monitor',
  ]),
  input(
    'max-drift',
    '0.1',
    'For `monitor`: a share (0–1) of production requests far from every test prompt above this is a warning (docs/monitor.md).',
    ['monitor'],
  ),
  input(
    'max-psi',
    '0.25',
    "For `monitor`: a population stability index of production's answer labels against the test set's above this is a warning (classifiers).",
    ['monitor'],
  ),
  input(
    'traffic-examples',
    'auto',
    'For `monitor`: whether the issue quotes the production requests least like the test set (escaped, personal data withheld). `auto` quotes them on a private repository only (an issue on a public one is public); `show` or `hide`.',
    ['monitor'],
  ),
  input(
    'max-score-drop',
    '0.1',
    "For `monitor` with `scorer: judge`: a mean judge score on production's answers (to requests near a test prompt, against that record's reference) this much (0–1) below the score production was promoted with is a warning.",
    ['monitor'],
  ),
  input(
    'fail-on',
    'never',
    'For `monitor`: fail the step at this status or worse: `never`, `warning` or `action-needed` (for paging).',
    ['monitor'],
  ),
  input(
    'fail-if-not-promoted',
    'false',
    'For `promote`: fail the step when the candidate is not promoted (by default only the `promoted` output says so).',
    ['promote'],
  ),
] as const satisfies readonly InputSpec[];

export type InputName = (typeof INPUTS)[number]['name'];

export const OUTPUTS = {
  'dataset-hash': 'sha256 of the training (+validation) bytes.',
  records: 'Training records.',
  'job-name': 'The customization job name.',
  'job-arn': 'The customization job ARN.',
  'job-status': 'The customization job status (`InProgress` when handed over).',
  'custom-model-arn': 'The candidate custom model.',
  'deployment-arn': 'How the candidate was invoked.',
  accuracy: 'Candidate accuracy, 0–1 (for `grader` and `judge`: the pass rate).',
  score: 'Candidate mean score, 0–1 (`scorer: grader` or `judge`).',
  'base-score': 'Base model mean score, 0–1.',
  'champion-score': 'Production model mean score, 0–1.',
  'base-accuracy': 'Base model accuracy, 0–1.',
  'champion-accuracy': 'Production model accuracy, 0–1.',
  'accuracy-unseen':
    'Candidate accuracy on the test records whose prompt does not occur in training, 0–1 (empty when there is no overlap, or no test record is unseen). When there is overlap, the gate and promotion decide on these records.',
  'score-unseen':
    'Candidate mean score on the test records not in training (`scorer: grader` or `judge`; empty like `accuracy-unseen`).',
  'delta-vs-base': 'Percentage points.',
  'delta-vs-champion': 'Percentage points.',
  passed: '`true`/`false` gate verdict.',
  sweep:
    'JSON: every point of a sweep with its hyperparameters, base model, job, status, metric, interval and costs, ranked (empty without a sweep).',
  'training-tokens': 'Billed training tokens, estimated: training tokens × epochs.',
  'eval-cost':
    "The evaluation's model and judge calls, estimated before the first one (USD, an upper bound: every record's input tokens and up to `max-tokens` out, per model evaluated; empty without prices).",
  'training-cost':
    'Estimated training cost in USD (empty when no price is known; for RFT, after the job, from its duration).',
  'report-path': 'JSON results file on the runner.',
  'comment-url': 'The sticky comment.',
  promoted: 'Promote/rollback result.',
  checks:
    'For `doctor`: JSON list of the checks, each `{ "check", "status" (`pass`, `warn`, `fail`, `skip`), "detail", "fix" }`.',
  'model-version': 'The registry version promoted or rolled back to.',
  'shadow-agreement':
    'For `promote`: the share (0–1) of replayed production requests the candidate answered as production did (empty without `invocation-logs`).',
  'shadow-preference':
    "For `promote` with `scorer: judge`: the judge's preference (0–1, ties half; 0.5 is as good as production) for the candidate's answers to replayed production requests over production's.",
  watch: 'For `promote`: `passed`, `rolled-back` or `off` — what the watch after the swap found.',
  status: 'For `monitor`: `ok`, `warning` or `action-needed`.',
  'eol-date': "For `monitor`: the production base model's end-of-life date (YYYY-MM-DD; empty when none is announced).",
  drift: 'For `monitor`: the share (0–1) of production requests far from every test prompt (empty when not measured).',
  'monthly-cost': "For `monitor`: USD a month of production's inference at the window's pace (empty without a price).",
  'issue-url': 'For `monitor`: the model-health issue (with `model-name: *`, one URL a line).',
  pruned:
    'For `prune`: JSON list of the custom models it looked at, each `{ "name", "arn", "action" (`kept`, `would-delete`, `deleted`, `in-use`, `failed`), "why", "storagePerMonth" }`.',
  'monthly-savings': 'For `prune`: USD per month of model storage deleted (or, in a dry run, that would be).',
} as const;

export type OutputName = keyof typeof OUTPUTS;

/** What the main step hands to the post step. */
export const STATE = {
  /** saved by the main step: the runner hands state only to the post step, which is how one bundle tells them apart */
  isPost: 'is-post',
  jobArn: 'job-arn',
  cancelled: 'cancelled',
  /** evaluation deployments and Provisioned Throughput that exist (JSON list) */
  evalResources: 'eval-resources',
} as const;

export type StateName = (typeof STATE)[keyof typeof STATE];
