import { readFileSync } from 'node:fs';

export interface PullRequestContext {
  readonly number: number;
  readonly headSha: string;
  readonly baseSha: string;
  readonly headRepo: string;
  readonly baseRepo: string;
  /** the head branch lives in another repository: its code is not trusted with our credentials */
  readonly fromFork: boolean;
}

/** What the action knows of the workflow run, read once from the runner's environment. */
export interface RunContext {
  readonly eventName: string;
  readonly repository?: string;
  /** the commit the data comes from: the PR head for pull requests */
  readonly sha?: string;
  readonly ref?: string;
  readonly runUrl?: string;
  readonly apiUrl: string;
  readonly actor?: string;
  readonly pullRequest?: PullRequestContext;
  /** running as a GitHub Actions step (GITHUB_ACTIONS=true), not the CLI on someone's machine */
  readonly inActions: boolean;
  /** the repository's default branch, from the event */
  readonly defaultBranch?: string;
  /** whether the repository is private, from the event (undefined when the event does not say) */
  readonly repositoryPrivate?: boolean;
  /** workflow_run: the repository the triggering run's code came from ('' when GitHub gives none) */
  readonly workflowRunHeadRepo?: string;
  /** issue_comment on a pull request: its number */
  readonly issuePullRequest?: number;
  /** the `sub` claim this run's OIDC token carries, for error messages about trust policies */
  readonly oidcSubject?: string;
}

export function readContext(env: NodeJS.ProcessEnv = process.env): RunContext {
  const eventName = env.GITHUB_EVENT_NAME ?? '';
  let event: Record<string, unknown> = {};
  if (env.GITHUB_EVENT_PATH) {
    try {
      event = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as Record<string, unknown>;
    } catch {
      event = {};
    }
  }
  const repository = env.GITHUB_REPOSITORY || undefined;
  const pr = event.pull_request as
    | {
        number?: number;
        head?: { sha?: string; repo?: { full_name?: string } | null };
        base?: { sha?: string; repo?: { full_name?: string } };
      }
    | undefined;
  let pullRequest: PullRequestContext | undefined;
  if (pr?.number !== undefined) {
    const baseRepo = pr.base?.repo?.full_name ?? repository ?? '';
    // A deleted fork has no head repo: treat it as a fork, the safe reading.
    const headRepo = pr.head?.repo?.full_name ?? '';
    pullRequest = {
      number: pr.number,
      headSha: pr.head?.sha ?? '',
      baseSha: pr.base?.sha ?? '',
      headRepo,
      baseRepo,
      fromFork: headRepo !== baseRepo,
    };
  }
  const repo = event.repository as { default_branch?: string; private?: unknown } | undefined;
  const server = env.GITHUB_SERVER_URL ?? 'https://github.com';
  const runUrl =
    repository && env.GITHUB_RUN_ID ? `${server}/${repository}/actions/runs/${env.GITHUB_RUN_ID}` : undefined;
  const oidcSubject = repository
    ? eventName.startsWith('pull_request')
      ? `repo:${repository}:pull_request`
      : env.GITHUB_REF
        ? `repo:${repository}:ref:${env.GITHUB_REF}`
        : undefined
    : undefined;
  return {
    eventName,
    repository,
    sha: pullRequest?.headSha || env.GITHUB_SHA || undefined,
    ref: env.GITHUB_REF,
    runUrl,
    apiUrl: env.GITHUB_API_URL ?? 'https://api.github.com',
    actor: env.GITHUB_ACTOR,
    pullRequest,
    inActions: env.GITHUB_ACTIONS === 'true',
    defaultBranch: repo?.default_branch,
    repositoryPrivate: typeof repo?.private === 'boolean' ? repo.private : undefined,
    workflowRunHeadRepo:
      eventName === 'workflow_run'
        ? ((event.workflow_run as { head_repository?: { full_name?: string } | null } | undefined)?.head_repository
            ?.full_name ?? '')
        : undefined,
    issuePullRequest:
      eventName === 'issue_comment' && (event.issue as { pull_request?: unknown } | undefined)?.pull_request
        ? (event.issue as { number?: number }).number
        : undefined,
    oidcSubject,
  };
}
