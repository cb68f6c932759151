// GitHub as the action sees it: the Actions OIDC token endpoint, and the REST calls the action
// makes (issue comments with Link-header paging, pull requests and their files, file contents
// at a ref), with the token checked and comment writes optionally forbidden, as on fork PRs.
import http from 'node:http';
import type { OidcClaims, OidcIssuer } from './auth.js';
import { type CallLog, type FaultInjector, match, readBody } from './http.js';

export interface GithubUser {
  readonly login: string;
  readonly id: number;
  readonly type: 'User' | 'Bot';
}

export const ACTIONS_BOT: GithubUser = { login: 'github-actions[bot]', id: 41898282, type: 'Bot' };

export interface Comment {
  id: number;
  body: string;
  user: GithubUser;
  created_at: string;
  updated_at: string;
}

export interface PullRequestState {
  number: number;
  headSha: string;
  baseSha: string;
  headRepo: string;
  files: Array<{ filename: string; status: string; additions: number; deletions: number }>;
  merged?: boolean;
  /** 'closed' for a pull request closed without merging; a merged one is closed too */
  state?: 'open' | 'closed';
}

export interface GithubOptions {
  readonly repository: string;
  /** the token the action must present (GITHUB_TOKEN) */
  readonly token: string;
  /** the bearer token of ACTIONS_ID_TOKEN_REQUEST_TOKEN */
  readonly idTokenRequestToken: string;
  /** claims put into OIDC tokens: the workflow's context */
  oidc: Partial<OidcClaims>;
  /** comment writes answered 403, as for a fork's read-only token */
  forbidCommentWrites: boolean;
}

/** An issue (not a pull request), as the model-health issue is one. */
export interface IssueState {
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  user: GithubUser;
}

export interface GithubState {
  readonly comments: Map<number, Comment[]>;
  readonly issues: Map<number, IssueState>;
  readonly pulls: Map<number, PullRequestState>;
  /** file contents by commit sha, then path */
  readonly files: Map<string, Map<string, string>>;
  /** adds a comment by someone else (for tests of finding the action's own comment) */
  addComment(issue: number, body: string, user?: GithubUser): Comment;
}

const json = (res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
  const text = body === undefined ? '' : JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'x-github-request-id': 'SANDBOX',
    ...headers,
  });
  res.end(text);
};

export function githubHandler(options: GithubOptions, issuer: OidcIssuer, log: CallLog, faults: FaultInjector) {
  const [owner, repo] = options.repository.split('/') as [string, string];
  let nextId = 1_000_000;
  const comments = new Map<number, Comment[]>();
  const pulls = new Map<number, PullRequestState>();
  const issues = new Map<number, IssueState>();
  let nextIssue = 100;
  const files = new Map<string, Map<string, string>>();
  const now = () => new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
  const addComment = (issue: number, body: string, user: GithubUser = ACTIONS_BOT): Comment => {
    const c: Comment = { id: nextId++, body, user, created_at: now(), updated_at: now() };
    comments.set(issue, [...(comments.get(issue) ?? []), c]);
    return c;
  };
  const view = (issue: number, c: Comment, base: string) => ({
    id: c.id,
    node_id: `IC_kwDO${c.id}`,
    url: `${base}/repos/${owner}/${repo}/issues/comments/${c.id}`,
    html_url: `https://github.com/${owner}/${repo}/pull/${issue}#issuecomment-${c.id}`,
    issue_url: `${base}/repos/${owner}/${repo}/issues/${issue}`,
    body: c.body,
    user: { ...c.user, node_id: `MDM6Qm90${c.user.id}` },
    created_at: c.created_at,
    updated_at: c.updated_at,
    author_association: c.user.type === 'Bot' ? 'NONE' : 'MEMBER',
  });
  const findComment = (id: number): [number, Comment] | undefined => {
    for (const [issue, list] of comments) {
      const c = list.find((x) => x.id === id);
      if (c) return [issue, c];
    }
    return undefined;
  };

  const handler = async (req: http.IncomingMessage, res: http.ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
    const base = `http://${req.headers.host}`;
    const method = req.method ?? 'GET';
    const body = await readBody(req);
    const input = body.length ? (JSON.parse(body.toString('utf8')) as Record<string, unknown>) : {};
    const p = `/repos/${owner}/${repo}`;
    let operation = `${method} ${url.pathname}`;
    let params: Record<string, string> | undefined;
    const route = (m: string, pattern: string, name: string): boolean => {
      if (method !== m) return false;
      const found = match(pattern, url.pathname);
      if (found) {
        params = found;
        operation = name;
      }
      return found !== undefined;
    };

    if (route('GET', '/_oidc/token', 'GetIdToken')) {
      const call = log.record({
        service: 'github',
        operation,
        method,
        path: url.pathname,
        params: { audience: url.searchParams.get('audience') },
      });
      if (req.headers.authorization !== `Bearer ${options.idTokenRequestToken}`) {
        call.status = 401;
        return json(res, 401, { message: 'Unauthorized: the ID token request token is missing or wrong' });
      }
      const audience = url.searchParams.get('audience') ?? `https://github.com/${owner}`;
      const claims: OidcClaims = {
        sub: `repo:${options.repository}:pull_request`,
        repository: options.repository,
        ref: 'refs/pull/7/merge',
        sha: '0'.repeat(40),
        event_name: 'pull_request',
        repository_owner: owner,
        ...options.oidc,
        aud: audience,
      };
      call.status = 200;
      return json(res, 200, { value: issuer.sign(claims) });
    }

    const call = log.record({
      service: 'github',
      operation,
      method,
      path: url.pathname,
      params: { ...Object.fromEntries(url.searchParams), ...input },
    });
    const fault = await faults.decide(operation);
    if (fault.kind === 'throttle') {
      call.status = 429;
      call.fault = 'throttle';
      return json(res, 429, { message: 'API rate limit exceeded' }, { 'retry-after': '1' });
    }
    if (fault.kind === 'error') {
      call.status = fault.status;
      call.fault = 'error';
      return json(res, fault.status, { message: 'Server Error' });
    }
    const auth = req.headers.authorization ?? '';
    if (auth !== `token ${options.token}` && auth !== `Bearer ${options.token}`) {
      call.status = 401;
      return json(res, 401, { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest' });
    }
    const done = (status: number, out: unknown, headers: Record<string, string> = {}) => {
      call.status = status;
      call.operation = operation;
      json(res, status, out, headers);
    };

    if (route('GET', '/user', 'GetAuthenticatedUser')) {
      // An Actions installation token (GITHUB_TOKEN) is not a user: GitHub refuses it here.
      return done(403, {
        message: 'Resource not accessible by integration',
        documentation_url: 'https://docs.github.com/rest/users/users#get-the-authenticated-user',
      });
    }
    const issueView = (i: IssueState) => ({
      id: 2_000_000 + i.number,
      number: i.number,
      title: i.title,
      body: i.body,
      state: i.state,
      user: { ...i.user, node_id: `MDM6Qm90${i.user.id}` },
      html_url: `https://github.com/${owner}/${repo}/issues/${i.number}`,
      url: `${base}${p}/issues/${i.number}`,
    });
    if (route('GET', `${p}/issues`, 'ListIssues')) {
      const state = url.searchParams.get('state') ?? 'open';
      const all = [...issues.values()]
        .filter((i) => state === 'all' || i.state === state)
        .sort((a, b) => b.number - a.number);
      const perPage = Math.min(100, Number(url.searchParams.get('per_page') ?? 30));
      const pageNo = Math.max(1, Number(url.searchParams.get('page') ?? 1));
      const last = Math.max(1, Math.ceil(all.length / perPage));
      const links =
        pageNo < last ? [`<${base}${p}/issues?state=${state}&per_page=${perPage}&page=${pageNo + 1}>; rel="next"`] : [];
      return done(
        200,
        all.slice((pageNo - 1) * perPage, pageNo * perPage).map(issueView),
        links.length ? { link: links.join(', ') } : {},
      );
    }
    if (route('POST', `${p}/issues`, 'CreateIssue')) {
      const i: IssueState = {
        number: (nextIssue += 1),
        title: String(input.title ?? ''),
        body: String(input.body ?? ''),
        state: 'open',
        user: ACTIONS_BOT,
      };
      issues.set(i.number, i);
      return done(201, issueView(i));
    }
    if (route('PATCH', `${p}/issues/{issue}`, 'UpdateIssue')) {
      const i = issues.get(Number(params!.issue));
      if (!i) return done(404, { message: 'Not Found' });
      if (typeof input.body === 'string') i.body = input.body;
      if (typeof input.title === 'string') i.title = input.title;
      if (input.state === 'open' || input.state === 'closed') i.state = input.state;
      return done(200, issueView(i));
    }
    if (route('GET', `${p}/issues/{issue}/comments`, 'ListIssueComments')) {
      const issue = Number(params!.issue);
      const all = comments.get(issue) ?? [];
      const perPage = Math.min(100, Number(url.searchParams.get('per_page') ?? 30));
      const pageNo = Math.max(1, Number(url.searchParams.get('page') ?? 1));
      const last = Math.max(1, Math.ceil(all.length / perPage));
      const links: string[] = [];
      const link = (n: number, rel: string) =>
        `<${base}${p}/issues/${issue}/comments?per_page=${perPage}&page=${n}>; rel="${rel}"`;
      if (pageNo < last) links.push(link(pageNo + 1, 'next'), link(last, 'last'));
      if (pageNo > 1) links.push(link(1, 'first'), link(pageNo - 1, 'prev'));
      return done(
        200,
        all.slice((pageNo - 1) * perPage, pageNo * perPage).map((c) => view(issue, c, base)),
        links.length ? { link: links.join(', ') } : {},
      );
    }
    if (route('POST', `${p}/issues/{issue}/comments`, 'CreateIssueComment')) {
      if (options.forbidCommentWrites)
        return done(403, {
          message: 'Resource not accessible by integration',
          documentation_url: 'https://docs.github.com/rest/issues/comments#create-an-issue-comment',
        });
      const issue = Number(params!.issue);
      return done(201, view(issue, addComment(issue, String(input.body ?? '')), base));
    }
    if (route('PATCH', `${p}/issues/comments/{id}`, 'UpdateIssueComment')) {
      if (options.forbidCommentWrites) return done(403, { message: 'Resource not accessible by integration' });
      const found = findComment(Number(params!.id));
      if (!found) return done(404, { message: 'Not Found' });
      if (found[1].user.login !== ACTIONS_BOT.login)
        return done(403, { message: 'Resource not accessible by integration' });
      found[1].body = String(input.body ?? '');
      found[1].updated_at = now();
      return done(200, view(found[0], found[1], base));
    }
    if (route('DELETE', `${p}/issues/comments/{id}`, 'DeleteIssueComment')) {
      if (options.forbidCommentWrites) return done(403, { message: 'Resource not accessible by integration' });
      const found = findComment(Number(params!.id));
      if (!found) return done(404, { message: 'Not Found' });
      comments.set(
        found[0],
        comments.get(found[0])!.filter((c) => c.id !== found[1].id),
      );
      call.status = 204;
      res.writeHead(204);
      return void res.end();
    }
    if (route('GET', `${p}/pulls/{pull}`, 'GetPullRequest')) {
      const pr = pulls.get(Number(params!.pull));
      if (!pr) return done(404, { message: 'Not Found' });
      const repoView = (full: string) => ({
        full_name: full,
        name: full.split('/')[1],
        owner: { login: full.split('/')[0] },
        fork: full !== options.repository,
      });
      return done(200, {
        number: pr.number,
        state: pr.state ?? (pr.merged ? 'closed' : 'open'),
        merged: pr.merged ?? false,
        head: { sha: pr.headSha, ref: 'feature', repo: repoView(pr.headRepo) },
        base: { sha: pr.baseSha, ref: 'main', repo: repoView(options.repository) },
        html_url: `https://github.com/${options.repository}/pull/${pr.number}`,
      });
    }
    if (route('GET', `${p}/pulls/{pull}/files`, 'ListPullRequestFiles')) {
      const pr = pulls.get(Number(params!.pull));
      if (!pr) return done(404, { message: 'Not Found' });
      return done(
        200,
        pr.files.map((f) => ({ ...f, changes: f.additions + f.deletions, sha: '0'.repeat(40) })),
      );
    }
    if (method === 'GET' && url.pathname.startsWith(`${p}/contents/`)) {
      operation = 'GetContent';
      const filePath = decodeURIComponent(url.pathname.slice(`${p}/contents/`.length));
      const ref = url.searchParams.get('ref') ?? 'main';
      const content = files.get(ref)?.get(filePath);
      if (content === undefined)
        return done(404, {
          message: 'Not Found',
          documentation_url: 'https://docs.github.com/rest/repos/contents#get-repository-content',
        });
      const size = Buffer.byteLength(content);
      if (/application\/vnd\.github(?:\.v3)?\.raw/.test(req.headers.accept ?? '')) {
        call.status = 200;
        call.operation = operation;
        res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8', 'content-length': size });
        return void res.end(content);
      }
      // As on GitHub: above 1 MB the JSON form carries no content; ask for the raw media type.
      const inline = size <= 1024 * 1024;
      return done(200, {
        type: 'file',
        path: filePath,
        name: filePath.split('/').pop(),
        size,
        sha: '0'.repeat(40),
        encoding: inline ? 'base64' : 'none',
        content: inline ? Buffer.from(content).toString('base64') : '',
      });
    }
    done(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' });
  };

  const state: GithubState = { comments, issues, pulls, files, addComment };
  return { handler, state };
}
