// Numbers as every report, log line and summary writes them.

/** 0.912 → "91.2 %"; undefined → "—" */
export const pct = (x: number | undefined): string => (x === undefined ? '—' : `${(100 * x).toFixed(1)} %`);

/** Percentage points with their sign: "+2.0 pp", "−1.5 pp". */
export const pp = (x: number): string => `${x >= 0 ? '+' : '−'}${Math.abs(x).toFixed(1)} pp`;

/** A signed number: "+0.125", "−0.040". */
export const signed = (x: number, digits = 3): string => `${x >= 0 ? '+' : '−'}${Math.abs(x).toFixed(digits)}`;

/** "p < 0.001" or "p = 0.042" */
export const pValue = (p: number): string => (p < 0.001 ? 'p < 0.001' : `p = ${p.toFixed(3)}`);
