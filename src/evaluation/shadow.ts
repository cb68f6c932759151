// Shadow replay: production's real requests, from Bedrock's invocation logs, sent to the candidate
// before it replaces production, and its answers compared with the ones production gave. A test
// set is a sample people chose; this is the traffic the model will meet.
import type { Io } from '../io/io.js';
import type { Clock } from '../lib/clock.js';
import { type Runtime } from '../aws/runtime.js';
import { accountOf, servedBy, type LoggedCall } from '../aws/invocation-logs.js';
import { withInvokeIds } from './invoke-ids.js';
import type { Session } from '../deps.js';
import type {
  Scorer,
  RunSettings,
  DataSettings,
  PointSettings,
  EvaluationSettings,
  PromotionSettings,
} from '../settings.js';
import { formatUsd, type PriceBook } from '../pricing/prices.js';
import { pct } from '../lib/format.js';
import { estimateReplayCost } from './budget.js';
import { withheld } from '../dataset/text.js';
import { ErrorBudgetExceeded, runCalls } from './runner.js';
import { UserError } from '../errors.js';
import { normalize, score } from './scorers.js';
import { quantile, seededRandom } from './stats.js';
import { callerRules, FairSample, trafficWarning, type CallerRules } from './traffic.js';
import { customModelTarget, type Target } from './targets.js';
import { judgePreferences, type Outcome, type Preference } from './preference.js';

export interface ShadowSample {
  readonly calls: readonly LoggedCall[];
  /** production's calls in the window: to the endpoint, from the callers that count */
  readonly seen: number;
  /** the callers the sample was drawn from, and their distinct requests */
  readonly callers: number;
  readonly distinct: number;
  readonly skipped: {
    readonly media: number;
    readonly otherOperations: number;
    readonly failed: number;
    /** this action's own calls (promote's evaluation, the watch's smoke runs) */
    readonly own: number;
    /** callers not in `traffic-principals`, when it is set */
    readonly otherCallers: number;
    /** a request already in the sample, sent again */
    readonly duplicates: number;
    /** records the log reader passed over: over its bounds, or not JSON (aws/invocation-logs.ts) */
    readonly unreadable: number;
  };
}

/**
 * Up to `n` of production's calls over the window, a fair sample of distinct requests (see
 * FairSample): memory holds the sample, never the logs. Converse calls with text only; calls with
 * an image, document or video, other operations and failed calls are counted, not replayed, and so
 * are calls from this action's own sessions and, with `traffic-principals`, from other callers.
 */
export async function sampleCalls(
  calls: AsyncIterable<LoggedCall>,
  isProduction: (modelId: string) => boolean,
  n: number,
  options: {
    readonly seed?: number;
    /** the reader's own count of what it passed over, read when the calls are done */
    readonly unreadable?: () => number;
    readonly callers?: CallerRules;
  } = {},
): Promise<ShadowSample> {
  const fair = new FairSample(n, seededRandom(options.seed ?? 20261202));
  let seen = 0;
  const skipped = { media: 0, otherOperations: 0, failed: 0, own: 0, otherCallers: 0 };
  for await (const call of calls) {
    if (!isProduction(call.modelId)) continue;
    if (options.callers?.own(call.caller)) {
      skipped.own += 1;
      continue;
    }
    if (options.callers?.allowed && !options.callers.allowed(call.caller)) {
      skipped.otherCallers += 1;
      continue;
    }
    seen += 1;
    if (call.operation !== 'Converse') skipped.otherOperations += 1;
    else if (call.media) skipped.media += 1;
    else if (call.answer === undefined || call.messages.at(-1)?.role !== 'user') skipped.failed += 1;
    else fair.add(call);
  }
  const taken = fair.take();
  return {
    calls: taken.calls,
    seen,
    callers: taken.callers,
    distinct: taken.distinct,
    skipped: { ...skipped, duplicates: fair.duplicates, unreadable: options.unreadable?.() ?? 0 },
  };
}

export interface ShadowResult {
  readonly kind: 'replayed';
  readonly window: { readonly since: string; readonly until: string };
  readonly seen: number;
  /** the callers whose requests were sampled, and their distinct requests */
  readonly callers: number;
  readonly distinct: number;
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
  /** USD, the estimate made before the first replayed call (an upper bound); undefined without prices */
  readonly costUsd?: number;
  /** with `scorer: judge`: the judge's preference between the candidate's answers and production's */
  readonly preference?: Preference;
  /** the pairs of answers that differ, most frequent first (text with personal data is withheld) */
  readonly disagreements: readonly Disagreement[];
}

export interface Disagreement {
  readonly production: string;
  readonly candidate: string;
  readonly count: number;
  readonly example: string;
  /** the judge's verdict on the first such request, for the candidate */
  readonly verdict?: Outcome;
}

/** A logged request as the judge reads it: the question alone, or the conversation's turns. */
export function requestText(call: Pick<LoggedCall, 'messages'>): string {
  const text = (m: LoggedCall['messages'][number]) => m.content.map((b) => b.text).join(' ');
  return call.messages.length === 1
    ? text(call.messages[0]!)
    : call.messages.map((m) => `${m.role === 'user' ? 'User' : 'Assistant'}: ${text(m)}`).join('\n');
}

const MAX_SHOWN = 10;
const rank = (o?: Outcome) => (o === 'loss' ? 0 : o === 'tie' ? 1 : o === 'win' ? 2 : 3);

/** How two answers are compared: the scorer's own rule for string scorers, identical text otherwise. */
function comparison(scorer: Scorer): { by: string; same: (a: string, b: string) => boolean } {
  if (scorer === 'exact' || scorer === 'normalized' || scorer === 'json')
    return { by: `scorer '${scorer}'`, same: (a, b) => score(scorer, a, b) };
  return {
    by:
      scorer === 'judge'
        ? "normalized text; where they differ, the judge's preference (asked in both orders)"
        : 'normalized text (the answers are free text: read the disagreements)',
    same: (a, b) => normalize(a) === normalize(b),
  };
}

/** Replays the sample against the candidate and compares each answer with production's. */
export async function replay(
  runtime: Runtime,
  target: Target,
  sample: ShadowSample,
  window: { since: Date; until: Date },
  options: {
    scorer: Scorer;
    concurrency: number;
    maxTokens: number;
    io: Io;
    clock: Clock;
    /** with `scorer: judge`, the model that prefers one answer or the other */
    judgeModel?: string;
  },
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
  const judged =
    options.scorer === 'judge' && options.judgeModel
      ? await judgePreferences(
          runtime,
          results.map((r) => ({
            prompt: requestText(r.call),
            production: r.call.answer!,
            candidate: r.answer,
            same: r.answer !== undefined && same(r.answer, r.call.answer!),
          })),
          { model: options.judgeModel, concurrency: options.concurrency, io: options.io, clock: options.clock },
        )
      : undefined;
  let agreed = 0;
  const pairs = new Map<string, Disagreement & { count: number }>();
  for (const [i, r] of results.entries()) {
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
        production: withheld(production, 'replayed text'),
        candidate: withheld(candidate, 'replayed text'),
        count: 1,
        example: withheld(prompt, 'replayed text'),
        verdict: judged?.outcomes[i],
      });
    }
  }
  const latencies = results.flatMap((r) => (r.latencyMs === undefined ? [] : [r.latencyMs]));
  const logged = sample.calls.flatMap((c) => (c.latencyMs === undefined ? [] : [c.latencyMs]));
  const p = (xs: number[]) => ({ p50: quantile(xs, 0.5), p95: quantile(xs, 0.95) });
  return {
    kind: 'replayed',
    window: { since: window.since.toISOString(), until: window.until.toISOString() },
    seen: sample.seen,
    callers: sample.callers,
    distinct: sample.distinct,
    skipped: sample.skipped,
    replayed: results.length,
    comparedBy: by,
    agreement: results.length ? agreed / results.length : 0,
    agreed,
    errors: results.filter((r) => r.error).length,
    latencyMs: { candidate: p(latencies), production: logged.length ? p(logged) : undefined },
    preference: judged?.preference,
    // most frequent first; among as frequent, where production's answer was preferred first
    disagreements: [...pairs.values()]
      .sort((a, b) => b.count - a.count || rank(a.verdict) - rank(b.verdict))
      .slice(0, MAX_SHOWN),
  };
}

/** The logs held no text request to the production endpoint in the window: nothing was replayed. */
export interface NothingReplayed {
  readonly kind: 'nothing-to-replay';
  readonly seen: number;
  readonly skipped: ShadowSample['skipped'];
}

/**
 * The replay promote runs before the swap: production's requests of the last `shadow-days` from
 * the invocation logs, sampled, sent to the candidate on an evaluation deployment (deleted after),
 * and compared with production's answers. Undefined when the logs hold no request to replay.
 */
export async function shadowReplay(
  p: Session,
  endpoint: { readonly name: string; readonly deploymentArn: string },
  candidate: { readonly modelArn: string; readonly name: string },
  budget?: { readonly prices: PriceBook; readonly spentUsd: number },
): Promise<ShadowResult | NothingReplayed> {
  const { settings, aws, deps, io } = p;
  const until = new Date(deps.clock.now());
  const since = new Date(until.getTime() - settings.shadowDays * 86_400_000);
  const logs = p.services.logs(settings.invocationLogs!);
  const sample = await io.group('Shadow replay: production requests', async () => {
    const s = await sampleCalls(
      logs.calls(accountOf(endpoint.deploymentArn), aws.region, since, until),
      servedBy(endpoint),
      settings.shadowRequests,
      { unreadable: () => logs.unreadable(), callers: callerRules(settings) },
    );
    io.info(
      `${s.seen} production requests in the invocation logs since ${since.toISOString()}; ${s.calls.length} sampled for replay from ${s.callers} caller(s) (skipped: ${s.skipped.media} with media, ${s.skipped.otherOperations} not Converse, ${s.skipped.failed} failed, ${s.skipped.own} from this action's own sessions, ${s.skipped.otherCallers} from other callers, ${s.skipped.duplicates} repeated requests${s.skipped.unreadable ? `, ${s.skipped.unreadable} unreadable log records` : ''}).`,
    );
    if (s.callers > 1 && settings.trafficPrincipals.length === 0) io.warning(trafficWarning(s.callers));
    return s;
  });
  if (sample.calls.length === 0) return { kind: 'nothing-to-replay', seen: sample.seen, skipped: sample.skipped };
  const costUsd = budget && replayBudget(settings, sample, budget, io);
  // the judge is invoked as the evaluation invokes it (a profile of this Region's geography)
  const judgeModel =
    settings.scorer === 'judge'
      ? (await withInvokeIds(settings, aws.region, p.services.foundation, io, aws)).judgeModel
      : undefined;
  const { deployments } = p.services;
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
    const result = await io.group(`Shadow replay on ${target.label}`, () =>
      replay(
        p.services.runtime,
        target,
        sample,
        { since, until },
        {
          scorer: settings.scorer,
          judgeModel,
          concurrency: settings.evalConcurrency,
          maxTokens: settings.maxTokens,
          io,
          clock: deps.clock,
        },
      ),
    );
    return { ...result, costUsd };
  } finally {
    await target.release();
  }
}

/**
 * `max-eval-cost` covers the replay: its estimate, added to what the evaluation was estimated at,
 * must stay under the ceiling, or nothing is replayed (and nothing promoted). Returns the estimate.
 */
function replayBudget(
  settings: RunSettings & DataSettings & PointSettings & EvaluationSettings & PromotionSettings,
  sample: ShadowSample,
  budget: { readonly prices: PriceBook; readonly spentUsd: number },
  io: Io,
): number | undefined {
  const cost = estimateReplayCost(
    settings,
    sample.calls.map((c) => ({
      inputTokens: c.inputTokens,
      chars: c.system.reduce((a, b) => a + b.text.length, 0) + requestText(c).length,
      answerChars: c.answer?.length ?? 0,
    })),
    budget.prices,
  );
  io.info(
    `Shadow replay: ${cost.usd === undefined ? `no price for ${cost.missing.join(', ')}, so no cost` : `up to $${formatUsd(cost.usd)}`} (${cost.method}).`,
  );
  const max = settings.maxEvalCost;
  if (max === undefined) return cost.usd;
  if (cost.usd === undefined)
    throw new UserError(
      `'max-eval-cost' is ${max} USD, but no inference price was found for ${cost.missing.join(', ')}, so shadow replay's cost cannot be checked; nothing was replayed or promoted. Supply the prices with input 'prices', or allow the role pricing:GetProducts.`,
    );
  if (budget.spentUsd + cost.usd > max)
    throw new UserError(
      `Shadow replay would cost up to $${formatUsd(cost.usd)} (${cost.method}); with the evaluation's $${formatUsd(budget.spentUsd)} that makes $${formatUsd(budget.spentUsd + cost.usd)}, more than 'max-eval-cost' $${formatUsd(max)}. Nothing was replayed or promoted: lower 'shadow-requests' (now ${settings.shadowRequests}) or 'max-tokens', or raise 'max-eval-cost'.`,
    );
  return cost.usd;
}

/** Why the replay refuses the candidate, or undefined: under `min-shadow-agreement` or `min-shadow-preference`. */
export function shadowRefusal(
  r: ShadowResult,
  limits: { readonly minShadowAgreement?: number; readonly minShadowPreference?: number },
): string | undefined {
  if (limits.minShadowAgreement !== undefined && r.agreement < limits.minShadowAgreement)
    return `shadow replay: the candidate answered ${pct(r.agreement)} of ${r.replayed} replayed production requests as production did, under 'min-shadow-agreement' ${pct(limits.minShadowAgreement)}`;
  const preference = r.preference;
  if (limits.minShadowPreference !== undefined && preference && preference.value < limits.minShadowPreference)
    return `shadow replay: the judge preferred the candidate's answers to production's at ${pct(preference.value)} (${preference.wins} better, ${preference.ties} as good, ${preference.losses} worse of ${r.replayed} replayed requests), under 'min-shadow-preference' ${pct(limits.minShadowPreference)}`;
  return undefined;
}
