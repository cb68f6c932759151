// The AWS Price List Query API (JSON 1.1, X-Amz-Target AWSPriceListService.*): GetAttributeValues
// and GetProducts for AmazonBedrock, with price-list items in AWS's document shape. The prices are
// the sandbox's: Nova's published on-demand rates of late 2025 as the shape to test against, not
// a source of truth (the action never reads them from anywhere but the service).
import type http from 'node:http';
import type { CredentialStore } from './auth.js';
import { Iam } from './iam.js';
import { type CallLog, type FaultInjector, jsonTargetRequest, sendJson } from './http.js';

export const PUBLICATION_DATE = '2026-11-01T00:00:00Z';

interface Sku {
  readonly usageType: string;
  readonly usd: string;
  readonly unit: string;
  readonly model: string;
}

/** usage type → price; the spellings AWS's price list uses (USE1-NovaMicro-input-tokens, USE1-Nova2.0Lite-…). */
function catalogue(): Sku[] {
  const skus: Sku[] = [];
  const add = (prefix: string, model: string, rest: string, usd: string, unit: string, name = model) =>
    skus.push({ usageType: `${prefix}-${model}-${rest}`, usd, unit, model: name });
  for (const prefix of ['USE1', 'USW2']) {
    const nova: Array<[string, string, string, string | undefined, string | undefined]> = [
      // model, input, output (per 1K tokens), training (per 1K tokens), storage (per month)
      ['NovaMicro', '0.000035', '0.00014', '0.001', '1.95'],
      ['NovaLite', '0.00006', '0.00024', '0.002', '1.95'],
      ['NovaPro', '0.0008', '0.0032', '0.008', '1.95'],
      ['NovaPremier', '0.0025', '0.0125', undefined, undefined],
      ['Nova2.0Lite', '0.0003', '0.0025', '0.004', '1.95'],
    ];
    for (const [model, input, output, training, storage] of nova) {
      add(prefix, model, 'input-tokens', input, '1K tokens');
      add(prefix, model, 'output-tokens', output, '1K tokens');
      // priced like the price list's variants that are not on-demand inference: never to be picked
      add(prefix, model, 'input-tokens-batch', (Number(input) / 2).toString(), '1K tokens');
      add(prefix, model, 'cache-read-input-token-count', (Number(input) / 4).toString(), '1K tokens');
      if (training) {
        add(prefix, model, 'input-tokens-custom-model', input, '1K tokens');
        add(prefix, model, 'output-tokens-custom-model', output, '1K tokens');
        add(prefix, model, 'Customization-Training', training, '1K tokens');
        add(prefix, model, 'Customization-Storage', storage!, 'Month');
      }
    }
    // RFT on Nova 2 Lite is billed by the hour, under the only spelling seen in AWS's data
    // (docs/aws-assumptions.md).
    add(prefix, 'Nova2.0Lite', 'RFT-Training-Hours', '80', 'Hours');
    add(prefix, 'Claude3Haiku', 'input-tokens', '0.00025', '1K tokens');
  }
  return skus;
}

const item = (sku: Sku, region: string) => {
  const code = sku.usageType
    .replace(/[^A-Za-z0-9]/g, '')
    .toUpperCase()
    .slice(0, 16)
    .padEnd(16, 'X');
  return JSON.stringify({
    product: {
      productFamily: 'Amazon Bedrock',
      attributes: {
        servicecode: 'AmazonBedrock',
        usagetype: sku.usageType,
        regionCode: region,
        model: sku.model,
        operation: 'Usage',
      },
      sku: code,
    },
    serviceCode: 'AmazonBedrock',
    terms: {
      OnDemand: {
        [`${code}.JRTCKXETXF`]: {
          priceDimensions: {
            [`${code}.JRTCKXETXF.6YS6EN2CT7`]: {
              unit: sku.unit,
              endRange: 'Inf',
              description: `${sku.model} ${sku.usageType}`,
              appliesTo: [],
              rateCode: `${code}.JRTCKXETXF.6YS6EN2CT7`,
              beginRange: '0',
              pricePerUnit: { USD: sku.usd },
            },
          },
          sku: code,
          effectiveDate: '2026-11-01T00:00:00Z',
          offerTermCode: 'JRTCKXETXF',
          termAttributes: {},
        },
      },
    },
    version: '20261101000000',
    publicationDate: PUBLICATION_DATE,
  });
};

const REGIONS: Record<string, string> = { USE1: 'us-east-1', USW2: 'us-west-2' };

export interface PricingState {
  /** answer every call AccessDeniedException, as for a role without pricing:GetProducts */
  denied: boolean;
}

export function pricingHandler(store: CredentialStore, log: CallLog, faults: FaultInjector, iam: Iam = new Iam()) {
  const skus = catalogue();
  const state: PricingState = { denied: false };
  const page = <T>(all: T[], token: unknown, max: unknown) => {
    const start = typeof token === 'string' ? Number(token) || 0 : 0;
    const size = typeof max === 'number' && max > 0 ? Math.min(max, 100) : 100;
    const next = start + size < all.length ? String(start + size) : undefined;
    return { items: all.slice(start, start + size), next };
  };
  const handler = async (req: http.IncomingMessage, res: http.ServerResponse): Promise<void> => {
    const head = await jsonTargetRequest(req, res, {
      service: 'pricing',
      targetPrefix: 'AWSPriceListService',
      store,
      log,
      faults,
    });
    if (!head) return;
    const { operation, input, call, credential } = head;
    const error = (status: number, type: string, message: string) => {
      call.status = status;
      sendJson(res, status, { __type: type, Message: message }, { 'content-type': 'application/x-amz-json-1.1' });
    };
    const denied = await iam.authorize(credential.principal, [{ action: `pricing:${operation}`, resource: '*' }], call);
    if (denied) return error(400, 'AccessDeniedException', denied);
    if (state.denied)
      return error(
        400,
        'AccessDeniedException',
        `User: arn:aws:sts::123456789012:assumed-role/github-model-ci/bedrock-model-ci is not authorized to perform: pricing:${operation}`,
      );
    if (input.ServiceCode !== 'AmazonBedrock')
      return error(
        400,
        'InvalidParameterException',
        `Input parameters ServiceCode is invalid: ${String(input.ServiceCode)}`,
      );
    const ok = (payload: unknown) => {
      call.status = 200;
      sendJson(res, 200, payload, { 'content-type': 'application/x-amz-json-1.1' });
    };
    if (operation === 'GetAttributeValues') {
      if (input.AttributeName !== 'usagetype') return ok({ AttributeValues: [] });
      const { items, next } = page(
        [...new Set(skus.map((s) => s.usageType))].sort(),
        input.NextToken,
        input.MaxResults,
      );
      return ok({ AttributeValues: items.map((Value) => ({ Value })), NextToken: next });
    }
    if (operation === 'GetProducts') {
      const filters = (input.Filters ?? []) as Array<{ Type: string; Field: string; Value: string }>;
      const matching = skus.filter((s) =>
        filters.every((f) => {
          if (f.Type !== 'TERM_MATCH') return false;
          if (f.Field === 'usagetype') return s.usageType === f.Value;
          if (f.Field === 'regionCode') return REGIONS[s.usageType.split('-')[0]!] === f.Value;
          return false;
        }),
      );
      const { items, next } = page(matching, input.NextToken, input.MaxResults);
      return ok({
        FormatVersion: 'aws_v1',
        PriceList: items.map((s) => item(s, REGIONS[s.usageType.split('-')[0]!]!)),
        NextToken: next,
      });
    }
    return error(400, 'UnknownOperationException', `Unknown operation AWSPriceListService.${operation}`);
  };
  return { handler, state };
}
