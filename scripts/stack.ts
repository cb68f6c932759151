// The CloudFormation stack (infra/bedrock-model-ci.yaml), generated from the IAM documents in
// infra/iam/*.json: the README shows those documents, the sandbox enforces them, and the stack
// creates them, so the three are one. Placeholders become CloudFormation substitutions.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Placeholder in the documents → the template's substitution. */
export const SUBSTITUTIONS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bBUCKET\b/g, '${Bucket}'],
  [/\bPREFIX\b/g, '${Prefix}'],
  [/\bACCOUNT\b/g, '${AWS::AccountId}'],
  [/\bREGION\b/g, '${AWS::Region}'],
  [/\bORG\/REPO\b/g, '${GitHubRepository}'],
  [/\bGRADER\b/g, '${GraderFunctionName}'],
  [/\bmodel-ci-training\b/g, '${TrainingRoleName}'],
  [/\bmodel-ci-release\b/g, '${ReleaseRoleName}'],
  [/\bbedrock-customization\b/g, '${BedrockServiceRoleName}'],
];

/** A document with every string that names a placeholder as Fn::Sub. */
export function substituted(value: unknown): unknown {
  if (typeof value === 'string') {
    let out = value;
    for (const [re, sub] of SUBSTITUTIONS) out = out.replace(re, sub);
    return out === value ? value : { 'Fn::Sub': out };
  }
  if (Array.isArray(value)) return value.map(substituted);
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, substituted(v)]));
  return value;
}

/** With `KmsKeyArn`: the role may use the bucket's key. */
const kmsUse = (role: string) => ({
  Type: 'AWS::IAM::RolePolicy',
  Condition: 'UseKms',
  Properties: {
    RoleName: { Ref: role },
    PolicyName: 'bucket-key',
    PolicyDocument: {
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: ['kms:GenerateDataKey', 'kms:Decrypt'], Resource: { Ref: 'KmsKeyArn' } }],
    },
  },
});

const iam = (name: string) => JSON.parse(readFileSync(path.join(root, 'infra', 'iam', `${name}.json`), 'utf8'));

export function stackTemplate(): string {
  const template = {
    AWSTemplateFormatVersion: '2010-09-09',
    Description:
      'Bedrock Model CI: the S3 bucket, the Bedrock service role, and the training and release roles GitHub Actions assume with OIDC (one stack per repository).',
    Parameters: {
      GitHubRepository: {
        Type: 'String',
        Description: 'owner/name of the repository whose workflows assume the roles.',
        AllowedPattern: '^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$',
      },
      Prefix: {
        Type: 'String',
        Default: 'model-ci',
        Description: 'The path under the bucket: s3-uri is s3://<bucket>/<Prefix>.',
        AllowedPattern: '^[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*$',
      },
      CreateOidcProvider: {
        Type: 'String',
        Default: 'true',
        AllowedValues: ['true', 'false'],
        Description: 'Create the GitHub OIDC provider (an account has at most one: false when it exists).',
      },
      KmsKeyArn: {
        Type: 'String',
        Default: '',
        Description: "A KMS key for the bucket (and the action's kms-key-id); empty: SSE-S3.",
      },
      ResultsRetentionDays: {
        Type: 'Number',
        Default: 90,
        MinValue: 1,
        Description: 'Days cached evaluation results and reports are kept.',
      },
      GraderFunctionName: {
        Type: 'String',
        Default: 'rft-grader',
        Description: 'The RFT grader Lambda (scorer: grader, customization-type: rft).',
      },
      TrainingRoleName: { Type: 'String', Default: 'model-ci-training' },
      ReleaseRoleName: { Type: 'String', Default: 'model-ci-release' },
      BedrockServiceRoleName: { Type: 'String', Default: 'bedrock-customization' },
    },
    Conditions: {
      MakeOidcProvider: { 'Fn::Equals': [{ Ref: 'CreateOidcProvider' }, 'true'] },
      UseKms: { 'Fn::Not': [{ 'Fn::Equals': [{ Ref: 'KmsKeyArn' }, ''] }] },
    },
    Resources: {
      GitHubOidcProvider: {
        Type: 'AWS::IAM::OIDCProvider',
        Condition: 'MakeOidcProvider',
        Properties: { Url: 'https://token.actions.githubusercontent.com', ClientIdList: ['sts.amazonaws.com'] },
      },
      Bucket: {
        Type: 'AWS::S3::Bucket',
        DeletionPolicy: 'Retain',
        UpdateReplacePolicy: 'Retain',
        Properties: {
          // every write leaves a version: promote checks the job read the reviewed one
          VersioningConfiguration: { Status: 'Enabled' },
          BucketEncryption: {
            ServerSideEncryptionConfiguration: [
              {
                ServerSideEncryptionByDefault: {
                  'Fn::If': [
                    'UseKms',
                    { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: { Ref: 'KmsKeyArn' } },
                    { SSEAlgorithm: 'AES256' },
                  ],
                },
                BucketKeyEnabled: true,
              },
            ],
          },
          PublicAccessBlockConfiguration: {
            BlockPublicAcls: true,
            BlockPublicPolicy: true,
            IgnorePublicAcls: true,
            RestrictPublicBuckets: true,
          },
          OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] },
          LifecycleConfiguration: {
            Rules: [
              {
                Id: 'old-results',
                Status: 'Enabled',
                Prefix: { 'Fn::Sub': '${Prefix}/results/' },
                ExpirationInDays: { Ref: 'ResultsRetentionDays' },
                NoncurrentVersionExpiration: { NoncurrentDays: 1 },
              },
              {
                Id: 'unfinished-uploads',
                Status: 'Enabled',
                AbortIncompleteMultipartUpload: { DaysAfterInitiation: 7 },
              },
            ],
          },
        },
      },
      BucketPolicy: {
        Type: 'AWS::S3::BucketPolicy',
        Properties: {
          Bucket: { Ref: 'Bucket' },
          PolicyDocument: {
            Version: '2012-10-17',
            Statement: [
              {
                Sid: 'TlsOnly',
                Effect: 'Deny',
                Principal: '*',
                Action: 's3:*',
                Resource: [{ 'Fn::GetAtt': ['Bucket', 'Arn'] }, { 'Fn::Sub': '${Bucket.Arn}/*' }],
                Condition: { Bool: { 'aws:SecureTransport': 'false' } },
              },
            ],
          },
        },
      },
      BedrockServiceRole: {
        Type: 'AWS::IAM::Role',
        Properties: {
          RoleName: { Ref: 'BedrockServiceRoleName' },
          AssumeRolePolicyDocument: substituted(iam('bedrock-service-trust')),
          Policies: [
            { PolicyName: 'datasets-and-outputs', PolicyDocument: substituted(iam('bedrock-service-policy')) },
          ],
        },
      },
      TrainingRole: {
        Type: 'AWS::IAM::Role',
        Properties: {
          RoleName: { Ref: 'TrainingRoleName' },
          MaxSessionDuration: 21600,
          AssumeRolePolicyDocument: substituted(iam('training-trust')),
          Policies: [{ PolicyName: 'bedrock-model-ci-training', PolicyDocument: substituted(iam('training-policy')) }],
        },
      },
      ReleaseRole: {
        Type: 'AWS::IAM::Role',
        Properties: {
          RoleName: { Ref: 'ReleaseRoleName' },
          MaxSessionDuration: 21600,
          AssumeRolePolicyDocument: substituted(iam('release-trust')),
          Policies: [{ PolicyName: 'bedrock-model-ci-release', PolicyDocument: substituted(iam('release-policy')) }],
        },
      },
      KmsUse: kmsUse('TrainingRole'),
      KmsUseRelease: kmsUse('ReleaseRole'),
      KmsUseBedrock: kmsUse('BedrockServiceRole'),
    },
    Outputs: {
      S3Uri: { Description: "The action's s3-uri.", Value: { 'Fn::Sub': 's3://${Bucket}/${Prefix}' } },
      TrainingRoleArn: {
        Description: 'role-to-assume in the pull request workflow.',
        Value: { 'Fn::GetAtt': ['TrainingRole', 'Arn'] },
      },
      ReleaseRoleArn: {
        Description: 'role-to-assume in the release workflow.',
        Value: { 'Fn::GetAtt': ['ReleaseRole', 'Arn'] },
      },
      BedrockRoleArn: { Description: 'bedrock-role-arn.', Value: { 'Fn::GetAtt': ['BedrockServiceRole', 'Arn'] } },
      AwsRegion: { Description: 'aws-region.', Value: { Ref: 'AWS::Region' } },
      KmsKeyId: { Description: 'kms-key-id (empty without a key).', Value: { Ref: 'KmsKeyArn' } },
    },
  };
  // quoted: a YAML 1.1 reader would take the bare version for a date
  const yaml = stringify(template, { lineWidth: 0 }).replace(
    /^AWSTemplateFormatVersion: 2010-09-09$/m,
    'AWSTemplateFormatVersion: "2010-09-09"',
  );
  return `# Generated from infra/iam/*.json by \`npm run docs\` (scripts/stack.ts); edit those, not this file.\n# Deploy: see the README's quickstart.\n${yaml}`;
}
