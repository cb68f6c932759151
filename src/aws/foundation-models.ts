import { GetFoundationModelCommand, ListInferenceProfilesCommand, type BedrockClient } from '@aws-sdk/client-bedrock';

export interface Lifecycle {
  readonly modelId: string;
  /** ACTIVE or LEGACY */
  readonly status: string;
  readonly legacySince?: Date;
  readonly endOfLife?: Date;
}

/** A system-defined cross-Region inference profile and the foundation models (per Region) it routes to. */
export interface InferenceProfile {
  readonly id: string;
  readonly modelArns: readonly string[];
}

/** What GetFoundationModel says about a model in this Region. */
export interface ModelDetails {
  readonly modelId: string;
  /** FINE_TUNING, DISTILLATION, REINFORCEMENT_FINE_TUNING, … */
  readonly customizations: readonly string[];
  /** ON_DEMAND, INFERENCE_PROFILE, PROVISIONED */
  readonly inferenceTypes: readonly string[];
  readonly lifecycle: Lifecycle;
}

/** Bedrock's foundation models: the lifecycle of one (GetFoundationModel), how it may be invoked, and the inference profiles. */
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

  /** Everything `doctor` reads: customizations, inference types and lifecycle. */
  async details(modelIdentifier: string): Promise<ModelDetails> {
    const r = await this.client.send(new GetFoundationModelCommand({ modelIdentifier }));
    const d = r.modelDetails;
    const l = d?.modelLifecycle;
    const modelId = d?.modelId ?? modelIdentifier;
    return {
      modelId,
      customizations: d?.customizationsSupported ?? [],
      inferenceTypes: d?.inferenceTypesSupported ?? [],
      lifecycle: { modelId, status: l?.status ?? 'ACTIVE', legacySince: l?.legacyTime, endOfLife: l?.endOfLifeTime },
    };
  }

  /** How the model may be invoked in this Region: ON_DEMAND, INFERENCE_PROFILE, PROVISIONED (GetFoundationModel). */
  async inferenceTypes(modelIdentifier: string): Promise<readonly string[]> {
    const r = await this.client.send(new GetFoundationModelCommand({ modelIdentifier }));
    return r.modelDetails?.inferenceTypesSupported ?? [];
  }

  /** The system-defined inference profiles of this Region, all pages (ListInferenceProfiles). */
  async inferenceProfiles(): Promise<InferenceProfile[]> {
    const out: InferenceProfile[] = [];
    let nextToken: string | undefined;
    do {
      const r = await this.client.send(new ListInferenceProfilesCommand({ typeEquals: 'SYSTEM_DEFINED', nextToken }));
      for (const p of r.inferenceProfileSummaries ?? [])
        if (p.inferenceProfileId)
          out.push({ id: p.inferenceProfileId, modelArns: (p.models ?? []).map((m) => m.modelArn ?? '') });
      nextToken = r.nextToken;
    } while (nextToken);
    return out;
  }
}
