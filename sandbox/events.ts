// Realistic webhook payloads (the fields GitHub sends that actions read), for the runner harness.

export type EventName =
  | 'pull_request'
  | 'pull_request_target'
  | 'push'
  | 'workflow_dispatch'
  | 'workflow_run'
  | 'issue_comment'
  | 'release'
  | 'schedule'
  | 'watch';

const OWNER = { login: 'octo-org', id: 9919, type: 'Organization' };
const repository = (fullName = 'octo-org/airline-models') => ({
  id: 123456789,
  node_id: 'R_kgDOH0Yx9A',
  name: fullName.split('/')[1],
  full_name: fullName,
  private: true,
  owner: OWNER,
  html_url: `https://github.com/${fullName}`,
  default_branch: 'main',
  fork: false,
});

export interface PullRequestOptions {
  readonly number?: number;
  readonly headSha?: string;
  readonly baseSha?: string;
  /** the head repository's full name; a different one from the base makes a fork PR */
  readonly headRepo?: string;
  readonly action?: string;
}

export function pullRequestEvent(options: PullRequestOptions = {}): Record<string, unknown> {
  const number = options.number ?? 7;
  const base = repository();
  const head = options.headRepo ? { ...repository(options.headRepo), fork: options.headRepo !== base.full_name } : base;
  return {
    action: options.action ?? 'synchronize',
    number,
    pull_request: {
      number,
      id: 1_900_000_000 + number,
      html_url: `https://github.com/${base.full_name}/pull/${number}`,
      title: 'Add ground-service paraphrases to the ATIS training set',
      state: 'open',
      user: { login: 'dana-ml', id: 5150 },
      head: {
        ref: 'more-ground-service',
        sha: options.headSha ?? 'a1b2c3d4e5f60718293a4b5c6d7e8f9001122334',
        repo: head,
      },
      base: { ref: 'main', sha: options.baseSha ?? 'f0e1d2c3b4a5968778695a4b3c2d1e0f99887766', repo: base },
      merged: false,
      draft: false,
    },
    repository: base,
    sender: { login: 'dana-ml', id: 5150 },
  };
}

export function pushEvent(sha = '0f1e2d3c4b5a69788796a5b4c3d2e1f0a1b2c3d4'): Record<string, unknown> {
  return {
    ref: 'refs/heads/main',
    before: '1111111111111111111111111111111111111111',
    after: sha,
    repository: repository(),
    head_commit: {
      id: sha,
      message: 'Merge pull request #7 from octo-org/more-ground-service',
      timestamp: '2026-11-23T10:00:00Z',
    },
    pusher: { name: 'dana-ml' },
    sender: { login: 'dana-ml', id: 5150 },
  };
}

export function workflowDispatchEvent(): Record<string, unknown> {
  return { inputs: {}, ref: 'refs/heads/main', repository: repository(), sender: { login: 'octocat', id: 1 } };
}

/** A workflow_run event: another workflow (e.g. one on pull_request) completed. */
export function workflowRunEvent(headRepo = 'octo-org/airline-models'): Record<string, unknown> {
  return {
    action: 'completed',
    workflow_run: {
      id: 777,
      event: 'pull_request',
      head_branch: 'more-ground-service',
      head_sha: 'a1b2c3d4e5f60718293a4b5c6d7e8f9001122334',
      head_repository: repository(headRepo),
      repository: repository(),
    },
    repository: repository(),
    sender: { login: 'dana-ml', id: 5150 },
  };
}

/** A comment (e.g. "/train") on issue or pull request `number`. */
export function issueCommentEvent(number = 9, onPullRequest = true): Record<string, unknown> {
  return {
    action: 'created',
    issue: {
      number,
      title: 'More ground-service data',
      ...(onPullRequest
        ? { pull_request: { url: `https://api.github.com/repos/octo-org/airline-models/pulls/${number}` } }
        : {}),
    },
    comment: { id: 4_000_001, body: '/train', user: { login: 'mallory', id: 666 } },
    repository: repository(),
    sender: { login: 'mallory', id: 666 },
  };
}

export function releaseEvent(tag = 'v1.2.0'): Record<string, unknown> {
  return {
    action: 'published',
    release: { tag_name: tag, name: tag },
    repository: repository(),
    sender: { login: 'octocat', id: 1 },
  };
}

export function scheduleEvent(): Record<string, unknown> {
  return { schedule: '0 6 * * *', repository: repository() };
}

/** An event the action cannot place (someone starred the repository). */
export function watchEvent(): Record<string, unknown> {
  return { action: 'started', repository: repository(), sender: { login: 'mallory', id: 666 } };
}
