// Test records whose prompt also occurs in training measure memory, not skill. Rather than refuse
// such a test set (every public intent benchmark has some), evaluation measures the overlap: the
// same metrics and paired comparisons on the test records training never saw.
import { computeMetrics, type Metrics, type RecordResult } from './metrics.js';
import { comparePaired, type PairedComparison } from './stats.js';
import type { Role } from './targets.js';

export interface UnseenSubset {
  /** test records whose prompt does not occur in training */
  readonly records: number;
  /** test records whose prompt also occurs in training */
  readonly seen: number;
  readonly models: ReadonlyArray<{ readonly role: Role; readonly label: string; readonly metrics: Metrics }>;
  readonly vsBase?: PairedComparison;
  readonly vsChampion?: PairedComparison;
}

interface Evaluated {
  readonly role: Role;
  readonly label: string;
  readonly results: readonly RecordResult[];
}

/** Paired on the records both answered: an error on either side leaves the pair out. */
export function comparePairedResults(
  candidate: readonly RecordResult[],
  other: readonly RecordResult[],
): PairedComparison {
  const a: boolean[] = [];
  const b: boolean[] = [];
  candidate.forEach((r, i) => {
    const o = other[i];
    if (!r.error && o && !o.error) {
      a.push(r.correct);
      b.push(o.correct);
    }
  });
  return comparePaired(a, b);
}

/** Metrics and comparisons on the records not seen in training; undefined when there is no overlap. */
export function unseenSubset(
  models: readonly Evaluated[],
  seenLines: readonly number[] | undefined,
  shortAnswer: boolean,
): UnseenSubset | undefined {
  if (!seenLines?.length || models.length === 0) return undefined;
  const seen = new Set(seenLines);
  const keep = (results: readonly RecordResult[]) => results.filter((r) => !seen.has(r.line));
  const subset = models.map((m) => ({ role: m.role, label: m.label, results: keep(m.results) }));
  const records = subset[0]!.results.length;
  const by = (role: Role) => subset.find((m) => m.role === role);
  const candidate = by('candidate');
  const versus = (role: Role) => {
    const other = by(role);
    return candidate && other ? comparePairedResults(candidate.results, other.results) : undefined;
  };
  return {
    records,
    seen: models[0]!.results.length - records,
    models: subset.map((m) => ({ role: m.role, label: m.label, metrics: computeMetrics(m.results, shortAnswer) })),
    vsBase: versus('base'),
    vsChampion: versus('champion'),
  };
}
