import {
  ConverseCommand,
  type BedrockRuntimeClient,
  type Message,
  type SystemContentBlock,
} from '@aws-sdk/client-bedrock-runtime';

export interface Reply {
  readonly text: string;
  readonly latencyMs: number;
  readonly inputTokens: number;
  readonly outputTokens: number;
}

/** Bedrock runtime: one Converse call, deterministic (temperature 0). */
export class Runtime {
  constructor(private readonly client: BedrockRuntimeClient) {}

  async converse(
    modelId: string,
    system: SystemContentBlock[],
    messages: Message[],
    maxTokens: number,
  ): Promise<Reply> {
    const started = Date.now();
    const r = await this.client.send(
      new ConverseCommand({
        modelId,
        system: system.length ? system : undefined,
        messages,
        inferenceConfig: { maxTokens, temperature: 0 },
      }),
    );
    const text = (r.output?.message?.content ?? []).map((b) => ('text' in b && b.text) || '').join('');
    return {
      text,
      latencyMs: r.metrics?.latencyMs ?? Date.now() - started,
      inputTokens: r.usage?.inputTokens ?? 0,
      outputTokens: r.usage?.outputTokens ?? 0,
    };
  }
}
