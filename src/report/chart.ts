import type { LossPoint } from '../training/metrics.js';

/** At most `max` points: each the mean of its bucket of steps, so noise does not draw spikes. */
export function downsample(points: readonly LossPoint[], max = 100): LossPoint[] {
  if (points.length <= max) return [...points];
  const out: LossPoint[] = [];
  const size = points.length / max;
  for (let i = 0; i < max; i++) {
    const bucket = points.slice(Math.floor(i * size), Math.floor((i + 1) * size));
    const last = bucket.at(-1)!;
    out.push({ step: last.step, epoch: last.epoch, loss: bucket.reduce((a, p) => a + p.loss, 0) / bucket.length });
  }
  return out;
}

/** The value of a series at a step, by linear interpolation (held flat outside its range). */
function at(points: readonly LossPoint[], step: number): number {
  if (step <= points[0]!.step) return points[0]!.loss;
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    if (step <= b.step) return a.loss + ((b.loss - a.loss) * (step - a.step)) / (b.step - a.step || 1);
  }
  return points.at(-1)!.loss;
}

const round = (x: number) => Number(x.toFixed(4));

/**
 * A Mermaid xychart-beta of the training loss (and validation loss, resampled onto the same
 * steps, since Mermaid plots every line over the same x values), at most 100 points.
 */
export function lossChart(training: readonly LossPoint[], validation: readonly LossPoint[]): string | undefined {
  if (training.length < 2) return undefined;
  const grid = downsample(training);
  const lines = [`    line [${grid.map((p) => round(p.loss)).join(', ')}]`];
  if (validation.length > 0) lines.push(`    line [${grid.map((p) => round(at(validation, p.step))).join(', ')}]`);
  const all = [...grid.map((p) => p.loss), ...(validation.length ? validation.map((p) => p.loss) : [])];
  const top = Math.ceil(Math.max(...all) * 10) / 10;
  return [
    '```mermaid',
    'xychart-beta',
    `    title "Loss by step${validation.length ? ' (training, then validation)' : ''}"`,
    `    x-axis "step" ${grid[0]!.step} --> ${grid.at(-1)!.step}`,
    `    y-axis "loss" 0 --> ${top}`,
    ...lines,
    '```',
  ].join('\n');
}

/** The same curve as a small table, for readers where Mermaid does not render. */
export function lossTable(training: readonly LossPoint[], validation: readonly LossPoint[], rows = 11): string {
  const picks = [
    ...new Set(Array.from({ length: rows }, (_, i) => training[Math.round((i * (training.length - 1)) / (rows - 1))]!)),
  ];
  const v = (step: number) => (validation.length ? ` ${round(at(validation, step))} |` : '');
  return [
    `| step | epoch | training loss |${validation.length ? ' validation loss |' : ''}`,
    `|---:|---:|---:|${validation.length ? '---:|' : ''}`,
    ...picks.map((p) => `| ${p.step} | ${p.epoch} | ${round(p.loss)} |${v(p.step)}`),
  ].join('\n');
}
