// Every string the PR comment and the job summary show that did not come from us — prompts,
// answers, labels, file names, failure messages, input values, registry strings — goes through
// one of these two functions. A pull request controls that text: it must show as text, and never
// mention a team, reference an issue, link, embed an image or speak HTML as the action's bot.

import { clip } from '../lib/format.js';

const ZWSP = '\u200b';
// Inline markdown that could turn text into something else: emphasis, code, links and images,
// autolinks and raw HTML, entities, strikethrough, math, table cells, hard breaks.
const INLINE = /[\\`*_[\]<>&~$|!]/g;

/** One line: control characters and runs of blanks become one space; at most `max` characters. */
function flatten(text: string, max: number): string {
  // eslint-disable-next-line no-control-regex
  const one = text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\s]+/g, ' ').trim();
  return one.length > max ? clip(one, max - 1) : one;
}

/**
 * GitHub turns @user, @org/team, owner/repo#1, #1 and bare URLs in rendered text into mentions,
 * references and links, whatever backslashes the source had: a zero-width space breaks each.
 */
function inert(text: string): string {
  return text
    .replace(/@/g, `@${ZWSP}`)
    .replace(/#/g, `#${ZWSP}`)
    .replace(/:\/\//g, `:${ZWSP}//`)
    .replace(/\bwww\./gi, (m) => `${m.slice(0, 3)}${ZWSP}.`);
}

/** Untrusted text for prose or a table cell: shown literally, on one line. */
export function mdText(text: string, max = 120): string {
  const one = flatten(text, max);
  return one === '' ? '∅' : inert(one).replace(INLINE, '\\$&');
}

/** Untrusted text as an inline code span (labels, answers, file names): shown literally, on one line. */
export function mdCode(text: string, max = 60): string {
  // A code span ends at the next backtick run, so backticks are shown as a look-alike; pipes are
  // escaped because GFM splits table cells before it parses code spans.
  const one = flatten(text, max).replace(/`/g, 'ˋ').replace(/\|/g, '\\|');
  return one === '' ? '`∅`' : `\`${one}\``;
}
