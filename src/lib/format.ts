// Numbers as every report, log line and summary writes them.

/** 0.912 → "91.2 %"; undefined → "—" */
export const pct = (x: number | undefined): string => (x === undefined ? '—' : `${(100 * x).toFixed(1)} %`);

/** Percentage points with their sign: "+2.0 pp", "−1.5 pp". */
export const pp = (x: number): string => `${x >= 0 ? '+' : '−'}${Math.abs(x).toFixed(1)} pp`;

/** A signed number: "+0.125", "−0.040". */
export const signed = (x: number, digits = 3): string => `${x >= 0 ? '+' : '−'}${Math.abs(x).toFixed(digits)}`;

/** "p < 0.001" or "p = 0.042" */
export const pValue = (p: number): string => (p < 0.001 ? 'p < 0.001' : `p = ${p.toFixed(3)}`);

/**
 * At most `max` characters of `text` and an ellipsis, cut at a word boundary when one is near the
 * end (not more than a third back), so a quoted fix never ends in half a word.
 */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max + 1);
  const space = cut.search(/\s\S*$/);
  const end = space >= (max * 2) / 3 ? space : max;
  return `${text.slice(0, end).trimEnd()}…`;
}

/** An ARN with its account id as configure-aws-credentials masks it (`mask-aws-account-id`): `arn:aws:sts::***:…`. */
export const maskAccount = (arn: string): string =>
  arn.replace(/^(arn:[a-z-]+:[a-z0-9-]*:[a-z0-9-]*:)\d{12}:/, '$1***:');

/** The account id an ARN names, if any. */
export const accountIdOf = (arn: string | undefined): string | undefined =>
  /^arn:[a-z-]+:[a-z0-9-]*:[a-z0-9-]*:(\d{12}):/.exec(arn ?? '')?.[1];
