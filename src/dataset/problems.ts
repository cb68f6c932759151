import type { FindingMode } from '../settings.js';
import { CROSS_FILE_RULES, RULES, type RuleId, type Severity } from '../rules.js';

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
  readonly pii: FindingMode;
  /** how test/validation prompts that also occur in training count */
  readonly leakage?: FindingMode;
  readonly ignoreRules: ReadonlySet<RuleId>;
  /** problems kept (and annotated) per rule; the rest are only counted */
  readonly capPerRule?: number;
}

/** Collects problems, applying the user's policy, and keeps a bounded sample of each rule. */
export class ProblemLog {
  private readonly own: Problem[] = [];
  private readonly crossFile: Problem[] = [];
  readonly tallies = new Map<RuleId, RuleTally>();
  private readonly cap: number;

  constructor(private readonly policy: ProblemPolicy) {
    this.cap = policy.capPerRule ?? 20;
  }

  severityOf(rule: RuleId): Severity | undefined {
    if (this.policy.ignoreRules.has(rule)) return undefined;
    const mode = rule.startsWith('pii/') ? this.policy.pii : rule.startsWith('leak/') ? this.policy.leakage : undefined;
    if (mode === 'off') return undefined;
    if (mode) return mode === 'error' ? 'error' : 'warning';
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
    (CROSS_FILE_RULES.has(rule) ? this.crossFile : this.own).push({ rule, severity, file, line, message });
  }

  /** Counts `count` more problems of a rule whose first ones were added (and kept) already. */
  addUnkept(rule: RuleId, count: number): void {
    const tally = this.tallies.get(rule);
    if (tally && count > 0) tally.count += count;
  }

  /** Every kept problem: each file's own first, in the order found, then the findings across files. */
  get kept(): Problem[] {
    return [...this.own, ...this.crossFile];
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
