// Who may call the sandbox: AWS credentials (SigV4, verified for real, with session tokens and
// expiry) and the GitHub OIDC tokens that STS exchanges for them.
import {
  createHash,
  createHmac,
  generateKeyPairSync,
  randomBytes,
  createSign,
  createVerify,
  type KeyObject,
} from 'node:crypto';
import type http from 'node:http';

export const ACCOUNT_ID = '123456789012';
export const REGION = 'us-east-1';

export interface Credential {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  readonly sessionToken?: string;
  /** epoch ms after which the sandbox rejects the key (undefined: never) */
  readonly expiresAt?: number;
  readonly principal: string;
}

export type AuthFailure = {
  code: 'MissingAuthenticationToken' | 'InvalidAccessKeyId' | 'SignatureDoesNotMatch' | 'ExpiredToken' | 'InvalidToken';
  message: string;
};

/** Long-lived keys for the default-credential-chain path (as after aws-actions/configure-aws-credentials). */
export const STATIC_CREDENTIAL: Credential = {
  accessKeyId: 'AKIASANDBOX000000001',
  secretAccessKey: 'sandbox/secret/key/do/not/use/anywhere/0001',
  principal: `arn:aws:iam::${ACCOUNT_ID}:user/ci`,
};

export class CredentialStore {
  private readonly keys = new Map<string, Credential>();
  /** called when a key is issued, so s3rver can learn it too */
  onIssue?: (credential: Credential) => void;

  constructor() {
    this.add(STATIC_CREDENTIAL);
  }

  add(credential: Credential): void {
    this.keys.set(credential.accessKeyId, credential);
    this.onIssue?.(credential);
  }

  issue(principal: string, ttlSeconds: number): Credential {
    const credential: Credential = {
      accessKeyId: `ASIA${randomBytes(8).toString('hex').toUpperCase()}`,
      secretAccessKey: randomBytes(30).toString('base64'),
      sessionToken: `IQoJb3JpZ2luX2VjE${randomBytes(48).toString('base64')}`,
      expiresAt: Date.now() + ttlSeconds * 1000,
      principal,
    };
    this.add(credential);
    return credential;
  }

  get(accessKeyId: string): Credential | undefined {
    return this.keys.get(accessKeyId);
  }
}

const escapeUri = (s: string) =>
  encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');
const hmac = (key: Buffer | string, data: string) => createHmac('sha256', key).update(data).digest();

/**
 * Verifies a request's SigV4 signature the way AWS does. S3 signs the path as sent and names the
 * payload hash in a header; the other services sign the path encoded once more and the body.
 */
export function verifySigV4(
  req: http.IncomingMessage,
  body: Buffer | undefined,
  store: CredentialStore,
  service: string,
  now = Date.now(),
): { credential: Credential } | { failure: AuthFailure } {
  const auth = req.headers.authorization;
  if (!auth) return { failure: { code: 'MissingAuthenticationToken', message: 'Missing Authentication Token' } };
  const m =
    /^AWS4-HMAC-SHA256 Credential=([^/]+)\/(\d{8})\/([^/]+)\/([^/]+)\/aws4_request, ?SignedHeaders=([^,]+), ?Signature=([0-9a-f]{64})$/.exec(
      auth,
    );
  if (!m)
    return { failure: { code: 'InvalidToken', message: `Authorization header is not SigV4: ${auth.slice(0, 40)}` } };
  const [, keyId, date, region, signedService, signedHeaders, signature] = m;
  const credential = store.get(keyId!);
  if (!credential)
    return {
      failure: {
        code: 'InvalidAccessKeyId',
        message: `The security token included in the request is invalid (unknown access key ${keyId}).`,
      },
    };
  if (credential.sessionToken && req.headers['x-amz-security-token'] !== credential.sessionToken) {
    return { failure: { code: 'InvalidToken', message: 'The security token included in the request is invalid.' } };
  }
  if (credential.expiresAt !== undefined && now > credential.expiresAt) {
    return { failure: { code: 'ExpiredToken', message: 'The security token included in the request is expired' } };
  }
  if (signedService !== service) {
    return {
      failure: {
        code: 'SignatureDoesNotMatch',
        message: `Credential should be scoped to correct service: '${service}'.`,
      },
    };
  }
  const url = req.url ?? '/';
  const q = url.indexOf('?');
  const rawPath = q < 0 ? url : url.slice(0, q);
  const rawQuery = q < 0 ? '' : url.slice(q + 1);
  const canonicalPath = service === 's3' ? rawPath : rawPath.split('/').map(escapeUri).join('/');
  const canonicalQuery = rawQuery
    .split('&')
    .filter(Boolean)
    .map((pair) => {
      const eq = pair.indexOf('=');
      const k = decodeURIComponent((eq < 0 ? pair : pair.slice(0, eq)).replace(/\+/g, ' '));
      const v = eq < 0 ? '' : decodeURIComponent(pair.slice(eq + 1).replace(/\+/g, ' '));
      return [escapeUri(k), escapeUri(v)] as const;
    })
    .sort(([a, av], [b, bv]) => (a < b ? -1 : a > b ? 1 : av < bv ? -1 : av > bv ? 1 : 0))
    .map(([k, v]) => `${k}=${v}`)
    .join('&');
  const names = signedHeaders!.split(';');
  const canonicalHeaders = names
    .map((name) => {
      const value = req.headers[name];
      const text = Array.isArray(value) ? value.join(',') : (value ?? '');
      return `${name}:${text.trim().replace(/\s+/g, ' ')}\n`;
    })
    .join('');
  const payloadHash = (req.headers['x-amz-content-sha256'] as string | undefined) ?? sha256(body ?? Buffer.alloc(0));
  const canonicalRequest = [
    req.method,
    canonicalPath,
    canonicalQuery,
    canonicalHeaders,
    signedHeaders,
    payloadHash,
  ].join('\n');
  const amzDate = req.headers['x-amz-date'] as string;
  const scope = `${date}/${region}/${signedService}/aws4_request`;
  const stringToSign = ['AWS4-HMAC-SHA256', amzDate, scope, sha256(canonicalRequest)].join('\n');
  const kDate = hmac(`AWS4${credential.secretAccessKey}`, date!);
  const kSigning = hmac(hmac(hmac(kDate, region!), signedService!), 'aws4_request');
  const expected = createHmac('sha256', kSigning).update(stringToSign).digest('hex');
  if (expected !== signature) {
    return {
      failure: {
        code: 'SignatureDoesNotMatch',
        message:
          'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method.',
      },
    };
  }
  return { credential };
}

export interface OidcClaims {
  readonly sub: string;
  readonly aud: string;
  readonly repository: string;
  readonly ref: string;
  readonly sha: string;
  readonly event_name: string;
  readonly [claim: string]: unknown;
}

const b64url = (data: Buffer | string) => Buffer.from(data).toString('base64url');

/** The sandbox's stand-in for token.actions.githubusercontent.com: signs RS256 JWTs. */
export class OidcIssuer {
  readonly issuer = 'https://token.actions.githubusercontent.com';
  private readonly privateKey: KeyObject;
  private readonly publicKey: KeyObject;
  readonly kid = 'sandbox-1';

  constructor() {
    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    this.privateKey = privateKey;
    this.publicKey = publicKey;
  }

  sign(claims: OidcClaims, ttlSeconds = 300): string {
    const now = Math.floor(Date.now() / 1000);
    const header = b64url(JSON.stringify({ alg: 'RS256', typ: 'JWT', kid: this.kid }));
    const payload = b64url(
      JSON.stringify({
        jti: randomBytes(8).toString('hex'),
        iss: this.issuer,
        nbf: now - 5,
        iat: now,
        exp: now + ttlSeconds,
        ...claims,
      }),
    );
    const signer = createSign('RSA-SHA256');
    signer.update(`${header}.${payload}`);
    return `${header}.${payload}.${signer.sign(this.privateKey).toString('base64url')}`;
  }

  /** The claims of a token this issuer signed and that is still valid, or why not. */
  verify(token: string): { claims: OidcClaims & { iss: string; exp: number } } | { error: string } {
    const parts = token.split('.');
    if (parts.length !== 3) return { error: 'Token is not a JWT' };
    const verifier = createVerify('RSA-SHA256');
    verifier.update(`${parts[0]}.${parts[1]}`);
    if (!verifier.verify(this.publicKey, Buffer.from(parts[2]!, 'base64url')))
      return { error: 'Token signature is invalid' };
    const claims = JSON.parse(Buffer.from(parts[1]!, 'base64url').toString('utf8')) as OidcClaims & {
      iss: string;
      exp: number;
    };
    if (claims.iss !== this.issuer) return { error: `Token issuer ${claims.iss} is not trusted` };
    if (claims.exp * 1000 < Date.now()) return { error: 'Token is expired' };
    return { claims };
  }
}
