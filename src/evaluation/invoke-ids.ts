// Which identifier to send to Converse for a foundation model in this Region. Some models are
// invoked only through cross-Region inference profiles (AWS's Nova 2 pages use `us.`/`global.`
// ids); whether the bare id works in-Region is not something to assume. So the id is resolved at
// run time: the bare id when GetFoundationModel says ON_DEMAND, else the system-defined profile of
// this Region's geography that routes to the model here, else `global.` (docs/aws-assumptions.md).
import { UserError, awsFailure } from '../errors.js';
import type { Io } from '../io/io.js';
import type { FoundationModels, InferenceProfile } from '../aws/foundation-models.js';
import type { PointSettings, EvaluationSettings } from '../settings.js';

const PREFIX = /^(us|us-gov|eu|apac|jp|au|ca|global)\./;

/** The geography prefixes of this Region's system-defined profiles, most specific first. */
export function geographiesOf(region: string): string[] {
  if (region.startsWith('us-gov-')) return ['us-gov'];
  if (region.startsWith('us-')) return ['us'];
  if (region.startsWith('eu-')) return ['eu'];
  if (region.startsWith('ca-')) return ['ca', 'us'];
  if (region === 'ap-northeast-1' || region === 'ap-northeast-3') return ['jp', 'apac'];
  if (region === 'ap-southeast-2' || region === 'ap-southeast-4') return ['au', 'apac'];
  if (region.startsWith('ap-')) return ['apac'];
  return [];
}

export interface Resolved {
  readonly id: string;
  /** why this id, for the log */
  readonly why: string;
}

/** The id to invoke `modelId` with in `region`. An id that already names a profile of this Region's geography is kept. */
export async function resolveInvokeId(
  modelId: string,
  region: string,
  models: Pick<FoundationModels, 'inferenceTypes' | 'inferenceProfiles'>,
): Promise<Resolved> {
  if (modelId.startsWith('arn:')) return { id: modelId, why: 'an ARN, as given' };
  const prefix = PREFIX.exec(modelId)?.[1];
  const bare = modelId.replace(PREFIX, '');
  const geographies = geographiesOf(region);
  if (prefix && (prefix === 'global' || geographies.includes(prefix)))
    return { id: modelId, why: `an inference profile of this Region's geography, as given` };
  const types = await models.inferenceTypes(bare);
  if (!prefix && types.includes('ON_DEMAND')) return { id: bare, why: `on demand in ${region}` };
  const profiles: InferenceProfile[] = await models.inferenceProfiles();
  const here = `:${region}::foundation-model/${bare}`;
  for (const candidate of [...geographies.map((g) => `${g}.${bare}`), `global.${bare}`]) {
    const profile = profiles.find((p) => p.id === candidate);
    if (profile && profile.modelArns.some((a) => a.endsWith(here)))
      return {
        id: candidate,
        why: `${types.includes('ON_DEMAND') ? '' : `${bare} has no on-demand invocation in ${region}: `}inference profile ${candidate}`,
      };
  }
  if (types.includes('ON_DEMAND')) return { id: bare, why: `on demand in ${region} (no profile of ${prefix}. here)` };
  throw new UserError(
    `${modelId} cannot be invoked in ${region}: it has no on-demand invocation here (GetFoundationModel: ${types.join(', ') || 'none'}) and no system inference profile of this Region (${[...geographies, 'global'].map((g) => `${g}.`).join(', ')}) routes to it. Choose another aws-region, or name an inference profile that includes ${region} in the input.`,
  );
}

/** Memo per client set: one run resolves each id once. */
const memo = new WeakMap<object, Map<string, Promise<Resolved>>>();

/**
 * The settings with the base model's and the judge's invoke ids resolved for the Region (an
 * explicit 'base-model-inference-id' is left as given), each choice logged once.
 */
export async function withInvokeIds<S extends PointSettings & EvaluationSettings>(
  settings: S,
  region: string,
  models: Pick<FoundationModels, 'inferenceTypes' | 'inferenceProfiles'>,
  io: Io,
  key: object = models,
): Promise<S> {
  const cache = memo.get(key) ?? new Map<string, Promise<Resolved>>();
  memo.set(key, cache);
  const resolve = (id: string, what: string, input: string) => {
    let p = cache.get(id);
    if (!p) {
      p = resolveInvokeId(id, region, models).then(
        (r) => {
          if (r.id !== id) io.info(`The ${what} is invoked as ${r.id} (${r.why}); set '${input}' to choose.`);
          return r;
        },
        (error: unknown) => {
          if (error instanceof UserError) throw error;
          throw awsFailure(
            `Could not find how to invoke ${id} in ${region}`,
            error,
            `Check that the role may bedrock:GetFoundationModel and bedrock:ListInferenceProfiles, or set '${input}' to the id to invoke.`,
          );
        },
      );
      cache.set(id, p);
    }
    return p;
  };
  const explicitBase = settings.baseModelInferenceId !== settings.baseModel.inferenceId;
  const base = explicitBase
    ? settings.baseModelInferenceId
    : (await resolve(settings.baseModelInferenceId, 'base model', 'base-model-inference-id')).id;
  const judge =
    settings.scorer === 'judge' ? (await resolve(settings.judgeModel, 'judge', 'judge-model')).id : settings.judgeModel;
  return base === settings.baseModelInferenceId && judge === settings.judgeModel
    ? settings
    : { ...settings, baseModelInferenceId: base, judgeModel: judge };
}
