// Test-set patterns of `scorer: regex`: the validator checks them and the scorer runs them, both in RE2.
import { RE2JS } from 're2js';

/** Longest test-set pattern the regex scorer runs, and how much of an output it searches. */
export const MAX_PATTERN_CHARS = 1_000;
export const MAX_SCORED_OUTPUT_CHARS = 100_000;

const compiled = new Map<string, RE2JS>();
/**
 * A test-set pattern, compiled by RE2 (linear time whatever the pattern and the text: a pull
 * request's `^(.|.)*Q$` cannot hang the runner). Throws with RE2's reason for a pattern it cannot
 * run (backreferences, lookaround) or one over MAX_PATTERN_CHARS; the validator reports those first.
 */
export function compilePattern(pattern: string): RE2JS {
  if (pattern.length > MAX_PATTERN_CHARS)
    throw new Error(`the pattern is ${pattern.length} characters, over ${MAX_PATTERN_CHARS}`);
  let re = compiled.get(pattern);
  if (!re) {
    re = RE2JS.compile(pattern, RE2JS.DOTALL);
    if (compiled.size > 10_000) compiled.clear();
    compiled.set(pattern, re);
  }
  return re;
}
