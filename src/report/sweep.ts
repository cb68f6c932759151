// A sweep in the report: the ranked table, every point's loss on one chart, and the winner's why.
import type { SweepRanking } from '../evaluation/rank.js';
import type { GridTraining } from '../training/train.js';
import type { LossPoint } from '../training/metrics.js';
import { mdCode, mdText } from './escape.js';
import { swatch, xyChart } from './chart.js';
import { stageLine } from './stages.js';
import { pValue, pct, pp, signed } from '../lib/format.js';
import { formatUsd } from '../pricing/prices.js';

export interface SweepReport extends SweepRanking {
  readonly size: number;
  /** each point's training loss over the progress of its training (0 … 100 %), resampled to PROGRESS_STEPS + 1 values */
  readonly curves: ReadonlyArray<{ readonly id: string; readonly label: string; readonly training: readonly number[] }>;
}

const PROGRESS_STEPS = 40;

/** Loss by progress: runs of different lengths (epochs, data) on one x axis. */
function byProgress(points: readonly LossPoint[]): number[] {
  const first = points[0]!.step;
  const span = points.at(-1)!.step - first || 1;
  const out: number[] = [];
  let j = 0;
  for (let i = 0; i <= PROGRESS_STEPS; i++) {
    const step = first + (span * i) / PROGRESS_STEPS;
    while (j + 1 < points.length && points[j + 1]!.step < step) j++;
    const a = points[j]!;
    const b = points[Math.min(j + 1, points.length - 1)]!;
    const t = b.step === a.step ? 0 : Math.min(1, Math.max(0, (step - a.step) / (b.step - a.step)));
    out.push(Number((a.loss + (b.loss - a.loss) * t).toFixed(4)));
  }
  return out;
}

export function sweepReport(ranking: SweepRanking, training: GridTraining): SweepReport {
  return {
    ...ranking,
    size: training.jobs.length,
    curves: training.jobs
      .filter((t) => (t.loss?.training.length ?? 0) >= 2)
      .map((t) => ({
        id: t.point.id,
        label: ranking.rows.find((r) => r.id === t.point.id)!.label,
        training: byProgress(t.loss!.training),
      })),
  };
}

const cell = mdText;
const usd = (x: number | undefined) => (x === undefined ? '—' : `\\$${formatUsd(x)}`);

/** The first screen's line about the sweep. */
export function sweepHeadline(s: SweepReport): string {
  const done = s.rows.filter((r) => r.metric !== undefined).length;
  if (!s.winner) {
    const running = s.rows.filter((r) => r.status === 'InProgress' || r.status === 'Stopping').length;
    return `- 🧪 Sweep of ${s.size} points: ${running ? `${running} still training, ` : ''}${s.size - running} ended; the winner is chosen when every point has ended.`;
  }
  const w = s.rows.find((r) => r.id === s.winner)!;
  return `- 🏁 Sweep of ${s.size} points (${done} evaluated): winner **${w.id}** ${cell(`(${w.label})`, 120)}, ${cell(s.reason, 400)}.`;
}

/** One row per point, best first: what varies, status, metric with interval, Δ vs base, loss, costs. */
export function sweepTable(s: SweepReport): string {
  const graded = s.metric === 'mean score';
  const metric = (x: number) => (graded ? x.toFixed(3) : pct(x));
  const delta = (x: number) => (graded ? signed(x) : pp(x));
  const lines = [
    `### Sweep: ${s.size} points, ranked`,
    '',
    `| rank | point | status | ${s.metric} (95 % CI) | Δ vs base | final loss (training / validation) | training cost | inference per 1,000 requests |`,
    '|---:|---|---|---:|---:|---:|---:|---:|',
  ];
  for (const r of s.rows) {
    const status =
      r.status === 'Completed'
        ? r.id === s.winner
          ? `🏆 winner${r.pVsBest !== undefined ? ` (${pValue(r.pVsBest)} vs best)` : ''}`
          : r.pVsBest !== undefined
            ? `${pValue(r.pVsBest)} vs best`
            : 'completed'
        : `${r.status}${stageLine(r.stages).current ? ` — ${stageLine(r.stages).current}` : ''}${r.failureMessage ? `: ${cell(r.failureMessage, 80)}` : ''}`;
    lines.push(
      `| ${r.rank ?? '—'} | **${r.id}** ${cell(r.label, 80)}${r.jobName ? ` (${mdCode(r.jobName, 60)})` : ''} | ${status} | ${
        r.metric === undefined
          ? '—'
          : `**${metric(r.metric)}**${r.ci ? ` (${metric(r.ci[0])} … ${metric(r.ci[1])})` : ''}`
      } | ${r.deltaVsBase === undefined ? '—' : delta(r.deltaVsBase)} | ${
        r.finalTrainingLoss === undefined
          ? '—'
          : `${r.finalTrainingLoss.toFixed(3)} / ${r.finalValidationLoss === undefined ? '—' : r.finalValidationLoss.toFixed(3)}${r.overfitting ? ' ⚠️ overfitting' : ''}`
      } | ${usd(r.trainingCost)} | ${usd(r.inferencePer1k)} |`,
    );
  }
  if (s.rows.some((r) => r.overfitting))
    lines.push('', '⚠️ overfitting: validation loss rose over the last epoch while training loss fell.');
  return lines.join('\n');
}

/** Every point's training loss on one Mermaid chart, by progress through its training, with its legend. */
export function sweepChart(s: SweepReport): string | undefined {
  if (s.curves.length < 2) return undefined;
  const chart = xyChart({
    title: 'Training loss of every point',
    x: { label: 'progress (%)', from: 0, to: 100 },
    yTop: Math.ceil(Math.max(...s.curves.flatMap((c) => c.training)) * 10) / 10,
    series: s.curves.map((c) => c.training),
  });
  const legend = s.curves.map((c, i) => `${swatch(i)} **${c.id}** ${cell(c.label, 60)}`).join(' · ');
  return `${chart}\n\n${legend}`;
}
