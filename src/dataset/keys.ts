// Short keys that stand for a record's prompt and answer, so that duplicates, conflicting labels,
// leakage and a pull request's changes are found by comparing keys, never by holding the texts.
//
// The prompt key is computed by hand rather than by node:crypto: one pass over the lower-cased text
// folds blanks and hashes at once, where normalizing with a regex and then hashing with sha1 took
// a fifth of the validator's time on conversational data (1.4 M short calls per 200 MB).

/** The maximum length of an answer that is its own key (a class label). */
export const MAX_LABEL_CHARS = 64;

/** JavaScript's \s: what `String.prototype.trim` and /\s/ treat as blank. */
function isBlank(c: number): boolean {
  return c <= 0x20
    ? c === 0x20 || (c >= 0x09 && c <= 0x0d)
    : c >= 0xa0 &&
        (c === 0xa0 ||
          c === 0x1680 ||
          (c >= 0x2000 && c <= 0x200a) ||
          c === 0x2028 ||
          c === 0x2029 ||
          c === 0x202f ||
          c === 0x205f ||
          c === 0x3000 ||
          c === 0xfeff);
}

const SEED1 = 0xdeadbeef | 0;
const SEED2 = 0x41c6ce57;

/** The two lanes' final mix, written to out[at], out[at + 1]. */
function finish(h1: number, h2: number, out: Int32Array, at: number): void {
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  out[at] = h1;
  out[at + 1] = h2;
}

// Keys are 64 bits from two 32-bit multiply–xorshift lanes (the construction of bryc's
// public-domain cyrb53, widened to 64 bits): among a million texts the chance that any two
// distinct ones share a key is below 1 in 30 million.

/**
 * Identifies a prompt — a record's user texts — up to case and spacing: two prompts have the same
 * key when their texts joined by newlines are equal after lower-casing, turning every run of blanks
 * into one space and trimming. Written as two 32-bit halves to out[at], out[at + 1]. The texts are
 * hashed one after another, never joined: each is lower-cased alone (a text with no capital is not
 * copied), which gives the joined text's lower case, newlines being neither cased nor ignorable.
 */
export function promptHash(texts: readonly string[], out: Int32Array, at: number): void {
  let h1 = SEED1;
  let h2 = SEED2;
  // Blanks seen since the last character hashed, once something was: one space if more follows.
  let pending = false;
  let started = false;
  for (let t = 0; t < texts.length; t++) {
    if (t > 0) pending = started;
    const text = texts[t]!.toLowerCase();
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      // Printable ASCII, most of any text, is never blank.
      if ((c <= 0x20 || c >= 0x7f) && isBlank(c)) {
        pending = started;
        continue;
      }
      if (pending) {
        h1 = Math.imul(h1 ^ 0x20, 2654435761);
        h2 = Math.imul(h2 ^ 0x20, 1597334677);
        pending = false;
      }
      started = true;
      h1 = Math.imul(h1 ^ c, 2654435761);
      h2 = Math.imul(h2 ^ c, 1597334677);
    }
  }
  finish(h1, h2, out, at);
}

/** Identifies an answer exactly, as two 32-bit halves written to out[at], out[at + 1]. */
export function answerHash(answer: string, out: Int32Array, at: number): void {
  let h1 = SEED1;
  let h2 = SEED2;
  for (let i = 0; i < answer.length; i++) {
    const c = answer.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  finish(h1, h2, out, at);
}

const scratch = new Int32Array(2);
const asKey = (h: Int32Array) => String.fromCharCode(h[0]! & 0xffff, h[0]! >>> 16, h[1]! & 0xffff, h[1]! >>> 16);

/** promptHash of one text as a map key: four UTF-16 code units, never shown. */
export function promptKey(text: string): string {
  promptHash([text], scratch, 0);
  return asKey(scratch);
}

/** Identifies a trimmed answer exactly: short ones (labels) are their own key. */
export function answerKey(answer: string): string {
  if (answer.length <= MAX_LABEL_CHARS) return answer;
  answerHash(answer, scratch, 0);
  return `\u0000${asKey(scratch)}`;
}

/** The text of a message's content: a string, or its text blocks joined (other blocks count as ''). */
export const textOf = (content: unknown): string =>
  typeof content === 'string'
    ? content
    : Array.isArray(content)
      ? content.map((b: { text?: string }) => b.text ?? '').join('')
      : '';

const NUMBER = /^[-+]?[\d.,]*\d%?$/;

/**
 * Classification-like answers, whose label counts mean something: nearly every answer short, few
 * distinct ones for the records, and not numbers (RFT arithmetic's `2`, `8`, `11` are values,
 * not classes). `labels` maps each distinct answer's key to its count.
 */
export function isLabelSet(records: number, shortAnswers: number, labels: ReadonlyMap<string, number>): boolean {
  if (records === 0 || shortAnswers < 0.95 * records || labels.size > Math.max(2, records / 2)) return false;
  let numeric = 0;
  for (const [label, count] of labels) if (NUMBER.test(label.trim())) numeric += count;
  return numeric < records / 2;
}
