import { awsFailure, UserError } from '../errors.js';
import type { Session } from '../deps.js';
import type { RunSettings, PointSettings, TrainingSettings, EvaluationSettings } from '../settings.js';
import type { ModelVersion, Registry } from '../registry/manifest.js';
import { ResultCache, cacheScope } from './cache.js';
import { deleteStaleEvaluationResources } from './stale.js';
import { computeMetrics, type Metrics, type RecordResult } from './metrics.js';
import { runTarget } from './runner.js';
import { gradingFor, withThreshold, type Grading } from './grading.js';
import { comparePairedResults, unseenSubset, type UnseenSubset } from './overlap.js';
import { compareScores, type PairedComparison, type ScoreComparison } from './stats.js';
import { baseTarget, customModelTarget, type Role, type Target, type TargetOptions } from './targets.js';
import { loadTestSet, type TestRecord } from './testset.js';
import { withInvokeIds } from './invoke-ids.js';
import { type ValidationReport } from '../dataset/validate.js';

export interface ModelEvaluation {
  readonly role: Role;
  readonly label: string;
  readonly modelKey: string;
  readonly via: string;
  /** what Converse was called with (a deployment or provisioned ARN for custom models) */
  readonly invokedWith?: string;
  readonly cached: boolean;
  readonly metrics: Metrics;
  readonly results: readonly RecordResult[];
}

export interface Evaluation {
  readonly testSet: { readonly name: string; readonly sha256: string; readonly records: number };
  readonly scorer: string;
  /** for grader and judge: what scored the answers, and the pass threshold */
  readonly grading?: { readonly by: Grading['by']; readonly passThreshold: number };
  readonly shortAnswer: boolean;
  readonly models: readonly ModelEvaluation[];
  readonly vsBase?: PairedComparison;
  readonly vsChampion?: PairedComparison;
  /** mean-score deltas (grader and judge): bootstrap interval and Wilcoxon signed-rank */
  readonly scoreVsBase?: ScoreComparison;
  readonly scoreVsChampion?: ScoreComparison;
  /** the same on the test records not seen in training, when some were */
  readonly unseen?: UnseenSubset;
  /** the test records, for showing failed examples */
  readonly prompts: ReadonlyMap<number, string>;
}

export interface EvaluationRequest {
  readonly testSet: { readonly name: string; readonly path: string; readonly sha256: string };
  readonly shortAnswer: boolean;
  /** test lines whose prompt also occurs in training */
  readonly seenInTraining?: readonly number[];
  readonly candidate?: { readonly modelArn: string; readonly name: string };
  readonly registry?: Registry;
  readonly champion?: ModelVersion;
  /** records answered so far per model, as they come (the live card) */
  readonly progress?: (label: string, done: number, total: number) => void;
}

/** Evaluates base, champion and candidate on the test set; each distinct model once, cached in S3. */
export async function evaluateModels(
  p: Session,
  request: EvaluationRequest,
  /** the settings of the candidate's grid point (base model), when not the run's */
  settings: RunSettings & PointSettings & TrainingSettings & EvaluationSettings = p.settings,
): Promise<Evaluation> {
  const { aws, store, deps, io } = p;
  // the ids Converse is sent: a bare id, or this Region's inference profile when the model has one only
  settings = await withInvokeIds(settings, aws.region, p.services.foundation, io, aws);
  // only what this scorer reads is kept per record (the grader alone reads turns and metadata)
  const records: TestRecord[] = await loadTestSet(request.testSet.path, { grader: settings.scorer === 'grader' });
  const { runtime, deployments } = p.services;
  const cache = new ResultCache(store, cacheScope(settings.command, deps.context));
  // Tagged so that a later run can tell a leftover of this model's evaluation (see stale.ts).
  const tags = [
    { key: 'managed-by', value: 'bedrock-model-ci' },
    { key: 'model-name', value: settings.modelName },
    { key: 'purpose', value: 'evaluation' },
    ...(deps.context.runUrl ? [{ key: 'workflow-run', value: deps.context.runUrl }] : []),
  ];
  const grading = await gradingFor(settings, p.services, deps.clock, io);
  await deleteStaleEvaluationResources(deployments, settings.modelName, deps.clock.now(), io);
  const targetOptions: TargetOptions = {
    deployments,
    clock: deps.clock,
    schedule: deps.schedule,
    io,
    keepDeployment: settings.keepDeployment,
    tags,
    resources: deps.resources,
  };

  const plan: Array<{ role: Role; label: string; modelKey: string; acquire: () => Promise<Target> }> = [];
  if (settings.compareBase) {
    plan.push({
      role: 'base',
      label: `base (${settings.baseModelInferenceId})`,
      modelKey: settings.baseModelInferenceId,
      acquire: async () => baseTarget(settings.baseModelInferenceId, `base (${settings.baseModelInferenceId})`),
    });
  }
  const champion = request.champion;
  if (champion) {
    const label = `production (v${champion.version})`;
    plan.push({
      role: 'champion',
      label,
      modelKey: champion.customModelArn,
      acquire: async () => {
        // Promote (the release role) evaluates production where it serves, on the stable endpoint,
        // when it points at the champion. A pull request's run does not: the training role may not
        // call production (docs/iam.md), and its calls would land in production's invocation logs,
        // which shadow replay and monitor read as production's traffic.
        const endpoint =
          settings.command === 'promote' && request.registry?.endpoint
            ? await deployments.get(request.registry.endpoint.deploymentArn)
            : undefined;
        if (
          endpoint?.status === 'Active' &&
          endpoint.modelArn === champion.customModelArn &&
          (!endpoint.update || endpoint.update.status === 'UpdateCompleted')
        ) {
          return {
            role: 'champion',
            label,
            modelId: endpoint.arn,
            modelKey: champion.customModelArn,
            via: 'deployment',
            release: async () => undefined,
          };
        }
        return customModelTarget('champion', label, champion.customModelArn, champion.jobName, targetOptions);
      },
    });
  }
  if (request.candidate) {
    const { modelArn, name } = request.candidate;
    plan.push({
      role: 'candidate',
      label: `candidate (${name})`,
      modelKey: modelArn,
      acquire: () => customModelTarget('candidate', `candidate (${name})`, modelArn, name, targetOptions),
    });
  }

  const models: ModelEvaluation[] = [];
  const done = new Map<string, ModelEvaluation>();
  for (const step of plan) {
    const same = done.get(step.modelKey);
    if (same) {
      models.push({ ...same, role: step.role, label: step.label });
      continue;
    }
    const key = {
      modelKey: step.modelKey,
      testSetSha256: request.testSet.sha256,
      scorer: settings.scorer,
      maxTokens: settings.maxTokens,
      grading: grading?.fingerprint,
    };
    const evaluation = await io.group(`Evaluate ${step.label}`, async () => {
      let cached: readonly RecordResult[] | undefined;
      try {
        cached = await cache.get(key, step.role);
      } catch (error) {
        io.warning(awsFailure(`Could not read cached results of ${step.label}`, error, 'Evaluating it again.').message);
      }
      if (cached && cached.length === records.length) {
        request.progress?.(step.label, records.length, records.length);
        io.info(`${step.label}: results for this test set, scorer and settings are in the cache; not evaluated again.`);
        cached = withThreshold(cached, settings.passThreshold);
        return {
          role: step.role,
          label: step.label,
          modelKey: step.modelKey,
          via: 'cache',
          cached: true,
          metrics: computeMetrics(cached, request.shortAnswer),
          results: cached,
        };
      }
      request.progress?.(step.label, 0, records.length);
      const target = await step.acquire();
      let results: RecordResult[];
      try {
        results = await runTarget(runtime, target, records, {
          scorer: settings.scorer,
          concurrency: settings.evalConcurrency,
          maxTokens: settings.maxTokens,
          io,
          clock: deps.clock,
          onRecords: request.progress && ((done, total) => request.progress!(step.label, done, total)),
        });
      } finally {
        await target.release();
      }
      // The model is released before grading: the grader and the judge do not need it.
      if (grading) results = await grading.grade(step.label, records, results);
      try {
        await cache.put(key, step.role, results);
      } catch (error) {
        io.warning(
          awsFailure(`Could not cache the results of ${step.label}`, error, 'They are evaluated again next time.')
            .message,
        );
      }
      const metrics = computeMetrics(results, request.shortAnswer);
      io.info(
        `${step.label}: ${metrics.score ? `mean score ${metrics.score.mean.toFixed(3)}, pass rate` : 'accuracy'} ${(100 * metrics.accuracy).toFixed(1)} % (${metrics.correct}/${metrics.answered}${metrics.errors ? `, ${metrics.errors} error(s)` : ''})`,
      );
      return {
        role: step.role,
        label: step.label,
        modelKey: step.modelKey,
        via: target.via,
        invokedWith: target.modelId,
        cached: false,
        metrics,
        results,
      };
    });
    done.set(step.modelKey, evaluation);
    models.push(evaluation);
  }

  const candidate = models.find((m) => m.role === 'candidate');
  const base = models.find((m) => m.role === 'base');
  const championEval = models.find((m) => m.role === 'champion');
  return {
    testSet: { name: request.testSet.name, sha256: request.testSet.sha256, records: records.length },
    scorer: settings.scorer,
    grading: grading && { by: grading.by, passThreshold: settings.passThreshold },
    shortAnswer: request.shortAnswer,
    models,
    vsBase: candidate && base ? comparePairedResults(candidate.results, base.results) : undefined,
    vsChampion: candidate && championEval ? comparePairedResults(candidate.results, championEval.results) : undefined,
    scoreVsBase: grading && candidate && base ? comparePairedScores(candidate.results, base.results) : undefined,
    scoreVsChampion:
      grading && candidate && championEval ? comparePairedScores(candidate.results, championEval.results) : undefined,
    unseen: unseenSubset(models, request.seenInTraining, request.shortAnswer),
    prompts: new Map(records.map((r) => [r.line, r.prompt])),
  };
}

/** Paired on the records both models were scored on. */
function comparePairedScores(candidate: readonly RecordResult[], other: readonly RecordResult[]): ScoreComparison {
  const a: number[] = [];
  const b: number[] = [];
  candidate.forEach((r, i) => {
    const o = other[i];
    if (r.score !== undefined && o?.score !== undefined && !r.error && !o.error) {
      a.push(r.score);
      b.push(o.score);
    }
  });
  return compareScores(a, b);
}

/** The test set as the evaluation needs it, from the validation report. */
export function testSetOf(
  report: ValidationReport,
): Pick<EvaluationRequest, 'testSet' | 'shortAnswer' | 'seenInTraining'> {
  const test = report.files.find((f) => f.role === 'test');
  if (!test) throw new UserError(`Input 'test-data' is required to evaluate.`);
  return {
    testSet: { name: test.name, path: test.path, sha256: test.sha256 },
    shortAnswer: test.labels !== undefined,
    seenInTraining: report.testSeenInTraining,
  };
}
