// The report as a reviewer sees it on GitHub: rendered (GFM + Mermaid) and opened in headless
// Chromium, which must draw the loss chart as an SVG and show the tables.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { renderPreview } from '../../scripts/preview.js';
import type { Report } from '../../src/report/model.js';

const chromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
  (p) => spawnSync(p, ['--version']).status === 0,
);

const loss = Array.from({ length: 300 }, (_, i) => ({
  step: i + 1,
  epoch: 1 + Math.floor(i / 150),
  loss: 0.1 + 2.5 * Math.exp(-i / 60),
}));
const metrics = (accuracy: number) => ({
  total: 300,
  answered: 300,
  correct: Math.round(accuracy * 300),
  errors: 0,
  accuracy,
  macroF1: accuracy - 0.1,
  latencyMs: { p50: 40, p95: 60 },
  tokens: { input: 0, output: 0, meanInput: 117, meanOutput: 2 },
});
const report: Report = {
  schema: 1,
  generatedAt: '2026-11-23T10:00:00Z',
  modelName: 'atis',
  state: 'evaluated',
  passed: true,
  gate: [{ input: 'min-accuracy', passed: true, text: 'accuracy 99.0 % ≥ 90.0 %' }],
  run: { event: 'pull_request', pullRequest: 7 },
  dataset: {
    hash: 'a'.repeat(64),
    files: [{ role: 'training', name: 'train.jsonl', records: 2000, sha256: 'a' }],
    warnings: [],
  },
  training: {
    jobName: 'atis-abc',
    jobArn: 'arn:job',
    status: 'Completed',
    reused: false,
    baseModel: 'amazon.nova-micro-v1:0:128k',
    customizationType: 'sft',
    hyperparameters: { epochCount: '2' },
    loss: {
      training: loss,
      validation: loss.filter((p) => p.step % 50 === 0).map((p) => ({ ...p, loss: p.loss + 0.05 })),
    },
  },
  evaluation: {
    testSet: { name: 'test.jsonl', sha256: 'b'.repeat(64), records: 300 },
    scorer: 'normalized',
    models: [
      {
        role: 'base',
        label: 'base',
        modelKey: 'm',
        via: 'on-demand',
        cached: false,
        metrics: metrics(0.41),
        results: [],
      },
      {
        role: 'candidate',
        label: 'candidate',
        modelKey: 'arn',
        via: 'deployment',
        cached: false,
        metrics: metrics(0.99),
        results: [],
      },
    ],
    vsBase: { n: 300, b: 177, c: 3, deltaPp: 58, ci: [52.2, 63.8], p: 1e-40, significant: true },
    failed: [{ line: 3, prompt: 'show me flights', expected: 'flight', output: 'airfare' }],
  },
};

describe('npm run preview', () => {
  it(
    'renders the comment as GitHub would: the chart as an SVG, the tables as tables',
    { skip: chromium ? false : 'Debian chromium is not installed (.ci/run installs it)' },
    () => {
      const dir = mkdtempSync(path.join(os.tmpdir(), 'bmci-preview-'));
      const page = renderPreview(report, dir);
      const dom = execFileSync(
        chromium!,
        [
          '--headless',
          '--no-sandbox',
          '--disable-gpu',
          '--disable-quic',
          '--no-first-run',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          `--user-data-dir=${path.join(dir, 'profile')}`,
          '--virtual-time-budget=15000',
          '--dump-dom',
          `file://${page}`,
        ],
        { encoding: 'utf8', timeout: 90_000, maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'] },
      );
      assert.match(dom, /<body[^>]*data-rendered="yes"/, 'Mermaid finished without error');
      const svg = /<pre class="mermaid"[^>]*>\s*<svg[\s\S]*?<\/svg>/.exec(dom);
      assert.ok(svg, 'the loss chart is an SVG');
      assert.match(svg![0], /aria-roledescription="xychart"/);
      assert.ok((svg![0].match(/<path/g) ?? []).length >= 2, 'it has the plotted lines');
      assert.ok((dom.match(/<table>/g) ?? []).length >= 3, 'the models, training and loss tables');
      assert.match(dom, /<h2>✅ <code>atis<\/code>: candidate passes the gate — 99\.0 % accuracy<\/h2>/);
      assert.match(dom, /<details><summary>Failed examples/);
    },
  );
});
