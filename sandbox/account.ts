// IAM (query protocol, XML: GetRole, SimulatePrincipalPolicy) and Service Quotas (JSON 1.1:
// ListServiceQuotas, ListAWSDefaultServiceQuotas) for `doctor`. SimulatePrincipalPolicy answers
// with the same policy evaluator that authorizes every request here (iam.ts), so what `doctor`
// predicts is what the run then meets.
import http from 'node:http';
import { ACCOUNT_ID, verifySigV4, type CredentialStore } from './auth.js';
import { jsonTargetRequest, readBody, requestId, sendJson, type CallLog, type FaultInjector } from './http.js';
import { roleOf, type Iam } from './iam.js';

const xmlEscape = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const NS = 'https://iam.amazonaws.com/doc/2010-05-08/';

const GITHUB_TRUST = {
  Version: '2012-10-17',
  Statement: [
    {
      Effect: 'Allow',
      Principal: { Federated: `arn:aws:iam::${ACCOUNT_ID}:oidc-provider/token.actions.githubusercontent.com` },
      Action: 'sts:AssumeRoleWithWebIdentity',
      Condition: { StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' } },
    },
  ],
};
const BEDROCK_TRUST = {
  Version: '2012-10-17',
  Statement: [
    {
      Effect: 'Allow',
      Principal: { Service: 'bedrock.amazonaws.com' },
      Action: 'sts:AssumeRole',
      Condition: { StringEquals: { 'aws:SourceAccount': ACCOUNT_ID } },
    },
  ],
};

export interface AccountState {
  /** quota name → value, replacing the defaults (or adding to them) */
  quotas: Record<string, number>;
}

/** Bedrock's customization quotas as Service Quotas lists them (names as the quota catalogue spells them). */
function defaultQuotas(): Record<string, { code: string; value: number }> {
  const out: Record<string, { code: string; value: number }> = {};
  let n = 0;
  const add = (name: string, value: number) => {
    n += 1;
    out[name] = { code: `L-SANDBOX${String(n).padStart(3, '0')}`, value };
  };
  for (const model of ['Nova Micro v1', 'Nova Lite v1', 'Nova Pro v1']) {
    add(`(Model customization) Sum of training and validation records for a ${model} Fine-tuning job`, 20_000);
    add(`(Model customization) Sum of training and validation records for a ${model} Distillation job`, 15_000);
  }
  add('(Model customization) Sum of training and validation records for a Nova 2 Lite Fine-tuning job', 20_000);
  add(
    '(Model customization) Sum of training and validation records for a Nova 2 Lite Reinforcement fine-tuning job',
    20_000,
  );
  add('(Model customization) Concurrent model customization jobs', 2);
  add('On-demand model inference tokens per minute for Amazon Nova Micro', 2_000_000);
  return out;
}

export function iamHandler(store: CredentialStore, log: CallLog, faults: FaultInjector, iam: Iam) {
  const error = (res: http.ServerResponse, status: number, code: string, message: string) => {
    res.writeHead(status, { 'content-type': 'text/xml' });
    res.end(
      `<ErrorResponse xmlns="${NS}"><Error><Type>Sender</Type><Code>${code}</Code><Message>${xmlEscape(message)}</Message></Error><RequestId>${requestId()}</RequestId></ErrorResponse>`,
    );
  };
  const ok = (res: http.ServerResponse, action: string, result: string) => {
    res.writeHead(200, { 'content-type': 'text/xml' });
    res.end(
      `<${action}Response xmlns="${NS}"><${action}Result>${result}</${action}Result><ResponseMetadata><RequestId>${requestId()}</RequestId></ResponseMetadata></${action}Response>`,
    );
  };
  /** `Name.member.1`, `Name.member.2`, … in order */
  const members = (q: URLSearchParams, name: string) => {
    const out: string[] = [];
    for (let i = 1; q.has(`${name}.member.${i}`); i++) out.push(q.get(`${name}.member.${i}`)!);
    return out;
  };
  return async (req: http.IncomingMessage, res: http.ServerResponse): Promise<void> => {
    const body = await readBody(req);
    const q = new URLSearchParams(body.toString('utf8'));
    const action = q.get('Action') ?? '';
    const call = log.record({
      service: 'iam',
      operation: action,
      method: req.method ?? '',
      path: req.url ?? '/',
      params: Object.fromEntries(q),
    });
    const fault = await faults.decide(action);
    if (fault.kind !== 'none') {
      call.status = fault.kind === 'throttle' ? 400 : fault.status;
      call.fault = fault.kind;
      return fault.kind === 'throttle'
        ? error(res, 400, 'Throttling', 'Rate exceeded')
        : error(res, fault.status, 'ServiceFailure', 'An internal error occurred.');
    }
    const auth = verifySigV4(req, body, store, 'iam');
    if ('failure' in auth) {
      call.status = 403;
      return error(res, 403, auth.failure.code, auth.failure.message);
    }
    const principal = auth.credential.principal;
    if (action === 'GetRole') {
      const name = q.get('RoleName') ?? '';
      const arn = `arn:aws:iam::${ACCOUNT_ID}:role/${name}`;
      const denied = await iam.authorize(principal, [{ action: 'iam:GetRole', resource: arn }], call);
      if (denied) {
        call.status = 403;
        return error(res, 403, 'AccessDenied', denied);
      }
      if (iam.options.missing?.includes(name)) {
        call.status = 404;
        return error(res, 404, 'NoSuchEntity', `The role with name ${name} cannot be found.`);
      }
      const trust = iam.options.trust?.[name] ?? (name === 'bedrock-customization' ? BEDROCK_TRUST : GITHUB_TRUST);
      call.status = 200;
      return ok(
        res,
        'GetRole',
        `<Role><Path>/</Path><RoleName>${xmlEscape(name)}</RoleName><RoleId>AROASANDBOX${name.length.toString().padStart(9, '0')}</RoleId><Arn>${xmlEscape(arn)}</Arn><CreateDate>2026-01-01T00:00:00Z</CreateDate><AssumeRolePolicyDocument>${xmlEscape(encodeURIComponent(JSON.stringify(trust)))}</AssumeRolePolicyDocument><MaxSessionDuration>3600</MaxSessionDuration></Role>`,
      );
    }
    if (action === 'SimulatePrincipalPolicy') {
      const source = q.get('PolicySourceArn') ?? '';
      const denied = await iam.authorize(
        principal,
        [{ action: 'iam:SimulatePrincipalPolicy', resource: source }],
        call,
      );
      if (denied) {
        call.status = 403;
        return error(res, 403, 'AccessDenied', denied);
      }
      const role = /^arn:aws:iam::\d{12}:role\/(.+)$/.exec(source)?.[1] ?? roleOf(source);
      if (!role) {
        call.status = 400;
        return error(res, 400, 'InvalidInput', `Invalid ARN: ${source}`);
      }
      const context: Record<string, string | string[]> = {};
      for (let i = 1; q.has(`ContextEntries.member.${i}.ContextKeyName`); i++) {
        const key = q.get(`ContextEntries.member.${i}.ContextKeyName`)!;
        const values = members(q, `ContextEntries.member.${i}.ContextKeyValues`);
        const type = q.get(`ContextEntries.member.${i}.ContextKeyType`) ?? 'string';
        context[key] = type.endsWith('List') ? values : (values[0] ?? '');
      }
      const resources = members(q, 'ResourceArns');
      const rows: string[] = [];
      for (const actionName of members(q, 'ActionNames'))
        for (const resource of resources.length ? resources : ['*']) {
          const decision = await iam.decide(role, `arn:aws:sts::${ACCOUNT_ID}:assumed-role/${role}/simulated`, {
            action: actionName,
            resource,
            context,
          });
          const d =
            decision === 'Allowed' ? 'allowed' : decision === 'ExplicitlyDenied' ? 'explicitDeny' : 'implicitDeny';
          rows.push(
            `<member><EvalActionName>${xmlEscape(actionName)}</EvalActionName><EvalResourceName>${xmlEscape(resource)}</EvalResourceName><EvalDecision>${d}</EvalDecision><MatchedStatements/><MissingContextValues/></member>`,
          );
        }
      call.status = 200;
      return ok(
        res,
        'SimulatePrincipalPolicy',
        `<IsTruncated>false</IsTruncated><EvaluationResults>${rows.join('')}</EvaluationResults>`,
      );
    }
    call.status = 400;
    return error(res, 400, 'InvalidAction', `Could not find operation ${action} for version 2010-05-08`);
  };
}

export function serviceQuotasHandler(store: CredentialStore, log: CallLog, faults: FaultInjector, iam: Iam) {
  const state: AccountState = { quotas: {} };
  const handler = async (req: http.IncomingMessage, res: http.ServerResponse): Promise<void> => {
    const head = await jsonTargetRequest(req, res, {
      service: 'servicequotas',
      targetPrefix: 'ServiceQuotasV20190624',
      store,
      log,
      faults,
    });
    if (!head) return;
    const { operation, input, call, credential } = head;
    const error = (status: number, type: string, message: string) => {
      call.status = status;
      sendJson(res, status, { __type: type, Message: message }, { 'content-type': 'application/x-amz-json-1.1' });
    };
    const denied = await iam.authorize(
      credential.principal,
      [{ action: `servicequotas:${operation}`, resource: '*' }],
      call,
    );
    if (denied) return error(400, 'AccessDeniedException', denied);
    if (operation !== 'ListServiceQuotas' && operation !== 'ListAWSDefaultServiceQuotas')
      return error(400, 'UnknownOperationException', `Unknown operation ${operation}`);
    if (input.ServiceCode !== 'bedrock')
      return error(400, 'NoSuchResourceException', `No service ${String(input.ServiceCode)}`);
    const all = Object.entries({
      ...defaultQuotas(),
      ...Object.fromEntries(
        Object.entries(state.quotas).map(([name, value]) => [
          name,
          { code: defaultQuotas()[name]?.code ?? 'L-SANDBOX999', value },
        ]),
      ),
    });
    const start = typeof input.NextToken === 'string' ? Number(input.NextToken) : 0;
    const size = typeof input.MaxResults === 'number' ? input.MaxResults : 100;
    // pages of 3, so the client's paging is exercised
    const page = all.slice(start, start + Math.min(size, 3));
    call.status = 200;
    sendJson(
      res,
      200,
      {
        Quotas: page.map(([QuotaName, q]) => ({
          ServiceCode: 'bedrock',
          ServiceName: 'Amazon Bedrock',
          QuotaArn: `arn:aws:servicequotas:us-east-1:${ACCOUNT_ID}:bedrock/${q.code}`,
          QuotaCode: q.code,
          QuotaName,
          Value: q.value,
          Unit: 'None',
          Adjustable: true,
          GlobalQuota: false,
        })),
        NextToken: start + page.length < all.length ? String(start + page.length) : undefined,
      },
      { 'content-type': 'application/x-amz-json-1.1' },
    );
  };
  return { handler, state };
}
