// Shadow replay: production's real requests, from Bedrock's invocation logs, sent to the candidate
// before it replaces production, and its answers compared with the ones production gave. A test
// set is a sample people chose; this is the traffic the model will meet.
import type { Io } from '../io/io.js';
import type { Clock } from '../lib/clock.js';
import { Runtime } from '../aws/runtime.js';
import { InvocationLogs, type LoggedCall } from '../aws/invocation-logs.js';
import { Deployments } from '../aws/deployments.js';
import type { Pipeline } from '../deps.js';
import type { Scorer } from '../settings.js';
import { sensitiveData } from '../dataset/text.js';
import { ErrorBudgetExceeded, runCalls } from './runner.js';
import { UserError } from '../errors.js';
import { normalize, score } from './scorers.js';
import { quantile, seededRandom } from './stats.js';
import { customModelTarget, type Target } from './targets.js';

export interface ShadowSample {
  readonly calls: readonly LoggedCall[];
  /** production's calls in the window */
  readonly seen: number;
  readonly skipped: { readonly media: number; readonly otherOperations: number; readonly failed: number };
}

/**
 * Up to `n` of production's calls, uniformly over the window (reservoir sampling, Algorithm R,
 * seeded): memory holds the sample, never the logs. Converse calls with text only; calls with an
 * image, document or video, other operations and failed calls are counted, not replayed.
 */
export async function sampleCalls(
  calls: AsyncIterable<LoggedCall>,
  isProduction: (modelId: string) => boolean,
  n: number,
  seed = 20261202,
): Promise<ShadowSample> {
  const random = seededRandom(seed);
  const sample: LoggedCall[] = [];
  let seen = 0;
  let eligible = 0;
  const skipped = { media: 0, otherOperations: 0, failed: 0 };
  for await (const call of calls) {
    if (!isProduction(call.modelId)) continue;
    seen += 1;
    if (call.operation !== 'Converse') skipped.otherOperations += 1;
    else if (call.media) skipped.media += 1;
    else if (call.answer === undefined || call.messages.at(-1)?.role !== 'user') skipped.failed += 1;
    else {
      eligible += 1;
      if (sample.length < n) sample.push(call);
      else {
        const j = Math.floor(random() * eligible);
        if (j < n) sample[j] = call;
      }
    }
  }
  sample.sort((a, b) => a.at.getTime() - b.at.getTime());
  return { calls: sample, seen, skipped };
}

export interface ShadowResult {
  readonly window: { readonly since: string; readonly until: string };
  readonly seen: number;
  readonly skipped: ShadowSample['skipped'];
  readonly replayed: number;
  /** how answers were compared: the scorer's normalization, or identical text for graded scorers */
  readonly comparedBy: string;
  /** share of replayed requests the candidate answered as production did, 0–1 (errors count as disagreements) */
  readonly agreement: number;
  readonly agreed: number;
  readonly errors: number;
  readonly latencyMs: {
    readonly candidate: { readonly p50: number; readonly p95: number };
    readonly production?: { readonly p50: number; readonly p95: number };
  };
  /** the pairs of answers that differ, most frequent first (text with personal data is withheld) */
  readonly disagreements: ReadonlyArray<{ production: string; candidate: string; count: number; example: string }>;
}

const MAX_SHOWN = 10;
const withheld = (text: string) => {
  const found = sensitiveData(text, 'replayed text');
  return found.length ? `[withheld: ${found.map((f) => f.rule).join(', ')}]` : text;
};

/** How two answers are compared: the scorer's own rule for string scorers, identical text otherwise. */
function comparison(scorer: Scorer): { by: string; same: (a: string, b: string) => boolean } {
  if (scorer === 'exact' || scorer === 'normalized' || scorer === 'json')
    return { by: `scorer '${scorer}'`, same: (a, b) => score(scorer, a, b) };
  return {
    by: 'normalized text (the answers are free text: read the disagreements)',
    same: (a, b) => normalize(a) === normalize(b),
  };
}

/** Replays the sample against the candidate and compares each answer with production's. */
export async function replay(
  runtime: Runtime,
  target: Target,
  sample: ShadowSample,
  window: { since: Date; until: Date },
  options: { scorer: Scorer; concurrency: number; maxTokens: number; io: Io; clock: Clock },
): Promise<ShadowResult> {
  const { by, same } = comparison(options.scorer);
  type Out = { call: LoggedCall; answer?: string; latencyMs?: number; error?: string };
  const results = await runCalls<Out>(
    sample.calls.map((call, i) => ({
      lines: [i + 1],
      run: async () => {
        const reply = await runtime.converse(target.modelId, call.system, call.messages, options.maxTokens);
        return { call, answer: reply.text, latencyMs: reply.latencyMs };
      },
      failed: (error) => ({ call, error }),
    })),
    sample.calls.length,
    (r) => (r.error ? [{ line: 0, error: r.error }] : []),
    { ...options, label: `shadow replay on ${target.label}` },
  ).catch((error: unknown) => {
    if (!(error instanceof ErrorBudgetExceeded)) throw error;
    throw new UserError(
      `Shadow replay: the candidate failed ${error.errors} of ${error.total} replayed requests (first: ${error.first}); it is not promoted. Check the candidate's deployment, or lower 'eval-concurrency'.`,
    );
  });
  let agreed = 0;
  const pairs = new Map<string, { production: string; candidate: string; count: number; example: string }>();
  for (const r of results) {
    const production = r.call.answer!;
    if (r.answer !== undefined && same(r.answer, production)) {
      agreed += 1;
      continue;
    }
    const candidate = r.answer ?? `(error: ${r.error})`;
    const key = `${normalize(production)}\u0000${normalize(candidate)}`;
    const pair = pairs.get(key);
    if (pair) pair.count += 1;
    else {
      const prompt = r.call.messages
        .at(-1)!
        .content.map((b) => b.text)
        .join(' ');
      pairs.set(key, {
        production: withheld(production),
        candidate: withheld(candidate),
        count: 1,
        example: withheld(prompt),
      });
    }
  }
  const latencies = results.flatMap((r) => (r.latencyMs === undefined ? [] : [r.latencyMs]));
  const logged = sample.calls.flatMap((c) => (c.latencyMs === undefined ? [] : [c.latencyMs]));
  const p = (xs: number[]) => ({ p50: quantile(xs, 0.5), p95: quantile(xs, 0.95) });
  return {
    window: { since: window.since.toISOString(), until: window.until.toISOString() },
    seen: sample.seen,
    skipped: sample.skipped,
    replayed: results.length,
    comparedBy: by,
    agreement: results.length ? agreed / results.length : 0,
    agreed,
    errors: results.filter((r) => r.error).length,
    latencyMs: { candidate: p(latencies), production: logged.length ? p(logged) : undefined },
    disagreements: [...pairs.values()].sort((a, b) => b.count - a.count).slice(0, MAX_SHOWN),
  };
}

/**
 * The replay promote runs before the swap: production's requests of the last `shadow-days` from
 * the invocation logs, sampled, sent to the candidate on an evaluation deployment (deleted after),
 * and compared with production's answers. Undefined when the logs hold no request to replay.
 */
export async function shadowReplay(
  p: Omit<Pipeline, 'validation'>,
  endpoint: { readonly name: string; readonly deploymentArn: string },
  candidate: { readonly modelArn: string; readonly name: string },
): Promise<ShadowResult | ShadowSample> {
  const { settings, aws, deps, io } = p;
  const until = new Date(deps.clock.now());
  const since = new Date(until.getTime() - settings.shadowDays * 86_400_000);
  const account = endpoint.deploymentArn.split(':')[4] ?? '';
  const logs = new InvocationLogs(aws.s3, settings.invocationLogs!);
  const id = endpoint.deploymentArn.split('/').pop();
  const isProduction = (modelId: string) =>
    modelId === endpoint.deploymentArn || modelId === endpoint.name || (id !== undefined && modelId.endsWith(`/${id}`));
  const sample = await io.group('Shadow replay: production requests', async () => {
    const s = await sampleCalls(logs.calls(account, aws.region, since, until), isProduction, settings.shadowRequests);
    io.info(
      `${s.seen} production requests in the invocation logs since ${since.toISOString()}; ${s.calls.length} sampled for replay (skipped: ${s.skipped.media} with media, ${s.skipped.otherOperations} not Converse, ${s.skipped.failed} failed).`,
    );
    return s;
  });
  if (sample.calls.length === 0) return sample;
  const deployments = new Deployments(aws.bedrock);
  const target = await customModelTarget(
    'candidate',
    `candidate (${candidate.name})`,
    candidate.modelArn,
    candidate.name,
    {
      deployments,
      clock: deps.clock,
      schedule: deps.schedule,
      io,
      keepDeployment: false,
      tags: [
        { key: 'managed-by', value: 'bedrock-model-ci' },
        { key: 'model-name', value: settings.modelName },
        { key: 'purpose', value: 'evaluation' },
        ...(deps.context.runUrl ? [{ key: 'workflow-run', value: deps.context.runUrl }] : []),
      ],
      resources: deps.resources,
    },
  );
  try {
    return await io.group(`Shadow replay on ${target.label}`, () =>
      replay(
        new Runtime(aws.runtime),
        target,
        sample,
        { since, until },
        {
          scorer: settings.scorer,
          concurrency: settings.evalConcurrency,
          maxTokens: settings.maxTokens,
          io,
          clock: deps.clock,
        },
      ),
    );
  } finally {
    await target.release();
  }
}
