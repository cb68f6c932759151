// What inference costs, from the tokens each model used on the test set and on-demand prices: per
// 1,000 requests for base, production and candidate, and what this evaluation itself spent.
import type { PointSettings, EvaluationSettings } from '../settings.js';
import type { PriceBook, Price } from '../pricing/prices.js';
import type { Evaluation } from './evaluate.js';
import type { Role } from './targets.js';

export interface ModelCost {
  readonly role: Role;
  readonly label: string;
  /** USD per 1,000 requests like the test set's; undefined without prices */
  readonly per1kRequests?: number;
  /** which prices: the base model's on-demand, or the custom model's (on-demand deployment) */
  readonly basis?: string;
}

export interface InferenceCosts {
  readonly models: readonly ModelCost[];
  /** candidate vs production, percent */
  readonly candidateVsProduction?: number;
  /** what this run's model calls and judge calls cost (cached results cost nothing) */
  readonly spent?: { readonly models: number; readonly judge: number; readonly complete: boolean };
  readonly publicationDate?: string;
  /** models without a price, for the report to say so */
  readonly missing: readonly string[];
}

const per1k = (tokens: { meanInput: number; meanOutput: number }, input: Price, output: Price) =>
  tokens.meanInput * input.usd + tokens.meanOutput * output.usd;

/**
 * Base models are priced by their inference id; custom models (candidate, production) at the
 * price list's custom-model on-demand rates of their base model (production is assumed to share
 * the candidate's base model), else at the base model's rates, which the report says.
 */
export function inferenceCosts(
  evaluation: Evaluation,
  prices: PriceBook,
  settings: PointSettings & EvaluationSettings,
): InferenceCosts {
  const missing = new Set<string>();
  const pricesOf = (role: Role): { input?: Price; output?: Price; basis: string; model: string } => {
    if (role === 'base') {
      const model = settings.baseModelInferenceId;
      return { input: prices.get(model, 'input'), output: prices.get(model, 'output'), basis: 'on-demand', model };
    }
    const model = settings.baseModel.id;
    const input = prices.get(model, 'customInput');
    const output = prices.get(model, 'customOutput');
    if (input && output) return { input, output, basis: 'custom model on demand', model };
    return {
      input: prices.get(model, 'input'),
      output: prices.get(model, 'output'),
      basis: "the base model's on-demand rate (no custom-model price found)",
      model,
    };
  };
  let spentModels = 0;
  let spentJudge = 0;
  let complete = true;
  const models: ModelCost[] = evaluation.models.map((m) => {
    const p = pricesOf(m.role);
    if (!p.input || !p.output) {
      missing.add(p.model);
      if (!m.cached) complete = false;
      return { role: m.role, label: m.label };
    }
    if (!m.cached)
      spentModels += (m.metrics.tokens.input / 1000) * p.input.usd + (m.metrics.tokens.output / 1000) * p.output.usd;
    return { role: m.role, label: m.label, per1kRequests: per1k(m.metrics.tokens, p.input, p.output), basis: p.basis };
  });
  if (settings.scorer === 'judge') {
    const input = prices.get(settings.judgeModel, 'input');
    const output = prices.get(settings.judgeModel, 'output');
    const judged = evaluation.models.filter((m) => !m.cached && m.metrics.score?.judgeTokens);
    if (input && output)
      for (const m of judged)
        spentJudge +=
          (m.metrics.score!.judgeTokens!.input / 1000) * input.usd +
          (m.metrics.score!.judgeTokens!.output / 1000) * output.usd;
    else if (judged.length) {
      missing.add(settings.judgeModel);
      complete = false;
    }
  }
  const of = (role: Role) => models.find((m) => m.role === role)?.per1kRequests;
  const candidate = of('candidate');
  const production = of('champion');
  return {
    models,
    candidateVsProduction:
      candidate !== undefined && production !== undefined && production > 0
        ? (100 * (candidate - production)) / production
        : undefined,
    spent: { models: spentModels, judge: spentJudge, complete },
    publicationDate: prices.publicationDate,
    missing: [...missing],
  };
}
