// The settings of a run and the vocabulary they are written in: types only, at the bottom of the
// house. Every layer may import this file; it imports nothing but other leaf types. The parser of
// the inputs lives in the shell (inputs.ts).
import type { Command } from './interface.js';
import type { BaseModel, CustomizationType } from './models.js';
import type { RuleId } from './rules.js';

export type Scalar = string | number | boolean;

export interface Hyperparameters {
  /** as the service takes them: strings for SFT, numbers (and the effort word) for RFT */
  readonly values: Readonly<Record<string, string | number>>;
  /** notices for the log, e.g. an alias that was renamed */
  readonly notices: readonly string[];
}

/** One training job of a run: a plain run is a grid of one point. */
export interface GridPoint {
  /** p1, p2, … in grid order */
  readonly id: string;
  readonly baseModel: BaseModel;
  readonly baseModelInferenceId: string;
  readonly hyperparameters: Hyperparameters;
  /** the settings that vary across the grid, as the input spelled them: what tells points apart */
  readonly varying: Readonly<Record<string, string>>;
}

/** A sweep: the grid of more than one point that lists in `hyperparameters` or `base-model` make. */
export interface Grid {
  readonly points: readonly GridPoint[];
  /** names of what varies: 'base-model' and hyperparameter names */
  readonly varies: readonly string[];
}

/** The fields of a price book: customization, storage, and on-demand inference of base and custom models. */
export type PriceField = 'training' | 'rftTraining' | 'storage' | 'input' | 'output' | 'customInput' | 'customOutput';

/** Input `prices`, parsed: model family → field → USD. */
export type PriceOverrides = Readonly<Record<string, Readonly<Partial<Record<PriceField, number>>>>>;

export type StringScorer = 'exact' | 'normalized' | 'json' | 'regex';
/** `grader`: the RFT grader Lambda scores each answer; `judge`: a Bedrock model rates it by a rubric. */
export type Scorer = StringScorer | 'grader' | 'judge';
/** How a kind of finding counts: `pii` and `leakage`. */
export type FindingMode = 'error' | 'warn' | 'off';

export interface S3Location {
  readonly bucket: string;
  /** no leading or trailing slash; '' for the bucket's root */
  readonly prefix: string;
}

// Each section is the part of the settings one phase reads (interface.ts says which command reads each
// input): a module takes the sections it reads, so what it depends on is in its signature.

/** What every command reads: where it runs and which model. */
export interface RunSettings {
  readonly command: Command;
  readonly workspace: string;
  /** dataset files must resolve inside the workspace: on a runner (GITHUB_ACTIONS), where files outside it are the runner's */
  readonly confineToWorkspace: boolean;
  readonly allowSymlinks: boolean;
  readonly modelName: string;
}

/** Reaching AWS and GitHub: the Region, the role, the bucket, the token, and who may run at all. */
export interface AccessSettings {
  readonly awsRegion?: string;
  readonly roleToAssume?: string;
  readonly roleSessionName: string;
  readonly s3?: S3Location;
  readonly kmsKeyId?: string;
  readonly expectedBucketOwner?: string;
  readonly githubToken?: string;
  readonly allowForks: boolean;
  /** globs of tag names that count as release refs (`release-tags`) */
  readonly releaseTags: readonly string[];
}

/** The datasets and what the validator holds them to. */
export interface DataSettings {
  readonly trainingData?: string;
  readonly validationData?: string;
  readonly validationSplit: number;
  readonly testData?: string;
  readonly pii: FindingMode;
  readonly leakage: FindingMode;
  readonly ignoreRules: ReadonlySet<RuleId>;
  readonly maxTestRecords: number;
  /** bytes: refuse a larger test set before reading it (`max-test-mb`) */
  readonly maxTestBytes: number;
}

/** What one point of a grid sets: a plain run is a grid of one point (training/grid.ts pointSettings changes only these). */
export interface PointSettings {
  readonly baseModel: BaseModel;
  readonly baseModelInferenceId: string;
  readonly customizationType: CustomizationType;
  readonly hyperparameters: Hyperparameters;
}

/** Training: the job, its inputs and roles, waiting for it, and its ceilings. */
export interface TrainingSettings {
  /** a grid of points, when `hyperparameters` or `base-model` holds a list (baseModel and hyperparameters are its first point) */
  readonly sweep?: Grid;
  /** the most points a sweep may have */
  readonly maxJobs: number;
  /** the teacher as Bedrock is sent it (see resolveTeacher) */
  readonly teacherModel?: string;
  /** the teacher as the input spelled it, when that differs */
  readonly teacherModelInput?: string;
  readonly graderLambdaArn?: string;
  readonly bedrockRoleArn?: string;
  readonly waitMinutes: number;
  readonly stopOnCancel: boolean;
  readonly retryFailed: boolean;
  /** refuse a `run` whose estimated training cost (USD) is higher */
  readonly maxTrainingCost?: number;
  /** refuse a `run` whose billed training tokens (tokens × epochs) are more */
  readonly maxTrainingTokens?: number;
}

/** Prices over the Price List's. */
export interface PriceSettings {
  /** input `prices`: model family → field → USD */
  readonly prices: PriceOverrides;
}

/** Evaluation: the scorer, the calls, the gate's thresholds and the ceiling. */
export interface EvaluationSettings {
  readonly scorer: Scorer;
  /** samples per grader Lambda invocation */
  readonly graderBatchSize: number;
  /** the judge's model id or inference profile */
  readonly judgeModel: string;
  /** a committed rubric file (absolute path); the built-in rubric when unset */
  readonly judgeRubric?: string;
  /** a graded or judged answer passes at this score (0–1) */
  readonly passThreshold: number;
  readonly minScore?: number;
  readonly evalConcurrency: number;
  readonly maxTokens: number;
  readonly compareBase: boolean;
  readonly minAccuracy?: number;
  readonly maxRegression?: number;
  readonly keepDeployment: boolean;
  /** USD: refuse an evaluation estimated above it (`max-eval-cost`) */
  readonly maxEvalCost?: number;
}

/** The pull request's comment. */
export interface ReportSettings {
  readonly comment: boolean;
  /** the artifact the workflow uploads `report-path` as, which the comment's footer names */
  readonly reportArtifact?: string;
}

/** Promotion and rollback: the version, shadow replay and the watch. */
export interface PromotionSettings {
  readonly version?: number;
  readonly failIfNotPromoted: boolean;
  /** `promote`: where Bedrock's model invocation logs are delivered (shadow replay) */
  readonly invocationLogs?: S3Location;
  readonly shadowDays: number;
  readonly shadowRequests: number;
  /** `traffic-principals`: the application's principals, the only callers replay and monitor read (empty: all but the action's own) */
  readonly trafficPrincipals: readonly string[];
  readonly minShadowAgreement?: number;
  /** `promote` with `scorer: judge`: the least win rate (ties half) of the candidate's replayed answers over production's */
  readonly minShadowPreference?: number;
  /** `promote`: minutes to watch the endpoint after the swap (0: off) */
  readonly watchMinutes: number;
  readonly maxErrorRate: number;
  readonly maxLatencyRatio: number;
}

/** `monitor`: the window and the thresholds of each finding. */
export interface MonitorSettings {
  /** `monitor`: days of traffic and cost looked at */
  readonly monitorDays: number;
  readonly maxDrift: number;
  readonly maxPsi: number;
  /** `traffic-examples`: quote production's requests in the issue (auto: on private repositories only) */
  readonly trafficExamples: 'auto' | 'show' | 'hide';
  /** `monitor` with `scorer: judge`: how far production's mean judge score may fall below its promotion score */
  readonly maxScoreDrop: number;
  readonly failOn: 'never' | 'warning' | 'action-needed';
}

/** `prune`. */
export interface PruneSettings {
  /** `prune`: delete (true) or only list (the default) */
  readonly pruneApply: boolean;
  readonly keepVersions: number;
  readonly pruneAfterDays: number;
}

/** `doctor`. */
export interface DoctorSettings {
  /** `doctor` also checks this role's permissions for the release commands */
  readonly releaseRoleArn?: string;
}

/** All of a run's settings: every section. Only the shell and the commands take the whole. */
export interface Settings
  extends
    RunSettings,
    AccessSettings,
    DataSettings,
    PointSettings,
    TrainingSettings,
    PriceSettings,
    EvaluationSettings,
    ReportSettings,
    PromotionSettings,
    MonitorSettings,
    PruneSettings,
    DoctorSettings {}
