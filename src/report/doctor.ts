// `doctor`'s checklist: one line per check in the log, a table in the job summary. Details carry
// AWS's own messages and input values, so the summary escapes them like any text not ours.
import type { CheckResult, Status } from '../preflight/result.js';
import { mdText } from './escape.js';

const MARK: Record<Status, string> = { pass: '✓', warn: '!', fail: '✗', skip: '–' };

/** One log line: mark, check, detail, and the fix when there is one. */
export function checklistLine(r: CheckResult): string {
  return `${MARK[r.status]} ${r.check}: ${r.detail}${r.fix && r.status !== 'pass' ? ` → ${r.fix}` : ''}`;
}

export function doctorSummary(results: readonly CheckResult[]): string {
  const count = (s: Status) => results.filter((r) => r.status === s).length;
  const failed = count('fail');
  const head = failed
    ? `### ✗ bedrock-model-ci doctor: ${failed} problem${failed === 1 ? '' : 's'} to fix before the first run`
    : `### ✓ bedrock-model-ci doctor: the account is ready${count('warn') ? ` (${count('warn')} warning${count('warn') === 1 ? '' : 's'})` : ''}`;
  const rows = results.map(
    (r) =>
      `| ${MARK[r.status]} | ${mdText(r.check, 80)} | ${mdText(r.detail, 400)} | ${r.status === 'pass' ? '' : mdText(r.fix ?? '', 300)} |`,
  );
  return [
    head,
    '',
    `${count('pass')} passed · ${count('warn')} warnings · ${failed} failed · ${count('skip')} not checked. Read-only: nothing was created, written or launched.`,
    '',
    '| | Check | Result | What to do |',
    '|---|---|---|---|',
    ...rows,
    '',
  ].join('\n');
}
