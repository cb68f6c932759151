// Whose requests count as production's traffic, for shadow replay and monitor. The invocation logs
// hold every call to the production endpoint, whoever made it: the application's, but also this
// action's own (promote evaluates production on it, the watch sends smoke runs) and anyone else's
// who may call it. So each logged call's caller (identity.arn) is checked: the action's own
// sessions are never production's traffic, `traffic-principals` (when set) names the only callers
// that are, and no single caller or prompt may dominate the sample (docs/safe-promotion.md).
import { createHash } from 'node:crypto';
import type { LoggedCall } from '../aws/invocation-logs.js';

export interface CallerRules {
  /** a session of this action: the role this run assumed, or a session named as the action names its sessions */
  readonly own: (caller: string) => boolean;
  /** `traffic-principals`: when set, the only callers whose requests count */
  readonly allowed?: (caller: string) => boolean;
}

/** The parts of a principal ARN: an assumed-role session's role, or the principal itself. */
function principal(arn: string): { account: string; role?: string; session?: string } {
  const m = /^arn:[a-z-]+:sts::(\d{12}):assumed-role\/([^/]+)\/(.+)$/.exec(arn);
  if (m) return { account: m[1]!, role: m[2]!, session: m[3]! };
  return { account: /^arn:[a-z-]+:iam::(\d{12}):/.exec(arn)?.[1] ?? '' };
}

/**
 * Whether `caller` (a logged identity.arn) is `entry` of `traffic-principals`: a role's ARN
 * (`arn:aws:iam::<account>:role/<path/>name`) covers every session of that role; any other ARN
 * is matched whole, `*` standing for any characters.
 */
export function principalMatches(entry: string, caller: string): boolean {
  const role = /^arn:[a-z-]+:iam::(\d{12}):role\/(?:.*\/)?([^/]+)$/.exec(entry);
  if (role) {
    const p = principal(caller);
    return p.account === role[1] && p.role === role[2];
  }
  const pattern = new RegExp(
    `^${entry
      .split('*')
      .map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  );
  return pattern.test(caller);
}

export function callerRules(settings: {
  readonly roleToAssume?: string;
  readonly roleSessionName: string;
  readonly trafficPrincipals: readonly string[];
}): CallerRules {
  const ownRole = settings.roleToAssume?.split('/').pop();
  return {
    own: (caller) => {
      const p = principal(caller);
      return (
        (ownRole !== undefined && p.role === ownRole) || (p.session?.startsWith(settings.roleSessionName) ?? false)
      );
    },
    allowed: settings.trafficPrincipals.length
      ? (caller) => settings.trafficPrincipals.some((entry) => principalMatches(entry, caller))
      : undefined,
  };
}

/** Production's logs hold more than one caller and nothing says which is the application's. */
export const trafficWarning = (callers: number): string =>
  `Production's invocation logs hold requests from ${callers} callers, each counted at most an equal share. Anyone who may call the endpoint can add traffic: set 'traffic-principals' to the application's role so that only its requests count (docs/safe-promotion.md).`;

/** The request as a key: the same system prompt and turns are the same request, whoever sent it. */
export const requestKey = (call: LoggedCall): string =>
  createHash('sha256')
    .update(JSON.stringify([call.system.map((b) => b.text), call.messages.map((m) => [m.role, m.content])]))
    .digest('base64');

/** The most callers tracked one by one; past it, the rest share one reservoir. */
const MAX_CALLERS = 1_000;
/** The most distinct requests remembered for deduplication; past it, a repeat is not recognised. */
const MAX_KEYS = 200_000;

/**
 * A fair sample of distinct requests: each distinct request once (its first call), each caller in
 * its own uniform reservoir (Algorithm R, seeded), then at most an equal share of `n` per caller,
 * what a caller does not use going to the others. One caller sending thousands of requests gets the
 * share any other caller gets, and one prompt sent a thousand times counts once.
 */
export class FairSample {
  private readonly reservoirs = new Map<string, { eligible: number; calls: LoggedCall[] }>();
  private readonly keys = new Set<string>();
  /** arrival order: calls logged in the same millisecond keep it, so a rerun draws the same sample in the same order */
  private readonly arrival = new Map<LoggedCall, number>();
  private added = 0;
  duplicates = 0;

  constructor(
    private readonly n: number,
    private readonly random: () => number,
  ) {}

  add(call: LoggedCall): void {
    this.added += 1;
    const key = requestKey(call);
    if (this.keys.has(key)) {
      this.duplicates += 1;
      return;
    }
    if (this.keys.size < MAX_KEYS) this.keys.add(key);
    const caller =
      this.reservoirs.has(call.caller) || this.reservoirs.size < MAX_CALLERS ? call.caller : '(other callers)';
    let r = this.reservoirs.get(caller);
    if (!r) this.reservoirs.set(caller, (r = { eligible: 0, calls: [] }));
    r.eligible += 1;
    if (r.calls.length < this.n) r.calls.push(call);
    else {
      const j = Math.floor(this.random() * r.eligible);
      if (j >= this.n) return;
      this.arrival.delete(r.calls[j]!);
      r.calls[j] = call;
    }
    this.arrival.set(call, this.added);
  }

  /** The sample, oldest first: equal shares, the unused part of a share filled from the others'. */
  take(): { calls: LoggedCall[]; callers: number; distinct: number } {
    // shuffled (seeded): a reservoir's first places lean towards its first calls
    const pools = [...this.reservoirs.values()].map((r) => {
      const calls = [...r.calls];
      for (let i = calls.length - 1; i > 0; i--) {
        const j = Math.floor(this.random() * (i + 1));
        [calls[i], calls[j]] = [calls[j]!, calls[i]!];
      }
      return calls;
    });
    const taken: LoggedCall[] = [];
    let open = pools.filter((p) => p.length);
    while (taken.length < this.n && open.length) {
      const share = Math.max(1, Math.floor((this.n - taken.length) / open.length));
      for (const pool of open) taken.push(...pool.splice(0, Math.min(share, this.n - taken.length)));
      open = open.filter((p) => p.length);
    }
    taken.sort((a, b) => a.at.getTime() - b.at.getTime() || this.arrival.get(a)! - this.arrival.get(b)!);
    const distinct = [...this.reservoirs.values()].reduce((a, r) => a + r.eligible, 0);
    return { calls: taken, callers: this.reservoirs.size, distinct };
  }
}
