// The CloudFormation template, read as CloudFormation reads it (its short-form tags included), and
// its intrinsic functions resolved for given parameters: what the stack would create.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, type Tags } from 'yaml';
import { ROOT } from './io.js';

/** CloudFormation's short forms (!Ref, !Sub, !GetAtt …) as their long forms. */
const TAGS: Tags = [
  'Ref',
  'Sub',
  'GetAtt',
  'If',
  'Equals',
  'Not',
  'And',
  'Or',
  'Join',
  'Select',
  'Split',
  'FindInMap',
  'Base64',
  'GetAZs',
  'ImportValue',
  'Condition',
].flatMap((name) => {
  const key = name === 'Ref' || name === 'Condition' ? name : `Fn::${name}`;
  const make = (value: unknown) => ({
    [key]: name === 'GetAtt' && typeof value === 'string' ? value.split('.') : value,
  });
  return [
    { tag: `!${name}`, resolve: (value: string) => make(value) },
    { tag: `!${name}`, collection: 'seq' as const, resolve: (value: { toJSON(): unknown }) => make(value.toJSON()) },
    { tag: `!${name}`, collection: 'map' as const, resolve: (value: { toJSON(): unknown }) => make(value.toJSON()) },
  ];
});

export interface Template {
  AWSTemplateFormatVersion: string;
  Parameters: Record<string, { Default?: unknown }>;
  Conditions: Record<string, unknown>;
  Resources: Record<string, { Type: string; Condition?: string; Properties: Record<string, unknown> }>;
  Outputs: Record<string, { Value: unknown }>;
}

export const readTemplate = (text = readFileSync(path.join(ROOT, 'infra/bedrock-model-ci.yaml'), 'utf8')): Template =>
  parse(text, { customTags: TAGS }) as Template;

/** The value with Ref, Fn::Sub and Fn::GetAtt resolved from `values` (parameters, pseudo parameters, resource names). */
export function resolve(value: unknown, values: Record<string, string>): unknown {
  if (Array.isArray(value)) return value.map((v) => resolve(v, values));
  if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if ('Ref' in o) return known(values, String(o.Ref));
    if ('Fn::Sub' in o) return String(o['Fn::Sub']).replace(/\$\{([^}]+)\}/g, (_, name: string) => known(values, name));
    if ('Fn::GetAtt' in o) return known(values, (o['Fn::GetAtt'] as string[]).join('.'));
    return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, resolve(v, values)]));
  }
  return value;
}

function known(values: Record<string, string>, name: string): string {
  if (!(name in values))
    throw new Error(`the template refers to ${name}, which is not a parameter, resource or pseudo parameter given`);
  return values[name]!;
}

/** A role's policy as the CloudFormation stack creates it, for the sandbox's account and bucket. */
export const stackPolicy = (
  role: 'TrainingRole' | 'ReleaseRole',
  values: { bucket: string; account: string; repository: string; grader: string },
): unknown =>
  resolve(
    (readTemplate().Resources[role]!.Properties as { Policies: Array<{ PolicyDocument: unknown }> }).Policies[0]!
      .PolicyDocument,
    {
      Bucket: values.bucket,
      Prefix: 'model-ci',
      'AWS::AccountId': values.account,
      'AWS::Region': 'us-east-1',
      GitHubRepository: values.repository,
      GraderFunctionName: values.grader,
      TrainingRoleName: 'model-ci-training',
      ReleaseRoleName: 'model-ci-release',
      BedrockServiceRoleName: 'bedrock-customization',
    },
  );
