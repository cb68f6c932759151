import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { UserError } from '../../src/errors.js';
import type { RunContext } from '../../src/github/context.js';
import { checkOrigin } from '../../src/github/trust.js';
import { settingsFor } from '../helpers/io.js';

const context = (extra: Partial<RunContext>): RunContext => ({
  eventName: '',
  apiUrl: 'https://api.github.com',
  inActions: true,
  repository: 'octo-org/airline-models',
  defaultBranch: 'main',
  ...extra,
});
const run = settingsFor({
  command: 'run',
  'model-name': 'atis',
  'training-data': 'examples/atis-intents/train.jsonl',
  'test-data': 'examples/atis-intents/test.jsonl',
  'bedrock-role-arn': 'arn:aws:iam::123456789012:role/b',
  's3-uri': 's3://bucket/p',
});
const refused = (p: Promise<void>, message: RegExp) =>
  assert.rejects(p, (e: unknown) => e instanceof UserError && message.test(e.message));

describe('where a run comes from', () => {
  it('the CLI on a machine, outside Actions, is its user: no event needed', async () => {
    await checkOrigin(run, context({ inActions: false, repository: undefined }));
  });
  it('on a runner, an event that tells nothing is refused', async () => {
    await refused(checkOrigin(run, context({})), /triggered by 'an unknown event'/);
  });
  it('a fork pull request goes ahead only with allow-forks, and never promotes', async () => {
    const fork = context({
      eventName: 'pull_request',
      ref: 'refs/pull/9/merge',
      pullRequest: {
        number: 9,
        headSha: 'a',
        baseSha: 'b',
        headRepo: 'mallory/airline-models',
        baseRepo: 'octo-org/airline-models',
        fromFork: true,
      },
    });
    await refused(checkOrigin(run, fork), /comes from a fork \(mallory\/airline-models\)/);
    await checkOrigin({ ...run, allowForks: true }, fork);
    await refused(checkOrigin({ ...run, allowForks: true, command: 'promote' }, fork), /changes production/);
  });
  it('promote on a push to the default branch or a tag goes ahead', async () => {
    await checkOrigin({ ...run, command: 'promote' }, context({ eventName: 'push', ref: 'refs/heads/main' }));
    await checkOrigin({ ...run, command: 'rollback' }, context({ eventName: 'release', ref: 'refs/tags/v2' }));
  });
});
