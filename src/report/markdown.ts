// The report as GitHub-flavoured markdown: the PR comment and the job summary. The first screen
// is what a reviewer decides from; the rest supports it, and is dropped lowest priority first
// when the comment would pass GitHub's 65,536-character limit.
import { stageLine } from './stages.js';
import type { PairedComparison, ScoreComparison } from '../evaluation/stats.js';
import { lossChart, lossTable } from './chart.js';
import type { Report, ScoreDrop } from './model.js';
import { mdCode, mdText } from './escape.js';
import { marker } from './sticky.js';
import { formatUsd } from '../pricing/prices.js';
import { describeTrainingCost } from '../training/cost.js';
import { sweepChart, sweepHeadline, sweepTable } from './sweep.js';
import { pValue, pct, pp, signed } from '../lib/format.js';

export const COMMENT_LIMIT = 65_536;

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

interface Section {
  readonly title: string;
  /** higher is kept longer */
  readonly priority: number;
  readonly text: string;
}

/** Dollars, escaped: two bare `$` in a paragraph are a math formula to GitHub. */
const usd = (x: number) => `\\$${formatUsd(x)}`;
const duration = (hours: number) => (hours < 1 ? `${(hours * 60).toFixed(1)} min` : `${hours.toFixed(2)} h`);
const percent = (x: number) => `${x >= 0 ? '+' : '−'}${Math.abs(x).toFixed(1)} %`;

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

function headline(r: Report): string[] {
  const name = `\`${r.modelName}\``;
  if (r.state === 'evaluating') {
    const rows = r.evaluating ?? [];
    const current = rows.find((x) => x.done < x.total);
    return [
      `## ⏳ ${name}: evaluating${current ? ` — ${cell(current.label, 80)}` : ''}`,
      '',
      `Training is over; each model answers the test set (${rows[0]?.total ?? 0} records), then the report replaces this card.`,
      '',
      '| model | records answered |',
      '|---|---:|',
      ...rows.map((x) => `| ${cell(x.label, 80)} | ${x.done} of ${x.total}${x.done === x.total ? ' ✓' : ''} |`),
      ...(r.sweep ? ['', sweepHeadline(r.sweep)] : []),
      ...(costAndLifecycleLines(r).length ? ['', ...costAndLifecycleLines(r)] : []),
      '',
      liveFooter(r),
    ];
  }
  if (r.state === 'training' && r.live && r.sweep) {
    const running = r.sweep.rows.filter((x) => x.status === 'InProgress' || x.status === 'Stopping').length;
    return [
      `## ⏳ ${name}: sweep training — ${r.sweep.size - running} of ${r.sweep.size} points ended`,
      '',
      sweepHeadline(r.sweep),
      ...costAndLifecycleLines(r),
      '',
      liveFooter(r),
    ];
  }
  if (r.state === 'training' && r.live) {
    const t = r.training!;
    const { line, current } = stageLine(t.stages);
    return [
      `## ⏳ ${name}: training${current ? ` — ${current}` : ''}`,
      '',
      `Training job [\`${t.jobName}\`](${t.consoleUrl ?? '#'}) is **${t.status}**${t.reused ? ' (found: trained from the same data before)' : ''}${t.startedAt ? `, started ${t.startedAt.replace('T', ' ').replace(/\.\d+Z$/, ' UTC')}` : ''}.`,
      ...(line ? ['', `Stages: ${line}`] : []),
      ...(t.eta
        ? [
            '',
            `Estimated end: about ${t.eta.endsAt.slice(11, 16)} UTC${t.eta.endsAt.slice(0, 10) !== r.generatedAt.slice(0, 10) ? ` on ${t.eta.endsAt.slice(0, 10)}` : ''} (an estimate from ${t.eta.samples} earlier job${t.eta.samples === 1 ? '' : 's'} of this model, by billed tokens).`,
          ]
        : []),
      ...(costAndLifecycleLines(r).length ? ['', ...costAndLifecycleLines(r)] : []),
      '',
      liveFooter(r),
    ];
  }
  if (r.state === 'training' && r.sweep) {
    const running = r.sweep.rows.filter((x) => x.status === 'InProgress' || x.status === 'Stopping').length;
    return [
      `## ⏳ ${name}: sweep training in progress — ${r.sweep.size - running} of ${r.sweep.size} points ended`,
      '',
      `The step handed the grid over at \`wait-minutes\` instead of failing; the next run with the same data finds every job, goes on waiting, then evaluates and ranks the points. Nothing is trained twice.`,
      '',
      sweepHeadline(r.sweep),
      ...costAndLifecycleLines(r),
    ];
  }
  if (r.state === 'training') {
    const t = r.training!;
    return [
      `## ⏳ ${name}: training in progress`,
      '',
      `Training job [\`${t.jobName}\`](${t.consoleUrl ?? '#'}) is **${t.status}**${t.startedAt ? `, started ${t.startedAt.replace('T', ' ').replace(/\.\d+Z$/, ' UTC')}` : ''}. ` +
        `The step handed it over at \`wait-minutes\` instead of failing; the next run with the same data finds this job and evaluates it when it completes. Nothing is trained twice.`,
      ...(costAndLifecycleLines(r).length ? ['', ...costAndLifecycleLines(r)] : []),
    ];
  }
  if (r.state === 'training-failed') {
    const t = r.training!;
    return [
      `## ❌ ${name}: training ${t.status === 'Failed' ? 'failed' : 'was stopped'}`,
      '',
      `Training job \`${t.jobName}\` ended **${t.status}**${t.failureMessage ? `: ${cell(t.failureMessage, 500)}` : '.'}`,
      '',
      'No model to evaluate. Fix the cause and push, or re-run with `retry-failed: true`.',
    ];
  }
  const e = r.evaluation!;
  const candidate = e.models.find((m) => m.role === 'candidate');
  const lines: string[] = [];
  if (candidate) {
    const icon = r.passed ? '✅' : '❌';
    const verdict = r.gate.length === 0 ? 'evaluated (no gate set)' : r.passed ? 'passes the gate' : 'fails the gate';
    const score = candidate.metrics.score;
    const figure = score
      ? `mean score ${score.mean.toFixed(3)}, pass rate ${pct(candidate.metrics.accuracy)}`
      : `${pct(candidate.metrics.accuracy)} accuracy`;
    lines.push(`## ${icon} ${name}: ${r.sweep ? 'sweep winner' : 'candidate'} ${verdict} — ${figure}`, '');
    if (r.sweep) lines.push(sweepHeadline(r.sweep));
    if (e.scoreVsChampion) lines.push(`- ${scoreDelta('production', e.scoreVsChampion)}`);
    if (e.vsChampion) lines.push(`- ${delta('production', e.vsChampion, e.grading ? 'pass rate ' : '')}`);
    else lines.push('- No production model yet: nothing to compare with (promote one with `command: promote`).');
    if (e.scoreVsBase) lines.push(`- ${scoreDelta('base', e.scoreVsBase)}`);
    if (e.vsBase) lines.push(`- ${delta('base', e.vsBase, e.grading ? 'pass rate ' : '')}`);
  } else {
    lines.push(`## 📊 ${name}: evaluation (no candidate trained from this data)`, '');
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

type ModelColumn = NonNullable<Report['evaluation']>['models'][number];

/** Accuracy on the test records not seen in training, per model column, when training saw some. */
function unseenRow(r: Report, row: (name: string, f: (m: ModelColumn) => string) => string): string[] {
  const u = r.evaluation!.unseen;
  if (!u?.records) return [];
  const of = (m: ModelColumn) => u.models.find((x) => x.role === m.role)?.metrics;
  return [
    row(`accuracy, not seen in training (${u.records})`, (m) => {
      const metrics = of(m);
      return metrics ? `${pct(metrics.accuracy)} (${metrics.correct}/${metrics.answered})` : '—';
    }),
  ];
}

function modelsTable(r: Report): string {
  const models = r.evaluation!.models;
  const head = `| | ${models.map((m) => cell(m.label, 80)).join(' | ')} |`;
  const sep = `|---|${models.map(() => '---:').join('|')}|`;
  const row = (name: string, f: (m: ModelColumn) => string) => `| ${name} | ${models.map(f).join(' | ')} |`;
  const graded = r.evaluation!.grading;
  const rows = [
    ...(graded ? scoreRows(models, row, graded.passThreshold) : []),
    ...(graded
      ? []
      : [row('accuracy', (m) => `**${pct(m.metrics.accuracy)}** (${m.metrics.correct}/${m.metrics.answered})`)]),
    ...unseenRow(r, row),
    ...(models.some((m) => m.metrics.macroF1 !== undefined)
      ? [row('macro-F1', (m) => (m.metrics.macroF1 === undefined ? '—' : m.metrics.macroF1.toFixed(3)))]
      : []),
    row(
      'latency p50 / p95',
      (m) => `${Math.round(m.metrics.latencyMs.p50)} / ${Math.round(m.metrics.latencyMs.p95)} ms`,
    ),
    row(
      'tokens in / out (mean)',
      (m) => `${m.metrics.tokens.meanInput.toFixed(0)} / ${m.metrics.tokens.meanOutput.toFixed(1)}`,
    ),
    ...costRow(r, row),
    row('errors', (m) => String(m.metrics.errors)),
    row('evaluated', (m) => (m.cached ? 'cached result' : m.via)),
  ];
  return ['### Models', '', head, sep, ...rows].join('\n');
}

/** Cost per 1,000 requests like the test set's, per model; the candidate's change vs production. */
function costRow(r: Report, row: (name: string, f: (m: ModelColumn) => string) => string): string[] {
  const inference = r.cost?.inference;
  if (!inference) return [];
  return [
    row('cost per 1,000 requests', (m) => {
      const c = inference.models.find((x) => x.role === m.role);
      if (c?.per1kRequests === undefined) return 'no price';
      const vs = m.role === 'candidate' && inference.candidateVsProduction !== undefined;
      return `${usd(c.per1kRequests)}${vs ? ` (${percent(inference.candidateVsProduction!)} vs production)` : ''}`;
    }),
  ];
}

const BARS = '▁▂▃▄▅▆▇█';

/** Mean score with its interval, pass rate, distribution and the grader's metrics, per model. */
function scoreRows(
  models: readonly ModelColumn[],
  row: (name: string, f: (m: ModelColumn) => string) => string,
  threshold: number,
): string[] {
  const of = (m: ModelColumn) => m.metrics.score;
  const names = [...new Set(models.flatMap((m) => Object.keys(of(m)?.grader ?? {})))].slice(0, 8);
  const histogram = (h: readonly number[]) => {
    const top = Math.max(1, ...h);
    return `${h.map((n) => BARS[Math.round((n / top) * (BARS.length - 1))]).join('')} ${h.join('/')}`;
  };
  return [
    row('mean score (95 % CI)', (m) =>
      of(m) ? `**${of(m)!.mean.toFixed(3)}** (${of(m)!.ci[0].toFixed(3)} … ${of(m)!.ci[1].toFixed(3)})` : '—',
    ),
    row(
      `pass rate (score ≥ ${threshold})`,
      (m) => `**${pct(m.metrics.accuracy)}** (${m.metrics.correct}/${m.metrics.answered})`,
    ),
    row('score p10 / median / p90', (m) =>
      of(m)
        ? `${of(m)!.quantiles.p10.toFixed(2)} / ${of(m)!.quantiles.p50.toFixed(2)} / ${of(m)!.quantiles.p90.toFixed(2)}`
        : '—',
    ),
    row('scores in fifths 0 → 1', (m) => (of(m) ? histogram(of(m)!.histogram) : '—')),
    ...names.map((n) =>
      row(`grader metric ${code(n, 60)} (mean)`, (m) => {
        const v = of(m)?.grader[n];
        return v === undefined ? '—' : v.toFixed(3);
      }),
    ),
  ];
}

/** Graded: the records whose score fell most, against production and against base. */
function scoreDrops(r: Report): string | undefined {
  const d = r.evaluation!.drops;
  if (!d || (d.vsBase.length === 0 && d.vsChampion.length === 0)) return undefined;
  const table = (title: string, list: readonly ScoreDrop[]) =>
    list.length === 0
      ? []
      : [
          `**${title}**`,
          '',
          '| line | prompt | score | candidate answered | why |',
          '|---:|---|---:|---|---|',
          ...list.map(
            (x) =>
              `| ${x.line} | ${cell(x.prompt, 80)} | ${x.before.toFixed(2)} → ${x.after.toFixed(2)} | ${code(x.output ?? '', 80)} | ${x.reason ? cell(x.reason, 100) : '—'} |`,
          ),
          '',
        ];
  return [
    '<details><summary>Records whose score dropped most</summary>',
    '',
    ...table('vs production', d.vsChampion),
    ...table('vs base', d.vsBase),
    '</details>',
  ].join('\n');
}

function labelChanges(r: Report): string | undefined {
  const models = r.evaluation!.models;
  const candidate = models.find((m) => m.role === 'candidate');
  const reference = models.find((m) => m.role === 'champion') ?? models.find((m) => m.role === 'base');
  if (!candidate?.metrics.labels || !reference?.metrics.labels) return undefined;
  const ref = new Map(reference.metrics.labels.map((l) => [l.label, l.f1]));
  const changed = candidate.metrics.labels
    .map((l) => ({ ...l, before: ref.get(l.label) ?? 0 }))
    .filter((l) => Math.abs(l.f1 - l.before) >= 0.005)
    // by impact: a label's records × how far its F1 moved, then its records (ten +1.00 rows of
    // labels with two records each would otherwise bury the label that matters)
    .sort(
      (a, b) =>
        b.support * Math.abs(b.f1 - b.before) - a.support * Math.abs(a.f1 - a.before) ||
        b.support - a.support ||
        a.label.localeCompare(b.label),
    )
    .slice(0, 10);
  if (changed.length === 0) return undefined;
  return [
    `### Labels whose F1 changed most (vs ${reference.role === 'champion' ? 'production' : 'base'})`,
    '',
    '| label | support | before | candidate | Δ F1 |',
    '|---|---:|---:|---:|---:|',
    ...changed.map(
      (l) =>
        `| ${code(l.label)} | ${l.support} | ${l.before.toFixed(2)} | ${l.f1.toFixed(2)} | ${l.f1 >= l.before ? '+' : '−'}${Math.abs(l.f1 - l.before).toFixed(2)} |`,
    ),
  ].join('\n');
}

function confusions(r: Report): string | undefined {
  const list = r.evaluation!.models.find((m) => m.role === 'candidate')?.metrics.confusions?.slice(0, 8);
  if (!list?.length) return undefined;
  return [
    '### Top confusions (candidate)',
    '',
    '| expected | answered | count |',
    '|---|---|---:|',
    ...list.map((c) => `| ${code(c.expected)} | ${code(c.predicted)} | ${c.count} |`),
  ].join('\n');
}

function failedExamples(r: Report): string | undefined {
  const failed = r.evaluation!.failed;
  if (failed.length === 0) return undefined;
  const candidate = r.evaluation!.models.find((m) => m.role === 'candidate')!;
  const shown = failed.slice(0, 20);
  const wrong = candidate.metrics.answered - candidate.metrics.correct + candidate.metrics.errors;
  if (r.evaluation!.grading)
    return [
      `<details><summary>Lowest-scored answers (${shown.length} of ${wrong} below ${r.evaluation!.grading.passThreshold}, worst first)</summary>`,
      '',
      '| line | prompt | expected | answered | score | why |',
      '|---:|---|---|---|---:|---|',
      ...shown.map(
        (f) =>
          `| ${f.line} | ${cell(f.prompt, 80)} | ${code(f.expected, 80)} | ${f.error ? `⚠️ error: ${cell(f.error, 80)}` : code(f.output ?? '', 120)} | ${f.score === undefined ? '—' : f.score.toFixed(2)} | ${f.reason ? cell(f.reason, 120) : '—'} |`,
      ),
      '',
      '</details>',
    ].join('\n');
  return [
    `<details><summary>Failed examples (${shown.length} of ${wrong})</summary>`,
    '',
    '| line | prompt | expected | answered |',
    '|---:|---|---|---|',
    ...shown.map(
      (f) =>
        `| ${f.line} | ${cell(f.prompt, 90)} | ${code(f.expected)} | ${f.error ? `⚠️ error: ${cell(f.error, 60)}` : code(f.output ?? '')} |`,
    ),
    '',
    '</details>',
  ].join('\n');
}

function dataChanges(r: Report): string | undefined {
  const d = r.dataChanges;
  if (!d || d.files.length === 0) return undefined;
  const lines = [
    `### What this PR changed in the data`,
    '',
    `Against the base branch (\`${d.baseSha.slice(0, 7)}\`, read through ${d.source === 'git' ? 'git' : 'the GitHub API'}):`,
    '',
    '| file | records | added | removed | relabeled |',
    '|---|---:|---:|---:|---:|',
  ];
  for (const f of d.files)
    lines.push(
      `| ${code(f.name, 120)} (${f.role}) | ${f.isNew ? 'new: ' : `${f.baseRecords} → `}${f.headRecords} | ${f.added} | ${f.removed} | ${f.relabeled} |`,
    );
  for (const f of d.files) {
    if (f.labels?.length && f.isNew) {
      lines.push(
        '',
        `Labels of ${code(f.name, 120)} (new file), most frequent:`,
        '',
        '| label | records | share |',
        '|---|---:|---:|',
        ...f.labels.slice(0, 6).map((l) => `| ${code(l.label)} | ${l.head} | ${pct(l.head / f.headRecords)} |`),
      );
    } else if (f.labels?.length) {
      // only moves that show as at least 0.1 pp: '+0.0 pp' says nothing
      const moves = f.labels.filter((l) => Math.abs(l.deltaPp) >= 0.05).slice(0, 6);
      if (moves.length)
        lines.push(
          '',
          `Label distribution of ${code(f.name, 120)}, largest moves:`,
          '',
          '| label | before | after | Δ share |',
          '|---|---:|---:|---:|',
          ...moves.map((l) => `| ${code(l.label)} | ${l.base} | ${l.head} | ${pp(l.deltaPp)} |`),
        );
    }
    if (f.examples.relabeled.length)
      lines.push(
        '',
        `Relabeled in ${code(f.name, 120)}: ${f.examples.relabeled.map((x) => `${cell(x.prompt, 50)} (${code(x.from, 30)} → ${code(x.to, 30)})`).join('; ')}`,
      );
  }
  return lines.join('\n');
}

function training(r: Report): string | undefined {
  const t = r.training;
  if (!t) return undefined;
  const lines = ['### Training', ''];
  const loss = t.loss;
  const chart = loss ? lossChart(loss.training, loss.validation) : undefined;
  if (chart) lines.push(chart, '');
  const hp =
    Object.entries(t.hyperparameters)
      .map(([k, v]) => code(`${k}=${v}`, 60))
      .join(', ') || 'defaults';
  lines.push(
    `| job | ${t.consoleUrl ? `[\`${t.jobName}\`](${t.consoleUrl})` : `\`${t.jobName}\``}${t.reused ? ' (found, not retrained)' : ''} |`,
    '|---|---|',
    `| ARN | \`${t.jobArn}\` |`,
    `| base model, method | \`${t.baseModel}\`, ${t.customizationType} |`,
    `| status | ${t.status}${t.durationMinutes !== undefined ? `, ${t.durationMinutes.toFixed(1)} min` : ''} |`,
    `| hyperparameters | ${hp} |`,
    `| dataset | \`${r.dataset.hash.slice(0, 16)}…\`: ${r.dataset.files.map((f) => `${f.role} ${f.records}`).join(', ')} records |`,
  );
  const cost = r.cost?.training;
  if (cost) {
    lines.push(`| training cost (estimate) | ${cell(describeTrainingCost(cost), 400)} |`);
    if (cost.actual)
      lines.push(
        `| training, after the job | ${duration(cost.actual.hours)}${cost.actual.cost !== undefined ? `: ${usd(cost.actual.cost)} at the hourly rate` : cost.cost !== undefined ? `; billed by tokens: ${cost.billedTokens.toLocaleString('en-US')} (${cost.tokens.toLocaleString('en-US')} × ${cost.epochs} epochs), about ${usd(cost.cost)}` : ''} |`,
      );
    if (cost.validationTokens)
      lines.push(
        `| validation tokens | about ${cost.validationTokens.toLocaleString('en-US')}, not counted above (whether Bedrock bills them is not documented) |`,
      );
    lines.push(
      `| model storage | ${cost.storage ? `${usd(cost.storage.usd)} per month while the custom model exists` : 'no price found'} |`,
    );
  }
  if (loss && loss.training.length > 1) {
    const last = loss.training.at(-1)!;
    lines.push(
      `| final loss | training ${last.loss.toFixed(4)}${loss.validation.length ? `, validation ${loss.validation.at(-1)!.loss.toFixed(4)}` : ''} |`,
    );
  }
  return lines.join('\n');
}

function lossFallback(r: Report): string | undefined {
  const loss = r.training?.loss;
  if (!loss || loss.training.length < 2) return undefined;
  return [
    '<details><summary>Loss as a table</summary>',
    '',
    lossTable(loss.training, loss.validation),
    '',
    '</details>',
  ].join('\n');
}

function warnings(r: Report): string | undefined {
  if (r.dataset.warnings.length === 0) return undefined;
  return [
    '<details><summary>Validation warnings</summary>',
    '',
    '| rule | count | first at |',
    '|---|---:|---|',
    ...r.dataset.warnings.map((w) => `| \`${w.rule}\` | ${w.count} | ${code(w.at, 120)} |`),
    '',
    '</details>',
  ].join('\n');
}

function footer(r: Report): string {
  // A workflow run's runner is gone by the time anyone reads this: name its artifact and the S3
  // copy, and the file on disk only for a run on this machine (the CLI).
  const at = r.location;
  const onRunner = Boolean(r.run.url);
  const where = [
    at?.artifact && r.run.url ? `artifact ${code(at.artifact, 100)} of the [workflow run](${r.run.url})` : undefined,
    at?.s3 ? code(at.s3, 200) : undefined,
    at?.file && !onRunner ? code(at.file, 200) : undefined,
  ]
    .filter(Boolean)
    .join(' and ');
  const spent = r.cost?.inference?.spent;
  const missing = r.cost?.inference?.missing ?? [];
  const money = spent
    ? ` · this evaluation's model calls cost about ${usd(spent.models + spent.judge)}${spent.judge ? ` (judge ${usd(spent.judge)})` : ''}${spent.complete ? '' : ', not counting calls without a price'}`
    : '';
  const noPrice = missing.length
    ? ` · no price found for ${missing.map((m) => code(m, 80)).join(', ')} (input \`prices\` can supply one)`
    : '';
  return `<sub>Bedrock Model CI${money}${noPrice}${r.run.url && !at?.artifact ? ` · [workflow run](${r.run.url})` : ''}${r.run.commit ? ` · commit ${r.run.commit.slice(0, 7)}` : ''}${where ? ` · full results: ${where}` : ''}</sub>`;
}

/**
 * The report's headline and model table for a terminal or a log: what a reviewer reads first,
 * without the markdown a terminal shows as punctuation (links keep their text, bold and code marks go).
 */
export function headlineText(r: Report): string[] {
  const lines = [...headline(r), ...(r.evaluation ? ['', modelsTable(r)] : [])].join('\n').split('\n');
  return lines
    .filter((l) => !l.startsWith('_This comment'))
    .map((l) =>
      l
        .replace(/^#+ /, '')
        .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
        .replace(/\*\*|`/g, ''),
    );
}

/** The report as markdown, at most `limit` characters; `forComment` adds the sticky marker. */
export function renderReport(r: Report, options: { limit?: number; forComment?: boolean } = {}): string {
  const limit = options.limit ?? COMMENT_LIMIT;
  const top = [...(options.forComment ? [marker(r.modelName)] : []), ...headline(r)].join('\n');
  const sections: Section[] = [];
  const add = (title: string, priority: number, text: string | undefined) =>
    text && sections.push({ title, priority, text });
  if (r.sweep) {
    add('sweep table', 95, sweepTable(r.sweep));
    add('sweep loss chart', 65, sweepChart(r.sweep));
  }
  if (r.evaluation) {
    add('models table', 100, modelsTable(r));
    add('data changes', 80, dataChanges(r));
    add('label changes', 60, labelChanges(r));
    add('confusions', 40, confusions(r));
    add('score drops', 50, scoreDrops(r));
    add('failed examples', 20, failedExamples(r));
  } else {
    add('data changes', 80, dataChanges(r));
  }
  add('training', 70, training(r));
  add('loss table', 30, lossFallback(r));
  add('validation warnings', 10, warnings(r));

  const dropped: string[] = [];
  const assemble = () => {
    const note = dropped.length
      ? `\n\n> Left out to fit GitHub's ${limit.toLocaleString('en-US')}-character limit: ${dropped.join(', ')}. The full report has them${r.location?.file || r.location?.s3 || r.location?.artifact ? ' (see below)' : ''}.`
      : '';
    return [top, ...sections.map((s) => s.text)].join('\n\n') + note + `\n\n${footer(r)}\n`;
  };
  let text = assemble();
  while (text.length > limit && sections.length > 0) {
    const lowest = sections.reduce((a, b) => (b.priority < a.priority ? b : a));
    sections.splice(sections.indexOf(lowest), 1);
    dropped.push(lowest.title);
    text = assemble();
  }
  return text.length > limit ? `${text.slice(0, limit - 200)}\n\n…(cut to fit GitHub's comment limit)\n` : text;
}
