// Models AWS has put in its Legacy state still work until their end of life, then stop: a
// pipeline built on one breaks on a date. Before launching (and before judging), the base model,
// the teacher and the judge are looked up, and a Legacy one is named in the log and the comment.
import { UserError, messageOf } from '../errors.js';
import type { Io } from '../io/io.js';
import type { AccessSettings, PointSettings, TrainingSettings, EvaluationSettings } from '../settings.js';
import type { FoundationModels } from '../aws/foundation-models.js';

export interface LifecycleWarning {
  readonly role: 'base model' | 'teacher' | 'judge';
  readonly modelId: string;
  readonly status: string;
  readonly endOfLife?: string;
  readonly message: string;
}

/** The foundation model behind an id, a cross-region profile or a customization-table id. */
export const foundationModelId = (id: string) =>
  id
    .replace(/^arn:[^/]*\//, '')
    .replace(/^(?:us|eu|apac|jp|au|ca|global|us-gov)\./, '')
    .replace(/(:\d+)(:\d+[km])$/, '$1');

/** The models this run will use, each looked up once; warnings for Legacy ones, an error for one Bedrock does not know. */
export async function checkLifecycle(
  settings: AccessSettings & PointSettings & TrainingSettings & EvaluationSettings,
  models: FoundationModels,
  now: Date,
  io: Io,
  roles: ReadonlyArray<LifecycleWarning['role']> = ['base model', 'teacher', 'judge'],
): Promise<LifecycleWarning[]> {
  const wanted: Array<[LifecycleWarning['role'], string, string]> = [];
  if (roles.includes('base model')) wanted.push(['base model', settings.baseModelInferenceId, "'base-model'"]);
  if (roles.includes('teacher') && settings.teacherModel)
    wanted.push(['teacher', settings.teacherModel, "'teacher-model'"]);
  if (roles.includes('judge') && settings.scorer === 'judge')
    wanted.push(['judge', settings.judgeModel, "'judge-model'"]);
  const warnings: LifecycleWarning[] = [];
  for (const [role, id, input] of wanted) {
    const modelId = foundationModelId(id);
    let lifecycle;
    try {
      lifecycle = await models.lifecycle(modelId);
    } catch (error) {
      const name = (error as { name?: string }).name;
      if (name === 'ResourceNotFoundException' || name === 'ValidationException')
        throw new UserError(
          `The ${role} ${modelId} (${input}) is not a foundation model Bedrock offers in ${settings.awsRegion}: ${messageOf(error)}. It may have reached its end of life; choose a current model.`,
        );
      io.warning(
        `Could not look up the ${role} ${modelId} (bedrock:GetFoundationModel: ${name ?? 'Error'}: ${messageOf(error)}); its lifecycle is not checked.`,
      );
      continue;
    }
    if (lifecycle.status !== 'LEGACY') continue;
    const eol = lifecycle.endOfLife?.toISOString().slice(0, 10);
    const passed = lifecycle.endOfLife && lifecycle.endOfLife.getTime() <= now.getTime();
    const message = `The ${role} ${modelId} (${input}) is in AWS's Legacy state${eol ? `; its end of life ${passed ? 'was' : 'is'} ${eol}` : ''}. ${passed ? 'Bedrock may refuse it at any time' : 'It stops working then'}: move to a current model.`;
    io.warning(message);
    warnings.push({ role, modelId, status: lifecycle.status, endOfLife: eol, message });
  }
  return warnings;
}
