// Where AWS may behave otherwise than we assumed, the sandbox answers each documented way and the
// built action must cope (docs/aws-assumptions.md cites the evidence for each).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { BedrockClient, CreateCustomModelDeploymentCommand } from '@aws-sdk/client-bedrock';
import { STATIC_CREDENTIAL, startSandbox, type Sandbox } from '../../sandbox/index.js';
import { isConflict } from '../../src/registry/endpoint.js';
import { runInSandbox } from '../helpers/action.js';

let sandbox: Sandbox;
before(async () => {
  // A deployment just created or updated answers Converse with 429 ModelNotReadyException for a while.
  // not ready for five calls after it becomes Active (pollMs 100 a refused call)
  sandbox = await startSandbox({ bedrock: { jobDurationMs: 400, deploymentMs: 50, notReadyMs: 500 } });
});
after(() => sandbox.stop());

const notReady = () =>
  sandbox.calls.of('bedrock-runtime', 'Converse').filter((c) => c.status === 429 && !c.fault).length;

describe('a deployment that is Active but not ready yet (ModelNotReadyException)', () => {
  it('evaluation waits for it and loses no record', async () => {
    const r = await runInSandbox(sandbox, { 'model-name': 'atis-cold' });
    assert.equal(r.exitCode, 0, r.stdout);
    const report = JSON.parse((await import('node:fs')).readFileSync(r.outputs['report-path']!, 'utf8'));
    for (const m of report.evaluation.models) assert.equal(m.metrics.errors, 0, m.label);
    assert.ok(notReady() > 0, 'the sandbox answered ModelNotReadyException');
  });

  it('promote checks the new endpoint until it answers, instead of failing the promotion', async () => {
    sandbox.calls.clear();
    const r = await runInSandbox(
      sandbox,
      { command: 'promote', 'model-name': 'atis-cold', 'bedrock-role-arn': '' },
      {
        event: 'push',
      },
    );
    // before: one call with retries off, and a cold deployment failed the promotion
    assert.equal(r.exitCode, 0, r.stdout);
    assert.equal(r.outputs.promoted, 'true');
    assert.ok(notReady() > 0, 'the new endpoint was not ready at first');
    assert.match(
      r.stdout,
      /Checked the endpoint with one real inference call: .* \(attempt \d+: it was not ready at first\)\./,
    );
  });
});

describe('a concurrent create or update of a deployment, in each shape AWS may answer it', () => {
  for (const shape of ['conflict-400', 'conflict-409', 'validation'] as const)
    it(`${shape}: recognized as a conflict (followed, not failed)`, async () => {
      sandbox.bedrock.options.conflictShape = shape;
      const client = new BedrockClient({
        region: 'us-east-1',
        endpoint: sandbox.endpoints.bedrock,
        credentials: STATIC_CREDENTIAL,
        maxAttempts: 1,
      });
      try {
        const modelArn = [...sandbox.bedrock.state.models.keys()][0]!;
        const name = `race-${shape}`;
        await client.send(new CreateCustomModelDeploymentCommand({ modelDeploymentName: name, modelArn }));
        const error = await client
          .send(new CreateCustomModelDeploymentCommand({ modelDeploymentName: name, modelArn }))
          .then(
            () => undefined,
            (e: unknown) => e,
          );
        assert.ok(error, 'the second create is refused');
        assert.equal(isConflict(error), true, `${(error as Error).name}: ${(error as Error).message}`);
        // and an unrelated validation error is not taken for one
        const other = await client
          .send(
            new CreateCustomModelDeploymentCommand({
              modelDeploymentName: `${name}-x`,
              modelArn: 'arn:aws:bedrock:us-east-1:123456789012:custom-model/missing',
            }),
          )
          .then(
            () => undefined,
            (e: unknown) => e,
          );
        assert.equal(isConflict(other), false, String(other));
      } finally {
        client.destroy();
        sandbox.bedrock.options.conflictShape = undefined;
      }
    });
});
