import { mdCode } from './escape.js';
import { RULES } from '../rules.js';
import type { FileSummary, ValidationReport } from '../dataset/validate.js';

const fmt = (n: number) => n.toLocaleString('en-US');

function bytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 ** 2) return `${(n / 1024).toFixed(1)} KiB`;
  if (n < 1024 ** 3) return `${(n / 1024 ** 2).toFixed(1)} MiB`;
  return `${(n / 1024 ** 3).toFixed(2)} GiB`;
}

function labelTable(training: FileSummary, test?: FileSummary, top = 25): string[] {
  const train = training.labels!;
  const total = training.records || 1;
  const testLabels = test?.labels;
  const testTotal = test?.records || 1;
  const rows = Object.entries(train).slice(0, top);
  const lines = [
    `| label | training | share |${testLabels ? ' test | share |' : ''}`,
    `|---|---:|---:|${testLabels ? '---:|---:|' : ''}`,
  ];
  for (const [label, count] of rows) {
    const t = testLabels?.[label] ?? 0;
    lines.push(
      `| ${mdCode(label)} | ${fmt(count)} | ${((100 * count) / total).toFixed(1)} % |${testLabels ? ` ${fmt(t)} | ${((100 * t) / testTotal).toFixed(1)} % |` : ''}`,
    );
  }
  const rest = Object.keys(train).length - rows.length;
  if (rest > 0) lines.push(`| … ${rest} more | | |${testLabels ? ' | |' : ''}`);
  return lines;
}

/** The job summary of a validation: files, label balance and problems by rule. */
export function validationSummary(report: ValidationReport): string {
  const out: string[] = [];
  const verdict = report.ok
    ? `✅ **Datasets valid** — ${fmt(report.records)} training records${report.warnings ? `, ${report.warnings} warning(s)` : ''}`
    : `❌ **Datasets invalid** — ${report.errors} error(s), ${report.warnings} warning(s). Nothing was uploaded and no job was started.`;
  out.push('## Bedrock Model CI — dataset validation', '', verdict, '');
  out.push(
    '| file | role | records | tokens (est.) | largest record | size | system prompts |',
    '|---|---|---:|---:|---:|---:|---:|',
  );
  for (const f of report.files) {
    out.push(
      `| ${mdCode(f.name, 120)} | ${f.role} | ${fmt(f.records)} | ${fmt(f.tokens)} | ${fmt(f.maxRecordTokens)} | ${bytes(f.bytes)} | ${f.systemPrompts} |`,
    );
  }
  out.push('', `Dataset hash: \`${report.datasetHash}\``, '');
  const training = report.files.find((f) => f.role === 'training');
  if (training?.labels) {
    out.push(
      `### Label balance (${Object.keys(training.labels).length} labels)`,
      '',
      ...labelTable(
        training,
        report.files.find((f) => f.role === 'test'),
      ),
      '',
    );
  }
  if (report.tallies.length > 0) {
    out.push('### Problems by rule', '', '| rule | severity | count | first at | what |', '|---|---|---:|---|---|');
    const sorted = [...report.tallies].sort((a, b) =>
      a.severity === b.severity ? b.count - a.count : a.severity === 'error' ? -1 : 1,
    );
    for (const t of sorted) {
      const at = `${t.first.file}${t.first.line ? `:${t.first.line}` : ''}`;
      out.push(`| \`${t.rule}\` | ${t.severity} | ${fmt(t.count)} | ${mdCode(at, 120)} | ${RULES[t.rule].title} |`);
    }
    out.push('');
  }
  return out.join('\n');
}
