// The custom models a customization job leaves behind, each billed for storage every month.
// API reference: ListCustomModels (GET /custom-models: nameContains, paged by nextToken; summaries
// carry modelArn, modelName, creationTime, baseModelArn), DeleteCustomModel (DELETE
// /custom-models/{modelIdentifier}; ConflictException, HTTP 400, when the operation conflicts,
// e.g. a deployment or Provisioned Throughput still serves it; ResourceNotFoundException when it is
// gone) and ListTagsForResource.
import {
  DeleteCustomModelCommand,
  GetCustomModelCommand,
  paginateListCustomModels,
  ListTagsForResourceCommand,
  type BedrockClient,
} from '@aws-sdk/client-bedrock';

export interface CustomModelView {
  readonly arn: string;
  readonly name: string;
  readonly createdAt?: Date;
  /** the foundation model's ARN, `arn:aws:bedrock:<region>::foundation-model/<id>` */
  readonly baseModelArn?: string;
}

export class CustomModels {
  constructor(private readonly client: BedrockClient) {}

  /** Every custom model whose name starts with `prefix` (all pages; the API filters by "contains"). */
  async named(prefix: string): Promise<CustomModelView[]> {
    const out: CustomModelView[] = [];
    for await (const page of paginateListCustomModels({ client: this.client, pageSize: 100 }, { nameContains: prefix }))
      for (const m of page.modelSummaries ?? [])
        if (m.modelName?.startsWith(prefix))
          out.push({ arn: m.modelArn!, name: m.modelName, createdAt: m.creationTime, baseModelArn: m.baseModelArn });
    return out;
  }

  /** One model's base model and creation time (GetCustomModel). */
  async get(arn: string): Promise<CustomModelView> {
    const m = await this.client.send(new GetCustomModelCommand({ modelIdentifier: arn }));
    return { arn: m.modelArn ?? arn, name: m.modelName ?? '', createdAt: m.creationTime, baseModelArn: m.baseModelArn };
  }

  async tags(arn: string): Promise<ReadonlyMap<string, string>> {
    const r = await this.client.send(new ListTagsForResourceCommand({ resourceARN: arn }));
    return new Map((r.tags ?? []).map((t) => [t.key!, t.value!]));
  }

  /** Deletes a model: 'deleted', 'gone' (already), or 'in-use' with Bedrock's reason (ConflictException). */
  async delete(arn: string): Promise<{ outcome: 'deleted' | 'gone' } | { outcome: 'in-use'; reason: string }> {
    try {
      await this.client.send(new DeleteCustomModelCommand({ modelIdentifier: arn }));
      return { outcome: 'deleted' };
    } catch (error) {
      const name = (error as { name?: string }).name;
      if (name === 'ResourceNotFoundException') return { outcome: 'gone' };
      if (name === 'ConflictException') return { outcome: 'in-use', reason: (error as Error).message };
      throw error;
    }
  }
}
