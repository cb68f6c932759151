// The grid of a run: a list in `hyperparameters` or in `base-model` makes a sweep, their cartesian
// product; a plain run is the grid of one point. Every point is a job of its own, checked before
// anything is uploaded; `max-jobs` caps the grid.
import { UserError } from '../errors.js';
import type { BaseModel, CustomizationType } from '../models.js';
import type { Grid, GridPoint, Hyperparameters, PointSettings, Scalar, TrainingSettings } from '../settings.js';
import { checkHyperparameters } from './hyperparameters.js';

/** "2 base models × 3 epochCount values" */
function gridShape(models: readonly BaseModel[], lists: ReadonlyArray<[string, readonly Scalar[]]>): string {
  return [
    ...(models.length > 1 ? [`${models.length} base models`] : []),
    ...lists.map(([k, v]) => `${v.length} ${k} values`),
  ].join(' × ');
}

/**
 * The grid of these base models and hyperparameters (a key whose value is a list varies). Each
 * point's hyperparameters are checked for its base model.
 */
export function expandGrid(
  models: readonly BaseModel[],
  raw: Readonly<Record<string, Scalar | readonly Scalar[]>>,
  type: CustomizationType,
  maxJobs: number,
): Grid {
  const lists = Object.entries(raw).filter((e): e is [string, readonly Scalar[]] => Array.isArray(e[1]));
  const size = models.length * lists.reduce((n, [, v]) => n * v.length, 1);
  if (size > maxJobs)
    throw new UserError(
      `The sweep is a grid of ${size} points (${gridShape(models, lists)}), more than 'max-jobs' ${maxJobs}: each point is a paid training job. Shorten the lists, or raise 'max-jobs' if you mean to train ${size} models.`,
    );
  let combos: Array<Record<string, Scalar>> = [{}];
  for (const [key, value] of Object.entries(raw)) {
    const values = Array.isArray(value) ? (value as readonly Scalar[]) : [value as Scalar];
    combos = combos.flatMap((c) => values.map((v) => ({ ...c, [key]: v })));
  }
  const points: GridPoint[] = [];
  for (const model of models)
    for (const combo of combos) {
      const varying: Record<string, string> = {};
      if (models.length > 1) varying['base-model'] = model.id;
      for (const [k] of lists) varying[k] = String(combo[k]);
      let hyperparameters: Hyperparameters;
      try {
        hyperparameters = checkHyperparameters(combo, model, type);
      } catch (error) {
        if (size === 1 || !(error instanceof UserError)) throw error;
        throw new UserError(
          `${error.message} (in the sweep's point ${Object.entries(varying)
            .map(([k, v]) => `${k}=${v}`)
            .join(', ')})`,
        );
      }
      points.push({
        id: `p${points.length + 1}`,
        baseModel: model,
        baseModelInferenceId: model.inferenceId,
        hyperparameters,
        varying,
      });
    }
  return { points, varies: [...(models.length > 1 ? ['base-model'] : []), ...lists.map(([k]) => k)] };
}

/** The points a run trains: the sweep's, or the one point of a plain run. */
export function gridOf(settings: PointSettings & Pick<TrainingSettings, 'sweep'>): readonly GridPoint[] {
  return (
    settings.sweep?.points ?? [
      {
        id: 'p1',
        baseModel: settings.baseModel,
        baseModelInferenceId: settings.baseModelInferenceId,
        hyperparameters: settings.hyperparameters,
        varying: {},
      },
    ]
  );
}

/** The run's base models, each once, in grid order. */
export function baseModelsOf(settings: PointSettings & Pick<TrainingSettings, 'sweep'>): BaseModel[] {
  return [...new Map(gridOf(settings).map((p) => [p.baseModel.id, p.baseModel])).values()];
}

/** The settings of one point: the run's, with this point's base model and hyperparameters (its PointSettings) changed. */
export function pointSettings<S extends PointSettings>(settings: S, point: GridPoint): S {
  return {
    ...settings,
    baseModel: point.baseModel,
    baseModelInferenceId: point.baseModelInferenceId,
    hyperparameters: point.hyperparameters,
  };
}

/** A point as a reviewer reads it: what varies, e.g. "nova-micro, epochCount=2". */
export function pointLabel(point: GridPoint): string {
  return Object.entries(point.varying)
    .map(([k, v]) => (k === 'base-model' ? point.baseModel.label : `${k}=${v}`))
    .join(', ');
}
