// doctor's checks of what the account may spend: the quotas a run needs and the prices it will pay.
import { messageOf } from '../errors.js';
import { isAccessDenied, type Quota } from '../aws/account.js';
import { describePrice, lookupPrices } from '../pricing/prices.js';
import { baseModelsOf, gridOf } from '../training/grid.js';

import type { DoctorContext } from './checks.js';
import { denied, result, type CheckResult } from './result.js';
/** The Bedrock quotas this run meets: records per job for this model, and concurrent jobs. */
export async function checkQuotas(c: DoctorContext, running?: number): Promise<CheckResult[]> {
  let quotas: Quota[];
  try {
    quotas = await c.account.quotas('bedrock');
  } catch (error) {
    return [
      isAccessDenied(error)
        ? denied('Quotas', 'servicequotas:ListServiceQuotas', "the account's Bedrock quotas")
        : result('Quotas', 'skip', `not checked: ${messageOf(error)}`),
    ];
  }
  const out: CheckResult[] = [];
  const s = c.settings;
  const kind = { sft: /fine-?tuning/i, distillation: /distillation/i, rft: /reinforcement/i }[s.customizationType];
  for (const model of baseModelsOf(s)) {
    const check = `Quota: records per job (${model.label})`;
    const q = recordsQuota(quotas, model.label, kind);
    if (!q) {
      out.push(result(check, 'skip', 'not checked: no records quota for this model and customization is listed'));
      continue;
    }
    if (c.records === undefined)
      out.push(result(check, 'pass', `${q.value.toLocaleString('en-US')} (${q.name}); no 'training-data' to compare`));
    else
      out.push(
        c.records <= q.value
          ? result(
              check,
              'pass',
              `${c.records.toLocaleString('en-US')} records ≤ ${q.value.toLocaleString('en-US')} (${q.code})`,
            )
          : result(
              check,
              'fail',
              `${c.records.toLocaleString('en-US')} records > ${q.value.toLocaleString('en-US')} (${q.name}, ${q.code})`,
              q.adjustable
                ? `Request an increase of ${q.code} in Service Quotas, or train on fewer records.`
                : 'Train on fewer records.',
            ),
      );
  }
  const concurrent = quotas.find((q) => /customization jobs/i.test(q.name) && /concurrent|in progress/i.test(q.name));
  const points = gridOf(s).length;
  if (!concurrent) out.push(result('Quota: concurrent jobs', 'skip', 'not checked: no such quota is listed'));
  else {
    const busy = running ?? 0;
    out.push(
      busy + points <= concurrent.value
        ? result(
            'Quota: concurrent jobs',
            'pass',
            `${busy} running + ${points} for this run ≤ ${concurrent.value} (${concurrent.code})`,
          )
        : result(
            'Quota: concurrent jobs',
            'warn',
            `${busy} running + ${points} for this run > ${concurrent.value} (${concurrent.name})`,
            `Jobs beyond the quota are refused: wait for running jobs, lower 'max-jobs', or request an increase of ${concurrent.code}.`,
          ),
    );
  }
  return out;
}

/** "(Model customization) Sum of training and validation records for a Nova Micro v1 Fine-tuning job": matched by words, the names vary. */
export function recordsQuota(quotas: readonly Quota[], label: string, kind: RegExp): Quota | undefined {
  const words = (text: string) =>
    ` ${text
      .toLowerCase()
      .replace(/amazon|[^a-z0-9]+/g, ' ')
      .replace(/\s+/g, ' ')} `;
  const model = words(label);
  return quotas.find((q) => /records/i.test(q.name) && kind.test(q.name) && words(q.name).includes(model));
}

/** The Price List answers, and has a training price for each base model (or `prices` covers it). */
export async function checkPrices(c: DoctorContext): Promise<CheckResult[]> {
  const s = c.settings;
  const field = s.customizationType === 'rft' ? 'rftTraining' : 'training';
  const models = baseModelsOf(s).map((m) => m.id);
  const book = await lookupPrices({
    region: c.region,
    models,
    overrides: s.prices,
    priceList: c.priceList,
    cacheScope: 'doctor',
    now: c.now,
    io: c.io,
  });
  return models.map((id) => {
    const check = `Training price (${id})`;
    const price = book.get(id, field);
    if (price) return result(check, 'pass', describePrice(price));
    const why = book.notes.length ? ` (${book.notes.join('; ')})` : '';
    return s.maxTrainingCost !== undefined
      ? result(
          check,
          'fail',
          `no price${why}, so 'max-training-cost' refuses every run (it fails closed)`,
          "Grant pricing:GetProducts, or give the price in 'prices'.",
        )
      : result(
          check,
          'warn',
          `no price${why}: the comment will show no training cost`,
          "Grant pricing:GetProducts, or give the price in 'prices'.",
        );
  });
}
