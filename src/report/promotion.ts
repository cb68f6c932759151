// What promote and rollback write to the job summary and to the pull request's comment.
import { pct } from '../lib/format.js';
import type { ShadowResult } from '../evaluation/shadow.js';
import type { WatchReport } from '../registry/watch.js';
import { mdCode, mdText } from './escape.js';

const sentence = (text: string) => `${text[0]!.toUpperCase()}${text.slice(1)}.`;

/** The candidate's accuracy beside production's, as a small table (with its leading blank line). */
export function accuracyTable(jobName: string, accuracy: number, production?: { version: number; accuracy: number }) {
  return `\n\n| | accuracy |\n|---|---:|\n| candidate \`${jobName}\` | ${pct(accuracy)} |${production ? `\n| production v${production.version} | ${pct(production.accuracy)} |` : ''}`;
}

export const notPromotedSummary = (modelName: string, why: string, numbers = '') =>
  `## ⏸ \`${modelName}\`: not promoted\n\n${sentence(why)}${numbers}\n`;

export const promotedSummary = (
  modelName: string,
  version: number,
  reason: string,
  numbers: string,
  endpoint: { arn: string; serves: string },
) =>
  `## 🚀 \`${modelName}\`: promoted to production as version ${version}\n\n${sentence(reason)}${numbers}\n\nStable endpoint \`${endpoint.arn}\` now serves \`${endpoint.serves}\`.\n`;

export const supersededSummary = (modelName: string, version: number, by?: number) =>
  `## ⏭ \`${modelName}\`: version ${version} superseded\n\nWhile this run moved the stable endpoint, ${by !== undefined ? `version ${by}` : 'another run'} was decided as production; that run finishes the move.\n`;

export const rolledBackSummary = (
  modelName: string,
  version: number,
  previous: number | undefined,
  endpoint: { arn: string; serves: string },
) =>
  `## ↩️ \`${modelName}\`: production rolled back to version ${version}\n\n${previous !== undefined ? `From version ${previous}. ` : ''}Stable endpoint \`${endpoint.arn}\` serves \`${endpoint.serves}\`.\n`;

/** The line promote adds under the pull request's sticky comment. */
export const notPromotedLine = (at: string, reason: string) => `⏸ **Not promoted** on ${at.slice(0, 10)}: ${reason}.`;

export const promotedLine = (version: number, actor: { at: string; by?: string; run?: string }, reason: string) =>
  `🚀 **Promoted to production** as version ${version} on ${actor.at.slice(0, 10)}${actor.by ? ` by ${actor.by}` : ''}${actor.run ? ` ([run](${actor.run}))` : ''}: ${reason}.`;

const ms = (x: number | undefined) => (x === undefined ? '—' : `${Math.round(x)} ms`);

/** The shadow replay's figures (production's requests and answers are user data: escaped, PII withheld). */
export function shadowSection(r: ShadowResult, minAgreement?: number): string {
  const skipped = [
    r.skipped.media ? `${r.skipped.media} with images or documents` : '',
    r.skipped.otherOperations ? `${r.skipped.otherOperations} not Converse` : '',
    r.skipped.failed ? `${r.skipped.failed} that failed in production` : '',
  ].filter(Boolean);
  const lines = [
    '### Shadow replay of production traffic',
    '',
    `${r.replayed} of production's ${r.seen} requests between ${r.window.since.slice(0, 16).replace('T', ' ')} and ${r.window.until.slice(0, 16).replace('T', ' ')} UTC were replayed against the candidate${skipped.length ? ` (not replayed: ${skipped.join(', ')})` : ''}. Answers compared by ${mdText(r.comparedBy, 120)}.`,
    '',
    '| | candidate | production |',
    '|---|---:|---:|',
    `| same answer as production | **${pct(r.agreement)}** (${r.agreed}/${r.replayed})${minAgreement !== undefined ? ` ${r.agreement >= minAgreement ? '✅' : '❌'} \`min-shadow-agreement\` ${pct(minAgreement)}` : ''} | — |`,
    `| latency p50 / p95 | ${ms(r.latencyMs.candidate.p50)} / ${ms(r.latencyMs.candidate.p95)} | ${ms(r.latencyMs.production?.p50)} / ${ms(r.latencyMs.production?.p95)} |`,
    `| errors | ${r.errors} | — |`,
  ];
  if (r.disagreements.length)
    lines.push(
      '',
      '<details><summary>Where the candidate answers differently, most frequent first</summary>',
      '',
      '| requests | production answered | candidate answered | e.g. |',
      '|---:|---|---|---|',
      ...r.disagreements.map(
        (d) => `| ${d.count} | ${mdCode(d.production, 60)} | ${mdCode(d.candidate, 60)} | ${mdText(d.example, 80)} |`,
      ),
      '',
      '</details>',
    );
  return lines.join('\n');
}

/** What the watch after the swap saw. */
export function watchSection(w: WatchReport): string {
  const m = w.metrics;
  const figures = `${m.invocations} invocations, ${m.serverErrors} server errors, ${m.throttles} throttled, latency p95 ${ms(m.latencyP95)}${w.baselineP95 !== undefined ? ` (production before the swap: ${ms(w.baselineP95)})` : ''}; ${w.smokeRuns} smoke run(s) of the test set through the endpoint`;
  return w.outcome === 'passed'
    ? `### Watch after the swap: ✅ passed\n\n${w.minutes} min: ${figures}.`
    : `### Watch after the swap: ❌ rolled back to version ${w.rolledBackTo}\n\n${sentence(mdText(w.reason ?? '', 400))} ${figures}.`;
}

export const rolledBackAfterWatchLine = (version: number, back: number | undefined, reason: string) =>
  `↩️ **Rolled back automatically**: version ${version} breached the watch after its promotion (${mdText(reason, 300)}); production is version ${back ?? '—'} again.`;
