import {
  CreateModelCustomizationJobCommand,
  GetModelCustomizationJobCommand,
  paginateListModelCustomizationJobs,
  StopModelCustomizationJobCommand,
  type BedrockClient,
  type CreateModelCustomizationJobCommandInput,
  type GetModelCustomizationJobCommandOutput,
} from '@aws-sdk/client-bedrock';

export type JobStatus = 'InProgress' | 'Completed' | 'Failed' | 'Stopping' | 'Stopped';
export type Stage = 'validation' | 'dataProcessing' | 'training';

/** What the action needs to know of a customization job. */
export interface JobView {
  readonly name: string;
  readonly arn: string;
  readonly status: JobStatus;
  readonly stages: Partial<Record<Stage, string>>;
  readonly failureMessage?: string;
  readonly creationTime?: Date;
  readonly endTime?: Date;
  readonly customModelArn?: string;
  readonly outputS3Uri?: string;
  readonly hyperParameters?: Record<string, string>;
  /** what the job was created with: checked before a job found by name is trusted */
  readonly inputs: {
    readonly trainingUri?: string;
    readonly validationUris: readonly string[];
    readonly baseModelArn?: string;
    readonly customizationType?: string;
    readonly customizationConfig?: unknown;
    readonly outputUri?: string;
    readonly roleArn?: string;
  };
}

const isNotFound = (error: unknown) => (error as { name?: string }).name === 'ResourceNotFoundException';

function view(job: GetModelCustomizationJobCommandOutput): JobView {
  return {
    name: job.jobName!,
    arn: job.jobArn!,
    status: job.status as JobStatus,
    stages: {
      validation: job.statusDetails?.validationDetails?.status,
      dataProcessing: job.statusDetails?.dataProcessingDetails?.status,
      training: job.statusDetails?.trainingDetails?.status,
    },
    failureMessage: job.failureMessage,
    creationTime: job.creationTime,
    endTime: job.endTime,
    customModelArn: job.outputModelArn,
    outputS3Uri: job.outputDataConfig?.s3Uri,
    hyperParameters: job.hyperParameters,
    inputs: {
      trainingUri: job.trainingDataConfig?.s3Uri,
      validationUris: (job.validationDataConfig?.validators ?? []).map((v) => v.s3Uri ?? ''),
      baseModelArn: job.baseModelArn,
      customizationType: job.customizationType,
      customizationConfig: job.customizationConfig,
      outputUri: job.outputDataConfig?.s3Uri,
      roleArn: job.roleArn,
    },
  };
}

/** The Bedrock control plane's customization jobs, as the training phase uses them. */
export class BedrockJobs {
  constructor(private readonly client: BedrockClient) {}

  async get(identifier: string): Promise<JobView | undefined> {
    try {
      return view(await this.client.send(new GetModelCustomizationJobCommand({ jobIdentifier: identifier })));
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw error;
    }
  }

  /** Names of the jobs whose name contains `text`, over all pages. */
  async namesContaining(text: string): Promise<string[]> {
    const names: string[] = [];
    for await (const page of paginateListModelCustomizationJobs(
      { client: this.client, pageSize: 100 },
      { nameContains: text },
    ))
      names.push(...(page.modelCustomizationJobSummaries ?? []).map((j) => j.jobName!));
    return names;
  }

  /** How many customization jobs are InProgress in this Region, over all pages. */
  async inProgress(): Promise<number> {
    let count = 0;
    for await (const page of paginateListModelCustomizationJobs(
      { client: this.client, pageSize: 100 },
      { statusEquals: 'InProgress' },
    ))
      count += page.modelCustomizationJobSummaries?.length ?? 0;
    return count;
  }

  async create(input: CreateModelCustomizationJobCommandInput): Promise<string> {
    return (await this.client.send(new CreateModelCustomizationJobCommand(input))).jobArn!;
  }

  async stop(identifier: string): Promise<void> {
    await this.client.send(new StopModelCustomizationJobCommand({ jobIdentifier: identifier }));
  }
}
