// The results of a run as one JSON document: the PR comment, the job summary and the preview are
// all rendered from it, and it is written to `report-path` and to S3.
import type { Settings } from '../settings.js';
import type { RunContext } from '../github/context.js';
import type { JobView } from '../aws/bedrock-jobs.js';
import type { ValidationReport } from '../dataset/validate.js';
import type { Evaluation } from '../evaluation/evaluate.js';
import type { RecordResult } from '../evaluation/metrics.js';
import type { UnseenSubset } from '../evaluation/overlap.js';
import type { PairedComparison } from '../evaluation/stats.js';
import type { LossCurves } from '../training/metrics.js';
import type { DataChanges } from './diff.js';

export interface GateCondition {
  readonly input: 'min-accuracy' | 'max-regression';
  readonly passed: boolean;
  /** e.g. "accuracy 91.0 % ≥ 90.0 %" */
  readonly text: string;
}

export interface Report {
  readonly schema: 1;
  readonly generatedAt: string;
  readonly modelName: string;
  /** evaluated: there are results; training: handed over at the deadline; training-failed: no model */
  readonly state: 'evaluated' | 'training' | 'training-failed';
  readonly passed: boolean;
  readonly gate: readonly GateCondition[];
  readonly run: {
    readonly repository?: string;
    readonly pullRequest?: number;
    readonly commit?: string;
    readonly url?: string;
    readonly event: string;
  };
  readonly training?: {
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
    readonly failureMessage?: string;
    readonly loss?: LossCurves;
  };
  readonly dataset: {
    readonly hash: string;
    readonly files: ReadonlyArray<{ role: string; name: string; records: number; sha256: string }>;
    readonly warnings: ReadonlyArray<{ rule: string; count: number; at: string }>;
  };
  readonly evaluation?: {
    readonly testSet: { readonly name: string; readonly sha256: string; readonly records: number };
    readonly scorer: string;
    readonly models: ReadonlyArray<
      Omit<Evaluation['models'][number], 'results'> & { results: readonly RecordResult[] }
    >;
    readonly vsBase?: PairedComparison;
    readonly vsChampion?: PairedComparison;
    /** the same on the test records not seen in training, when some were */
    readonly unseen?: UnseenSubset;
    /** the candidate's wrong answers and errors, with their prompts */
    readonly failed: ReadonlyArray<{ line: number; prompt: string; expected: string; output?: string; error?: string }>;
  };
  readonly dataChanges?: DataChanges;
  /** where the full report is kept */
  readonly location?: { readonly file?: string; readonly s3?: string };
}

const pct = (x: number) => `${(100 * x).toFixed(1)} %`;

/** min-accuracy and max-regression, each with the numbers that decided it. */
export function gate(settings: Settings, evaluation: Evaluation | undefined): GateCondition[] {
  const candidate = evaluation?.models.find((m) => m.role === 'candidate');
  if (!candidate) return [];
  const out: GateCondition[] = [];
  if (settings.minAccuracy !== undefined) {
    const passed = candidate.metrics.accuracy >= settings.minAccuracy;
    out.push({
      input: 'min-accuracy',
      passed,
      text: `accuracy ${pct(candidate.metrics.accuracy)} ${passed ? '≥' : '<'} ${pct(settings.minAccuracy)}`,
    });
  }
  if (settings.maxRegression !== undefined) {
    const vs = evaluation?.vsChampion;
    if (!vs)
      out.push({ input: 'max-regression', passed: true, text: 'no production model yet: nothing to regress from' });
    else {
      const passed = vs.deltaPp >= -settings.maxRegression;
      out.push({
        input: 'max-regression',
        passed,
        text: `Δ vs production ${vs.deltaPp >= 0 ? '+' : '−'}${Math.abs(vs.deltaPp).toFixed(1)} pp ${passed ? '≥' : '<'} −${settings.maxRegression} pp`,
      });
    }
  }
  return out;
}

export function consoleUrl(region: string | undefined, jobArn: string): string | undefined {
  return region
    ? `https://${region}.console.aws.amazon.com/bedrock/home?region=${region}#/custom-models/item?arn=${encodeURIComponent(jobArn)}`
    : undefined;
}

export interface ReportInputs {
  readonly settings: Settings;
  readonly context: RunContext;
  readonly validation: ValidationReport;
  readonly job?: JobView;
  readonly reused?: boolean;
  readonly loss?: LossCurves;
  readonly evaluation?: Evaluation;
  readonly dataChanges?: DataChanges;
}

const MAX_FAILED = 50;

export function buildReport(inputs: ReportInputs): Report {
  const { settings, context, validation, job, evaluation } = inputs;
  const conditions = gate(settings, evaluation);
  const state: Report['state'] = evaluation
    ? 'evaluated'
    : job && (job.status === 'InProgress' || job.status === 'Stopping')
      ? 'training'
      : job && job.status !== 'Completed'
        ? 'training-failed'
        : 'evaluated';
  const candidate = evaluation?.models.find((m) => m.role === 'candidate');
  const failed = (candidate?.results ?? [])
    .filter((r) => !r.correct)
    .slice(0, MAX_FAILED)
    .map((r) => ({
      line: r.line,
      prompt: evaluation!.prompts.get(r.line) ?? '',
      expected: r.expected,
      output: r.output,
      error: r.error,
    }));
  const minutes =
    job?.creationTime && job.endTime ? (job.endTime.getTime() - job.creationTime.getTime()) / 60_000 : undefined;
  return {
    schema: 1,
    generatedAt: new Date().toISOString(),
    modelName: settings.modelName,
    state,
    passed: state !== 'training-failed' && conditions.every((c) => c.passed),
    gate: conditions,
    run: {
      repository: context.repository,
      pullRequest: context.pullRequest?.number,
      commit: context.sha,
      url: context.runUrl,
      event: context.eventName,
    },
    training: job
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
          failureMessage: job.failureMessage,
          loss: inputs.loss,
        }
      : undefined,
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
          models: evaluation.models.map((m) => ({ ...m })),
          vsBase: evaluation.vsBase,
          vsChampion: evaluation.vsChampion,
          unseen: evaluation.unseen,
          failed,
        }
      : undefined,
    dataChanges: inputs.dataChanges,
  };
}
