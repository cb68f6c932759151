// What training costs, known before anything is uploaded: billed tokens (the training set's tokens
// × epochs, as Bedrock bills SFT and distillation) times the price list's training price, the
// monthly storage of the custom model, and for RFT (billed by the hour) the hourly rate. After
// the job, RFT's cost from its duration. The ceilings `max-training-cost` and
// `max-training-tokens` refuse a run before its upload.
import { UserError } from '../errors.js';
import type { GridPoint, DataSettings, PointSettings, TrainingSettings, PriceSettings } from '../settings.js';
import { pointSettings } from './grid.js';
import type { ValidationReport } from '../dataset/validate.js';
import { describePrice, formatUsd, type Price, type PriceBook } from '../pricing/prices.js';
import { type JobView } from '../aws/bedrock-jobs.js';

/** How tokens are counted offline: Nova's tokenizer is not public. */
export const TOKEN_ESTIMATE =
  'characters ÷ 4 (Nova averages about four characters a token on English text); expect ±25 %, and more tokens per character for numbers, code and non-Latin scripts';

export interface TrainingCost {
  /** the training data's tokens (after `validation-split`), estimated */
  readonly tokens: number;
  /** shown apart: whether Bedrock bills validation tokens is not documented */
  readonly validationTokens: number;
  readonly epochs: number;
  /** where the epoch count came from */
  readonly epochsFrom: 'hyperparameters' | 'default' | 'not-applicable' | 'service-default';
  /** tokens × epochs */
  readonly billedTokens: number;
  readonly billing: 'per-token' | 'per-hour';
  /** per 1,000 training tokens (SFT, distillation) or per hour (RFT) */
  readonly price?: Price;
  /** estimated USD, per-token billing with a known price */
  readonly cost?: number;
  readonly storage?: Price;
  /** after the job completed: hours, and for RFT the cost from them */
  readonly actual?: { readonly hours: number; readonly cost?: number };
  readonly method: string;
}

const DEFAULT_EPOCHS = 2;

/** The estimate for this run's settings and data, priced from the book. */
export function estimateTrainingCost(
  settings: DataSettings & PointSettings & TrainingSettings & PriceSettings,
  report: ValidationReport,
  prices: PriceBook,
): TrainingCost {
  const file = (role: string) => report.files.find((f) => f.role === role);
  const trainingTokens = file('training')?.tokens ?? 0;
  const split = settings.validationData ? 0 : settings.validationSplit;
  const tokens = Math.round(trainingTokens * (1 - split));
  const validationTokens = (file('validation')?.tokens ?? 0) + (trainingTokens - tokens);
  const given = settings.hyperparameters.values.epochCount;
  const rft = settings.customizationType === 'rft';
  const epochs =
    given !== undefined ? Number(given) : rft || settings.customizationType === 'distillation' ? 1 : DEFAULT_EPOCHS;
  // SFT's default (2) is documented (user guide, "Amazon Nova Understanding model customization
  // hyperparameters"); RFT's is not, so the estimate names no number for it: counted as one pass,
  // for scale only, since RFT is billed by the hour.
  const epochsFrom =
    given !== undefined
      ? 'hyperparameters'
      : settings.customizationType === 'distillation'
        ? 'not-applicable'
        : rft
          ? 'service-default'
          : 'default';
  const model = settings.baseModel.id;
  const price = prices.get(model, rft ? 'rftTraining' : 'training');
  const billedTokens = tokens * epochs;
  return {
    tokens,
    validationTokens,
    epochs,
    epochsFrom,
    billedTokens,
    billing: rft ? 'per-hour' : 'per-token',
    price,
    cost: !rft && price ? (billedTokens / 1000) * price.usd : undefined,
    storage: prices.get(model, 'storage'),
    method: `tokens estimated as ${TOKEN_ESTIMATE}`,
  };
}

/** Every point's estimate, and the grid's total (a plain run's total is its one point's): the ceilings apply to the total. */
export function estimateGrid(
  settings: DataSettings & PointSettings & TrainingSettings & PriceSettings,
  points: readonly GridPoint[],
  report: ValidationReport,
  prices: PriceBook,
): { perPoint: Map<string, TrainingCost>; total: TrainingCost } {
  const perPoint = new Map(points.map((p) => [p.id, estimateTrainingCost(pointSettings(settings, p), report, prices)]));
  const all = [...perPoint.values()];
  const first = all[0]!;
  if (all.length === 1) return { perPoint, total: first };
  const known = all.every((c) => c.cost !== undefined);
  return {
    perPoint,
    total: {
      ...first,
      billedTokens: all.reduce((a, c) => a + c.billedTokens, 0),
      epochs: all.reduce((a, c) => a + c.epochs, 0),
      cost: known ? all.reduce((a, c) => a + c.cost!, 0) : undefined,
      price: known ? first.price : undefined,
      method: `${first.method}; ${all.length} points`,
    },
  };
}

/** The estimate, completed with what the job took once it ran. */
export function withJobDuration(estimate: TrainingCost, start?: Date, end?: Date): TrainingCost {
  if (!start || !end) return estimate;
  const hours = (end.getTime() - start.getTime()) / 3600_000;
  return {
    ...estimate,
    actual: { hours, cost: estimate.billing === 'per-hour' && estimate.price ? hours * estimate.price.usd : undefined },
  };
}

/** One line: the estimate and its parts. */
export function describeTrainingCost(c: TrainingCost): string {
  const tokens =
    c.epochsFrom === 'service-default'
      ? `${c.tokens.toLocaleString('en-US')} training tokens a pass, × Bedrock's default epoch count, which its RFT documentation does not state`
      : `${c.tokens.toLocaleString('en-US')} training tokens × ${c.epochs} epoch${c.epochs === 1 ? '' : 's'}${c.epochsFrom === 'default' ? ' (the default)' : c.epochsFrom === 'not-applicable' ? ' (none set)' : ''} = ${c.billedTokens.toLocaleString('en-US')} billed tokens`;
  if (c.billing === 'per-hour')
    return c.price
      ? `RFT is billed by the hour: ${describePrice(c.price)}; the total depends on how long the job runs (${tokens}, for scale)`
      : `RFT is billed by the hour, and no hourly price was found (${tokens}, for scale)`;
  return c.price && c.cost !== undefined
    ? `about $${formatUsd(c.cost)}: ${tokens} at ${describePrice(c.price)}`
    : `${tokens}; no training price was found, so no cost`;
}

/**
 * `max-training-tokens` and `max-training-cost`, checked before the upload: a refused pull
 * request costs nothing. Without a price a cost ceiling cannot be checked, so it refuses.
 */
export function checkTrainingBudget(
  c: TrainingCost,
  settings: DataSettings & PointSettings & TrainingSettings & PriceSettings,
): void {
  const fix =
    'Reduce the data or the epochs, or raise the input if this spend is intended. Nothing was uploaded and no job was started.';
  // Ceilings pass only on a number at or under them: NaN or a missing price fails closed.
  if (settings.maxTrainingTokens !== undefined && !(c.billedTokens <= settings.maxTrainingTokens))
    throw new UserError(
      `The training would bill about ${c.billedTokens.toLocaleString('en-US')} tokens (${c.tokens.toLocaleString('en-US')} training tokens × ${c.epochs} epochs), more than 'max-training-tokens' ${settings.maxTrainingTokens.toLocaleString('en-US')}. ${fix}`,
    );
  if (settings.maxTrainingCost === undefined) return;
  if (c.billing === 'per-hour')
    throw new UserError(
      `'max-training-cost' is set, but RFT is billed by the hour${c.price ? ` (${describePrice(c.price)})` : ''} and its duration is not known before the job runs, so the cost cannot be checked. Remove 'max-training-cost' for RFT, or bound it with 'max-training-tokens'. Nothing was uploaded.`,
    );
  if (!c.price || c.cost === undefined || !Number.isFinite(c.cost) || !(c.price.usd > 0))
    throw new UserError(
      `'max-training-cost' is ${settings.maxTrainingCost} USD, but no training price was found for ${settings.baseModel.id} in the price list (${c.billedTokens.toLocaleString('en-US')} billed tokens), so the cost cannot be checked and the run is refused. Supply the price with input 'prices' (training-per-1k-tokens), or allow the role pricing:GetProducts. Nothing was uploaded.`,
    );
  if (!(c.cost <= settings.maxTrainingCost))
    throw new UserError(
      `The training would cost ${describeTrainingCost(c)}, more than 'max-training-cost' $${formatUsd(settings.maxTrainingCost)}. ${fix}`,
    );
}

/** A point's training cost: the estimate, with the job's duration once it completed. */
export function trainingCostOf(estimate: TrainingCost, job: JobView): TrainingCost {
  return job.status === 'Completed' ? withJobDuration(estimate, job.creationTime, job.endTime) : estimate;
}
