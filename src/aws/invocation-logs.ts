// Bedrock model invocation logging, as delivered to S3 (user guide, "Monitor model invocation
// using CloudWatch Logs and Amazon S3"): objects under
// <prefix>/AWSLogs/<account>/BedrockModelInvocationLogs/<region>/<YYYY>/<MM>/<DD>/<HH>/, gzipped
// JSON, one record per line, each
//   { schemaType: "ModelInvocationLog", schemaVersion: "1.0", timestamp, accountId, region,
//     requestId, operation: "Converse" | "ConverseStream" | "InvokeModel" | …, modelId,
//     input: { inputContentType, inputBodyJson, inputTokenCount },
//     output: { outputContentType, outputBodyJson, outputTokenCount }, errorCode? }.
// Whether a file holds one record per line or one pretty-printed record is not stated: both are
// read, gzipped or not (docs/aws-assumptions.md). Records are streamed, one object at a time.
import { createGunzip } from 'node:zlib';
import { type Readable } from 'node:stream';
import { createInterface } from 'node:readline';
import { GetObjectCommand, ListObjectsV2Command, type S3Client } from '@aws-sdk/client-s3';
import type { S3Location } from '../settings.js';

/** One logged Converse call, as much of it as a replay needs. */
export interface LoggedCall {
  readonly at: Date;
  readonly modelId: string;
  readonly operation: string;
  readonly system: Array<{ text: string }>;
  readonly messages: Array<{ role: 'user' | 'assistant'; content: Array<{ text: string }> }>;
  /** the answer production gave; undefined when the call failed */
  readonly answer?: string;
  readonly latencyMs?: number;
  /** the request's input tokens as logged (input.inputTokenCount) */
  readonly inputTokens?: number;
  readonly errorCode?: string;
  /** an image, document or video block: not replayed */
  readonly media: boolean;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A log record as a LoggedCall; undefined for what is not one (another schema, a broken line). */
export function readRecord(record: unknown): LoggedCall | undefined {
  if (!isObject(record) || record.schemaType !== 'ModelInvocationLog') return undefined;
  const at = new Date(String(record.timestamp));
  if (Number.isNaN(at.getTime()) || typeof record.modelId !== 'string') return undefined;
  const input = isObject(record.input) && isObject(record.input.inputBodyJson) ? record.input.inputBodyJson : {};
  const output = isObject(record.output) && isObject(record.output.outputBodyJson) ? record.output.outputBodyJson : {};
  let media = false;
  const blocks = (content: unknown): Array<{ text: string }> =>
    (Array.isArray(content) ? content : []).flatMap((b) => {
      if (isObject(b) && typeof b.text === 'string') return [{ text: b.text }];
      if (isObject(b) && (b.image || b.document || b.video)) media = true;
      return [];
    });
  const messages = (Array.isArray(input.messages) ? input.messages : []).flatMap((m) =>
    isObject(m) && (m.role === 'user' || m.role === 'assistant') ? [{ role: m.role, content: blocks(m.content) }] : [],
  );
  const message = isObject(output.output) && isObject(output.output.message) ? output.output.message : undefined;
  const answer = message
    ? blocks(message.content)
        .map((b) => b.text)
        .join('')
    : undefined;
  const metrics = isObject(output.metrics) ? output.metrics : {};
  return {
    at,
    modelId: record.modelId,
    operation: typeof record.operation === 'string' ? record.operation : '',
    system: blocks(input.system),
    messages: messages as LoggedCall['messages'],
    answer: typeof record.errorCode === 'string' ? undefined : answer,
    latencyMs: typeof metrics.latencyMs === 'number' ? metrics.latencyMs : undefined,
    inputTokens:
      isObject(record.input) && typeof record.input.inputTokenCount === 'number'
        ? record.input.inputTokenCount
        : undefined,
    errorCode: typeof record.errorCode === 'string' ? record.errorCode : undefined,
    media,
  };
}

/**
 * Whether a logged call went to this endpoint. The log's `modelId` is what the caller passed:
 * the deployment's ARN, its name, or an ARN that ends with its id (docs/aws-assumptions.md).
 */
export function servedBy(endpoint: { readonly name: string; readonly deploymentArn: string }) {
  const id = endpoint.deploymentArn.split('/').pop();
  return (modelId: string): boolean =>
    modelId === endpoint.deploymentArn || modelId === endpoint.name || (id !== undefined && modelId.endsWith(`/${id}`));
}

/** The account an ARN belongs to: where its invocation logs are filed. */
export const accountOf = (arn: string): string => arn.split(':')[4] ?? '';

const pad = (n: number) => String(n).padStart(2, '0');

export class InvocationLogs {
  constructor(
    private readonly s3: S3Client,
    private readonly location: S3Location,
    private readonly expectedBucketOwner?: string,
  ) {}

  /** The hour folders (`…/YYYY/MM/DD/HH/`) a window covers, oldest first. */
  hourPrefixes(account: string, region: string, since: Date, until: Date): string[] {
    const base = `${this.location.prefix ? `${this.location.prefix}/` : ''}AWSLogs/${account}/BedrockModelInvocationLogs/${region}/`;
    const out: string[] = [];
    const t = new Date(Date.UTC(since.getUTCFullYear(), since.getUTCMonth(), since.getUTCDate(), since.getUTCHours()));
    for (; t <= until; t.setUTCHours(t.getUTCHours() + 1))
      out.push(
        `${base}${t.getUTCFullYear()}/${pad(t.getUTCMonth() + 1)}/${pad(t.getUTCDate())}/${pad(t.getUTCHours())}/`,
      );
    return out;
  }

  /** Every record logged in the window, streamed object by object, oldest hour first. */
  async *calls(account: string, region: string, since: Date, until: Date): AsyncGenerator<LoggedCall> {
    for (const prefix of this.hourPrefixes(account, region, since, until)) {
      let token: string | undefined;
      do {
        const page = await this.s3.send(
          new ListObjectsV2Command({
            Bucket: this.location.bucket,
            Prefix: prefix,
            ContinuationToken: token,
            ExpectedBucketOwner: this.expectedBucketOwner,
          }),
        );
        for (const object of page.Contents ?? []) {
          for await (const call of this.read(object.Key!)) if (call.at >= since && call.at <= until) yield call;
        }
        token = page.NextContinuationToken;
      } while (token);
    }
  }

  private async *read(key: string): AsyncGenerator<LoggedCall> {
    const r = await this.s3.send(
      new GetObjectCommand({ Bucket: this.location.bucket, Key: key, ExpectedBucketOwner: this.expectedBucketOwner }),
    );
    const body = r.Body as Readable;
    const gzipped = key.endsWith('.gz') || r.ContentEncoding === 'gzip';
    const lines = createInterface({ input: gzipped ? body.pipe(createGunzip()) : body, crlfDelay: Infinity });
    let pending = '';
    for await (const line of lines) {
      // one record per line, or one record over many lines: a line that does not parse is joined to the next
      const text = pending ? `${pending}\n${line}` : line;
      if (text.trim() === '') continue;
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch {
        pending = text.length < 16 << 20 ? text : '';
        continue;
      }
      pending = '';
      const call = readRecord(parsed);
      if (call) yield call;
    }
  }
}
