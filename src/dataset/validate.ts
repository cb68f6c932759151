import { createHash } from 'node:crypto';
import { access } from 'node:fs/promises';
import path from 'node:path';
import type { Settings } from '../settings.js';
import { hashFiles } from './hash.js';
import { readJsonl } from './jsonl.js';
import { ProblemLog, type Problem, type RuleTally } from './problems.js';
import { checkConversation, checkRft, type RecordContext, type RecordFacts } from './records.js';
import type { RuleId, Severity } from './rules.js';

export type DatasetRole = 'training' | 'validation' | 'test';

export interface FileSummary {
  readonly role: DatasetRole;
  /** as the user named it, relative to the workspace */
  readonly name: string;
  readonly path: string;
  readonly sha256: string;
  readonly bytes: number;
  readonly records: number;
  readonly tokens: number;
  readonly maxRecordTokens: number;
  readonly systemPrompts: number;
  /** label → count, for short-answer (classification-like) data */
  readonly labels?: Readonly<Record<string, number>>;
}

export interface ValidationReport {
  readonly ok: boolean;
  readonly errors: number;
  readonly warnings: number;
  /** sha256 over the training bytes followed by the validation bytes */
  readonly datasetHash: string;
  readonly records: number;
  readonly files: readonly FileSummary[];
  readonly problems: readonly Problem[];
  readonly tallies: readonly RuleTally[];
  readonly omitted: ReadonlyArray<{ rule: RuleId; severity: Severity; omitted: number }>;
  /** lines of the test file whose prompt also occurs in training (whatever 'leakage' says) */
  readonly testSeenInTraining: readonly number[];
}

/** Rough tokens for text: Nova's tokenizer averages about four characters a token on English. */
export const estimateTokens = (chars: number): number => Math.ceil(chars / 4);

const MAX_TRACKED_PROMPTS = 50;
const MAX_TRACKED_LABELS = 1_000;
const MAX_LABEL_CHARS = 64;

const NORMALIZED_PROMPT_CHARS = 4096;

/**
 * Case, spacing and surrounding blanks do not make two short prompts different. Prompts longer
 * than 4 KiB (documents, transcripts) compare exactly: normalizing them would cost more than the
 * rest of validation, and near-duplicates of that size rarely differ only in spacing.
 */
function promptKey(text: string): string {
  const key = text.length <= NORMALIZED_PROMPT_CHARS ? text.toLowerCase().replace(/\s+/g, ' ').trim() : text;
  return createHash('sha1').update(key).digest('base64');
}

class FileScan {
  records = 0;
  chars = 0;
  maxChars = 0;
  shortAnswers = 0;
  readonly systems = new Map<string, { count: number; line: number }>();
  readonly labels = new Map<string, number>();
  labelsOverflow = false;
  modality?: { kind: string; line: number };

  add(facts: RecordFacts, line: number): void {
    this.records += 1;
    this.chars += facts.chars;
    if (facts.chars > this.maxChars) this.maxChars = facts.chars;
    if (facts.system !== undefined) {
      const sys = this.systems.get(facts.system);
      if (sys) sys.count += 1;
      else if (this.systems.size < MAX_TRACKED_PROMPTS) this.systems.set(facts.system, { count: 1, line });
    }
    const label = facts.answer.trim();
    if (label !== '' && label.length <= MAX_LABEL_CHARS && !label.includes('\n')) {
      this.shortAnswers += 1;
      const n = this.labels.get(label);
      if (n !== undefined) this.labels.set(label, n + 1);
      else if (this.labels.size < MAX_TRACKED_LABELS) this.labels.set(label, 1);
      else this.labelsOverflow = true;
    }
  }

  /** Classification-like data: nearly every answer is a short label, drawn from a small set. */
  get isShortAnswer(): boolean {
    return (
      this.records > 0 &&
      !this.labelsOverflow &&
      this.shortAnswers >= 0.95 * this.records &&
      this.labels.size <= Math.max(2, this.records / 2)
    );
  }

  dominantSystem(): [string, { count: number; line: number }] | undefined {
    let best: [string, { count: number; line: number }] | undefined;
    for (const entry of this.systems) if (!best || entry[1].count > best[1].count) best = entry;
    return best;
  }
}

interface Inputs {
  readonly role: DatasetRole;
  readonly path: string;
  readonly input: 'training-data' | 'validation-data' | 'test-data';
}

export async function validateDatasets(settings: Settings): Promise<ValidationReport> {
  const problems = new ProblemLog({ pii: settings.pii, leakage: settings.leakage, ignoreRules: settings.ignoreRules });
  const inputs: Inputs[] = [];
  if (settings.trainingData) inputs.push({ role: 'training', path: settings.trainingData, input: 'training-data' });
  if (settings.validationData)
    inputs.push({ role: 'validation', path: settings.validationData, input: 'validation-data' });
  if (settings.testData) inputs.push({ role: 'test', path: settings.testData, input: 'test-data' });

  const model = settings.baseModel;
  const rft = settings.customizationType === 'rft';
  const trainingPrompts = new Map<string, { line: number; answer: string }>();
  const testSeenInTraining: number[] = [];
  const scans = new Map<DatasetRole, FileScan>();
  const scanned: Array<Omit<FileSummary, 'sha256'>> = [];
  const present: Inputs[] = [];
  for (const file of inputs) {
    try {
      await access(file.path);
      present.push(file);
    } catch {
      const name = displayName(settings.workspace, file.path);
      problems.add(
        'file/missing',
        name,
        undefined,
        `Input '${file.input}' names '${name}', which does not exist (looked in ${path.dirname(file.path)}). Check the path; it is relative to the repository root.`,
      );
    }
  }
  // The dataset hash covers training then validation bytes; the test set is hashed on its own.
  const datasetFiles = present.filter((f) => f.role !== 'test').map((f) => f.path);
  const testFiles = present.filter((f) => f.role === 'test').map((f) => f.path);
  const hashing = Promise.all([hashFiles(datasetFiles), hashFiles(testFiles)]);
  hashing.catch(() => undefined); // awaited below; keeps an early failure from going unhandled meanwhile
  const trainingName = settings.trainingData ? displayName(settings.workspace, settings.trainingData) : '';

  for (const file of present) {
    const name = displayName(settings.workspace, file.path);
    const scan = new FileScan();
    scans.set(file.role, scan);
    let line = 0;
    const ctx: RecordContext = {
      model,
      bucket: settings.s3?.bucket,
      answerOptional: settings.customizationType === 'distillation' && file.role !== 'test',
      schemaRequired: file.role !== 'test',
      report: (rule, message) => problems.add(rule, name, line, message),
    };
    const result = await readJsonl(file.path, name, problems, (record, at) => {
      line = at;
      const useRft =
        rft &&
        (file.role !== 'test' ||
          'reference_answer' in record ||
          typeof (record.messages as Array<{ content?: unknown }> | undefined)?.[0]?.content === 'string');
      const facts = useRft ? checkRft(record, ctx) : checkConversation(record, ctx);
      if (!facts) return;
      scan.add(facts, at);
      const tokens = estimateTokens(facts.chars);
      if (tokens > model.contextTokens) {
        ctx.report(
          'size/record-too-long',
          `The record is about ${tokens.toLocaleString('en-US')} tokens, more than ${model.label}'s ${model.contextTokens.toLocaleString('en-US')}-token context. Shorten or split it.`,
        );
      }
      if (facts.modality && file.role !== 'test') {
        if (!scan.modality) scan.modality = { kind: facts.modality, line: at };
        else if (scan.modality.kind !== facts.modality) {
          ctx.report(
            'media/mixed-modality',
            `This record uses ${facts.modality}, but line ${scan.modality.line} uses ${scan.modality.kind}; a dataset uses one media modality. Split the data into separate jobs.`,
          );
        }
      }
      if (facts.prompt === '') return;
      const key = promptKey(facts.prompt);
      const answer = facts.answer.trim();
      if (file.role === 'training') {
        const seen = trainingPrompts.get(key);
        if (!seen) trainingPrompts.set(key, { line: at, answer });
        else if (seen.answer === answer)
          ctx.report(
            'dup/training',
            `The same record as line ${seen.line}. Duplicates weigh that example twice; remove one.`,
          );
        else
          ctx.report(
            'dup/conflicting-answer',
            `The same prompt as line ${seen.line} with a different answer (${quote(answer)} here, ${quote(seen.answer)} there). The model cannot learn both; fix the label.`,
          );
      } else {
        const seen = trainingPrompts.get(key);
        if (seen) {
          if (file.role === 'test') testSeenInTraining.push(at);
          const rule = file.role === 'test' ? 'leak/test-in-training' : 'leak/validation-in-training';
          const consequence =
            file.role === 'test'
              ? "on this record the test measures memory, not skill. Evaluation reports accuracy on the test records not seen in training beside the headline; remove it from one of the two files to measure skill only ('leakage: error' makes overlap fail validation)"
              : 'validation loss would look better than it is. Remove it from one of the two files';
          ctx.report(rule, `This prompt also occurs in training (${trainingName}:${seen.line}): ${consequence}.`);
        }
      }
    });
    if (result.lines === 0) {
      problems.add(
        'file/empty',
        name,
        undefined,
        `'${name}' has no records. Input '${file.input}' must name a JSONL file with one record per line.`,
      );
    }
    const labels = scan.isShortAnswer ? Object.fromEntries([...scan.labels].sort((a, b) => b[1] - a[1])) : undefined;
    scanned.push({
      role: file.role,
      name,
      path: file.path,
      bytes: result.bytes,
      records: scan.records,
      tokens: estimateTokens(scan.chars),
      maxRecordTokens: estimateTokens(scan.maxChars),
      systemPrompts: scan.systems.size,
      labels,
    });
    const prompts = [...scan.systems.entries()];
    if (prompts.length > 1) {
      const [dominant] = scan.dominantSystem()!;
      const other = prompts.filter(([p]) => p !== dominant).sort((a, b) => a[1].line - b[1].line)[0]!;
      problems.add(
        'prompt/inconsistent',
        name,
        other[1].line,
        `${prompts.length}${prompts.length >= MAX_TRACKED_PROMPTS ? '+' : ''} different system prompts in this file; this record's differs from the most common one (${scan.systems.get(dominant)!.count} records) ${firstDifference(dominant, other[0])}. The model learns the system prompt as its trigger: use one.`,
      );
    }
  }

  const [dataset, test] = await hashing;
  const sha256 = new Map([...datasetFiles, ...testFiles].map((p, i) => [p, [...dataset.files, ...test.files][i]!]));
  const files: FileSummary[] = scanned.map((f) => ({ ...f, sha256: sha256.get(f.path)! }));

  checkCrossFile(files, scans, problems);
  checkCounts(settings, files, problems);

  const errors = problems.count('error');
  const training = files.find((f) => f.role === 'training');
  return {
    ok: errors === 0,
    errors,
    warnings: problems.count('warning'),
    datasetHash: dataset.combined,
    records: training?.records ?? 0,
    files,
    problems: problems.kept,
    tallies: [...problems.tallies.values()],
    omitted: problems.overflow(),
    testSeenInTraining,
  };
}

function checkCrossFile(files: FileSummary[], scans: Map<DatasetRole, FileScan>, problems: ProblemLog): void {
  const training = scans.get('training');
  const test = scans.get('test');
  const testFile = files.find((f) => f.role === 'test');
  const trainingFile = files.find((f) => f.role === 'training');
  if (!training || !test || !testFile || !trainingFile) return;
  const trainPrompt = training.dominantSystem();
  const testPrompt = test.dominantSystem();
  if (trainPrompt && testPrompt && trainPrompt[0] !== testPrompt[0]) {
    problems.add(
      'prompt/test-drift',
      testFile.name,
      testPrompt[1].line,
      `The test set's system prompt differs from training's (${trainingFile.name}:${trainPrompt[1].line}) ${firstDifference(trainPrompt[0], testPrompt[0])}. ` +
        `A fine-tuned model learns the system prompt as its trigger, so evaluation would not measure what production sees. Use the same prompt, or add 'prompt/test-drift' to 'ignore-rules' if the change is deliberate.`,
    );
  }
  if (training.isShortAnswer && test.isShortAnswer) {
    for (const [label, count] of test.labels) {
      if (!training.labels.has(label)) {
        problems.add(
          'labels/unseen-in-training',
          testFile.name,
          undefined,
          `Test label ${quote(label)} (${count} record${count > 1 ? 's' : ''}) never occurs in ${trainingFile.name}: the model cannot learn it. Add training examples for it.`,
        );
      }
    }
  }
}

function checkCounts(settings: Settings, files: FileSummary[], problems: ProblemLog): void {
  const model = settings.baseModel;
  const bounds = model.customization[settings.customizationType];
  const training = files.find((f) => f.role === 'training');
  const validation = files.find((f) => f.role === 'validation');
  if (!bounds || !training || training.records === 0) return;
  if (validation && !model.acceptsValidationSet) {
    problems.add(
      'count/validation-unsupported',
      validation.name,
      undefined,
      `${model.label} takes no separate validation set for ${settings.customizationType}. Remove 'validation-data' (or merge it into training).`,
    );
  }
  const counted = training.records + (bounds.includesValidation && validation ? validation.records : 0);
  const what = bounds.includesValidation && validation ? 'training + validation records' : 'training records';
  const job = `${model.label} ${settings.customizationType.toUpperCase()}`;
  if (counted < bounds.min) {
    problems.add(
      'count/too-few',
      training.name,
      undefined,
      `${counted} ${what}; ${job} needs at least ${bounds.min.toLocaleString('en-US')}. Add records.`,
    );
  } else if (counted > bounds.max) {
    problems.add(
      'count/too-many',
      training.name,
      undefined,
      `${counted.toLocaleString('en-US')} ${what}; ${job} takes at most ${bounds.max.toLocaleString('en-US')}. Sample the data down or split it.`,
    );
  }
}

function displayName(workspace: string, file: string): string {
  const rel = path.relative(workspace, file);
  return rel.startsWith('..') || path.isAbsolute(rel) ? file : rel.split(path.sep).join('/');
}

function quote(text: string): string {
  const short = text.length > 40 ? `${text.slice(0, 40)}…` : text;
  return JSON.stringify(short);
}

/** Where two prompts first differ, shown briefly. */
export function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a === '' || b === '') return `(${a === '' ? 'the first' : 'the second'} has no system prompt)`;
  const show = (s: string) =>
    i >= s.length ? '(end)' : JSON.stringify(s.slice(i, i + 30) + (s.length > i + 30 ? '…' : ''));
  return `(they first differ at character ${i + 1}: ${show(a)} vs ${show(b)})`;
}
