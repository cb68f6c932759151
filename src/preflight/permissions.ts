// The IAM requests each command makes, as IAM authorizes them (the Service Authorization
// Reference's actions, resources and condition keys): what `doctor` asks SimulatePrincipalPolicy
// about. A test runs every command under the stack's roles in the sandbox and checks that each
// action it was authorized for is in this list (e2e/iam.test.ts), so the list cannot fall behind.
import type { PermissionRequest } from '../aws/account.js';
import type { Command } from '../interface.js';
import type {
  RunSettings,
  AccessSettings,
  PointSettings,
  TrainingSettings,
  EvaluationSettings,
  PromotionSettings,
} from '../settings.js';
import { stripRegionPrefix } from '../models.js';

export interface Need extends PermissionRequest {
  /** what the action does with it, for the checklist */
  readonly why: string;
}

export interface Scope {
  readonly region: string;
  readonly account: string;
  readonly partition?: string;
}

const EVALUATION_TAGS = ['managed-by', 'model-name', 'purpose', 'workflow-run'];
const JOB_TAGS = ['managed-by', 'model-name', 'repository', 'pull-request', 'commit', 'dataset-hash', 'workflow-run'];
const PRODUCTION_TAGS = ['managed-by', 'model-name', 'stage'];

/** The requests `commands` make under one role, deduplicated. */
export function needsOf(
  commands: readonly Command[],
  settings: RunSettings & AccessSettings & PointSettings & TrainingSettings & EvaluationSettings & PromotionSettings,
  scope: Scope,
): Need[] {
  const partition = scope.partition ?? 'aws';
  const { region, account } = scope;
  const bucket = settings.s3?.bucket ?? '';
  const prefix = settings.s3?.prefix ?? '';
  const object = (path: string) => `arn:${partition}:s3:::${bucket}/${prefix ? `${prefix}/` : ''}${path}`;
  const bedrock = (kind: string, id: string) => `arn:${partition}:bedrock:${region}:${account}:${kind}/${id}`;
  const foundation = (id: string) => `arn:${partition}:bedrock:${region}::foundation-model/${id}`;
  const invocable = (id: string) =>
    id.startsWith('arn:')
      ? id
      : stripRegionPrefix(id) !== id
        ? bedrock('inference-profile', id)
        : foundation(id.replace(/:\d+k$/, ''));
  const name = settings.modelName || 'model';
  const customModel = bedrock('custom-model', `${name}-doctor`);
  const evalDeployment = bedrock('custom-model-deployment', `${name}-doctor-eval`);
  const production = bedrock('custom-model-deployment', `${name}-production`);
  const tagged = (keys: readonly string[], values: Record<string, string>) => ({
    'aws:TagKeys': keys,
    ...Object.fromEntries(Object.entries(values).map(([k, v]) => [`aws:RequestTag/${k}`, v])),
  });

  // the bucket-level requests, with the prefix condition the stack's policies put on them
  const bucketArn = `arn:${partition}:s3:::${bucket}`;
  const listPrefix = { 's3:prefix': `${prefix ? `${prefix}/` : ''}datasets/` };
  /** Reading Bedrock's invocation logs (invocation-logs), for `purpose`. */
  const logReads = (purpose: string): Need[] => {
    const logs = settings.invocationLogs;
    if (!logs) return [];
    const logPrefix = `${logs.prefix ? `${logs.prefix}/` : ''}AWSLogs/`;
    return [
      {
        action: 's3:ListBucket',
        resource: `arn:${partition}:s3:::${logs.bucket}`,
        context: { 's3:prefix': logPrefix },
        why: `list production's invocation logs (${purpose})`,
      },
      {
        action: 's3:GetObject',
        resource: `arn:${partition}:s3:::${logs.bucket}/${logPrefix}${account}/BedrockModelInvocationLogs/${region}/doctor.json.gz`,
        why: `read production's invocation logs (${purpose})`,
      },
    ];
  };
  const out: Need[] = [];
  const add = (...needs: Need[]) => out.push(...needs);
  const training = commands.includes('run');
  const release = commands.includes('promote') || commands.includes('rollback');
  const evaluates = commands.some((c) => c === 'run' || c === 'evaluate' || c === 'promote');
  const results = release ? 'results/release/doctor.json' : 'results/pr-1/doctor.json';

  add({ action: 's3:ListBucket', resource: bucketArn, context: listPrefix, why: 'list what is stored under s3-uri' });
  add({ action: 's3:GetObject', resource: object('registry/doctor.json'), why: 'read the model registry' });
  add({ action: 's3:GetObject', resource: object('datasets/doctor/train.jsonl'), why: 'read an uploaded dataset' });
  if (training) {
    add(
      {
        action: 's3:PutObject',
        resource: object('datasets/doctor/train.jsonl'),
        context: { 's3:if-none-match': '*', 's3:ObjectCreationOperation': 'true' },
        why: 'upload a dataset (never replacing one)',
      },
      {
        action: 's3:PutObject',
        resource: object('datasets/doctor/train.jsonl'),
        context: { 's3:ObjectCreationOperation': 'false' },
        why: 'upload the parts of a large dataset',
      },
      {
        action: 'bedrock:CreateModelCustomizationJob',
        resource: foundation(settings.baseModel.id),
        context: tagged(JOB_TAGS, { 'managed-by': 'bedrock-model-ci' }),
        why: 'start the customization job',
      },
      {
        action: 'bedrock:TagResource',
        resource: bedrock('model-customization-job', `${name}-doctor`),
        context: tagged(JOB_TAGS, { 'managed-by': 'bedrock-model-ci' }),
        why: 'tag the job and the custom model it creates',
      },
      {
        action: 'bedrock:GetModelCustomizationJob',
        resource: bedrock('model-customization-job', `${name}-doctor`),
        why: 'follow the job',
      },
      {
        action: 'bedrock:ListModelCustomizationJobs',
        resource: '*',
        why: 'find the job already trained from the same data',
      },
      ...(settings.bedrockRoleArn
        ? [
            {
              action: 'iam:PassRole',
              resource: settings.bedrockRoleArn,
              context: { 'iam:PassedToService': 'bedrock.amazonaws.com' },
              why: 'hand the Bedrock service role to the job',
            },
          ]
        : []),
      ...(settings.stopOnCancel
        ? [
            {
              action: 'bedrock:StopModelCustomizationJob',
              resource: bedrock('model-customization-job', `${name}-doctor`),
              why: 'stop the job when the workflow is cancelled (stop-on-cancel)',
            },
          ]
        : []),
    );
  }
  if (evaluates) {
    add(
      { action: 's3:GetObject', resource: object(results), why: 'read cached evaluation results' },
      {
        action: 's3:PutObject',
        resource: object(results),
        context: { 's3:ObjectCreationOperation': 'true' },
        why: 'store evaluation results',
      },
      {
        action: 'bedrock:GetFoundationModel',
        resource: foundation(settings.baseModel.inferenceId),
        why: 'find how to invoke the base model',
      },
      { action: 'bedrock:ListInferenceProfiles', resource: '*', why: "find this Region's inference profiles" },
      {
        action: 'bedrock:InvokeModel',
        resource: invocable(settings.baseModelInferenceId),
        why: 'evaluate the base model',
      },
      { action: 'bedrock:GetCustomModel', resource: customModel, why: 'read the candidate model' },
      { action: 'bedrock:ListCustomModelDeployments', resource: '*', why: 'find a deployment of the model' },
      { action: 'bedrock:GetCustomModelDeployment', resource: evalDeployment, why: 'wait for a deployment' },
      {
        action: 'bedrock:ListTagsForResource',
        resource: evalDeployment,
        why: "tell this action's evaluation deployments apart",
      },
      {
        action: 'bedrock:CreateCustomModelDeployment',
        resource: customModel,
        context: tagged(EVALUATION_TAGS, { purpose: 'evaluation', 'managed-by': 'bedrock-model-ci' }),
        why: 'deploy the candidate for evaluation',
      },
      {
        action: 'bedrock:TagResource',
        resource: evalDeployment,
        context: tagged(EVALUATION_TAGS, { purpose: 'evaluation', 'managed-by': 'bedrock-model-ci' }),
        why: 'tag the evaluation deployment as it is created',
      },
      {
        action: 'bedrock:DeleteCustomModelDeployment',
        resource: evalDeployment,
        context: { 'aws:ResourceTag/purpose': 'evaluation' },
        why: 'delete the evaluation deployment afterwards',
      },
      {
        action: 'bedrock:InvokeModel',
        resource: evalDeployment,
        context: { 'aws:ResourceTag/purpose': 'evaluation' },
        why: 'evaluate the candidate',
      },
      {
        action: 'bedrock:ListProvisionedModelThroughputs',
        resource: '*',
        why: "find this model's evaluation resources a lost runner left",
      },
    );
    if (settings.scorer === 'judge')
      add({ action: 'bedrock:InvokeModel', resource: invocable(settings.judgeModel), why: 'ask the judge' });
    if (settings.scorer === 'grader' && settings.graderLambdaArn)
      add({
        action: 'lambda:InvokeFunction',
        resource: settings.graderLambdaArn,
        why: 'grade answers with the grader Lambda',
      });
  }
  if (release) {
    add(
      {
        action: 'bedrock:ListModelCustomizationJobs',
        resource: '*',
        why: "find the job trained from the release's data",
      },
      {
        action: 'bedrock:GetModelCustomizationJob',
        resource: bedrock('model-customization-job', `${name}-doctor`),
        why: 'check what the job was created with',
      },
      {
        action: 's3:ListBucketVersions',
        resource: bucketArn,
        context: listPrefix,
        why: 'check that a dataset was not written again after upload',
      },
      {
        action: 's3:GetObjectVersion',
        resource: object('datasets/doctor/train.jsonl'),
        why: 'read the dataset version the job trained on',
      },
      {
        action: 's3:PutObject',
        resource: object('registry/doctor.json'),
        context: { 's3:ObjectCreationOperation': 'true' },
        why: 'record the promotion in the registry',
      },
      {
        action: 'bedrock:CreateCustomModelDeployment',
        resource: customModel,
        context: tagged(PRODUCTION_TAGS, { stage: 'production', 'managed-by': 'bedrock-model-ci' }),
        why: 'create the production endpoint',
      },
      {
        action: 'bedrock:UpdateCustomModelDeployment',
        resource: production,
        context: { 'aws:ResourceTag/stage': 'production' },
        why: 'point the production endpoint at the new version',
      },
      { action: 'bedrock:GetCustomModelDeployment', resource: production, why: 'wait for the production endpoint' },
      {
        action: 'bedrock:InvokeModel',
        resource: production,
        context: { 'aws:ResourceTag/stage': 'production' },
        why: 'verify the production endpoint',
      },
    );
    if (settings.watchMinutes > 0)
      add({
        action: 'cloudwatch:GetMetricData',
        resource: '*',
        why: "watch the endpoint's metrics after the swap (watch-minutes)",
      });
    add(...logReads('the shadow replay'));
  }
  if (commands.includes('monitor')) {
    add(
      { action: 'bedrock:GetCustomModel', resource: customModel, why: "find production's base model" },
      {
        action: 'bedrock:GetFoundationModel',
        resource: foundation(settings.baseModel.inferenceId),
        why: "read the base model's lifecycle (Legacy, end of life)",
      },
      { action: 'bedrock:ListCustomModels', resource: '*', why: "count this model's custom models (storage)" },
      { action: 'bedrock:ListTagsForResource', resource: customModel, why: "tell this action's custom models apart" },
      { action: 'cloudwatch:GetMetricData', resource: '*', why: "read the endpoint's use, errors and tokens" },
    );
    add(...logReads('drift'));
    if (settings.scorer === 'judge')
      add({
        action: 'bedrock:InvokeModel',
        resource: invocable(settings.judgeModel),
        why: "ask the judge to rate production's answers",
      });
  }
  if (commands.includes('prune')) {
    add(
      { action: 'bedrock:ListCustomModels', resource: '*', why: "find this model's custom models" },
      {
        action: 'bedrock:ListTagsForResource',
        resource: customModel,
        why: "prove a custom model is this action's, by its tags",
      },
      { action: 'bedrock:ListCustomModelDeployments', resource: '*', why: 'find what still serves a model' },
      {
        action: 'bedrock:ListProvisionedModelThroughputs',
        resource: '*',
        why: 'find Provisioned Throughput that still serves a model',
      },
      {
        action: 'bedrock:DeleteCustomModel',
        resource: customModel,
        context: { 'aws:ResourceTag/managed-by': 'bedrock-model-ci' },
        why: 'delete a custom model nobody will use (prune: apply)',
      },
    );
  }
  if (training || evaluates || commands.includes('prune') || commands.includes('monitor'))
    add(
      { action: 'pricing:GetProducts', resource: '*', why: 'read prices from the AWS Price List' },
      { action: 'pricing:GetAttributeValues', resource: '*', why: "find the price list's usage types" },
    );
  const seen = new Set<string>();
  return out.filter((n) => {
    const key = JSON.stringify([n.action, n.resource, n.context]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
