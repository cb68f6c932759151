// A sweep's datasets against each of its base models: record limits and modalities differ per model.
import type {
  RunSettings,
  AccessSettings,
  DataSettings,
  PointSettings,
  TrainingSettings,
  EvaluationSettings,
} from '../settings.js';
import { type ValidationReport, validateDatasets } from '../dataset/validate.js';
import { UserError } from '../errors.js';
import { type Io } from '../io/io.js';
import { gridOf, pointSettings } from './grid.js';

/**
 * The datasets against every base model of the grid beyond the first (validated already):
 * record limits and modalities differ per model. Problems the first validation reported are not
 * repeated.
 */
export async function validateForEveryModel(
  settings: RunSettings & AccessSettings & DataSettings & PointSettings & TrainingSettings & EvaluationSettings,
  first: ValidationReport,
  io: Io,
): Promise<void> {
  const seen = new Set(first.problems.map((p) => `${p.rule}\u0000${p.file}\u0000${p.line}`));
  const models = [...new Map(gridOf(settings).map((p) => [p.baseModel.id, p])).values()].slice(1);
  let errors = 0;
  for (const point of models) {
    const report = await validateDatasets(pointSettings(settings, point));
    for (const p of report.problems) {
      if (p.severity !== 'error' || seen.has(`${p.rule}\u0000${p.file}\u0000${p.line}`)) continue;
      errors += 1;
      io.error(`${p.message} (for ${point.baseModel.label}, a base model of the sweep) [${p.rule}]`, {
        file: p.file,
        line: p.line,
      });
    }
  }
  if (errors)
    throw new UserError(
      `Dataset validation failed for ${errors === 1 ? 'a base model' : 'base models'} of the sweep: ${errors} error(s), annotated on their files. Fix the data, or drop that model from 'base-model'. Nothing was uploaded and no job was started.`,
    );
}
