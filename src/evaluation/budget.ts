// What an evaluation will cost, known before its first model call, and the `max-eval-cost`
// ceiling. Each model evaluated answers every test record: the record's input tokens at the
// model's input price plus up to `max-tokens` at its output price; with `scorer: judge` each of
// those answers is judged too (the rubric, the record and the answer in; the verdict out). An
// upper bound: cached results cost nothing and answers are often shorter than `max-tokens`.
import { UserError } from '../errors.js';
import { formatUsd, type PriceBook } from '../pricing/prices.js';
import type { RunSettings, DataSettings, PointSettings, EvaluationSettings } from '../settings.js';
import { estimateTokens, type ValidationReport } from '../dataset/validate.js';
import { JUDGE_MAX_TOKENS } from './judge.js';
import { PAIRWISE_RUBRIC } from './preference.js';
import { BUILT_IN_RUBRIC } from '../lib/rubric.js';
import { stat } from 'node:fs/promises';
import type { Pipeline } from '../deps.js';

export interface EvaluationModels {
  /** custom models evaluated as the candidate (a sweep's points) */
  readonly candidates: number;
  readonly base: boolean;
  /** production, when there is one (priced like a candidate) */
  readonly production: boolean;
}

export interface EvaluationCost {
  /** USD, an upper bound; undefined when a price is missing */
  readonly usd?: number;
  readonly calls: number;
  /** the models without a price */
  readonly missing: readonly string[];
  /** one line: what was counted */
  readonly method: string;
}

/** Calls priced as they are added; a model without a price is named, and the total is then unknown. */
function tally(prices: PriceBook) {
  const missing = new Set<string>();
  let usd = 0;
  const add = (model: string, field: 'input' | 'customInput', input: number, output: number) => {
    const outField = field === 'input' ? 'output' : 'customOutput';
    let inPrice = prices.get(model, field);
    let outPrice = prices.get(model, outField);
    // custom models without their own rate are priced at the base model's (as the report does)
    if (field === 'customInput' && (!inPrice || !outPrice)) {
      inPrice = prices.get(model, 'input');
      outPrice = prices.get(model, 'output');
    }
    if (!inPrice || !outPrice) missing.add(model);
    else usd += (input / 1000) * inPrice.usd + (output / 1000) * outPrice.usd;
  };
  return { add, total: () => ({ usd: missing.size ? undefined : usd, missing: [...missing] }) };
}

/**
 * Shadow replay's cost, an upper bound, once the sample is drawn and before its first call: each
 * request's logged input tokens (estimated from its text when the log has none) to the candidate,
 * up to `max-tokens` out; with `scorer: judge`, every pair judged in both orders (the pairwise
 * rubric, the request and both answers in; the verdict out), though identical answers are not.
 */
export function estimateReplayCost(
  settings: RunSettings & DataSettings & PointSettings & EvaluationSettings,
  requests: ReadonlyArray<{ readonly inputTokens?: number; readonly chars: number; readonly answerChars: number }>,
  prices: PriceBook,
): EvaluationCost {
  const { add, total } = tally(prices);
  const input = requests.reduce((a, r) => a + (r.inputTokens ?? estimateTokens(r.chars)), 0);
  add(settings.baseModel.id, 'customInput', input, requests.length * settings.maxTokens);
  let calls = requests.length;
  const judged = settings.scorer === 'judge';
  if (judged) {
    const judgeIn = requests.reduce(
      (a, r) => a + estimateTokens(PAIRWISE_RUBRIC.length + r.chars + r.answerChars) + settings.maxTokens,
      0,
    );
    add(settings.judgeModel, 'input', 2 * judgeIn, 2 * requests.length * JUDGE_MAX_TOKENS);
    calls += 2 * requests.length;
  }
  return {
    ...total(),
    calls,
    method: `${requests.length.toLocaleString('en-US')} replayed requests (${input.toLocaleString('en-US')} input tokens, up to ${settings.maxTokens} output tokens each)${judged ? ', each pair judged in both orders' : ''}`,
  };
}

export function estimateEvaluationCost(
  settings: RunSettings & DataSettings & PointSettings & EvaluationSettings,
  validation: ValidationReport,
  prices: PriceBook,
  models: EvaluationModels,
  rubricChars = BUILT_IN_RUBRIC.length,
): EvaluationCost {
  const test = validation.files.find((f) => f.role === 'test');
  const records = test?.records ?? 0;
  const inputTokens = test?.tokens ?? 0;
  const { add, total } = tally(prices);
  const answerOut = records * settings.maxTokens;
  const custom = models.candidates + (models.production ? 1 : 0);
  for (let i = 0; i < custom; i++) add(settings.baseModel.id, 'customInput', inputTokens, answerOut);
  if (models.base) add(settings.baseModelInferenceId, 'input', inputTokens, answerOut);
  const evaluated = custom + (models.base ? 1 : 0);
  let calls = evaluated * records;
  if (settings.scorer === 'judge') {
    const judgeIn = inputTokens + records * (estimateTokens(rubricChars) + settings.maxTokens);
    for (let i = 0; i < evaluated; i++) add(settings.judgeModel, 'input', judgeIn, records * JUDGE_MAX_TOKENS);
    calls *= 2;
  }
  return {
    ...total(),
    calls,
    method: `${evaluated} model${evaluated === 1 ? '' : 's'} × ${records.toLocaleString('en-US')} test records (${inputTokens.toLocaleString('en-US')} input tokens, up to ${settings.maxTokens} output tokens each)${settings.scorer === 'judge' ? ', each answer judged' : ''}`,
  };
}

/** `max-eval-cost`: refused before the first model call, and without a price (fail closed). */
export function checkEvaluationBudget(
  c: EvaluationCost,
  settings: RunSettings & DataSettings & PointSettings & EvaluationSettings,
): void {
  const max = settings.maxEvalCost;
  if (max === undefined) return;
  if (c.usd === undefined || !Number.isFinite(c.usd))
    throw new UserError(
      `'max-eval-cost' is ${max} USD, but no inference price was found for ${c.missing.join(', ') || 'a model'}, so the evaluation's cost cannot be checked and it is refused. Supply the prices with input 'prices' (input-per-1k-tokens, output-per-1k-tokens), or allow the role pricing:GetProducts.`,
    );
  if (!(c.usd <= max))
    throw new UserError(
      `The evaluation would cost up to $${formatUsd(c.usd)} (${c.method}), more than 'max-eval-cost' $${formatUsd(max)}. Shrink the test set, lower 'max-tokens', set 'compare-base: false', or raise 'max-eval-cost' if this spend is intended. No model was called.`,
    );
}

/**
 * The evaluation's cost, an upper bound, before its first model call: logged, output as `eval-cost`,
 * and held to `max-eval-cost`.
 */
export async function evaluationBudget(
  p: Pipeline,
  prices: PriceBook,
  models: EvaluationModels,
  settings: RunSettings & DataSettings & PointSettings & EvaluationSettings = p.settings,
): Promise<EvaluationCost> {
  const rubricChars = settings.judgeRubric
    ? await stat(settings.judgeRubric).then(
        (s) => s.size,
        () => undefined,
      )
    : undefined;
  const cost = estimateEvaluationCost(settings, p.validation, prices, models, rubricChars);
  p.io.info(
    `Evaluation: ${cost.usd === undefined ? `no price for ${cost.missing.join(', ')}, so no cost` : `up to $${formatUsd(cost.usd)}`} (${cost.method}).`,
  );
  p.io.setOutput('eval-cost', cost.usd === undefined ? '' : cost.usd.toFixed(4));
  checkEvaluationBudget(cost, settings);
  return cost;
}
