// The steps `run`, `evaluate` and `promote` share, on one Pipeline value, over the run's grid: a
// plain run is the grid of one point, a sweep has more, and every step below handles both.
import type { Deps, Pipeline } from '../deps.js';
import type { Io } from '../io/io.js';
import type { Settings } from '../settings.js';
import { type ValidationReport } from '../dataset/validate.js';
import { withSession } from '../services.js';

/** Reaches AWS once (the origin checks run there), runs `fn` on the pipeline, and closes the clients. */
export function withPipeline<T>(
  settings: Settings,
  validation: ValidationReport,
  deps: Deps,
  io: Io,
  fn: (p: Pipeline) => Promise<T>,
): Promise<T> {
  return withSession(settings, deps, io, (session) => fn({ ...session, validation }));
}
