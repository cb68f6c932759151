// Every AWS operation the code can call must be named by a policy docs/iam.md documents (generated
// from infra/iam): a new call without a policy change would fail for users with "AccessDenied".
// Whether each role's requests are allowed, with conditions and tags evaluated as IAM does, is
// tested through the sandbox in __tests__/e2e/iam.test.ts.
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
  ListObjectVersions: ['s3:ListBucketVersions'],
  DeleteObject: ['s3:DeleteObject'],
  GetBucketLocation: ['s3:GetBucketLocation'],
  GetBucketVersioning: ['s3:GetBucketVersioning'],
  GetBucketEncryption: ['s3:GetEncryptionConfiguration'],
};

/** The adapter each of services.ts's getters builds (src/deps.ts `Services`). */
const SERVICES: Record<string, string> = {
  jobs: 'aws/bedrock-jobs',
  models: 'aws/custom-models',
  deployments: 'aws/deployments',
  endpointUpdates: 'aws/endpoint-updates',
  foundation: 'aws/foundation-models',
  runtime: 'aws/runtime',
  priceList: 'aws/pricing',
  metrics: 'aws/metrics',
  account: 'aws/account',
  logs: 'aws/invocation-logs',
};

/**
 * The source files a command can run: its runtime imports (static and dynamic), followed through.
 * services.ts imports every adapter but builds one only when a step asks for it, so an adapter
 * counts when a file of the closure uses its getter (`services.jobs`, `{ jobs } = services`).
 */
function closure(entries: string[]): string[] {
  const seen = new Set<string>();
  const used = new Set<string>();
  const queue = entries.map((e) => path.join(ROOT, e));
  const services = path.join(ROOT, 'src/services.ts');
  for (;;) {
    while (queue.length) {
      const file = queue.pop()!;
      if (seen.has(file)) continue;
      seen.add(file);
      const text = readFileSync(file, 'utf8');
      for (const [, name] of text.matchAll(/services\.(\w+)/g)) used.add(name!);
      for (const [, names] of text.matchAll(/\{([^}]*)\} = (?:\w+\.)?services;/g))
        for (const name of names!.split(',')) used.add(name.trim().split(':')[0]!.trim());
      if (file === services) continue;
      const specifiers = [
        ...text.matchAll(/^import (?!type )[^;]*?from '(\.{1,2}\/[^']+)\.js';/gms),
        ...text.matchAll(/import\('(\.{1,2}\/[^']+)\.js'\)/g),
      ].map((m) => m[1]!);
      for (const spec of specifiers) queue.push(path.resolve(path.dirname(file), `${spec}.ts`));
    }
    const more = [...used].flatMap((n) => (SERVICES[n] ? [path.join(ROOT, 'src', `${SERVICES[n]}.ts`)] : []));
    if (more.every((f) => seen.has(f))) break;
    queue.push(...more.filter((f) => !seen.has(f)));
  }
  return [...seen];
}

/** The IAM actions these source files can need, from the SDK commands they construct. */
function requiredActions(files: string[] = sources(path.join(ROOT, 'src'))): Set<string> {
  const actions = new Set<string>();
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    for (const [, op] of text.matchAll(/new (\w+)Command\(/g)) {
      if (/from '@aws-sdk\/client-s3'/.test(text) && S3_ACTIONS[op!]) S3_ACTIONS[op!]!.forEach((a) => actions.add(a));
      else if (op === 'Converse') actions.add('bedrock:InvokeModel');
      else if (/from '@aws-sdk\/client-bedrock'/.test(text)) actions.add(`bedrock:${op}`);
      else if (op === 'Invoke' && /from '@aws-sdk\/client-lambda'/.test(text)) actions.add('lambda:InvokeFunction');
      else if (/from '@aws-sdk\/client-pricing'/.test(text)) actions.add(`pricing:${op}`);
      else if (/from '@aws-sdk\/client-cloudwatch'/.test(text)) actions.add(`cloudwatch:${op}`);
      // doctor's: GetCallerIdentity needs no permission
      else if (op === 'GetCallerIdentity') continue;
      else if (op === 'GetRole' || op === 'SimulatePrincipalPolicy') actions.add(`iam:${op}`);
      else if (/^List(AWSDefault)?ServiceQuotas$/.test(op!)) actions.add(`servicequotas:${op}`);
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

interface Statement {
  Effect: 'Allow' | 'Deny';
  Action: string | string[];
  Resource: string | string[];
}

function statements(marker: string): Statement[] {
  const readme = readFileSync(path.join(ROOT, 'docs/iam.md'), 'utf8');
  const at = readme.indexOf(`<!-- ${marker} -->`);
  assert.ok(at >= 0, `docs/iam.md has <!-- ${marker} -->`);
  const json = /```json\n([\s\S]*?)```/.exec(readme.slice(at))![1]!;
  return (JSON.parse(json) as { Statement: Statement[] }).Statement;
}
const list = (x: string | string[]) => (Array.isArray(x) ? x : [x]);
const documented = (marker: string) => statements(marker).flatMap((s) => list(s.Action));

/** Which role runs which commands (the README's two workflows), and where its policy is. */
const ROLES = {
  training: {
    policy: 'iam:training-policy',
    trust: 'iam:training-trust',
    // run and evaluate on pull requests; the post step that stops a cancelled job.
    entries: ['src/commands/run.ts', 'src/commands/evaluate.ts', 'src/aws/clients.ts', 'src/aws/bedrock-jobs.ts'],
  },
  release: {
    policy: 'iam:release-policy',
    trust: 'iam:release-trust',
    entries: ['src/commands/promote.ts', 'src/commands/rollback.ts', 'src/commands/prune.ts', 'src/aws/clients.ts'],
  },
} as const;

describe('the documented IAM policies, one per role', () => {
  it('the training role cannot move production: no endpoint update, no registry or release-cache writes', () => {
    const policy = statements(ROLES.training.policy);
    const allows = policy.filter((s) => s.Effect === 'Allow');
    assert.ok(!allows.flatMap((s) => list(s.Action)).includes('bedrock:UpdateCustomModelDeployment'));
    const writable = allows
      .filter((s) => list(s.Action).some((a) => a === 's3:PutObject' || a === 's3:*'))
      .flatMap((s) => list(s.Resource));
    for (const key of ['PREFIX/registry/atis.json', 'PREFIX/results/release/x/y.json']) {
      const covered = writable.filter((r) =>
        new RegExp(`^${r.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`).test(
          `arn:aws:s3:::BUCKET/${key}`,
        ),
      );
      assert.deepEqual(covered, [], `the training role can write ${key}`);
    }
    assert.ok(
      !requiredActions(closure([...ROLES.training.entries])).has('bedrock:UpdateCustomModelDeployment'),
      'no training command can update the endpoint',
    );
  });

  it('each role is trusted only for its own environment', () => {
    const subjects = (marker: string) => JSON.stringify(statements(marker));
    assert.match(subjects(ROLES.training.trust), /"repo:ORG\/REPO:environment:model-training"/);
    assert.doesNotMatch(subjects(ROLES.training.trust), /:pull_request"|:ref:/);
    assert.match(subjects(ROLES.release.trust), /"repo:ORG\/REPO:environment:model-production"/);
    assert.doesNotMatch(subjects(ROLES.release.trust), /:pull_request"|model-training/);
  });
});

describe('the documented IAM policies', () => {
  it('allow every AWS operation the code can call', () => {
    const allowed = new Set(Object.values(ROLES).flatMap((r) => [...documented(r.policy), ...documented(r.trust)]));
    const missing = [...requiredActions()].filter((a) => !allowed.has(a));
    assert.deepEqual(missing, [], `add to the README policy: ${missing.join(', ')}`);
  });

  it('let the role pass the Bedrock service role, and the job run as it', () => {
    assert.ok(documented(ROLES.training.policy).includes('iam:PassRole'));
    assert.ok(requiredActions().has('bedrock:CreateModelCustomizationJob'));
  });
});
