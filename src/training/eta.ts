// When a job will end, estimated from the earlier jobs of the same model: their minutes per billed
// token (from the reports this action stored under results/reports/<model>/), times this job's
// billed tokens. Shown on the live card as an estimate; none without history. The reports are
// written by pull-request runs too, so a value here only ever becomes a number on the card.
import type { S3Store } from '../aws/s3-store.js';

export interface Eta {
  /** minutes from the job's start */
  readonly minutes: number;
  /** how many earlier jobs it is estimated from */
  readonly samples: number;
}

/** The newest reports read: enough for a median, few enough to read once per run. */
const NEWEST = 8;

/** Minutes per billed token of one stored report, when it has both and they are plausible. */
export function rateOf(text: string): number | undefined {
  try {
    const r = JSON.parse(text) as {
      training?: { durationMinutes?: unknown };
      cost?: { training?: { billedTokens?: unknown } };
    };
    const minutes = r.training?.durationMinutes;
    const tokens = r.cost?.training?.billedTokens;
    if (typeof minutes !== 'number' || typeof tokens !== 'number') return undefined;
    if (!(minutes > 0 && minutes < 30 * 24 * 60 && tokens > 0 && Number.isFinite(tokens))) return undefined;
    return minutes / tokens;
  } catch {
    return undefined;
  }
}

const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/** The estimate for a job of `billedTokens`, or undefined without earlier completed jobs of this model. */
export async function estimateEta(store: S3Store, modelName: string, billedTokens: number): Promise<Eta | undefined> {
  if (!(billedTokens > 0)) return undefined;
  // keys end in the report's generatedAt (…-2026-12-01T22-57-11-123Z.json): newest last when sorted by it
  const stamp = (key: string) => /(\d{4}-\d\d-\d\dT[\d-]+Z)\.json$/.exec(key)?.[1] ?? '';
  const keys = (await store.list(`results/reports/${modelName}/`))
    .sort((a, b) => stamp(a).localeCompare(stamp(b)))
    .slice(-NEWEST);
  const rates: number[] = [];
  for (const key of keys) {
    const got = await store.getText(store.relative(key));
    const rate = got && rateOf(got.text);
    if (rate) rates.push(rate);
  }
  if (!rates.length) return undefined;
  return { minutes: median(rates) * billedTokens, samples: rates.length };
}
