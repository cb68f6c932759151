// CloudWatch's AWS/Bedrock runtime metrics (user guide, "Monitor bedrock-runtime inference using
// CloudWatch metrics"): Invocations, InvocationServerErrors, InvocationClientErrors,
// InvocationThrottles and InvocationLatency, by the ModelId dimension. Which ModelId a call through
// a custom model deployment is counted under is not documented: the deployment's ARN (what the
// caller sends) or the custom model's. Both are asked for, and the one that has data is used
// (docs/aws-assumptions.md).
import { CloudWatchClient, GetMetricDataCommand, type MetricDataQuery } from '@aws-sdk/client-cloudwatch';
import type { AwsClients } from './clients.js';

export interface ServingMetrics {
  readonly invocations: number;
  readonly serverErrors: number;
  readonly clientErrors: number;
  readonly throttles: number;
  /** the largest per-period p95 of InvocationLatency, ms */
  readonly latencyP95?: number;
  readonly inputTokens?: number;
  readonly outputTokens?: number;
  /** the ModelId value the figures were found under */
  readonly dimension?: string;
}

const METRICS = [
  ['invocations', 'Invocations', 'Sum'],
  ['server', 'InvocationServerErrors', 'Sum'],
  ['client', 'InvocationClientErrors', 'Sum'],
  ['throttles', 'InvocationThrottles', 'Sum'],
  ['latency', 'InvocationLatency', 'p95'],
  ['input', 'InputTokenCount', 'Sum'],
  ['output', 'OutputTokenCount', 'Sum'],
] as const;

export class BedrockMetrics {
  private readonly client: CloudWatchClient;

  constructor(aws: Pick<AwsClients, 'region' | 'credentials'>) {
    this.client = new CloudWatchClient({ region: aws.region, credentials: aws.credentials, maxAttempts: 6 });
  }

  /** The serving figures of whichever of `modelIds` has data in the window (per-minute periods by default). */
  async serving(modelIds: readonly string[], since: Date, until: Date, periodSeconds = 60): Promise<ServingMetrics> {
    const queries: MetricDataQuery[] = modelIds.flatMap((modelId, i) =>
      METRICS.map(([id, name, stat]) => ({
        Id: `${id}${i}`,
        MetricStat: {
          Metric: { Namespace: 'AWS/Bedrock', MetricName: name, Dimensions: [{ Name: 'ModelId', Value: modelId }] },
          Period: periodSeconds,
          Stat: stat,
        },
        ReturnData: true,
      })),
    );
    const values = new Map<string, number[]>();
    let token: string | undefined;
    do {
      const page = await this.client.send(
        new GetMetricDataCommand({ MetricDataQueries: queries, StartTime: since, EndTime: until, NextToken: token }),
      );
      for (const r of page.MetricDataResults ?? [])
        values.set(r.Id!, [...(values.get(r.Id!) ?? []), ...(r.Values ?? [])]);
      token = page.NextToken;
    } while (token);
    const sum = (id: string) => (values.get(id) ?? []).reduce((a, x) => a + x, 0);
    const figures = modelIds.map((dimension, i) => {
      const latency = values.get(`latency${i}`) ?? [];
      return {
        dimension,
        invocations: sum(`invocations${i}`),
        serverErrors: sum(`server${i}`),
        clientErrors: sum(`client${i}`),
        throttles: sum(`throttles${i}`),
        latencyP95: latency.length ? Math.max(...latency) : undefined,
        inputTokens: sum(`input${i}`),
        outputTokens: sum(`output${i}`),
      };
    });
    const busiest = figures.reduce((a, b) =>
      b.invocations + b.serverErrors + b.throttles > a.invocations + a.serverErrors + a.throttles ? b : a,
    );
    return busiest.invocations + busiest.serverErrors + busiest.throttles > 0
      ? busiest
      : { invocations: 0, serverErrors: 0, clientErrors: 0, throttles: 0 };
  }

  destroy(): void {
    this.client.destroy();
  }
}
