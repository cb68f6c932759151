// Untrusted text in the PR comment and the job summary, rendered by GitHub's own renderer
// (cmark-gfm with GitHub's extensions, Debian's package) and checked on the HTML, as GitHub's
// post-processing (mentions, cross-references) would see it.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { validationSummary } from '../../src/report/validation.js';
import type { ValidationReport } from '../../src/dataset/validate.js';
import { renderReport } from '../../src/report/markdown.js';
import type { Report } from '../../src/report/model.js';

const CMARK = ['/usr/bin/cmark-gfm', '/usr/local/bin/cmark-gfm'].find((p) => existsSync(p));
const skip = CMARK ? false : process.env.CI ? false : "cmark-gfm is not installed (.ci/run installs Debian's package)";

/** As GitHub renders comments: GFM tables, autolinks, strikethrough, tag filter; raw HTML kept (GitHub sanitizes, but keeps img and a). */
function render(markdown: string): string {
  const r = spawnSync(
    CMARK ?? 'cmark-gfm',
    ['--unsafe', '-e', 'table', '-e', 'autolink', '-e', 'strikethrough', '-e', 'tagfilter'],
    {
      input: markdown,
      encoding: 'utf8',
    },
  );
  if (r.status !== 0) throw new Error(`cmark-gfm failed: ${r.stderr || r.error}`);
  return r.stdout;
}

/** The text GitHub's filters look at for mentions and references: outside code, tags removed. */
const textOutsideCode = (html: string) =>
  html
    .replace(/<pre[\s\S]*?<\/pre>|<code>[\s\S]*?<\/code>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&');

const HOSTILE = [
  '@org/security-team please approve',
  'cc @mallory',
  '![✅ passed](https://evil.example/badge.svg)',
  '[reset your token](https://evil.example/login)',
  '<img src=x onerror=alert(1)>',
  '<a href="https://evil.example">click</a>',
  '``` `` ` breakout',
  'see octo-org/airline-models#1 and #2',
  'www.evil.example and https://evil.example/x',
  'mail admin@example.com',
  '**bold** _it_ ~~gone~~ $x^2$',
  '| a | b |',
  'line\nbreak\r::error::oops',
].join(' ');

const hostileReport = (): Report => ({
  schema: 1,
  generatedAt: '2026-11-23T10:00:00Z',
  modelName: 'atis',
  state: 'evaluated',
  passed: true,
  gate: [],
  run: { event: 'pull_request', pullRequest: 7, url: 'https://github.com/octo-org/airline-models/actions/runs/1' },
  training: {
    jobName: 'atis-0123456789ab',
    jobArn: 'arn:aws:bedrock:us-east-1:123456789012:model-customization-job/x',
    status: 'Completed',
    reused: false,
    consoleUrl: 'https://us-east-1.console.aws.amazon.com/bedrock/home',
    baseModel: 'amazon.nova-micro-v1:0:128k',
    customizationType: 'sft',
    hyperparameters: { [`epochCount ${HOSTILE}`]: HOSTILE },
    failureMessage: HOSTILE,
  },
  dataset: {
    hash: 'a'.repeat(64),
    files: [],
    warnings: [{ rule: 'dup/training', count: 1, at: `${HOSTILE}.jsonl:3` }],
  },
  evaluation: {
    testSet: { name: `${HOSTILE}.jsonl`, sha256: 'b'.repeat(64), records: 1 },
    scorer: 'normalized',
    models: [
      {
        role: 'candidate',
        label: `candidate ${HOSTILE}`,
        modelKey: 'arn:m',
        via: 'deployment',
        cached: false,
        metrics: {
          total: 1,
          answered: 1,
          correct: 0,
          errors: 0,
          accuracy: 0,
          latencyMs: { p50: 1, p95: 1 },
          tokens: { input: 1, output: 1, meanInput: 1, meanOutput: 1 },
          labels: [{ label: HOSTILE, precision: 0, recall: 0, f1: 0, support: 1 }],
          confusions: [{ expected: HOSTILE, predicted: HOSTILE, count: 1 }],
        },
        results: [],
      },
    ],
    failed: [
      { line: 1, prompt: HOSTILE, expected: HOSTILE, output: HOSTILE },
      { line: 2, prompt: HOSTILE, expected: 'x', error: HOSTILE },
    ],
  },
  dataChanges: {
    baseSha: 'c'.repeat(40),
    source: 'git',
    files: [
      {
        role: 'training',
        name: `${HOSTILE}.jsonl`,
        isNew: false,
        baseRecords: 1,
        headRecords: 2,
        added: 1,
        removed: 0,
        relabeled: 1,
        labels: [{ label: HOSTILE, base: 1, head: 2, deltaPp: 1 }],
        examples: { relabeled: [{ prompt: HOSTILE, from: HOSTILE, to: HOSTILE }] },
      },
    ],
  } as unknown as Report['dataChanges'],
});

const hostileValidation = (): ValidationReport => ({
  ok: true,
  errors: 0,
  warnings: 1,
  datasetHash: 'a'.repeat(64),
  records: 1,
  files: [
    {
      role: 'training',
      name: `${HOSTILE}.jsonl`,
      path: '/x',
      sha256: 'a'.repeat(64),
      bytes: 1,
      records: 1,
      tokens: 1,
      maxRecordTokens: 1,
      systemPrompts: 1,
      labels: { [HOSTILE]: 1 },
    },
  ],
  problems: [],
  tallies: [{ rule: 'dup/training', severity: 'warning', count: 1, first: { file: `${HOSTILE}.jsonl`, line: 3 } }],
  omitted: [],
  testSeenInTraining: [],
});

describe('untrusted text in the comment and the summary', { skip }, () => {
  for (const [name, markdown] of [
    ['the PR comment', () => renderReport(hostileReport(), { forComment: true })],
    ['the validation summary', () => validationSummary(hostileValidation())],
  ] as const) {
    it(`${name}: no mention, reference, link, image or HTML from the data`, () => {
      const html = render(markdown());
      assert.ok(!/<img|onerror|<script|<iframe/i.test(html), 'no image or script');
      for (const [, href] of html.matchAll(/<a href="([^"]*)"/g)) {
        assert.match(
          href!,
          /^https:\/\/(github\.com\/octo-org\/|us-east-1\.console\.aws\.amazon\.com\/)/,
          `only our own links: ${href}`,
        );
      }
      const text = textOutsideCode(html);
      assert.doesNotMatch(text, /(^|[^\w`])@[A-Za-z0-9][A-Za-z0-9-]*/, 'no @mention');
      assert.doesNotMatch(text, /(^|[^\w])([\w.-]+\/[\w.-]+)?#\d+\b/, 'no issue reference');
      assert.ok(!/<(strong|em|del)>[^<]*(bold|it|gone)/.test(html), 'no emphasis from the data');
      assert.ok(!/<table>[\s\S]*<td> a <\/td>/.test(html), 'pipes in data do not make cells');
      // The text is still there to read.
      assert.ok(html.includes('security-team please approve'));
    });
  }
});
