import type { RuleId } from './rules.js';

export interface TextFinding {
  readonly rule: RuleId;
  readonly message: string;
}

// Bedrock's job fails on these; AWS's sample validator also rejects Thought: and <unk>, case-insensitively.
const RESERVED = /user:|bot:|assistant:|system:|thought:|<image>|<video>|\[eos\]|<unk>/gi;
const RESERVED_HINT = /[:>\]]/;

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/;
// Separators are required so that flight numbers, fares and times do not read as phone numbers.
const PHONE = /(?<![\w-])(?:\+\d{1,3}[\s.-]?)?\(?\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}(?![\w-])/;
const CARD_CANDIDATE = /(?<![\d-])\d(?:[ -]?\d){12,18}(?![\d-])/g;
const SSN = /(?<![\d-])(?!000|666|9\d\d)\d{3}-(?!00)\d{2}-(?!0000)\d{4}(?![\d-])/;
const NINO = /\b(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b/;
const AWS_KEY = /\b(?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}\b/;
const PRIVATE_KEY = /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY-----/;
const DIGIT_RUN = /\d{3}/;

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

/** Keywords that make a Bedrock customization job fail, each once. */
export function reservedKeywords(text: string): string[] {
  if (!RESERVED_HINT.test(text)) return [];
  const found = new Set<string>();
  for (const m of text.matchAll(RESERVED)) found.add(m[0]);
  return [...found];
}

/** Personal data and credentials in a piece of text. Credentials are never echoed, personal data only masked. */
export function sensitiveData(text: string, where: string): TextFinding[] {
  const out: TextFinding[] = [];
  if (text.includes('-----BEGIN') && PRIVATE_KEY.test(text)) {
    out.push({ rule: 'secret/private-key', message: `A private key in the ${where}. Remove it from the data and rotate it: it is in your git history.` });
  }
  if (/A[KSBC][IC]A/.test(text)) {
    const m = AWS_KEY.exec(text);
    if (m) out.push({ rule: 'secret/aws-access-key', message: `An AWS access key id (${m[0].slice(0, 4)}…) in the ${where}. Remove it from the data and deactivate the key: it is in your git history.` });
  }
  if (text.includes('@')) {
    const m = EMAIL.exec(text);
    if (m) out.push({ rule: 'pii/email', message: `An e-mail address (${mask(m[0])}) in the ${where}. Replace it with a placeholder such as user@example.com, or set 'pii: off' if it is not personal.` });
  }
  if (DIGIT_RUN.test(text)) {
    const phone = PHONE.exec(text);
    if (phone) out.push({ rule: 'pii/phone', message: `A phone number (${mask(phone[0])}) in the ${where}. Replace it with a placeholder such as 555-0100, or set 'pii: off' if it is not personal.` });
    for (const m of text.matchAll(CARD_CANDIDATE)) {
      const digits = m[0].replace(/[ -]/g, '');
      if (digits.length >= 13 && digits.length <= 19 && luhnValid(digits)) {
        out.push({ rule: 'pii/card', message: `A payment card number (${mask(digits)}, passes the Luhn check) in the ${where}. Remove it, or set 'pii: off' if it is a documented test number.` });
        break;
      }
    }
    const ssn = SSN.exec(text);
    if (ssn) out.push({ rule: 'pii/national-id', message: `A US social security number pattern (${mask(ssn[0])}) in the ${where}. Remove or replace it.` });
  }
  const nino = /\d\d/.test(text) ? NINO.exec(text) : null;
  if (nino) out.push({ rule: 'pii/national-id', message: `A UK national insurance number pattern (${mask(nino[0])}) in the ${where}. Remove or replace it.` });
  return out;
}
