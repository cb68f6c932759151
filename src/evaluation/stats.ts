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

// Statistics for paired continuous scores (graded and judged evaluations): a seeded bootstrap
// interval for the mean difference and the Wilcoxon signed-rank test.

export interface ScoreComparison {
  /** records both models were scored on */
  readonly n: number;
  /** mean score difference (candidate − other), on the 0–1 score scale */
  readonly delta: number;
  /** paired 95 % bootstrap percentile interval of the mean difference */
  readonly ci: readonly [number, number];
  /** two-sided Wilcoxon signed-rank p-value */
  readonly p: number;
  /** how p was computed: exact distribution (n ≤ 50, no ties) or the normal approximation with tie correction */
  readonly method: 'exact' | 'normal';
  /** records scored higher / lower than the other model */
  readonly better: number;
  readonly worse: number;
  readonly significant: boolean;
}

/** mulberry32: a small seeded generator, so that an interval is the same on every run. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const BOOTSTRAP_SAMPLES = 2000;
export const BOOTSTRAP_SEED = 20240601;

/** Percentile bootstrap interval (95 %) of the mean of `values`, resampled `samples` times. */
export function bootstrapMeanInterval(
  values: readonly number[],
  options: { samples?: number; seed?: number } = {},
): [number, number] {
  const n = values.length;
  if (n === 0) return [0, 0];
  const samples = options.samples ?? BOOTSTRAP_SAMPLES;
  const random = seededRandom(options.seed ?? BOOTSTRAP_SEED);
  const means = new Float64Array(samples);
  for (let s = 0; s < samples; s++) {
    let sum = 0;
    for (let i = 0; i < n; i++) sum += values[Math.floor(random() * n)]!;
    means[s] = sum / n;
  }
  means.sort();
  const at = (q: number) => means[Math.min(samples - 1, Math.max(0, Math.round(q * (samples - 1))))]!;
  return [at(0.025), at(0.975)];
}

/** Φ(x), the standard normal distribution function, through erfc by its Chebyshev fit (Numerical Recipes' erfcc: relative error < 1.2e-7). */
export function normalCdf(x: number): number {
  const z = Math.abs(x) / Math.SQRT2;
  const t = 1 / (1 + 0.5 * z);
  const erfc =
    t *
    Math.exp(
      -z * z -
        1.26551223 +
        t *
          (1.00002368 +
            t *
              (0.37409196 +
                t *
                  (0.09678418 +
                    t *
                      (-0.18628806 +
                        t *
                          (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    );
  return x >= 0 ? 1 - erfc / 2 : erfc / 2;
}

/**
 * Two-sided Wilcoxon signed-rank test of paired differences. Zero differences are dropped (as
 * Wilcoxon proposed, and SciPy's default); tied magnitudes get their average rank. Exact
 * distribution of W+ for up to 50 differences without ties, otherwise the normal approximation
 * with the tie correction of the variance and no continuity correction (SciPy's `method='approx'`).
 */
export function wilcoxonSignedRank(differences: readonly number[]): {
  n: number;
  wPlus: number;
  wMinus: number;
  p: number;
  method: 'exact' | 'normal';
} {
  const d = differences.filter((x) => x !== 0 && Number.isFinite(x));
  const n = d.length;
  if (n === 0) return { n: 0, wPlus: 0, wMinus: 0, p: 1, method: 'exact' };
  const order = d.map((x, i) => ({ a: Math.abs(x), i })).sort((x, y) => x.a - y.a);
  const ranks = new Array<number>(n);
  const tieSizes: number[] = [];
  for (let i = 0; i < n;) {
    let j = i;
    while (j + 1 < n && order[j + 1]!.a === order[i]!.a) j++;
    const rank = (i + j + 2) / 2;
    for (let k = i; k <= j; k++) ranks[order[k]!.i] = rank;
    if (j > i) tieSizes.push(j - i + 1);
    i = j + 1;
  }
  let wPlus = 0;
  for (let i = 0; i < n; i++) if (d[i]! > 0) wPlus += ranks[i]!;
  const total = (n * (n + 1)) / 2;
  const wMinus = total - wPlus;
  if (tieSizes.length === 0 && n <= 50) {
    // counts[s] = sign assignments of ranks 1..n with W+ = s
    const counts = new Float64Array(total + 1);
    counts[0] = 1;
    for (let r = 1; r <= n; r++) for (let s = total; s >= r; s--) counts[s] += counts[s - r]!;
    const w = Math.min(wPlus, wMinus);
    let tail = 0;
    for (let s = 0; s <= w; s++) tail += counts[s]!;
    return { n, wPlus, wMinus, p: Math.min(1, (2 * tail) / 2 ** n), method: 'exact' };
  }
  const mean = total / 2;
  const variance = (n * (n + 1) * (2 * n + 1)) / 24 - tieSizes.reduce((a, t) => a + t * t * t - t, 0) / 48;
  if (variance <= 0) return { n, wPlus, wMinus, p: 1, method: 'normal' };
  const z = (wPlus - mean) / Math.sqrt(variance);
  return { n, wPlus, wMinus, p: Math.min(1, 2 * (1 - normalCdf(Math.abs(z)))), method: 'normal' };
}

/** Compares paired scores: `candidate[i]` and `other[i]` are the same record. */
export function compareScores(candidate: readonly number[], other: readonly number[]): ScoreComparison {
  if (candidate.length !== other.length) throw new Error('paired scores must have the same length');
  const differences = candidate.map((x, i) => x - other[i]!);
  const n = differences.length;
  const delta = n ? differences.reduce((a, x) => a + x, 0) / n : 0;
  const test = wilcoxonSignedRank(differences);
  return {
    n,
    delta,
    ci: bootstrapMeanInterval(differences),
    p: test.p,
    method: test.method,
    better: differences.filter((x) => x > 0).length,
    worse: differences.filter((x) => x < 0).length,
    significant: test.p < 0.05,
  };
}
