// What a pull request changed in the data: records added, removed and relabeled against the base
// branch's version of each dataset, and how the label distribution moved. Reviewers see the cause
// beside the effect.
import { spawn } from 'node:child_process';
import { createReadStream } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { MAX_LABEL_CHARS, answerKey, isLabelSet, promptKey, textOf } from '../dataset/keys.js';
import { clip } from '../lib/format.js';
import type { Pipeline } from '../deps.js';
import { GitHub } from '../github/client.js';

export interface LabelShift {
  readonly label: string;
  readonly base: number;
  readonly head: number;
  /** percentage points of the file's records */
  readonly deltaPp: number;
}

export interface FileChanges {
  readonly role: string;
  readonly name: string;
  /** the file does not exist on the base branch */
  readonly isNew: boolean;
  readonly baseRecords: number;
  readonly headRecords: number;
  readonly added: number;
  readonly removed: number;
  readonly relabeled: number;
  readonly examples: {
    readonly added: readonly string[];
    readonly removed: readonly string[];
    readonly relabeled: ReadonlyArray<{ prompt: string; from: string; to: string }>;
  };
  /** for short-answer data: the labels whose share moved most */
  readonly labels?: readonly LabelShift[];
}

export interface DataChanges {
  readonly baseSha: string;
  readonly source: 'git' | 'github';
  readonly files: readonly FileChanges[];
}

interface Parsed {
  /** prompt hash → the record's answer key and previews */
  readonly byPrompt: Map<string, { prompt: string; answer: string; answerKey: string }>;
  readonly records: number;
  readonly labels: Map<string, number>;
  readonly shortAnswer: boolean;
}

// Both versions of a file are held as one small entry per record — a hash of the prompt, the
// answer (or its hash, when long) and short previews for the examples — never as the file's text:
// a 209 MB training set took 810 MB when it was read whole.
const PREVIEW = 120;
const preview = (s: string) => clip(s, PREVIEW);

/** The records of a JSONL text (tests; small files). */
export function parseRecords(text: string): Parsed {
  const parsed = newParsed();
  for (const line of text.split('\n')) addRecord(parsed, line);
  return finish(parsed);
}

/** The records of a JSONL stream, a line at a time. */
export async function parseStream(stream: Readable): Promise<Parsed> {
  const parsed = newParsed();
  for await (const line of createInterface({ input: stream, crlfDelay: Infinity })) addRecord(parsed, line);
  return finish(parsed);
}

interface Parsing {
  byPrompt: Parsed['byPrompt'];
  labels: Map<string, number>;
  records: number;
  short: number;
}
const newParsed = (): Parsing => ({ byPrompt: new Map(), labels: new Map(), records: 0, short: 0 });

function addRecord(p: Parsing, line: string): void {
  if (line.trim() === '') return;
  let r: { messages?: Array<{ role: string; content: unknown }>; reference_answer?: unknown };
  try {
    r = JSON.parse(line);
  } catch {
    return;
  }
  const turns = r.messages ?? [];
  const prompt = turns
    .filter((t) => t.role === 'user')
    .map((t) => textOf(t.content))
    .join('\n');
  const last = turns.at(-1);
  const answer = (
    r.reference_answer !== undefined
      ? typeof r.reference_answer === 'string'
        ? r.reference_answer
        : JSON.stringify(r.reference_answer)
      : last?.role === 'assistant'
        ? textOf(last.content)
        : ''
  ).trim();
  p.records += 1;
  const k = answerKey(answer);
  p.byPrompt.set(promptKey(prompt), { prompt: preview(prompt), answer: preview(answer), answerKey: k });
  if (answer.length > 0 && answer.length <= MAX_LABEL_CHARS && !answer.includes('\n')) p.short += 1;
  // Label counts serve short-answer data only: long answers are counted by key, not kept.
  p.labels.set(k, (p.labels.get(k) ?? 0) + 1);
}

function finish(p: Parsing): Parsed {
  return {
    byPrompt: p.byPrompt,
    records: p.records,
    labels: p.labels,
    shortAnswer: isLabelSet(p.records, p.short, p.labels),
  };
}

const EXAMPLES = 5;

export function compareVersions(role: string, name: string, base: Parsed | undefined, head: Parsed): FileChanges {
  const b = base ?? { byPrompt: new Map(), records: 0, labels: new Map(), shortAnswer: head.shortAnswer };
  const added: string[] = [];
  const removed: string[] = [];
  const relabeled: Array<{ prompt: string; from: string; to: string }> = [];
  for (const [k, h] of head.byPrompt) {
    const was = b.byPrompt.get(k);
    if (!was) added.push(h.prompt);
    else if (was.answerKey !== h.answerKey) relabeled.push({ prompt: h.prompt, from: was.answer, to: h.answer });
  }
  for (const [k, was] of b.byPrompt) if (!head.byPrompt.has(k)) removed.push(was.prompt);
  let labels: LabelShift[] | undefined;
  if (head.shortAnswer) {
    const all = new Set([...b.labels.keys(), ...head.labels.keys()]);
    labels = [...all]
      .map((label) => {
        const bc = b.labels.get(label) ?? 0;
        const hc = head.labels.get(label) ?? 0;
        return {
          label,
          base: bc,
          head: hc,
          deltaPp: 100 * ((head.records ? hc / head.records : 0) - (b.records ? bc / b.records : 0)),
        };
      })
      .filter((l) => l.base !== l.head)
      .sort((x, y) => Math.abs(y.deltaPp) - Math.abs(x.deltaPp) || x.label.localeCompare(y.label))
      .slice(0, 10);
  }
  return {
    role,
    name,
    isNew: base === undefined,
    baseRecords: b.records,
    headRecords: head.records,
    added: added.length,
    removed: removed.length,
    relabeled: relabeled.length,
    examples: {
      added: added.slice(0, EXAMPLES),
      removed: removed.slice(0, EXAMPLES),
      relabeled: relabeled.slice(0, EXAMPLES),
    },
    labels,
  };
}

/** Reads a file as of a commit: through git when the history is there, else the GitHub API. */
export interface BaseReader {
  (repoPath: string, sha: string): Promise<{ parsed?: Parsed; source: 'git' | 'github' }>;
}

/** `git show sha:path` as a stream; rejects when git cannot (a shallow checkout lacks the commit). */
function gitShow(workspace: string, spec: string): Promise<Parsed> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', ['-C', workspace, 'show', spec], { stdio: ['ignore', 'pipe', 'ignore'] });
    let failed = false;
    child.on('error', (error) => {
      failed = true;
      reject(error);
    });
    const parsing = parseStream(child.stdout);
    child.on('close', (code) => {
      if (failed) return;
      if (code !== 0) reject(new Error(`git show exited ${code}`));
      else parsing.then(resolve, reject);
    });
  });
}

export function baseReader(
  workspace: string,
  fromGithub: (repoPath: string, sha: string) => Promise<string | undefined>,
): BaseReader {
  return async (repoPath, sha) => {
    try {
      return { parsed: await gitShow(workspace, `${sha}:${repoPath}`), source: 'git' };
    } catch {
      // A shallow checkout (actions/checkout's default) lacks the base commit: ask GitHub.
      const text = await fromGithub(repoPath, sha);
      return { parsed: text === undefined ? undefined : await parseStream(Readable.from([text])), source: 'github' };
    }
  };
}

export async function dataChanges(
  files: ReadonlyArray<{ role: string; name: string; path: string }>,
  workspace: string,
  baseSha: string,
  read: BaseReader,
): Promise<DataChanges> {
  let source: DataChanges['source'] = 'git';
  const out: FileChanges[] = [];
  for (const f of files) {
    const repoPath = path.relative(workspace, f.path).split(path.sep).join('/');
    const base = await read(repoPath, baseSha);
    if (base.source === 'github') source = 'github';
    out.push(compareVersions(f.role, f.name, base.parsed, await parseStream(createReadStream(f.path))));
  }
  return { baseSha, source, files: out };
}

/** What the pull request changed in the data, against its base commit; best effort. */
export async function changesFor({ settings, validation, deps, io }: Pipeline): Promise<DataChanges | undefined> {
  const pr = deps.context.pullRequest;
  if (!pr?.baseSha || !deps.context.repository) return undefined;
  try {
    const github = settings.githubToken
      ? new GitHub(settings.githubToken, deps.context.repository, deps.context.apiUrl)
      : undefined;
    const read = baseReader(settings.workspace, async (p, sha) => (github ? github.fileAt(p, sha) : undefined));
    return await dataChanges(
      validation.files.map((f) => ({ role: f.role, name: f.name, path: f.path })),
      settings.workspace,
      pr.baseSha,
      read,
    );
  } catch (error) {
    io.warning(
      `Could not compare the datasets with the base branch (${(error as Error).message}); the report leaves out what the PR changed in the data.`,
    );
    return undefined;
  }
}
