// Which id Converse is sent for a foundation model, per Region: resolved from the Region's data.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { geographiesOf, resolveInvokeId } from '../../src/evaluation/invoke-ids.js';

const arn = (region: string, id: string) => `arn:aws:bedrock:${region}::foundation-model/${id}`;
const account = (types: Record<string, string[]>, profiles: Array<{ id: string; regions: string[] }>) => ({
  inferenceTypes: async (id: string) => types[id] ?? [],
  inferenceProfiles: async () =>
    profiles.map((p) => ({ id: p.id, modelArns: p.regions.map((r) => arn(r, p.id.replace(/^[a-z-]+\./, ''))) })),
});

describe('invoke ids', () => {
  const us = ['us-east-1', 'us-east-2', 'us-west-2'];
  const models = account(
    {
      'amazon.nova-micro-v1:0': ['ON_DEMAND', 'INFERENCE_PROFILE'],
      'amazon.nova-2-lite-v1:0': ['INFERENCE_PROFILE'],
      'amazon.nova-pro-v1:0': ['ON_DEMAND', 'INFERENCE_PROFILE'],
    },
    [
      { id: 'us.amazon.nova-2-lite-v1:0', regions: us },
      { id: 'global.amazon.nova-2-lite-v1:0', regions: ['us-east-1', 'eu-west-1'] },
      { id: 'us.amazon.nova-pro-v1:0', regions: us },
      { id: 'eu.amazon.nova-pro-v1:0', regions: ['eu-west-1', 'eu-central-1'] },
    ],
  );

  it('keeps a model that is on demand here; takes the geography’s profile for one that is not', async () => {
    assert.equal((await resolveInvokeId('amazon.nova-micro-v1:0', 'us-east-1', models)).id, 'amazon.nova-micro-v1:0');
    assert.equal(
      (await resolveInvokeId('amazon.nova-2-lite-v1:0', 'us-east-1', models)).id,
      'us.amazon.nova-2-lite-v1:0',
    );
    assert.equal(
      (await resolveInvokeId('amazon.nova-2-lite-v1:0', 'eu-west-1', models)).id,
      'global.amazon.nova-2-lite-v1:0',
    );
  });

  it('moves a profile of another geography (the US-only default judge) to this Region’s', async () => {
    assert.equal((await resolveInvokeId('us.amazon.nova-pro-v1:0', 'us-west-2', models)).id, 'us.amazon.nova-pro-v1:0');
    assert.equal((await resolveInvokeId('us.amazon.nova-pro-v1:0', 'eu-west-1', models)).id, 'eu.amazon.nova-pro-v1:0');
  });

  it('says what to do when nothing invokes the model here', async () => {
    await assert.rejects(
      resolveInvokeId('amazon.nova-2-lite-v1:0', 'ap-south-1', models),
      /amazon\.nova-2-lite-v1:0 cannot be invoked in ap-south-1: it has no on-demand invocation here \(GetFoundationModel: INFERENCE_PROFILE\) and no system inference profile of this Region \(apac\., global\.\) routes to it/,
    );
    assert.deepEqual(geographiesOf('ap-northeast-1'), ['jp', 'apac']);
  });
});
