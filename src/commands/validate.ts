import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../errors.js';
import type { Io } from '../io/io.js';
import type { Settings } from '../settings.js';
import { validationSummary } from '../report/validation.js';
import { validateDatasets, type ValidationReport } from '../dataset/validate.js';
import { loadRubric } from '../evaluation/judge.js';

/**
 * Validates the datasets, annotates every problem on its file and line, writes the summary,
 * outputs and a JSON report, and throws when there is any error, so nothing after it runs.
 */
export async function validate(settings: Settings, io: Io): Promise<ValidationReport> {
  const report = await io.group('Validate datasets', async () => {
    const r = await validateDatasets(settings);
    for (const p of r.problems) {
      const message = `${p.message} [${p.rule}]`;
      const at = { file: p.file, line: p.line };
      if (p.severity === 'error') io.error(message, at);
      else io.warning(message, at);
    }
    for (const o of r.omitted) {
      io.info(
        `${o.omitted} more ${o.severity}(s) of rule ${o.rule} not shown; the summary and the JSON report count them all.`,
      );
    }
    for (const f of r.files) {
      io.info(`${f.name}: ${f.records} records, ~${f.tokens} tokens, sha256 ${f.sha256}`);
    }
    return r;
  });

  io.setOutput('records', report.records);
  io.setOutput('dataset-hash', report.datasetHash);
  await mkdir(io.tempDir, { recursive: true });
  const reportPath = path.join(io.tempDir, 'validation-report.json');
  await writeFile(reportPath, `${JSON.stringify(report, null, 2)}\n`);
  io.setOutput('report-path', reportPath);
  await io.summary(validationSummary(report));

  if (!report.ok) {
    const rules = [
      ...new Set(report.tallies.filter((t) => t.severity === 'error').map((t) => `${t.rule} ×${t.count}`)),
    ];
    throw new UserError(
      `Dataset validation failed: ${report.errors} error(s) (${rules.join(', ')}). Each is annotated on its file and line; fix them and push again. Nothing was uploaded and no job was started.`,
    );
  }
  io.info(`Datasets valid: ${report.records} training records, ${report.warnings} warning(s).`);
  // The judge's rubric is an input file like the datasets: a bad one stops the run before any upload.
  if (settings.scorer === 'judge') await loadRubric(settings, io);
  return report;
}
