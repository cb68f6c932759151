import { getOctokit } from '@actions/github';

export interface IssueComment {
  readonly id: number;
  readonly body: string;
  readonly author: string;
  readonly url: string;
}

/** The GitHub REST calls the action makes, on one Octokit with the run's token and API URL. */
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
