// The Bedrock control plane (REST-JSON, the SDK's routes and status codes, RFC 3339 timestamps,
// x-amzn-errortype errors): customization jobs that really read their data from the sandbox S3,
// train a simulated model and write the metrics CSVs, custom models, on-demand deployments,
// provisioned throughput and tags. Time moves on each poll (options.pollMs), so no timer runs in the
// background and no state depends on the wall clock or on how loaded the machine is.
import http from 'node:http';
import { randomBytes } from 'node:crypto';
import { ACCOUNT_ID, REGION, verifySigV4, type CredentialStore } from './auth.js';
import {
  type CallLog,
  type FaultInjector,
  match,
  readBody,
  rfc3339,
  sendAwsJsonError,
  sendJson,
  sendJsonAuthFailure,
  sendJsonFault,
} from './http.js';
import { OVERFITTING_EPOCHS, lossCurve, teacherModel, train, type Example, type SimulatedModel } from './models.js';
import type { S3Sandbox } from './s3.js';
import { Iam, tagContext, type IamRequest } from './iam.js';
import { PROFILE_ONLY } from './runtime.js';

export interface BedrockOptions {
  /**
   * How far one poll moves a resource's time. The sandbox's time is the test's, not the wall
   * clock's: a job, a deployment or a provisioned throughput moves on by this much each time it
   * is read (GetModelCustomizationJob, GetCustomModelDeployment, GetProvisionedModelThroughput,
   * and a Converse call refused as not ready), whatever the machine's load. A job of
   * jobDurationMs ends after jobDurationMs / pollMs polls.
   */
  pollMs: number;
  /** how long a job runs, end to end (its reported times span this much) */
  jobDurationMs: number;
  /** how long a deployment takes to become Active, and an update to complete */
  deploymentMs: number;
  /** how long an in-place update takes, when it should differ from deploymentMs */
  updateMs?: number;
  /** while true, an in-place update in progress does not complete (a test decides when it does) */
  holdUpdates?: boolean;
  /** provisioned throughput takes this long to be InService */
  provisionMs: number;
  /** a job whose name matches (and whose hyperparameters include these values, if given) fails in training with this message */
  failJobs: Array<{ nameContains: string; message: string; hyperparameters?: Record<string, string> }>;
  /** a job whose name matches (and whose hyperparameters include these values) stays in training while it is listed here */
  holdJobs?: Array<{ nameContains: string; hyperparameters?: Record<string, string> }>;
  /** on-demand deployment refused (as in Regions without it): only provisioned throughput works */
  onDemandUnsupported: boolean;
  /**
   * GetFoundationModel's answer per model id, over the built-in table: the customizations it
   * supports here, and a Legacy state with its dates (ISO)
   */
  foundationModels?: Record<string, { customizations?: string[]; legacy?: { since: string; endOfLife: string } }>;
  /**
   * After a deployment becomes Active or completes an update, Converse answers 429
   * ModelNotReadyException (the runtime API's documented, retryable error) for this long
   */
  notReadyMs?: number;
  /**
   * How a concurrent create or update of a deployment is refused. The SDK's model has
   * ConflictException with HTTP 400 (and no error list per operation), the sandbox used 409, and a
   * service may also answer ValidationException with a message: each shape is tested.
   */
  conflictShape?: 'conflict-400' | 'conflict-409' | 'validation';
  /**
   * Trouble a model shows only when it serves through a given deployment (the stable endpoint
   * after a swap): this share of calls fail with InternalServerException (HTTP 500), and every
   * call takes this much longer
   */
  servingFaults?: Array<{
    deployment: string;
    modelArn?: string;
    errorRate: number;
    extraLatencyMs?: number;
    /** this share of calls is refused with ThrottlingException (HTTP 429): the account's quota, busy */
    throttleRate?: number;
  }>;
}

/** What the runtime needs of a custom model it serves: the model, and the trouble injected for it. */
export interface Served {
  model?: SimulatedModel;
  error?: { status: number; type: string; message: string };
  fault?: { errorRate: number; extraLatencyMs: number; throttleRate?: number };
}

type JobStatus = 'InProgress' | 'Completed' | 'Failed' | 'Stopping' | 'Stopped';
type StageStatus = 'InProgress' | 'Completed' | 'Failed' | 'Stopping' | 'Stopped' | 'NotStarted';

interface Stage {
  status: StageStatus;
  creationTime?: number;
  lastModifiedTime?: number;
}

interface Job {
  readonly id: string;
  readonly arn: string;
  readonly name: string;
  readonly request: Record<string, unknown>;
  readonly created: number;
  /** how far polls have moved this job on (virtual ms since created) */
  elapsed: number;
  status: JobStatus;
  modified: number;
  end?: number;
  failureMessage?: string;
  stopRequested?: number;
  stages: { validation: Stage; dataProcessing: Stage; training: Stage };
  examples?: Example[];
  validationExamples?: Example[];
  modelArn?: string;
  trainingLoss?: number;
  validationLoss?: number;
  busy?: Promise<void>;
}

interface CustomModel {
  readonly arn: string;
  readonly name: string;
  readonly job: Job;
  /** ms since the epoch; tests age a model by moving it back */
  created: number;
  readonly model: SimulatedModel;
}

interface Deployment {
  readonly arn: string;
  readonly name: string;
  readonly created: number;
  /** how far polls have moved this deployment on (virtual ms since created) */
  elapsed: number;
  modelArn: string;
  status: 'Creating' | 'Active' | 'Failed';
  readyAt: number;
  update?: { modelArn: string; at: number; done: boolean };
  modified: number;
  description?: string;
}

interface Provisioned {
  readonly arn: string;
  readonly name: string;
  readonly modelArn: string;
  readonly created: number;
  /** how far polls have moved it on (virtual ms since created) */
  elapsed: number;
  readonly units: number;
  readyAt: number;
  commitment?: string;
}

const BASE_MODELS: Record<string, { types: string[] }> = {
  'amazon.nova-micro-v1:0:128k': { types: ['FINE_TUNING', 'DISTILLATION'] },
  'amazon.nova-lite-v1:0:300k': { types: ['FINE_TUNING', 'DISTILLATION'] },
  'amazon.nova-pro-v1:0:300k': { types: ['FINE_TUNING', 'DISTILLATION'] },
  'amazon.nova-2-lite-v1:0:256k': { types: ['FINE_TUNING', 'REINFORCEMENT_FINE_TUNING'] },
};
const SFT_HYPERPARAMETERS: Record<string, [number, number]> = {
  epochCount: [1, 5],
  learningRate: [1e-6, 1e-4],
  learningRateWarmupSteps: [0, 100],
};
const foundationArn = (id: string) => `arn:aws:bedrock:${REGION}::foundation-model/${id}`;
const id12 = () => randomBytes(6).toString('hex');

class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly type: string,
    message: string,
  ) {
    super(message);
  }
}
const validation = (message: string) => new ApiError(400, 'ValidationException', message);
const notFound = (message: string) => new ApiError(404, 'ResourceNotFoundException', message);

const parseS3 = (uri: string): { bucket: string; key: string } | undefined => {
  const m = /^s3:\/\/([^/]+)\/?(.*)$/.exec(uri);
  return m ? { bucket: m[1]!, key: m[2]! } : undefined;
};

/** Reads bedrock-conversation-2024 or RFT records the way the service would; throws on bad data. */
function parseTrainingData(text: string, uri: string): Example[] {
  const examples: Example[] = [];
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    let r: Record<string, unknown>;
    try {
      r = JSON.parse(line) as Record<string, unknown>;
    } catch {
      throw new Error(`Invalid JSON object at line ${i + 1} of ${uri}`);
    }
    const messages = r.messages as Array<{ role: string; content: unknown }> | undefined;
    if (!Array.isArray(messages) || messages.length === 0)
      throw new Error(`Missing required field 'messages' at line ${i + 1} of ${uri}`);
    const textOf = (c: unknown) =>
      typeof c === 'string' ? c : Array.isArray(c) ? c.map((b: { text?: string }) => b.text ?? '').join('') : '';
    const system = Array.isArray(r.system)
      ? (r.system as Array<{ text: string }>).map((b) => b.text).join('\n')
      : messages.find((m) => m.role === 'system')
        ? textOf(messages.find((m) => m.role === 'system')!.content)
        : '';
    const prompt = messages
      .filter((m) => m.role === 'user')
      .map((m) => textOf(m.content))
      .join('\n');
    const last = messages[messages.length - 1]!;
    const answer =
      typeof r.reference_answer === 'string'
        ? r.reference_answer
        : last.role === 'assistant'
          ? textOf(last.content)
          : '';
    for (const m of messages) {
      if (/\b(?:User|Bot|Assistant|System):|\[EOS\]|<image>|<video>/.test(textOf(m.content)))
        throw new Error(`Reserved keyword found in record at line ${i + 1} of ${uri}`);
    }
    examples.push({ system, prompt, answer });
  });
  return examples;
}

/**
 * Foundation models and their lifecycle, as GetFoundationModel reports them. Nova Premier is in
 * the Legacy state, its end of life as AWS's lifecycle page announced it.
 */
const FOUNDATION_MODELS: Record<
  string,
  { name: string; customizations: string[]; legacy?: { since: string; endOfLife: string } }
> = {
  'amazon.nova-micro-v1:0': { name: 'Nova Micro', customizations: ['FINE_TUNING', 'DISTILLATION'] },
  'amazon.nova-lite-v1:0': { name: 'Nova Lite', customizations: ['FINE_TUNING', 'DISTILLATION'] },
  'amazon.nova-pro-v1:0': { name: 'Nova Pro', customizations: ['FINE_TUNING', 'DISTILLATION'] },
  'amazon.nova-2-lite-v1:0': { name: 'Nova 2 Lite', customizations: ['FINE_TUNING', 'REINFORCEMENT_FINE_TUNING'] },
  'amazon.nova-premier-v1:0': {
    name: 'Nova Premier',
    customizations: [],
    legacy: { since: '2026-03-14T00:00:00Z', endOfLife: '2026-09-14T00:00:00Z' },
  },
};

export function bedrockHandler(
  options: BedrockOptions,
  store: CredentialStore,
  s3: S3Sandbox,
  log: CallLog,
  faults: FaultInjector,
  iam: Iam = new Iam(),
) {
  const jobs = new Map<string, Job>();
  const tokens = new Map<string, string>();
  const models = new Map<string, CustomModel>();
  const deployments = new Map<string, Deployment>();
  const provisioned = new Map<string, Provisioned>();
  const tags = new Map<string, Array<{ key: string; value: string }>>();

  const conflict = (message: string) =>
    options.conflictShape === 'conflict-400'
      ? new ApiError(400, 'ConflictException', message)
      : options.conflictShape === 'validation'
        ? new ApiError(400, 'ValidationException', message)
        : new ApiError(409, 'ConflictException', message);
  const findJob = (identifier: string): Job => {
    const job = jobs.get(identifier) ?? [...jobs.values()].find((j) => j.arn === identifier);
    if (!job) throw notFound(`Could not find model customization job ${identifier}.`);
    return job;
  };
  const findModel = (identifier: string): CustomModel => {
    const model = models.get(identifier) ?? [...models.values()].find((m) => m.name === identifier);
    if (!model) throw notFound(`Could not find model ${identifier}.`);
    return model;
  };
  const findDeployment = (identifier: string): Deployment => {
    const d = deployments.get(identifier) ?? [...deployments.values()].find((x) => x.name === identifier);
    if (!d) throw notFound(`Could not find custom model deployment ${identifier}.`);
    return d;
  };

  const setStage = (job: Job, stage: keyof Job['stages'], status: StageStatus, at: number) => {
    const s = job.stages[stage];
    if (s.status === 'NotStarted') s.creationTime = at;
    s.status = status;
    s.lastModifiedTime = at;
    job.modified = at;
  };

  const fail = (job: Job, stage: keyof Job['stages'], message: string, at: number) => {
    setStage(job, stage, 'Failed', at);
    job.status = 'Failed';
    job.failureMessage = message;
    job.end = at;
  };

  async function readExamples(uri: string): Promise<Example[]> {
    const loc = parseS3(uri);
    const text = loc ? await s3.getText(loc.bucket, loc.key) : undefined;
    if (text === undefined)
      throw new Error(
        `Unable to access the data at ${uri}. Check that the object exists and that the service role can read it.`,
      );
    return parseTrainingData(text, uri);
  }

  async function finish(job: Job, at: number): Promise<void> {
    const hp = (job.request.hyperParameters ?? {}) as Record<string, string>;
    const rftHp = ((
      job.request.customizationConfig as { rftConfig?: { hyperParameters?: Record<string, number> } } | undefined
    )?.rftConfig?.hyperParameters ?? {}) as Record<string, number>;
    const epochs = Number(hp.epochCount ?? rftHp.epochCount ?? 2);
    let examples = job.examples!;
    const teacher = (
      job.request.customizationConfig as
        { distillationConfig?: { teacherModelConfig?: { teacherModelIdentifier?: string } } } | undefined
    )?.distillationConfig?.teacherModelConfig?.teacherModelIdentifier;
    if (teacher) {
      const t = teacherModel(teacher);
      examples = examples.map((e) => (e.answer ? e : { ...e, answer: t.answer(e.system, e.prompt) }));
    }
    const trained = train(
      examples,
      epochs,
      job.request.customizationType === 'REINFORCEMENT_FINE_TUNING' ? 'rft' : 'sft',
      {
        baseModel: String(job.request.baseModelIdentifier),
        learningRate: Number(hp.learningRate ?? rftHp.learningRate ?? 0),
      },
    );
    const batch = 8;
    const steps = Math.max(4, Math.ceil(examples.length / batch) * epochs);
    const curve = lossCurve(steps, epochs, trained.trainingError, job.name, 0, trained.diverged ? 'diverges' : 'falls');
    const output = parseS3((job.request.outputDataConfig as { s3Uri: string }).s3Uri)!;
    const folder = `${output.key.replace(/\/?$/, '/')}model-customization-job-${job.id}`;
    await s3.put(
      output.bucket,
      `${folder}/training_artifacts/step_wise_training_metrics.csv`,
      [
        'step_number,epoch_number,training_loss,perplexity',
        ...curve.map((p) => `${p.step},${p.epoch},${p.loss},${Math.exp(p.loss).toFixed(6)}`),
      ].join('\n') + '\n',
    );
    job.trainingLoss = curve.at(-1)!.loss;
    if (job.validationExamples?.length) {
      const every = Math.max(1, Math.floor(steps / (epochs * 2)));
      const vshape = trained.diverged ? 'diverges' : epochs >= OVERFITTING_EPOCHS ? 'overfits' : 'falls';
      const vcurve = lossCurve(steps, epochs, trained.trainingError, `${job.name}-validation`, 0.08, vshape).filter(
        (p) => p.step % every === 0 || p.step === steps,
      );
      await s3.put(
        output.bucket,
        `${folder}/validation_artifacts/post_fine_tuning_validation/validation/validation_metrics.csv`,
        [
          'step_number,epoch_number,validation_loss,perplexity',
          ...vcurve.map((p) => `${p.step},${p.epoch},${p.loss},${Math.exp(p.loss).toFixed(6)}`),
        ].join('\n') + '\n',
      );
      job.validationLoss = vcurve.at(-1)!.loss;
    }
    const modelArn = `arn:aws:bedrock:${REGION}:${ACCOUNT_ID}:custom-model/${job.request.baseModelIdentifier as string}/${id12()}`;
    models.set(modelArn, {
      arn: modelArn,
      name: job.request.customModelName as string,
      job,
      created: at,
      model: trained.model,
    });
    tags.set(modelArn, [...((job.request.customModelTags as Array<{ key: string; value: string }>) ?? [])]);
    job.modelArn = modelArn;
    setStage(job, 'training', 'Completed', at);
    job.status = 'Completed';
    job.end = at;
  }

  /**
   * Brings a job to where its time has reached, then moves its time on by `step` (a poll: the next
   * read sees the time this one moved to).
   */
  async function advance(job: Job, step = 0): Promise<void> {
    if (job.busy) await job.busy;
    if (job.status !== 'InProgress' && job.status !== 'Stopping') return;
    const now = job.created + job.elapsed;
    job.elapsed += step;
    let release!: () => void;
    job.busy = new Promise((r) => (release = r));
    try {
      // Training time grows with the epochs (jobDurationMs is that of the default 2).
      const epochs = Number((job.request.hyperParameters as Record<string, string> | undefined)?.epochCount ?? 2);
      const d = (options.jobDurationMs * (Number.isFinite(epochs) && epochs > 0 ? epochs : 2)) / 2;
      const at = (fraction: number) => Math.min(now, job.created + d * fraction);
      if (job.stopRequested !== undefined) {
        const stage =
          (['training', 'dataProcessing', 'validation'] as const).find((s) => job.stages[s].status === 'InProgress') ??
          'validation';
        // Stopping until the next poll
        if (now === job.stopRequested) {
          job.status = 'Stopping';
          setStage(job, stage, 'Stopping', now);
        } else {
          job.status = 'Stopped';
          setStage(job, stage, 'Stopped', now);
          job.end = now;
        }
        return;
      }
      if (job.stages.validation.status === 'InProgress' && now >= job.created + d * 0.15) {
        try {
          job.examples = await readExamples((job.request.trainingDataConfig as { s3Uri: string }).s3Uri);
          const validators =
            (job.request.validationDataConfig as { validators?: Array<{ s3Uri: string }> } | undefined)?.validators ??
            [];
          job.validationExamples = (await Promise.all(validators.map((v) => readExamples(v.s3Uri)))).flat();
          if (job.examples.length === 0) throw new Error('The training data has no records.');
        } catch (error) {
          return fail(job, 'validation', `Validation failed: ${(error as Error).message}`, at(0.15));
        }
        setStage(job, 'validation', 'Completed', at(0.15));
        setStage(job, 'dataProcessing', 'InProgress', at(0.15));
      }
      if (job.stages.dataProcessing.status === 'InProgress' && now >= job.created + d * 0.4) {
        setStage(job, 'dataProcessing', 'Completed', at(0.4));
        setStage(job, 'training', 'InProgress', at(0.4));
      }
      if (job.stages.training.status === 'InProgress') {
        const hp = (job.request.hyperParameters ?? {}) as Record<string, string>;
        const matches = (f: { nameContains: string; hyperparameters?: Record<string, string> }) =>
          job.name.includes(f.nameContains) &&
          Object.entries(f.hyperparameters ?? {}).every(([k, v]) => String(hp[k]) === v);
        const failure = options.failJobs.find(matches);
        if (failure && now >= job.created + d * 0.6) return fail(job, 'training', failure.message, at(0.6));
        if (options.holdJobs?.some(matches)) return;
        if (now >= job.created + d) await finish(job, at(1));
      }
    } finally {
      job.busy = undefined;
      release();
    }
  }

  const jobView = (job: Job) => ({
    jobArn: job.arn,
    jobName: job.name,
    outputModelName: job.request.customModelName,
    outputModelArn: job.modelArn,
    clientRequestToken: job.request.clientRequestToken,
    roleArn: job.request.roleArn,
    status: job.status,
    statusDetails: Object.fromEntries(
      Object.entries({
        validationDetails: job.stages.validation,
        dataProcessingDetails: job.stages.dataProcessing,
        trainingDetails: job.stages.training,
      }).map(([k, s]) => [
        k,
        {
          status: s.status,
          creationTime: s.creationTime ? rfc3339(s.creationTime) : undefined,
          lastModifiedTime: s.lastModifiedTime ? rfc3339(s.lastModifiedTime) : undefined,
        },
      ]),
    ),
    failureMessage: job.failureMessage,
    creationTime: rfc3339(job.created),
    lastModifiedTime: rfc3339(job.modified),
    endTime: job.end ? rfc3339(job.end) : undefined,
    baseModelArn: foundationArn(job.request.baseModelIdentifier as string),
    hyperParameters: job.request.hyperParameters,
    trainingDataConfig: job.request.trainingDataConfig,
    validationDataConfig: job.request.validationDataConfig ?? { validators: [] },
    outputDataConfig: job.request.outputDataConfig,
    customizationType: job.request.customizationType ?? 'FINE_TUNING',
    outputModelKmsKeyArn: job.request.customModelKmsKeyId,
    trainingMetrics: job.trainingLoss !== undefined ? { trainingLoss: job.trainingLoss } : undefined,
    validationMetrics: job.validationLoss !== undefined ? [{ validationLoss: job.validationLoss }] : undefined,
    customizationConfig: job.request.customizationConfig,
  });

  /** Whether a provisioned throughput serves; then its time moves on by `step` (a poll). */
  const inService = (pt: Provisioned, step = 0) => {
    const now = pt.created + pt.elapsed;
    pt.elapsed += step;
    return now >= pt.readyAt;
  };

  /** A deployment as its time has reached; then its time moves on by `step` (a poll). */
  const deploymentView = (d: Deployment, step = 0) => {
    const now = d.created + d.elapsed;
    d.elapsed += step;
    if (d.status === 'Creating' && now >= d.readyAt) d.status = 'Active';
    if (d.update && !d.update.done && now >= d.update.at && !options.holdUpdates) {
      d.modelArn = d.update.modelArn;
      d.update.done = true;
      d.modified = d.update.at;
    }
    return {
      customModelDeploymentArn: d.arn,
      modelDeploymentName: d.name,
      modelArn: d.modelArn,
      createdAt: rfc3339(d.created),
      status: d.status,
      description: d.description,
      updateDetails: d.update
        ? { modelArn: d.update.modelArn, updateStatus: d.update.done ? 'UpdateCompleted' : 'Updating' }
        : undefined,
      lastUpdatedAt: rfc3339(d.modified),
    };
  };

  /** Pages a list with an opaque token, as the service does. */
  function page<T>(items: T[], query: URLSearchParams): { items: T[]; nextToken?: string } {
    const max = Math.min(100, Math.max(1, Number(query.get('maxResults') ?? 100)));
    const start = query.get('nextToken') ? Number(Buffer.from(query.get('nextToken')!, 'base64').toString('utf8')) : 0;
    const slice = items.slice(start, start + max);
    return {
      items: slice,
      nextToken: start + max < items.length ? Buffer.from(String(start + max)).toString('base64') : undefined,
    };
  }

  function sortByTime<T>(items: T[], time: (t: T) => number, query: URLSearchParams): T[] {
    const ascending = query.get('sortOrder') === 'Ascending';
    return [...items].sort((a, b) => (ascending ? time(a) - time(b) : time(b) - time(a)));
  }

  const routes: Array<
    [
      string,
      string,
      string,
      (p: Record<string, string>, body: Record<string, unknown>, query: URLSearchParams) => Promise<[number, unknown]>,
    ]
  > = [
    [
      'GET',
      '/foundation-models/{modelIdentifier}',
      'GetFoundationModel',
      async (p) => {
        const id = p
          .modelIdentifier!.replace(/^arn:[^/]*\//, '')
          .replace(/^(?:us|eu|apac|jp|au|ca|global)\./, '')
          // the customization table's ids name a context window ('…:128k'): the same model's variant
          .replace(/:\d+k$/, '');
        const known = FOUNDATION_MODELS[id];
        if (!known) throw notFound('Could not resolve the foundation model from the provided model identifier.');
        const model = { ...known, ...options.foundationModels?.[id] };
        return [
          200,
          {
            modelDetails: {
              modelArn: `arn:aws:bedrock:${REGION}::foundation-model/${id}`,
              modelId: id,
              modelName: model.name,
              providerName: 'Amazon',
              inputModalities: ['TEXT'],
              outputModalities: ['TEXT'],
              responseStreamingSupported: true,
              customizationsSupported: model.customizations,
              inferenceTypesSupported: PROFILE_ONLY.includes(id)
                ? ['INFERENCE_PROFILE']
                : ['ON_DEMAND', 'INFERENCE_PROFILE'],
              modelLifecycle: {
                status: model.legacy ? 'LEGACY' : 'ACTIVE',
                ...(model.legacy
                  ? {
                      legacyTime: rfc3339(Date.parse(model.legacy.since)),
                      endOfLifeTime: rfc3339(Date.parse(model.legacy.endOfLife)),
                    }
                  : {}),
              },
            },
          },
        ];
      },
    ],
    [
      'GET',
      '/inference-profiles',
      'ListInferenceProfiles',
      async (_p, _b, query) => {
        // AWS's system-defined cross-Region profiles: us. (three US Regions) and global. for every model
        const profiles = Object.entries(FOUNDATION_MODELS).flatMap(([id, m]) =>
          [
            {
              inferenceProfileId: `us.${id}`,
              inferenceProfileName: `US ${m.name}`,
              regions: ['us-east-1', 'us-east-2', 'us-west-2'],
            },
            {
              inferenceProfileId: `global.${id}`,
              inferenceProfileName: `Global ${m.name}`,
              regions: ['us-east-1', 'eu-west-1', 'ap-northeast-1'],
            },
          ].map((x) => ({
            inferenceProfileId: x.inferenceProfileId,
            inferenceProfileName: x.inferenceProfileName,
            inferenceProfileArn: `arn:aws:bedrock:${REGION}:${ACCOUNT_ID}:inference-profile/${x.inferenceProfileId}`,
            type: 'SYSTEM_DEFINED',
            status: 'ACTIVE',
            models: x.regions.map((r) => ({ modelArn: `arn:aws:bedrock:${r}::foundation-model/${id}` })),
          })),
        );
        const type = query.get('type');
        const list = type && type !== 'SYSTEM_DEFINED' ? [] : profiles;
        const { items, nextToken } = page(list, query);
        return [200, { inferenceProfileSummaries: items, nextToken }];
      },
    ],
    [
      'POST',
      '/model-customization-jobs',
      'CreateModelCustomizationJob',
      async (_p, b) => {
        const token = b.clientRequestToken as string | undefined;
        if (token && tokens.has(token)) return [201, { jobArn: tokens.get(token) }];
        const name = String(b.jobName ?? '');
        if (!/^[a-zA-Z0-9](-*[a-zA-Z0-9+\-.])*$/.test(name) || name.length > 63)
          throw validation(
            `1 validation error detected: Value '${name}' at 'jobName' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9](-*[a-zA-Z0-9\\+\\-\\.])*`,
          );
        if (jobs.has(name))
          throw new ApiError(
            400,
            'ValidationException',
            `A model customization job with the name ${name} already exists.`,
          );
        if (
          [...models.values()].some((m) => m.name === b.customModelName) ||
          [...jobs.values()].some((j) => j.request.customModelName === b.customModelName)
        )
          throw new ApiError(
            400,
            'ValidationException',
            `A custom model with the name ${String(b.customModelName)} already exists.`,
          );
        const base = String(b.baseModelIdentifier ?? '').replace(/^arn:aws:bedrock:[^:]+::foundation-model\//, '');
        const spec = BASE_MODELS[base];
        if (!spec)
          throw validation(
            `The provided base model identifier ${String(b.baseModelIdentifier)} is not supported for customization.`,
          );
        const type = String(b.customizationType ?? 'FINE_TUNING');
        if (!spec.types.includes(type)) throw validation(`Customization type ${type} is not supported for ${base}.`);
        if (!/^arn:aws:iam::\d{12}:role\/.+/.test(String(b.roleArn ?? '')))
          throw validation(`The provided role ARN ${String(b.roleArn)} is invalid.`);
        if (!parseS3((b.trainingDataConfig as { s3Uri?: string } | undefined)?.s3Uri ?? ''))
          throw validation('trainingDataConfig.s3Uri must be an S3 URI.');
        if (!parseS3((b.outputDataConfig as { s3Uri?: string } | undefined)?.s3Uri ?? ''))
          throw validation('outputDataConfig.s3Uri must be an S3 URI.');
        const hp = (b.hyperParameters ?? {}) as Record<string, unknown>;
        if (type === 'FINE_TUNING') {
          for (const [k, v] of Object.entries(hp)) {
            const range = SFT_HYPERPARAMETERS[k];
            if (typeof v !== 'string') throw validation(`Hyperparameter ${k} must be a string.`);
            if (!range)
              throw validation(
                `Hyperparameter ${k} is not supported for ${base}. Supported: ${Object.keys(SFT_HYPERPARAMETERS).join(', ')}.`,
              );
            if (!(Number(v) >= range[0] && Number(v) <= range[1]))
              throw validation(`Hyperparameter ${k}=${v} is out of range [${range[0]}, ${range[1]}].`);
          }
        }
        const config = (b.customizationConfig ?? {}) as {
          rftConfig?: { graderConfig?: { lambdaGrader?: { lambdaArn?: string } } };
          distillationConfig?: { teacherModelConfig?: { teacherModelIdentifier?: string } };
        };
        if (type === 'REINFORCEMENT_FINE_TUNING' && !config.rftConfig?.graderConfig?.lambdaGrader?.lambdaArn)
          throw validation('customizationConfig.rftConfig.graderConfig is required for REINFORCEMENT_FINE_TUNING.');
        const teacherId = config.distillationConfig?.teacherModelConfig?.teacherModelIdentifier;
        if (type === 'DISTILLATION' && !teacherId)
          throw validation('customizationConfig.distillationConfig is required for DISTILLATION.');
        // The teacher is invoked: a model id, profile or ARN, never the customization table's ':1000k' spelling.
        if (teacherId && /:\d+k$/.test(teacherId))
          throw validation(`The provided teacher model identifier ${teacherId} is not valid or not supported.`);
        const id = id12();
        const now = Date.now();
        const job: Job = {
          id,
          arn: `arn:aws:bedrock:${REGION}:${ACCOUNT_ID}:model-customization-job/${base}/${id}`,
          name,
          request: { ...b, baseModelIdentifier: base, customizationType: type },
          created: now,
          elapsed: 0,
          modified: now,
          status: 'InProgress',
          stages: {
            validation: { status: 'InProgress', creationTime: now, lastModifiedTime: now },
            dataProcessing: { status: 'NotStarted' },
            training: { status: 'NotStarted' },
          },
        };
        jobs.set(name, job);
        if (token) tokens.set(token, job.arn);
        tags.set(job.arn, [...((b.jobTags as Array<{ key: string; value: string }>) ?? [])]);
        return [201, { jobArn: job.arn }];
      },
    ],
    [
      'GET',
      '/model-customization-jobs/{jobIdentifier}',
      'GetModelCustomizationJob',
      async (p) => {
        const job = findJob(p.jobIdentifier!);
        await advance(job, options.pollMs);
        return [200, jobView(job)];
      },
    ],
    [
      'GET',
      '/model-customization-jobs',
      'ListModelCustomizationJobs',
      async (_p, _b, q) => {
        await Promise.all([...jobs.values()].map((j) => advance(j)));
        const after = q.get('creationTimeAfter') ? Date.parse(q.get('creationTimeAfter')!) : -Infinity;
        const before = q.get('creationTimeBefore') ? Date.parse(q.get('creationTimeBefore')!) : Infinity;
        const filtered = [...jobs.values()].filter(
          (j) =>
            (!q.get('statusEquals') || j.status === q.get('statusEquals')) &&
            (!q.get('nameContains') || j.name.includes(q.get('nameContains')!)) &&
            j.created > after &&
            j.created < before,
        );
        const { items, nextToken } = page(
          sortByTime(filtered, (j) => j.created, q),
          q,
        );
        return [
          200,
          {
            nextToken,
            modelCustomizationJobSummaries: items.map((j) => ({
              jobArn: j.arn,
              baseModelArn: foundationArn(j.request.baseModelIdentifier as string),
              jobName: j.name,
              status: j.status,
              statusDetails: jobView(j).statusDetails,
              lastModifiedTime: rfc3339(j.modified),
              creationTime: rfc3339(j.created),
              endTime: j.end ? rfc3339(j.end) : undefined,
              customModelArn: j.modelArn,
              customModelName: j.request.customModelName,
              customizationType: j.request.customizationType,
            })),
          },
        ];
      },
    ],
    [
      'POST',
      '/model-customization-jobs/{jobIdentifier}/stop',
      'StopModelCustomizationJob',
      async (p) => {
        const job = findJob(p.jobIdentifier!);
        await advance(job);
        if (job.status !== 'InProgress') throw validation(`Job ${job.name} is ${job.status} and cannot be stopped.`);
        job.stopRequested = job.created + job.elapsed;
        job.status = 'Stopping';
        return [200, {}];
      },
    ],
    [
      'GET',
      '/custom-models/{modelIdentifier}',
      'GetCustomModel',
      async (p) => {
        const m = findModel(p.modelIdentifier!);
        const j = jobView(m.job);
        return [
          200,
          {
            modelArn: m.arn,
            modelName: m.name,
            jobName: m.job.name,
            jobArn: m.job.arn,
            baseModelArn: j.baseModelArn,
            customizationType: j.customizationType,
            hyperParameters: j.hyperParameters,
            trainingDataConfig: j.trainingDataConfig,
            validationDataConfig: j.validationDataConfig,
            outputDataConfig: j.outputDataConfig,
            trainingMetrics: j.trainingMetrics,
            validationMetrics: j.validationMetrics,
            creationTime: rfc3339(m.created),
            customizationConfig: j.customizationConfig,
            modelStatus: 'Active',
          },
        ];
      },
    ],
    [
      // API reference: DeleteCustomModel answers ConflictException (HTTP 400) "because of a
      // conflict while performing an operation": here, a deployment or Provisioned Throughput
      // still serving the model.
      'DELETE',
      '/custom-models/{modelIdentifier}',
      'DeleteCustomModel',
      async (p) => {
        const m = findModel(p.modelIdentifier!);
        const serving = [
          ...[...deployments.values()].filter((d) => d.modelArn === m.arn || d.update?.modelArn === m.arn),
          ...[...provisioned.values()].filter((x) => x.modelArn === m.arn),
        ];
        if (serving.length)
          throw new ApiError(
            400,
            'ConflictException',
            `The model ${m.name} is in use by ${serving.map((x) => x.arn).join(', ')}.`,
          );
        models.delete(m.arn);
        tags.delete(m.arn);
        return [200, {}];
      },
    ],
    [
      'GET',
      '/custom-models',
      'ListCustomModels',
      async (_p, _b, q) => {
        const filtered = [...models.values()].filter(
          (m) => !q.get('nameContains') || m.name.includes(q.get('nameContains')!),
        );
        const { items, nextToken } = page(
          sortByTime(filtered, (m) => m.created, q),
          q,
        );
        return [
          200,
          {
            nextToken,
            modelSummaries: items.map((m) => ({
              modelArn: m.arn,
              modelName: m.name,
              creationTime: rfc3339(m.created),
              baseModelArn: foundationArn(m.job.request.baseModelIdentifier as string),
              baseModelName: m.job.request.baseModelIdentifier,
              customizationType: m.job.request.customizationType,
              ownerAccountId: ACCOUNT_ID,
              modelStatus: 'Active',
            })),
          },
        ];
      },
    ],
    [
      'POST',
      '/model-customization/custom-model-deployments',
      'CreateCustomModelDeployment',
      async (_p, b) => {
        if (options.onDemandUnsupported)
          // worded unlike anything the action matches: it must decide by the error's name
          throw validation(`The requested operation is not available for ${String(b.modelArn ?? 'this model')}.`);
        const name = String(b.modelDeploymentName ?? '');
        // the API reference's pattern for modelDeploymentName
        if (!/^([0-9a-zA-Z][_-]?){1,63}$/.test(name))
          throw validation(
            `1 validation error detected: Value '${name}' at 'modelDeploymentName' failed to satisfy constraint: Member must satisfy regular expression pattern: ^([0-9a-zA-Z][_-]?){1,63}$`,
          );
        if ([...deployments.values()].some((d) => d.name === name))
          throw conflict(`A custom model deployment named ${name} already exists.`);
        const model = findModel(String(b.modelArn));
        const now = Date.now();
        const arn = `arn:aws:bedrock:${REGION}:${ACCOUNT_ID}:custom-model-deployment/${id12()}`;
        deployments.set(arn, {
          arn,
          name,
          created: now,
          elapsed: 0,
          modified: now,
          modelArn: model.arn,
          status: 'Creating',
          readyAt: now + options.deploymentMs,
          description: b.description as string | undefined,
        });
        tags.set(arn, [...((b.tags as Array<{ key: string; value: string }>) ?? [])]);
        return [202, { customModelDeploymentArn: arn }];
      },
    ],
    [
      'GET',
      '/model-customization/custom-model-deployments/{customModelDeploymentIdentifier}',
      'GetCustomModelDeployment',
      async (p) => [200, deploymentView(findDeployment(p.customModelDeploymentIdentifier!), options.pollMs)],
    ],
    [
      'GET',
      '/model-customization/custom-model-deployments',
      'ListCustomModelDeployments',
      async (_p, _b, q) => {
        const filtered = [...deployments.values()].filter(
          (d) =>
            (!q.get('nameContains') || d.name.includes(q.get('nameContains')!)) &&
            (!q.get('createdBefore') || d.created < Date.parse(q.get('createdBefore')!)) &&
            (!q.get('modelArnEquals') || d.modelArn === q.get('modelArnEquals')) &&
            (!q.get('statusEquals') || deploymentView(d).status === q.get('statusEquals')),
        );
        const { items, nextToken } = page(
          sortByTime(filtered, (d) => d.created, q),
          q,
        );
        return [
          200,
          {
            nextToken,
            modelDeploymentSummaries: items.map((d) => {
              const v = deploymentView(d);
              return {
                customModelDeploymentArn: v.customModelDeploymentArn,
                customModelDeploymentName: v.modelDeploymentName,
                modelArn: v.modelArn,
                createdAt: v.createdAt,
                status: v.status,
                lastUpdatedAt: v.lastUpdatedAt,
              };
            }),
          },
        ];
      },
    ],
    [
      'PATCH',
      '/model-customization/custom-model-deployments/{customModelDeploymentIdentifier}',
      'UpdateCustomModelDeployment',
      async (p, b) => {
        const d = findDeployment(p.customModelDeploymentIdentifier!);
        deploymentView(d);
        if (d.status !== 'Active')
          throw validation(`Deployment ${d.name} is ${d.status}; only an Active deployment can be updated.`);
        if (d.update && !d.update.done)
          throw conflict(`Deployment ${d.name} is already being updated; an update is in progress.`);
        const model = findModel(String(b.modelArn));
        d.update = {
          modelArn: model.arn,
          at: d.created + d.elapsed + (options.updateMs ?? options.deploymentMs),
          done: false,
        };
        return [202, { customModelDeploymentArn: d.arn }];
      },
    ],
    [
      'DELETE',
      '/model-customization/custom-model-deployments/{customModelDeploymentIdentifier}',
      'DeleteCustomModelDeployment',
      async (p) => {
        const d = findDeployment(p.customModelDeploymentIdentifier!);
        deployments.delete(d.arn);
        return [200, {}];
      },
    ],
    [
      'POST',
      '/provisioned-model-throughput',
      'CreateProvisionedModelThroughput',
      async (_p, b) => {
        const model = findModel(String(b.modelId));
        const now = Date.now();
        const arn = `arn:aws:bedrock:${REGION}:${ACCOUNT_ID}:provisioned-model/${id12()}`;
        provisioned.set(arn, {
          arn,
          name: String(b.provisionedModelName),
          modelArn: model.arn,
          created: now,
          elapsed: 0,
          units: Number(b.modelUnits ?? 1),
          readyAt: now + options.provisionMs,
          commitment: b.commitmentDuration as string | undefined,
        });
        return [201, { provisionedModelArn: arn }];
      },
    ],
    [
      'GET',
      '/provisioned-model-throughputs',
      'ListProvisionedModelThroughputs',
      async (_p, _b, q) => {
        const filtered = [...provisioned.values()].filter(
          (pt) =>
            (!q.get('nameContains') || pt.name.includes(q.get('nameContains')!)) &&
            (!q.get('creationTimeBefore') || pt.created < Date.parse(q.get('creationTimeBefore')!)),
        );
        const { items, nextToken } = page(
          sortByTime(filtered, (pt) => pt.created, q),
          q,
        );
        return [
          200,
          {
            nextToken,
            provisionedModelSummaries: items.map((pt) => ({
              provisionedModelName: pt.name,
              provisionedModelArn: pt.arn,
              modelArn: pt.modelArn,
              desiredModelArn: pt.modelArn,
              foundationModelArn: pt.modelArn,
              modelUnits: pt.units,
              desiredModelUnits: pt.units,
              status: inService(pt) ? 'InService' : 'Creating',
              creationTime: rfc3339(pt.created),
              lastModifiedTime: rfc3339(pt.created),
            })),
          },
        ];
      },
    ],
    [
      'GET',
      '/provisioned-model-throughput/{provisionedModelId}',
      'GetProvisionedModelThroughput',
      async (p) => {
        const pt =
          provisioned.get(p.provisionedModelId!) ??
          [...provisioned.values()].find((x) => x.name === p.provisionedModelId);
        if (!pt) throw notFound(`Could not find provisioned model ${p.provisionedModelId}.`);
        const status = inService(pt, options.pollMs) ? 'InService' : 'Creating';
        return [
          200,
          {
            modelUnits: pt.units,
            desiredModelUnits: pt.units,
            provisionedModelName: pt.name,
            provisionedModelArn: pt.arn,
            modelArn: pt.modelArn,
            desiredModelArn: pt.modelArn,
            foundationModelArn: foundationArn(findModel(pt.modelArn).job.request.baseModelIdentifier as string),
            status,
            creationTime: rfc3339(pt.created),
            lastModifiedTime: rfc3339(Math.min(pt.created + pt.elapsed, pt.readyAt)),
            commitmentDuration: pt.commitment,
          },
        ];
      },
    ],
    [
      'DELETE',
      '/provisioned-model-throughput/{provisionedModelId}',
      'DeleteProvisionedModelThroughput',
      async (p) => {
        const pt =
          provisioned.get(p.provisionedModelId!) ??
          [...provisioned.values()].find((x) => x.name === p.provisionedModelId);
        if (!pt) throw notFound(`Could not find provisioned model ${p.provisionedModelId}.`);
        provisioned.delete(pt.arn);
        return [200, {}];
      },
    ],
    [
      'POST',
      '/tagResource',
      'TagResource',
      async (_p, b) => {
        const list = tags.get(String(b.resourceARN));
        if (!list) throw notFound(`Could not find resource ${String(b.resourceARN)}.`);
        for (const t of (b.tags as Array<{ key: string; value: string }>) ?? []) {
          const existing = list.find((x) => x.key === t.key);
          if (existing) existing.value = t.value;
          else list.push({ ...t });
        }
        return [200, {}];
      },
    ],
    [
      'POST',
      '/untagResource',
      'UntagResource',
      async (_p, b) => {
        const list = tags.get(String(b.resourceARN));
        if (!list) throw notFound(`Could not find resource ${String(b.resourceARN)}.`);
        tags.set(
          String(b.resourceARN),
          list.filter((t) => !((b.tagKeys as string[]) ?? []).includes(t.key)),
        );
        return [200, {}];
      },
    ],
    [
      'POST',
      '/listTagsForResource',
      'ListTagsForResource',
      async (_p, b) => {
        const list = tags.get(String(b.resourceARN));
        if (!list) throw notFound(`Could not find resource ${String(b.resourceARN)}.`);
        return [200, { tags: list }];
      },
    ],
  ];

  /**
   * What IAM evaluates for a call: the action on the resource the Service Authorization Reference
   * names (a create is authorized on the model it uses), with the tags the request sends
   * (aws:RequestTag, aws:TagKeys) and the tags the resource holds (aws:ResourceTag). A create that
   * carries tags is also evaluated as bedrock:TagResource with those tags: whether Bedrock checks
   * tag-on-create that way is not documented, and the stricter reading is the one to test against.
   */
  const iamRequests = (operation: string, p: Record<string, string>, b: Record<string, unknown>): IamRequest[] => {
    const arn = (kind: string, id: string) =>
      id.startsWith('arn:') ? id : `arn:aws:bedrock:${REGION}:${ACCOUNT_ID}:${kind}/${id}`;
    const held = (resource: string) => tags.get(resource) ?? [];
    const action = `bedrock:${operation}`;
    const deploymentArn = (id: string) =>
      (deployments.get(id) ?? [...deployments.values()].find((x) => x.name === id))?.arn ??
      arn('custom-model-deployment', id);
    const ptArn = (id: string) =>
      (provisioned.get(id) ?? [...provisioned.values()].find((x) => x.name === id))?.arn ??
      arn('provisioned-model', id);
    const jobArnOf = (id: string) =>
      (jobs.get(id) ?? [...jobs.values()].find((j) => j.arn === id))?.arn ?? arn('model-customization-job', id);
    /** A create on `resource`, and the tagging of what it creates (`created`) with the tags it sends. */
    const withTags = (resource: string, created: string, sent: unknown): IamRequest[] => {
      const list = (sent as Array<{ key: string; value: string }> | undefined) ?? [];
      return [
        { action, resource, context: tagContext(list) },
        ...(list.length ? [{ action: 'bedrock:TagResource', resource: created, context: tagContext(list) }] : []),
      ];
    };
    switch (operation) {
      case 'CreateModelCustomizationJob':
        return [
          // authorized on the base model it customizes (the Service Authorization Reference's resource)
          ...withTags(
            `arn:aws:bedrock:${REGION}::foundation-model/${String(b.baseModelIdentifier).replace(/^arn:.*\//, '')}`,
            arn('model-customization-job', String(b.jobName)),
            [
              ...((b.jobTags as Array<{ key: string; value: string }>) ?? []),
              ...((b.customModelTags as Array<{ key: string; value: string }>) ?? []),
            ],
          ),
          // the service role the job runs as is passed to Bedrock
          {
            action: 'iam:PassRole',
            resource: String(b.roleArn),
            context: { 'iam:PassedToService': 'bedrock.amazonaws.com' },
          },
        ];
      case 'CreateCustomModelDeployment':
        return withTags(
          arn('custom-model', String(b.modelArn)),
          arn('custom-model-deployment', String(b.modelDeploymentName)),
          b.tags,
        );
      case 'CreateProvisionedModelThroughput':
        return withTags(
          arn('custom-model', String(b.modelId)),
          arn('provisioned-model', String(b.provisionedModelName)),
          b.tags,
        );
      case 'GetModelCustomizationJob':
      case 'StopModelCustomizationJob': {
        const resource = jobArnOf(p.jobIdentifier!);
        return [{ action, resource, context: tagContext(undefined, held(resource)) }];
      }
      case 'GetCustomModelDeployment':
      case 'UpdateCustomModelDeployment':
      case 'DeleteCustomModelDeployment': {
        const resource = deploymentArn(p.customModelDeploymentIdentifier!);
        return [{ action, resource, context: tagContext(undefined, held(resource)) }];
      }
      case 'GetProvisionedModelThroughput':
      case 'DeleteProvisionedModelThroughput': {
        const resource = ptArn(p.provisionedModelId!);
        return [{ action, resource, context: tagContext(undefined, held(resource)) }];
      }
      case 'GetCustomModel':
      case 'DeleteCustomModel': {
        const resource = arn('custom-model', p.modelIdentifier!);
        return [{ action, resource, context: tagContext(undefined, held(resource)) }];
      }
      case 'GetFoundationModel':
        return [{ action, resource: `arn:aws:bedrock:${REGION}::foundation-model/${p.modelIdentifier}` }];
      case 'TagResource':
      case 'UntagResource': {
        const resource = String(b.resourceARN);
        const sent =
          operation === 'TagResource'
            ? ((b.tags as Array<{ key: string; value: string }>) ?? [])
            : ((b.tagKeys as string[]) ?? []).map((key) => ({ key, value: '' }));
        const context = tagContext(sent, held(resource));
        if (operation === 'UntagResource') for (const t of sent) delete context[`aws:RequestTag/${t.key}`];
        return [{ action, resource, context }];
      }
      case 'ListTagsForResource': {
        const resource = String(b.resourceARN);
        return [{ action, resource, context: tagContext(undefined, held(resource)) }];
      }
      default:
        // the List* calls: wildcard-only actions
        return [{ action, resource: '*' }];
    }
  };

  const handler = async (req: http.IncomingMessage, res: http.ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://bedrock.local');
    const method = req.method ?? 'GET';
    const body = await readBody(req);
    let route: (typeof routes)[number] | undefined;
    let params: Record<string, string> = {};
    for (const r of routes) {
      const p = r[0] === method ? match(r[1], url.pathname) : undefined;
      if (p) {
        route = r;
        params = p;
        break;
      }
    }
    let parsed: Record<string, unknown>;
    try {
      parsed = body.length ? (JSON.parse(body.toString('utf8')) as Record<string, unknown>) : {};
    } catch {
      return sendAwsJsonError(res, 400, 'SerializationException', 'The request body is not valid JSON.');
    }
    const operation = route?.[2] ?? `${method} ${url.pathname}`;
    const call = log.record({
      service: 'bedrock',
      operation,
      method,
      path: url.pathname,
      params: { ...params, ...Object.fromEntries(url.searchParams), ...parsed },
    });
    if (sendJsonFault(res, call, await faults.decide(operation))) return;
    const auth = verifySigV4(req, body, store, 'bedrock');
    if ('failure' in auth) return sendJsonAuthFailure(res, call, auth.failure);
    if (!route) {
      call.status = 404;
      return sendAwsJsonError(res, 404, 'UnknownOperationException', `No operation at ${method} ${url.pathname}`);
    }
    const denied = await iam.authorize(auth.credential.principal, iamRequests(operation, params, parsed), call);
    if (denied) {
      call.status = 403;
      return sendAwsJsonError(res, 403, 'AccessDeniedException', denied);
    }
    try {
      const [status, out] = await route[3](params, parsed, url.searchParams);
      call.status = status;
      sendJson(res, status, out);
    } catch (error) {
      if (error instanceof ApiError) {
        call.status = error.status;
        return sendAwsJsonError(res, error.status, error.type, error.message);
      }
      call.status = 500;
      sendAwsJsonError(res, 500, 'InternalServerException', String(error));
    }
  };

  /** Which model a runtime modelId reaches, for the Converse emulator. */
  const resolve = (modelId: string): Served => {
    const deployment = deployments.get(modelId);
    if (deployment) {
      const view = deploymentView(deployment);
      if (view.status !== 'Active')
        return {
          error: {
            status: 400,
            type: 'ValidationException',
            message: `The custom model deployment ${deployment.name} is ${view.status}.`,
          },
        };
      const since = deployment.update?.done ? deployment.update.at : deployment.readyAt;
      // each refused call is a poll: the model loads as callers retry
      if (deployment.created + deployment.elapsed < since + (options.notReadyMs ?? 0)) {
        deploymentView(deployment, options.pollMs);
        return {
          error: {
            status: 429,
            type: 'ModelNotReadyException',
            message: `The model behind ${deployment.name} is not ready to serve inference requests yet. Retry later.`,
          },
        };
      }
      const fault = (options.servingFaults ?? []).find(
        (f) =>
          (f.deployment === deployment.name || f.deployment === deployment.arn) &&
          (!f.modelArn || f.modelArn === deployment.modelArn),
      );
      return {
        model: models.get(deployment.modelArn)!.model,
        ...(fault
          ? {
              fault: {
                errorRate: fault.errorRate,
                extraLatencyMs: fault.extraLatencyMs ?? 0,
                throttleRate: fault.throttleRate,
              },
            }
          : {}),
      };
    }
    const pt = provisioned.get(modelId);
    if (pt) {
      if (!inService(pt))
        return {
          error: {
            status: 400,
            type: 'ValidationException',
            message: `The provisioned model ${pt.name} is not yet in service.`,
          },
        };
      return { model: models.get(pt.modelArn)!.model };
    }
    if (models.has(modelId))
      return {
        error: {
          status: 400,
          type: 'ValidationException',
          message:
            'Invocation of a custom model on demand requires a custom model deployment or Provisioned Throughput; use its ARN as modelId.',
        },
      };
    return {};
  };

  return { handler, resolve, state: { jobs, models, deployments, provisioned, tags }, advance };
}
