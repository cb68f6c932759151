// Before any upload: the training estimate held to its ceilings, the evaluation's, and every model's lifecycle.
import type { Pipeline } from '../deps.js';
import { evaluationBudget } from '../evaluation/budget.js';
import { priceBook } from '../pricing/book.js';
import { type PriceBook } from '../pricing/prices.js';
import { readRegistry, productionVersion } from '../registry/manifest.js';
import { type TrainingCost, estimateGrid, describeTrainingCost, checkTrainingBudget } from './cost.js';
import { gridOf, pointLabel, pointSettings } from './grid.js';
import { type LifecycleWarning, checkLifecycle } from './lifecycle.js';

export interface Preflight {
  readonly prices: PriceBook;
  /** each point's training estimate, and the grid's total */
  readonly estimate: { readonly perPoint: ReadonlyMap<string, TrainingCost>; readonly total: TrainingCost };
  readonly lifecycle: LifecycleWarning[];
}

/**
 * Before any upload: the training estimate against its ceilings, and every model's lifecycle. A
 * run over its budget, or on a model Bedrock no longer offers, costs nothing.
 */
export async function costAndModels(p: Pipeline): Promise<Preflight> {
  const { settings, validation, deps, io } = p;
  const points = gridOf(settings);
  const prices = await priceBook(p);
  const estimate = estimateGrid(settings, points, validation, prices);
  const total = estimate.total;
  if (points.length > 1)
    for (const point of points)
      io.info(`${point.id} (${pointLabel(point)}): ${describeTrainingCost(estimate.perPoint.get(point.id)!)}`);
  io.info(`Training${points.length > 1 ? ` (the whole grid)` : ''}: ${describeTrainingCost(total)}; ${total.method}.`);
  if (total.validationTokens)
    io.info(
      `Validation: about ${total.validationTokens.toLocaleString('en-US')} tokens, not counted above: whether Bedrock bills validation tokens is not documented.`,
    );
  io.setOutput('training-tokens', total.billedTokens);
  io.setOutput('training-cost', total.cost === undefined ? '' : total.cost.toFixed(4));
  checkTrainingBudget(total, settings);
  if (settings.testData) {
    // production's column, if there is one (unreadable: counted, so the bound stays a bound)
    const production = await readRegistry(p.store, settings.modelName).then(
      (found) => productionVersion(found?.registry) !== undefined,
      () => true,
    );
    await evaluationBudget(p, prices, { candidates: points.length, base: settings.compareBase, production });
  }
  const models = p.services.foundation;
  const now = new Date(deps.clock.now());
  const lifecycle = await checkLifecycle(settings, models, now, io);
  // the grid's other base models
  for (const point of new Map(points.slice(1).map((x) => [x.baseModel.id, x])).values())
    if (point.baseModel.id !== settings.baseModel.id)
      lifecycle.push(...(await checkLifecycle(pointSettings(settings, point), models, now, io, ['base model'])));
  return { prices, estimate, lifecycle };
}
