import type { Scorer } from '../settings.js';

/** trim, case-fold, collapse whitespace, strip surrounding quotes and trailing punctuation. */
export function normalize(text: string): string {
  let s = text.trim().toLowerCase().replace(/\s+/g, ' ');
  for (let i = 0; i < 2; i++)
    s = s
      .replace(/^["'`“”‘’]+|["'`“”‘’]+$/g, '')
      .replace(/[.!?,;:]+$/, '')
      .trim();
  return s;
}

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
export function score(scorer: Scorer, output: string, expected: string): boolean {
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
        return new RegExp(expected, 's').test(output.trim());
      } catch {
        return false;
      }
  }
}
