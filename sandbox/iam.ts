// IAM in the sandbox: every request made with a role's credentials is evaluated against that
// role's policies by a real IAM policy evaluator (@cloud-copilot/iam-simulate, AWS's evaluation
// logic: explicit deny, allow, conditions with their operators, wildcards, tags), before the
// service does anything. A role with no policies given is unrestricted, as before. Development
// dependency only (AGPL): the sandbox and the tests load it, the action's bundle never does.
import { runSimulation } from '@cloud-copilot/iam-simulate';
import { ACCOUNT_ID } from './auth.js';
import type { Call, IamDecision } from './http.js';

/** One IAM request: an action on a resource, with its request context keys. */
export interface IamRequest {
  readonly action: string;
  readonly resource: string;
  readonly context?: Readonly<Record<string, string | string[]>>;
}

export interface IamOptions {
  /** role name → its identity policies (documents as IAM reads them) */
  readonly roles: Readonly<Record<string, readonly unknown[]>>;
  /** role name → its trust policy, for GetRole (roles not named here trust GitHub's OIDC provider; bedrock-customization trusts Bedrock) */
  readonly trust?: Readonly<Record<string, unknown>>;
  /** role names GetRole does not find (NoSuchEntity) */
  readonly missing?: readonly string[];
}

export type Decision = 'Allowed' | 'ExplicitlyDenied' | 'ImplicitlyDenied' | string;

/** The role name of an assumed-role session principal (arn:aws:sts::<account>:assumed-role/<role>/<session>). */
export const roleOf = (principal: string): string | undefined =>
  /^arn:aws:sts::\d{12}:assumed-role\/([^/]+)\//.exec(principal)?.[1];

/** Tag context keys: aws:RequestTag/<k> and aws:TagKeys for tags sent, aws:ResourceTag/<k> for tags held. */
export function tagContext(
  request: ReadonlyArray<{ key: string; value: string }> | undefined,
  resource?: ReadonlyArray<{ key: string; value: string }>,
): Record<string, string | string[]> {
  const context: Record<string, string | string[]> = {};
  if (request?.length) {
    for (const t of request) context[`aws:RequestTag/${t.key}`] = t.value;
    context['aws:TagKeys'] = request.map((t) => t.key);
  }
  for (const t of resource ?? []) context[`aws:ResourceTag/${t.key}`] = t.value;
  return context;
}

export class Iam {
  constructor(public options: IamOptions = { roles: {} }) {}

  /**
   * Evaluates each request for the principal. Undefined when all are allowed (or the principal's
   * role has no policies here); otherwise AWS's AccessDenied message for the first one that is not.
   */
  /** The policy evaluator's decision for one request by a role; a role with no policies here allows everything. */
  async decide(role: string, principal: string, request: IamRequest): Promise<Decision> {
    const policies = this.options.roles[role];
    if (!policies) return 'Allowed';
    const result = await runSimulation(
      {
        request: {
          principal,
          action: request.action,
          resource: { resource: request.resource, accountId: ACCOUNT_ID },
          contextVariables: { ...request.context },
        },
        identityPolicies: policies.map((policy, i) => ({ name: `${role}-${i}`, policy })),
        serviceControlPolicies: [],
        resourceControlPolicies: [],
      },
      {},
    );
    return result.resultType === 'error' ? `error: ${result.errors.message}` : String(result.overallResult);
  }

  /**
   * Evaluates each request for the principal. Undefined when all are allowed (or the principal's
   * role has no policies here); otherwise AWS's AccessDenied message for the first one that is not.
   */
  async authorize(principal: string, requests: readonly IamRequest[], call?: Call): Promise<string | undefined> {
    const role = roleOf(principal);
    if (!role || !this.options.roles[role]) return undefined;
    for (const request of requests) {
      const decision = await this.decide(role, principal, request);
      const entry: IamDecision = {
        action: request.action,
        resource: request.resource,
        context: request.context ?? {},
        principal,
        result: decision,
      };
      if (call) (call.iam ??= []).push(entry);
      if (decision !== 'Allowed') {
        const why =
          decision === 'ExplicitlyDenied'
            ? 'with an explicit deny in an identity-based policy'
            : 'because no identity-based policy allows the ' + request.action + ' action';
        return `User: ${principal} is not authorized to perform: ${request.action} on resource: ${request.resource} ${why}`;
      }
    }
    return undefined;
  }
}
