// `npm run preview -- <report.json> [out-dir]`: renders a results file as GitHub renders the PR
// comment (GFM tables and <details>, Mermaid charts) to an HTML page, to look at as a reviewer would.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { Marked } from 'marked';
import { renderReport } from '../src/report/markdown.js';
import type { Report } from '../src/report/model.js';

const require = createRequire(import.meta.url);
const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const CSS = `body{font-family:-apple-system,BlinkMacSystemFont,"Segoe UI",Helvetica,Arial,sans-serif;max-width:1012px;margin:24px auto;padding:0 16px;color:#1f2328;font-size:14px;line-height:1.5}
table{border-collapse:collapse;margin:12px 0;display:block;overflow:auto}th,td{border:1px solid #d1d9e0;padding:6px 13px}tr:nth-child(2n){background:#f6f8fa}
code{background:#eff1f3;border-radius:6px;padding:.2em .4em;font-size:85%}pre.mermaid{background:none}h2{border-bottom:1px solid #d1d9e0;padding-bottom:.3em}
blockquote{color:#59636e;border-left:.25em solid #d1d9e0;margin:0;padding:0 1em}details{margin:8px 0}summary{cursor:pointer}`;

/** Writes index.html (and the Mermaid library beside it) for a report; returns the page's path. */
export function renderPreview(report: Report, outDir: string): string {
  mkdirSync(outDir, { recursive: true });
  const marked = new Marked({ gfm: true });
  marked.use({
    renderer: {
      code({ text, lang }) {
        return lang === 'mermaid' ? `<pre class="mermaid">${escapeHtml(text)}</pre>\n` : false;
      },
    },
  });
  const body = marked.parse(renderReport(report, { forComment: true })) as string;
  copyFileSync(require.resolve('mermaid/dist/mermaid.min.js'), path.join(outDir, 'mermaid.min.js'));
  const page = `<!doctype html><html><head><meta charset="utf-8"><title>${escapeHtml(report.modelName)} — Bedrock Model CI report</title><style>${CSS}</style></head>
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
      'usage: npm run preview -- <report.json> [out-dir]\n(the report-path output of a run, or .demo/report.json after npm run demo)\n',
    );
    process.exit(2);
  }
  const file = renderPreview(JSON.parse(readFileSync(input, 'utf8')) as Report, out);
  process.stdout.write(`wrote ${file}: open it in a browser\n`);
}
