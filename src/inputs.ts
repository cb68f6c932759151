// The shell's side of settings: every input read once, checked, and built into one Settings value
// before anything remote is called. The only code that expands grids, checks hyperparameters and
// parses prices for the action; the Settings type itself is a leaf (settings.ts).
import path from 'node:path';
import { UserError } from './errors.js';
import { COMMANDS, INPUTS, type Command, type InputName } from './interface.js';
import { CUSTOMIZATION_TYPES, DISTILLATION_TEACHERS, resolveTeacher, supportedTypes } from './models.js';
import { expandGrid } from './training/grid.js';
import { type Scorer, type Settings } from './settings.js';

/** Reads one input's raw value ('' when unset). */
import {
  described,
  parseJudgeModel,
  parseArtifactName,
  parseTeacher,
  parseModelName,
  parseBaseModels,
  parseEnum,
  parseBoolean,
  parseNumber,
  optionalNumber,
  parseHyperparameters,
  parseArn,
  parseS3Uri,
  parseRegion,
  parseAccountId,
  parseIgnoreRules,
  parseReleaseTags,
  parseTrafficPrincipals,
  parsePrices,
} from './input-values.js';

export type InputReader = (name: InputName) => string;

const FINDING_MODES = ['error', 'warn', 'off'] as const;
const SCORERS: readonly Scorer[] = ['exact', 'normalized', 'json', 'regex', 'grader', 'judge'];

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
    trafficPrincipals: parseTrafficPrincipals(read('traffic-principals')),
    shadowRequests: parseNumber('shadow-requests', read('shadow-requests'), { min: 1, max: 5000, integer: true }),
    minShadowAgreement: optionalNumber('min-shadow-agreement', read('min-shadow-agreement'), { min: 0, max: 1 }),
    minShadowPreference: optionalNumber('min-shadow-preference', read('min-shadow-preference'), { min: 0, max: 1 }),
    watchMinutes: parseNumber('watch-minutes', read('watch-minutes'), { min: 0, max: 300 }),
    maxErrorRate: parseNumber('max-error-rate', read('max-error-rate'), { min: 0, max: 1 }),
    maxLatencyRatio: parseNumber('max-latency-ratio', read('max-latency-ratio'), { min: 1, max: 100 }),
    monitorDays: parseNumber('monitor-days', read('monitor-days'), { min: 1, max: 90 }),
    maxDrift: parseNumber('max-drift', read('max-drift'), { min: 0, max: 1 }),
    maxPsi: parseNumber('max-psi', read('max-psi'), { min: 0, max: 100 }),
    trafficExamples: parseEnum('traffic-examples', read('traffic-examples'), ['auto', 'show', 'hide'] as const),
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
