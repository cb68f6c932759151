import { createReadStream } from 'node:fs';
import { isUtf8 } from 'node:buffer';
import type { ProblemLog } from './problems.js';

export interface JsonlFile {
  readonly bytes: number;
  readonly lines: number;
}

export type RecordVisitor = (record: Record<string, unknown>, line: number) => void;

const NEWLINE = 0x0a;
const CR = 0x0d;

/**
 * Reads a JSONL file once, in chunks, so memory stays flat whatever its size. Framing problems
 * are reported with their line; each line that is a JSON object goes to `visit`.
 */
export async function readJsonl(
  path: string,
  name: string,
  problems: ProblemLog,
  visit: RecordVisitor,
): Promise<JsonlFile> {
  let bytes = 0;
  let line = 0;
  let carry: Buffer[] = [];
  let crlfLines = 0;
  let firstCrlfLine = 0;

  const handle = (buf: Buffer, start: number, end: number, terminated: boolean): void => {
    line += 1;
    if (line === 1 && end - start >= 3 && buf[start] === 0xef && buf[start + 1] === 0xbb && buf[start + 2] === 0xbf) {
      problems.add(
        'jsonl/bom',
        name,
        1,
        'The file starts with a UTF-8 byte-order mark, which Bedrock does not accept. Save the file as UTF-8 without BOM.',
      );
      start += 3;
    }
    if (end > start && buf[end - 1] === CR) {
      end -= 1;
      crlfLines += 1;
      if (firstCrlfLine === 0) firstCrlfLine = line;
    }
    if (end === start) {
      problems.add(
        'jsonl/blank-line',
        name,
        line,
        'Blank line. JSONL has exactly one record per line; delete this line.',
      );
      return;
    }
    const slice = buf.subarray(start, end);
    if (!isUtf8(slice)) {
      problems.add('jsonl/invalid-utf8', name, line, 'The line is not valid UTF-8. Re-encode the file as UTF-8.');
      return;
    }
    const text = buf.toString('utf8', start, end);
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      if (!terminated) {
        problems.add(
          'jsonl/truncated',
          name,
          line,
          `The last line is cut off (no closing newline, and it is not complete JSON: ${(error as Error).message}). The file was probably truncated; regenerate it.`,
        );
      } else {
        problems.add(
          'jsonl/invalid-json',
          name,
          line,
          `Not valid JSON: ${(error as Error).message}. Each line must be one complete JSON object.`,
        );
      }
      return;
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      problems.add(
        'jsonl/not-object',
        name,
        line,
        `The line is JSON ${value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value}, not an object. Each line must be one record object.`,
      );
      return;
    }
    visit(value as Record<string, unknown>, line);
  };

  const stream = createReadStream(path, { highWaterMark: 1 << 18 });
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    bytes += chunk.length;
    let pos = 0;
    for (let nl = chunk.indexOf(NEWLINE, pos); nl !== -1; nl = chunk.indexOf(NEWLINE, pos)) {
      if (carry.length > 0) {
        carry.push(chunk.subarray(pos, nl));
        const joined = Buffer.concat(carry);
        carry = [];
        handle(joined, 0, joined.length, true);
      } else {
        handle(chunk, pos, nl, true);
      }
      pos = nl + 1;
    }
    if (pos < chunk.length) carry.push(chunk.subarray(pos));
  }
  if (carry.length > 0) {
    const joined = Buffer.concat(carry);
    handle(joined, 0, joined.length, false);
  }
  if (crlfLines > 0) {
    problems.add(
      'jsonl/crlf',
      name,
      firstCrlfLine,
      `${crlfLines} line(s) end with CRLF (Windows line endings), the first here. Bedrock reads them, but convert to LF (e.g. \`git config core.autocrlf input\`) to keep diffs and content hashes stable.`,
    );
  }
  return { bytes, lines: line };
}
