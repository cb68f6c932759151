// The price book of a run: every model it uses, from the Price List (cached per role) and input `prices`.
import type { Session } from '../deps.js';
import { gridOf } from '../training/grid.js';
import { type PriceBook, lookupPrices } from './prices.js';

/** The prices of every model this run uses (each point's base and custom models, teacher, judge), from the price list and `prices`. */
export async function priceBook(p: Session, models?: readonly string[]): Promise<PriceBook> {
  const { settings, aws, store, deps, io } = p;
  return lookupPrices({
    region: aws.region,
    models: models ?? [
      ...gridOf(settings).flatMap((x) => [x.baseModel.id, x.baseModelInferenceId]),
      ...(settings.teacherModel ? [settings.teacherModel] : []),
      ...(settings.scorer === 'judge' ? [settings.judgeModel] : []),
    ],
    overrides: settings.prices,
    priceList: p.services.priceList,
    store,
    cacheScope: priceCacheScope(settings.roleToAssume),
    now: deps.clock.now(),
    io,
  });
}

/** The price cache's folder: the assumed role's name (each role's policy lets it write only its own). */
export const priceCacheScope = (roleArn?: string): string =>
  roleArn ? roleArn.slice(roleArn.lastIndexOf('/') + 1).replace(/[^A-Za-z0-9+=,.@_-]/g, '-') : 'default-credentials';
