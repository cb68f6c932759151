import type { Scorer, StringScorer } from '../settings.js';
import { MAX_SCORED_OUTPUT_CHARS, compilePattern } from '../lib/pattern.js';

const QUOTES = new Set(['"', "'", '`', '“', '”', '‘', '’']);
const TRAILING = new Set(['.', '!', '?', ',', ';', ':']);

/** Drops characters of `set` from both ends (`ends`) or the end only; one pass, linear in the text. */
function trimSet(s: string, set: ReadonlySet<string>, ends: boolean): string {
  let start = 0;
  let end = s.length;
  if (ends) while (start < end && set.has(s[start]!)) start++;
  while (end > start && set.has(s[end - 1]!)) end--;
  return s.slice(start, end);
}

/**
 * trim, case-fold, collapse whitespace, strip surrounding quotes and trailing punctuation. Written
 * without backtracking patterns: the answers come from the test set and the model, both untrusted.
 */
export function normalize(text: string): string {
  let s = text.trim().toLowerCase().replace(/\s+/g, ' ');
  for (let i = 0; i < 2; i++) s = trimSet(trimSet(s, QUOTES, true), TRAILING, false).trim();
  return s;
}

/** Whether the scorer compares strings here (the others are graded by a Lambda or judged by a model: grading.ts). */
export const isStringScorer = (scorer: Scorer): scorer is StringScorer =>
  scorer === 'exact' || scorer === 'normalized' || scorer === 'json' || scorer === 'regex';

function parseJson(text: string): unknown {
  const fenced = /^```(?:json)?\s*([\s\S]*?)\s*```$/.exec(text.trim());
  return JSON.parse(fenced ? fenced[1]! : text.trim());
}

/** Deep equality with object keys in any order. */
function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b))
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => sameJson(x, b[i]));
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const ka = Object.keys(a as object);
    const kb = Object.keys(b as object);
    return (
      ka.length === kb.length &&
      ka.every((k) => sameJson((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
    );
  }
  return false;
}

/**
 * Whether a model's output is the expected answer. `exact` compares after trimming;
 * `normalized` as `normalize`; `json` parses both (a ```json fence is allowed) and compares
 * values; `regex` treats the expected answer as a pattern searched for in the output.
 */
export function score(scorer: StringScorer, output: string, expected: string): boolean {
  switch (scorer) {
    case 'exact':
      return output.trim() === expected.trim();
    case 'normalized':
      return normalize(output) === normalize(expected);
    case 'json':
      try {
        return sameJson(parseJson(output), parseJson(expected));
      } catch {
        return false;
      }
    case 'regex':
      try {
        return compilePattern(expected).matcher(output.trim().slice(0, MAX_SCORED_OUTPUT_CHARS)).find();
      } catch {
        return false;
      }
  }
}
