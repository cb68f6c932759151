// AWS Lambda Invoke (REST-JSON, POST /2015-03-31/functions/{name}/invocations), running graders
// written in JavaScript from the repository (the examples' folders) in-process, as Lambda would:
// the handler's return value is the payload; a handler that throws gives 200 with
// X-Amz-Function-Error: Unhandled and {errorType, errorMessage}.
import type http from 'node:http';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ACCOUNT_ID, REGION, type CredentialStore, verifySigV4 } from './auth.js';
import { Iam } from './iam.js';
import { type CallLog, type FaultInjector, match, readBody, requestId, sendJson, sendJsonAuthFailure } from './http.js';

export interface LambdaOptions {
  /** function name → JavaScript module (relative to the repository root) exporting `handler` */
  readonly functions: Record<string, string>;
}

export interface LambdaState {
  /** every payload a function was invoked with, in order */
  readonly invocations: Array<{ functionName: string; payload: unknown }>;
}

export const functionArn = (name: string) => `arn:aws:lambda:${REGION}:${ACCOUNT_ID}:function:${name}`;

/** Lambda's REST-JSON errors: the type in x-amzn-errortype and the body. */
function sendLambdaError(res: http.ServerResponse, status: number, type: string, message: string): void {
  sendJson(res, status, { Type: status >= 500 ? 'Service' : 'User', message }, { 'x-amzn-errortype': type });
}

export function lambdaHandler(
  options: LambdaOptions,
  root: string,
  store: CredentialStore,
  log: CallLog,
  faults: FaultInjector,
  iam: Iam = new Iam(),
) {
  const state: LambdaState = { invocations: [] };
  const modules = new Map<string, Promise<{ handler: (event: unknown, context: unknown) => unknown }>>();
  const load = (file: string) => {
    let m = modules.get(file);
    if (!m) {
      m = import(pathToFileURL(path.resolve(root, file)).href) as Promise<{
        handler: (event: unknown, context: unknown) => unknown;
      }>;
      modules.set(file, m);
    }
    return m;
  };

  const handler = async (req: http.IncomingMessage, res: http.ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://lambda.local');
    const body = await readBody(req);
    const params = req.method === 'POST' ? match('/2015-03-31/functions/{name}/invocations', url.pathname) : undefined;
    // FunctionName may be a name, a partial ARN or an ARN, with a qualifier.
    const name = params?.name?.startsWith('arn:') ? params.name.split(':')[6] : params?.name?.split(':')[0];
    const call = log.record({
      service: 'lambda',
      operation: params ? 'Invoke' : `${req.method} ${url.pathname}`,
      method: req.method ?? '',
      path: url.pathname,
      params: { functionName: name, invocationType: req.headers['x-amz-invocation-type'] },
    });
    const fault = await faults.decide(call.operation);
    if (fault.kind === 'throttle') {
      call.fault = 'throttle';
      call.status = 429;
      return sendLambdaError(res, 429, 'TooManyRequestsException', 'Rate Exceeded.');
    }
    if (fault.kind === 'error') {
      call.fault = 'error';
      call.status = fault.status;
      return sendLambdaError(
        res,
        fault.status,
        'ServiceException',
        'The AWS Lambda service encountered an internal error.',
      );
    }
    const auth = verifySigV4(req, body, store, 'lambda');
    if ('failure' in auth) return sendJsonAuthFailure(res, call, auth.failure);
    if (!params || !name) {
      call.status = 404;
      return sendLambdaError(res, 404, 'UnknownOperationException', `No operation at ${req.method} ${url.pathname}`);
    }
    const denied = await iam.authorize(
      auth.credential.principal,
      [{ action: 'lambda:InvokeFunction', resource: functionArn(name) }],
      call,
    );
    if (denied) {
      call.status = 403;
      return sendLambdaError(res, 403, 'AccessDeniedException', denied);
    }
    const file = options.functions[name];
    if (!file) {
      call.status = 404;
      return sendLambdaError(res, 404, 'ResourceNotFoundException', `Function not found: ${functionArn(name)}`);
    }
    let event: unknown;
    try {
      event = body.length ? JSON.parse(body.toString('utf8')) : {};
    } catch {
      call.status = 400;
      return sendLambdaError(res, 400, 'InvalidRequestContentException', 'Could not parse request body into json.');
    }
    state.invocations.push({ functionName: name, payload: event });
    const headers = { 'x-amz-executed-version': '$LATEST' };
    try {
      const { handler: run } = await load(file);
      const result = await run(event, { functionName: name, awsRequestId: requestId() });
      call.status = 200;
      sendJson(res, 200, result ?? null, headers);
    } catch (error) {
      call.status = 200;
      const e = error as Error;
      sendJson(
        res,
        200,
        { errorType: e?.name ?? 'Error', errorMessage: e?.message ?? String(error), trace: [] },
        { ...headers, 'x-amz-function-error': 'Unhandled' },
      );
    }
  };
  return { handler, state };
}
