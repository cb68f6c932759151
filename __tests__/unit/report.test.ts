import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { downsample, lossChart } from '../../src/report/chart.js';
import { compareVersions, parseRecords } from '../../src/report/diff.js';
import { renderReport } from '../../src/report/markdown.js';
import { clip } from '../../src/lib/format.js';
import type { Report } from '../../src/report/model.js';
import { upsertStickyComment, marker } from '../../src/report/sticky.js';
import type { GitHub, IssueComment } from '../../src/github/client.js';

const metrics = (accuracy: number) => ({
  total: 300,
  answered: 300,
  correct: Math.round(accuracy * 300),
  errors: 0,
  accuracy,
  latencyMs: { p50: 40, p95: 60 },
  tokens: { input: 0, output: 0, meanInput: 117, meanOutput: 2 },
});
const longPrompt = 'x'.repeat(2000);
// a fixture: each test sets the state and the parts that state carries
const report = (extra: Partial<Report> = {}): Report =>
  ({
    schema: 1,
    generatedAt: '2026-11-23T10:00:00Z',
    modelName: 'atis',
    state: 'evaluated',
    passed: true,
    gate: [],
    run: { event: 'pull_request', pullRequest: 7 },
    dataset: {
      hash: 'a'.repeat(64),
      files: [],
      warnings: Array.from({ length: 400 }, (_, i) => ({ rule: 'dup/training', count: i, at: `train.jsonl:${i}` })),
    },
    evaluation: {
      testSet: { name: 'test.jsonl', sha256: 'b'.repeat(64), records: 300 },
      scorer: 'normalized',
      models: [
        {
          role: 'candidate',
          label: 'candidate',
          modelKey: 'arn:m',
          via: 'deployment',
          cached: false,
          metrics: metrics(0.9),
          results: [],
        },
      ],
      failed: Array.from({ length: 50 }, (_, i) => ({
        line: i + 1,
        prompt: longPrompt,
        expected: 'flight',
        output: 'airfare',
      })),
    },
    ...extra,
  }) as Report;

describe('the report markdown', () => {
  it('stays under the limit by dropping the lowest-priority sections, and says which', () => {
    const full = renderReport(report(), { limit: 100_000 });
    assert.ok(full.includes('Failed examples') && full.includes('Validation warnings'));
    const cut = renderReport(report(), { limit: 2_000, forComment: true });
    assert.ok(cut.length <= 2_000, String(cut.length));
    assert.match(cut, /^<!-- bedrock-model-ci:atis -->\n## 📊|^<!-- bedrock-model-ci:atis -->\n## ✅/);
    assert.match(cut, /### Models/, 'the models table is kept');
    assert.match(
      cut,
      /> Left out to fit GitHub's 2,000-character limit: validation warnings, failed examples\. The full report has them\./,
    );
  });

  it('says training is in progress, or that it failed, instead of results', () => {
    const training = {
      jobName: 'atis-abc',
      jobArn: 'arn:job',
      status: 'InProgress',
      reused: true,
      baseModel: 'm',
      customizationType: 'sft',
      hyperparameters: {},
      startedAt: '2026-11-23T09:00:00.000Z',
    };
    assert.match(
      renderReport(report({ state: 'training', evaluation: undefined, training })),
      /^## ⏳ `atis`: training in progress\n\nTraining job \[`atis-abc`\]\(#\) is \*\*InProgress\*\*, started 2026-11-23 09:00:00 UTC\./,
    );
    const failed = renderReport(
      report({
        state: 'training-failed',
        passed: false,
        evaluation: undefined,
        training: { ...training, status: 'Failed', failureMessage: 'out of memory' },
      }),
    );
    assert.match(
      failed,
      /^## ❌ `atis`: training failed\n\nTraining job `atis-abc` ended \*\*Failed\*\*: out of memory/,
    );
  });

  it('ranks labels by impact (support × |Δ F1|), not by name among equal deltas', () => {
    const label = (name: string, support: number, f1: number) => ({
      label: name,
      support,
      f1,
      precision: f1,
      recall: f1,
    });
    const withLabels = (role: 'base' | 'candidate', labels: ReturnType<typeof label>[]) => ({
      role,
      label: role,
      modelKey: role,
      via: 'deployment' as const,
      cached: false,
      metrics: { ...metrics(0.9), labels },
      results: [],
    });
    const small = Array.from({ length: 10 }, (_, i) => label(`rare_${i}`, 2, 1));
    const md = renderReport(
      report({
        evaluation: {
          ...report().evaluation!,
          models: [
            withLabels('base', [
              ...small.map((l) => ({ ...l, f1: 0 })),
              label('ground_service', 15, 0.4),
              label('flight', 200, 0.95),
            ]),
            withLabels('candidate', [...small, label('ground_service', 15, 0.9), label('flight', 200, 0.951)]),
          ],
        },
      }),
      { limit: 100_000 },
    );
    const lines = md.slice(md.indexOf('### Labels whose F1 changed most')).split('\n');
    const first = lines.findIndex((l) => l.startsWith('| label | support')) + 2;
    const rows = lines.slice(
      first,
      lines.findIndex((l, i) => i >= first && !l.startsWith('|')),
    );
    assert.match(rows[0]!, /^\| `ground_service` \| 15 \| 0\.40 \| 0\.90 \| \+0\.50 \|/);
    assert.ok(!rows.some((r) => r.startsWith('| `flight`')), 'a move that rounds to 0.00 is not a change');
    assert.equal(rows.length, 10);
  });

  it('shows only label moves that round to at least 0.1 pp', () => {
    const file = (labels: Array<[string, number]>) => ({
      role: 'training',
      name: 'train.jsonl',
      isNew: false,
      baseRecords: 2000,
      headRecords: 2001,
      added: 1,
      removed: 0,
      relabeled: 0,
      examples: { added: [], removed: [], relabeled: [] },
      labels: labels.map(([label, deltaPp]) => ({ label, base: 100, head: 101, deltaPp })),
    });
    const render = (labels: Array<[string, number]>) =>
      renderReport(report({ dataChanges: { baseSha: 'f'.repeat(40), source: 'git', files: [file(labels)] } }), {
        limit: 100_000,
      });
    const md = render([
      ['ground_service', 2.5],
      ['airfare', 0.02],
    ]);
    assert.match(md, /\| `ground_service` \| 100 \| 101 \| \+2\.5 pp \|/);
    assert.doesNotMatch(md, /`airfare` \| 100/);
    assert.doesNotMatch(render([['airfare', -0.04]]), /largest moves/);
  });

  it('escapes table cells: pipes and HTML in prompts do not break the table', () => {
    const r = report({
      evaluation: {
        ...report().evaluation!,
        failed: [{ line: 3, prompt: 'a | b <script>', expected: 'x|y', output: 'z' }],
      },
    });
    assert.ok(renderReport(r).includes('| 3 | a \\| b \\<script\\> | `x\\|y` | `z` |'), renderReport(r));
  });
});

describe('the loss chart', () => {
  const points = Array.from({ length: 1000 }, (_, i) => ({
    step: i + 1,
    epoch: 1 + Math.floor(i / 500),
    loss: 3 * Math.exp(-i / 200),
  }));
  it('downsamples to at most 100 points by bucket means', () => {
    const d = downsample(points);
    assert.equal(d.length, 100);
    assert.equal(d[0]!.step, 10);
    assert.ok(Math.abs(d[0]!.loss - points.slice(0, 10).reduce((a, p) => a + p.loss, 0) / 10) < 1e-12);
  });
  it('draws training and validation over the same steps', () => {
    const chart = lossChart(points, [
      { step: 500, epoch: 1, loss: 0.5 },
      { step: 1000, epoch: 2, loss: 0.2 },
    ])!;
    const lines = chart.split('\n').filter((l) => l.trim().startsWith('line ['));
    assert.equal(lines.length, 2);
    assert.equal(lines[0]!.split(',').length, 100);
    assert.equal(lines[1]!.split(',').length, 100);
    assert.match(chart, /x-axis "step" 10 --> 1000/);
    assert.equal(lossChart([points[0]!], []), undefined);
  });
  it('is compact, in distinguishable colours, and says which line is which', () => {
    const chart = lossChart(points, [{ step: 1000, epoch: 2, loss: 0.2 }])!;
    assert.match(chart, /^ {4}width: 600\n {4}height: 240$/m);
    assert.match(chart, /plotColorPalette: "#0969da, #cf222e"/);
    assert.match(chart, /\n\n🟦 training loss · 🟥 validation loss$/);
  });
});

describe('the footer', () => {
  const at = { file: '/home/runner/work/_temp/bedrock-model-ci/report-atis.json', s3: 's3://b/ci/results/r.json' };
  const footer = (r: Report) => renderReport(r, { forComment: true }).trim().split('\n').at(-1)!;
  it("names the workflow run's artifact and the S3 copy, never a path on a runner that is gone", () => {
    const url = 'https://github.com/o/r/actions/runs/42';
    const withArtifact = footer(
      report({ run: { event: 'pull_request', url }, location: { ...at, artifact: 'model-report' } }),
    );
    assert.match(
      withArtifact,
      /full results: artifact `model-report` of the \[workflow run\]\(https:\/\/github.com\/o\/r\/actions\/runs\/42\) and `s3:\/\/b\/ci\/results\/r.json`<\/sub>$/,
    );
    assert.doesNotMatch(withArtifact, /_temp/);
    const without = footer(report({ run: { event: 'pull_request', url }, location: at }));
    assert.match(
      without,
      /\[workflow run\]\(https:\/\/github.com\/o\/r\/actions\/runs\/42\).* · full results: `s3:\/\/b\/ci\/results\/r.json`<\/sub>$/,
    );
    assert.doesNotMatch(without, /_temp/);
  });
  it('names the file on this machine for a run outside Actions', () => {
    assert.match(
      footer(report({ location: at })),
      /full results: `s3:.*` and `\/home\/runner\/work\/_temp\/bedrock-model-ci\/report-atis.json`/,
    );
  });
});

describe('words are not cut in half', () => {
  it('clip cuts at the last space near the limit, or at the limit in one long word', () => {
    assert.equal(
      clip('is there ground transportation from the westchester county airport', 50),
      'is there ground transportation from the…',
    );
    assert.equal(clip('short', 50), 'short');
    assert.equal(clip('x'.repeat(60), 50), `${'x'.repeat(50)}…`);
  });
});

describe('what the PR changed in the data', () => {
  const rec = (q: string, a: string) =>
    JSON.stringify({
      messages: [
        { role: 'user', content: [{ text: q }] },
        { role: 'assistant', content: [{ text: a }] },
      ],
    });
  it('counts added, removed and relabeled records, and label moves', () => {
    const base = parseRecords(
      [rec('to boston', 'flight'), rec('fare to denver', 'flight'), rec('gone', 'flight')].join('\n'),
    );
    const head = parseRecords(
      [rec('To  Boston', 'flight'), rec('fare to denver', 'airfare'), rec('new one', 'airfare')].join('\n'),
    );
    const c = compareVersions('training', 'train.jsonl', base, head);
    assert.deepEqual([c.added, c.removed, c.relabeled, c.isNew], [1, 1, 1, false]);
    assert.deepEqual(c.examples.relabeled, [{ prompt: 'fare to denver', from: 'flight', to: 'airfare' }]);
    assert.deepEqual(c.labels!.map((l) => [l.label, l.base, l.head]).sort(), [
      ['airfare', 0, 2],
      ['flight', 3, 1],
    ]);
  });
});

describe('the sticky comment', () => {
  function fakeGithub(login?: string) {
    const comments: IssueComment[] = [];
    let id = 1;
    const gh = {
      login: async () => login,
      comments: async () => [...comments],
      createComment: async (_issue: number, body: string) => {
        const c = { id: id++, body, author: login ?? 'github-actions[bot]', url: `u${id}` };
        comments.push(c);
        return c;
      },
      updateComment: async (cid: number, body: string) => {
        const c = comments.find((x) => x.id === cid)!;
        Object.assign(c, { body });
        return c;
      },
      deleteComment: async (cid: number) =>
        void comments.splice(
          comments.findIndex((x) => x.id === cid),
          1,
        ),
    };
    return { gh: gh as unknown as GitHub, comments };
  }
  it('creates once, then updates in place', async () => {
    const { gh, comments } = fakeGithub();
    await upsertStickyComment(gh, 7, 'atis', 'first');
    await upsertStickyComment(gh, 7, 'atis', 'second');
    assert.deepEqual(
      comments.map((c) => c.body),
      [`${marker('atis')}\nsecond`],
    );
  });
  it("a bot comment that only quotes the marker is not ours, and the promotion line's marker is no model's", async () => {
    const { gh, comments } = fakeGithub();
    // Another workflow's bot comment (same github-actions[bot]) quoting our marker mid-body.
    comments.push({
      id: 90,
      body: `Deploy status\n> ${marker('atis')}\n> old report`,
      author: 'github-actions[bot]',
      url: 'q',
    });
    await upsertStickyComment(gh, 7, 'atis', 'ours');
    assert.equal(comments.find((c) => c.id === 90)!.body, `Deploy status\n> ${marker('atis')}\n> old report`);
    assert.deepEqual(
      comments.filter((c) => c.body.startsWith(marker('atis'))).map((c) => c.body),
      [`${marker('atis')}\nours`],
    );
    // A model named 'promotion' has a comment of its own, untouched by another model's report.
    await upsertStickyComment(gh, 7, 'promotion', 'the promotion model');
    await upsertStickyComment(gh, 7, 'atis', 'ours again');
    assert.ok(comments.some((c) => c.body === `${marker('promotion')}\nthe promotion model`));
  });

  it('keeps one comment per model, and the oldest when a race left two', async () => {
    const { gh, comments } = fakeGithub('deploy-bot');
    comments.push(
      { id: 100, body: `${marker('atis')}\nold`, author: 'deploy-bot', url: 'a' },
      { id: 101, body: `${marker('atis')}\nraced`, author: 'deploy-bot', url: 'b' },
      { id: 102, body: `${marker('other')}\nx`, author: 'deploy-bot', url: 'c' },
      { id: 103, body: `${marker('atis')} quoted`, author: 'dana', url: 'd' },
    );
    await upsertStickyComment(gh, 7, 'atis', 'new');
    assert.deepEqual(
      comments.map((c) => [c.id, c.body.split('\n').pop()]),
      [
        [100, 'new'],
        [102, 'x'],
        [103, `${marker('atis')} quoted`],
      ],
    );
  });
});

describe('the promotion line on a merged PR', () => {
  it('sits on its own lines under the marker and replaces an earlier one', async () => {
    const { annotateStickyComment } = await import('../../src/report/sticky.js');
    let body = `${marker('atis')}\n## ✅ results`;
    const gh = {
      login: async () => undefined,
      comments: async () => [{ id: 1, body, author: 'github-actions[bot]', url: 'u' }],
      updateComment: async (_id: number, b: string) => ({
        id: 1,
        body: (body = b),
        author: 'github-actions[bot]',
        url: 'u',
      }),
    } as unknown as GitHub;
    await annotateStickyComment(gh, 7, 'atis', '🚀 promoted as version 1');
    await annotateStickyComment(gh, 7, 'atis', '🚀 promoted as version 2');
    assert.equal(
      body,
      `${marker('atis')}\n<!-- bedrock-model-ci/promotion -->\n> 🚀 promoted as version 2\n\n## ✅ results`,
    );
  });
});

describe('what a pull request changed in the data, read as a stream', () => {
  it('holds a small entry per record, not the text, and still finds relabeled long answers', async () => {
    const { parseStream } = await import('../../src/report/diff.js');
    const { Readable } = await import('node:stream');
    const record = (prompt: string, answer: string) =>
      JSON.stringify({
        messages: [
          { role: 'user', content: [{ text: prompt }] },
          { role: 'assistant', content: [{ text: answer }] },
        ],
      });
    const long = 'p'.repeat(100_000);
    const answer = 'a'.repeat(50_000);
    const base = await parseStream(Readable.from([`${record(long, answer)}\n${record('short', 'x')}\n`]));
    const head = await parseStream(
      Readable.from([`${record(long, `${answer}b`)}\n${record('short', 'x')}\n${record('new one', 'y')}\n`]),
    );
    for (const entry of [...base.byPrompt.values(), ...head.byPrompt.values()]) {
      assert.ok(
        entry.prompt.length <= 121 && entry.answer.length <= 121 && entry.answerKey.length <= 64,
        'previews only',
      );
    }
    const changes = compareVersions('training', 'train.jsonl', base, head);
    assert.deepEqual([changes.added, changes.removed, changes.relabeled], [1, 0, 1]);
  });
});

describe('the base version of a dataset', () => {
  it('is streamed from git when the commit is there, and asked of GitHub when it is not', async () => {
    const { baseReader } = await import('../../src/report/diff.js');
    const { execFileSync } = await import('node:child_process');
    const { ROOT } = await import('../helpers/io.js');
    const head = execFileSync('git', ['-C', ROOT, 'rev-parse', 'HEAD'], { encoding: 'utf8' }).trim();
    const asked: string[] = [];
    const read = baseReader(ROOT, async (p) => {
      asked.push(p);
      return '{"messages":[{"role":"user","content":[{"text":"hi"}]},{"role":"assistant","content":[{"text":"x"}]}]}\n';
    });
    const fromGit = await read('examples/atis-intents/train.jsonl', head);
    assert.equal(fromGit.source, 'git');
    assert.equal(fromGit.parsed!.records, 2000);
    const fromGithub = await read('examples/atis-intents/train.jsonl', 'f'.repeat(40));
    assert.equal(fromGithub.source, 'github');
    assert.equal(fromGithub.parsed!.records, 1);
    assert.deepEqual(asked, ['examples/atis-intents/train.jsonl']);
  });
});
