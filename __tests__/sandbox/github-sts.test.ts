// GitHub (OIDC token endpoint, REST through Octokit) and STS through the real SDK provider.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { AssumeRoleWithWebIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { fromWebToken } from '@aws-sdk/credential-providers';
import { ListModelCustomizationJobsCommand } from '@aws-sdk/client-bedrock';
import { getOctokit } from '@actions/github';
import { startSandbox, SANDBOX_ROLE, type Sandbox } from '../../sandbox/index.js';
import { clients, sleep } from '../helpers/sandbox.js';

let sandbox: Sandbox;
before(async () => {
  sandbox = await startSandbox({ sts: { credentialTtlSeconds: 1, declaredTtlSeconds: 3600 } });
});
after(() => sandbox.stop());

const octokit = (token = sandbox.github.options.token) => getOctokit(token, { baseUrl: sandbox.endpoints.github });
const [owner, repo] = ['octo-org', 'airline-models'];

async function idToken(audience = 'sts.amazonaws.com'): Promise<string> {
  // @actions/core's getIDToken reads these at call time and appends &audience= to the URL.
  Object.assign(process.env, sandbox.oidcEnv);
  const core = await import('@actions/core');
  return core.getIDToken(audience);
}

describe('sandbox GitHub OIDC and STS', () => {
  it('issues an OIDC token that STS exchanges for session credentials (fromWebToken)', async () => {
    const token = await idToken();
    const claims = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString());
    assert.equal(claims.aud, 'sts.amazonaws.com');
    assert.equal(claims.sub, 'repo:octo-org/airline-models:pull_request');
    const provider = fromWebToken({
      roleArn: SANDBOX_ROLE,
      webIdentityToken: token,
      roleSessionName: 'bedrock-model-ci',
      clientConfig: { region: 'us-east-1', endpoint: sandbox.endpoints.sts },
    });
    const credentials = await provider();
    assert.match(credentials.accessKeyId, /^ASIA/);
    assert.ok(credentials.sessionToken && credentials.expiration);
    await clients(sandbox, credentials).bedrock.send(new ListModelCustomizationJobsCommand({}));
  });

  it('rejects credentials after their real lifetime with ExpiredTokenException', async () => {
    const provider = fromWebToken({
      roleArn: SANDBOX_ROLE,
      webIdentityToken: await idToken(),
      clientConfig: { region: 'us-east-1', endpoint: sandbox.endpoints.sts },
    });
    const credentials = await provider();
    await sleep(1100);
    await assert.rejects(clients(sandbox, credentials, 1).bedrock.send(new ListModelCustomizationJobsCommand({})), {
      name: 'ExpiredTokenException',
    });
  });

  it('refuses the wrong audience, an untrusted subject and a forged token', async () => {
    const sts = new STSClient({ region: 'us-east-1', endpoint: sandbox.endpoints.sts });
    const assume = (token: string) =>
      sts.send(
        new AssumeRoleWithWebIdentityCommand({ RoleArn: SANDBOX_ROLE, RoleSessionName: 's', WebIdentityToken: token }),
      );
    await assert.rejects(
      assume(await idToken('api://other')),
      (e: Error) => e.name === 'InvalidIdentityTokenException' && /audience/.test(e.message),
    );
    sandbox.github.options.oidc = { sub: 'repo:someone-else/fork:pull_request' };
    await assert.rejects(
      assume(await idToken()),
      (e: Error) =>
        /AccessDenied/.test(e.name) && /Not authorized to perform sts:AssumeRoleWithWebIdentity/.test(e.message),
    );
    sandbox.github.options.oidc = {};
    const [h, p] = (await idToken()).split('.');
    await assert.rejects(
      assume(`${h}.${p}.${Buffer.from('forged').toString('base64url')}`),
      (e: Error) => e.name === 'InvalidIdentityTokenException' && /signature/.test(e.message),
    );
  });

  it('requires the bearer token on the OIDC endpoint', async () => {
    const r = await fetch(`${sandbox.oidcEnv.ACTIONS_ID_TOKEN_REQUEST_URL}&audience=sts.amazonaws.com`, {
      headers: { authorization: 'Bearer wrong' },
    });
    assert.equal(r.status, 401);
  });
});

describe('sandbox GitHub REST', () => {
  it('creates, pages through, updates and deletes issue comments', async () => {
    const gh = octokit();
    for (let i = 0; i < 5; i++)
      sandbox.github.state.addComment(7, `human comment ${i}`, { login: 'dana-ml', id: 5150, type: 'User' });
    const created = await gh.rest.issues.createComment({
      owner,
      repo,
      issue_number: 7,
      body: '<!-- marker -->\nhello',
    });
    assert.equal(created.status, 201);
    assert.equal(created.data.user?.login, 'github-actions[bot]');
    const firstPage = await gh.rest.issues.listComments({ owner, repo, issue_number: 7, per_page: 2 });
    assert.match(firstPage.headers.link!, /rel="next"/);
    const all = await gh.paginate(gh.rest.issues.listComments, { owner, repo, issue_number: 7, per_page: 2 });
    assert.equal(all.length, 6);
    await gh.rest.issues.updateComment({ owner, repo, comment_id: created.data.id, body: '<!-- marker -->\nupdated' });
    assert.equal(sandbox.github.state.comments.get(7)!.at(-1)!.body, '<!-- marker -->\nupdated');
    await gh.rest.issues.deleteComment({ owner, repo, comment_id: created.data.id });
    assert.equal(sandbox.github.state.comments.get(7)!.length, 5);
  });

  it('refuses a wrong token (401) and comment writes when forbidden (403)', async () => {
    await assert.rejects(
      octokit('ghs_wrong').rest.issues.listComments({ owner, repo, issue_number: 7 }),
      (e: Error & { status?: number }) => e.status === 401,
    );
    sandbox.github.options.forbidCommentWrites = true;
    await assert.rejects(
      octokit().rest.issues.createComment({ owner, repo, issue_number: 7, body: 'x' }),
      (e: Error & { status?: number }) => e.status === 403 && /Resource not accessible by integration/.test(e.message),
    );
    sandbox.github.options.forbidCommentWrites = false;
  });

  it('serves pull requests, their files, and file contents at a ref (raw above 1 MB)', async () => {
    sandbox.github.state.pulls.set(7, {
      number: 7,
      headSha: 'h'.repeat(40),
      baseSha: 'b'.repeat(40),
      headRepo: 'someone/airline-models',
      files: [{ filename: 'datasets/train.jsonl', status: 'modified', additions: 3, deletions: 1 }],
    });
    const pr = await octokit().rest.pulls.get({ owner, repo, pull_number: 7 });
    assert.equal(pr.data.head.repo?.fork, true);
    const files = await octokit().rest.pulls.listFiles({ owner, repo, pull_number: 7 });
    assert.equal(files.data[0]!.changes, 4);
    const big = 'x'.repeat(1_100_000);
    sandbox.github.state.files.set(
      'b'.repeat(40),
      new Map([
        ['datasets/train.jsonl', big],
        ['small.txt', 'hello'],
      ]),
    );
    const small = await octokit().rest.repos.getContent({ owner, repo, path: 'small.txt', ref: 'b'.repeat(40) });
    assert.equal(Buffer.from((small.data as { content: string }).content, 'base64').toString(), 'hello');
    const json = await octokit().rest.repos.getContent({
      owner,
      repo,
      path: 'datasets/train.jsonl',
      ref: 'b'.repeat(40),
    });
    assert.equal((json.data as { encoding: string }).encoding, 'none');
    const raw = await octokit().request('GET /repos/{owner}/{repo}/contents/{path}', {
      owner,
      repo,
      path: 'datasets/train.jsonl',
      ref: 'b'.repeat(40),
      mediaType: { format: 'raw' },
    });
    assert.equal(String(raw.data).length, big.length);
  });
});
