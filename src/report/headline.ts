// The report's first screen: the verdict, or the live card of a job still training or a model being
// evaluated, one function per state.
import type { PairedComparison, ScoreComparison } from '../evaluation/stats.js';
import { pValue, pct, pp, signed } from '../lib/format.js';
import { formatUsd } from '../pricing/prices.js';
import { mdCode, mdText } from './escape.js';
import type { EvaluatingRows, Report, TrainingFacts } from './model.js';
import { stageLine } from './stages.js';
import { sweepHeadline, type SweepReport } from './sweep.js';

const cell = mdText;
const code = mdCode;

/** The delta on the unseen subset, briefly: it stands beside the headline's. */
function shortDelta(name: string, c: PairedComparison): string {
  return `${pp(c.deltaPp)} vs ${name} (95 % CI ${pp(c.ci[0])} … ${pp(c.ci[1])}, ${pValue(c.p)})`;
}

/** How many test records training also has, and what the candidate scores without them. */
function overlapLine(e: NonNullable<Report['evaluation']>): string | undefined {
  const u = e.unseen;
  if (!u) return undefined;
  const seen = `${u.seen} of ${e.testSet.records} test records also occur in training (\`leak/test-in-training\`)`;
  const candidate = u.models.find((m) => m.role === 'candidate');
  if (u.records === 0) return `- 🔁 ${seen}: every one of them, so nothing measures skill and the gate fails.`;
  if (!candidate) return `- 🔁 ${seen}.`;
  const deltas = [u.vsChampion && shortDelta('production', u.vsChampion), u.vsBase && shortDelta('base', u.vsBase)];
  const measured = `on the ${u.records} not seen in training the candidate scores **${pct(candidate.metrics.accuracy)}** (the gate decides on these)`;
  return `- 🔁 ${seen}: ${measured}${deltas.some(Boolean) ? `, ${deltas.filter(Boolean).join(', ')}` : ''}.`;
}

function delta(name: string, c: PairedComparison, what = ''): string {
  const verdict = c.significant ? '**significant**' : 'not significant';
  const head = `Δ ${what}vs ${name}: ${pp(c.deltaPp)}`;
  return `${what ? head : `**${head}**`} (95 % CI ${pp(c.ci[0])} … ${pp(c.ci[1])}), ${verdict} (${pValue(c.p)}, exact McNemar on ${c.n} paired records: ${c.b} fixed, ${c.c} broken)`;
}

function scoreDelta(name: string, c: ScoreComparison): string {
  const verdict = c.significant ? '**significant**' : 'not significant';
  return `**Δ mean score vs ${name}: ${signed(c.delta)}** (95 % bootstrap CI ${signed(c.ci[0])} … ${signed(c.ci[1])}), ${verdict} (${pValue(c.p)}, Wilcoxon signed-rank on ${c.n} paired records: ${c.better} scored higher, ${c.worse} lower)`;
}

/** Dollars, escaped: two bare `$` in a paragraph are a math formula to GitHub. */
export const usd = (x: number) => `\\$${formatUsd(x)}`;

export const duration = (hours: number) => (hours < 1 ? `${(hours * 60).toFixed(1)} min` : `${hours.toFixed(2)} h`);

export const percent = (x: number) => `${x >= 0 ? '+' : '−'}${Math.abs(x).toFixed(1)} %`;

/** Legacy models, and the money: what training costs and what the candidate costs to serve. */
function costAndLifecycleLines(r: Report): string[] {
  const lines = (r.lifecycle ?? []).map((l) => `- ⚠️ ${cell(l.message, 400)}`);
  const t = r.cost?.training;
  const candidate = r.cost?.inference?.models.find((m) => m.role === 'candidate');
  const parts: string[] = [];
  const rows = r.sweep?.rows ?? [];
  if (rows.length > 1 && rows.some((x) => x.trainingCost !== undefined)) {
    // the grid's total is what the run spends (and what max-training-cost holds); the winner's is one point of it
    const known = rows.filter((x) => x.trainingCost !== undefined);
    const total = known.reduce((a, x) => a + x.trainingCost!, 0);
    const winner = rows.find((x) => x.id === r.sweep!.winner)?.trainingCost;
    parts.push(
      `training about ${usd(total)} for the grid's ${rows.length} points${known.length < rows.length ? ` (${rows.length - known.length} without a price)` : ''}${winner !== undefined ? `, of which the winner ${usd(winner)}` : ''}`,
    );
  } else if (t)
    parts.push(
      t.actual?.cost !== undefined
        ? `training ${usd(t.actual.cost)} (${duration(t.actual.hours)} at ${usd(t.price!.usd)} per hour)`
        : t.cost !== undefined
          ? `training about ${usd(t.cost)} (${t.billedTokens.toLocaleString('en-US')} billed tokens)`
          : t.billing === 'per-hour' && t.price
            ? `training ${usd(t.price.usd)} per hour (RFT; the total depends on the job's duration)`
            : `training ${t.billedTokens.toLocaleString('en-US')} billed tokens (no price found)`,
    );
  if (candidate?.per1kRequests !== undefined) {
    const vs = r.cost?.inference?.candidateVsProduction;
    parts.push(
      `inference ${usd(candidate.per1kRequests)} per 1,000 requests${vs !== undefined ? ` (${percent(vs)} vs production)` : ''}`,
    );
  }
  if (parts.length)
    lines.push(
      `- 💲 Cost: ${parts.join(' · ')}${r.cost?.publicationDate ? ` (AWS Price List of ${cell(r.cost.publicationDate.slice(0, 10), 10)})` : ''}.`,
    );
  return lines;
}

/** What scored the answers; the rubric's name is the pull request's, so it goes through the escaper. */
function scoredBy(by: NonNullable<NonNullable<Report['evaluation']>['grading']>['by']): string {
  if (by.grader) return `grader Lambda ${code(by.grader, 200)}`;
  const rubric = by.rubric === 'built-in' ? 'built-in (correctness)' : code(by.rubric ?? '', 120);
  return `judge ${code(by.judge ?? '', 200)}, rubric ${rubric}`;
}

/** The live card's last line: when it was written, and what replaces it. */
const liveFooter = (r: Report) =>
  `_This comment follows the job${r.sweep ? 's' : ''} (updated ${r.generatedAt.slice(11, 16)} UTC, at most once a minute) and becomes the report when the model is evaluated._`;

/** The first screen: what a reviewer decides from, by the report's state. */
export function headline(r: Report): string[] {
  switch (r.state) {
    case 'evaluating':
      return evaluatingCard(r, r.evaluating);
    case 'training':
      if (r.sweep) return r.live ? sweepCard(r, r.sweep) : sweepHandOver(r, r.sweep);
      return r.live ? trainingCard(r, r.training) : handOver(r, r.training);
    case 'training-failed':
      return trainingFailed(r, r.training);
    case 'evaluated':
      return r.evaluation ? evaluated(r, r.evaluation) : [`## 📊 \`${r.modelName}\`: nothing was evaluated`];
  }
}

const title = (r: Report) => `\`${r.modelName}\``;
const costLines = (r: Report) => {
  const lines = costAndLifecycleLines(r);
  return lines.length ? ['', ...lines] : [];
};
const started = (t: TrainingFacts) =>
  t.startedAt ? `, started ${t.startedAt.replace('T', ' ').replace(/\.\d+Z$/, ' UTC')}` : '';
const running = (sweep: SweepReport) =>
  sweep.rows.filter((x) => x.status === 'InProgress' || x.status === 'Stopping').length;

/** The live card while each model answers the test set. */
function evaluatingCard(r: Report, rows: EvaluatingRows): string[] {
  const current = rows.find((x) => x.done < x.total);
  return [
    `## ⏳ ${title(r)}: evaluating${current ? ` — ${cell(current.label, 80)}` : ''}`,
    '',
    `Training is over; each model answers the test set (${rows[0]?.total ?? 0} records), then the report replaces this card.`,
    '',
    '| model | records answered |',
    '|---|---:|',
    ...rows.map((x) => `| ${cell(x.label, 80)} | ${x.done} of ${x.total}${x.done === x.total ? ' ✓' : ''} |`),
    ...(r.sweep ? ['', sweepHeadline(r.sweep)] : []),
    ...costLines(r),
    '',
    liveFooter(r),
  ];
}

/** The live card of a sweep whose points still train. */
function sweepCard(r: Report, sweep: SweepReport): string[] {
  return [
    `## ⏳ ${title(r)}: sweep training — ${sweep.size - running(sweep)} of ${sweep.size} points ended`,
    '',
    sweepHeadline(sweep),
    ...costAndLifecycleLines(r),
    '',
    liveFooter(r),
  ];
}

/** The live card of one training job: its stages, and an estimated end from earlier jobs. */
function trainingCard(r: Report, t: TrainingFacts): string[] {
  const { line, current } = stageLine(t.stages);
  return [
    `## ⏳ ${title(r)}: training${current ? ` — ${current}` : ''}`,
    '',
    `Training job [\`${t.jobName}\`](${t.consoleUrl ?? '#'}) is **${t.status}**${t.reused ? ' (found: trained from the same data before)' : ''}${started(t)}.`,
    ...(line ? ['', `Stages: ${line}`] : []),
    ...(t.eta
      ? [
          '',
          `Estimated end: about ${t.eta.endsAt.slice(11, 16)} UTC${t.eta.endsAt.slice(0, 10) !== r.generatedAt.slice(0, 10) ? ` on ${t.eta.endsAt.slice(0, 10)}` : ''} (an estimate from ${t.eta.samples} earlier job${t.eta.samples === 1 ? '' : 's'} of this model, by billed tokens).`,
        ]
      : []),
    ...costLines(r),
    '',
    liveFooter(r),
  ];
}

/** A sweep handed over at `wait-minutes`. */
function sweepHandOver(r: Report, sweep: SweepReport): string[] {
  return [
    `## ⏳ ${title(r)}: sweep training in progress — ${sweep.size - running(sweep)} of ${sweep.size} points ended`,
    '',
    `The step handed the grid over at \`wait-minutes\` instead of failing; the next run with the same data finds every job, goes on waiting, then evaluates and ranks the points. Nothing is trained twice.`,
    '',
    sweepHeadline(sweep),
    ...costAndLifecycleLines(r),
  ];
}

/** One job handed over at `wait-minutes`. */
function handOver(r: Report, t: TrainingFacts): string[] {
  return [
    `## ⏳ ${title(r)}: training in progress`,
    '',
    `Training job [\`${t.jobName}\`](${t.consoleUrl ?? '#'}) is **${t.status}**${started(t)}. ` +
      `The step handed it over at \`wait-minutes\` instead of failing; the next run with the same data finds this job and evaluates it when it completes. Nothing is trained twice.`,
    ...costLines(r),
  ];
}

function trainingFailed(r: Report, t: TrainingFacts): string[] {
  return [
    `## ❌ ${title(r)}: training ${t.status === 'Failed' ? 'failed' : 'was stopped'}`,
    '',
    `Training job \`${t.jobName}\` ended **${t.status}**${t.failureMessage ? `: ${cell(t.failureMessage, 500)}` : '.'}`,
    '',
    'No model to evaluate. Fix the cause and push, or re-run with `retry-failed: true`.',
  ];
}

/** The verdict, each delta with its statistics, the cost, the gate and what was measured. */
function evaluated(r: Report, e: NonNullable<Report['evaluation']>): string[] {
  const candidate = e.models.find((m) => m.role === 'candidate');
  const lines: string[] = [];
  if (candidate) {
    const icon = r.passed ? '✅' : '❌';
    const verdict = r.gate.length === 0 ? 'evaluated (no gate set)' : r.passed ? 'passes the gate' : 'fails the gate';
    const score = candidate.metrics.score;
    const figure = score
      ? `mean score ${score.mean.toFixed(3)}, pass rate ${pct(candidate.metrics.accuracy)}`
      : `${pct(candidate.metrics.accuracy)} accuracy`;
    lines.push(`## ${icon} ${title(r)}: ${r.sweep ? 'sweep winner' : 'candidate'} ${verdict} — ${figure}`, '');
    if (r.sweep) lines.push(sweepHeadline(r.sweep));
    if (e.scoreVsChampion) lines.push(`- ${scoreDelta('production', e.scoreVsChampion)}`);
    if (e.vsChampion) lines.push(`- ${delta('production', e.vsChampion, e.grading ? 'pass rate ' : '')}`);
    else lines.push('- No production model yet: nothing to compare with (promote one with `command: promote`).');
    if (e.scoreVsBase) lines.push(`- ${scoreDelta('base', e.scoreVsBase)}`);
    if (e.vsBase) lines.push(`- ${delta('base', e.vsBase, e.grading ? 'pass rate ' : '')}`);
  } else {
    lines.push(`## 📊 ${title(r)}: evaluation (no candidate trained from this data)`, '');
  }
  const overlap = overlapLine(e);
  if (overlap) lines.push(overlap);
  lines.push(...costAndLifecycleLines(r));
  if (r.gate.length)
    lines.push(`- Gate: ${r.gate.map((g) => `${g.passed ? '✅' : '❌'} \`${g.input}\` ${g.text}`).join(' · ')}`);
  const scoring = e.grading
    ? `, scored by ${scoredBy(e.grading.by)}; an answer passes at score ≥ ${e.grading.passThreshold}`
    : '';
  lines.push(
    `- Test set ${code(e.testSet.name, 120)}: ${e.testSet.records} records, scorer \`${e.scorer}\`${scoring}.`,
  );
  if (e.grading?.by.judge)
    lines.push(
      '- ⚖️ Judge scores can be influenced by the answers they judge: answers reach the judge escaped, between delimiters it cannot predict, and `judge/injection` flags data shaped to address it; read the worst answers below before trusting a high score.',
    );
  return lines;
}
