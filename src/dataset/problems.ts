import type { PiiMode } from '../settings.js';
import { RULES, type RuleId, type Severity } from './rules.js';

export interface Problem {
  readonly rule: RuleId;
  readonly severity: Severity;
  /** the path as the user wrote it (relative to the workspace) */
  readonly file: string;
  readonly line?: number;
  readonly message: string;
}

export interface RuleTally {
  readonly rule: RuleId;
  readonly severity: Severity;
  count: number;
  readonly first: { file: string; line?: number };
}

export interface ProblemPolicy {
  readonly pii: PiiMode;
  readonly ignoreRules: ReadonlySet<RuleId>;
  /** problems kept (and annotated) per rule; the rest are only counted */
  readonly capPerRule?: number;
}

/** Collects problems, applying the user's policy, and keeps a bounded sample of each rule. */
export class ProblemLog {
  readonly kept: Problem[] = [];
  readonly tallies = new Map<RuleId, RuleTally>();
  private readonly cap: number;

  constructor(private readonly policy: ProblemPolicy) {
    this.cap = policy.capPerRule ?? 20;
  }

  severityOf(rule: RuleId): Severity | undefined {
    if (this.policy.ignoreRules.has(rule)) return undefined;
    if (rule.startsWith('pii/')) {
      if (this.policy.pii === 'off') return undefined;
      return this.policy.pii === 'error' ? 'error' : 'warning';
    }
    return RULES[rule].severity;
  }

  add(rule: RuleId, file: string, line: number | undefined, message: string): void {
    const severity = this.severityOf(rule);
    if (!severity) return;
    const tally = this.tallies.get(rule);
    if (tally) {
      tally.count += 1;
      if (tally.count > this.cap) return;
    } else {
      this.tallies.set(rule, { rule, severity, count: 1, first: { file, line } });
    }
    this.kept.push({ rule, severity, file, line, message });
  }

  count(severity: Severity): number {
    let n = 0;
    for (const t of this.tallies.values()) if (t.severity === severity) n += t.count;
    return n;
  }

  /** Rules whose problems were not all kept, with how many were left out. */
  overflow(): Array<{ rule: RuleId; severity: Severity; omitted: number }> {
    return [...this.tallies.values()]
      .filter((t) => t.count > this.cap)
      .map((t) => ({ rule: t.rule, severity: t.severity, omitted: t.count - this.cap }));
  }
}
