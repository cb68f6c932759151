// The per-line work of validation — framing, the record's own checks, its size — over a byte range
// of one file. It runs in worker threads for large files (see parallel.ts) and in-process for small
// ones, and returns what the checks across records need as one small fact per record, so that the
// main thread can replay those checks in line order: the findings, their lines and their order are
// the same however the file was split.
import { hash } from 'node:crypto';
import { findBaseModel, type CustomizationType, type Modality } from '../models.js';
import { ProblemLog, type Problem, type ProblemPolicy } from './problems.js';
import { readJsonl } from './jsonl.js';
import { checkConversation, checkRft, type RecordContext } from './records.js';
import type { RuleId } from './rules.js';
import { MAX_PATTERN_CHARS, compilePattern } from '../evaluation/scorers.js';

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
}

/** What the checks across records need to know of one record. */
export interface RecordFact {
  /** line, counted from the range's first line (1) */
  readonly line: number;
  /** index into ChunkScan.systems; -1 when the record's system field is malformed (already reported) */
  readonly system: number;
  /** identifies the prompt for duplicate and leakage checks; '' when there is none */
  readonly promptKey: string;
  /** identifies the trimmed answer */
  readonly answerKey: string;
  /** the answer, quoted and shortened for messages */
  readonly answerQuote: string;
  /** the trimmed answer, when short enough to be a class label */
  readonly label?: string;
  readonly modality?: Modality;
  readonly chars: number;
}

export interface ChunkScan {
  readonly lines: number;
  /** problems kept, in line order (lines counted from the range's first) */
  readonly problems: readonly Problem[];
  /** every counted problem per rule, kept or not */
  readonly counts: ReadonlyArray<readonly [RuleId, number]>;
  readonly facts: readonly RecordFact[];
  /** the distinct system prompts of the range; facts point into it */
  readonly systems: readonly string[];
  readonly crlfLines: number;
  readonly firstCrlfLine: number;
}

/** Rough tokens for text: Nova's tokenizer averages about four characters a token on English. */
export const estimateTokens = (chars: number): number => Math.ceil(chars / 4);

export const MAX_LABEL_CHARS = 64;
const NORMALIZED_PROMPT_CHARS = 4096;
const QUOTE_CHARS = 40;

// What `/\s+/g → ' '` does, matching only where it changes something (runs of two or more, or a
// blank other than a space): a third of the time on ordinary text, where most blanks are single spaces.
const FOLD = /\s{2,}|[^\S ]/g;

/**
 * Case, spacing and surrounding blanks do not make two short prompts different. Prompts longer
 * than 4 KiB (documents, transcripts) compare exactly: normalizing them would cost more than the
 * rest of validation, and near-duplicates of that size rarely differ only in spacing.
 */
export function promptKey(text: string): string {
  const key = text.length <= NORMALIZED_PROMPT_CHARS ? text.toLowerCase().replace(FOLD, ' ').trim() : text;
  return hash('sha1', key, 'base64');
}

export function quote(text: string): string {
  return JSON.stringify(text.length > QUOTE_CHARS ? `${text.slice(0, QUOTE_CHARS)}…` : text);
}

function checkPattern(pattern: string, ctx: RecordContext): void {
  try {
    compilePattern(pattern);
  } catch (error) {
    ctx.report(
      'test/regex-pattern',
      `With 'scorer: regex' the expected answer is a pattern, and this one cannot be run safely: ${(error as Error).message}. Patterns run in RE2 (linear time: no backreferences or lookaround), at most ${MAX_PATTERN_CHARS} characters; rewrite it, or use another scorer.`,
    );
  }
}

/** Scans the lines of `path` that start in [start, end). */
export async function scanChunk(path: string, start: number, end: number, options: ScanOptions): Promise<ChunkScan> {
  const model = findBaseModel(options.modelId);
  if (!model) throw new Error(`unknown base model ${options.modelId}`);
  const problems = new ProblemLog(options.policy);
  const rft = options.customizationType === 'rft';
  const facts: RecordFact[] = [];
  const systems: string[] = [];
  const systemIndex = new Map<string, number>();
  let line = 0;
  const ctx: RecordContext = {
    model,
    bucket: options.bucket,
    answerOptional: options.customizationType === 'distillation' && options.role !== 'test',
    schemaRequired: options.role !== 'test',
    report: (rule, message) => problems.add(rule, options.name, line, message),
  };
  const result = await readJsonl(
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
      let system = -1;
      if (checked.system !== undefined) {
        system = systemIndex.get(checked.system) ?? -1;
        if (system === -1) {
          system = systems.push(checked.system) - 1;
          systemIndex.set(checked.system, system);
        }
      }
      const answer = checked.answer.trim();
      if (options.regexAnswers && options.role === 'test') checkPattern(checked.answer, ctx);
      const label = answer !== '' && answer.length <= MAX_LABEL_CHARS && !answer.includes('\n') ? answer : undefined;
      facts.push({
        line: at,
        system,
        promptKey: checked.prompt === '' ? '' : promptKey(checked.prompt),
        answerKey: answer.length <= MAX_LABEL_CHARS ? answer : `\u0000${hash('sha1', answer, 'base64')}`,
        answerQuote: quote(answer),
        label,
        modality: checked.modality,
        chars: checked.chars,
      });
    },
    { start, end },
  );
  return {
    lines: result.lines,
    problems: problems.kept,
    counts: [...problems.tallies.values()].map((t) => [t.rule, t.count] as const),
    facts,
    systems,
    crlfLines: result.crlfLines,
    firstCrlfLine: result.firstCrlfLine,
  };
}
