// What a pull request changed in the data: records added, removed and relabeled against the base
// branch's version of each dataset, and how the label distribution moved. Reviewers see the cause
// beside the effect.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { readFile } from 'node:fs/promises';

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
  readonly byPrompt: Map<string, { prompt: string; answer: string }>;
  readonly records: number;
  readonly labels: Map<string, number>;
  readonly shortAnswer: boolean;
}

const key = (prompt: string) => prompt.toLowerCase().replace(/\s+/g, ' ').trim();
const textOf = (content: unknown): string =>
  typeof content === 'string'
    ? content
    : Array.isArray(content)
      ? content.map((b: { text?: string }) => b.text ?? '').join('')
      : '';

export function parseRecords(text: string): Parsed {
  const byPrompt = new Map<string, { prompt: string; answer: string }>();
  const labels = new Map<string, number>();
  let records = 0;
  let short = 0;
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    let r: { messages?: Array<{ role: string; content: unknown }>; reference_answer?: unknown };
    try {
      r = JSON.parse(line);
    } catch {
      continue;
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
    records += 1;
    byPrompt.set(key(prompt), { prompt, answer });
    if (answer.length > 0 && answer.length <= 64 && !answer.includes('\n')) short += 1;
    labels.set(answer, (labels.get(answer) ?? 0) + 1);
  }
  return {
    byPrompt,
    records,
    labels,
    shortAnswer: records > 0 && short >= 0.95 * records && labels.size <= Math.max(2, records / 2),
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
    else if (was.answer !== h.answer) relabeled.push({ prompt: h.prompt, from: was.answer, to: h.answer });
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
  (repoPath: string, sha: string): Promise<{ text?: string; source: 'git' | 'github' }>;
}

export function baseReader(
  workspace: string,
  fromGithub: (repoPath: string, sha: string) => Promise<string | undefined>,
): BaseReader {
  const run = promisify(execFile);
  return async (repoPath, sha) => {
    try {
      const { stdout } = await run('git', ['-C', workspace, 'show', `${sha}:${repoPath}`], {
        maxBuffer: 512 * 1024 * 1024,
        encoding: 'utf8',
      });
      return { text: stdout, source: 'git' };
    } catch {
      // A shallow checkout (actions/checkout's default) lacks the base commit: ask GitHub.
      return { text: await fromGithub(repoPath, sha), source: 'github' };
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
    out.push(
      compareVersions(
        f.role,
        f.name,
        base.text === undefined ? undefined : parseRecords(base.text),
        parseRecords(await readFile(f.path, 'utf8')),
      ),
    );
  }
  return { baseSha, source, files: out };
}
