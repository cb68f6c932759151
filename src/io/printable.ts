// Text from datasets and inputs, on its way to a log line. A raw newline or carriage return
// followed by `::` starts a workflow command on the runner (`::error`, `::stop-commands`, …), and
// other control characters rewrite the terminal: each is shown as an escape instead.

import { clip } from '../lib/format.js';
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
const NAMED: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

export function printable(text: string): string {
  return text.replace(CONTROL, (c) => NAMED[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** A value from the data, quoted for a message: printable, and at most `max` characters. */
export function shown(value: unknown, max = 60): string {
  const text = printable(String(value));
  return `'${clip(text, max)}'`;
}
