// What a turn carries besides text: media (its limits and token allowance) and tool use, and the token estimate.
import { describe, isObject } from './json-shape.js';
import { shown } from '../io/printable.js';
import { type Modality } from '../models.js';
import type { RecordContext } from './record-types.js';

/** The characters a token stands for in the estimate: Nova's tokenizer averages about four on English. */
export const CHARS_PER_TOKEN = 4;

/**
 * What a medium adds to the estimate: Bedrock bills the tokens Nova's encoder makes of an image,
 * a video or a document, which depend on its resolution, length and pages and cannot be read from
 * the record (the bytes are in S3). Documented allowances, so media are never counted as free.
 */
export const MEDIA_TOKEN_ALLOWANCE = { image: 1_600, video: 10_000, document: 4_000 } as const;

export const mediaTokens = (images: number, videos: number, documents: number) =>
  images * MEDIA_TOKEN_ALLOWANCE.image +
  videos * MEDIA_TOKEN_ALLOWANCE.video +
  documents * MEDIA_TOKEN_ALLOWANCE.document;

/** The characters of a JSON value as the model reads it (tool specs, tool inputs and results). */
export function jsonChars(value: unknown): number {
  if (value === undefined) return 0;
  if (typeof value === 'string') return value.length;
  try {
    return JSON.stringify(value)?.length ?? 0;
  } catch {
    return 0;
  }
}

export function checkMedia(value: unknown, kind: Modality, turn: string, ctx: RecordContext): void {
  const allowed = kind === 'image' ? ctx.model.imageFormats : kind === 'video' ? ctx.model.videoFormats : ['pdf'];
  const format = isObject(value) ? value.format : undefined;
  if (typeof format !== 'string' || (allowed.length > 0 && !allowed.includes(format.toLowerCase()))) {
    ctx.report(
      'media/format',
      `${turn} has a ${kind} with format ${describe(format)}; ${ctx.model.label} takes ${allowed.join(', ') || 'no media'}.`,
    );
  }
  const uri =
    isObject(value) && isObject(value.source) && isObject(value.source.s3Location)
      ? value.source.s3Location.uri
      : undefined;
  if (typeof uri !== 'string' || !/^s3:\/\/[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]\/\S+$/.test(uri)) {
    const bytes = isObject(value) && isObject(value.source) && value.source.bytes !== undefined;
    ctx.report(
      'media/location',
      `${turn} ${kind} must be {"source": {"s3Location": {"uri": "s3://bucket/key"}}}${bytes ? '; inline bytes are not accepted in training data' : ''}; it is ${describe(uri)}.`,
    );
    return;
  }
  const bucket = uri.slice(5).split('/')[0];
  if (ctx.bucket && bucket !== ctx.bucket) {
    ctx.report(
      'media/location',
      `${turn} ${kind} is in bucket ${shown(bucket)}, but the dataset goes to '${ctx.bucket}' ('s3-uri'); Bedrock reads media only from the dataset's bucket. Copy the file there and update the uri.`,
    );
  }
}

export function checkTool(
  type: 'toolUse' | 'toolResult',
  value: unknown,
  role: unknown,
  turn: string,
  declared: Set<string>,
  used: Set<string>,
  answered: Set<string>,
  ctx: RecordContext,
): void {
  if (!ctx.model.tools) {
    ctx.report(
      'tools/not-supported',
      `${turn} has ${type}, but ${ctx.model.label} does not take tool use in fine-tuning data (Nova 2 Lite does).`,
    );
    return;
  }
  const id = isObject(value) ? value.toolUseId : undefined;
  if (typeof id !== 'string' || id.trim() === '') {
    ctx.report('tools/invalid', `${turn} ${type} needs a non-empty 'toolUseId'.`);
    return;
  }
  if (type === 'toolUse') {
    const name = isObject(value) ? value.name : undefined;
    if (role !== 'assistant')
      ctx.report('tools/invalid', `${turn} is ${shown(role)} and has toolUse; tool calls are made in assistant turns.`);
    if (typeof name !== 'string' || !declared.has(name))
      ctx.report('tools/invalid', `${turn} calls tool ${describe(name)}, which 'toolConfig.tools' does not declare.`);
    if (used.has(id))
      ctx.report('tools/invalid', `${turn} reuses toolUseId ${shown(id)}; ids are unique within a record.`);
    used.add(id);
  } else {
    if (role !== 'user')
      ctx.report(
        'tools/invalid',
        `${turn} is ${shown(role)} and has toolResult; tool results come back in user turns.`,
      );
    if (!used.has(id))
      ctx.report('tools/invalid', `${turn} answers toolUseId ${shown(id)}, which no earlier toolUse has.`);
    else if (answered.has(id)) ctx.report('tools/invalid', `${turn} answers toolUseId ${shown(id)} a second time.`);
    answered.add(id);
  }
}
