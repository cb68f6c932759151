import { getOctokit } from '@actions/github';

export interface IssueComment {
  readonly id: number;
  readonly body: string;
  readonly author: string;
  readonly url: string;
}

/** The GitHub REST calls the action makes, on one Octokit with the run's token and API URL. */
/** The identity GITHUB_TOKEN writes as. */
export const ACTIONS_BOT = 'github-actions[bot]';

/** Who a token writes as: its user, or the Actions bot for GITHUB_TOKEN. */
export const selfLogin = async (github: Pick<GitHub, 'login'>): Promise<string> =>
  (await github.login()) ?? ACTIONS_BOT;

export class GitHub {
  private readonly octokit: ReturnType<typeof getOctokit>;
  private readonly owner: string;
  private readonly repo: string;

  constructor(token: string, repository: string, apiUrl: string) {
    this.octokit = getOctokit(token, { baseUrl: apiUrl });
    [this.owner, this.repo] = repository.split('/') as [string, string];
  }

  /** The token's own login, or undefined for an installation token (GITHUB_TOKEN), which cannot ask. */
  async login(): Promise<string | undefined> {
    try {
      return (await this.octokit.rest.users.getAuthenticated()).data.login;
    } catch {
      return undefined;
    }
  }

  async comments(issue: number): Promise<IssueComment[]> {
    const all = await this.octokit.paginate(this.octokit.rest.issues.listComments, {
      owner: this.owner,
      repo: this.repo,
      issue_number: issue,
      per_page: 100,
    });
    return all.map((c) => ({ id: c.id, body: c.body ?? '', author: c.user?.login ?? '', url: c.html_url }));
  }

  async createComment(issue: number, body: string): Promise<IssueComment> {
    const c = (
      await this.octokit.rest.issues.createComment({ owner: this.owner, repo: this.repo, issue_number: issue, body })
    ).data;
    return { id: c.id, body: c.body ?? '', author: c.user?.login ?? '', url: c.html_url };
  }

  async updateComment(id: number, body: string): Promise<IssueComment> {
    const c = (
      await this.octokit.rest.issues.updateComment({ owner: this.owner, repo: this.repo, comment_id: id, body })
    ).data;
    return { id: c.id, body: c.body ?? '', author: c.user?.login ?? '', url: c.html_url };
  }

  async deleteComment(id: number): Promise<void> {
    await this.octokit.rest.issues.deleteComment({ owner: this.owner, repo: this.repo, comment_id: id });
  }

  /** The repository a pull request's head branch lives in ('' for a deleted fork). */
  async pullRequestHead(number: number): Promise<string> {
    const pr = (await this.octokit.rest.pulls.get({ owner: this.owner, repo: this.repo, pull_number: number })).data;
    return pr.head.repo?.full_name ?? '';
  }

  /**
   * The issue (not pull request) this token's identity opened whose body starts with `marker`,
   * open or closed, if any. Anyone may open an issue that carries the marker: only our own is ours.
   */
  async findIssue(marker: string, author: string): Promise<{ number: number; body: string; url: string } | undefined> {
    for await (const page of this.octokit.paginate.iterator(this.octokit.rest.issues.listForRepo, {
      owner: this.owner,
      repo: this.repo,
      state: 'all',
      per_page: 100,
    })) {
      const found = page.data.find(
        (i) => !i.pull_request && i.user?.login === author && (i.body ?? '').startsWith(marker),
      );
      if (found) return { number: found.number, body: found.body ?? '', url: found.html_url };
    }
    return undefined;
  }

  async createIssue(title: string, body: string, state: 'open' | 'closed'): Promise<{ number: number; url: string }> {
    const i = (await this.octokit.rest.issues.create({ owner: this.owner, repo: this.repo, title, body })).data;
    if (state === 'closed') return this.updateIssue(i.number, { state });
    return { number: i.number, url: i.html_url };
  }

  async updateIssue(
    number: number,
    change: { body?: string; state?: 'open' | 'closed'; title?: string },
  ): Promise<{ number: number; url: string }> {
    const i = (
      await this.octokit.rest.issues.update({ owner: this.owner, repo: this.repo, issue_number: number, ...change })
    ).data;
    return { number: i.number, url: i.html_url };
  }

  /** Whether a pull request is open or closed (merged counts as closed). */
  async pullRequestState(number: number): Promise<'open' | 'closed'> {
    const pr = (await this.octokit.rest.pulls.get({ owner: this.owner, repo: this.repo, pull_number: number })).data;
    return pr.state === 'open' ? 'open' : 'closed';
  }

  /** A file as of a commit, raw (the JSON form carries no content above 1 MB); undefined if absent. */
  async fileAt(repoPath: string, ref: string): Promise<string | undefined> {
    try {
      const r = await this.octokit.request('GET /repos/{owner}/{repo}/contents/{path}', {
        owner: this.owner,
        repo: this.repo,
        path: repoPath,
        ref,
        mediaType: { format: 'raw' },
      });
      return String(r.data);
    } catch (error) {
      if ((error as { status?: number }).status === 404) return undefined;
      throw error;
    }
  }
}
