// Shared plumbing of the sandbox's servers: bodies, routes, the call log and fault injection.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { prng } from '../examples/atis-intents/generate.js';
import { verifySigV4, type AuthFailure, type Credential, type CredentialStore } from './auth.js';

export type Service =
  | 'bedrock'
  | 'bedrock-runtime'
  | 's3'
  | 'sts'
  | 'github'
  | 'lambda'
  | 'pricing'
  | 'iam'
  | 'servicequotas'
  | 'monitoring';

export interface IamDecision {
  readonly action: string;
  readonly resource: string;
  readonly context: Readonly<Record<string, string | string[]>>;
  readonly principal: string;
  readonly result: string;
}

export interface Call {
  readonly service: Service;
  /** named once the route is known (GitHub's are matched after the call is logged) */
  operation: string;
  readonly method: string;
  readonly path: string;
  readonly params: Record<string, unknown>;
  readonly time: number;
  status: number;
  /** set when a fault was injected instead of serving the call */
  fault?: string;
  /** the IAM requests this call made, with the evaluator's decision (roles with policies only) */
  iam?: IamDecision[];
}

/** Every call every service received, in order, for tests to query. */
export class CallLog {
  readonly calls: Call[] = [];
  record(call: Omit<Call, 'time' | 'status'>): Call {
    const entry: Call = { ...call, time: Date.now(), status: 0 };
    this.calls.push(entry);
    return entry;
  }
  of(service: Service, operation?: string): Call[] {
    return this.calls.filter((c) => c.service === service && (operation === undefined || c.operation === operation));
  }
  count(service: Service, operation?: string): number {
    return this.of(service, operation).length;
  }
  clear(): void {
    this.calls.length = 0;
  }
}

export interface Faults {
  /** fraction of calls answered 429 with the service's throttling error */
  throttle?: number;
  /** fraction of calls answered 500 or 503 */
  errors?: number;
  /** added to every call */
  latencyMs?: number;
  /** calls per minute (per `windowMs`) beyond which calls are throttled: a service quota */
  rpm?: number;
  /** the quota's window, 60 000 ms unless a test wants a per-second quota */
  windowMs?: number;
  /** only these operations are affected (all when unset) */
  operations?: string[];
}

export type FaultDecision = { kind: 'none' } | { kind: 'throttle' } | { kind: 'error'; status: 500 | 503 };

/** Decides, per call, whether to inject a fault; counts calls for the per-minute quota. */
export class FaultInjector {
  private readonly random: () => number;
  private window: number[] = [];
  constructor(
    public faults: Faults = {},
    seed = 1,
  ) {
    this.random = prng(seed);
  }

  async decide(operation: string): Promise<FaultDecision> {
    const f = this.faults;
    if (f.latencyMs) await new Promise((r) => setTimeout(r, f.latencyMs));
    if (f.operations && !f.operations.includes(operation)) return { kind: 'none' };
    const now = Date.now();
    if (f.rpm !== undefined) {
      this.window = this.window.filter((t) => now - t < (f.windowMs ?? 60_000));
      if (this.window.length >= f.rpm) return { kind: 'throttle' };
      this.window.push(now);
    }
    if (f.throttle && this.random() < f.throttle) return { kind: 'throttle' };
    if (f.errors && this.random() < f.errors) return { kind: 'error', status: this.random() < 0.5 ? 500 : 503 };
    return { kind: 'none' };
  }
}

export function readBody(req: http.IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

export function sendJson(
  res: http.ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = body === undefined ? '' : JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(text),
    'x-amzn-requestid': requestId(),
    ...headers,
  });
  res.end(text);
}

let counter = 0;
export function requestId(): string {
  counter += 1;
  return `00000000-0000-4000-8000-${String(counter).padStart(12, '0')}`;
}

/** An AWS REST-JSON error, as Bedrock sends them: status, x-amzn-errortype, {message}. */
export function sendAwsJsonError(res: http.ServerResponse, status: number, type: string, message: string): void {
  sendJson(
    res,
    status,
    { message },
    { 'x-amzn-errortype': `${type}:http://internal.amazon.com/coral/com.amazon.bedrock/` },
  );
}

export function listen(server: http.Server | import('node:net').Server): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
  });
}

export function close(server: import('node:net').Server): Promise<void> {
  return new Promise((resolve) => {
    (server as http.Server).closeAllConnections?.();
    server.close(() => resolve());
  });
}

/** Matches `/a/{x}/b` against a path, returning the decoded parameters. */
export function match(pattern: string, path: string): Record<string, string> | undefined {
  const names: string[] = [];
  const re = new RegExp(`^${pattern.replace(/\{(\w+)\}/g, (_, n: string) => (names.push(n), '([^/]+)'))}$`);
  const m = re.exec(path);
  if (!m) return undefined;
  return Object.fromEntries(names.map((n, i) => [n, decodeURIComponent(m[i + 1]!)]));
}

/** RFC 3339 with milliseconds, as AWS sends timestamps in JSON. */
export const rfc3339 = (ms: number): string => new Date(ms).toISOString();

/** Answers an injected throttle or 5xx the way Bedrock's JSON services do; false when there is none. */
export function sendJsonFault(res: http.ServerResponse, call: Call, fault: FaultDecision): boolean {
  if (fault.kind === 'none') return false;
  call.fault = fault.kind;
  if (fault.kind === 'throttle') {
    call.status = 429;
    sendAwsJsonError(res, 429, 'ThrottlingException', 'Too many requests, please wait before trying again.');
  } else {
    call.status = fault.status;
    sendAwsJsonError(
      res,
      fault.status,
      fault.status === 503 ? 'ServiceUnavailableException' : 'InternalServerException',
      'The service encountered an internal error.',
    );
  }
  return true;
}

/** Answers a failed signature check the way AWS JSON services do (403 and the error type). */
export function sendJsonAuthFailure(res: http.ServerResponse, call: Call, failure: AuthFailure): void {
  const types: Record<AuthFailure['code'], string> = {
    ExpiredToken: 'ExpiredTokenException',
    InvalidAccessKeyId: 'UnrecognizedClientException',
    SignatureDoesNotMatch: 'InvalidSignatureException',
    MissingAuthenticationToken: 'MissingAuthenticationTokenException',
    InvalidToken: 'UnrecognizedClientException',
  };
  call.status = 403;
  sendAwsJsonError(res, 403, types[failure.code], failure.message);
}

/**
 * The head of an AWS JSON 1.0 or 1.1 request (`X-Amz-Target: <Prefix>.<Operation>`): the body parsed,
 * the call recorded, an injected fault or a failed signature answered. Undefined when answered.
 */
export async function jsonTargetRequest(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  options: { service: Service; targetPrefix: string; store: CredentialStore; log: CallLog; faults: FaultInjector },
): Promise<{ operation: string; input: Record<string, unknown>; call: Call; credential: Credential } | undefined> {
  const body = await readBody(req);
  const operation = String(req.headers['x-amz-target'] ?? '').replace(`${options.targetPrefix}.`, '');
  let input: Record<string, unknown> = {};
  try {
    input = body.length ? (JSON.parse(body.toString('utf8')) as Record<string, unknown>) : {};
  } catch {
    // an unparsable body is answered by the operation's own checks
  }
  const call = options.log.record({
    service: options.service,
    operation,
    method: req.method ?? '',
    path: req.url ?? '/',
    params: input,
  });
  if (sendJsonFault(res, call, await options.faults.decide(operation))) return undefined;
  const auth = verifySigV4(req, body, options.store, options.service);
  if ('failure' in auth) {
    sendJsonAuthFailure(res, call, auth.failure);
    return undefined;
  }
  return { operation, input, call, credential: auth.credential };
}
