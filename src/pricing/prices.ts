// Prices from the AWS Price List at run time, never a table frozen in the code: Bedrock's usage
// types are discovered with GetAttributeValues, the ones of this region and these models are read
// with GetProducts, and the answers are kept under s3-uri for a day. Input `prices` overrides or
// supplies any of them. A price that cannot be found is absent, never invented.
import { awsFailure, messageOf } from '../errors.js';
import type { Io } from '../io/io.js';
import type { PriceList } from '../aws/pricing.js';
import type { S3Store } from '../aws/s3-store.js';
import type { PriceField, PriceOverrides } from '../settings.js';

export type { PriceField, PriceOverrides };

export type Unit = 'per-1k-tokens' | 'per-hour' | 'per-month';

export interface Price {
  readonly usd: number;
  readonly unit: Unit;
  /** the usage type it was read from, or "input 'prices'" */
  readonly source: string;
  /** the price list's publication date, for price-list prices */
  readonly publicationDate?: string;
}

/** What a model costs: customization, storage, and on-demand inference of the base and of a custom model. */
export const PRICE_FIELDS = {
  training: { input: 'training-per-1k-tokens', unit: 'per-1k-tokens' },
  rftTraining: { input: 'rft-training-per-hour', unit: 'per-hour' },
  storage: { input: 'storage-per-month', unit: 'per-month' },
  input: { input: 'input-per-1k-tokens', unit: 'per-1k-tokens' },
  output: { input: 'output-per-1k-tokens', unit: 'per-1k-tokens' },
  customInput: { input: 'custom-input-per-1k-tokens', unit: 'per-1k-tokens' },
  customOutput: { input: 'custom-output-per-1k-tokens', unit: 'per-1k-tokens' },
} as const satisfies Record<PriceField, { input: string; unit: Unit }>;

/**
 * A model's family, however it is spelled: 'amazon.nova-micro-v1:0:128k', 'us.amazon.nova-micro-v1:0',
 * an ARN or 'nova-micro' are all 'novamicro'; the price list's 'Nova2.0Lite' and 'nova-2-lite' are 'nova2lite'.
 */
export function familyOf(model: string): string {
  return model
    .toLowerCase()
    .replace(/^arn:[^/]*\//, '')
    .replace(/^(?:us|eu|apac|jp|au|ca|global|us-gov)\./, '')
    .replace(/^amazon\./, '')
    .replace(/-v\d+(?::\d+)*(?::\d+[km])?$/, '')
    .replace(/(\d)\.0(?=[a-z]|$)/g, '$1')
    .replace(/[^a-z0-9]/g, '');
}

/** The region part of AWS usage types (USE1-…). A region not listed here has no price-list prices: use `prices`. */
const USAGE_TYPE_REGIONS: Readonly<Record<string, string>> = {
  'us-east-1': 'USE1',
  'us-east-2': 'USE2',
  'us-west-1': 'USW1',
  'us-west-2': 'USW2',
  'ca-central-1': 'CAN1',
  'sa-east-1': 'SAE1',
  'eu-west-1': 'EU',
  'eu-west-2': 'EUW2',
  'eu-west-3': 'EUW3',
  'eu-central-1': 'EUC1',
  'eu-central-2': 'EUC2',
  'eu-north-1': 'EUN1',
  'eu-south-1': 'EUS1',
  'eu-south-2': 'EUS2',
  'ap-northeast-1': 'APN1',
  'ap-northeast-2': 'APN2',
  'ap-northeast-3': 'APN3',
  'ap-southeast-1': 'APS1',
  'ap-southeast-2': 'APS2',
  'ap-south-1': 'APS3',
  'us-gov-west-1': 'UGW1',
};

/** What a usage type prices, from its spelling: REGION-Model-kind. Batch, cache, priority and the like are not ours. */
export function readUsageType(
  usageType: string,
): { region: string; family: string; kind: 'training' | 'storage' | PriceField } | undefined {
  if (!USAGE_TYPE.test(usageType)) return undefined;
  const m = /^([A-Z0-9]+)-([^-]+)-(.+)$/.exec(usageType);
  if (!m) return undefined;
  const rest = m[3]!.toLowerCase();
  // Training: 'Customization-Training' (SFT, distillation: per 1K tokens), and RFT's hours, spelled
  // 'RFT-Training-Hours' in the one price-list usage type seen for it (docs/aws-assumptions.md) or
  // 'Customization-Training-RFT'; the unit of the price decides which field it fills.
  const kind =
    rest.startsWith('customization-training') || /^rft-training(?:-hours?)?$/.test(rest)
      ? 'training'
      : rest === 'customization-storage'
        ? 'storage'
        : (
            {
              'input-tokens': 'input',
              'output-tokens': 'output',
              'input-tokens-custom-model': 'customInput',
              'output-tokens-custom-model': 'customOutput',
            } as const
          )[rest];
  return kind ? { region: m[1]!, family: familyOf(m[2]!), kind } : undefined;
}

/** USD per unit from a price-list item (AWS's document: terms.OnDemand.*.priceDimensions.*). */
export function readPriceItem(item: unknown): { usd: number; unit: Unit; publicationDate?: string } | undefined {
  const doc = item as {
    publicationDate?: string;
    terms?: {
      OnDemand?: Record<
        string,
        { priceDimensions?: Record<string, { unit?: string; pricePerUnit?: { USD?: string } }> }
      >;
    };
  };
  for (const term of Object.values(doc?.terms?.OnDemand ?? {}))
    for (const d of Object.values(term.priceDimensions ?? {})) {
      const usd = Number(d.pricePerUnit?.USD);
      const unit = (d.unit ?? '').toLowerCase();
      // a price of 0 (a free tier, a placeholder) would make every ceiling pass: not a price
      if (!Number.isFinite(usd) || usd <= 0) continue;
      const per = (u: Unit, factor = 1) => ({
        usd: usd * factor,
        unit: u,
        publicationDate: dateOf(doc.publicationDate),
      });
      if (/\b1k\b.*token|per 1,?000 tokens/.test(unit)) return per('per-1k-tokens');
      if (/\b1m\b.*token|million/.test(unit)) return per('per-1k-tokens', 1 / 1000);
      if (/^tokens?$/.test(unit)) return per('per-1k-tokens', 1000);
      if (/hour|hrs?\b/.test(unit)) return per('per-hour');
      if (/month|\bmo\b/.test(unit)) return per('per-month');
    }
  return undefined;
}

/** The price list's publication date as YYYY-MM-DD, or nothing: it reaches the PR comment. */
function dateOf(value: unknown): string | undefined {
  const m = typeof value === 'string' ? /^(\d{4}-\d{2}-\d{2})(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(value) : null;
  return m && Number.isFinite(Date.parse(m[1]!)) ? m[1] : undefined;
}

const isPrice = (p: unknown, usageType: string): p is Price & { field: PriceField } => {
  const x = p as Partial<Price & { field: PriceField }> | null;
  return (
    !!x &&
    typeof x.usd === 'number' &&
    Number.isFinite(x.usd) &&
    x.usd > 0 &&
    typeof x.field === 'string' &&
    Object.hasOwn(PRICE_FIELDS, x.field) &&
    PRICE_FIELDS[x.field].unit === x.unit &&
    x.source === usageType &&
    (x.publicationDate === undefined || dateOf(x.publicationDate) === x.publicationDate)
  );
};

/**
 * A cached price book is data someone wrote to S3, not the price list: used only when it is from
 * the last day (not the future), for this region, and every price is a positive number of the
 * field's unit with a plain date. Anything else is ignored and the price list read again.
 */
export function readCache(text: string, region: string, now: number): CachedPrices | string {
  let parsed: Partial<CachedPrices>;
  try {
    parsed = JSON.parse(text) as Partial<CachedPrices>;
  } catch {
    return 'not JSON';
  }
  const fetched = typeof parsed?.fetchedAt === 'string' ? Date.parse(parsed.fetchedAt) : NaN;
  if (!Number.isFinite(fetched)) return 'no fetchedAt';
  if (fetched > now + CLOCK_SKEW_MS) return `fetchedAt ${String(parsed.fetchedAt).slice(0, 40)} is in the future`;
  if (now - fetched >= DAY_MS) return 'older than a day';
  if (parsed.region !== region) return `for region ${String(parsed.region).slice(0, 40)}`;
  if (!Array.isArray(parsed.usageTypes) || !parsed.usageTypes.every((u) => typeof u === 'string' && USAGE_TYPE.test(u)))
    return 'usageTypes is not a list of usage types';
  if (!parsed.prices || typeof parsed.prices !== 'object') return 'no prices';
  for (const [usageType, price] of Object.entries(parsed.prices))
    if (!USAGE_TYPE.test(usageType)) return `${JSON.stringify(usageType.slice(0, 60))} is not a usage type`;
    else if (price !== null && !isPrice(price, usageType)) return `the price of ${usageType} is not a positive price`;
  return parsed as CachedPrices;
}

export interface PriceBook {
  readonly region: string;
  /** where the prices came from, for the report */
  readonly publicationDate?: string;
  /** why some prices may be missing (the price list could not be read, the region is not known) */
  readonly notes: readonly string[];
  get(model: string, field: PriceField): Price | undefined;
}

export interface CachedPrices {
  readonly fetchedAt: string;
  readonly region: string;
  readonly usageTypes: readonly string[];
  /** usage type → price (null: the price list has no usable price for it) */
  readonly prices: Readonly<Record<string, (Price & { field: PriceField }) | null>>;
}

const DAY_MS = 24 * 3600_000;
/** How AWS spells usage types (USE1-Nova2.0Lite-Customization-Storage): nothing else reaches the comment. */
const USAGE_TYPE = /^[A-Za-z0-9]+(?:-[A-Za-z0-9.:_]+)+$/;
const CLOCK_SKEW_MS = 5 * 60_000;
const SERVICE = 'AmazonBedrock';

export interface PriceLookup {
  readonly region: string;
  /** the models to price, in any spelling */
  readonly models: readonly string[];
  readonly overrides: PriceOverrides;
  /** undefined: offline, overrides only */
  readonly priceList?: PriceList;
  readonly store?: S3Store;
  /**
   * The cache's own folder under pricing/: the role's name. Each role reads and writes only its
   * own (docs/iam.md), so no pull request can plant prices a release run believes.
   */
  readonly cacheScope: string;
  readonly now: number;
  readonly io: Io;
}

/** The prices of these models in this region: the cached price list, else the live one, then `prices`. */
export async function lookupPrices(lookup: PriceLookup): Promise<PriceBook> {
  const { region, io } = lookup;
  const notes: string[] = [];
  const families = new Set(lookup.models.map(familyOf));
  const found = new Map<string, Price>();
  const key = (family: string, field: PriceField) => `${family}\u0000${field}`;
  const prefix = USAGE_TYPE_REGIONS[region];
  if (!prefix) notes.push(`the price list's usage types for region ${region} are not known to this action`);
  if (lookup.priceList && prefix) {
    const cachePath = `pricing/${lookup.cacheScope}/${region}.json`;
    let cache: CachedPrices | undefined;
    try {
      const text = await lookup.store?.getText(cachePath);
      const read = text ? readCache(text.text, region, lookup.now) : undefined;
      if (typeof read === 'string')
        io.info(`The cached price book ${cachePath} is not used (${read}); reading the price list.`);
      else cache = read;
    } catch (error) {
      io.debug(`price cache unreadable: ${messageOf(error)}`);
    }
    try {
      const usageTypes = cache?.usageTypes ?? (await lookup.priceList.attributeValues(SERVICE, 'usagetype'));
      const prices: Record<string, (Price & { field: PriceField }) | null> = { ...(cache?.prices ?? {}) };
      let fetched = 0;
      for (const usageType of usageTypes) {
        const read = readUsageType(usageType);
        if (!read || read.region !== prefix || !families.has(read.family)) continue;
        if (!(usageType in prices)) {
          fetched += 1;
          const items = await lookup.priceList.products(SERVICE, { usagetype: usageType });
          const price = items.map(readPriceItem).find(Boolean);
          const field: PriceField | undefined =
            read.kind === 'training'
              ? price?.unit === 'per-hour'
                ? 'rftTraining'
                : 'training'
              : read.kind === 'storage'
                ? 'storage'
                : read.kind;
          prices[usageType] =
            price && field && PRICE_FIELDS[field].unit === price.unit ? { ...price, source: usageType, field } : null;
        }
        const p = prices[usageType];
        if (p) found.set(key(read.family, p.field), p);
      }
      if (!cache || fetched > 0)
        await lookup.store
          ?.putJson(cachePath, {
            fetchedAt: cache?.fetchedAt ?? new Date(lookup.now).toISOString(),
            region,
            usageTypes,
            prices,
          } satisfies CachedPrices)
          .catch((error: unknown) => io.debug(`price cache not written: ${messageOf(error)}`));
    } catch (error) {
      const failure = awsFailure(
        'Could not read the AWS Price List',
        error,
        "Check that the role may pricing:GetProducts and pricing:GetAttributeValues; figures without a price say so, and input 'prices' can supply them.",
      ).message;
      io.warning(failure);
      notes.push(failure);
    }
  }
  for (const [model, fields] of Object.entries(lookup.overrides))
    for (const [field, usd] of Object.entries(fields) as Array<[PriceField, number]>)
      found.set(key(familyOf(model), field), { usd, unit: PRICE_FIELDS[field].unit, source: "input 'prices'" });
  const dates = [...found.values()].map((p) => p.publicationDate).filter((d): d is string => Boolean(d));
  return {
    region,
    publicationDate: dates.sort().at(-1),
    notes,
    get: (model, field) => found.get(key(familyOf(model), field)),
  };
}

/** A price as a person reads it. */
export function describePrice(p: Price): string {
  const per = { 'per-1k-tokens': '1,000 tokens', 'per-hour': 'hour', 'per-month': 'month' }[p.unit];
  return `$${formatUsd(p.usd)} per ${per} (${p.source}${p.publicationDate ? `, price list of ${p.publicationDate.slice(0, 10)}` : ''})`;
}

/** Dollars with enough digits to say something: $0.000035, $1.95, $1,234. */
export function formatUsd(usd: number): string {
  if (usd === 0) return '0';
  if (Math.abs(usd) >= 100) return Math.round(usd).toLocaleString('en-US');
  if (Math.abs(usd) >= 1) return usd.toFixed(2);
  return usd
    .toPrecision(2)
    .replace(/(\.\d*?)0+$/, '$1')
    .replace(/\.$/, '');
}
