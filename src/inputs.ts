// The shell's side of settings: every input read once, checked, and built into one Settings value
// before anything remote is called. The only code that expands grids, checks hyperparameters and
// parses prices for the action; the Settings type itself is a leaf (settings.ts).
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { UserError } from './errors.js';
import { printable } from './io/printable.js';
import { COMMANDS, INPUTS, type Command, type InputName } from './interface.js';
import {
  BASE_MODELS,
  CUSTOMIZATION_TYPES,
  DISTILLATION_TEACHERS,
  findBaseModel,
  resolveTeacher,
  supportedTypes,
  type BaseModel,
} from './models.js';
import { RULES, UNSKIPPABLE_RULES, type RuleId } from './rules.js';
import { expandGrid } from './training/grid.js';
import { PRICE_FIELDS, familyOf } from './pricing/prices.js';
import {
  type PriceField,
  type PriceOverrides,
  type S3Location,
  type Scalar,
  type Scorer,
  type Settings,
} from './settings.js';

/** Reads one input's raw value ('' when unset). */
export type InputReader = (name: InputName) => string;

const FINDING_MODES = ['error', 'warn', 'off'] as const;
const SCORERS: readonly Scorer[] = ['exact', 'normalized', 'json', 'regex', 'grader', 'judge'];

/**
 * An input's bad value, for a message: quoted when it is short and printable, else described by
 * its length. Inputs come from the workflow file, which a pull request can change, and a value
 * pasted into the wrong input may be a secret.
 */
function described(value: string): string {
  return value.length <= 80 && printable(value) === value ? `'${value}'` : `a ${value.length}-character value`;
}

/** Applies the interface's defaults to a reader that may return '' for unset inputs (CLI, bare `node dist/index.js`). */
export function withDefaults(read: InputReader, env: NodeJS.ProcessEnv = process.env): InputReader {
  return (name) => {
    const value = read(name).trim();
    if (value !== '') return value;
    if (name === 'github-token') return env.GITHUB_TOKEN ?? '';
    return INPUTS.find((i) => i.name === name)?.default ?? '';
  };
}

export function parseCommand(read: InputReader): Command {
  const value = read('command') || 'run';
  if (!(COMMANDS as readonly string[]).includes(value)) {
    throw new UserError(`Input 'command' is ${described(value)}. Expected one of: ${COMMANDS.join(', ')}.`);
  }
  return value as Command;
}

export function parseSettings(read: InputReader, env: NodeJS.ProcessEnv = process.env): Settings {
  const command = parseCommand(read);
  const workspace = path.resolve(env.GITHUB_WORKSPACE || process.cwd());
  const opt = (name: InputName): string | undefined => read(name) || undefined;
  const file = (name: InputName): string | undefined => {
    const value = opt(name);
    return value === undefined ? undefined : path.resolve(workspace, value);
  };

  const baseModels = parseBaseModels(read('base-model'));
  const customizationType = parseEnum('customization-type', read('customization-type'), CUSTOMIZATION_TYPES);
  for (const baseModel of baseModels)
    if (!baseModel.customization[customizationType]) {
      throw new UserError(
        `Input 'customization-type' is '${customizationType}', which ${baseModel.label} (${baseModel.id}) does not support. ` +
          `It supports: ${supportedTypes(baseModel).join(', ')}. Choose one of those, or a base model that supports ${customizationType}.`,
      );
    }
  if (baseModels.length > 1 && read('base-model-inference-id'))
    throw new UserError(
      `Input 'base-model-inference-id' is set, but 'base-model' lists ${baseModels.length} models. Leave it empty: each model is invoked by its own id.`,
    );
  const maxJobs = parseNumber('max-jobs', read('max-jobs'), { min: 1, max: 64, integer: true });
  const grid = expandGrid(baseModels, parseHyperparameters(read('hyperparameters')), customizationType, maxJobs);
  const first = grid.points[0]!;
  const baseModel = first.baseModel;

  const settings: Settings = {
    command,
    workspace,
    confineToWorkspace: env.GITHUB_ACTIONS === 'true',
    allowSymlinks: parseBoolean('allow-symlinks', read('allow-symlinks')),
    modelName: parseModelName(read('model-name'), command),
    trainingData: file('training-data'),
    validationData: file('validation-data'),
    validationSplit: parseNumber('validation-split', read('validation-split'), { min: 0, max: 0.5 }),
    testData: file('test-data'),
    baseModel,
    baseModelInferenceId: read('base-model-inference-id') || baseModel.inferenceId,
    customizationType,
    hyperparameters: first.hyperparameters,
    sweep: grid.points.length > 1 ? grid : undefined,
    maxJobs,
    ...parseTeacher(opt('teacher-model')),
    graderLambdaArn: opt('grader-lambda-arn'),
    awsRegion: parseRegion(opt('aws-region') ?? (env.AWS_REGION || env.AWS_DEFAULT_REGION || undefined)),
    roleToAssume: parseArn('role-to-assume', opt('role-to-assume'), 'iam'),
    roleSessionName: read('role-session-name') || 'bedrock-model-ci',
    bedrockRoleArn: parseArn('bedrock-role-arn', opt('bedrock-role-arn'), 'iam'),
    releaseRoleArn: parseArn('release-role-arn', opt('release-role-arn'), 'iam'),
    s3: parseS3Uri(opt('s3-uri')),
    kmsKeyId: opt('kms-key-id'),
    expectedBucketOwner: parseAccountId(opt('expected-bucket-owner')),
    waitMinutes: parseNumber('wait-minutes', read('wait-minutes'), { min: 0, max: 355 }),
    stopOnCancel: parseBoolean('stop-on-cancel', read('stop-on-cancel')),
    retryFailed: parseBoolean('retry-failed', read('retry-failed')),
    scorer: parseEnum('scorer', read('scorer'), SCORERS),
    graderBatchSize: parseNumber('grader-batch-size', read('grader-batch-size'), { min: 1, max: 1000, integer: true }),
    judgeModel: parseJudgeModel(read('judge-model')),
    judgeRubric: file('judge-rubric'),
    passThreshold: parseNumber('pass-threshold', read('pass-threshold'), { min: 0, max: 1 }),
    minScore: optionalNumber('min-score', read('min-score'), { min: 0, max: 1 }),
    evalConcurrency: parseNumber('eval-concurrency', read('eval-concurrency'), { min: 1, max: 128, integer: true }),
    maxTokens: parseNumber('max-tokens', read('max-tokens'), { min: 1, max: 10_000, integer: true }),
    maxTestRecords: parseNumber('max-test-records', read('max-test-records'), {
      min: 1,
      max: 1_000_000,
      integer: true,
    }),
    maxTestBytes: Math.round(parseNumber('max-test-mb', read('max-test-mb'), { min: 0.001, max: 100_000 }) * 1_000_000),
    compareBase: parseBoolean('compare-base', read('compare-base')),
    minAccuracy: optionalNumber('min-accuracy', read('min-accuracy'), { min: 0, max: 1 }),
    maxRegression: optionalNumber('max-regression', read('max-regression'), { min: 0, max: 100 }),
    comment: parseBoolean('comment', read('comment')),
    githubToken: opt('github-token'),
    allowForks: parseBoolean('allow-forks', read('allow-forks')),
    releaseTags: parseReleaseTags(read('release-tags')),
    pii: parseEnum('pii', read('pii'), FINDING_MODES),
    leakage: parseEnum('leakage', read('leakage'), FINDING_MODES),
    ignoreRules: parseIgnoreRules(read('ignore-rules')),
    keepDeployment: parseBoolean('keep-deployment', read('keep-deployment')),
    reportArtifact: parseArtifactName(opt('report-artifact')),
    prices: parsePrices(read('prices')),
    maxTrainingCost: optionalNumber('max-training-cost', read('max-training-cost'), { min: 0, max: 10_000_000 }),
    maxEvalCost: optionalNumber('max-eval-cost', read('max-eval-cost'), { min: 0, max: 10_000_000 }),
    maxTrainingTokens: optionalNumber('max-training-tokens', read('max-training-tokens'), {
      min: 0,
      max: 1e15,
      integer: true,
    }),
    version: optionalNumber('version', read('version'), { min: 1, max: 1_000_000, integer: true }),
    invocationLogs: parseS3Uri(opt('invocation-logs'), 'invocation-logs'),
    shadowDays: parseNumber('shadow-days', read('shadow-days'), { min: 1, max: 90 }),
    shadowRequests: parseNumber('shadow-requests', read('shadow-requests'), { min: 1, max: 5000, integer: true }),
    minShadowAgreement: optionalNumber('min-shadow-agreement', read('min-shadow-agreement'), { min: 0, max: 1 }),
    minShadowPreference: optionalNumber('min-shadow-preference', read('min-shadow-preference'), { min: 0, max: 1 }),
    watchMinutes: parseNumber('watch-minutes', read('watch-minutes'), { min: 0, max: 300 }),
    maxErrorRate: parseNumber('max-error-rate', read('max-error-rate'), { min: 0, max: 1 }),
    maxLatencyRatio: parseNumber('max-latency-ratio', read('max-latency-ratio'), { min: 1, max: 100 }),
    monitorDays: parseNumber('monitor-days', read('monitor-days'), { min: 1, max: 90 }),
    maxDrift: parseNumber('max-drift', read('max-drift'), { min: 0, max: 1 }),
    maxPsi: parseNumber('max-psi', read('max-psi'), { min: 0, max: 100 }),
    maxScoreDrop: parseNumber('max-score-drop', read('max-score-drop'), { min: 0, max: 1 }),
    failOn: parseEnum('fail-on', read('fail-on'), ['never', 'warning', 'action-needed'] as const),
    pruneApply: parseEnum('prune', read('prune'), ['dry-run', 'apply'] as const) === 'apply',
    keepVersions: parseNumber('keep-versions', read('keep-versions'), { min: 1, max: 1000, integer: true }),
    pruneAfterDays: parseNumber('prune-after-days', read('prune-after-days'), { min: 0, max: 3650 }),
    failIfNotPromoted: parseBoolean('fail-if-not-promoted', read('fail-if-not-promoted')),
  };
  checkCustomizationInputs(settings);
  checkRequired(settings);
  return settings;
}

function checkCustomizationInputs(s: Settings): void {
  if (s.minShadowPreference !== undefined && s.scorer !== 'judge')
    throw new UserError(
      `Input 'min-shadow-preference' is for 'scorer: judge' (the judge prefers one free-text answer or the other), but 'scorer' is '${s.scorer}'. Use 'min-shadow-agreement' for answers a string comparison can check, or set 'scorer: judge'.`,
    );
  if (s.customizationType === 'distillation') {
    if (!s.teacherModel) {
      throw new UserError(
        `Input 'teacher-model' is required when 'customization-type' is 'distillation'. ` +
          `Teachers: ${Object.keys(DISTILLATION_TEACHERS).join(', ')}.`,
      );
    }
    const students = resolveTeacher(s.teacherModel)!.students;
    for (const model of s.sweep ? s.sweep.points.map((p) => p.baseModel) : [s.baseModel])
      if (!students.includes(model.id)) {
        throw new UserError(
          `Input 'teacher-model' '${s.teacherModel}' cannot teach '${model.id}'. Its students are: ${students.join(', ')}.`,
        );
      }
  } else if (s.teacherModel) {
    throw new UserError(
      `Input 'teacher-model' is set, but 'customization-type' is '${s.customizationType}'. Set 'customization-type: distillation' or remove 'teacher-model'.`,
    );
  }
  // One Lambda serves RFT training and evaluation with `scorer: grader`, whatever the method.
  const needsGrader = s.customizationType === 'rft' || s.scorer === 'grader';
  if (needsGrader) {
    if (!s.graderLambdaArn) {
      throw new UserError(
        s.scorer === 'grader'
          ? `Input 'grader-lambda-arn' is required when 'scorer' is 'grader': the Lambda function that scores each answer (the RFT grader contract; see docs/scorers.md).`
          : `Input 'grader-lambda-arn' is required when 'customization-type' is 'rft': the Lambda function that scores each response.`,
      );
    }
    parseArn('grader-lambda-arn', s.graderLambdaArn, 'lambda');
  } else if (s.graderLambdaArn) {
    throw new UserError(
      `Input 'grader-lambda-arn' is set, but 'customization-type' is '${s.customizationType}' and 'scorer' is '${s.scorer}'. Set 'customization-type: rft' or 'scorer: grader', or remove 'grader-lambda-arn'.`,
    );
  }
  if (s.judgeRubric && s.scorer !== 'judge') {
    throw new UserError(
      `Input 'judge-rubric' is set, but 'scorer' is '${s.scorer}'. Set 'scorer: judge' or remove 'judge-rubric'.`,
    );
  }
  if (s.minScore !== undefined && s.scorer !== 'grader' && s.scorer !== 'judge') {
    throw new UserError(
      `Input 'min-score' gates the mean score of 'scorer: grader' or 'judge'; the scorer is '${s.scorer}', which scores right or wrong. Use 'min-accuracy', or change the scorer.`,
    );
  }
}

/** A Bedrock model id or inference profile (bare, regional or an ARN): what Converse accepts. */
function parseJudgeModel(value: string): string {
  if (
    !/^(?:arn:aws[a-z-]*:bedrock:[a-z0-9-]*:\d{0,12}:[a-z-]+\/[\w.:/-]+|[a-z0-9-]+(?:\.[\w-]+)+(?::[\w.-]+)*)$/.test(
      value,
    )
  ) {
    throw new UserError(
      `Input 'judge-model' is ${described(value)}. Expected a Bedrock model id or inference profile, e.g. 'us.amazon.nova-pro-v1:0'.`,
    );
  }
  return value;
}

/** actions/upload-artifact refuses these characters in a name; so does the footer that names it. */
function parseArtifactName(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (value.length > 100 || /["\\:<>|*?/\r\n]/.test(value)) {
    throw new UserError(
      `Input 'report-artifact' is ${described(value)}. Expected the name given to actions/upload-artifact (no " : < > | * ? / \\ or newline), e.g. 'model-report'.`,
    );
  }
  return value;
}

const REQUIRED: Readonly<Record<Command, readonly InputName[]>> = {
  validate: ['training-data'],
  run: ['model-name', 'training-data', 'test-data', 'bedrock-role-arn', 's3-uri'],
  evaluate: ['model-name', 'test-data', 's3-uri'],
  promote: ['model-name', 'training-data', 'test-data', 's3-uri'],
  rollback: ['model-name', 's3-uri'],
  doctor: ['s3-uri'],
  prune: ['model-name', 's3-uri'],
  monitor: ['model-name', 's3-uri'],
};

function checkRequired(s: Settings): void {
  const present: Partial<Record<InputName, unknown>> = {
    'model-name': s.modelName || undefined,
    'training-data': s.trainingData,
    'test-data': s.testData,
    'bedrock-role-arn': s.bedrockRoleArn,
    's3-uri': s.s3,
  };
  const missing = REQUIRED[s.command].filter((name) => present[name] === undefined);
  if (missing.length > 0) {
    throw new UserError(
      `Command '${s.command}' needs ${missing.map((m) => `'${m}'`).join(', ')}. Set ${missing.length > 1 ? 'them' : 'it'} in the step's 'with:' (or as --${missing[0]} on the command line).`,
    );
  }
  if (s.command === 'validate' || s.command === 'run') {
    if (s.validationData && s.validationSplit > 0) {
      throw new UserError(
        `Inputs 'validation-data' and 'validation-split' are both set. Use one: a committed validation file, or a fraction split off the training data.`,
      );
    }
  }
}

function parseTeacher(value: string | undefined): Pick<Settings, 'teacherModel' | 'teacherModelInput'> {
  if (value === undefined) return {};
  const teacher = resolveTeacher(value);
  if (!teacher) {
    throw new UserError(
      `Input 'teacher-model' is ${described(value)}, which is not a distillation teacher. ` +
        `Use one of: ${Object.keys(DISTILLATION_TEACHERS).join(', ')} (also as in the customization table, e.g. 'amazon.nova-premier-v1:0:1000k', as a cross-region profile such as 'us.amazon.nova-premier-v1:0', or as an ARN).`,
    );
  }
  return { teacherModel: teacher.identifier, teacherModelInput: teacher.identifier === value ? undefined : value };
}

function parseModelName(value: string, command: Command): string {
  if (value === '') return '';
  // `monitor` may watch every model of the registry at once
  if (value === '*' && command === 'monitor') return value;
  // Every AWS name derived from it must accept it: the deployment name's pattern
  // ([0-9a-zA-Z][_-]?){1,63} (CreateCustomModelDeployment, Bedrock API reference) forbids '--' and
  // a leading or trailing '-'; job and custom model names take that too.
  if (!/^[a-z0-9](?:-?[a-z0-9]){0,39}$/.test(value)) {
    throw new UserError(
      `Input 'model-name' is ${described(value)}. Expected 1–40 characters of a-z, 0-9 and single '-' between them (no '--', no '-' at either end: Bedrock's deployment names refuse them), e.g. 'atis-intents'.`,
    );
  }
  return value;
}

/** One base model, or a YAML list of them (a sweep over model sizes). */
function parseBaseModels(value: string): BaseModel[] {
  if (!/^\s*\[|^\s*-\s/.test(value)) return [parseBaseModel(value)];
  let parsed: unknown;
  try {
    parsed = parseYaml(value);
  } catch (error) {
    throw new UserError(
      `Input 'base-model' is not a valid YAML list: ${(error as Error).message.split('\n')[0]}. Expected one model id, or a list such as '[amazon.nova-micro-v1:0:128k, amazon.nova-lite-v1:0:300k]'.`,
    );
  }
  if (!Array.isArray(parsed) || parsed.length === 0 || parsed.some((m) => typeof m !== 'string'))
    throw new UserError(`Input 'base-model' must be one model id or a non-empty list of model ids.`);
  const models = (parsed as string[]).map(parseBaseModel);
  const ids = models.map((m) => m.id);
  const twice = ids.find((id, i) => ids.indexOf(id) !== i);
  if (twice) throw new UserError(`Input 'base-model' lists ${twice} twice. Each model is one column of the sweep.`);
  return models;
}

function parseBaseModel(value: string): BaseModel {
  const model = findBaseModel(value);
  if (!model) {
    const teacherOnly = resolveTeacher(value) !== undefined;
    throw new UserError(
      `Input 'base-model' is ${described(value)}, which is not a customizable base model${teacherOnly ? ' (it can only be a distillation teacher)' : ''}. ` +
        `Supported: ${BASE_MODELS.map((m) => `${m.id} (${supportedTypes(m).join(', ')})`).join('; ')}.`,
    );
  }
  return model;
}

function parseEnum<T extends string>(name: InputName, value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value)) {
    throw new UserError(`Input '${name}' is ${described(value)}. Expected one of: ${allowed.join(', ')}.`);
  }
  return value as T;
}

/** YAML 1.2 core booleans only: a typo such as 'ture' must not silently read as false. */
export function parseBoolean(name: InputName, value: string): boolean {
  if (['true', 'True', 'TRUE'].includes(value)) return true;
  if (['false', 'False', 'FALSE'].includes(value)) return false;
  throw new UserError(`Input '${name}' is ${described(value)}. Expected a boolean: true or false.`);
}

interface Range {
  min: number;
  max: number;
  integer?: boolean;
}

function parseNumber(name: InputName, value: string, range: Range): number {
  const n = value.trim() === '' ? NaN : Number(value);
  const kind = range.integer ? 'a whole number' : 'a number';
  if (!Number.isFinite(n) || (range.integer && !Number.isInteger(n)) || n < range.min || n > range.max) {
    throw new UserError(`Input '${name}' is ${described(value)}. Expected ${kind} from ${range.min} to ${range.max}.`);
  }
  return n;
}

function optionalNumber(name: InputName, value: string, range: Range): number | undefined {
  return value === '' ? undefined : parseNumber(name, value, range);
}

function parseHyperparameters(value: string): Record<string, Scalar | Scalar[]> {
  if (value === '') return {};
  let parsed: unknown;
  try {
    parsed = parseYaml(value);
  } catch (error) {
    throw new UserError(
      `Input 'hyperparameters' is not valid YAML or JSON: ${(error as Error).message.split('\n')[0]}. Expected a map such as 'epochCount: 3'.`,
    );
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new UserError(
      `Input 'hyperparameters' must be a map of names to values, e.g. '{"epochCount": 3, "learningRate": 0.00001}'.`,
    );
  }
  const out: Record<string, Scalar | Scalar[]> = {};
  const scalar = (v: unknown): v is Scalar => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';
  for (const [key, v] of Object.entries(parsed as Record<string, unknown>)) {
    // A list makes a sweep: one job per value (see docs/sweeps.md).
    if (Array.isArray(v) && v.length > 0 && v.every(scalar)) {
      if (new Set(v.map(String)).size !== v.length)
        throw new UserError(`Input 'hyperparameters': '${key}' lists a value twice.`);
      out[key] = v.length === 1 ? v[0]! : v;
      continue;
    }
    if (!scalar(v)) {
      throw new UserError(
        `Input 'hyperparameters': '${key}' must be a value (a number or a word) or a list of values for a sweep, not ${Array.isArray(v) ? 'an empty or nested list' : typeof v}.`,
      );
    }
    out[key] = v;
  }
  return out;
}

function parseArn(name: InputName, value: string | undefined, service: 'iam' | 'lambda'): string | undefined {
  if (value === undefined) return undefined;
  const pattern =
    service === 'iam'
      ? /^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@/-]+$/
      : /^arn:aws[a-z-]*:lambda:[a-z0-9-]+:\d{12}:function:[\w-]+(?::[\w$-]+)?$/;
  if (!pattern.test(value)) {
    const example =
      service === 'iam' ? 'arn:aws:iam::123456789012:role/name' : 'arn:aws:lambda:us-east-1:123456789012:function:name';
    throw new UserError(`Input '${name}' is ${described(value)}. Expected an ARN like '${example}'.`);
  }
  return value;
}

export function parseS3Uri(value: string | undefined, name: InputName = 's3-uri'): S3Location | undefined {
  if (value === undefined) return undefined;
  const match = /^s3:\/\/([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])(?:\/(.*))?$/.exec(value);
  if (!match) {
    throw new UserError(
      `Input '${name}' is ${described(value)}. Expected 's3://bucket/prefix' with a valid bucket name (lower case, 3–63 characters).`,
    );
  }
  return { bucket: match[1]!, prefix: (match[2] ?? '').replace(/^\/+|\/+$/g, '') };
}

/** An AWS region name (it becomes part of endpoints and of S3 keys such as the price cache's). */
function parseRegion(value: string | undefined): string | undefined {
  if (value !== undefined && !/^[a-z]{2}(?:-[a-z]+)+-\d{1,2}$/.test(value)) {
    throw new UserError(
      `Input 'aws-region' (or AWS_REGION) is ${described(value)}. Expected an AWS region such as 'us-east-1'.`,
    );
  }
  return value;
}

function parseAccountId(value: string | undefined): string | undefined {
  if (value !== undefined && !/^\d{12}$/.test(value)) {
    throw new UserError(`Input 'expected-bucket-owner' is ${described(value)}. Expected a 12-digit AWS account id.`);
  }
  return value;
}

function parseIgnoreRules(value: string): ReadonlySet<RuleId> {
  const ids = value.split(/[\s,]+/).filter(Boolean);
  for (const id of ids) {
    if (!(id in RULES)) {
      throw new UserError(
        `Input 'ignore-rules' names '${id}', which is not a rule. Rule ids are listed in docs/validation.md (e.g. prompt/test-drift, dup/training).`,
      );
    }
    if (UNSKIPPABLE_RULES.has(id as RuleId)) {
      throw new UserError(
        `Input 'ignore-rules' names '${id}', which cannot be skipped: credentials in training data are always an error. Remove the credential from the data.`,
      );
    }
  }
  return new Set(ids as RuleId[]);
}

/** Input `release-tags`: tag-name globs (GitHub's filter-pattern characters: `*`, `**`, `?`, `[…]`). */
function parseReleaseTags(value: string): readonly string[] {
  const globs = value
    .split(/[\n,]+/)
    .map((g) => g.trim())
    .filter(Boolean);
  for (const g of globs) {
    if (g.startsWith('refs/') || g.startsWith('!'))
      throw new UserError(
        `Input 'release-tags' has '${printable(g)}': write tag-name globs without 'refs/tags/' and without negation, e.g. 'v*' or 'release-*'.`,
      );
  }
  return globs;
}

const PRICE_INPUTS = new Map<string, PriceField>(
  Object.entries(PRICE_FIELDS).map(([field, spec]) => [spec.input as string, field as PriceField]),
);

/** Input `prices`: a YAML map of models (any spelling) to their prices, e.g. `nova-micro: { input-per-1k-tokens: 0.000035 }`. */
function parsePrices(value: string): PriceOverrides {
  if (value === '') return {};
  const example = "e.g. 'amazon.nova-micro-v1:0:128k: { training-per-1k-tokens: 0.001, storage-per-month: 1.95 }'";
  let parsed: unknown;
  try {
    parsed = parseYaml(value);
  } catch (error) {
    throw new UserError(
      `Input 'prices' is not valid YAML: ${(error as Error).message.split('\n')[0]}. Expected a map of models to prices, ${example}.`,
    );
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed))
    throw new UserError(`Input 'prices' must be a map of models to prices, ${example}.`);
  const out: Record<string, Partial<Record<PriceField, number>>> = {};
  for (const [model, fields] of Object.entries(parsed as Record<string, unknown>)) {
    if (!familyOf(model)) throw new UserError(`Input 'prices': ${described(model)} is not a model. ${example}.`);
    if (fields === null || typeof fields !== 'object' || Array.isArray(fields))
      throw new UserError(`Input 'prices': the prices of '${model.slice(0, 80)}' must be a map, ${example}.`);
    const prices: Partial<Record<PriceField, number>> = {};
    for (const [name, usd] of Object.entries(fields as Record<string, unknown>)) {
      const field = PRICE_INPUTS.get(name);
      if (!field)
        throw new UserError(
          `Input 'prices': '${name.slice(0, 60)}' (under '${model.slice(0, 80)}') is not a price. Prices: ${[...PRICE_INPUTS.keys()].join(', ')}.`,
        );
      if (typeof usd !== 'number' || !Number.isFinite(usd) || usd < 0)
        throw new UserError(
          `Input 'prices': ${name} of '${model.slice(0, 80)}' must be a number of US dollars, 0 or more; it is ${described(String(usd))}.`,
        );
      prices[field] = usd;
    }
    out[model] = prices;
  }
  return out;
}
