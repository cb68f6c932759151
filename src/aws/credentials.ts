import { fromNodeProviderChain, fromWebToken } from '@aws-sdk/credential-providers';
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@aws-sdk/types';
import { UserError, messageOf } from '../errors.js';
import type { RunContext } from '../github/context.js';
import type { Io } from '../io/io.js';

/** A provider the SDK uses as it is (`memoized`), which the action can force to refresh. */
export type RefreshableProvider = AwsCredentialIdentityProvider & { memoized: true; invalidate(): void };

const REFRESH_BEFORE_MS = 5 * 60_000;

/**
 * Caches credentials until five minutes before they expire, or until `invalidate()` (after an
 * ExpiredToken error: a role session can end before its declared expiry). One fetch at a time.
 */
export function refreshable(
  fetch: () => Promise<AwsCredentialIdentity>,
  now: () => number = Date.now,
): RefreshableProvider {
  let cached: AwsCredentialIdentity | undefined;
  let inflight: Promise<AwsCredentialIdentity> | undefined;
  const provider = (async () => {
    if (cached && (!cached.expiration || cached.expiration.getTime() - now() > REFRESH_BEFORE_MS)) return cached;
    inflight ??= fetch().finally(() => (inflight = undefined));
    cached = await inflight;
    return cached;
  }) as RefreshableProvider;
  provider.memoized = true;
  provider.invalidate = () => {
    cached = undefined;
  };
  return provider;
}

export interface CredentialOptions {
  readonly region: string;
  readonly roleToAssume?: string;
  readonly roleSessionName: string;
  readonly context: RunContext;
  readonly io: Io;
  /** @actions/core's getIDToken, injected so the CLI and tests can replace it */
  readonly getIdToken: (audience: string) => Promise<string>;
}

/**
 * With `role-to-assume`: a fresh GitHub OIDC token and AssumeRoleWithWebIdentity on every refresh,
 * so waits longer than the role's session keep working. Without: the default credential chain.
 * Every credential and token is masked before anything can log it.
 */
export function awsCredentials(options: CredentialOptions): RefreshableProvider {
  const { io, roleToAssume } = options;
  const mask = (c: AwsCredentialIdentity) => {
    io.setSecret(c.accessKeyId);
    io.setSecret(c.secretAccessKey);
    if (c.sessionToken) io.setSecret(c.sessionToken);
    return c;
  };
  if (!roleToAssume) {
    const chain = fromNodeProviderChain();
    return refreshable(async () => {
      try {
        return mask(await chain());
      } catch (error) {
        throw new UserError(
          `No AWS credentials: ${messageOf(error)}. Set 'role-to-assume' (with 'permissions: id-token: write'), or run aws-actions/configure-aws-credentials before this step.`,
        );
      }
    });
  }
  return refreshable(async () => {
    let token: string;
    try {
      token = await options.getIdToken('sts.amazonaws.com');
    } catch (error) {
      throw new UserError(
        `Could not get a GitHub OIDC token to assume '${roleToAssume}': ${messageOf(error)}. Give the job 'permissions: id-token: write'. (Pull requests from forks get no OIDC token.)`,
      );
    }
    io.setSecret(token);
    try {
      const credentials = await fromWebToken({
        roleArn: roleToAssume,
        webIdentityToken: token,
        roleSessionName: options.roleSessionName,
        clientConfig: { region: options.region },
      })();
      return mask(credentials);
    } catch (error) {
      const name = (error as { name?: string }).name ?? 'Error';
      const subject = options.context.oidcSubject ? ` For this run, 'sub' is '${options.context.oidcSubject}'.` : '';
      throw new UserError(
        `Could not assume role '${roleToAssume}' with the GitHub OIDC token: ${name}: ${messageOf(error)}. ` +
          `Check the role's trust policy: it must trust the OIDC provider token.actions.githubusercontent.com with 'aud' sts.amazonaws.com and a 'sub' condition matching this workflow.${subject}`,
      );
    }
  });
}

/**
 * The SDK's names for an expired or revoked session, across services and protocols. A HEAD
 * request's error has no body to name it (S3 answers an expired token on HeadObject with a bare
 * 400 or 403, which the SDK calls 'Unknown' or by the status): that may be an expired session
 * too, and one retry with fresh credentials tells.
 */
export function isExpiredCredentials(error: unknown): boolean {
  const e = error as { name?: string; $metadata?: { httpStatusCode?: number } };
  const name = e?.name ?? '';
  if (name === 'ExpiredTokenException' || name === 'ExpiredToken' || name === 'RequestExpired') return true;
  const status = e?.$metadata?.httpStatusCode;
  return (status === 400 || status === 403) && (name === 'Unknown' || name === 'BadRequest' || name === 'Forbidden');
}
