// infra/bedrock-model-ci.yaml: parsed as CloudFormation reads it, creating what the README says,
// with exactly the IAM documents of infra/iam (which the sandbox enforces in e2e/iam.test.ts).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../helpers/io.js';
import { readTemplate, resolve } from '../helpers/stack.js';

// The template's properties, read loosely: the assertions say what they expect of them.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = any;

const template = readTemplate();
const VALUES: Record<string, string> = {
  'AWS::AccountId': '123456789012',
  'AWS::Region': 'us-east-1',
  Bucket: 'the-bucket',
  'Bucket.Arn': 'arn:aws:s3:::the-bucket',
  Prefix: 'model-ci',
  GitHubRepository: 'octo-org/airline-models',
  GraderFunctionName: 'rft-grader',
  TrainingRoleName: 'model-ci-training',
  ReleaseRoleName: 'model-ci-release',
  BedrockServiceRoleName: 'bedrock-customization',
  KmsKeyArn: '',
  CreateOidcProvider: 'true',
  ResultsRetentionDays: '90',
  TrainingRole: 'model-ci-training',
  ReleaseRole: 'model-ci-release',
  BedrockServiceRole: 'bedrock-customization',
  'TrainingRole.Arn': 'arn:aws:iam::123456789012:role/model-ci-training',
  'ReleaseRole.Arn': 'arn:aws:iam::123456789012:role/model-ci-release',
  'BedrockServiceRole.Arn': 'arn:aws:iam::123456789012:role/bedrock-customization',
  'AWS::StackName': 'bedrock-model-ci',
};
/** An infra/iam document with its placeholders filled with the same values. */
const documentFor = (name: string) =>
  JSON.parse(
    readFileSync(path.join(ROOT, 'infra/iam', `${name}.json`), 'utf8')
      .replace(/\bBUCKET\b/g, VALUES.Bucket!)
      .replace(/\bPREFIX\b/g, VALUES.Prefix!)
      .replace(/\bACCOUNT\b/g, VALUES['AWS::AccountId']!)
      .replace(/\bREGION\b/g, VALUES['AWS::Region']!)
      .replace(/\bORG\/REPO\b/g, VALUES.GitHubRepository!)
      .replace(/\bGRADER\b/g, VALUES.GraderFunctionName!),
  );

describe('the CloudFormation stack', () => {
  it('parses with CloudFormation’s tags, and every reference names a parameter, resource or pseudo parameter', () => {
    const short = readTemplate('A: !Sub "${Bucket}/x"\nB: !GetAtt Role.Arn\nC: !If [Cond, !Ref X, "y"]\n') as unknown;
    assert.deepEqual(short, {
      A: { 'Fn::Sub': '${Bucket}/x' },
      B: { 'Fn::GetAtt': ['Role', 'Arn'] },
      C: { 'Fn::If': ['Cond', { Ref: 'X' }, 'y'] },
    });
    assert.equal(template.AWSTemplateFormatVersion, '2010-09-09');
    for (const [name, r] of Object.entries(template.Resources)) {
      assert.match(r.Type, /^AWS::/, name);
      assert.doesNotThrow(() => resolve(r.Properties, VALUES), name); // a reference to nothing throws
    }
    resolve(template.Outputs, VALUES);
  });

  it('creates the bucket versioned, encrypted, private, owner-enforced and TLS-only', () => {
    const bucket = template.Resources.Bucket!.Properties as Loose;
    assert.equal(bucket.VersioningConfiguration.Status, 'Enabled');
    assert.deepEqual(Object.values(bucket.PublicAccessBlockConfiguration), [true, true, true, true]);
    assert.equal(bucket.OwnershipControls.Rules[0].ObjectOwnership, 'BucketOwnerEnforced');
    assert.ok(bucket.BucketEncryption.ServerSideEncryptionConfiguration[0].ServerSideEncryptionByDefault['Fn::If']);
    const tls = (template.Resources.BucketPolicy!.Properties as Loose).PolicyDocument.Statement[0];
    assert.deepEqual([tls.Effect, tls.Condition], ['Deny', { Bool: { 'aws:SecureTransport': 'false' } }]);
    assert.equal(template.Resources.GitHubOidcProvider!.Condition, 'MakeOidcProvider');
  });

  it('gives each role exactly the documents the README shows and the sandbox enforces', () => {
    const role = (id: string) => template.Resources[id]!.Properties as Loose;
    const pairs: Array<[string, unknown, string]> = [
      ['TrainingRole', role('TrainingRole').AssumeRolePolicyDocument, 'training-trust'],
      ['TrainingRole', role('TrainingRole').Policies[0].PolicyDocument, 'training-policy'],
      ['ReleaseRole', role('ReleaseRole').AssumeRolePolicyDocument, 'release-trust'],
      ['ReleaseRole', role('ReleaseRole').Policies[0].PolicyDocument, 'release-policy'],
      ['BedrockServiceRole', role('BedrockServiceRole').AssumeRolePolicyDocument, 'bedrock-service-trust'],
      ['BedrockServiceRole', role('BedrockServiceRole').Policies[0].PolicyDocument, 'bedrock-service-policy'],
    ];
    for (const [id, doc, name] of pairs) assert.deepEqual(resolve(doc, VALUES), documentFor(name), `${id}: ${name}`);
    assert.equal(role('TrainingRole').MaxSessionDuration, 21600, 'a job can be waited for as long as a runner lives');
  });

  it('outputs what the workflow’s with: needs', () => {
    assert.deepEqual(resolve(template.Outputs, VALUES), {
      S3Uri: { Description: "The action's s3-uri.", Value: 's3://the-bucket/model-ci' },
      TrainingRoleArn: {
        Description: 'role-to-assume in the pull request workflow.',
        Value: VALUES['TrainingRole.Arn'],
      },
      ReleaseRoleArn: { Description: 'role-to-assume in the release workflow.', Value: VALUES['ReleaseRole.Arn'] },
      BedrockRoleArn: { Description: 'bedrock-role-arn.', Value: VALUES['BedrockServiceRole.Arn'] },
      AwsRegion: { Description: 'aws-region.', Value: 'us-east-1' },
      KmsKeyId: { Description: 'kms-key-id (empty without a key).', Value: '' },
    });
  });
});
