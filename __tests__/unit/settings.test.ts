import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { UserError } from '../../src/errors.js';
import { INPUTS } from '../../src/interface.js';
import type { InputName } from '../../src/interface.js';
import { settingsFor } from '../helpers/io.js';

const base = { 'training-data': 'examples/atis-intents/train.jsonl' };
const fails = (inputs: Partial<Record<InputName, string>>, message: string | RegExp) =>
  assert.throws(
    () => settingsFor({ ...base, ...inputs }),
    (e: unknown) => {
      assert.ok(e instanceof UserError, String(e));
      if (typeof message === 'string') assert.equal(e.message, message);
      else assert.match(e.message, message);
      return true;
    },
  );

describe('settings', () => {
  it('applies every default from the interface', () => {
    const s = settingsFor(base);
    assert.equal(s.command, 'validate');
    assert.equal(s.baseModel.id, 'amazon.nova-micro-v1:0:128k');
    assert.equal(s.baseModelInferenceId, 'amazon.nova-micro-v1:0');
    assert.equal(s.customizationType, 'sft');
    assert.equal(s.waitMinutes, 330);
    assert.equal(s.evalConcurrency, 8);
    assert.equal(s.compareBase, true);
    assert.equal(s.pii, 'warn');
    assert.equal(s.minAccuracy, undefined);
    assert.ok(s.trainingData!.endsWith('/examples/atis-intents/train.jsonl'));
    assert.equal(INPUTS.find((i) => i.name === 'command')!.default, 'run');
  });

  it('reads booleans strictly', () => {
    assert.equal(settingsFor({ ...base, 'stop-on-cancel': 'True' }).stopOnCancel, true);
    fails({ 'stop-on-cancel': 'yes' }, "Input 'stop-on-cancel' is 'yes'. Expected a boolean: true or false.");
  });

  it('checks numbers and their ranges', () => {
    assert.equal(settingsFor({ ...base, 'wait-minutes': '12.5' }).waitMinutes, 12.5);
    fails({ 'validation-split': '0.6' }, "Input 'validation-split' is '0.6'. Expected a number from 0 to 0.5.");
    fails({ 'eval-concurrency': '2.5' }, "Input 'eval-concurrency' is '2.5'. Expected a whole number from 1 to 128.");
    fails({ 'min-accuracy': '95' }, "Input 'min-accuracy' is '95'. Expected a number from 0 to 1.");
  });

  it('names the supported base models and customization types', () => {
    fails(
      { 'base-model': 'amazon.titan-text-lite-v1' },
      /^Input 'base-model' is 'amazon.titan-text-lite-v1', which is not a customizable base model\. Supported: amazon\.nova-micro-v1:0:128k \(sft, distillation\);/,
    );
    fails({ 'base-model': 'amazon.nova-premier-v1:0:1000k' }, /\(it can only be a distillation teacher\)/);
    fails(
      { 'customization-type': 'rft' },
      "Input 'customization-type' is 'rft', which Nova Micro (amazon.nova-micro-v1:0:128k) does not support. It supports: sft, distillation. Choose one of those, or a base model that supports rft.",
    );
  });

  it('checks distillation teacher and student pairs', () => {
    fails(
      { 'customization-type': 'distillation' },
      /^Input 'teacher-model' is required when 'customization-type' is 'distillation'/,
    );
    fails(
      { 'customization-type': 'distillation', 'teacher-model': 'amazon.nova-micro-v1:0' },
      /is not a distillation teacher/,
    );
    fails(
      {
        'customization-type': 'distillation',
        'teacher-model': 'amazon.nova-pro-v1:0',
        'base-model': 'amazon.nova-pro-v1:0:300k',
      },
      "Input 'teacher-model' 'amazon.nova-pro-v1:0' cannot teach 'amazon.nova-pro-v1:0:300k'. Its students are: amazon.nova-micro-v1:0:128k, amazon.nova-lite-v1:0:300k.",
    );
    const teacher = (value: string) => {
      const s = settingsFor({ ...base, 'customization-type': 'distillation', 'teacher-model': value });
      return [s.teacherModel, s.teacherModelInput];
    };
    assert.deepEqual(teacher('us.amazon.nova-premier-v1:0'), ['us.amazon.nova-premier-v1:0', undefined]);
    // As AWS's customization table spells it: sent as the id Bedrock invokes, and the input kept for the notice.
    assert.deepEqual(teacher('amazon.nova-premier-v1:0:1000k'), [
      'amazon.nova-premier-v1:0',
      'amazon.nova-premier-v1:0:1000k',
    ]);
    assert.deepEqual(teacher('eu.amazon.nova-premier-v1:0:1000k')[0], 'eu.amazon.nova-premier-v1:0');
    assert.deepEqual(teacher('apac.amazon.nova-pro-v1:0:300k')[0], 'apac.amazon.nova-pro-v1:0');
    const profileArn = 'arn:aws:bedrock:us-east-1:123456789012:inference-profile/us.amazon.nova-premier-v1:0';
    assert.deepEqual(teacher(profileArn), [profileArn, undefined]);
    assert.deepEqual(
      teacher('arn:aws:bedrock:us-east-1::foundation-model/amazon.nova-premier-v1:0:1000k')[0],
      'arn:aws:bedrock:us-east-1::foundation-model/amazon.nova-premier-v1:0',
    );
    fails(
      { 'customization-type': 'distillation', 'teacher-model': 'amazon.nova-premier-v2:0:1000k' },
      /is not a distillation teacher\. .*'amazon\.nova-premier-v1:0:1000k'/,
    );
  });

  it('requires a grader for RFT and nothing stray for SFT', () => {
    fails(
      { 'base-model': 'amazon.nova-2-lite-v1:0:256k', 'customization-type': 'rft' },
      /^Input 'grader-lambda-arn' is required/,
    );
    fails(
      { 'grader-lambda-arn': 'arn:aws:lambda:us-east-1:123456789012:function:g' },
      /'customization-type' is 'sft' and 'scorer' is 'normalized'. Set 'customization-type: rft' or 'scorer: grader', or remove 'grader-lambda-arn'/,
    );
    // one grader serves RFT training and the evaluation of any method
    assert.equal(
      settingsFor({
        ...base,
        scorer: 'grader',
        'grader-lambda-arn': 'arn:aws:lambda:us-east-1:123456789012:function:g',
      }).graderLambdaArn,
      'arn:aws:lambda:us-east-1:123456789012:function:g',
    );
    fails({ scorer: 'grader' }, /^Input 'grader-lambda-arn' is required when 'scorer' is 'grader'/);
    fails({ 'judge-rubric': 'rubric.md' }, /^Input 'judge-rubric' is set, but 'scorer' is 'normalized'/);
    fails(
      { scorer: 'judge', 'judge-model': 'not a model' },
      /^Input 'judge-model' is 'not a model'. Expected a Bedrock model id/,
    );
    fails(
      { 'aws-region': 'us-east-1/../registry' },
      /^Input 'aws-region' \(or AWS_REGION\) is 'us-east-1\/\.\.\/registry'\. Expected an AWS region/,
    );
    fails({ 'pass-threshold': '1.5' }, /^Input 'pass-threshold' is '1.5'. Expected a number from 0 to 1/);
  });

  it('parses hyperparameters as YAML or JSON maps', () => {
    assert.deepEqual(
      settingsFor({ ...base, hyperparameters: 'epochCount: 3\nlearningRate: 0.00001' }).hyperparameters.values,
      { epochCount: '3', learningRate: '0.00001' },
    );
    assert.deepEqual(settingsFor({ ...base, hyperparameters: '{"epochCount": "2"}' }).hyperparameters.values, {
      epochCount: '2',
    });
    fails({ hyperparameters: '- 3' }, /must be a map of names to values/);
    fails(
      { hyperparameters: 'epochCount: [[1, 2]]' },
      "Input 'hyperparameters': 'epochCount' must be a value (a number or a word) or a list of values for a sweep, not an empty or nested list.",
    );
  });

  it('checks names, ARNs, URIs and account ids', () => {
    fails(
      { 'model-name': 'ATIS_Intents' },
      "Input 'model-name' is 'ATIS_Intents'. Expected 1–40 characters of a-z, 0-9 and single '-' between them (no '--', no '-' at either end: Bedrock's deployment names refuse them), e.g. 'atis-intents'.",
    );
    // '--' would make the deployment name '<model>-production' invalid for Bedrock
    for (const name of ['atis--intents', '-atis', 'atis-'])
      fails({ 'model-name': name }, /no '--', no '-' at either end/);
    assert.equal(settingsFor({ ...base, 'model-name': 'atis-intents-2' }).modelName, 'atis-intents-2');
    fails(
      { 's3-uri': 'https://bucket/x' },
      /^Input 's3-uri' is 'https:\/\/bucket\/x'\. Expected 's3:\/\/bucket\/prefix'/,
    );
    assert.deepEqual(settingsFor({ ...base, 's3-uri': 's3://my-bucket/ci/models/' }).s3, {
      bucket: 'my-bucket',
      prefix: 'ci/models',
    });
    fails(
      { 'role-to-assume': 'my-role' },
      "Input 'role-to-assume' is 'my-role'. Expected an ARN like 'arn:aws:iam::123456789012:role/name'.",
    );
    fails(
      { 'expected-bucket-owner': '1234' },
      "Input 'expected-bucket-owner' is '1234'. Expected a 12-digit AWS account id.",
    );
  });

  it('takes rule ids to skip, but never the credential rules', () => {
    assert.deepEqual(
      [...settingsFor({ ...base, 'ignore-rules': 'prompt/test-drift, dup/training' }).ignoreRules],
      ['prompt/test-drift', 'dup/training'],
    );
    fails({ 'ignore-rules': 'prompt/drift' }, /^Input 'ignore-rules' names 'prompt\/drift', which is not a rule\./);
    fails(
      { 'ignore-rules': 'secret/private-key' },
      /cannot be skipped: credentials in training data are always an error/,
    );
  });

  it('says which inputs a command needs', () => {
    assert.throws(
      () => settingsFor({ command: 'run', ...base }),
      /^UserError: Command 'run' needs 'model-name', 'test-data', 'bedrock-role-arn', 's3-uri'\./,
    );
    fails(
      { 'validation-data': 'v.jsonl', 'validation-split': '0.1' },
      /'validation-data' and 'validation-split' are both set/,
    );
  });
});

describe('bad input values in messages', () => {
  it('are quoted when short and printable, described by length otherwise (a pasted secret is not echoed)', () => {
    fails({ 'model-name': 'Atis' }, /^Input 'model-name' is 'Atis'\. Expected/);
    const secret = `ghp_${'x'.repeat(96)}`;
    fails({ 'model-name': secret }, /^Input 'model-name' is a 100-character value\. Expected/);
    fails({ 's3-uri': 's3://b\n::error::x' }, /^Input 's3-uri' is a 17-character value\. Expected/);
  });
});
