// A check's result, and how the checks word theirs.

export type Status = 'pass' | 'warn' | 'fail' | 'skip';

export interface CheckResult {
  readonly check: string;
  readonly status: Status;
  readonly detail: string;
  /** what to do, for warn, fail and skip */
  readonly fix?: string;
}

export const DAY_MS = 86_400_000;

export const result = (check: string, status: Status, detail: string, fix?: string): CheckResult => ({
  check,
  status,
  detail,
  fix,
});

export const denied = (check: string, action: string, what: string): CheckResult =>
  result(
    check,
    'skip',
    `not checked: the role may not ${action}`,
    `Grant ${action} to check ${what} (the stack in infra/ does), or check it by hand.`,
  );

export const date = (d: Date) => d.toISOString().slice(0, 10);
