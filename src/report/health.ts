// The model-health issue and job summary of `monitor`: every figure, whether or not a threshold is
// crossed, what to do first, and a line per earlier run. Production's requests are user data:
// escaped, with personal data withheld before they get here.
import type { HealthReport, Status } from '../monitor/health.js';
import { MARGIN, NEAR_SIMILARITY } from '../monitor/quality.js';
import { mdCode, mdText } from './escape.js';
import { pct } from '../lib/format.js';
import { formatUsd } from '../pricing/prices.js';

export const healthMarker = (modelName: string) => `<!-- bedrock-model-ci:health:${modelName} -->`;
export const healthTitle = (modelName: string) => `Model health: ${modelName}`;

const ICON: Readonly<Record<Status, string>> = { ok: '✅', warning: '⚠️', 'action-needed': '🚨' };
const usd = (x: number | undefined) => (x === undefined ? '—' : `\\$${formatUsd(x)}`);
const day = (iso: string | undefined) => (iso ? iso.slice(0, 10) : '—');

/** One earlier run, as the issue keeps it. */
export interface HistoryEntry {
  readonly at: string;
  readonly status: Status;
  readonly action?: string;
}

const MAX_HISTORY = 10;
export const historyEntry = (r: HealthReport): HistoryEntry => ({
  at: r.generatedAt,
  status: r.status,
  action: r.actions[0],
});

const historyLine = (h: HistoryEntry) =>
  `${mdText(h.at.slice(0, 16).replace('T', ' '), 20)} UTC · ${ICON[h.status] ?? ''} ${mdText(h.status, 20)}${h.action ? ` · ${mdText(h.action, 140)}` : ''}`;

export function healthMarkdown(r: HealthReport, history: readonly HistoryEntry[] = []): string {
  const lines = [
    healthMarker(r.modelName),
    `## ${ICON[r.status]} \`${mdText(r.modelName, 40)}\`: ${r.status === 'ok' ? 'healthy' : r.status === 'warning' ? 'needs attention soon' : 'action needed'}`,
    '',
    r.production
      ? `Production is version ${r.production.version} (\`${r.production.customModelArn}\`)${r.production.baseModel ? `, on base model \`${r.production.baseModel}\`` : ''}. Checked ${r.generatedAt.slice(0, 16).replace('T', ' ')} UTC.`
      : 'No production version in the registry yet: only the models the workflow uses were checked.',
  ];
  if (r.actions.length) lines.push('', '**To do:**', ...r.actions.map((a) => `- ${mdText(a, 400)}`));

  lines.push(
    '',
    '### Lifecycle',
    '',
    '| model | used as | status | Legacy since | end of life | days left | |',
    '|---|---|---|---|---|---:|---|',
  );
  for (const l of r.lifecycle)
    lines.push(
      `| ${mdCode(l.model, 80)} | ${l.role} | ${l.status} | ${day(l.legacySince)} | ${day(l.endOfLife)} | ${l.daysLeft ?? '—'} | ${ICON[l.severity]}${l.successor ? ` retrain on ${mdCode(l.successor, 60)}` : ''} |`,
    );

  lines.push('', '### Drift from the test set', '');
  const d = r.drift;
  if (!d) lines.push(mdText(r.driftSkipped ?? 'Not measured.', 300));
  else {
    lines.push(
      `${d.requests} of production's ${d.seen} requests of the last ${d.days} days, sampled uniformly: **${pct(d.farShare)}** are far from every test prompt (TF-IDF cosine below 0.2) ${ICON[d.severity]}.${d.callers !== undefined ? ` Sampled from ${d.distinct} distinct requests of ${d.callers} caller${d.callers === 1 ? '' : 's'}, each at most an equal share${d.notCounted ? `; ${d.notCounted} requests from this action's own sessions or from callers not in \`traffic-principals\` not counted` : ''}.` : ''}${d.unreadable ? ` ${d.unreadable} log records were passed over (over the reader's size bounds, or not JSON).` : ''}`,
    );
    if (d.labels)
      lines.push(
        '',
        `Answer labels vs the test set's: population stability index **${d.labels.psi.toFixed(3)}** (0.1 a shift, 0.25 a large one).`,
        '',
        '| label | test set | production |',
        '|---|---:|---:|',
        ...d.labels.rows.map((x) => `| ${mdCode(x.label, 40)} | ${pct(x.test)} | ${pct(x.production)} |`),
      );
    const then = d.sincePromotion;
    if (then)
      lines.push(
        '',
        then.kind === 'measured'
          ? `Answer labels vs the week after the promotion (${then.requests} requests, ${day(then.from)} to ${day(then.to)}): population stability index **${then.psi.toFixed(3)}**${then.grew.length ? `; grew most: ${then.grew.map((g) => `${mdCode(g.label, 40)} ${pct(g.then)} → ${pct(g.now)}`).join(', ')}` : ''}.`
          : `Answer labels vs the week after the promotion: not measured, ${mdText(then.skipped, 200)}.`,
      );
    if (d.examples.length)
      lines.push(
        '',
        '<details><summary>Requests least like the test set</summary>',
        '',
        '| similarity | request |',
        '|---:|---|',
        ...d.examples.map((x) => `| ${x.similarity.toFixed(2)} | ${mdText(x.prompt, 160)} |`),
        '',
        '</details>',
      );
    else if (d.examplesWithheld && d.far)
      lines.push('', `The requests least like the test set are not quoted: ${mdText(d.examplesWithheld, 200)}.`);
  }

  const q = r.quality;
  if (q) {
    lines.push(
      '',
      '### Answer quality (judge)',
      '',
      `The judge (${mdCode(q.judge, 80)}, rubric ${mdText(q.rubric, 80)}) rated production's answers to ${q.judged} sampled requests close to a test prompt (${q.near} of ${q.requests} sampled were: TF-IDF cosine ≥ ${NEAR_SIMILARITY} to a test prompt and ${MARGIN} closer to one reference's prompts than to any other's; each judged against that reference): mean score **${q.meanScore.toFixed(2)}**${q.promotedScore !== undefined ? `, promoted with ${q.promotedScore.toFixed(2)} on the test set (${q.drop! > 0 ? '−' : '+'}${Math.abs(q.drop!).toFixed(2)})` : ' (the registry holds no promotion score to compare with)'} ${ICON[q.severity]}.`,
    );
    if (q.lowest.length)
      lines.push(
        '',
        '<details><summary>Lowest-rated answers</summary>',
        '',
        '| score | request | production answered | judge |',
        '|---:|---|---|---|',
        ...q.lowest.map(
          (x) =>
            `| ${x.score.toFixed(2)} | ${mdText(x.prompt, 100)} | ${mdText(x.answer, 120)} | ${mdText(x.reason, 120)} |`,
        ),
        '',
        '</details>',
      );
  }

  const u = r.usage;
  lines.push('', '### Use and cost', '');
  if (u)
    lines.push(
      `Last ${u.days} days (CloudWatch): ${u.invocations.toLocaleString('en-US')} invocations, ${u.serverErrors} server errors (${pct(u.errorRate)}) ${ICON[u.severity]}, ${u.inputTokens.toLocaleString('en-US')} input and ${u.outputTokens.toLocaleString('en-US')} output tokens: ${usd(u.cost)}, about ${usd(u.monthly)} a month at this pace.`,
    );
  else lines.push('No production endpoint to measure.');
  const s = r.storage;
  if (s)
    lines.push(
      '',
      `Model storage: ${s.models} custom model(s) of this action, ${usd(s.monthly)} a month; \`command: prune\` would delete ${s.prunable}${s.prunableMonthly !== undefined ? `, saving ${usd(s.prunableMonthly)} a month` : ''}.`,
    );
  const kept = [historyEntry(r), ...history].slice(0, MAX_HISTORY);
  lines.push('', '### Runs', '', ...kept.map((h) => `- ${historyLine(h)}`));
  // the history travels in the body, encoded: a person editing the issue cannot make it speak as markdown
  lines.push(
    '',
    `<!-- bedrock-model-ci:history ${Buffer.from(JSON.stringify(kept)).toString('base64')} -->`,
    '<sub>Updated in place by `bedrock-model-ci` `command: monitor` on every scheduled run.</sub>',
  );
  return `${lines.join('\n')}\n`;
}

/** The runs an earlier body recorded (anything unreadable is dropped: the body is editable by people). */
export function historyOf(body: string): HistoryEntry[] {
  const m = /<!-- bedrock-model-ci:history ([A-Za-z0-9+/=]{0,20000}) -->/.exec(body);
  if (!m) return [];
  try {
    const list = JSON.parse(Buffer.from(m[1]!, 'base64').toString('utf8')) as unknown;
    if (!Array.isArray(list)) return [];
    return list
      .filter(
        (h): h is HistoryEntry =>
          typeof h === 'object' &&
          h !== null &&
          typeof h.at === 'string' &&
          ['ok', 'warning', 'action-needed'].includes(h.status) &&
          (h.action === undefined || typeof h.action === 'string'),
      )
      .slice(0, MAX_HISTORY);
  } catch {
    return [];
  }
}
