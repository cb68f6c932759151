// What Bedrock tells about the calls it served: CloudWatch's GetMetricData for the AWS/Bedrock
// runtime metrics (user guide, "Monitor bedrock-runtime inference using CloudWatch metrics":
// Invocations, InvocationLatency, InvocationClientErrors, InvocationServerErrors,
// InvocationThrottles, InputTokenCount, OutputTokenCount, by the ModelId dimension), and model
// invocation logs delivered to S3 (user guide, "Monitor model invocation using CloudWatch Logs and
// Amazon S3": <prefix>/AWSLogs/<account>/BedrockModelInvocationLogs/<region>/YYYY/MM/DD/HH/,
// gzipped JSON records). Both come from the calls the sandbox's runtime actually answered.
import http from 'node:http';
import { gzipSync } from 'node:zlib';
import { ACCOUNT_ID, type CredentialStore } from './auth.js';
import { jsonTargetRequest, sendJson, type CallLog, type FaultInjector } from './http.js';
import type { Iam } from './iam.js';
import type { ServedCall } from './runtime.js';
import type { S3Sandbox } from './s3.js';

const REGION = 'us-east-1';

export interface MonitoringOptions {
  /**
   * Which value of the ModelId dimension a call through a custom model deployment is counted
   * under: AWS does not document it for deployments, so the action asks for both and the sandbox
   * can answer either way
   */
  modelIdDimension: 'as-invoked' | 'custom-model-arn';
  /** where invocation logging delivers (unset: logging off, as in a new account) */
  invocationLogging?: { bucket: string; prefix: string };
  /**
   * Counts and logs calls as if they had been served this much earlier (negative: in the past;
   * record timestamp, hour folder and CloudWatch datapoints): how a test lays down the traffic of a
   * week long past, e.g. the week after a promotion, without waiting for it
   */
  logTimeShiftMs?: number;
}

export function monitoring(
  options: MonitoringOptions,
  store: CredentialStore,
  log: CallLog,
  faults: FaultInjector,
  iam: Iam,
  s3: S3Sandbox,
  modelOf: (modelId: string) => string | undefined,
) {
  const served: ServedCall[] = [];
  let delivered = 0;

  /** The runtime's hook: every call counted, and logged to S3 when invocation logging is on. */
  const onServed = (servedNow: ServedCall): void => {
    // a call laid down in the past is counted then, by the metrics too
    const call = options.logTimeShiftMs
      ? { ...servedNow, at: new Date(servedNow.at.getTime() + options.logTimeShiftMs) }
      : servedNow;
    served.push(call);
    const target = options.invocationLogging;
    if (!target) return;
    const record = {
      schemaType: 'ModelInvocationLog',
      schemaVersion: '1.0',
      timestamp: call.at.toISOString(),
      accountId: ACCOUNT_ID,
      // who called: the principal the request was signed by, as AWS logs it
      identity: { arn: call.caller },
      region: REGION,
      requestId: call.requestId,
      operation: 'Converse',
      modelId: call.modelId,
      input: { inputContentType: 'application/json', inputBodyJson: call.input, inputTokenCount: call.inputTokens },
      ...(call.output
        ? {
            output: {
              outputContentType: 'application/json',
              outputBodyJson: call.output,
              outputTokenCount: call.outputTokens,
            },
          }
        : { errorCode: call.errorCode }),
    };
    // Delivered as Bedrock does, in batches: one gzipped object of JSON lines per 100 records or 200 ms.
    batch.push(record);
    if (batch.length >= 100) flush();
    else flushTimer ??= setTimeout(flush, 200);
  };
  let batch: object[] = [];
  let flushTimer: NodeJS.Timeout | undefined;
  const writes: Array<Promise<void>> = [];
  function flush(): void {
    if (flushTimer) clearTimeout(flushTimer);
    flushTimer = undefined;
    const target = options.invocationLogging;
    if (!target || batch.length === 0) return;
    const records = batch;
    batch = [];
    const t = new Date(Date.now() + (options.logTimeShiftMs ?? 0));
    const p2 = (n: number) => String(n).padStart(2, '0');
    const key = `${target.prefix ? `${target.prefix}/` : ''}AWSLogs/${ACCOUNT_ID}/BedrockModelInvocationLogs/${REGION}/${t.getUTCFullYear()}/${p2(t.getUTCMonth() + 1)}/${p2(t.getUTCDate())}/${p2(t.getUTCHours())}/${t.toISOString().replace(/[-:.]/g, '')}_${(delivered += 1)}.json.gz`;
    writes.push(s3.put(target.bucket, key, gzipSync(`${records.map((r) => JSON.stringify(r)).join('\n')}\n`)));
  }

  const dimensionOf = (call: ServedCall) =>
    options.modelIdDimension === 'custom-model-arn' ? (modelOf(call.modelId) ?? call.modelId) : call.modelId;

  const handler = async (req: http.IncomingMessage, res: http.ServerResponse): Promise<void> => {
    const head = await jsonTargetRequest(req, res, {
      service: 'monitoring',
      targetPrefix: 'GraniteServiceVersion20100801',
      store,
      log,
      faults,
    });
    if (!head) return;
    const { operation, input, call, credential } = head;
    const error = (status: number, type: string, message: string) => {
      call.status = status;
      sendJson(res, status, { __type: type, message }, { 'content-type': 'application/x-amz-json-1.0' });
    };
    const denied = await iam.authorize(
      credential.principal,
      [{ action: `cloudwatch:${operation}`, resource: '*' }],
      call,
    );
    if (denied) return error(400, 'AccessDenied', denied);
    if (operation !== 'GetMetricData') return error(400, 'UnknownOperationException', `Unknown operation ${operation}`);
    const start = Number(input.StartTime) * 1000;
    const end = Number(input.EndTime) * 1000;
    type Query = {
      Id: string;
      MetricStat?: {
        Metric: { Namespace?: string; MetricName?: string; Dimensions?: Array<{ Name: string; Value: string }> };
        Period: number;
        Stat: string;
      };
    };
    const queries = (input.MetricDataQueries as Query[] | undefined) ?? [];
    const results = queries.map((q) => {
      const stat = q.MetricStat;
      if (!stat) return { Id: q.Id, Label: q.Id, Timestamps: [], Values: [], StatusCode: 'Complete' };
      const metric = stat.Metric;
      const dimension = metric.Dimensions?.find((d) => d.Name === 'ModelId')?.Value;
      const period = (stat.Period || 60) * 1000;
      const buckets = new Map<number, ServedCall[]>();
      if (metric.Namespace === 'AWS/Bedrock')
        for (const c of served) {
          const at = c.at.getTime();
          if (at < start || at >= end || dimensionOf(c) !== dimension) continue;
          const b = start + Math.floor((at - start) / period) * period;
          buckets.set(b, [...(buckets.get(b) ?? []), c]);
        }
      const value = (calls: ServedCall[]): number | undefined => {
        const ok = calls.filter((c) => c.status === 200);
        const count = (f: (c: ServedCall) => boolean) => calls.filter(f).length;
        switch (metric.MetricName) {
          case 'Invocations':
            return count((c) => c.status !== 429);
          case 'InvocationServerErrors':
            return count((c) => c.status >= 500);
          case 'InvocationClientErrors':
            return count((c) => c.status >= 400 && c.status < 500 && c.status !== 429);
          case 'InvocationThrottles':
            return count((c) => c.status === 429);
          case 'InputTokenCount':
            return ok.reduce((a, c) => a + c.inputTokens, 0);
          case 'OutputTokenCount':
            return ok.reduce((a, c) => a + c.outputTokens, 0);
          case 'InvocationLatency': {
            if (!ok.length) return undefined;
            const xs = ok.map((c) => c.latencyMs).sort((a, b) => a - b);
            const p = /^p(\d+(?:\.\d+)?)$/.exec(stat.Stat);
            if (p) return xs[Math.min(xs.length - 1, Math.ceil((Number(p[1]) / 100) * xs.length) - 1)];
            if (stat.Stat === 'Maximum') return xs.at(-1);
            return xs.reduce((a, x) => a + x, 0) / xs.length;
          }
          default:
            return undefined;
        }
      };
      const points = [...buckets.entries()]
        .sort((a, b) => b[0] - a[0]) // newest first, as CloudWatch's default TimestampDescending
        .map(([t, calls]) => [t, value(calls)] as const)
        .filter((x): x is readonly [number, number] => x[1] !== undefined);
      return {
        Id: q.Id,
        Label: metric.MetricName,
        Timestamps: points.map(([t]) => t / 1000),
        Values: points.map(([, v]) => v),
        StatusCode: 'Complete',
      };
    });
    call.status = 200;
    sendJson(res, 200, { MetricDataResults: results, Messages: [] }, { 'content-type': 'application/x-amz-json-1.0' });
  };

  /** Delivers what is buffered (tests call it before reading the logs). */
  const deliver = async (): Promise<void> => {
    flush();
    await Promise.all(writes);
  };
  return { handler, onServed, deliver, state: { served, options } };
}
