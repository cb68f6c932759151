// doctor's pure parts: matching a records quota by its words, reading a trust policy, the checklist.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { trustsBedrock } from '../../src/preflight/checks.js';
import { recordsQuota } from '../../src/preflight/quotas.js';
import type { CheckResult } from '../../src/preflight/result.js';
import { principalOf } from '../../src/aws/account.js';
import { checklistLine, doctorSummary } from '../../src/report/doctor.js';

const quota = (name: string, value = 20_000) => ({ name, code: 'L-1', value, adjustable: true });

describe('recordsQuota', () => {
  const quotas = [
    quota('(Model customization) Sum of training and validation records for a Nova Lite v1 Fine-tuning job', 1),
    quota('(Model customization) Sum of training and validation records for a Nova 2 Lite Fine-tuning job', 2),
    quota('(Model customization) Sum of training and validation records for a Amazon Nova Micro Distillation job', 3),
  ];
  it('tells Nova Lite from Nova 2 Lite, and fine-tuning from distillation', () => {
    assert.equal(recordsQuota(quotas, 'Nova Lite', /fine-?tuning/i)?.value, 1);
    assert.equal(recordsQuota(quotas, 'Nova 2 Lite', /fine-?tuning/i)?.value, 2);
    assert.equal(recordsQuota(quotas, 'Nova Micro', /distillation/i)?.value, 3, '"Amazon" in the name is ignored');
    assert.equal(recordsQuota(quotas, 'Nova Micro', /fine-?tuning/i), undefined, 'no quota: undefined, not a guess');
  });
});

describe('trustsBedrock', () => {
  it('wants Allow sts:AssumeRole for the service principal bedrock.amazonaws.com', () => {
    const statement = (over: object) => ({
      Statement: [
        { Effect: 'Allow', Principal: { Service: 'bedrock.amazonaws.com' }, Action: 'sts:AssumeRole', ...over },
      ],
    });
    assert.equal(trustsBedrock(statement({})), true);
    assert.equal(
      trustsBedrock(statement({ Principal: { Service: ['lambda.amazonaws.com', 'bedrock.amazonaws.com'] } })),
      true,
    );
    assert.equal(trustsBedrock(statement({ Effect: 'Deny' })), false);
    assert.equal(trustsBedrock(statement({ Principal: { Service: 'lambda.amazonaws.com' } })), false);
    assert.equal(trustsBedrock(statement({ Action: 'sts:AssumeRoleWithWebIdentity' })), false);
    assert.equal(trustsBedrock(undefined), false);
  });
});

describe('principalOf', () => {
  it('turns an assumed-role session into its role (what SimulatePrincipalPolicy takes)', () => {
    assert.equal(
      principalOf('arn:aws:sts::123456789012:assumed-role/model-ci-training/bedrock-model-ci'),
      'arn:aws:iam::123456789012:role/model-ci-training',
    );
    assert.equal(principalOf('arn:aws:iam::123456789012:user/ci'), 'arn:aws:iam::123456789012:user/ci');
  });
});

describe('the checklist', () => {
  const failed: CheckResult = {
    check: 'Bucket',
    status: 'fail',
    detail: 'bucket `x` <img src=x> @octocat does not exist',
    fix: 'Deploy the stack.',
  };
  it('a log line carries the fix; the summary escapes what AWS or the inputs wrote', () => {
    assert.equal(checklistLine(failed), '✗ Bucket: bucket `x` <img src=x> @octocat does not exist → Deploy the stack.');
    const summary = doctorSummary([failed, { check: 'Credentials', status: 'pass', detail: 'ok' }]);
    assert.match(summary, /^### ✗ bedrock-model-ci doctor: 1 problem to fix before the first run/);
    assert.ok(summary.includes('\\<img') && !/[^\\]<img/.test(summary), 'no raw HTML');
    assert.ok(summary.includes('@\u200boctocat'), 'no mention');
    assert.match(summary, /1 passed · 0 warnings · 1 failed · 0 not checked/);
  });
});
