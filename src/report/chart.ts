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

// Mermaid's xychart draws every line in its theme's palette, pale by default, and has no legend:
// the chart sets a palette whose colours have emoji squares, and the legend is a line of them.
const PALETTE: ReadonlyArray<readonly [string, string]> = [
  ['#0969da', '🟦'],
  ['#cf222e', '🟥'],
  ['#1a7f37', '🟩'],
  ['#8250df', '🟪'],
  ['#e16f24', '🟧'],
  ['#d4a72c', '🟨'],
  ['#6e4a1e', '🟫'],
  ['#24292f', '⬛'],
];

/** The square of the n-th line's colour, for a legend beside the chart. */
export const swatch = (n: number) => PALETTE[n % PALETTE.length]![1];

/**
 * A compact Mermaid xychart of lines over a numeric x axis, with the palette above. `series` are
 * drawn in order; name them in a legend with `swatch(i)`.
 */
export function xyChart(options: {
  title: string;
  x: { label: string; from: number; to: number };
  yTop: number;
  series: ReadonlyArray<readonly number[]>;
}): string {
  const palette = PALETTE.slice(0, Math.max(1, Math.min(options.series.length, PALETTE.length)))
    .map(([c]) => c)
    .join(', ');
  return [
    '```mermaid',
    '---',
    'config:',
    '  xyChart:',
    '    width: 600',
    '    height: 240',
    '    titleFontSize: 14',
    '  themeVariables:',
    '    xyChart:',
    `      plotColorPalette: "${palette}"`,
    '---',
    'xychart-beta',
    `    title "${options.title}"`,
    `    x-axis "${options.x.label}" ${options.x.from} --> ${options.x.to}`,
    `    y-axis "loss" 0 --> ${options.yTop}`,
    ...options.series.map((values) => `    line [${values.join(', ')}]`),
    '```',
  ].join('\n');
}

/**
 * A Mermaid xychart of the training loss (and validation loss, resampled onto the same steps,
 * since Mermaid plots every line over the same x values), at most 100 points, with its legend.
 */
export function lossChart(training: readonly LossPoint[], validation: readonly LossPoint[]): string | undefined {
  if (training.length < 2) return undefined;
  const grid = downsample(training);
  const series = [grid.map((p) => round(p.loss))];
  if (validation.length > 0) series.push(grid.map((p) => round(at(validation, p.step))));
  const all = [...grid.map((p) => p.loss), ...(validation.length ? validation.map((p) => p.loss) : [])];
  const chart = xyChart({
    title: 'Loss by step',
    x: { label: 'step', from: grid[0]!.step, to: grid.at(-1)!.step },
    yTop: Math.ceil(Math.max(...all) * 10) / 10,
    series,
  });
  return `${chart}\n\n${swatch(0)} training loss${validation.length ? ` · ${swatch(1)} validation loss` : ''}`;
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
