import { access, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { RunSettings, AccessSettings, DataSettings, PointSettings, EvaluationSettings } from '../settings.js';
import { confinement } from '../lib/workspace.js';
import { BUILT_IN_RUBRIC, rubricTags } from '../lib/rubric.js';
import { hashFiles } from './hash.js';
import { sniffFormat } from './convert.js';
import { DEFAULT_PARALLELISM, scanFile, type Parallelism } from './parallel.js';
import { ProblemLog, type Problem, type RuleTally } from './problems.js';
import type { RuleId, Severity } from '../rules.js';
import { KeyIndex } from './key-index.js';
import {
  HAS_PROMPT,
  MODALITIES,
  estimateTokens,
  quote,
  type ChunkScan,
  type DatasetRole,
  type ScanOptions,
} from './scan.js';
import { Answers, FileScan, MAX_TRACKED_PROMPTS } from './file-scan.js';

export { estimateTokens, type DatasetRole } from './scan.js';

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

interface Inputs {
  readonly role: DatasetRole;
  readonly path: string;
  readonly input: 'training-data' | 'validation-data' | 'test-data';
}

/**
 * The tags of the judge's rubric (the built-in one without 'judge-rubric'). A rubric that cannot
 * be read here is refused, with its reason, where the judge loads it; validation looks for the
 * verdict shape alone then.
 */
async function rubricTagsOf(
  settings: RunSettings & AccessSettings & DataSettings & PointSettings & EvaluationSettings,
): Promise<readonly string[]> {
  if (!settings.judgeRubric) return rubricTags(BUILT_IN_RUBRIC);
  try {
    if (await confinement(settings, settings.judgeRubric, 'judge-rubric')) return [];
    return rubricTags((await readFile(settings.judgeRubric, 'utf8')).slice(0, 64 * 1024));
  } catch {
    return [];
  }
}

export async function validateDatasets(
  settings: RunSettings & AccessSettings & DataSettings & PointSettings & EvaluationSettings,
  parallelism: Parallelism = DEFAULT_PARALLELISM,
): Promise<ValidationReport> {
  const problems = new ProblemLog({ pii: settings.pii, leakage: settings.leakage, ignoreRules: settings.ignoreRules });
  const inputs: Inputs[] = [];
  if (settings.trainingData) inputs.push({ role: 'training', path: settings.trainingData, input: 'training-data' });
  if (settings.validationData)
    inputs.push({ role: 'validation', path: settings.validationData, input: 'validation-data' });
  if (settings.testData) inputs.push({ role: 'test', path: settings.testData, input: 'test-data' });

  const model = settings.baseModel;
  // Per distinct training prompt: the line of its first record (field 0) and that record's answer (1).
  const trainingPrompts = new KeyIndex(2);
  const answers = new Answers();
  const testSeenInTraining: number[] = [];
  const scans = new Map<DatasetRole, FileScan>();
  const scanned: Array<Omit<FileSummary, 'sha256'>> = [];
  const present: Inputs[] = [];
  for (const file of inputs) {
    try {
      await access(file.path);
      const refusal = await confinement(settings, file.path, file.input);
      const size = file.role === 'test' ? (await stat(file.path)).size : 0;
      if (refusal) problems.add(refusal.rule, displayName(settings.workspace, file.path), undefined, refusal.message);
      else if (size > settings.maxTestBytes)
        // not read at all: a test set is held in memory and each record is a paid call per model
        problems.add(
          'size/test-too-large',
          displayName(settings.workspace, file.path),
          undefined,
          `The test set is ${(size / 1e6).toFixed(1)} MB, more than 'max-test-mb' (${settings.maxTestBytes / 1e6} MB); it was not read. Keep the test set to the records that measure the task (short prompts, no embedded documents), or raise 'max-test-mb'.`,
        );
      else {
        // RFT data is OpenAI-shaped by design (string content); its own checks apply
        const foreign =
          settings.customizationType === 'rft' ? undefined : await sniffFormat(file.path).catch(() => undefined);
        if (!foreign) present.push(file);
        else {
          // one error instead of one per line: every record would fail the same way
          const name = displayName(settings.workspace, file.path);
          problems.add(
            'schema/openai-format',
            name,
            foreign.line,
            `'${name}' is in OpenAI's chat format (string 'content', 'system' as a role), not Bedrock's bedrock-conversation-2024; it was not checked further. Convert it: npx bedrock-model-ci convert --from openai ${name} ${name.replace(/(\.jsonl)?$/, '.bedrock.jsonl')}`,
          );
        }
      }
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

  const policy = { pii: settings.pii, leakage: settings.leakage, ignoreRules: settings.ignoreRules };
  const judgeTags = settings.scorer === 'judge' ? await rubricTagsOf(settings) : undefined;
  for (const file of present) {
    const name = displayName(settings.workspace, file.path);
    const bytes = (await stat(file.path)).size;
    const scan = new FileScan();
    scans.set(file.role, scan);
    const report = (rule: RuleId, line: number, message: string) => problems.add(rule, name, line, message);

    // The checks across records, replayed in line order on each record's columns.
    // answerIds: the numbers of the range's distinct answers, looked up once per range (-1: not yet).
    const acrossRecords = (chunk: ChunkScan, answerIds: Int32Array, row: number, at: number) => {
      const records = chunk.records;
      const flags = records.flags[row]!;
      const modality = flags >> 1 ? MODALITIES[(flags >> 1) - 1] : undefined;
      if (modality && file.role !== 'test') {
        if (!scan.modality) scan.modality = { kind: modality, line: at };
        else if (scan.modality.kind !== modality) {
          report(
            'media/mixed-modality',
            at,
            `This record uses ${modality}, but line ${scan.modality.line} uses ${scan.modality.kind}; a dataset uses one media modality. Split the data into separate jobs.`,
          );
        }
      }
      if (!(flags & HAS_PROMPT)) return;
      const key1 = records.prompt[2 * row]!;
      const key2 = records.prompt[2 * row + 1]!;
      const seen = trainingPrompts.find(key1, key2);
      if (file.role === 'training') {
        const index = records.answer[row]!;
        const answer = chunk.answers[index]!;
        if (answerIds[index] === -1) answerIds[index] = answers.idOf(answer);
        const id = answerIds[index]!;
        if (seen < 0) trainingPrompts.add(key1, key2, at, id);
        else if (trainingPrompts.get(seen, 1) === id)
          report(
            'dup/training',
            at,
            `The same record as line ${trainingPrompts.get(seen, 0)}. Duplicates weigh that example twice; remove one.`,
          );
        else
          report(
            'dup/conflicting-answer',
            at,
            `The same prompt as line ${trainingPrompts.get(seen, 0)} with a different answer (${answer.quote} here, ${answers.quote(trainingPrompts.get(seen, 1))} there). The model cannot learn both; fix the label.`,
          );
      } else if (seen >= 0) {
        if (file.role === 'test') testSeenInTraining.push(at);
        const rule = file.role === 'test' ? 'leak/test-in-training' : 'leak/validation-in-training';
        const consequence =
          file.role === 'test'
            ? "on this record the test measures memory, not skill. Evaluation reports accuracy on the test records not seen in training beside the headline; remove it from one of the two files to measure skill only ('leakage: error' makes overlap fail validation)"
            : 'validation loss would look better than it is. Remove it from one of the two files';
        report(
          rule,
          at,
          `This prompt also occurs in training (${trainingName}:${trainingPrompts.get(seen, 0)}): ${consequence}.`,
        );
      }
    };

    const options: ScanOptions = {
      role: file.role,
      name,
      modelId: model.id,
      customizationType: settings.customizationType,
      bucket: settings.s3?.bucket,
      policy,
      regexAnswers: settings.scorer === 'regex',
      judgeTags,
    };
    let offset = 0;
    let crlfLines = 0;
    let firstCrlfLine = 0;
    for await (const chunk of scanFile(file.path, bytes, options, parallelism)) {
      // A record's own problems come before what the checks across records find on it.
      let next = 0;
      const flush = (upTo: number) => {
        for (; next < chunk.problems.length && (chunk.problems[next]!.line ?? 0) <= upTo; next++) {
          const p = chunk.problems[next]!;
          problems.add(p.rule, p.file, p.line === undefined ? undefined : p.line + offset, p.message);
        }
      };
      scan.add(chunk, offset);
      const lines = chunk.records.line;
      const answerIds = new Int32Array(chunk.answers.length).fill(-1);
      for (let row = 0; row < chunk.records.count; row++) {
        flush(lines[row]!);
        acrossRecords(chunk, answerIds, row, offset + lines[row]!);
      }
      flush(Infinity);
      for (const [rule, count] of chunk.counts) {
        const kept = chunk.problems.reduce((n, p) => n + (p.rule === rule ? 1 : 0), 0);
        problems.addUnkept(rule, count - kept);
      }
      if (chunk.firstCrlfLine && !firstCrlfLine) firstCrlfLine = offset + chunk.firstCrlfLine;
      crlfLines += chunk.crlfLines;
      offset += chunk.lines;
    }
    if (crlfLines > 0) {
      report(
        'jsonl/crlf',
        firstCrlfLine,
        `${crlfLines} line(s) end with CRLF (Windows line endings), the first here. Bedrock reads them, but convert to LF (e.g. \`git config core.autocrlf input\`) to keep diffs and content hashes stable.`,
      );
    }
    if (offset === 0) {
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
      bytes,
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
    const unseen = [...test.labels].filter(([label]) => !training.labels.has(label));
    const records = unseen.reduce((n, [, count]) => n + count, 0);
    // A few stragglers (real ATIS: 4 labels, 5 of 893 records) cost a few points of accuracy; a
    // twentieth of the test set or more means the gate would fail after paying for training.
    if (records > 0 && records >= UNSEEN_SHARE * testFile.records) {
      const shown = unseen.slice(0, 5).map(([label]) => quote(label));
      const named = `${shown.join(', ')}${unseen.length > 5 ? `, and ${unseen.length - 5} more` : ''}`;
      problems.add(
        'labels/unseen-share',
        testFile.name,
        undefined,
        `${records} of ${testFile.records} test records (${((100 * records) / testFile.records).toFixed(1)} %) have labels that never occur in ${trainingFile.name} (${named}): the candidate cannot learn them, and training would be paid for a model the test set fails. Add training examples for these labels, or remove them from the test set.`,
      );
    }
    for (const [label, count] of unseen) {
      problems.add(
        'labels/unseen-in-training',
        testFile.name,
        undefined,
        `Test label ${quote(label)} (${count} record${count > 1 ? 's' : ''}) never occurs in ${trainingFile.name}: the model cannot learn it. Add training examples for it.`,
      );
    }
  }
}

/** Test records whose label training never shows, as a share of the test set, from which validation fails. */
const UNSEEN_SHARE = 0.05;

function checkCounts(
  settings: RunSettings & AccessSettings & DataSettings & PointSettings & EvaluationSettings,
  files: FileSummary[],
  problems: ProblemLog,
): void {
  const test = files.find((f) => f.role === 'test');
  if (test && test.records > settings.maxTestRecords) {
    problems.add(
      'count/test-too-many',
      test.name,
      undefined,
      `${test.records.toLocaleString('en-US')} test records, over 'max-test-records' (${settings.maxTestRecords.toLocaleString('en-US')}): each is a paid call per model evaluated. Sample the test set down, or raise 'max-test-records'.`,
    );
  }
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

/** Where two prompts first differ, shown briefly. */
export function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a === '' || b === '') return `(${a === '' ? 'the first' : 'the second'} has no system prompt)`;
  const show = (s: string) =>
    i >= s.length ? '(end)' : JSON.stringify(s.slice(i, i + 30) + (s.length > i + 30 ? '…' : ''));
  return `(they first differ at character ${i + 1}: ${show(a)} vs ${show(b)})`;
}
