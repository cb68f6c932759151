// The per-line work of validation — framing, the record's own checks, its size — over a byte range
// of one file. It runs in worker threads for large files (see parallel.ts) and in-process for small
// ones, and returns what the checks across records need as a few numbers per record (and the
// range's distinct answers and system prompts), so that the main thread can replay those checks in
// line order: the findings, their lines and their order are the same however the file was split.
import { findBaseModel, type CustomizationType, type Modality } from '../models.js';
import { ProblemLog, type Problem, type ProblemPolicy } from './problems.js';
import { readJsonl, type JsonlRange } from './jsonl.js';
import { checkConversation } from './records.js';
import type { RecordContext } from './record-types.js';
import { CHARS_PER_TOKEN } from './content.js';
import { checkRft } from './rft-records.js';
import type { RuleId } from '../rules.js';
import { MAX_LABEL_CHARS, answerHash, answerKey, promptHash } from './keys.js';
import { injectionShape } from '../lib/rubric.js';
import { clip } from '../lib/format.js';

export type DatasetRole = 'training' | 'validation' | 'test';

export interface ScanOptions {
  readonly role: DatasetRole;
  /** the file as the user named it, for problems */
  readonly name: string;
  readonly modelId: string;
  readonly customizationType: CustomizationType;
  /** where media must live: the bucket of `s3-uri`, when known */
  readonly bucket?: string;
  readonly policy: ProblemPolicy;
  /** test answers are patterns for 'scorer: regex': check that they can be run */
  readonly regexAnswers?: boolean;
  /** 'scorer: judge': the rubric's tag names, which answers and test fields should not carry */
  readonly judgeTags?: readonly string[];
}

/** A distinct answer of a range, in the order of its first record. */
export interface AnswerFacts {
  /** records of the range that give it */
  readonly count: number;
  /** the answer's key (keys.ts) as two 32-bit halves: equal keys, equal answers */
  readonly key1: number;
  readonly key2: number;
  /** the answer, quoted and shortened for messages */
  readonly quote: string;
  /** the trimmed answer, when short enough to be a class label */
  readonly label?: string;
}

/** A distinct system prompt of a range, in the order of its first record. */
export interface SystemFacts {
  readonly text: string;
  readonly count: number;
  /** its first line, counted from the range's first line (1) */
  readonly line: number;
}

/**
 * What the checks across records (duplicates, leakage, mixed media) need of each record that passed
 * its own checks, in line order, as columns of numbers: they cross from a worker thread as whole
 * buffers rather than object by object, and the main thread reads them without allocating.
 */
export interface RecordColumns {
  readonly count: number;
  /** line, counted from the range's first line (1) */
  readonly line: Int32Array;
  /** the prompt's key (keys.ts) as two 32-bit halves per record; meaningful when flags say so */
  readonly prompt: Int32Array;
  /** index into ChunkScan.answers */
  readonly answer: Int32Array;
  /** HAS_PROMPT, and the record's media modality (MODALITIES index + 1) from bit 1 on */
  readonly flags: Uint8Array;
}

export const HAS_PROMPT = 1;
export const MODALITIES: readonly Modality[] = ['image', 'video', 'document'];

export interface ChunkScan {
  readonly lines: number;
  /** problems kept, in line order (lines counted from the range's first) */
  readonly problems: readonly Problem[];
  /** every counted problem per rule, kept or not */
  readonly counts: ReadonlyArray<readonly [RuleId, number]>;
  readonly records: RecordColumns;
  readonly answers: readonly AnswerFacts[];
  readonly systems: readonly SystemFacts[];
  readonly chars: number;
  readonly maxChars: number;
  readonly crlfLines: number;
  readonly firstCrlfLine: number;
}

/** Columns that grow as records come; reused from one range to the next (see `builders`). */
class ColumnBuilder {
  count = 0;
  private line = new Int32Array(1024);
  private prompt = new Int32Array(2048);
  private answer = new Int32Array(1024);
  private flags = new Uint8Array(1024);

  /** Adds a row; the prompt's key is then written to promptKeys at 2 × the returned row. */
  add(line: number, answer: number, flags: number): number {
    if (this.count === this.line.length) {
      const grow = <T extends Int32Array | Uint8Array>(a: T, n: number): T => {
        const b = new (a.constructor as new (n: number) => T)(n);
        b.set(a);
        return b;
      };
      this.line = grow(this.line, this.count * 2);
      this.prompt = grow(this.prompt, this.count * 4);
      this.answer = grow(this.answer, this.count * 2);
      this.flags = grow(this.flags, this.count * 2);
    }
    const row = this.count++;
    this.line[row] = line;
    this.answer[row] = answer;
    this.flags[row] = flags;
    return row;
  }

  get promptKeys(): Int32Array {
    return this.prompt;
  }

  get capacity(): number {
    return this.line.length;
  }

  /** A copy of the rows added, in one buffer (one object to move to another thread). */
  done(): RecordColumns {
    const n = this.count;
    const buffer = new ArrayBuffer(17 * n);
    const columns = {
      count: n,
      line: new Int32Array(buffer, 0, n),
      answer: new Int32Array(buffer, 4 * n, n),
      prompt: new Int32Array(buffer, 8 * n, 2 * n),
      flags: new Uint8Array(buffer, 16 * n, n),
    };
    columns.line.set(this.line.subarray(0, n));
    columns.answer.set(this.answer.subarray(0, n));
    columns.prompt.set(this.prompt.subarray(0, 2 * n));
    columns.flags.set(this.flags.subarray(0, n));
    return columns;
  }
}

// Builders not in use. A range's columns were garbage the moment they were sent, and a worker
// thread held megabytes of them between full collections; now only the sent copy is new.
const builders: ColumnBuilder[] = [];
const MAX_KEPT_ROWS = 1 << 16;

/** The buffer of a scan's columns: moved, not copied, to the thread that reads them. */
export function transferables(scan: ChunkScan): ArrayBuffer[] {
  return [scan.records.line.buffer as ArrayBuffer];
}

/** Rough tokens for text: Nova's tokenizer averages about four characters a token on English. */
export const estimateTokens = (chars: number): number => Math.ceil(chars / CHARS_PER_TOKEN);

const QUOTE_CHARS = 40;
const SCRATCH = new Int32Array(2);

export function quote(text: string): string {
  return JSON.stringify(clip(text, QUOTE_CHARS));
}

type Scorers = typeof import('../lib/pattern.js');

function checkPattern(pattern: string, scorers: Scorers, ctx: RecordContext): void {
  try {
    scorers.compilePattern(pattern);
  } catch (error) {
    ctx.report(
      'test/regex-pattern',
      `With 'scorer: regex' the expected answer is a pattern, and this one cannot be run safely: ${(error as Error).message}. Patterns run in RE2 (linear time: no backreferences or lookaround), at most ${scorers.MAX_PATTERN_CHARS} characters; rewrite it, or use another scorer.`,
    );
  }
}

/**
 * With `scorer: judge`: a training answer (what the model learns to say) or a test field (what the
 * judge reads) that carries the rubric's tags or a verdict-shaped JSON is how an answer talks to
 * its judge. The judge's request escapes it; the warning says someone may be trying.
 */
function checkJudgeData(
  checked: { prompt: readonly string[]; answer: string },
  role: DatasetRole,
  tags: readonly string[],
  ctx: RecordContext,
): void {
  const fields: Array<[string, string]> = [[role === 'test' ? 'expected answer' : 'answer', checked.answer]];
  if (role === 'test') checked.prompt.forEach((p) => fields.push(['prompt', p]));
  for (const [what, text] of fields) {
    const shape = injectionShape(text, tags);
    if (shape) {
      ctx.report(
        'judge/injection',
        `The ${what} carries ${shape}: with 'scorer: judge' an answer shaped like this tries to speak to the judge. The judge reads it as escaped data, but check where it came from.`,
      );
      return;
    }
  }
}

/** Scans the lines of `path` that start in [start, end). */
export async function scanChunk(path: string, start: number, end: number, options: ScanOptions): Promise<ChunkScan> {
  const model = findBaseModel(options.modelId);
  if (!model) throw new Error(`unknown base model ${options.modelId}`);
  const problems = new ProblemLog(options.policy);
  const rft = options.customizationType === 'rft';
  // The regex engine (RE2) is loaded only to check a test set's patterns: a worker starts without it.
  const scorers = options.regexAnswers && options.role === 'test' ? await import('../lib/pattern.js') : undefined;
  const columns = builders.pop() ?? new ColumnBuilder();
  columns.count = 0;
  const answers: Array<{ count: number; key1: number; key2: number; quote: string; label?: string }> = [];
  const answerIndex = new Map<string, number>();
  const systems: Array<{ text: string; count: number; line: number }> = [];
  const systemIndex = new Map<string, number>();
  let lastSystem: (typeof systems)[number] | undefined;
  let chars = 0;
  let maxChars = 0;
  let line = 0;
  const ctx: RecordContext = {
    model,
    bucket: options.bucket,
    answerOptional: options.customizationType === 'distillation' && options.role !== 'test',
    schemaRequired: options.role !== 'test',
    report: (rule, message) => problems.add(rule, options.name, line, message),
  };
  let result: JsonlRange;
  let records: RecordColumns;
  try {
    result = await readJsonl(
      path,
      options.name,
      problems,
      (record, at) => {
        line = at;
        const rftRecord =
          rft &&
          (options.role !== 'test' ||
            'reference_answer' in record ||
            typeof (record.messages as Array<{ content?: unknown }> | undefined)?.[0]?.content === 'string');
        const checked = rftRecord ? checkRft(record, ctx) : checkConversation(record, ctx);
        if (!checked) return;
        const tokens = estimateTokens(checked.chars);
        if (tokens > model.contextTokens) {
          ctx.report(
            'size/record-too-long',
            `The record is about ${tokens.toLocaleString('en-US')} tokens, more than ${model.label}'s ${model.contextTokens.toLocaleString('en-US')}-token context. Shorten or split it.`,
          );
        }
        chars += checked.chars;
        if (checked.chars > maxChars) maxChars = checked.chars;
        // A malformed system field (reported already) counts as no prompt of the file's.
        if (checked.system !== undefined) {
          // Nearly every record repeats the last one's prompt: compared before hashing it for the map.
          if (lastSystem?.text !== checked.system) {
            const known = systemIndex.get(checked.system);
            if (known === undefined) {
              lastSystem = { text: checked.system, count: 0, line: at };
              systemIndex.set(checked.system, systems.push(lastSystem) - 1);
            } else lastSystem = systems[known]!;
          }
          lastSystem.count += 1;
        }
        const answer = checked.answer.trim();
        if (scorers) checkPattern(checked.answer, scorers, ctx);
        if (options.judgeTags) checkJudgeData(checked, options.role, options.judgeTags, ctx);
        const key = answerKey(answer);
        let index = answerIndex.get(key);
        if (index === undefined) {
          answerHash(key, SCRATCH, 0);
          const label =
            answer !== '' && answer.length <= MAX_LABEL_CHARS && !answer.includes('\n') ? answer : undefined;
          index = answers.push({ count: 0, key1: SCRATCH[0]!, key2: SCRATCH[1]!, quote: quote(answer), label }) - 1;
          answerIndex.set(key, index);
        }
        answers[index]!.count += 1;
        const modality = checked.modality ? MODALITIES.indexOf(checked.modality) + 1 : 0;
        // As the joined texts would be: not empty.
        const hasPrompt = checked.prompt.length > 1 || (checked.prompt.length === 1 && checked.prompt[0] !== '');
        const row = columns.add(at, index, (hasPrompt ? HAS_PROMPT : 0) | (modality << 1));
        if (hasPrompt) promptHash(checked.prompt, columns.promptKeys, 2 * row);
      },
      { start, end },
    );
    records = columns.done();
  } finally {
    if (columns.capacity <= MAX_KEPT_ROWS) builders.push(columns);
  }
  return {
    lines: result.lines,
    problems: problems.kept,
    counts: [...problems.tallies.values()].map((t) => [t.rule, t.count] as const),
    records,
    answers,
    systems,
    chars,
    maxChars,
    crlfLines: result.crlfLines,
    firstCrlfLine: result.firstCrlfLine,
  };
}
