// The report as GitHub-flavoured markdown: the PR comment and the job summary. The first screen
// is what a reviewer decides from; the rest supports it, and is dropped lowest priority first
// when the comment would pass GitHub's 65,536-character limit.
import { lossChart, lossTable } from './chart.js';
import type { Report, ScoreDrop } from './model.js';
import { mdCode, mdText } from './escape.js';
import { marker } from './sticky.js';
import { duration, headline, percent, usd } from './headline.js';
import { describeTrainingCost } from '../training/cost.js';
import { sweepChart, sweepTable } from './sweep.js';
import { pct, pp } from '../lib/format.js';

export const COMMENT_LIMIT = 65_536;

const cell = mdText;
const code = mdCode;

interface Section {
  readonly title: string;
  /** higher is kept longer */
  readonly priority: number;
  readonly text: string;
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
