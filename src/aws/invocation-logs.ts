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
//
// The logs are written by production's users as much as by AWS: what they send decides how large a
// record is. So every object and every record is bounded (MAX_OBJECT_BYTES decompressed,
// MAX_RECORD_BYTES), whatever goes past a bound is skipped and counted in `skipped`, and records
// are found by one pass over the bytes (JSON nesting, outside strings), never by re-parsing.
import { createGunzip } from 'node:zlib';
import { type Readable } from 'node:stream';
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
  /** who called: the record's identity.arn (an assumed-role session, a user), '' when not logged */
  readonly caller: string;
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
    caller: isObject(record.identity) && typeof record.identity.arn === 'string' ? record.identity.arn : '',
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

/** Decompressed bytes read of one log object; the rest of a larger one is skipped. */
export const MAX_OBJECT_BYTES = 64 << 20;
/** A record's bytes: Bedrock logs a body over 100 KB to S3 instead, so a larger record is not AWS's. */
export const MAX_RECORD_BYTES = 1 << 20;

/** What the reader passed over, for the report to say. */
export interface SkippedLogs {
  /** objects cut at MAX_OBJECT_BYTES */
  objects: number;
  /** records over MAX_RECORD_BYTES */
  records: number;
  /** records that are not JSON, or never close */
  broken: number;
}

/**
 * The records of a stream of log bytes: each top-level JSON object (one a line, or one over many
 * lines), found by one pass that follows nesting outside strings. A record over `maxRecord` bytes,
 * or the bytes past `maxObject`, are skipped and counted; memory holds one record at most.
 */
export async function* records(
  body: AsyncIterable<Buffer> | Iterable<Buffer>,
  skipped: SkippedLogs,
  { maxObject = MAX_OBJECT_BYTES, maxRecord = MAX_RECORD_BYTES } = {},
): AsyncGenerator<unknown> {
  let depth = 0;
  let inString = false;
  let escaped = false;
  let parts: Buffer[] = [];
  let size = 0;
  let oversized = false;
  let read = 0;
  for await (const chunk of body) {
    const room = maxObject - read;
    const bytes = chunk.length > room ? chunk.subarray(0, room) : chunk;
    read += bytes.length;
    let start = depth > 0 ? 0 : -1;
    for (let i = 0; i < bytes.length; i++) {
      const c = bytes[i]!;
      if (inString) {
        if (escaped) escaped = false;
        else if (c === 0x5c) escaped = true;
        else if (c === 0x22) inString = false;
        continue;
      }
      if (c === 0x22) inString = depth > 0;
      else if (c === 0x7b || c === 0x5b) {
        if (depth === 0) {
          if (c === 0x5b) continue; // a stray array at the top: not a record
          start = i;
          parts = [];
          size = 0;
          oversized = false;
        }
        depth += 1;
      } else if ((c === 0x7d || c === 0x5d) && depth > 0) {
        depth -= 1;
        if (depth > 0) continue;
        const piece = bytes.subarray(start, i + 1);
        start = -1;
        if (oversized || size + piece.length > maxRecord) {
          skipped.records += 1;
          continue;
        }
        const text = Buffer.concat([...parts, piece]).toString('utf8');
        parts = [];
        let parsed: unknown;
        try {
          parsed = JSON.parse(text);
        } catch {
          skipped.broken += 1;
          continue;
        }
        yield parsed;
      }
    }
    if (depth > 0 && start >= 0) {
      // the record goes on in the next chunk: keep its bytes, up to the bound
      const piece = bytes.subarray(start);
      if (!oversized && size + piece.length <= maxRecord) {
        parts.push(Buffer.from(piece));
        size += piece.length;
      } else {
        oversized = true;
        parts = [];
      }
    }
    if (read >= maxObject) {
      skipped.objects += 1;
      return;
    }
  }
  if (depth > 0) skipped.broken += 1;
}

export class InvocationLogs {
  /** what the reads so far passed over */
  readonly skipped: SkippedLogs = { objects: 0, records: 0, broken: 0 };

  /** How many records the reads so far could not use: over a bound, not JSON, or in a cut object. */
  unreadable(): number {
    return this.skipped.objects + this.skipped.records + this.skipped.broken;
  }

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
    const stream = gzipped ? body.pipe(createGunzip()) : body;
    // a broken gzip stream ends this object's records, counted; it never ends the process
    stream.on('error', () => undefined);
    try {
      for await (const record of records(stream, this.skipped)) {
        const call = readRecord(record);
        if (call) yield call;
      }
    } catch {
      this.skipped.broken += 1;
    } finally {
      stream.destroy();
      body.destroy();
    }
  }
}
