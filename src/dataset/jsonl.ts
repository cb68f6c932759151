import { open } from 'node:fs/promises';
import { isUtf8 } from 'node:buffer';
import type { ProblemLog } from './problems.js';

export interface JsonlRange {
  /** lines that start in the range */
  readonly lines: number;
  /** bytes of those lines, newlines included */
  readonly bytes: number;
  /** lines ending in CRLF, and the first of them (0: none) */
  readonly crlfLines: number;
  readonly firstCrlfLine: number;
}

/**
 * JSON.parse's reason without the text it quotes: a line may be anything (a symlink to a runner
 * file, credentials), and messages describe it rather than echo it.
 */
function jsonError(error: unknown): string {
  const message = (error as Error).message;
  const quoted = /^(Unexpected token) '.+?', ".*"(?:\.\.\.)? is not valid JSON$/s.exec(message);
  return quoted ? `${quoted[1]} (the line is not JSON from its first characters)` : message.replace(/"[^"]*"/g, '…');
}

export type RecordVisitor = (record: Record<string, unknown>, line: number) => void;

/**
 * The longest line read as a record. The largest model context (Nova Micro 128k … Premier 1M tokens)
 * holds a few MB of text, and media are references, so a longer line cannot be a valid record; it is
 * skipped with an error instead of being held (a 300 MB line took 1.5 GB to parse).
 */
export const MAX_LINE_BYTES = 16 << 20;

const NEWLINE = 0x0a;
const CR = 0x0d;
const READ_BYTES = 1 << 18;
// Read buffers, reused from one read and one range to the next (what is carried over to the next
// read is copied). A fresh buffer per read — a stream's, or one per range — lived long enough to
// escape the collector's quick passes and held 30 MB per worker thread until a full collection.
const readBuffers: Buffer[] = [];

/**
 * Reads the lines of a JSONL file that start in bytes [start, end) — the whole file by default —
 * in chunks, so memory does not grow with the file (a line over MAX_LINE_BYTES is counted, not kept). A line belongs to the range it starts in,
 * so ranges that tile the file read every line exactly once. Line numbers are counted from the
 * range's first line (1). Framing problems are reported with their line; each line that is a
 * JSON object goes to `visit`. CRLF endings are counted for the caller, who reports them once
 * for the whole file.
 */
export async function readJsonl(
  path: string,
  name: string,
  problems: ProblemLog,
  visit: RecordVisitor,
  range: { start?: number; end?: number } = {},
): Promise<JsonlRange> {
  const start = range.start ?? 0;
  const end = range.end ?? Infinity;
  let bytes = 0;
  let line = 0;
  let carry: Buffer[] = [];
  // Bytes of the line being carried over chunks; past MAX_LINE_BYTES it is counted, not kept.
  let carried = 0;
  let oversize = false;
  let crlfLines = 0;
  let firstCrlfLine = 0;
  // Where the stream is, in the file; and whether we are still skipping the line before `start`.
  let position = Math.max(0, start - 1);
  let skipping = start > 0;
  let lineStart = start;
  let done = false;

  const tooLong = (length: number, terminated: boolean): void => {
    line += 1;
    bytes += length + (terminated ? 1 : 0);
    problems.add(
      'jsonl/line-too-long',
      name,
      line,
      `The line is ${(length / 2 ** 20).toFixed(0)} MiB, over the ${MAX_LINE_BYTES / 2 ** 20} MiB a record can take (a model's whole context is a few MB of text; media go by s3:// reference). It was not read. Split the record, or move media to S3.`,
    );
  };
  const carryOn = (part: Buffer): void => {
    carried += part.length;
    if (carried > MAX_LINE_BYTES) {
      oversize = true;
      carry = [];
    } else carry.push(part);
  };

  const handle = (buf: Buffer, from: number, to: number, terminated: boolean): void => {
    line += 1;
    bytes += to - from + (terminated ? 1 : 0);
    if (
      start === 0 &&
      line === 1 &&
      to - from >= 3 &&
      buf[from] === 0xef &&
      buf[from + 1] === 0xbb &&
      buf[from + 2] === 0xbf
    ) {
      problems.add(
        'jsonl/bom',
        name,
        1,
        'The file starts with a UTF-8 byte-order mark, which Bedrock does not accept. Save the file as UTF-8 without BOM.',
      );
      from += 3;
    }
    if (to > from && buf[to - 1] === CR) {
      to -= 1;
      crlfLines += 1;
      if (firstCrlfLine === 0) firstCrlfLine = line;
    }
    if (to === from) {
      problems.add(
        'jsonl/blank-line',
        name,
        line,
        'Blank line. JSONL has exactly one record per line; delete this line.',
      );
      return;
    }
    const slice = buf.subarray(from, to);
    if (!isUtf8(slice)) {
      problems.add('jsonl/invalid-utf8', name, line, 'The line is not valid UTF-8. Re-encode the file as UTF-8.');
      return;
    }
    const text = buf.toString('utf8', from, to);
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      const reason = jsonError(error);
      if (!terminated) {
        problems.add(
          'jsonl/truncated',
          name,
          line,
          `The last line is cut off (no closing newline, and it is not complete JSON: ${reason}). The file was probably truncated; regenerate it.`,
        );
      } else {
        problems.add(
          'jsonl/invalid-json',
          name,
          line,
          `Not valid JSON: ${reason}. Each line must be one complete JSON object.`,
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

  const file = await open(path, 'r');
  const buffer = readBuffers.pop() ?? Buffer.allocUnsafe(READ_BYTES);
  try {
    for (;;) {
      const { bytesRead } = await file.read(buffer, 0, READ_BYTES, position);
      if (bytesRead === 0) break;
      const chunk = buffer.subarray(0, bytesRead);
      let pos = 0;
      if (skipping) {
        // The line that began before `start` belongs to the range before this one.
        const nl = chunk.indexOf(NEWLINE);
        if (nl === -1) {
          position += chunk.length;
          continue;
        }
        skipping = false;
        pos = nl + 1;
        lineStart = position + pos;
      }
      for (let nl = chunk.indexOf(NEWLINE, pos); nl !== -1; nl = chunk.indexOf(NEWLINE, pos)) {
        if (lineStart >= end) {
          done = true;
          break;
        }
        if (oversize) {
          tooLong(carried + nl - pos, true);
          oversize = false;
        } else if (carry.length > 0) {
          carry.push(chunk.subarray(pos, nl));
          const joined = Buffer.concat(carry);
          carry = [];
          handle(joined, 0, joined.length, true);
        } else {
          handle(chunk, pos, nl, true);
        }
        carried = 0;
        pos = nl + 1;
        lineStart = position + pos;
      }
      position += chunk.length;
      if (done || lineStart >= end) {
        done = true;
        break;
      }
      if (pos < chunk.length) carryOn(Buffer.from(chunk.subarray(pos)));
    }
  } finally {
    readBuffers.push(buffer);
    await file.close();
  }
  if (!done && !skipping && oversize) tooLong(carried, false);
  else if (!done && !skipping && carry.length > 0) {
    const joined = Buffer.concat(carry);
    handle(joined, 0, joined.length, false);
  }
  return { lines: line, bytes, crlfLines, firstCrlfLine };
}
