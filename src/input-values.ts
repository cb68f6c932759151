// Each input's value parsed and checked on its own, with an error that names the input and what it takes:
// the parsers inputs.ts builds the settings from.
import { parse as parseYaml } from 'yaml';
import { UserError } from './errors.js';
import { printable } from './io/printable.js';
import { type Command, type InputName } from './interface.js';
import {
  BASE_MODELS,
  DISTILLATION_TEACHERS,
  findBaseModel,
  resolveTeacher,
  supportedTypes,
  type BaseModel,
} from './models.js';
import { RULES, UNSKIPPABLE_RULES, type RuleId } from './rules.js';
import { PRICE_FIELDS, familyOf } from './pricing/prices.js';
import {
  type PriceField,
  type PriceOverrides,
  type S3Location,
  type Scalar,
  type TrainingSettings,
} from './settings.js';

/** Reads one input's raw value ('' when unset). */

/**
 * An input's bad value, for a message: quoted when it is short and printable, else described by
 * its length. Inputs come from the workflow file, which a pull request can change, and a value
 * pasted into the wrong input may be a secret.
 */
export function described(value: string): string {
  return value.length <= 80 && printable(value) === value ? `'${value}'` : `a ${value.length}-character value`;
}

/** A Bedrock model id or inference profile (bare, regional or an ARN): what Converse accepts. */
export function parseJudgeModel(value: string): string {
  if (
    !/^(?:arn:aws[a-z-]*:bedrock:[a-z0-9-]*:\d{0,12}:[a-z-]+\/[\w.:/-]+|[a-z0-9-]+(?:\.[\w-]+)+(?::[\w.-]+)*)$/.test(
      value,
    )
  ) {
    throw new UserError(
      `Input 'judge-model' is ${described(value)}. Expected a Bedrock model id or inference profile, e.g. 'us.amazon.nova-pro-v1:0'.`,
    );
  }
  return value;
}

/** actions/upload-artifact refuses these characters in a name; so does the footer that names it. */
export function parseArtifactName(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (value.length > 100 || /["\\:<>|*?/\r\n]/.test(value)) {
    throw new UserError(
      `Input 'report-artifact' is ${described(value)}. Expected the name given to actions/upload-artifact (no " : < > | * ? / \\ or newline), e.g. 'model-report'.`,
    );
  }
  return value;
}

export function parseTeacher(value: string | undefined): Pick<TrainingSettings, 'teacherModel' | 'teacherModelInput'> {
  if (value === undefined) return {};
  const teacher = resolveTeacher(value);
  if (!teacher) {
    throw new UserError(
      `Input 'teacher-model' is ${described(value)}, which is not a distillation teacher. ` +
        `Use one of: ${Object.keys(DISTILLATION_TEACHERS).join(', ')} (also as in the customization table, e.g. 'amazon.nova-premier-v1:0:1000k', as a cross-region profile such as 'us.amazon.nova-premier-v1:0', or as an ARN).`,
    );
  }
  return { teacherModel: teacher.identifier, teacherModelInput: teacher.identifier === value ? undefined : value };
}

export function parseModelName(value: string, command: Command): string {
  if (value === '') return '';
  // `monitor` may watch every model of the registry at once
  if (value === '*' && command === 'monitor') return value;
  // Every AWS name derived from it must accept it: the deployment name's pattern
  // ([0-9a-zA-Z][_-]?){1,63} (CreateCustomModelDeployment, Bedrock API reference) forbids '--' and
  // a leading or trailing '-'; job and custom model names take that too.
  if (!/^[a-z0-9](?:-?[a-z0-9]){0,39}$/.test(value)) {
    throw new UserError(
      `Input 'model-name' is ${described(value)}. Expected 1–40 characters of a-z, 0-9 and single '-' between them (no '--', no '-' at either end: Bedrock's deployment names refuse them), e.g. 'atis-intents'.`,
    );
  }
  return value;
}

/** One base model, or a YAML list of them (a sweep over model sizes). */
export function parseBaseModels(value: string): BaseModel[] {
  if (!/^\s*\[|^\s*-\s/.test(value)) return [parseBaseModel(value)];
  let parsed: unknown;
  try {
    parsed = parseYaml(value);
  } catch (error) {
    throw new UserError(
      `Input 'base-model' is not a valid YAML list: ${(error as Error).message.split('\n')[0]}. Expected one model id, or a list such as '[amazon.nova-micro-v1:0:128k, amazon.nova-lite-v1:0:300k]'.`,
    );
  }
  if (!Array.isArray(parsed) || parsed.length === 0 || parsed.some((m) => typeof m !== 'string'))
    throw new UserError(`Input 'base-model' must be one model id or a non-empty list of model ids.`);
  const models = (parsed as string[]).map(parseBaseModel);
  const ids = models.map((m) => m.id);
  const twice = ids.find((id, i) => ids.indexOf(id) !== i);
  if (twice) throw new UserError(`Input 'base-model' lists ${twice} twice. Each model is one column of the sweep.`);
  return models;
}

export function parseBaseModel(value: string): BaseModel {
  const model = findBaseModel(value);
  if (!model) {
    const teacherOnly = resolveTeacher(value) !== undefined;
    throw new UserError(
      `Input 'base-model' is ${described(value)}, which is not a customizable base model${teacherOnly ? ' (it can only be a distillation teacher)' : ''}. ` +
        `Supported: ${BASE_MODELS.map((m) => `${m.id} (${supportedTypes(m).join(', ')})`).join('; ')}.`,
    );
  }
  return model;
}

export function parseEnum<T extends string>(name: InputName, value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value)) {
    throw new UserError(`Input '${name}' is ${described(value)}. Expected one of: ${allowed.join(', ')}.`);
  }
  return value as T;
}

/** YAML 1.2 core booleans only: a typo such as 'ture' must not silently read as false. */
export function parseBoolean(name: InputName, value: string): boolean {
  if (['true', 'True', 'TRUE'].includes(value)) return true;
  if (['false', 'False', 'FALSE'].includes(value)) return false;
  throw new UserError(`Input '${name}' is ${described(value)}. Expected a boolean: true or false.`);
}

export interface Range {
  min: number;
  max: number;
  integer?: boolean;
}

export function parseNumber(name: InputName, value: string, range: Range): number {
  const n = value.trim() === '' ? NaN : Number(value);
  const kind = range.integer ? 'a whole number' : 'a number';
  if (!Number.isFinite(n) || (range.integer && !Number.isInteger(n)) || n < range.min || n > range.max) {
    throw new UserError(`Input '${name}' is ${described(value)}. Expected ${kind} from ${range.min} to ${range.max}.`);
  }
  return n;
}

export function optionalNumber(name: InputName, value: string, range: Range): number | undefined {
  return value === '' ? undefined : parseNumber(name, value, range);
}

export function parseHyperparameters(value: string): Record<string, Scalar | Scalar[]> {
  if (value === '') return {};
  let parsed: unknown;
  try {
    parsed = parseYaml(value);
  } catch (error) {
    throw new UserError(
      `Input 'hyperparameters' is not valid YAML or JSON: ${(error as Error).message.split('\n')[0]}. Expected a map such as 'epochCount: 3'.`,
    );
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new UserError(
      `Input 'hyperparameters' must be a map of names to values, e.g. '{"epochCount": 3, "learningRate": 0.00001}'.`,
    );
  }
  const out: Record<string, Scalar | Scalar[]> = {};
  const scalar = (v: unknown): v is Scalar => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';
  for (const [key, v] of Object.entries(parsed as Record<string, unknown>)) {
    // A list makes a sweep: one job per value (see docs/sweeps.md).
    if (Array.isArray(v) && v.length > 0 && v.every(scalar)) {
      if (new Set(v.map(String)).size !== v.length)
        throw new UserError(`Input 'hyperparameters': '${key}' lists a value twice.`);
      out[key] = v.length === 1 ? v[0]! : v;
      continue;
    }
    if (!scalar(v)) {
      throw new UserError(
        `Input 'hyperparameters': '${key}' must be a value (a number or a word) or a list of values for a sweep, not ${Array.isArray(v) ? 'an empty or nested list' : typeof v}.`,
      );
    }
    out[key] = v;
  }
  return out;
}

export function parseArn(name: InputName, value: string | undefined, service: 'iam' | 'lambda'): string | undefined {
  if (value === undefined) return undefined;
  const pattern =
    service === 'iam'
      ? /^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@/-]+$/
      : /^arn:aws[a-z-]*:lambda:[a-z0-9-]+:\d{12}:function:[\w-]+(?::[\w$-]+)?$/;
  if (!pattern.test(value)) {
    const example =
      service === 'iam' ? 'arn:aws:iam::123456789012:role/name' : 'arn:aws:lambda:us-east-1:123456789012:function:name';
    throw new UserError(`Input '${name}' is ${described(value)}. Expected an ARN like '${example}'.`);
  }
  return value;
}

export function parseS3Uri(value: string | undefined, name: InputName = 's3-uri'): S3Location | undefined {
  if (value === undefined) return undefined;
  const match = /^s3:\/\/([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])(?:\/(.*))?$/.exec(value);
  if (!match) {
    throw new UserError(
      `Input '${name}' is ${described(value)}. Expected 's3://bucket/prefix' with a valid bucket name (lower case, 3–63 characters).`,
    );
  }
  return { bucket: match[1]!, prefix: (match[2] ?? '').replace(/^\/+|\/+$/g, '') };
}

/** An AWS region name (it becomes part of endpoints and of S3 keys such as the price cache's). */
export function parseRegion(value: string | undefined): string | undefined {
  if (value !== undefined && !/^[a-z]{2}(?:-[a-z]+)+-\d{1,2}$/.test(value)) {
    throw new UserError(
      `Input 'aws-region' (or AWS_REGION) is ${described(value)}. Expected an AWS region such as 'us-east-1'.`,
    );
  }
  return value;
}

export function parseAccountId(value: string | undefined): string | undefined {
  if (value !== undefined && !/^\d{12}$/.test(value)) {
    throw new UserError(`Input 'expected-bucket-owner' is ${described(value)}. Expected a 12-digit AWS account id.`);
  }
  return value;
}

export function parseIgnoreRules(value: string): ReadonlySet<RuleId> {
  const ids = value.split(/[\s,]+/).filter(Boolean);
  for (const id of ids) {
    if (!(id in RULES)) {
      throw new UserError(
        `Input 'ignore-rules' names '${id}', which is not a rule. Rule ids are listed in docs/validation.md (e.g. prompt/test-drift, dup/training).`,
      );
    }
    if (UNSKIPPABLE_RULES.has(id as RuleId)) {
      throw new UserError(
        `Input 'ignore-rules' names '${id}', which cannot be skipped: credentials in training data are always an error. Remove the credential from the data.`,
      );
    }
  }
  return new Set(ids as RuleId[]);
}

/** Input `release-tags`: tag-name globs (GitHub's filter-pattern characters: `*`, `**`, `?`, `[…]`). */
/** `traffic-principals`: IAM principal ARNs (a role's covers its sessions), `*` allowed. */
export function parseTrafficPrincipals(value: string): readonly string[] {
  const entries = value
    .split(/[\n,]+/)
    .map((g) => g.trim())
    .filter(Boolean);
  for (const e of entries)
    if (!/^arn:[a-z-]+:(iam|sts)::(\d{12}|\*):[\w+=,.@/*-]+$/.test(e))
      throw new UserError(
        `Input 'traffic-principals' has '${printable(e)}', which is not a principal ARN: name the application's role, e.g. 'arn:aws:iam::123456789012:role/airline-app' (each of its sessions counts), or a principal ARN with '*'.`,
      );
  return entries;
}

export function parseReleaseTags(value: string): readonly string[] {
  const globs = value
    .split(/[\n,]+/)
    .map((g) => g.trim())
    .filter(Boolean);
  for (const g of globs) {
    if (g.startsWith('refs/') || g.startsWith('!'))
      throw new UserError(
        `Input 'release-tags' has '${printable(g)}': write tag-name globs without 'refs/tags/' and without negation, e.g. 'v*' or 'release-*'.`,
      );
  }
  return globs;
}

export const PRICE_INPUTS = new Map<string, PriceField>(
  Object.entries(PRICE_FIELDS).map(([field, spec]) => [spec.input as string, field as PriceField]),
);

/** Input `prices`: a YAML map of models (any spelling) to their prices, e.g. `nova-micro: { input-per-1k-tokens: 0.000035 }`. */
export function parsePrices(value: string): PriceOverrides {
  if (value === '') return {};
  const example = "e.g. 'amazon.nova-micro-v1:0:128k: { training-per-1k-tokens: 0.001, storage-per-month: 1.95 }'";
  let parsed: unknown;
  try {
    parsed = parseYaml(value);
  } catch (error) {
    throw new UserError(
      `Input 'prices' is not valid YAML: ${(error as Error).message.split('\n')[0]}. Expected a map of models to prices, ${example}.`,
    );
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed))
    throw new UserError(`Input 'prices' must be a map of models to prices, ${example}.`);
  const out: Record<string, Partial<Record<PriceField, number>>> = {};
  for (const [model, fields] of Object.entries(parsed as Record<string, unknown>)) {
    if (!familyOf(model)) throw new UserError(`Input 'prices': ${described(model)} is not a model. ${example}.`);
    if (fields === null || typeof fields !== 'object' || Array.isArray(fields))
      throw new UserError(`Input 'prices': the prices of '${model.slice(0, 80)}' must be a map, ${example}.`);
    const prices: Partial<Record<PriceField, number>> = {};
    for (const [name, usd] of Object.entries(fields as Record<string, unknown>)) {
      const field = PRICE_INPUTS.get(name);
      if (!field)
        throw new UserError(
          `Input 'prices': '${name.slice(0, 60)}' (under '${model.slice(0, 80)}') is not a price. Prices: ${[...PRICE_INPUTS.keys()].join(', ')}.`,
        );
      if (typeof usd !== 'number' || !Number.isFinite(usd) || usd < 0)
        throw new UserError(
          `Input 'prices': ${name} of '${model.slice(0, 80)}' must be a number of US dollars, 0 or more; it is ${described(String(usd))}.`,
        );
      prices[field] = usd;
    }
    out[model] = prices;
  }
  return out;
}
