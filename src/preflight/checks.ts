// `doctor`'s checks: each reads the account (never writes), and says pass, warn, fail or skip —
// skip when it could not look (a permission the role lacks, an input not set), never a pass it
// did not earn. Each failure carries its fix.
import { messageOf, UserError } from '../errors.js';
import { maskAccount } from '../lib/format.js';
import type { Io } from '../io/io.js';
import type {
  RunSettings,
  AccessSettings,
  DataSettings,
  PointSettings,
  TrainingSettings,
  PriceSettings,
  EvaluationSettings,
} from '../settings.js';
import { isAccessDenied, type Account, type Decision, type Identity } from '../aws/account.js';
import type { FoundationModels } from '../aws/foundation-models.js';
import type { PriceList } from '../aws/pricing.js';
import type { S3Store } from '../aws/s3-store.js';
import type { BaseModel } from '../models.js';
import { resolveInvokeId } from '../evaluation/invoke-ids.js';
import { TYPES } from '../training/launch.js';
import { baseModelsOf } from '../training/grid.js';
import type { Need } from './permissions.js';
import { DAY_MS, date, denied, result, type CheckResult } from './result.js';

export interface DoctorContext {
  readonly settings: RunSettings &
    AccessSettings &
    DataSettings &
    PointSettings &
    TrainingSettings &
    PriceSettings &
    EvaluationSettings;
  readonly region: string;
  readonly account: Account;
  readonly models: FoundationModels;
  readonly store: S3Store;
  readonly priceList: PriceList;
  /** training (+ validation, where they count together) records, when `training-data` was given and valid */
  readonly records?: number;
  readonly now: number;
  readonly io: Io;
}

/** Who the credentials are: everything else is checked as this principal. */
export async function checkIdentity(c: DoctorContext): Promise<{ result: CheckResult; identity?: Identity }> {
  try {
    const identity = await c.account.identity();
    // the account id is masked in the log from here on, and never written out (logs are public on a public repository)
    if (identity.account) c.io.setSecret(identity.account);
    return { result: result('Credentials', 'pass', maskAccount(identity.arn)), identity };
  } catch (error) {
    return {
      result: result(
        'Credentials',
        'fail',
        `sts:GetCallerIdentity failed: ${messageOf(error)}`,
        "Check 'role-to-assume' and its trust policy (the stack's TrainingRole trusts this repository's pull requests), and the workflow's `permissions: id-token: write`.",
      ),
    };
  }
}

/** Each base model of the run: offered here, customizable this way, not at its end of life. */
export async function checkBaseModels(c: DoctorContext): Promise<CheckResult[]> {
  const models = baseModelsOf(c.settings);
  const out: CheckResult[] = [];
  for (const model of models) {
    const check = `Base model ${model.label}`;
    try {
      const d = await c.models.details(model.id);
      const wanted = TYPES[c.settings.customizationType];
      if (!d.customizations.includes(wanted)) {
        out.push(
          result(
            check,
            'fail',
            `${model.id} in ${c.region} supports ${d.customizations.join(', ') || 'no customization'}, not ${wanted} (customization-type: ${c.settings.customizationType})`,
            `Choose a Region where ${model.label} supports ${wanted} (the README's model table), or another 'customization-type'.`,
          ),
        );
        continue;
      }
      out.push(lifecycleResult(check, model.id, d.lifecycle, c.now, `${wanted} offered in ${c.region}`));
    } catch (error) {
      out.push(
        isAccessDenied(error)
          ? denied(check, 'bedrock:GetFoundationModel', `that ${model.label} is offered here`)
          : result(
              check,
              'fail',
              `${model.id} is not offered in ${c.region}: ${messageOf(error)}`,
              `Set 'aws-region' to a Region with ${model.label} customization (the README's model table).`,
            ),
      );
    }
    out.push(onDemandResult(model, c.region));
  }
  return out;
}

function lifecycleResult(
  check: string,
  id: string,
  l: { status: string; endOfLife?: Date },
  now: number,
  ok: string,
): CheckResult {
  if (l.status !== 'LEGACY') return result(check, 'pass', `${ok}; ${l.status.toLowerCase()}`);
  if (!l.endOfLife) return result(check, 'warn', `${ok}; Legacy (no end-of-life date)`, `Plan to move off ${id}.`);
  const days = Math.floor((l.endOfLife.getTime() - now) / DAY_MS);
  return days < 0
    ? result(
        check,
        'fail',
        `${id} reached its end of life on ${date(l.endOfLife)}`,
        'Choose an active model: custom models stop working at their base model’s end of life.',
      )
    : result(
        check,
        'warn',
        `${ok}; Legacy, end of life ${date(l.endOfLife)} (${days} days)`,
        'Custom models stop working at their base model’s end of life: plan to retrain on its successor.',
      );
}

function onDemandResult(model: BaseModel, region: string): CheckResult {
  const check = `Serving a custom ${model.label}`;
  return model.onDemandDeployment.includes(region)
    ? result(check, 'pass', `on-demand deployment is documented for ${region}`)
    : result(
        check,
        'warn',
        `on-demand deployment of a custom ${model.label} is not documented for ${region}${model.onDemandDeployment.length ? ` (documented: ${model.onDemandDeployment.join(', ')})` : ''}`,
        'Evaluation tries a deployment and, if AWS refuses it, uses Provisioned Throughput without commitment, billed by the hour while it evaluates (then deleted).',
      );
}

/** The id the action will send for each model it invokes in this Region. */
export async function checkInvokeIds(c: DoctorContext): Promise<CheckResult[]> {
  const s = c.settings;
  const wanted: Array<[string, string, string]> = [['base model', s.baseModelInferenceId, 'base-model-inference-id']];
  if (s.scorer === 'judge') wanted.push(['judge', s.judgeModel, 'judge-model']);
  if (s.teacherModel) wanted.push(['teacher', s.teacherModel, 'teacher-model']);
  const out: CheckResult[] = [];
  for (const [what, id, input] of wanted) {
    const check = `Invoking the ${what}`;
    try {
      const r = await resolveInvokeId(id, c.region, c.models);
      // The teacher is not invoked by the action but by the job, with the identifier as given.
      if (what === 'teacher' && r.id !== id)
        out.push(
          result(
            check,
            'warn',
            `the job is sent ${id} as given; in ${c.region} it is invoked as ${r.id} (${r.why})`,
            `Set 'teacher-model' to ${r.id} if the job refuses ${id}.`,
          ),
        );
      else out.push(result(check, 'pass', r.id === id ? `${id} (${r.why})` : `${id} is invoked as ${r.id} (${r.why})`));
    } catch (error) {
      out.push(
        error instanceof UserError
          ? result(
              check,
              'fail',
              error.message,
              `Set '${input}' to an id or inference profile invocable in ${c.region}.`,
            )
          : isAccessDenied(error)
            ? denied(check, 'bedrock:GetFoundationModel and bedrock:ListInferenceProfiles', `how ${id} is invoked`)
            : result(check, 'fail', `${id}: ${messageOf(error)}`, `Check that ${id} is available in ${c.region}.`),
      );
    }
  }
  return out;
}

/** The bucket: there, ours (or the expected owner's), in the Region, versioned, encrypted. */
export async function checkBucket(c: DoctorContext, identity: Identity | undefined): Promise<CheckResult[]> {
  const s3 = c.settings.s3!;
  const where = `s3://${s3.bucket}${s3.prefix ? `/${s3.prefix}` : ''}`;
  try {
    await c.store.probe(undefined);
  } catch (error) {
    const name = (error as { name?: string }).name;
    return [
      name === 'NoSuchBucket'
        ? result(
            'Bucket',
            'fail',
            `${s3.bucket} does not exist`,
            "Deploy the stack (infra/bedrock-model-ci.yaml) and use its BucketName output in 's3-uri'.",
          )
        : isAccessDenied(error)
          ? result(
              'Bucket',
              'fail',
              `the role may not list ${where}/ (s3:ListBucket): ${messageOf(error)}`,
              "Check 's3-uri' against the stack's outputs: the roles may list only under its prefix.",
            )
          : result('Bucket', 'fail', `${where}: ${messageOf(error)}`, "Check 's3-uri'."),
    ];
  }
  const out: CheckResult[] = [result('Bucket', 'pass', `${where}/ exists and the role may list it`)];
  const owner = c.settings.expectedBucketOwner ?? identity?.account;
  if (!owner) out.push(result('Bucket owner', 'skip', 'not checked: no account to compare with'));
  else
    try {
      await c.store.probe(owner);
      out.push(result('Bucket owner', 'pass', `${s3.bucket} belongs to ${owner}`));
    } catch (error) {
      out.push(
        result(
          'Bucket owner',
          c.settings.expectedBucketOwner ? 'fail' : 'warn',
          `${s3.bucket} does not belong to account ${owner}${c.settings.expectedBucketOwner ? " ('expected-bucket-owner')" : " (this role's)"}: ${messageOf(error)}`,
          c.settings.expectedBucketOwner
            ? "Fix 'expected-bucket-owner' or 's3-uri': every call is refused otherwise."
            : "If the bucket is another account's on purpose, set 'expected-bucket-owner' to it; else fix 's3-uri'.",
        ),
      );
    }
  const facts: Array<[string, string, string, () => Promise<CheckResult>]> = [
    [
      'Bucket Region',
      's3:GetBucketLocation',
      'the Region',
      async () => {
        const region = await c.store.region();
        return region === c.region
          ? result('Bucket Region', 'pass', region)
          : result(
              'Bucket Region',
              'warn',
              `${s3.bucket} is in ${region}, the jobs run in ${c.region}`,
              "Use a bucket in 'aws-region' (the stack creates one): cross-Region reads are slower and billed, and Bedrock's service role must reach it.",
            );
      },
    ],
    [
      'Bucket versioning',
      's3:GetBucketVersioning',
      'versioning',
      async () => {
        const status = await c.store.versioning();
        return status === 'Enabled'
          ? result('Bucket versioning', 'pass', 'enabled')
          : result(
              'Bucket versioning',
              'warn',
              status === 'Suspended' ? 'suspended' : 'not enabled',
              "Enable versioning: 'promote' proves from an object's versions that a dataset was not replaced after upload.",
            );
      },
    ],
    [
      'Bucket encryption',
      's3:GetEncryptionConfiguration',
      'default encryption',
      async () => {
        const e = await c.store.defaultEncryption();
        const kms = c.settings.kmsKeyId;
        if (!e)
          return result('Bucket encryption', 'warn', 'no default encryption reported', 'Turn on SSE-S3 or SSE-KMS.');
        const detail = `${e.algorithm}${e.kmsKey ? ` with ${e.kmsKey}` : ''}`;
        return kms && e.kmsKey && !e.kmsKey.endsWith(kms) && !kms.endsWith(e.kmsKey)
          ? result(
              'Bucket encryption',
              'warn',
              `${detail}; 'kms-key-id' names ${kms}`,
              'Uploads use kms-key-id; the roles need kms:GenerateDataKey and kms:Decrypt on both keys.',
            )
          : result('Bucket encryption', 'pass', detail);
      },
    ],
  ];
  for (const [check, action, what, run] of facts) {
    try {
      out.push(await run());
    } catch (error) {
      out.push(isAccessDenied(error) ? denied(check, action, what) : result(check, 'fail', messageOf(error)));
    }
  }
  return out;
}

/** The Bedrock service role: exists, and trusts Bedrock. */
export async function checkServiceRole(c: DoctorContext, identity: Identity | undefined): Promise<CheckResult> {
  const check = 'Bedrock service role';
  const arn = c.settings.bedrockRoleArn;
  if (!arn)
    return result(
      check,
      'skip',
      "'bedrock-role-arn' is not set",
      "`run` needs it: the stack's BedrockServiceRoleArn output.",
    );
  const name = arn.slice(arn.lastIndexOf('/') + 1);
  try {
    const role = await c.account.role(name);
    if (!role)
      return result(
        check,
        'fail',
        `${arn} does not exist`,
        "Deploy the stack and use its BedrockServiceRoleArn output in 'bedrock-role-arn'.",
      );
    if (role.arn && role.arn !== arn)
      return result(check, 'fail', `the role named ${name} is ${role.arn}, not ${arn}`, "Fix 'bedrock-role-arn'.");
    if (!trustsBedrock(role.trust))
      return result(
        check,
        'fail',
        `${arn} does not let bedrock.amazonaws.com assume it`,
        'Its trust policy needs Allow sts:AssumeRole for the service principal bedrock.amazonaws.com (docs/iam.md, bedrock-service-trust).',
      );
    const other = identity && !arn.includes(`::${identity.account}:`);
    return result(
      check,
      other ? 'warn' : 'pass',
      `${arn} exists and trusts Bedrock${other ? ', in another account than the caller' : ''}`,
    );
  } catch (error) {
    return isAccessDenied(error)
      ? denied(check, 'iam:GetRole', 'the service role')
      : result(check, 'fail', messageOf(error));
  }
}

/** Whether a trust policy allows bedrock.amazonaws.com to sts:AssumeRole. */
export function trustsBedrock(trust: unknown): boolean {
  const statements = [(trust as { Statement?: unknown })?.Statement ?? []].flat() as Array<{
    Effect?: string;
    Principal?: { Service?: string | string[] };
    Action?: string | string[];
  }>;
  return statements.some(
    (s) =>
      s.Effect === 'Allow' &&
      [s.Principal?.Service ?? []].flat().includes('bedrock.amazonaws.com') &&
      [s.Action ?? []].flat().some((a) => a === 'sts:AssumeRole' || a === 'sts:*' || a === '*'),
  );
}

/** What the role's policies decide for each request the commands make (SimulatePrincipalPolicy). */
export async function checkPermissions(
  c: DoctorContext,
  label: string,
  principal: string,
  needs: readonly Need[],
): Promise<CheckResult> {
  const check = `Permissions of ${label}`;
  let decisions: Decision[];
  try {
    decisions = await c.account.simulate(principal, needs);
  } catch (error) {
    return isAccessDenied(error)
      ? denied(check, 'iam:SimulatePrincipalPolicy', `what ${principal} may do`)
      : result(check, 'skip', `not checked: ${messageOf(error)}`, 'Check the role against docs/iam.md by hand.');
  }
  const refused = needs.filter((_, i) => decisions[i] !== 'allowed');
  if (!refused.length) return result(check, 'pass', `${principal}: all ${needs.length} requests allowed`);
  const lines = refused.map((n) => {
    const i = needs.indexOf(n);
    return `${n.action} on ${n.resource} (${n.why}): ${decisions[i] === 'explicitDeny' ? 'explicitly denied' : 'not allowed'}`;
  });
  return result(
    check,
    'fail',
    `${principal}: ${refused.length} of ${needs.length} requests refused — ${lines.slice(0, 8).join('; ')}${lines.length > 8 ? `; and ${lines.length - 8} more` : ''}`,
    'Give the role the policy in docs/iam.md (the stack creates it), with this bucket, prefix and Region.',
  );
}
