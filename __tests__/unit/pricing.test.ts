// Reading the AWS Price List: model families in every spelling, usage types, price-list items.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { familyOf, formatUsd, readCache, readPriceItem, readUsageType } from '../../src/pricing/prices.js';
import { settingsFor } from '../helpers/io.js';

describe('the price list', () => {
  it('knows a model however it is spelled', () => {
    for (const id of [
      'amazon.nova-micro-v1:0:128k',
      'amazon.nova-micro-v1:0',
      'us.amazon.nova-micro-v1:0',
      'arn:aws:bedrock:us-east-1::foundation-model/amazon.nova-micro-v1:0',
      'nova-micro',
      'NovaMicro',
    ])
      assert.equal(familyOf(id), 'novamicro', id);
    assert.equal(familyOf('amazon.nova-2-lite-v1:0:256k'), familyOf('Nova2.0Lite'));
    assert.notEqual(familyOf('amazon.nova-lite-v1:0:300k'), familyOf('Nova2.0Lite'));
    assert.notEqual(familyOf('amazon.nova-pro-v1:0'), familyOf('amazon.nova-premier-v1:0:1000k'));
  });

  it('reads usage types as AWS spells them, and leaves the variants that are not on-demand', () => {
    assert.deepEqual(readUsageType('USE1-NovaMicro-Customization-Training'), {
      region: 'USE1',
      family: 'novamicro',
      kind: 'training',
    });
    assert.deepEqual(readUsageType('USE1-Nova2.0Lite-Customization-Storage'), {
      region: 'USE1',
      family: 'nova2lite',
      kind: 'storage',
    });
    // RFT hours, as the one spelling seen in AWS's data has them (and as the issue first guessed)
    for (const rft of ['USE1-Nova2.0Lite-RFT-Training-Hours', 'USE1-Nova2.0Lite-Customization-Training-RFT'])
      assert.deepEqual(readUsageType(rft), { region: 'USE1', family: 'nova2lite', kind: 'training' }, rft);
    assert.equal(readUsageType('USE1-NovaMicro-input-tokens')?.kind, 'input');
    assert.equal(readUsageType('USE1-Nova2.0Lite-input-tokens-custom-model')?.kind, 'customInput');
    for (const other of ['USE1-NovaMicro-input-tokens-batch', 'USE1-NovaMicro-cache-read-input-token-count', 'EU-Foo'])
      assert.equal(readUsageType(other), undefined, other);
  });

  it('reads the price of an item in AWS’s document shape, in its unit', () => {
    const item = (unit: string, usd: string) => ({
      publicationDate: '2026-11-01T00:00:00Z',
      terms: { OnDemand: { 'A.B': { priceDimensions: { 'A.B.C': { unit, pricePerUnit: { USD: usd } } } } } },
    });
    assert.deepEqual(readPriceItem(item('1K tokens', '0.000035')), {
      usd: 0.000035,
      unit: 'per-1k-tokens',
      publicationDate: '2026-11-01',
    });
    assert.equal(readPriceItem(item('1M tokens', '0.35'))!.usd, 0.00035);
    assert.equal(readPriceItem(item('Hours', '80'))!.unit, 'per-hour');
    assert.equal(readPriceItem(item('Month', '1.95'))!.unit, 'per-month');
    assert.equal(readPriceItem(item('Images', '0.04')), undefined);
    assert.equal(readPriceItem({}), undefined);
  });

  it('reads a cached book only when it is recent, not from the future, and every price is positive', () => {
    const now = Date.parse('2026-12-01T12:00:00Z');
    const good = {
      fetchedAt: '2026-12-01T06:00:00Z',
      region: 'us-east-1',
      usageTypes: ['USE1-NovaMicro-Customization-Training'],
      prices: {
        'USE1-NovaMicro-Customization-Training': {
          usd: 0.001,
          unit: 'per-1k-tokens',
          source: 'USE1-NovaMicro-Customization-Training',
          field: 'training',
          publicationDate: '2026-11-01',
        },
      },
    };
    const read = (x: unknown) => readCache(JSON.stringify(x), 'us-east-1', now);
    assert.equal(typeof read(good), 'object');
    const price = good.prices['USE1-NovaMicro-Customization-Training'];
    const withPrice = (p: object) => ({
      ...good,
      prices: { 'USE1-NovaMicro-Customization-Training': { ...price, ...p } },
    });
    assert.equal(
      read({ ...good, fetchedAt: '2099-01-01T00:00:00Z' }),
      'fetchedAt 2099-01-01T00:00:00Z is in the future',
    );
    assert.equal(read({ ...good, fetchedAt: '2026-11-29T00:00:00Z' }), 'older than a day');
    assert.equal(read({ ...good, fetchedAt: 'soon' }), 'no fetchedAt');
    assert.equal(read({ ...good, region: 'eu-west-1' }), 'for region eu-west-1');
    for (const usd of [0, -1, 'NaN', null])
      assert.equal(
        read(withPrice({ usd })),
        'the price of USE1-NovaMicro-Customization-Training is not a positive price',
      );
    assert.match(String(read(withPrice({ publicationDate: '@octocat' }))), /not a positive price/);
    assert.match(String(read(withPrice({ unit: 'per-hour' }))), /not a positive price/);
    assert.match(String(read({ ...good, usageTypes: ['USE1-@octocat-input-tokens'] })), /not a list of usage types/);
    assert.equal(readCache('{', 'us-east-1', now), 'not JSON');
  });

  it('does not take a price of 0 from the price list', () => {
    const item = {
      publicationDate: '@octocat',
      terms: { OnDemand: { a: { priceDimensions: { b: { unit: '1K tokens', pricePerUnit: { USD: '0.0000000' } } } } } },
    };
    assert.equal(readPriceItem(item), undefined);
    item.terms.OnDemand.a.priceDimensions.b.pricePerUnit.USD = '0.001';
    assert.deepEqual(readPriceItem(item), { usd: 0.001, unit: 'per-1k-tokens', publicationDate: undefined });
  });

  it('writes dollars with the digits that matter', () => {
    assert.equal(formatUsd(0.000035), '0.000035');
    assert.equal(formatUsd(0.0123), '0.012');
    assert.equal(formatUsd(1.954), '1.95');
    assert.equal(formatUsd(1234.5), '1,235');
  });
});

describe("input 'prices'", () => {
  const base = { 'training-data': 'examples/atis-intents/train.jsonl' };
  it('takes any model spelling and the documented price names', () => {
    const s = settingsFor({
      ...base,
      prices: 'nova-micro:\n  training-per-1k-tokens: 0.002\n  storage-per-month: 2\n',
    });
    assert.deepEqual(s.prices, { 'nova-micro': { training: 0.002, storage: 2 } });
  });

  it('says what is wrong and lists what is allowed', () => {
    assert.throws(
      () => settingsFor({ ...base, prices: 'nova-micro: { training: 1 }' }),
      /Input 'prices': 'training' \(under 'nova-micro'\) is not a price\. Prices: training-per-1k-tokens, rft-training-per-hour, storage-per-month/,
    );
    assert.throws(
      () => settingsFor({ ...base, prices: 'nova-micro: { training-per-1k-tokens: cheap }' }),
      /training-per-1k-tokens of 'nova-micro' must be a number of US dollars, 0 or more; it is 'cheap'/,
    );
    assert.throws(() => settingsFor({ ...base, prices: '- 1' }), /Input 'prices' must be a map of models to prices/);
    assert.throws(() => settingsFor({ ...base, 'max-training-cost': '-1' }), /Input 'max-training-cost' is '-1'/);
  });
});
