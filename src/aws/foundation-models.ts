import { GetFoundationModelCommand, type BedrockClient } from '@aws-sdk/client-bedrock';

export interface Lifecycle {
  readonly modelId: string;
  /** ACTIVE or LEGACY */
  readonly status: string;
  readonly legacySince?: Date;
  readonly endOfLife?: Date;
}

/** Bedrock's foundation models: the lifecycle of one (GetFoundationModel). */
export class FoundationModels {
  constructor(private readonly client: BedrockClient) {}

  async lifecycle(modelIdentifier: string): Promise<Lifecycle> {
    const r = await this.client.send(new GetFoundationModelCommand({ modelIdentifier }));
    const l = r.modelDetails?.modelLifecycle;
    return {
      modelId: r.modelDetails?.modelId ?? modelIdentifier,
      status: l?.status ?? 'ACTIVE',
      legacySince: l?.legacyTime,
      endOfLife: l?.endOfLifeTime,
    };
  }
}
