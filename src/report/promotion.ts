// What promote and rollback write to the job summary and to the pull request's comment.
import { pct } from '../lib/format.js';
import { formatUsd } from '../pricing/prices.js';
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

const VERDICT = { win: 'candidate better', tie: 'as good', loss: 'production better', none: '—' } as const;
const ms = (x: number | undefined) => (x === undefined ? '—' : `${Math.round(x)} ms`);

/** The shadow replay's figures (production's requests and answers are user data: escaped, PII withheld). */
export function shadowSection(
  r: ShadowResult,
  limits: { readonly minShadowAgreement?: number; readonly minShadowPreference?: number } = {},
): string {
  const minAgreement = limits.minShadowAgreement;
  const minPreference = limits.minShadowPreference;
  const pref = r.preference;
  const skipped = [
    r.skipped.media ? `${r.skipped.media} with images or documents` : '',
    r.skipped.otherOperations ? `${r.skipped.otherOperations} not Converse` : '',
    r.skipped.failed ? `${r.skipped.failed} that failed in production` : '',
    r.skipped.unreadable
      ? `${r.skipped.unreadable} log records the reader passed over (over its size bounds, or not JSON)`
      : '',
    r.skipped.own ? `${r.skipped.own} from this action's own sessions` : '',
    r.skipped.otherCallers ? `${r.skipped.otherCallers} from callers not in \`traffic-principals\`` : '',
    r.skipped.duplicates ? `${r.skipped.duplicates} repeats of a request already sampled` : '',
  ].filter(Boolean);
  const lines = [
    '### Shadow replay of production traffic',
    '',
    `${r.replayed} of production's ${r.seen} requests between ${r.window.since.slice(0, 16).replace('T', ' ')} and ${r.window.until.slice(0, 16).replace('T', ' ')} UTC were replayed against the candidate: ${r.replayed} distinct requests of ${r.distinct} from ${r.callers} caller${r.callers === 1 ? '' : 's'}, each caller at most an equal share${skipped.length ? ` (not replayed: ${skipped.join(', ')})` : ''}. Answers compared by ${mdText(r.comparedBy, 120)}.`,
    '',
    '| | candidate | production |',
    '|---|---:|---:|',
    `| same answer as production | **${pct(r.agreement)}** (${r.agreed}/${r.replayed})${minAgreement !== undefined ? ` ${r.agreement >= minAgreement ? '✅' : '❌'} \`min-shadow-agreement\` ${pct(minAgreement)}` : ''} | — |`,
    ...(pref
      ? [
          `| judge prefers the candidate's answer | **${pct(pref.value)}** (${pref.wins} better, ${pref.ties} as good${pref.identical ? ` — ${pref.identical} identical` : ''}, ${pref.losses} worse${pref.unjudged ? `; ${pref.unjudged} not judged` : ''})${minPreference !== undefined ? ` ${pref.value >= minPreference ? '✅' : '❌'} \`min-shadow-preference\` ${pct(minPreference)}` : ''} | 50.0 % |`,
        ]
      : []),
    `| latency p50 / p95 | ${ms(r.latencyMs.candidate.p50)} / ${ms(r.latencyMs.candidate.p95)} | ${ms(r.latencyMs.production?.p50)} / ${ms(r.latencyMs.production?.p95)} |`,
    `| errors | ${r.errors} | — |`,
  ];
  if (pref)
    lines.push(
      '',
      `The judge (${mdCode(pref.judge, 80)}) compared each pair of different answers twice, in both orders; a side wins only when preferred both times (a judge favours a position). ${pref.calls} judge calls.`,
    );
  if (r.costUsd !== undefined)
    lines.push('', `Replay cost: up to $${formatUsd(r.costUsd)}, estimated before the first call.`);
  if (r.disagreements.length)
    lines.push(
      '',
      '<details><summary>Where the candidate answers differently, most frequent first</summary>',
      '',
      `| requests | production answered | candidate answered | e.g. |${pref ? ' judge |' : ''}`,
      `|---:|---|---|---|${pref ? '---|' : ''}`,
      ...r.disagreements.map(
        (d) =>
          `| ${d.count} | ${mdCode(d.production, 60)} | ${mdCode(d.candidate, 60)} | ${mdText(d.example, 80)} |${pref ? ` ${VERDICT[d.verdict ?? 'none']} |` : ''}`,
      ),
      '',
      '</details>',
    );
  return lines.join('\n');
}

/** The replay's figures in one sentence, for the pull request's promotion line. */
export const shadowFigures = (r: ShadowResult) =>
  `Shadow replay: ${pct(r.agreement)} of ${r.replayed} production requests answered as production did${r.preference ? `; the judge prefers the candidate's answers at ${pct(r.preference.value)} (${r.preference.wins} better, ${r.preference.losses} worse)` : ''}; latency p95 ${ms(r.latencyMs.candidate.p95)} (production ${ms(r.latencyMs.production?.p95)}).`;

/** What the watch after the swap saw. */
export function watchSection(w: WatchReport): string {
  const m = w.metrics;
  const cloudwatch = m
    ? `${m.invocations} invocations, ${m.serverErrors} server errors, ${m.throttles} throttled, latency p95 ${ms(m.latencyP95)}${w.baselineP95 !== undefined ? ` (the endpoint's p95 over the hour before the swap: ${ms(w.baselineP95)})` : ' (no latency bound: under 20 invocations in the hour before the swap)'}`
    : 'CloudWatch metrics not read yet';
  const figures = `${cloudwatch}; ${w.smokeRuns} smoke run(s) of the test set through the endpoint${w.smokeThrottled ? `, ${w.smokeThrottled} smoke call(s) throttled (the account's quota, not counted as failures)` : ''}`;
  return w.outcome === 'passed'
    ? `### Watch after the swap: ✅ passed\n\n${w.minutes} min: ${figures}.`
    : `### Watch after the swap: ❌ rolled back to version ${w.rolledBackTo}\n\n${sentence(mdText(w.reason ?? '', 400))} ${figures}.`;
}

export const rolledBackAfterWatchLine = (version: number, back: number | undefined, reason: string) =>
  `↩️ **Rolled back automatically**: version ${version} breached the watch after its promotion (${mdText(reason, 300)}); production is version ${back ?? '—'} again.`;
