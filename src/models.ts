// What each customizable base model accepts. Sources: the Bedrock and Nova user guides and AWS's
// own sample validator (amazon-nova-samples nova_ft_dataset_validator.py), as of 2026.

export type CustomizationType = 'sft' | 'rft' | 'distillation';
export const CUSTOMIZATION_TYPES: readonly CustomizationType[] = ['sft', 'rft', 'distillation'];
export type Modality = 'image' | 'video' | 'document';

export interface RecordBounds {
  readonly min: number;
  readonly max: number;
  /** true when training and validation records count together against the bounds */
  readonly includesValidation: boolean;
}

export interface BaseModel {
  readonly id: string;
  readonly label: string;
  readonly generation: 1 | 2;
  /** the on-demand id used to invoke the untuned model */
  readonly inferenceId: string;
  readonly contextTokens: number;
  readonly modalities: readonly Modality[];
  readonly imageFormats: readonly string[];
  readonly videoFormats: readonly string[];
  readonly customization: Partial<Record<CustomizationType, RecordBounds>>;
  readonly acceptsValidationSet: boolean;
  /**
   * Regions where AWS documents on-demand deployment (CreateCustomModelDeployment) of a model
   * customized from this one: "Deploy a custom model for on-demand inference", Bedrock user guide
   * (us-east-1 and us-west-2, Nova Micro, Lite and Pro). Elsewhere evaluation still tries it and
   * falls back to Provisioned Throughput when AWS refuses.
   */
  readonly onDemandDeployment: readonly string[];
  readonly reasoning: boolean;
  readonly tools: boolean;
}

const NOVA1_IMAGE = ['png', 'jpeg', 'gif', 'webp'];
const NOVA1_VIDEO = ['mov', 'mkv', 'mp4', 'webm'];
const nova1Sft: RecordBounds = { min: 8, max: 20_000, includesValidation: true };
const distillation: RecordBounds = { min: 100, max: 15_000, includesValidation: true };

export const BASE_MODELS: readonly BaseModel[] = [
  {
    id: 'amazon.nova-micro-v1:0:128k',
    label: 'Nova Micro',
    generation: 1,
    inferenceId: 'amazon.nova-micro-v1:0',
    contextTokens: 128_000,
    modalities: [],
    imageFormats: [],
    videoFormats: [],
    customization: { sft: nova1Sft, distillation },
    acceptsValidationSet: true,
    onDemandDeployment: ['us-east-1', 'us-west-2'],
    reasoning: false,
    tools: false,
  },
  {
    id: 'amazon.nova-lite-v1:0:300k',
    label: 'Nova Lite',
    generation: 1,
    inferenceId: 'amazon.nova-lite-v1:0',
    contextTokens: 300_000,
    modalities: ['image', 'video', 'document'],
    imageFormats: NOVA1_IMAGE,
    videoFormats: NOVA1_VIDEO,
    customization: { sft: nova1Sft, distillation },
    acceptsValidationSet: true,
    onDemandDeployment: ['us-east-1', 'us-west-2'],
    reasoning: false,
    tools: false,
  },
  {
    id: 'amazon.nova-pro-v1:0:300k',
    label: 'Nova Pro',
    generation: 1,
    inferenceId: 'amazon.nova-pro-v1:0',
    contextTokens: 300_000,
    modalities: ['image', 'video', 'document'],
    imageFormats: NOVA1_IMAGE,
    videoFormats: NOVA1_VIDEO,
    customization: { sft: nova1Sft, distillation },
    acceptsValidationSet: true,
    onDemandDeployment: ['us-east-1', 'us-west-2'],
    reasoning: false,
    tools: false,
  },
  {
    id: 'amazon.nova-2-lite-v1:0:256k',
    label: 'Nova 2 Lite',
    generation: 2,
    inferenceId: 'amazon.nova-2-lite-v1:0',
    contextTokens: 256_000,
    modalities: ['image', 'video', 'document'],
    imageFormats: ['png', 'jpeg', 'gif'],
    videoFormats: ['mov', 'mkv', 'mp4'],
    customization: {
      sft: { min: 200, max: 20_000, includesValidation: false },
      rft: { min: 100, max: 20_000, includesValidation: false },
    },
    acceptsValidationSet: false,
    // not listed on that page as of 2026-12
    onDemandDeployment: [],
    reasoning: true,
    tools: true,
  },
];

/** Distillation teachers (inference ids, with or without a cross-region prefix) → allowed students. */
export const DISTILLATION_TEACHERS: Readonly<Record<string, readonly string[]>> = {
  'amazon.nova-premier-v1:0': [
    'amazon.nova-micro-v1:0:128k',
    'amazon.nova-lite-v1:0:300k',
    'amazon.nova-pro-v1:0:300k',
  ],
  'amazon.nova-pro-v1:0': ['amazon.nova-micro-v1:0:128k', 'amazon.nova-lite-v1:0:300k'],
};

export interface Teacher {
  /** the teacher's model id without profile prefix or context suffix: the key of DISTILLATION_TEACHERS */
  readonly modelId: string;
  /** what Bedrock is sent as teacherModelIdentifier: an id, profile or ARN it can invoke */
  readonly identifier: string;
  readonly students: readonly string[];
}

// arn:aws:bedrock:us-east-1::foundation-model/<id> or …:<account>:inference-profile/<profile id>
const TEACHER_ARN = /^(arn:aws[a-z-]*:bedrock:[a-z0-9-]+:\d{0,12}:(?:foundation-model|inference-profile)\/)(.+)$/;
// The customization table spells context windows as a suffix (':1000k'); the invocable id has none.
const CONTEXT_SUFFIX = /:\d+k$/;

/**
 * A distillation teacher as users write it: the customization table's id
 * (`amazon.nova-premier-v1:0:1000k`), the model id, a cross-region profile (`us.…`) or either as
 * an ARN. Undefined when it is none of the teachers.
 */
export function resolveTeacher(value: string): Teacher | undefined {
  const arn = TEACHER_ARN.exec(value);
  const resource = (arn ? arn[2]! : value).replace(CONTEXT_SUFFIX, '');
  const modelId = stripRegionPrefix(resource);
  const students = DISTILLATION_TEACHERS[modelId];
  if (!students) return undefined;
  return { modelId, identifier: arn ? `${arn[1]}${resource}` : resource, students };
}

export function findBaseModel(id: string): BaseModel | undefined {
  return BASE_MODELS.find((m) => m.id === id);
}

/** `us.amazon.nova-pro-v1:0` → `amazon.nova-pro-v1:0` (cross-region inference profiles). */
export function stripRegionPrefix(modelId: string): string {
  return modelId.replace(/^(?:us|eu|apac|jp|au|ca|us-gov|global)\./, '');
}

export function supportedTypes(model: BaseModel): CustomizationType[] {
  return CUSTOMIZATION_TYPES.filter((t) => model.customization[t] !== undefined);
}
