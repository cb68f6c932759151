// Runs the built action (dist/index.js, then its post: script) the way the GitHub runner does:
// INPUT_* with action.yml's defaults applied, empty GITHUB_OUTPUT/STATE/STEP_SUMMARY/ENV files,
// an event payload, state handed to the post step as STATE_*, and OIDC variables when asked.
// Returns what a workflow would see: exit code, outputs, summary, annotations, logs.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import {
  issueCommentEvent,
  pullRequestEvent,
  pushEvent,
  releaseEvent,
  scheduleEvent,
  watchEvent,
  workflowDispatchEvent,
  workflowRunEvent,
  type EventName,
} from './events.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export interface Annotation {
  readonly level: 'error' | 'warning' | 'notice';
  readonly message: string;
  readonly file?: string;
  readonly line?: number;
}

export interface StepResult {
  readonly exitCode: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly outputs: Record<string, string>;
  readonly state: Record<string, string>;
  readonly summary: string;
  readonly env: Record<string, string>;
  readonly annotations: Annotation[];
  /** ::debug:: lines and plain log lines, in order */
  readonly log: string[];
}

export interface RunResult extends StepResult {
  readonly post?: StepResult;
}

export interface RunOptions {
  readonly inputs?: Record<string, string>;
  readonly event?: EventName;
  /** overrides merged into the generated event payload */
  readonly payload?: Record<string, unknown>;
  /** the repository checkout; defaults to the project root (so examples/ resolve) */
  readonly workspace?: string;
  readonly env?: Record<string, string>;
  readonly githubToken?: string;
  /** ACTIONS_ID_TOKEN_REQUEST_URL/TOKEN, as the runner sets them with `id-token: write` */
  readonly oidc?: { url: string; token: string };
  /** send SIGINT when this returns true for a line of output (the runner's cancel) */
  readonly cancelWhen?: (line: string) => boolean;
  /** run the post: script afterwards (default true) */
  readonly post?: boolean;
  readonly actionDir?: string;
  readonly timeoutMs?: number;
}

interface ActionYaml {
  inputs?: Record<string, { default?: string }>;
  runs: { using: string; main: string; post?: string };
}

/** Parses a GITHUB_OUTPUT/GITHUB_STATE/GITHUB_ENV file: `name=value` lines and `name<<DELIM` heredocs. */
export function parseFileCommands(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === '') continue;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delimiter] = heredoc;
      const value: string[] = [];
      i++;
      while (i < lines.length && lines[i] !== delimiter) value.push(lines[i++]!);
      if (i >= lines.length) throw new Error(`unterminated heredoc for '${name}' (delimiter ${delimiter})`);
      out[name!] = value.join('\n');
    } else {
      const eq = line.indexOf('=');
      if (eq < 0) throw new Error(`malformed file command line: ${line}`);
      out[line.slice(0, eq)] = line.slice(eq + 1);
    }
  }
  return out;
}

const unescapeData = (s: string) => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
const unescapeProperty = (s: string) => unescapeData(s).replace(/%3A/g, ':').replace(/%2C/g, ',');

/** Parses `::error file=f,line=3::message` workflow commands out of a step's stdout. */
export function parseWorkflowCommands(stdout: string): { annotations: Annotation[]; log: string[] } {
  const annotations: Annotation[] = [];
  const log: string[] = [];
  for (const line of stdout.split('\n')) {
    const m = /^::(error|warning|notice|debug)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!m) {
      if (line !== '' && !line.startsWith('::')) log.push(line);
      continue;
    }
    const [, command, props, data] = m;
    if (command === 'debug') {
      log.push(`debug: ${unescapeData(data!)}`);
      continue;
    }
    const properties: Record<string, string> = {};
    for (const pair of (props ?? '').split(',').filter(Boolean)) {
      const eq = pair.indexOf('=');
      properties[pair.slice(0, eq)] = unescapeProperty(pair.slice(eq + 1));
    }
    annotations.push({
      level: command as Annotation['level'],
      message: unescapeData(data!),
      file: properties.file,
      line: properties.line ? Number(properties.line) : undefined,
    });
  }
  return { annotations, log };
}

const envName = (input: string) => `INPUT_${input.replace(/ /g, '_').toUpperCase()}`;

/** Runs the action's main step and then its post step, as a workflow job would. */
export async function runAction(options: RunOptions = {}): Promise<RunResult> {
  const actionDir = options.actionDir ?? ROOT;
  const action = parseYaml(readFileSync(path.join(actionDir, 'action.yml'), 'utf8')) as ActionYaml;
  const temp = mkdtempSync(path.join(os.tmpdir(), 'bmci-runner-'));
  const workspace = options.workspace ?? ROOT;
  const token = options.githubToken ?? 'ghs_sandboxtoken0000000000000000000000';
  const eventName = options.event ?? 'pull_request';
  const payload = { ...buildEvent(eventName), ...options.payload };
  const eventPath = path.join(temp, 'event.json');
  writeFileSync(eventPath, JSON.stringify(payload, null, 2));
  const runnerTemp = path.join(temp, 'runner-temp');
  mkdirSync(runnerTemp);

  const inputs: Record<string, string> = {};
  for (const [name, spec] of Object.entries(action.inputs ?? {})) {
    const value = spec.default ?? '';
    inputs[name] = value === '${{ github.token }}' ? token : value;
  }
  Object.assign(inputs, options.inputs);

  const repo = (payload.repository as { full_name?: string } | undefined)?.full_name ?? 'octo-org/airline-models';
  const base: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? temp,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_EVENT_NAME: eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: repo,
    GITHUB_REPOSITORY_OWNER: repo.split('/')[0]!,
    GITHUB_SHA: String(
      (payload as { after?: string }).after ??
        (payload.pull_request as { head?: { sha?: string } } | undefined)?.head?.sha ??
        '0f1e2d3c4b5a69788796a5b4c3d2e1f0a1b2c3d4',
    ),
    GITHUB_REF: refFor(eventName, payload),
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_RUN_NUMBER: '17',
    GITHUB_ACTOR: 'octocat',
    GITHUB_WORKFLOW: 'model',
    GITHUB_JOB: 'train',
    GITHUB_ACTION: '__self',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: 'https://api.github.com',
    RUNNER_TEMP: runnerTemp,
    RUNNER_OS: 'Linux',
    RUNNER_DEBUG: '1',
  };
  if (options.oidc) {
    base.ACTIONS_ID_TOKEN_REQUEST_URL = options.oidc.url;
    base.ACTIONS_ID_TOKEN_REQUEST_TOKEN = options.oidc.token;
  }
  Object.assign(base, options.env);
  for (const [name, value] of Object.entries(inputs)) base[envName(name)] = value;

  const main = await runStep(path.join(actionDir, action.runs.main), base, temp, 'main', options);
  if (options.post === false || !action.runs.post) return main;
  const stateEnv: Record<string, string> = {};
  for (const [name, value] of Object.entries(main.state)) stateEnv[`STATE_${name}`] = value;
  // GITHUB_ENV reaches every later step of the job, post steps included.
  const post = await runStep(
    path.join(actionDir, action.runs.post),
    { ...base, ...main.env, ...stateEnv },
    temp,
    'post',
    { ...options, cancelWhen: undefined },
  );
  return { ...main, post };
}

async function runStep(
  script: string,
  env: Record<string, string>,
  temp: string,
  name: string,
  options: RunOptions,
): Promise<StepResult> {
  const files = {
    GITHUB_OUTPUT: 'output',
    GITHUB_STATE: 'state',
    GITHUB_STEP_SUMMARY: 'summary',
    GITHUB_ENV: 'env',
    GITHUB_PATH: 'path',
  };
  const stepEnv = { ...env };
  for (const [variable, file] of Object.entries(files)) {
    const p = path.join(temp, `${name}-${file}`);
    writeFileSync(p, ''); // the runner creates them empty before each step
    stepEnv[variable] = p;
  }
  const child = spawn(process.execPath, [script], {
    env: stepEnv,
    cwd: env.GITHUB_WORKSPACE,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  let cancelled = false;
  let pending = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
    if (!options.cancelWhen || cancelled) return;
    pending += chunk;
    const lines = pending.split('\n');
    pending = lines.pop()!;
    if (lines.some(options.cancelWhen)) {
      cancelled = true;
      child.kill('SIGINT');
    }
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 120_000);
  const [exitCode, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) =>
    child.on('close', (code, sig) => resolve([code, sig])),
  );
  clearTimeout(timer);
  const read = (f: string) => readFileSync(stepEnv[f]!, 'utf8');
  const { annotations, log } = parseWorkflowCommands(stdout);
  return {
    exitCode,
    signal,
    stdout,
    stderr,
    outputs: parseFileCommands(read('GITHUB_OUTPUT')),
    state: parseFileCommands(read('GITHUB_STATE')),
    summary: read('GITHUB_STEP_SUMMARY'),
    env: parseFileCommands(read('GITHUB_ENV')),
    annotations,
    log,
  };
}

function buildEvent(name: EventName): Record<string, unknown> {
  if (name === 'pull_request' || name === 'pull_request_target') return pullRequestEvent();
  if (name === 'push') return pushEvent();
  if (name === 'workflow_run') return workflowRunEvent();
  if (name === 'issue_comment') return issueCommentEvent();
  if (name === 'release') return releaseEvent();
  if (name === 'schedule') return scheduleEvent();
  if (name === 'watch') return watchEvent();
  return workflowDispatchEvent();
}

/** GITHUB_REF as the runner sets it for each event. */
function refFor(name: EventName, payload: Record<string, unknown>): string {
  if (name === 'pull_request') return `refs/pull/${String(payload.number ?? 1)}/merge`;
  if (name === 'release')
    return `refs/tags/${(payload.release as { tag_name?: string } | undefined)?.tag_name ?? 'v1'}`;
  if (name === 'push' || name === 'workflow_dispatch') return String(payload.ref ?? 'refs/heads/main');
  return 'refs/heads/main';
}
