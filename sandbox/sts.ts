// STS AssumeRoleWithWebIdentity (query protocol, XML), checking the token against the sandbox's
// OIDC issuer and a trust policy on `sub` and `aud`, like an IAM role's trust policy.
import http from 'node:http';
import { ACCOUNT_ID, verifySigV4, type CredentialStore, type OidcIssuer } from './auth.js';
import { type CallLog, type FaultInjector, readBody, requestId } from './http.js';

export interface StsOptions {
  /** `sub` patterns the role trusts (`*` matches anything), as in a trust policy's condition */
  subjects: string[];
  /** how long issued credentials really work, in seconds (a role's max session duration) */
  credentialTtlSeconds: number;
  /** the Expiration STS declares; defaults to the real lifetime. Larger simulates revoked sessions. */
  declaredTtlSeconds?: number;
}

const xmlEscape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const glob = (pattern: string) =>
  new RegExp(
    `^${pattern
      .split('*')
      .map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  );

function stsError(res: http.ServerResponse, status: number, code: string, message: string): void {
  const body = `<ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><Error><Type>Sender</Type><Code>${code}</Code><Message>${xmlEscape(message)}</Message></Error><RequestId>${requestId()}</RequestId></ErrorResponse>`;
  res.writeHead(status, { 'content-type': 'text/xml' });
  res.end(body);
}

export function stsHandler(
  store: CredentialStore,
  issuer: OidcIssuer,
  options: StsOptions,
  log: CallLog,
  faults: FaultInjector,
) {
  return async (req: http.IncomingMessage, res: http.ServerResponse): Promise<void> => {
    const raw = await readBody(req);
    const body = new URLSearchParams(raw.toString('utf8'));
    const action = body.get('Action') ?? '';
    const call = log.record({
      service: 'sts',
      operation: action,
      method: req.method ?? '',
      path: req.url ?? '',
      params: {
        RoleArn: body.get('RoleArn'),
        RoleSessionName: body.get('RoleSessionName'),
        DurationSeconds: body.get('DurationSeconds'),
      },
    });
    const fault = await faults.decide(action);
    if (fault.kind === 'throttle') {
      call.status = 400;
      call.fault = 'throttle';
      return stsError(res, 400, 'Throttling', 'Rate exceeded');
    }
    if (fault.kind === 'error') {
      call.status = fault.status;
      call.fault = 'error';
      return stsError(res, fault.status, 'InternalFailure', 'An internal error occurred.');
    }
    if (action === 'GetCallerIdentity') {
      // signed, like every STS call but AssumeRoleWithWebIdentity; needs no permission
      const auth = verifySigV4(req, raw, store, 'sts');
      if ('failure' in auth) {
        call.status = 403;
        return stsError(res, 403, auth.failure.code, auth.failure.message);
      }
      const arn = auth.credential.principal;
      call.status = 200;
      res.writeHead(200, { 'content-type': 'text/xml' });
      res.end(
        `<GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><GetCallerIdentityResult><Arn>${xmlEscape(arn)}</Arn><UserId>AIDASANDBOX:${xmlEscape(arn.split('/').pop() ?? '')}</UserId><Account>${ACCOUNT_ID}</Account></GetCallerIdentityResult><ResponseMetadata><RequestId>${requestId()}</RequestId></ResponseMetadata></GetCallerIdentityResponse>`,
      );
      return;
    }
    if (action !== 'AssumeRoleWithWebIdentity') {
      call.status = 400;
      return stsError(res, 400, 'InvalidAction', `Could not find operation ${action} for version 2011-06-15`);
    }
    const roleArn = body.get('RoleArn') ?? '';
    const sessionName = body.get('RoleSessionName') ?? '';
    const token = body.get('WebIdentityToken') ?? '';
    const verified = issuer.verify(token);
    if ('error' in verified) {
      call.status = 400;
      return stsError(
        res,
        400,
        verified.error === 'Token is expired' ? 'ExpiredTokenException' : 'InvalidIdentityToken',
        verified.error,
      );
    }
    const { claims } = verified;
    if (claims.aud !== 'sts.amazonaws.com') {
      call.status = 400;
      return stsError(res, 400, 'InvalidIdentityToken', `Incorrect token audience: ${claims.aud}`);
    }
    if (
      !/^arn:aws:iam::\d{12}:role\/[\w+=,.@/-]+$/.test(roleArn) ||
      !options.subjects.some((s) => glob(s).test(claims.sub))
    ) {
      call.status = 403;
      return stsError(res, 403, 'AccessDenied', 'Not authorized to perform sts:AssumeRoleWithWebIdentity');
    }
    const roleName = roleArn.split('/').pop()!;
    const credential = store.issue(
      `arn:aws:sts::${ACCOUNT_ID}:assumed-role/${roleName}/${sessionName}`,
      options.credentialTtlSeconds,
    );
    const declared = new Date(
      Date.now() + (options.declaredTtlSeconds ?? options.credentialTtlSeconds) * 1000,
    ).toISOString();
    const xml = `<AssumeRoleWithWebIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
  <AssumeRoleWithWebIdentityResult>
    <Audience>${xmlEscape(claims.aud)}</Audience>
    <AssumedRoleUser>
      <AssumedRoleId>AROASANDBOX0000000001:${xmlEscape(sessionName)}</AssumedRoleId>
      <Arn>${xmlEscape(credential.principal)}</Arn>
    </AssumedRoleUser>
    <Provider>${xmlEscape(issuer.issuer)}</Provider>
    <Credentials>
      <AccessKeyId>${credential.accessKeyId}</AccessKeyId>
      <SecretAccessKey>${xmlEscape(credential.secretAccessKey)}</SecretAccessKey>
      <SessionToken>${xmlEscape(credential.sessionToken!)}</SessionToken>
      <Expiration>${declared}</Expiration>
    </Credentials>
    <SubjectFromWebIdentityToken>${xmlEscape(claims.sub)}</SubjectFromWebIdentityToken>
  </AssumeRoleWithWebIdentityResult>
  <ResponseMetadata><RequestId>${requestId()}</RequestId></ResponseMetadata>
</AssumeRoleWithWebIdentityResponse>`;
    call.status = 200;
    res.writeHead(200, { 'content-type': 'text/xml' });
    res.end(xml);
  };
}
