import type { RuleId } from '../rules.js';

export interface TextFinding {
  readonly rule: RuleId;
  readonly message: string;
}

// Bedrock's job fails on these; AWS's sample validator also rejects Thought: and <unk>, case-insensitively.
const COLON_WORDS = ['user', 'bot', 'assistant', 'system', 'thought'];
const BRACKETED = /<image>|<video>|\[eos\]|<unk>/gi;

// One pass finds every run of digits and separators long enough to be a phone, card or id number
// (or a UK NINO); the precise patterns then run on those few candidates only. This keeps the
// scan near the speed of JSON parsing on large files.
const CANDIDATE = /[+(]?\d[\d ().-]{7,}\d|[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b/g;
// Separators are required so that flight numbers, fares and times do not read as phone numbers.
const PHONE = /(?<![\d-])(?:\+\d{1,3}[\s.-]?)?\(?\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}(?![\d-])/;
// Real card layouts only: unbroken, 4-4-4-(1..7), or Amex 4-6-5.
const CARD = /(?<!\d)(?:\d{13,19}|\d{4}([ -])\d{4}\1\d{4}\1\d{1,7}|\d{4}([ -])\d{6}\2\d{5})(?!\d)/g;
const SSN = /(?<![\d-])(?!000|666|9\d\d)\d{3}-(?!00)\d{2}-(?!0000)\d{4}(?![\d-])/;
const NINO = /^(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D]$/;
const AWS_KEY = /\b(?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}\b/;
const PRIVATE_KEY = /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY-----/;

/** Shows enough of a value to find it, not enough to leak it. */
function mask(value: string): string {
  if (value.length <= 6) return '*'.repeat(value.length);
  return `${value.slice(0, 2)}${'*'.repeat(Math.min(value.length - 4, 12))}${value.slice(-2)}`;
}

export function luhnValid(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}

/** Whether `word` (lower case) stands just before position `end`, in any case. */
function endsWithWord(text: string, end: number, word: string): boolean {
  const start = end - word.length;
  if (start < 0) return false;
  for (let k = 0; k < word.length; k++) {
    if ((text.charCodeAt(start + k) | 0x20) !== word.charCodeAt(k)) return false;
  }
  return true;
}

/** Keywords that make a Bedrock customization job fail, each once, as written. */
export function reservedKeywords(text: string): readonly string[] {
  // Most texts hold none: nothing is allocated for them.
  let found: Set<string> | undefined;
  for (let i = text.indexOf(':'); i !== -1; i = text.indexOf(':', i + 1)) {
    // Every keyword ends in r, t or m: most colons (times like 10:30) are ruled out here.
    const last = text.charCodeAt(i - 1) | 0x20;
    if (last !== 0x72 && last !== 0x74 && last !== 0x6d) continue;
    for (const word of COLON_WORDS) {
      if (endsWithWord(text, i, word)) (found ??= new Set()).add(text.slice(i - word.length, i + 1));
    }
  }
  if (text.includes('<') || text.includes('[')) {
    for (const m of text.matchAll(BRACKETED)) (found ??= new Set()).add(m[0]);
  }
  return found ? [...found] : NONE_FOUND;
}
const NONE_FOUND: readonly string[] = [];

// E-mail addresses are found from each '@', looking at most this far either side: RFC 5321's limits
// (64 for the local part, 255 for the domain). A regex such as [\w.]+@… backtracks quadratically on
// long runs of word characters; this scan is linear in the text whatever it holds.
const LOCAL_MAX = 64;
const DOMAIN_MAX = 255;
const isLocal = (c: number) =>
  (c >= 97 && c <= 122) ||
  (c >= 65 && c <= 90) ||
  (c >= 48 && c <= 57) ||
  c === 46 ||
  c === 95 ||
  c === 37 ||
  c === 43 ||
  c === 45;
const isLabel = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 45;
const isAlpha = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);

/** The first e-mail address in `text` (local@label.label…tld, a letters-only tld of 2+), or undefined. */
export function findEmail(text: string): string | undefined {
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > 0 && at - start < LOCAL_MAX && isLocal(text.charCodeAt(start - 1))) start--;
    if (start === at) continue;
    // Labels separated by dots; the address ends after the last label that is all letters (2+).
    let end = -1;
    let i = at + 1;
    const limit = Math.min(text.length, at + 1 + DOMAIN_MAX);
    let dots = 0;
    for (;;) {
      const labelStart = i;
      let letters = true;
      while (i < limit && isLabel(text.charCodeAt(i))) {
        if (!isAlpha(text.charCodeAt(i))) letters = false;
        i++;
      }
      if (i === labelStart) break;
      if (dots > 0 && letters && i - labelStart >= 2) end = i;
      if (i < limit && text.charCodeAt(i) === 46) {
        dots++;
        i++;
      } else break;
    }
    if (end !== -1) return text.slice(start, end);
  }
  return undefined;
}

/** Digits in `s`: the precise patterns below need 6 (NINO) to 13 (cards). */
function digitCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}

const NONE: readonly TextFinding[] = [];

/**
 * Personal data and credentials in a piece of text. Credentials are never echoed, personal data
 * only masked. `where` names the text in messages (a function: most texts need no message).
 */
export function sensitiveData(text: string, where: string | (() => string)): readonly TextFinding[] {
  // Most texts hold none: they are ruled out without allocating anything.
  CANDIDATE.lastIndex = 0;
  const candidate = CANDIDATE.exec(text);
  if (
    !candidate &&
    !text.includes('@') &&
    !text.includes('-----BEGIN') &&
    !(text.includes('A') && MAYBE_AWS_KEY.test(text))
  )
    return NONE;
  return findSensitive(text, where, candidate);
}

/** The text, or "[withheld: rules]" when it holds what the validator flags as personal data or a credential. */
export function withheld(text: string, where: string): string {
  const found = sensitiveData(text, where);
  return found.length ? `[withheld: ${found.map((f) => f.rule).join(', ')}]` : text;
}

const MAYBE_AWS_KEY = /A[KSBC][IC]A/;

function findSensitive(
  text: string,
  where: string | (() => string),
  candidate: RegExpExecArray | null,
): readonly TextFinding[] {
  let out: TextFinding[] | undefined;
  const place = () => (typeof where === 'string' ? where : where());
  const add = (rule: RuleId, message: string) => {
    out ??= [];
    if (!out.some((f) => f.rule === rule)) out.push({ rule, message });
  };
  if (text.includes('-----BEGIN') && PRIVATE_KEY.test(text)) {
    add(
      'secret/private-key',
      `A private key in the ${place()}. Remove it from the data and rotate it: it is in your git history.`,
    );
  }
  if (text.includes('A') && MAYBE_AWS_KEY.test(text)) {
    const m = AWS_KEY.exec(text);
    if (m)
      add(
        'secret/aws-access-key',
        `An AWS access key id (${m[0].slice(0, 4)}…) in the ${place()}. Remove it from the data and deactivate the key: it is in your git history.`,
      );
  }
  if (text.includes('@')) {
    const email = findEmail(text);
    if (email)
      add(
        'pii/email',
        `An e-mail address (${mask(email)}) in the ${place()}. Replace it with a placeholder such as user@example.com, or set 'pii: off' if it is not personal.`,
      );
  }
  for (let m = candidate; m; m = CANDIDATE.exec(text)) {
    const c = m[0];
    const digits = digitCount(c);
    const first = c.charCodeAt(0);
    if (first >= 65 && first <= 90) {
      if (NINO.test(c))
        add(
          'pii/national-id',
          `A UK national insurance number pattern (${mask(c)}) in the ${place()}. Remove or replace it.`,
        );
      continue;
    }
    if (digits >= 10) {
      const phone = PHONE.exec(c);
      if (phone)
        add(
          'pii/phone',
          `A phone number (${mask(phone[0])}) in the ${place()}. Replace it with a placeholder such as 555-0100, or set 'pii: off' if it is not personal.`,
        );
    }
    if (digits >= 13) {
      CARD.lastIndex = 0;
      for (let card = CARD.exec(c); card; card = CARD.exec(c)) {
        const number = card[0].replace(/[ -]/g, '');
        if (luhnValid(number)) {
          add(
            'pii/card',
            `A payment card number (${mask(number)}, passes the Luhn check) in the ${place()}. Remove it, or set 'pii: off' if it is a documented test number.`,
          );
          break;
        }
      }
    }
    if (digits >= 9 && c.includes('-')) {
      const ssn = SSN.exec(c);
      if (ssn)
        add(
          'pii/national-id',
          `A US social security number pattern (${mask(ssn[0])}) in the ${place()}. Remove or replace it.`,
        );
    }
  }
  return out ?? NONE;
}
