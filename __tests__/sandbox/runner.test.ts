// The runner harness, on a tiny action: what it does must be what the GitHub runner does.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { parseFileCommands, ROOT, runAction } from '../../sandbox/runner.js';
import { startSandbox, type Sandbox } from '../../sandbox/index.js';

const actionDir = path.join(ROOT, '__tests__/fixtures/tiny-action');
let sandbox: Sandbox;
before(async () => {
  sandbox = await startSandbox();
});
after(() => sandbox.stop());

describe('the runner harness', () => {
  it('applies defaults, reads heredoc outputs, the summary, annotations and GITHUB_ENV, and hands state to post', async () => {
    const r = await runAction({ actionDir, githubToken: 'ghs_abc' });
    assert.equal(r.exitCode, 0, r.stderr);
    assert.equal(r.outputs.greeting, 'Hello\nWorld');
    assert.equal(r.outputs['token-length'], '7', 'the ${{ github.token }} default becomes the token');
    assert.deepEqual(r.state, { started: 'yes' });
    assert.deepEqual(r.env, { TINY: '1' });
    assert.match(r.summary, /<h1>Tiny<\/h1>\ngreeted World/);
    assert.deepEqual(r.annotations, [
      { level: 'warning', message: 'careful, with: commas', file: 'data/a.jsonl', line: 3 },
    ]);
    assert.ok(r.post!.log.includes('post sees started=yes cancelled=no TINY=1'), r.post!.log.join('\n'));
  });

  it('passes inputs and reports failures with their message', async () => {
    const r = await runAction({ actionDir, inputs: { 'who-to-greet': 'Ada', fail: 'true' }, post: false });
    assert.equal(r.exitCode, 1);
    assert.equal(r.outputs.greeting, 'Hello\nAda');
    assert.deepEqual(r.annotations.at(-1), {
      level: 'error',
      message: 'it failed\non two lines',
      file: undefined,
      line: undefined,
    });
    assert.equal(r.post, undefined);
  });

  it('serves OIDC tokens when the job has id-token: write', async () => {
    const r = await runAction({
      actionDir,
      inputs: { oidc: 'true' },
      oidc: {
        url: sandbox.oidcEnv.ACTIONS_ID_TOKEN_REQUEST_URL,
        token: sandbox.oidcEnv.ACTIONS_ID_TOKEN_REQUEST_TOKEN,
      },
      post: false,
    });
    assert.equal(r.exitCode, 0, r.stdout);
    assert.equal(r.outputs['token-parts'], '3');
    assert.equal(sandbox.calls.count('github', 'GetIdToken'), 1);
  });

  it('cancels a run with SIGINT and still runs the post step', async () => {
    const r = await runAction({
      actionDir,
      inputs: { wait: 'true' },
      cancelWhen: (line) => line === 'waiting to be cancelled',
    });
    assert.equal(r.exitCode, 1);
    assert.ok(r.log.includes('got SIGINT'));
    assert.ok(r.post!.log.includes('post sees started=yes cancelled=true TINY=1'), r.post!.log.join('\n'));
  });

  it('parses both forms of file commands', () => {
    assert.deepEqual(parseFileCommands('a=1\nb<<EOF_X\nline 1\nline 2\nEOF_X\nc=x=y\n'), {
      a: '1',
      b: 'line 1\nline 2',
      c: 'x=y',
    });
    assert.throws(() => parseFileCommands('b<<EOF\nnever closed'), /unterminated heredoc/);
  });
});
