// Bedrock runtime Converse, over cleartext HTTP/2 (the JS runtime client's default) and HTTP/1.1
// on one port: each connection's first bytes say which (HTTP/2 starts with its "PRI * HTTP/2.0" preface).
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import http2 from 'node:http2';
import net from 'node:net';
import type { CredentialStore } from './auth.js';
import { ACCOUNT_ID, verifySigV4 } from './auth.js';
import { Iam, tagContext } from './iam.js';
import {
  type CallLog,
  type FaultInjector,
  close,
  listen,
  match,
  readBody,
  sendAwsJsonError,
  sendJson,
  sendJsonAuthFailure,
  sendJsonFault,
} from './http.js';
import { baseModel, teacherModel } from './models.js';
import type { Served } from './bedrock.js';

type Resolver = (modelId: string) => Served;

/** One call the runtime answered (or refused), for the sandbox's CloudWatch metrics and invocation logs. */
export interface ServedCall {
  readonly at: Date;
  readonly requestId: string;
  readonly modelId: string;
  readonly status: number;
  readonly errorCode?: string;
  readonly latencyMs: number;
  readonly input: Record<string, unknown>;
  readonly output?: Record<string, unknown>;
  readonly inputTokens: number;
  /** the caller's principal ARN (the log record's identity.arn) */
  readonly caller: string;
  readonly outputTokens: number;
}

const BASE_IDS = ['amazon.nova-micro-v1:0', 'amazon.nova-lite-v1:0', 'amazon.nova-pro-v1:0', 'amazon.nova-2-lite-v1:0'];
const TEACHER_IDS = ['amazon.nova-premier-v1:0'];
/**
 * Models AWS's pages invoke only through cross-Region inference profiles (us. / global.): a bare id
 * is refused with the runtime's own message, so the action must resolve the profile.
 */
export const PROFILE_ONLY = ['amazon.nova-2-lite-v1:0', 'amazon.nova-premier-v1:0'];
const PREFIX = /^(?:us|eu|apac|jp|au|ca|global)\./;
const tokens = (text: string) => Math.max(1, Math.ceil(text.length / 4));

/** A Converse request body, as much of it as the sandbox reads. */
export interface ConverseInput {
  messages?: Array<{ role: string; content: Array<{ text?: string }> }>;
  system?: Array<{ text?: string }>;
  inferenceConfig?: { maxTokens?: number; temperature?: number };
}

/** The application's role in the sandbox: production's users call through it. */
export const APPLICATION = `arn:aws:sts::${ACCOUNT_ID}:assumed-role/production-app/app`;

export interface RuntimeSandbox {
  readonly port: number;
  /** connections seen per protocol, so tests can tell which one a client used */
  readonly protocols: { h2: number; http1: number };
  /**
   * An application's authorized Converse call, answered, counted and logged as one that came over
   * the wire, without the wire: tests lay down production's traffic with it, hundreds of calls at
   * once, instead of signing each one.
   */
  application(modelId: string, input: ConverseInput, caller?: string): Promise<Record<string, unknown>>;
  stop(): Promise<void>;
}

export async function startRuntime(
  store: CredentialStore,
  resolveCustom: Resolver,
  log: CallLog,
  faults: FaultInjector,
  iam: Iam = new Iam(),
  onServed: (call: ServedCall) => void = () => undefined,
  /** a resource's tags, for the policies' aws:ResourceTag conditions */
  tagsOf: (arn: string) => ReadonlyArray<{ key: string; value: string }> = () => [],
): Promise<RuntimeSandbox> {
  let faultCount = 0;
  const resolve = (modelId: string): ReturnType<Resolver> => {
    const bare = modelId.replace(PREFIX, '');
    if (bare === modelId && PROFILE_ONLY.includes(bare))
      return {
        error: {
          status: 400,
          type: 'ValidationException',
          message: `Invocation of model ID ${bare} with on-demand throughput isn’t supported. Retry your request with the ID or ARN of an inference profile that contains this model.`,
        },
      };
    if (BASE_IDS.includes(bare)) return { model: baseModel(bare) };
    if (TEACHER_IDS.includes(bare)) return { model: teacherModel(bare) };
    const custom = resolveCustom(modelId);
    if (custom.model || custom.error) return custom;
    return {
      error: { status: 400, type: 'ValidationException', message: 'The provided model identifier is invalid.' },
    };
  };

  const handle = async (req: http.IncomingMessage, res: http.ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://runtime.local');
    const body = await readBody(req);
    const params = req.method === 'POST' ? match('/model/{modelId}/converse', url.pathname) : undefined;
    let input: ConverseInput;
    try {
      input = body.length ? JSON.parse(body.toString('utf8')) : {};
    } catch {
      return sendAwsJsonError(res, 400, 'SerializationException', 'The request body is not valid JSON.');
    }
    const call = log.record({
      service: 'bedrock-runtime',
      operation: params ? 'Converse' : `${req.method} ${url.pathname}`,
      method: req.method ?? '',
      path: url.pathname,
      // the request as sent, so tests can read what a model (a judge) was shown
      params: {
        modelId: params?.modelId,
        inferenceConfig: input.inferenceConfig,
        system: input.system,
        messages: input.messages,
      },
    });
    const started = Date.now();
    if (sendJsonFault(res, call, await faults.decide(call.operation))) return;
    const auth = verifySigV4(req, body, store, 'bedrock');
    if ('failure' in auth) return sendJsonAuthFailure(res, call, auth.failure);
    if (!params) {
      call.status = 404;
      return sendAwsJsonError(res, 404, 'UnknownOperationException', `No operation at ${req.method} ${url.pathname}`);
    }
    // Converse is authorized as bedrock:InvokeModel on the model, profile or deployment it names
    const id = params.modelId!;
    const resource = id.startsWith('arn:')
      ? id
      : /^(?:us|eu|apac|jp|au|ca|global)\./.test(id)
        ? `arn:aws:bedrock:us-east-1:${ACCOUNT_ID}:inference-profile/${id}`
        : `arn:aws:bedrock:us-east-1::foundation-model/${id}`;
    const denied = await iam.authorize(
      auth.credential.principal,
      [{ action: 'bedrock:InvokeModel', resource, context: tagContext(undefined, tagsOf(resource)) }],
      call,
    );
    if (denied) {
      call.status = 403;
      return sendAwsJsonError(res, 403, 'AccessDeniedException', denied);
    }
    const answer = await converse(id, input, started, auth.credential.principal);
    call.status = answer.status;
    if ('error' in answer) return sendAwsJsonError(res, answer.status, answer.error.type, answer.error.message);
    sendJson(res, 200, answer.output);
  };

  type Answer =
    { status: number; error: { type: string; message: string } } | { status: 200; output: Record<string, unknown> };

  /** Converse once authorized: the model's answer, counted and logged as served (or refused). */
  const converse = async (id: string, input: ConverseInput, started: number, caller: string): Promise<Answer> => {
    const { model, error, fault } = resolve(id);
    const served = (status: number, extra: Partial<ServedCall>) =>
      onServed({
        at: new Date(),
        requestId: randomUUID(),
        modelId: id,
        status,
        latencyMs: Math.max(1, Date.now() - started),
        input: input as Record<string, unknown>,
        inputTokens: 0,
        outputTokens: 0,
        caller,
        ...extra,
      });
    if (!model) {
      served(error!.status, { errorCode: error!.type });
      return { status: error!.status, error: { type: error!.type, message: error!.message } };
    }
    if (fault) {
      if (fault.extraLatencyMs) await new Promise((r) => setTimeout(r, fault.extraLatencyMs));
      // deterministic: every call whose running share falls under the rate fails
      faultCount += 1;
      const share = (rate: number) => Math.floor(faultCount * rate) > Math.floor((faultCount - 1) * rate);
      if (fault.throttleRate && share(fault.throttleRate)) {
        served(429, { errorCode: 'ThrottlingException' });
        return {
          status: 429,
          error: { type: 'ThrottlingException', message: 'Too many requests, please wait before trying again.' },
        };
      }
      if (Math.floor(faultCount * fault.errorRate) > Math.floor((faultCount - 1) * fault.errorRate)) {
        served(500, { errorCode: 'InternalServerException' });
        return {
          status: 500,
          error: { type: 'InternalServerException', message: 'The model could not process the request.' },
        };
      }
    }
    const messages = input.messages ?? [];
    if (messages.length === 0 || messages[messages.length - 1]!.role !== 'user')
      return {
        status: 400,
        error: {
          type: 'ValidationException',
          message: 'A conversation must start with a user message and end with a user message.',
        },
      };
    const system = (input.system ?? []).map((b) => b.text ?? '').join('\n');
    const prompt = messages
      .filter((m) => m.role === 'user')
      .map((m) => m.content.map((b) => b.text ?? '').join(''))
      .join('\n');
    let text = model.answer(system, prompt);
    const maxTokens = input.inferenceConfig?.maxTokens ?? 4096;
    let stopReason = 'end_turn';
    if (tokens(text) > maxTokens) {
      text = text.slice(0, maxTokens * 4);
      stopReason = 'max_tokens';
    }
    const inputTokens = tokens(system) + tokens(prompt);
    const outputTokens = tokens(text);
    const output = {
      output: { message: { role: 'assistant', content: [{ text }] } },
      stopReason,
      usage: { inputTokens, outputTokens, totalTokens: inputTokens + outputTokens },
      metrics: { latencyMs: Math.max(1, Date.now() - started) + 40 + (outputTokens % 17) },
    };
    served(200, { output, inputTokens, outputTokens, latencyMs: output.metrics.latencyMs });
    return { status: 200, output };
  };

  const protocols = { h2: 0, http1: 0 };
  const h1 = http.createServer((req, res) => void handle(req, res));
  const h2 = http2.createServer((req, res) => {
    // The compatibility API gives HTTP/2 requests the shape of HTTP/1 ones; the SDK signs `host`.
    if (!req.headers.host && req.headers[':authority']) req.headers.host = req.headers[':authority'];
    void handle(req as unknown as http.IncomingMessage, res as unknown as http.ServerResponse);
  });
  // HTTP/2 sessions read their socket natively, so bytes peeked in JS cannot be handed back:
  // each connection is spliced, whole, to an inner HTTP/2 or HTTP/1.1 listener instead.
  const h1Port = await listen(h1);
  const h2Port = await listen(h2);
  const sockets = new Set<net.Socket>();
  const front = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.once('data', (first: Buffer) => {
      const isH2 = first.subarray(0, 3).toString('latin1') === 'PRI';
      if (isH2) protocols.h2 += 1;
      else protocols.http1 += 1;
      const inner = net.connect(isH2 ? h2Port : h1Port, '127.0.0.1');
      sockets.add(inner);
      inner.on('close', () => sockets.delete(inner));
      inner.write(first);
      socket.pipe(inner);
      inner.pipe(socket);
      const end = () => {
        socket.destroy();
        inner.destroy();
      };
      socket.on('error', end);
      inner.on('error', end);
    });
  });
  const port = await listen(front);
  return {
    port,
    protocols,
    application: async (modelId: string, input: ConverseInput, caller = APPLICATION) => {
      const answer = await converse(modelId, input, Date.now(), caller);
      if ('error' in answer) throw new Error(`${answer.error.type}: ${answer.error.message}`);
      return answer.output;
    },
    stop: async () => {
      for (const s of sockets) s.destroy();
      await Promise.all([close(front), close(h1), close(h2)]);
    },
  };
}
