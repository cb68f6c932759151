// `npm run preview -- <report.json> [out-dir]`: renders a results file as GitHub renders the PR
// comment (GFM tables and <details>, Mermaid charts) to an HTML page, to look at as a reviewer would.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { Marked } from 'marked';
import { renderReport } from '../src/report/markdown.js';
import type { Report } from '../src/report/model.js';
import { validationSummary } from '../src/report/validation.js';
import type { ValidationReport } from '../src/dataset/validate.js';

const require = createRequire(import.meta.url);
const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const CSS = `body{font-family:-apple-system,BlinkMacSystemFont,"Segoe UI",Helvetica,Arial,sans-serif;max-width:1012px;margin:24px auto;padding:0 16px;color:#1f2328;font-size:14px;line-height:1.5}
table{border-collapse:collapse;margin:12px 0;display:block;overflow:auto}th,td{border:1px solid #d1d9e0;padding:6px 13px}tr:nth-child(2n){background:#f6f8fa}
code{background:#eff1f3;border-radius:6px;padding:.2em .4em;font-size:85%}pre.mermaid{background:none}h2{border-bottom:1px solid #d1d9e0;padding-bottom:.3em}
blockquote{color:#59636e;border-left:.25em solid #d1d9e0;margin:0;padding:0 1em}details{margin:8px 0}summary{cursor:pointer}`;

/** What a results file renders to: the PR comment, the validation summary, or markdown as it is. */
export function markdownOf(file: string): { title: string; markdown: string } {
  const text = readFileSync(file, 'utf8');
  if (/\.(md|markdown)$/i.test(file)) return { title: path.basename(file), markdown: text };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new PreviewError(`${file} is neither markdown (.md) nor JSON.`);
  }
  const o = (json ?? {}) as Record<string, unknown>;
  if (o.schema === 1 && typeof o.state === 'string' && typeof o.modelName === 'string') {
    const report = json as Report;
    return { title: report.modelName, markdown: renderReport(report, { forComment: true }) };
  }
  if (Array.isArray(o.files) && Array.isArray(o.problems) && Array.isArray(o.tallies)) {
    return { title: 'dataset validation', markdown: validationSummary(json as ValidationReport) };
  }
  throw new PreviewError(
    `${file} is not a report this preview knows: give the report-path of run or evaluate (the PR comment), of validate (validation-report.json), or a markdown file such as a job summary.`,
  );
}

export class PreviewError extends Error {}

/** Writes index.html (and the Mermaid library beside it) for a report or markdown; returns the page's path. */
export function renderPreview(input: Report | { title: string; markdown: string }, outDir: string): string {
  const { title, markdown } =
    'markdown' in input ? input : { title: input.modelName, markdown: renderReport(input, { forComment: true }) };
  mkdirSync(outDir, { recursive: true });
  const marked = new Marked({ gfm: true });
  marked.use({
    renderer: {
      code({ text, lang }) {
        return lang === 'mermaid' ? `<pre class="mermaid">${escapeHtml(text)}</pre>\n` : false;
      },
    },
  });
  const body = marked.parse(markdown) as string;
  copyFileSync(require.resolve('mermaid/dist/mermaid.min.js'), path.join(outDir, 'mermaid.min.js'));
  const page = `<!doctype html><html><head><meta charset="utf-8"><title>${escapeHtml(title)} — Bedrock Model CI report</title><style>${CSS}</style></head>
<body>${body}
<script src="mermaid.min.js"></script>
<script>mermaid.initialize({ startOnLoad: false, theme: 'default' }); mermaid.run({ querySelector: 'pre.mermaid' }).then(() => document.body.setAttribute('data-rendered', 'yes'), (e) => document.body.setAttribute('data-rendered', 'error: ' + e));</script>
</body></html>`;
  const file = path.join(outDir, 'index.html');
  writeFileSync(file, page);
  return file;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [input, out = path.join(process.cwd(), '.demo', 'preview')] = process.argv.slice(2);
  if (!input) {
    process.stderr.write(
      'usage: npm run preview -- <report.json | validation-report.json | summary.md> [out-dir]\n(the report-path output of a run, evaluate or validate, a job summary, or the files npm run demo writes to .demo/)\n',
    );
    process.exit(2);
  }
  try {
    const file = renderPreview(markdownOf(input), out);
    process.stdout.write(`wrote ${file}: open it in a browser\n`);
  } catch (error) {
    if (!(error instanceof PreviewError) && (error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    process.stderr.write(`preview: ${(error as Error).message}\n`);
    process.exit(2);
  }
}
