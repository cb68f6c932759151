// Every AWS operation the code can call must be allowed by the policy the README documents:
// a new call without a README change would fail for users with "AccessDenied".
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../helpers/io.js';

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : [],
  );
}

const S3_ACTIONS: Record<string, string[]> = {
  GetObject: ['s3:GetObject'],
  HeadObject: ['s3:GetObject'],
  PutObject: ['s3:PutObject'],
  ListObjectsV2: ['s3:ListBucket'],
  DeleteObject: ['s3:DeleteObject'],
};

/** The IAM actions the source can need, from the SDK commands it constructs. */
function requiredActions(): Set<string> {
  const actions = new Set<string>();
  for (const file of sources(path.join(ROOT, 'src'))) {
    const text = readFileSync(file, 'utf8');
    for (const [, op] of text.matchAll(/new (\w+)Command\(/g)) {
      if (/from '@aws-sdk\/client-s3'/.test(text) && S3_ACTIONS[op!]) S3_ACTIONS[op!]!.forEach((a) => actions.add(a));
      else if (op === 'Converse') actions.add('bedrock:InvokeModel');
      else if (/from '@aws-sdk\/client-bedrock'/.test(text)) actions.add(`bedrock:${op}`);
      else if (!S3_ACTIONS[op!])
        throw new Error(
          `${path.relative(ROOT, file)}: no IAM mapping for ${op}Command; add it to this test and the README policy`,
        );
    }
    // lib-storage's Upload: PutObject, or multipart (also s3:PutObject) and its abort.
    if (/new Upload\(/.test(text)) ['s3:PutObject', 's3:AbortMultipartUpload'].forEach((a) => actions.add(a));
    if (/fromWebToken\(/.test(text)) actions.add('sts:AssumeRoleWithWebIdentity');
  }
  return actions;
}

function documented(marker: string): string[] {
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const at = readme.indexOf(`<!-- ${marker} -->`);
  assert.ok(at >= 0, `README.md has <!-- ${marker} -->`);
  const json = /```json\n([\s\S]*?)```/.exec(readme.slice(at))![1]!;
  const policy = JSON.parse(json) as { Statement: Array<{ Action: string | string[] }> };
  return policy.Statement.flatMap((s) => (Array.isArray(s.Action) ? s.Action : [s.Action]));
}

describe('the documented IAM policies', () => {
  it('allow every AWS operation the code can call', () => {
    const allowed = new Set([...documented('iam:role-policy'), ...documented('iam:trust-policy')]);
    const missing = [...requiredActions()].filter((a) => !allowed.has(a));
    assert.deepEqual(missing, [], `add to the README policy: ${missing.join(', ')}`);
  });

  it('let the role pass the Bedrock service role, and the job run as it', () => {
    assert.ok(documented('iam:role-policy').includes('iam:PassRole'));
    assert.ok(requiredActions().has('bedrock:CreateModelCustomizationJob'));
  });
});
