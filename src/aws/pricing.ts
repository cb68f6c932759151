import { GetAttributeValuesCommand, GetProductsCommand, type PricingClient } from '@aws-sdk/client-pricing';

/** The AWS Price List Query API: Bedrock's usage types, and the price-list items of one of them. */
export class PriceList {
  constructor(private readonly client: PricingClient) {}

  /** Every value of an attribute of the service's products (all pages). */
  async attributeValues(serviceCode: string, attributeName: string): Promise<string[]> {
    const values: string[] = [];
    let NextToken: string | undefined;
    do {
      const r = await this.client.send(
        new GetAttributeValuesCommand({
          ServiceCode: serviceCode,
          AttributeName: attributeName,
          NextToken,
          MaxResults: 100,
        }),
      );
      for (const v of r.AttributeValues ?? []) if (v.Value) values.push(v.Value);
      NextToken = r.NextToken;
    } while (NextToken);
    return values;
  }

  /** The price-list items (AWS's JSON documents, parsed) whose attributes match every filter exactly. */
  async products(serviceCode: string, filters: Record<string, string>): Promise<unknown[]> {
    const items: unknown[] = [];
    let NextToken: string | undefined;
    do {
      const r = await this.client.send(
        new GetProductsCommand({
          ServiceCode: serviceCode,
          Filters: Object.entries(filters).map(([Field, Value]) => ({ Type: 'TERM_MATCH', Field, Value })),
          FormatVersion: 'aws_v1',
          NextToken,
          MaxResults: 100,
        }),
      );
      // Each item is a JSON document in a string (the SDK may hand it over wrapped in a String-like object).
      for (const item of r.PriceList ?? [])
        items.push(item && typeof item === 'object' && 'terms' in item ? item : JSON.parse(String(item)));
      NextToken = r.NextToken;
    } while (NextToken);
    return items;
  }
}
