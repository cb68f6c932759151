import { UpdateCustomModelDeploymentCommand, type BedrockClient } from '@aws-sdk/client-bedrock';

/**
 * Re-pointing a deployment at another model: what moves production. Kept apart from Deployments
 * so that only promote and rollback (the release role) import it; the IAM test holds the training
 * role's policy to the calls its commands can reach.
 */
export class EndpointUpdates {
  constructor(private readonly client: BedrockClient) {}

  async update(identifier: string, modelArn: string): Promise<void> {
    await this.client.send(
      new UpdateCustomModelDeploymentCommand({ customModelDeploymentIdentifier: identifier, modelArn }),
    );
  }
}
