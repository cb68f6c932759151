// Statistics for paired outcomes: two models answered the same test records, each right or wrong.

export interface PairedComparison {
  /** records both models answered */
  readonly n: number;
  /** candidate right, other wrong */
  readonly b: number;
  /** candidate wrong, other right */
  readonly c: number;
  /** difference in accuracy, percentage points */
  readonly deltaPp: number;
  /** 95 % confidence interval of the difference, percentage points */
  readonly ci: readonly [number, number];
  /** exact (binomial) two-sided McNemar p-value */
  readonly p: number;
  readonly significant: boolean;
}

/** log(n!) by summation, cached: exact enough for the binomial terms below. */
const logFactorials: number[] = [0];
function logFactorial(n: number): number {
  for (let i = logFactorials.length; i <= n; i++) logFactorials.push(logFactorials[i - 1]! + Math.log(i));
  return logFactorials[n]!;
}

/** Two-sided exact McNemar test: a binomial test of b against b + c discordant pairs at 1/2. */
export function mcnemarExact(b: number, c: number): number {
  const n = b + c;
  if (n === 0) return 1;
  const k = Math.min(b, c);
  let tail = 0;
  for (let i = 0; i <= k; i++) tail += Math.exp(logFactorial(n) - logFactorial(i) - logFactorial(n - i) - n * Math.LN2);
  return Math.min(1, 2 * tail);
}

/**
 * Wald interval for the difference of paired proportions:
 * d = (b − c)/n, var = (b + c − (b − c)²/n) / n².
 */
export function pairedInterval(b: number, c: number, n: number, z = 1.959964): [number, number] {
  if (n === 0) return [0, 0];
  const d = (b - c) / n;
  const se = Math.sqrt(Math.max(0, b + c - ((b - c) * (b - c)) / n)) / n;
  return [Math.max(-1, d - z * se), Math.min(1, d + z * se)];
}

/** Compares paired right/wrong outcomes: `candidate[i]` and `other[i]` are the same record. */
export function comparePaired(candidate: readonly boolean[], other: readonly boolean[]): PairedComparison {
  if (candidate.length !== other.length) throw new Error('paired outcomes must have the same length');
  let b = 0;
  let c = 0;
  for (let i = 0; i < candidate.length; i++) {
    if (candidate[i] && !other[i]) b += 1;
    else if (!candidate[i] && other[i]) c += 1;
  }
  const n = candidate.length;
  const [lo, hi] = pairedInterval(b, c, n);
  const p = mcnemarExact(b, c);
  return { n, b, c, deltaPp: n ? (100 * (b - c)) / n : 0, ci: [100 * lo, 100 * hi], p, significant: p < 0.05 };
}

/** The q-quantile (0–1) of numbers, by nearest rank. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}
