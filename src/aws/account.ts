// The account as `doctor` reads it: who the credentials are (STS), a role and its trust policy and
// what a role's policies allow (IAM), and the Bedrock quotas (Service Quotas). Read-only calls,
// each of which the caller may lack permission for: a denial is an answer ("not checked"), not a
// failure. Loaded only by `doctor`: the other commands never parse these three clients.
import { GetRoleCommand, IAMClient, SimulatePrincipalPolicyCommand } from '@aws-sdk/client-iam';
import {
  ListAWSDefaultServiceQuotasCommand,
  ListServiceQuotasCommand,
  ServiceQuotasClient,
} from '@aws-sdk/client-service-quotas';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import type { AwsClients } from './clients.js';

export interface Identity {
  readonly account: string;
  /** the caller's ARN: an assumed-role session, a user, … */
  readonly arn: string;
  /** the IAM role behind an assumed-role session (what SimulatePrincipalPolicy takes), else the ARN */
  readonly principal: string;
}

export interface Role {
  readonly arn: string;
  /** the trust policy, parsed (IAM returns it URL-encoded) */
  readonly trust: unknown;
}

/** One request a command makes, as IAM authorizes it. */
export interface PermissionRequest {
  readonly action: string;
  readonly resource: string;
  /** condition keys the request carries (e.g. s3:if-none-match, aws:RequestTag/purpose) */
  readonly context?: Readonly<Record<string, string | readonly string[]>>;
}

export type Decision = 'allowed' | 'explicitDeny' | 'implicitDeny';

export interface Quota {
  readonly name: string;
  readonly code: string;
  readonly value: number;
  readonly adjustable: boolean;
}

/** True for the errors that mean "this principal may not ask that", whatever the service spells them. */
export const isAccessDenied = (error: unknown): boolean => {
  const e = error as { name?: string; $metadata?: { httpStatusCode?: number } };
  return (
    /AccessDenied|UnauthorizedOperation|NotAuthorized/i.test(e?.name ?? '') || e?.$metadata?.httpStatusCode === 403
  );
};

/** arn:aws:sts::<account>:assumed-role/<role>/<session> → arn:aws:iam::<account>:role/<role> */
export function principalOf(arn: string): string {
  const m = /^arn:(aws[a-z-]*):sts::(\d{12}):assumed-role\/([^/]+)\/[^/]+$/.exec(arn);
  return m ? `arn:${m[1]}:iam::${m[2]}:role/${m[3]}` : arn;
}

export class Account {
  private readonly sts: STSClient;
  private readonly iam: IAMClient;
  private readonly quotasClient: ServiceQuotasClient;

  constructor(aws: Pick<AwsClients, 'region' | 'credentials'>) {
    const common = { region: aws.region, credentials: aws.credentials, maxAttempts: 4 };
    this.sts = new STSClient(common);
    // IAM is global: its endpoint is iam.amazonaws.com whatever the Region (AWS_ENDPOINT_URL_IAM overrides).
    this.iam = new IAMClient(common);
    this.quotasClient = new ServiceQuotasClient(common);
  }

  async identity(): Promise<Identity> {
    const r = await this.sts.send(new GetCallerIdentityCommand({}));
    const arn = r.Arn ?? '';
    return { account: r.Account ?? '', arn, principal: principalOf(arn) };
  }

  /** The role, or undefined when it does not exist (NoSuchEntity). */
  async role(name: string): Promise<Role | undefined> {
    try {
      const r = await this.iam.send(new GetRoleCommand({ RoleName: name }));
      const document = r.Role?.AssumeRolePolicyDocument ?? '';
      let trust: unknown;
      try {
        trust = JSON.parse(decodeURIComponent(document));
      } catch {
        trust = undefined;
      }
      return { arn: r.Role?.Arn ?? '', trust };
    } catch (error) {
      if ((error as { name?: string }).name === 'NoSuchEntityException') return undefined;
      throw error;
    }
  }

  /**
   * What the role's policies decide for each request (SimulatePrincipalPolicy: identity-based
   * policies, permissions boundary and the organization's SCPs). One call per resource and
   * context, each naming all its actions.
   */
  async simulate(policySource: string, requests: readonly PermissionRequest[]): Promise<Decision[]> {
    const groups = new Map<string, PermissionRequest[]>();
    for (const r of requests) {
      const key = JSON.stringify([r.resource, Object.entries(r.context ?? {}).sort()]);
      groups.set(key, [...(groups.get(key) ?? []), r]);
    }
    const decided = new Map<PermissionRequest, Decision>();
    for (const group of groups.values()) {
      const { resource, context } = group[0]!;
      const r = await this.iam.send(
        new SimulatePrincipalPolicyCommand({
          PolicySourceArn: policySource,
          ActionNames: [...new Set(group.map((g) => g.action))],
          ResourceArns: [resource],
          ContextEntries: Object.entries(context ?? {}).map(([ContextKeyName, value]) => ({
            ContextKeyName,
            ContextKeyValues: typeof value === 'string' ? [value] : [...value],
            ContextKeyType:
              typeof value !== 'string' ? 'stringList' : /^(true|false)$/.test(value) ? 'boolean' : 'string',
          })),
        }),
      );
      for (const g of group) {
        const result = r.EvaluationResults?.find((e) => e.EvalActionName?.toLowerCase() === g.action.toLowerCase());
        decided.set(g, (result?.EvalDecision as Decision | undefined) ?? 'implicitDeny');
      }
    }
    return requests.map((r) => decided.get(r)!);
  }

  /** The service's quotas as applied to this account (ListServiceQuotas), else its defaults. */
  async quotas(serviceCode: string): Promise<Quota[]> {
    const read = async (applied: boolean): Promise<Quota[]> => {
      const out: Quota[] = [];
      let NextToken: string | undefined;
      do {
        const input = { ServiceCode: serviceCode, NextToken, MaxResults: 100 };
        const r = applied
          ? await this.quotasClient.send(new ListServiceQuotasCommand(input))
          : await this.quotasClient.send(new ListAWSDefaultServiceQuotasCommand(input));
        for (const q of r.Quotas ?? [])
          if (q.QuotaName && q.Value !== undefined)
            out.push({
              name: q.QuotaName,
              code: q.QuotaCode ?? '',
              value: q.Value,
              adjustable: Boolean(q.Adjustable),
            });
        NextToken = r.NextToken;
      } while (NextToken);
      return out;
    };
    const applied = await read(true);
    return applied.length ? applied : read(false);
  }

  destroy(): void {
    this.sts.destroy();
    this.iam.destroy();
    this.quotasClient.destroy();
  }
}
