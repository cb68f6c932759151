import { randomUUID } from 'node:crypto';
import {
  CreateCustomModelDeploymentCommand,
  CreateProvisionedModelThroughputCommand,
  DeleteCustomModelDeploymentCommand,
  DeleteProvisionedModelThroughputCommand,
  GetCustomModelDeploymentCommand,
  GetProvisionedModelThroughputCommand,
  paginateListCustomModelDeployments,
  paginateListProvisionedModelThroughputs,
  ListTagsForResourceCommand,
  TagResourceCommand,
  type BedrockClient,
} from '@aws-sdk/client-bedrock';

export interface DeploymentView {
  readonly arn: string;
  readonly name: string;
  readonly modelArn: string;
  readonly status: string;
  /** the model an in-place update is moving to, and how far it is */
  readonly update?: { readonly modelArn: string; readonly status: string };
  readonly failureMessage?: string;
}

const isNotFound = (error: unknown) => (error as { name?: string }).name === 'ResourceNotFoundException';

/** On-demand custom model deployments and provisioned throughput: how custom models are invoked. */
export class Deployments {
  constructor(private readonly client: BedrockClient) {}

  async get(identifier: string): Promise<DeploymentView | undefined> {
    try {
      const d = await this.client.send(
        new GetCustomModelDeploymentCommand({ customModelDeploymentIdentifier: identifier }),
      );
      return {
        arn: d.customModelDeploymentArn!,
        name: d.modelDeploymentName!,
        modelArn: d.modelArn!,
        status: d.status!,
        update: d.updateDetails
          ? { modelArn: d.updateDetails.modelArn!, status: d.updateDetails.updateStatus! }
          : undefined,
        failureMessage: d.failureMessage,
      };
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw error;
    }
  }

  /** Deployments serving a model (all pages). */
  async forModel(modelArn: string): Promise<Array<{ arn: string; name: string; status: string }>> {
    const out: Array<{ arn: string; name: string; status: string }> = [];
    const pages = paginateListCustomModelDeployments(
      { client: this.client, pageSize: 100 },
      { modelArnEquals: modelArn },
    );
    for await (const page of pages)
      for (const d of page.modelDeploymentSummaries ?? [])
        out.push({ arn: d.customModelDeploymentArn!, name: d.customModelDeploymentName!, status: d.status! });
    return out;
  }

  /** Provisioned Throughput serving a model (all pages). */
  async provisionedFor(modelArn: string): Promise<Array<{ arn: string; name: string; status: string }>> {
    const out: Array<{ arn: string; name: string; status: string }> = [];
    const pages = paginateListProvisionedModelThroughputs(
      { client: this.client, pageSize: 100 },
      { modelArnEquals: modelArn },
    );
    for await (const page of pages)
      for (const p of page.provisionedModelSummaries ?? [])
        out.push({ arn: p.provisionedModelArn!, name: p.provisionedModelName!, status: p.status! });
    return out;
  }

  /** Deployments and Provisioned Throughput whose name contains `text`, created before `before` (all pages). */
  async createdBefore(
    text: string,
    before: Date,
  ): Promise<Array<{ kind: 'deployment' | 'provisioned'; arn: string; name: string }>> {
    const out: Array<{ kind: 'deployment' | 'provisioned'; arn: string; name: string }> = [];
    const config = { client: this.client, pageSize: 100 };
    for await (const page of paginateListCustomModelDeployments(config, { nameContains: text, createdBefore: before }))
      for (const d of page.modelDeploymentSummaries ?? [])
        out.push({ kind: 'deployment', arn: d.customModelDeploymentArn!, name: d.customModelDeploymentName! });
    const provisioned = paginateListProvisionedModelThroughputs(config, {
      nameContains: text,
      creationTimeBefore: before,
    });
    for await (const page of provisioned)
      for (const p of page.provisionedModelSummaries ?? [])
        out.push({ kind: 'provisioned', arn: p.provisionedModelArn!, name: p.provisionedModelName! });
    return out;
  }

  async create(
    name: string,
    modelArn: string,
    description: string,
    tags: Array<{ key: string; value: string }>,
  ): Promise<string> {
    return (
      await this.client.send(
        new CreateCustomModelDeploymentCommand({
          modelDeploymentName: name,
          modelArn,
          description,
          tags,
          // Unique per creation (the SDK's retries of this call reuse it): a token reused for a
          // later creation would be answered with the earlier deployment, perhaps deleted since.
          clientRequestToken: randomUUID(),
        }),
      )
    ).customModelDeploymentArn!;
  }

  async delete(identifier: string): Promise<void> {
    await this.client.send(new DeleteCustomModelDeploymentCommand({ customModelDeploymentIdentifier: identifier }));
  }

  /** Provisioned Throughput without commitment (billed by the hour: the caller deletes it). */
  async createProvisioned(
    name: string,
    modelArn: string,
    tags: Array<{ key: string; value: string }>,
  ): Promise<string> {
    return (
      await this.client.send(
        new CreateProvisionedModelThroughputCommand({
          provisionedModelName: name,
          modelId: modelArn,
          modelUnits: 1,
          tags,
        }),
      )
    ).provisionedModelArn!;
  }

  async provisionedStatus(arn: string): Promise<{ status: string; failureMessage?: string }> {
    const r = await this.client.send(new GetProvisionedModelThroughputCommand({ provisionedModelId: arn }));
    return { status: r.status!, failureMessage: r.failureMessage };
  }

  async deleteProvisioned(arn: string): Promise<void> {
    await this.client.send(new DeleteProvisionedModelThroughputCommand({ provisionedModelId: arn }));
  }

  async tag(arn: string, tags: Array<{ key: string; value: string }>): Promise<void> {
    await this.client.send(new TagResourceCommand({ resourceARN: arn, tags }));
  }

  async tags(arn: string): Promise<Array<{ key: string; value: string }>> {
    return ((await this.client.send(new ListTagsForResourceCommand({ resourceARN: arn }))).tags ?? []).map((t) => ({
      key: t.key!,
      value: t.value!,
    }));
  }
}
