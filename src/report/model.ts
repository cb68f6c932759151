// The results of a run as one JSON document: the PR comment, the job summary and the preview are
// all rendered from it, and it is written to `report-path` and to S3.
import type { Eta } from '../training/eta.js';
import type {
  RunSettings,
  AccessSettings,
  PointSettings,
  TrainingSettings,
  EvaluationSettings,
  ReportSettings,
} from '../settings.js';
import type { RunContext } from '../github/context.js';
import type { JobView } from '../aws/bedrock-jobs.js';
import type { ValidationReport } from '../dataset/validate.js';
import type { Evaluation } from '../evaluation/evaluate.js';
import type { RecordResult } from '../evaluation/metrics.js';
import type { UnseenSubset } from '../evaluation/overlap.js';
import type { PairedComparison, ScoreComparison } from '../evaluation/stats.js';
import type { LossCurves } from '../training/metrics.js';
import type { DataChanges } from './diff.js';
import type { TrainingCost } from '../training/cost.js';
import type { InferenceCosts } from '../evaluation/cost.js';
import type { LifecycleWarning } from '../training/lifecycle.js';
import type { SweepReport } from './sweep.js';
import { gate, gateResults, passes, type GateCondition } from '../evaluation/gate.js';
import { UserError } from '../errors.js';

export type { GateCondition };

/** Money: training's estimate (and after the job its duration), inference per 1,000 requests. */
export interface ReportCost {
  readonly training?: TrainingCost;
  readonly inference?: InferenceCosts;
  /** the newest price-list publication date among the prices used */
  readonly publicationDate?: string;
  /** why some prices may be missing */
  readonly notes?: readonly string[];
}

export interface ScoreDrop {
  readonly line: number;
  readonly prompt: string;
  readonly before: number;
  readonly after: number;
  readonly output?: string;
  readonly reason?: string;
}

/** The training job as the report shows it. */
export interface TrainingFacts {
  readonly jobName: string;
  readonly jobArn: string;
  readonly status: string;
  readonly reused: boolean;
  readonly consoleUrl?: string;
  readonly customModelArn?: string;
  readonly baseModel: string;
  readonly customizationType: string;
  readonly startedAt?: string;
  readonly endedAt?: string;
  readonly durationMinutes?: number;
  readonly hyperparameters: Readonly<Record<string, string | number>>;
  /** the job's stages as GetModelCustomizationJob reports them (validation, dataProcessing, training) */
  readonly stages?: Readonly<Record<string, string>>;
  /** while it trains: when it should end, estimated from earlier jobs of this model */
  readonly eta?: { readonly endsAt: string; readonly samples: number };
  readonly failureMessage?: string;
  readonly loss?: LossCurves;
}

/** Models answering the test set, while the live card shows it: records answered per model, in order. */
export type EvaluatingRows = ReadonlyArray<{ readonly label: string; readonly done: number; readonly total: number }>;

/**
 * The report, by what the run got to: `evaluated` (results, or nothing to train), `evaluating` (the
 * live card while models answer the test set), `training` (a job still running: the live card, or
 * handed over at the deadline) and `training-failed` (the job ended without a model). A state that
 * implies a job carries its training facts.
 */
export type Report = ReportCommon &
  (
    | { readonly state: 'evaluated'; readonly training?: TrainingFacts }
    | { readonly state: 'evaluating'; readonly evaluating: EvaluatingRows; readonly training?: TrainingFacts }
    | { readonly state: 'training' | 'training-failed'; readonly training: TrainingFacts }
  );

export interface ReportCommon {
  readonly schema: 1;
  readonly generatedAt: string;
  readonly modelName: string;
  /** the live card of a run still waiting for its jobs or evaluating (updated in place), not a hand-over */
  readonly live?: boolean;
  readonly passed: boolean;
  readonly gate: readonly GateCondition[];
  readonly run: {
    readonly repository?: string;
    readonly pullRequest?: number;
    readonly commit?: string;
    readonly url?: string;
    readonly event: string;
  };
  readonly dataset: {
    readonly hash: string;
    readonly files: ReadonlyArray<{ role: string; name: string; records: number; sha256: string }>;
    readonly warnings: ReadonlyArray<{ rule: string; count: number; at: string }>;
  };
  readonly evaluation?: {
    readonly testSet: { readonly name: string; readonly sha256: string; readonly records: number };
    readonly scorer: string;
    readonly grading?: Evaluation['grading'];
    readonly models: ReadonlyArray<
      Omit<Evaluation['models'][number], 'results'> & { results: readonly RecordResult[] }
    >;
    readonly vsBase?: PairedComparison;
    readonly vsChampion?: PairedComparison;
    readonly scoreVsBase?: ScoreComparison;
    readonly scoreVsChampion?: ScoreComparison;
    /** the same on the test records not seen in training, when some were */
    readonly unseen?: UnseenSubset;
    /** the candidate's wrong answers and errors, with their prompts (graded: lowest score first) */
    readonly failed: ReadonlyArray<{
      line: number;
      prompt: string;
      expected: string;
      output?: string;
      error?: string;
      score?: number;
      reason?: string;
    }>;
    /** graded: the records whose score fell most from base and from production */
    readonly drops?: { readonly vsBase: readonly ScoreDrop[]; readonly vsChampion: readonly ScoreDrop[] };
  };
  readonly dataChanges?: DataChanges;
  readonly cost?: ReportCost;
  /** models in AWS's Legacy state that this run uses */
  readonly lifecycle?: readonly LifecycleWarning[];
  /** a sweep: every point ranked; the rest of the report is about the winner */
  readonly sweep?: SweepReport;
  /** where the full results are: on the runner, in S3, and as the workflow's artifact when it uploads one */
  readonly location?: { readonly file?: string; readonly s3?: string; readonly artifact?: string };
}

/** The gate's conditions, each with the numbers that decided it (evaluation/gate.ts decides). */
export function gateOf(
  settings: RunSettings & AccessSettings & PointSettings & TrainingSettings & EvaluationSettings & ReportSettings,
  evaluation: Evaluation | undefined,
): GateCondition[] {
  const results = evaluation && gateResults(evaluation);
  return results ? gate(settings, results) : [];
}

export function consoleUrl(region: string | undefined, jobArn: string): string | undefined {
  return region
    ? `https://${region}.console.aws.amazon.com/bedrock/home?region=${region}#/custom-models/item?arn=${encodeURIComponent(jobArn)}`
    : undefined;
}

export interface ReportInputs {
  readonly settings: RunSettings &
    AccessSettings &
    PointSettings &
    TrainingSettings &
    EvaluationSettings &
    ReportSettings;
  readonly context: RunContext;
  readonly validation: ValidationReport;
  readonly job?: JobView;
  readonly reused?: boolean;
  readonly loss?: LossCurves;
  readonly evaluation?: Evaluation;
  readonly dataChanges?: DataChanges;
  readonly cost?: ReportCost;
  readonly lifecycle?: readonly LifecycleWarning[];
  readonly sweep?: SweepReport;
  /** the live card while the run waits */
  readonly live?: boolean;
  readonly eta?: Eta;
  /** the live card while models are evaluated */
  readonly evaluating?: EvaluatingRows;
}

const MAX_FAILED = 50;

/** The grader's metrics of one answer, as its "why". */
const graderMetricsText = (m: Readonly<Record<string, number>> | undefined) =>
  m && Object.keys(m).length
    ? Object.entries(m)
        .map(([k, v]) => `${k} ${Number(v.toFixed(3))}`)
        .join(', ')
    : undefined;

export function buildReport(inputs: ReportInputs): Report {
  const { settings, context, validation, job, evaluation } = inputs;
  const conditions = gateOf(settings, evaluation);
  const running = job !== undefined && (job.status === 'InProgress' || job.status === 'Stopping');
  const state: Report['state'] = evaluation
    ? 'evaluated'
    : inputs.evaluating
      ? 'evaluating'
      : running
        ? 'training'
        : job && job.status !== 'Completed'
          ? 'training-failed'
          : 'evaluated';
  const candidate = evaluation?.models.find((m) => m.role === 'candidate');
  const failed = (candidate?.results ?? [])
    .filter((r) => !r.correct)
    // graded: the worst first (errors, then the lowest scores), so the judge's reasons for them show
    .sort((a, b) => (a.error ? -1 : (a.score ?? 0)) - (b.error ? -1 : (b.score ?? 0)) || a.line - b.line)
    .slice(0, MAX_FAILED)
    .map((r) => ({
      line: r.line,
      prompt: evaluation!.prompts.get(r.line) ?? '',
      expected: r.expected,
      output: r.output,
      error: r.error,
      score: r.score,
      reason: r.reason ?? graderMetricsText(r.graderMetrics),
    }));
  const drops = (role: 'base' | 'champion') => {
    const other = evaluation?.models.find((m) => m.role === role);
    if (!candidate || !other || !evaluation?.grading) return [];
    const before = new Map(other.results.map((r) => [r.line, r.score]));
    return candidate.results
      .filter((r) => r.score !== undefined && (before.get(r.line) ?? -Infinity) > r.score)
      .map((r) => ({
        line: r.line,
        prompt: evaluation.prompts.get(r.line) ?? '',
        before: before.get(r.line)!,
        after: r.score!,
        output: r.output,
        reason: r.reason ?? graderMetricsText(r.graderMetrics),
      }))
      .sort((a, b) => b.before - b.after - (a.before - a.after) || a.line - b.line)
      .slice(0, 10);
  };
  const minutes =
    job?.creationTime && job.endTime ? (job.endTime.getTime() - job.creationTime.getTime()) / 60_000 : undefined;
  const training: TrainingFacts | undefined = job
    ? {
        jobName: job.name,
        jobArn: job.arn,
        status: job.status,
        reused: inputs.reused ?? false,
        consoleUrl: consoleUrl(settings.awsRegion, job.arn),
        customModelArn: job.customModelArn,
        baseModel: settings.baseModel.id,
        customizationType: settings.customizationType,
        startedAt: job.creationTime?.toISOString(),
        endedAt: job.endTime?.toISOString(),
        durationMinutes: minutes,
        hyperparameters: job.hyperParameters ?? settings.hyperparameters.values,
        stages: Object.keys(job.stages).length ? job.stages : undefined,
        eta:
          inputs.eta && job.creationTime && state === 'training'
            ? {
                endsAt: new Date(job.creationTime.getTime() + inputs.eta.minutes * 60_000).toISOString(),
                samples: inputs.eta.samples,
              }
            : undefined,
        failureMessage: job.failureMessage,
        loss: inputs.loss,
      }
    : undefined;
  const common: ReportCommon = {
    schema: 1,
    generatedAt: new Date().toISOString(),
    modelName: settings.modelName,
    ...(inputs.live && state === 'training' ? { live: true } : {}),
    ...(state === 'evaluating' ? { live: true } : {}),
    passed: state !== 'training-failed' && state !== 'evaluating' && passes(conditions),
    gate: conditions,
    run: {
      repository: context.repository,
      pullRequest: context.pullRequest?.number,
      commit: context.sha,
      url: context.runUrl,
      event: context.eventName,
    },
    dataset: {
      hash: validation.datasetHash,
      files: validation.files.map((f) => ({ role: f.role, name: f.name, records: f.records, sha256: f.sha256 })),
      warnings: validation.tallies
        .filter((t) => t.severity === 'warning')
        .map((t) => ({ rule: t.rule, count: t.count, at: `${t.first.file}${t.first.line ? `:${t.first.line}` : ''}` })),
    },
    evaluation: evaluation
      ? {
          testSet: evaluation.testSet,
          scorer: evaluation.scorer,
          grading: evaluation.grading,
          models: evaluation.models.map((m) => ({ ...m })),
          vsBase: evaluation.vsBase,
          vsChampion: evaluation.vsChampion,
          scoreVsBase: evaluation.scoreVsBase,
          scoreVsChampion: evaluation.scoreVsChampion,
          unseen: evaluation.unseen,
          failed,
          drops: evaluation.grading ? { vsBase: drops('base'), vsChampion: drops('champion') } : undefined,
        }
      : undefined,
    dataChanges: inputs.dataChanges,
    cost: inputs.cost,
    lifecycle: inputs.lifecycle?.length ? inputs.lifecycle : undefined,
    sweep: inputs.sweep,
  };
  if (state === 'evaluating') return { ...common, state, evaluating: inputs.evaluating ?? [], training };
  // a running or failed state comes from a job, so its facts are there
  if ((state === 'training' || state === 'training-failed') && training) return { ...common, state, training };
  return { ...common, state: 'evaluated', training };
}

/** The step fails after the report is out, naming the conditions that failed. */
export function gateFailure(report: Report): UserError {
  const failed = report.gate.filter((g) => !g.passed).map((g) => `'${g.input}': ${g.text}`);
  return new UserError(
    `The candidate fails the gate: ${failed.join('; ')}. The PR comment and the job summary have the numbers.`,
  );
}
