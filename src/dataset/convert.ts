// Other tools' dataset formats: recognised on a file's first records (so validation says "this is
// OpenAI's format" once, not once per line), and converted to bedrock-conversation-2024 by
// `bedrock-model-ci convert --from openai <in> <out>`.
//
// OpenAI's chat fine-tuning format (platform.openai.com/docs/guides/supervised-fine-tuning):
// {"messages": [{"role": "system"|"developer"|"user"|"assistant"|"tool", "content": "…" or
// [{"type": "text", "text": "…"}, …], "weight"?: 0|1, "tool_calls"?: […]}], "tools"?: […]}.
// Bedrock's (docs.aws.amazon.com/nova/latest/userguide/customize-fine-tune-prepare.html):
// {"schemaVersion": "bedrock-conversation-2024", "system": [{"text"}], "messages": [{"role":
// "user"|"assistant", "content": [{"text"}]}]}.
import { createReadStream } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { open, realpath, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { SCHEMA_VERSION } from './records.js';

export const FORMATS = ['openai'] as const;
export type Format = (typeof FORMATS)[number];

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Whether a record is in OpenAI's chat format rather than Bedrock's. */
export function isOpenAiRecord(record: unknown): boolean {
  if (!isObject(record) || record.schemaVersion !== undefined || !Array.isArray(record.messages)) return false;
  if (record.reference_answer !== undefined) return false; // Nova RFT's format, which validation explains
  return record.messages.some(
    (m) =>
      isObject(m) &&
      (typeof m.content === 'string' ||
        m.role === 'system' ||
        m.role === 'developer' ||
        m.role === 'tool' ||
        (Array.isArray(m.content) && m.content.some((part) => isObject(part) && typeof part.type === 'string'))),
  );
}

const SNIFF_BYTES = 256 * 1024;
const SNIFF_RECORDS = 5;

/**
 * The foreign format of a file, judged on its first records (up to 5 within 256 KiB): OpenAI's
 * when every one of them parsed is. Undefined when they are Bedrock's, or unreadable (the full
 * scan says why, line by line).
 */
export async function sniffFormat(file: string): Promise<{ format: Format; line: number } | undefined> {
  const handle = await open(file, 'r');
  let text: string;
  try {
    const buffer = Buffer.alloc(SNIFF_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, SNIFF_BYTES, 0);
    text = buffer.subarray(0, bytesRead).toString('utf8');
  } finally {
    await handle.close();
  }
  const lines = text.split('\n');
  if (lines.length > 1) lines.pop(); // the last may be cut off
  let seen = 0;
  let first = 0;
  for (let i = 0; i < lines.length && seen < SNIFF_RECORDS; i++) {
    if (lines[i]!.trim() === '') continue;
    let record: unknown;
    try {
      record = JSON.parse(lines[i]!);
    } catch {
      return undefined;
    }
    if (!isOpenAiRecord(record)) return undefined;
    seen += 1;
    first ||= i + 1;
  }
  return seen > 0 ? { format: 'openai', line: first } : undefined;
}

/** A line that could not be converted, and why. */
export interface ConvertProblem {
  readonly line: number;
  readonly message: string;
}

export interface ConvertResult {
  readonly records: number;
  /** records that were already bedrock-conversation-2024, written unchanged */
  readonly unchanged: number;
  readonly withSystem: number;
  /** turns whose OpenAI `weight` was 0 (Bedrock trains on every assistant turn) */
  readonly zeroWeights: number;
  /** top-level fields Bedrock does not read, dropped, with how many records had each */
  readonly dropped: Readonly<Record<string, number>>;
  readonly problems: readonly ConvertProblem[];
}

const textOfPart = (part: unknown, where: string): string => {
  if (isObject(part) && part.type === 'text' && typeof part.text === 'string') return part.text;
  const type = isObject(part) && typeof part.type === 'string' ? `a '${part.type.slice(0, 40)}' part` : 'a part';
  throw new Error(
    `${where} has ${type}; only text converts (images and files must be uploaded to S3 and referenced by hand, see docs/validation.md).`,
  );
};

const blocksOf = (content: unknown, where: string): Array<{ text: string }> => {
  if (typeof content === 'string') return [{ text: content }];
  if (Array.isArray(content)) return content.map((part) => ({ text: textOfPart(part, where) }));
  throw new Error(`${where} has no 'content' text.`);
};

/** One OpenAI record as Bedrock's; throws with the reason when it cannot be converted. */
export function fromOpenAi(record: unknown, counts: { zeroWeights: number; dropped: Record<string, number> }): object {
  if (!isObject(record)) throw new Error('The line is not a JSON object.');
  if (!Array.isArray(record.messages)) throw new Error("The record has no 'messages' list.");
  if (Array.isArray(record.tools) && record.tools.length > 0) {
    throw new Error(
      "The record declares 'tools': tool calls do not convert automatically (Nova 2 Lite takes toolConfig with toolUse/toolResult blocks); convert this record by hand.",
    );
  }
  for (const key of Object.keys(record)) if (key !== 'messages') counts.dropped[key] = (counts.dropped[key] ?? 0) + 1;
  const system: string[] = [];
  const messages: Array<{ role: 'user' | 'assistant'; content: Array<{ text: string }> }> = [];
  record.messages.forEach((m, index) => {
    const where = `Message ${index + 1}`;
    if (!isObject(m)) throw new Error(`${where} is not an object.`);
    if (m.role === 'system' || m.role === 'developer') {
      if (messages.length > 0) {
        throw new Error(
          `${where} is a ${m.role} message after the conversation began; Bedrock has one system prompt per record, before the turns. Move it to the start.`,
        );
      }
      system.push(
        blocksOf(m.content, where)
          .map((b) => b.text)
          .join('\n'),
      );
      return;
    }
    if (m.role === 'tool' || m.tool_calls !== undefined || m.function_call !== undefined) {
      throw new Error(
        `${where} is a tool call or result: these do not convert automatically (Nova 2 Lite takes toolUse/toolResult blocks); convert this record by hand.`,
      );
    }
    if (m.role !== 'user' && m.role !== 'assistant') {
      throw new Error(
        `${where} has role ${JSON.stringify(m.role)}; OpenAI's roles are system, developer, user, assistant, tool.`,
      );
    }
    if (m.weight === 0) counts.zeroWeights += 1;
    messages.push({ role: m.role, content: blocksOf(m.content, where) });
  });
  return {
    schemaVersion: SCHEMA_VERSION,
    ...(system.length ? { system: [{ text: system.join('\n') }] } : {}),
    messages,
  };
}

const MAX_PROBLEMS = 20;

/**
 * Converts `input` (JSONL in `format`) to bedrock-conversation-2024 at `output`, streaming. Writes
 * nothing when any line fails: the result lists the lines (at most 20) and why. The lines go to a
 * new file of a random name beside `output`, created exclusively (never through a file or a link
 * that is already there), then renamed over it; with `workspace` (on a runner), `output`'s folder
 * must resolve inside it.
 */
export async function convertFile(
  format: Format,
  input: string,
  output: string,
  options: { workspace?: string } = {},
): Promise<ConvertResult> {
  void format; // one format today; the parameter keeps the CLI's --from honest when a second arrives
  const dir = await realpath(path.dirname(path.resolve(output)));
  if (options.workspace) {
    const root = await realpath(options.workspace);
    if (dir !== root && !dir.startsWith(`${root}${path.sep}`))
      throw new Error(
        `the output's folder leads outside the repository checkout (GITHUB_WORKSPACE)${dir !== path.dirname(path.resolve(output)) ? ' through a symbolic link' : ''}: write it inside the checkout`,
      );
  }
  const partial = path.join(dir, `.${path.basename(output)}.${randomBytes(6).toString('hex')}.partial`);
  const out = await open(partial, 'wx', 0o644);
  const counts = { zeroWeights: 0, dropped: {} as Record<string, number> };
  const problems: ConvertProblem[] = [];
  let records = 0;
  let unchanged = 0;
  let withSystem = 0;
  let line = 0;
  try {
    const lines = createInterface({ input: createReadStream(input), crlfDelay: Infinity });
    for await (const text of lines) {
      line += 1;
      if (text.trim() === '') continue;
      try {
        let record: unknown;
        try {
          record = JSON.parse(text);
        } catch {
          throw new Error('The line is not valid JSON.');
        }
        let converted: object;
        if (isObject(record) && record.schemaVersion === SCHEMA_VERSION) {
          converted = record;
          unchanged += 1;
        } else {
          converted = fromOpenAi(record, counts);
        }
        if ('system' in converted) withSystem += 1;
        records += 1;
        if (problems.length === 0) await out.write(`${JSON.stringify(converted)}\n`);
      } catch (error) {
        if (problems.length < MAX_PROBLEMS) problems.push({ line, message: (error as Error).message });
        else if (problems.length === MAX_PROBLEMS) problems.push({ line, message: 'and more lines like these.' });
      }
    }
  } catch (error) {
    await out.close();
    await rm(partial, { force: true });
    throw error;
  }
  await out.close();
  if (problems.length) await rm(partial, { force: true });
  else await rename(partial, path.join(dir, path.basename(output)));
  return { records, unchanged, withSystem, zeroWeights: counts.zeroWeights, dropped: counts.dropped, problems };
}
