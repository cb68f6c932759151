// Hyperparameter names and ranges per customization type. A range is checked only where AWS
// documents one (the Bedrock user guide's Nova customization hyperparameter tables); where it
// documents none, any positive whole number goes through and Bedrock judges it, rather than a
// limit we made up refusing what AWS accepts (docs/aws-assumptions.md). SFT values go to the
// service as strings, RFT values as numbers; both are checked here, before any upload.
import { UserError } from '../errors.js';
import type { BaseModel, CustomizationType } from '../models.js';
import type { Hyperparameters } from '../settings.js';

export type { Hyperparameters };

interface Spec {
  readonly kind: 'integer' | 'number' | 'choice';
  readonly min?: number;
  readonly max?: number;
  readonly choices?: readonly string[];
  readonly default?: string;
}

const SFT: Record<string, Spec> = {
  epochCount: { kind: 'integer', min: 1, max: 5, default: '2' },
  learningRate: { kind: 'number', min: 1e-6, max: 1e-4, default: '0.00001' },
  learningRateWarmupSteps: { kind: 'integer', min: 0, max: 100, default: '10' },
  // passed by AWS's own Nova Micro fine-tuning sample; no documented range
  batchSize: { kind: 'integer', min: 1 },
};

const RFT: Record<string, Spec> = {
  epochCount: { kind: 'integer', min: 1, max: 50 },
  batchSize: { kind: 'integer', min: 16, max: 512 },
  learningRate: { kind: 'number', min: 1e-7, max: 1e-3 },
  trainingSamplePerPrompt: { kind: 'integer', min: 2, max: 16 },
  evalInterval: { kind: 'integer', min: 1, max: 100 },
  // no documented upper bound: the model's context is the service's to enforce
  maxPromptLength: { kind: 'integer', min: 1 },
  inferenceMaxTokens: { kind: 'integer', min: 1 },
  reasoningEffort: { kind: 'choice', choices: ['low', 'medium', 'high'] },
};

// Distillation takes no training hyperparameters; the teacher's response length is its one knob.
const DISTILLATION: Record<string, Spec> = {
  maxResponseLengthForInference: { kind: 'integer', min: 1 },
};

const SPECS: Record<CustomizationType, Record<string, Spec>> = { sft: SFT, rft: RFT, distillation: DISTILLATION };

/** Names articles use for Nova that Bedrock knows by another name. */
const ALIASES: Record<string, string> = { learningRateMultiplier: 'learningRate', epochs: 'epochCount' };

/** Checks names and ranges for the base model and customization type; every error names the input. */
export function checkHyperparameters(
  raw: Readonly<Record<string, string | number | boolean>>,
  model: BaseModel,
  type: CustomizationType,
): Hyperparameters {
  const specs = SPECS[type];
  const values: Record<string, string | number> = {};
  const notices: string[] = [];
  for (const [given, value] of Object.entries(raw)) {
    let name = given;
    if (!(name in specs) && ALIASES[name] && ALIASES[name]! in specs) {
      name = ALIASES[name]!;
      notices.push(`Hyperparameter '${given}' is read as '${name}', the name Bedrock uses for ${model.label}.`);
    }
    const spec = specs[name];
    if (!spec) {
      const valid = Object.keys(specs);
      throw new UserError(
        `Input 'hyperparameters': '${given}' is not a ${type} hyperparameter for ${model.label}. ` +
          (valid.length ? `Valid names: ${valid.join(', ')}.` : `It takes none; remove 'hyperparameters'.`),
      );
    }
    if (name in values)
      throw new UserError(`Input 'hyperparameters' sets '${name}' twice (once as '${given}'). Keep one.`);
    if (spec.kind === 'choice') {
      if (!spec.choices!.includes(String(value)))
        throw new UserError(
          `Input 'hyperparameters': '${name}' is '${value}'. Expected one of: ${spec.choices!.join(', ')}.`,
        );
      values[name] = String(value);
      continue;
    }
    const n = typeof value === 'number' ? value : Number(String(value).trim());
    const kind = spec.kind === 'integer' ? 'a whole number' : 'a number';
    if (
      typeof value === 'boolean' ||
      !Number.isFinite(n) ||
      (spec.kind === 'integer' && !Number.isInteger(n)) ||
      n < spec.min! ||
      (spec.max !== undefined && n > spec.max)
    ) {
      const range = spec.max === undefined ? `of at least ${spec.min}` : `from ${spec.min} to ${spec.max}`;
      throw new UserError(
        `Input 'hyperparameters': '${name}' is '${value}'. ${model.label} ${type} takes ${kind} ${range}${spec.default ? ` (default ${spec.default})` : ''}.`,
      );
    }
    values[name] = type === 'sft' ? String(n) : n;
  }
  return { values, notices };
}
