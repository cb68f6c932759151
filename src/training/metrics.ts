export interface LossPoint {
  readonly step: number;
  readonly epoch: number;
  readonly loss: number;
}

export interface LossCurves {
  readonly training: readonly LossPoint[];
  readonly validation: readonly LossPoint[];
}

/** Parses Bedrock's metrics CSV by its header, so column order does not matter. */
export function parseMetricsCsv(text: string, lossColumn: 'training_loss' | 'validation_loss'): LossPoint[] {
  const [header, ...rows] = text.trim().split(/\r?\n/);
  const columns = (header ?? '').split(',').map((c) => c.trim());
  const at = (name: string) => columns.indexOf(name);
  const [s, e, l] = [at('step_number'), at('epoch_number'), at(lossColumn)];
  if (s < 0 || l < 0) return [];
  return rows
    .map((row) => row.split(','))
    .map((cells) => ({ step: Number(cells[s]), epoch: e >= 0 ? Number(cells[e]) : 0, loss: Number(cells[l]) }))
    .filter((p) => Number.isFinite(p.step) && Number.isFinite(p.loss));
}
