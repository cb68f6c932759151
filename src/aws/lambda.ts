import { InvokeCommand, type LambdaClient } from '@aws-sdk/client-lambda';

/** The function ran and threw (Lambda's `FunctionError`): its own error, not the service's. */
export class FunctionError extends Error {
  override readonly name = 'FunctionError';
}

/** Most of a Lambda payload quoted in an error: a response is the grader's, not ours to print whole. */
const QUOTED = 300;

/** Lambda Invoke, synchronous (RequestResponse): JSON in, JSON out. */
export class LambdaFunctions {
  constructor(private readonly client: LambdaClient) {}

  /** The function's JSON response; FunctionError when the handler failed, SyntaxError when it answered non-JSON. */
  async invoke(functionName: string, payload: unknown): Promise<unknown> {
    const r = await this.client.send(
      new InvokeCommand({
        FunctionName: functionName,
        InvocationType: 'RequestResponse',
        Payload: new TextEncoder().encode(JSON.stringify(payload)),
      }),
    );
    const text = r.Payload ? new TextDecoder().decode(r.Payload) : '';
    if (r.FunctionError) {
      let detail = text;
      try {
        const e = JSON.parse(text) as { errorType?: string; errorMessage?: string };
        detail = [e.errorType, e.errorMessage].filter(Boolean).join(': ') || text;
      } catch {
        // not JSON: quoted as it is, shortened
      }
      throw new FunctionError(`the function failed (${r.FunctionError}): ${detail.slice(0, QUOTED)}`);
    }
    try {
      return JSON.parse(text) as unknown;
    } catch {
      throw new SyntaxError(`the function's response is not JSON: ${JSON.stringify(text.slice(0, 80))}`);
    }
  }
}
