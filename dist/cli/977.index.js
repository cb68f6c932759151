export const id = 977;
export const ids = [977];
export const modules = {

/***/ 8977:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  doctor: () => (/* binding */ doctor)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/dataset/validate.ts + 7 modules
var validate = __webpack_require__(2026);
// EXTERNAL MODULE: ./src/lib/format.ts
var format = __webpack_require__(432);
// EXTERNAL MODULE: ./src/aws/account.ts
var account = __webpack_require__(8826);
// EXTERNAL MODULE: ./src/evaluation/invoke-ids.ts
var invoke_ids = __webpack_require__(7211);
// EXTERNAL MODULE: ./src/training/launch.ts + 1 modules
var launch = __webpack_require__(6081);
// EXTERNAL MODULE: ./src/training/grid.ts + 1 modules
var grid = __webpack_require__(6318);
;// CONCATENATED MODULE: ./src/preflight/result.ts
// A check's result, and how the checks word theirs.
const DAY_MS = 86_400_000;
const result = (check, status, detail, fix) => ({
    check,
    status,
    detail,
    fix,
});
const denied = (check, action, what) => result(check, 'skip', `not checked: the role may not ${action}`, `Grant ${action} to check ${what} (the stack in infra/ does), or check it by hand.`);
const date = (d) => d.toISOString().slice(0, 10);

;// CONCATENATED MODULE: ./src/preflight/checks.ts
// `doctor`'s checks: each reads the account (never writes), and says pass, warn, fail or skip —
// skip when it could not look (a permission the role lacks, an input not set), never a pass it
// did not earn. Each failure carries its fix.







/** Who the credentials are: everything else is checked as this principal. */
async function checkIdentity(c) {
    try {
        const identity = await c.account.identity();
        // the account id is masked in the log from here on, and never written out (logs are public on a public repository)
        if (identity.account)
            c.io.setSecret(identity.account);
        return { result: result('Credentials', 'pass', (0,format/* maskAccount */.Ib)(identity.arn)), identity };
    }
    catch (error) {
        return {
            result: result('Credentials', 'fail', `sts:GetCallerIdentity failed: ${(0,errors/* messageOf */.bD)(error)}`, "Check 'role-to-assume' and its trust policy (the stack's TrainingRole trusts this repository's pull requests), and the workflow's `permissions: id-token: write`."),
        };
    }
}
/** Each base model of the run: offered here, customizable this way, not at its end of life. */
async function checkBaseModels(c) {
    const models = (0,grid/* baseModelsOf */.ZH)(c.settings);
    const out = [];
    for (const model of models) {
        const check = `Base model ${model.label}`;
        try {
            const d = await c.models.details(model.id);
            const wanted = launch/* TYPES */.QE[c.settings.customizationType];
            if (!d.customizations.includes(wanted)) {
                out.push(result(check, 'fail', `${model.id} in ${c.region} supports ${d.customizations.join(', ') || 'no customization'}, not ${wanted} (customization-type: ${c.settings.customizationType})`, `Choose a Region where ${model.label} supports ${wanted} (the README's model table), or another 'customization-type'.`));
                continue;
            }
            out.push(lifecycleResult(check, model.id, d.lifecycle, c.now, `${wanted} offered in ${c.region}`));
        }
        catch (error) {
            out.push((0,account/* isAccessDenied */.w7)(error)
                ? denied(check, 'bedrock:GetFoundationModel', `that ${model.label} is offered here`)
                : result(check, 'fail', `${model.id} is not offered in ${c.region}: ${(0,errors/* messageOf */.bD)(error)}`, `Set 'aws-region' to a Region with ${model.label} customization (the README's model table).`));
        }
        out.push(onDemandResult(model, c.region));
    }
    return out;
}
function lifecycleResult(check, id, l, now, ok) {
    if (l.status !== 'LEGACY')
        return result(check, 'pass', `${ok}; ${l.status.toLowerCase()}`);
    if (!l.endOfLife)
        return result(check, 'warn', `${ok}; Legacy (no end-of-life date)`, `Plan to move off ${id}.`);
    const days = Math.floor((l.endOfLife.getTime() - now) / DAY_MS);
    return days < 0
        ? result(check, 'fail', `${id} reached its end of life on ${date(l.endOfLife)}`, 'Choose an active model: custom models stop working at their base model’s end of life.')
        : result(check, 'warn', `${ok}; Legacy, end of life ${date(l.endOfLife)} (${days} days)`, 'Custom models stop working at their base model’s end of life: plan to retrain on its successor.');
}
function onDemandResult(model, region) {
    const check = `Serving a custom ${model.label}`;
    return model.onDemandDeployment.includes(region)
        ? result(check, 'pass', `on-demand deployment is documented for ${region}`)
        : result(check, 'warn', `on-demand deployment of a custom ${model.label} is not documented for ${region}${model.onDemandDeployment.length ? ` (documented: ${model.onDemandDeployment.join(', ')})` : ''}`, 'Evaluation tries a deployment and, if AWS refuses it, uses Provisioned Throughput without commitment, billed by the hour while it evaluates (then deleted).');
}
/** The id the action will send for each model it invokes in this Region. */
async function checkInvokeIds(c) {
    const s = c.settings;
    const wanted = [['base model', s.baseModelInferenceId, 'base-model-inference-id']];
    if (s.scorer === 'judge')
        wanted.push(['judge', s.judgeModel, 'judge-model']);
    if (s.teacherModel)
        wanted.push(['teacher', s.teacherModel, 'teacher-model']);
    const out = [];
    for (const [what, id, input] of wanted) {
        const check = `Invoking the ${what}`;
        try {
            const r = await (0,invoke_ids/* resolveInvokeId */._H)(id, c.region, c.models);
            // The teacher is not invoked by the action but by the job, with the identifier as given.
            if (what === 'teacher' && r.id !== id)
                out.push(result(check, 'warn', `the job is sent ${id} as given; in ${c.region} it is invoked as ${r.id} (${r.why})`, `Set 'teacher-model' to ${r.id} if the job refuses ${id}.`));
            else
                out.push(result(check, 'pass', r.id === id ? `${id} (${r.why})` : `${id} is invoked as ${r.id} (${r.why})`));
        }
        catch (error) {
            out.push(error instanceof errors/* UserError */.yo
                ? result(check, 'fail', error.message, `Set '${input}' to an id or inference profile invocable in ${c.region}.`)
                : (0,account/* isAccessDenied */.w7)(error)
                    ? denied(check, 'bedrock:GetFoundationModel and bedrock:ListInferenceProfiles', `how ${id} is invoked`)
                    : result(check, 'fail', `${id}: ${(0,errors/* messageOf */.bD)(error)}`, `Check that ${id} is available in ${c.region}.`));
        }
    }
    return out;
}
/** The bucket: there, ours (or the expected owner's), in the Region, versioned, encrypted. */
async function checkBucket(c, identity) {
    const s3 = c.settings.s3;
    const where = `s3://${s3.bucket}${s3.prefix ? `/${s3.prefix}` : ''}`;
    try {
        await c.store.probe(undefined);
    }
    catch (error) {
        const name = error.name;
        return [
            name === 'NoSuchBucket'
                ? result('Bucket', 'fail', `${s3.bucket} does not exist`, "Deploy the stack (infra/bedrock-model-ci.yaml) and use its BucketName output in 's3-uri'.")
                : (0,account/* isAccessDenied */.w7)(error)
                    ? result('Bucket', 'fail', `the role may not list ${where}/ (s3:ListBucket): ${(0,errors/* messageOf */.bD)(error)}`, "Check 's3-uri' against the stack's outputs: the roles may list only under its prefix.")
                    : result('Bucket', 'fail', `${where}: ${(0,errors/* messageOf */.bD)(error)}`, "Check 's3-uri'."),
        ];
    }
    const out = [result('Bucket', 'pass', `${where}/ exists and the role may list it`)];
    const owner = c.settings.expectedBucketOwner ?? identity?.account;
    if (!owner)
        out.push(result('Bucket owner', 'skip', 'not checked: no account to compare with'));
    else
        try {
            await c.store.probe(owner);
            out.push(result('Bucket owner', 'pass', `${s3.bucket} belongs to ${owner}`));
        }
        catch (error) {
            out.push(result('Bucket owner', c.settings.expectedBucketOwner ? 'fail' : 'warn', `${s3.bucket} does not belong to account ${owner}${c.settings.expectedBucketOwner ? " ('expected-bucket-owner')" : " (this role's)"}: ${(0,errors/* messageOf */.bD)(error)}`, c.settings.expectedBucketOwner
                ? "Fix 'expected-bucket-owner' or 's3-uri': every call is refused otherwise."
                : "If the bucket is another account's on purpose, set 'expected-bucket-owner' to it; else fix 's3-uri'."));
        }
    const facts = [
        [
            'Bucket Region',
            's3:GetBucketLocation',
            'the Region',
            async () => {
                const region = await c.store.region();
                return region === c.region
                    ? result('Bucket Region', 'pass', region)
                    : result('Bucket Region', 'warn', `${s3.bucket} is in ${region}, the jobs run in ${c.region}`, "Use a bucket in 'aws-region' (the stack creates one): cross-Region reads are slower and billed, and Bedrock's service role must reach it.");
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
                    : result('Bucket versioning', 'warn', status === 'Suspended' ? 'suspended' : 'not enabled', "Enable versioning: 'promote' proves from an object's versions that a dataset was not replaced after upload.");
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
                    ? result('Bucket encryption', 'warn', `${detail}; 'kms-key-id' names ${kms}`, 'Uploads use kms-key-id; the roles need kms:GenerateDataKey and kms:Decrypt on both keys.')
                    : result('Bucket encryption', 'pass', detail);
            },
        ],
    ];
    for (const [check, action, what, run] of facts) {
        try {
            out.push(await run());
        }
        catch (error) {
            out.push((0,account/* isAccessDenied */.w7)(error) ? denied(check, action, what) : result(check, 'fail', (0,errors/* messageOf */.bD)(error)));
        }
    }
    return out;
}
/** The Bedrock service role: exists, and trusts Bedrock. */
async function checkServiceRole(c, identity) {
    const check = 'Bedrock service role';
    const arn = c.settings.bedrockRoleArn;
    if (!arn)
        return result(check, 'skip', "'bedrock-role-arn' is not set", "`run` needs it: the stack's BedrockServiceRoleArn output.");
    const name = arn.slice(arn.lastIndexOf('/') + 1);
    try {
        const role = await c.account.role(name);
        if (!role)
            return result(check, 'fail', `${arn} does not exist`, "Deploy the stack and use its BedrockServiceRoleArn output in 'bedrock-role-arn'.");
        if (role.arn && role.arn !== arn)
            return result(check, 'fail', `the role named ${name} is ${role.arn}, not ${arn}`, "Fix 'bedrock-role-arn'.");
        if (!trustsBedrock(role.trust))
            return result(check, 'fail', `${arn} does not let bedrock.amazonaws.com assume it`, 'Its trust policy needs Allow sts:AssumeRole for the service principal bedrock.amazonaws.com (docs/iam.md, bedrock-service-trust).');
        const other = identity && !arn.includes(`::${identity.account}:`);
        return result(check, other ? 'warn' : 'pass', `${arn} exists and trusts Bedrock${other ? ', in another account than the caller' : ''}`);
    }
    catch (error) {
        return (0,account/* isAccessDenied */.w7)(error)
            ? denied(check, 'iam:GetRole', 'the service role')
            : result(check, 'fail', (0,errors/* messageOf */.bD)(error));
    }
}
/** Whether a trust policy allows bedrock.amazonaws.com to sts:AssumeRole. */
function trustsBedrock(trust) {
    const statements = [trust?.Statement ?? []].flat();
    return statements.some((s) => s.Effect === 'Allow' &&
        [s.Principal?.Service ?? []].flat().includes('bedrock.amazonaws.com') &&
        [s.Action ?? []].flat().some((a) => a === 'sts:AssumeRole' || a === 'sts:*' || a === '*'));
}
/** What the role's policies decide for each request the commands make (SimulatePrincipalPolicy). */
async function checkPermissions(c, label, principal, needs) {
    const check = `Permissions of ${label}`;
    let decisions;
    try {
        decisions = await c.account.simulate(principal, needs);
    }
    catch (error) {
        return (0,account/* isAccessDenied */.w7)(error)
            ? denied(check, 'iam:SimulatePrincipalPolicy', `what ${principal} may do`)
            : result(check, 'skip', `not checked: ${(0,errors/* messageOf */.bD)(error)}`, 'Check the role against docs/iam.md by hand.');
    }
    const refused = needs.filter((_, i) => decisions[i] !== 'allowed');
    if (!refused.length)
        return result(check, 'pass', `${principal}: all ${needs.length} requests allowed`);
    const lines = refused.map((n) => {
        const i = needs.indexOf(n);
        return `${n.action} on ${n.resource} (${n.why}): ${decisions[i] === 'explicitDeny' ? 'explicitly denied' : 'not allowed'}`;
    });
    return result(check, 'fail', `${principal}: ${refused.length} of ${needs.length} requests refused — ${lines.slice(0, 8).join('; ')}${lines.length > 8 ? `; and ${lines.length - 8} more` : ''}`, 'Give the role the policy in docs/iam.md (the stack creates it), with this bucket, prefix and Region.');
}

// EXTERNAL MODULE: ./src/pricing/prices.ts
var prices = __webpack_require__(5142);
;// CONCATENATED MODULE: ./src/preflight/quotas.ts
// doctor's checks of what the account may spend: the quotas a run needs and the prices it will pay.





/** The Bedrock quotas this run meets: records per job for this model, and concurrent jobs. */
async function checkQuotas(c, running) {
    let quotas;
    try {
        quotas = await c.account.quotas('bedrock');
    }
    catch (error) {
        return [
            (0,account/* isAccessDenied */.w7)(error)
                ? denied('Quotas', 'servicequotas:ListServiceQuotas', "the account's Bedrock quotas")
                : result('Quotas', 'skip', `not checked: ${(0,errors/* messageOf */.bD)(error)}`),
        ];
    }
    const out = [];
    const s = c.settings;
    const kind = { sft: /fine-?tuning/i, distillation: /distillation/i, rft: /reinforcement/i }[s.customizationType];
    for (const model of (0,grid/* baseModelsOf */.ZH)(s)) {
        const check = `Quota: records per job (${model.label})`;
        const q = recordsQuota(quotas, model.label, kind);
        if (!q) {
            out.push(result(check, 'skip', 'not checked: no records quota for this model and customization is listed'));
            continue;
        }
        if (c.records === undefined)
            out.push(result(check, 'pass', `${q.value.toLocaleString('en-US')} (${q.name}); no 'training-data' to compare`));
        else
            out.push(c.records <= q.value
                ? result(check, 'pass', `${c.records.toLocaleString('en-US')} records ≤ ${q.value.toLocaleString('en-US')} (${q.code})`)
                : result(check, 'fail', `${c.records.toLocaleString('en-US')} records > ${q.value.toLocaleString('en-US')} (${q.name}, ${q.code})`, q.adjustable
                    ? `Request an increase of ${q.code} in Service Quotas, or train on fewer records.`
                    : 'Train on fewer records.'));
    }
    const concurrent = quotas.find((q) => /customization jobs/i.test(q.name) && /concurrent|in progress/i.test(q.name));
    const points = (0,grid/* gridOf */.y_)(s).length;
    if (!concurrent)
        out.push(result('Quota: concurrent jobs', 'skip', 'not checked: no such quota is listed'));
    else {
        const busy = running ?? 0;
        out.push(busy + points <= concurrent.value
            ? result('Quota: concurrent jobs', 'pass', `${busy} running + ${points} for this run ≤ ${concurrent.value} (${concurrent.code})`)
            : result('Quota: concurrent jobs', 'warn', `${busy} running + ${points} for this run > ${concurrent.value} (${concurrent.name})`, `Jobs beyond the quota are refused: wait for running jobs, lower 'max-jobs', or request an increase of ${concurrent.code}.`));
    }
    return out;
}
/** "(Model customization) Sum of training and validation records for a Nova Micro v1 Fine-tuning job": matched by words, the names vary. */
function recordsQuota(quotas, label, kind) {
    const words = (text) => ` ${text
        .toLowerCase()
        .replace(/amazon|[^a-z0-9]+/g, ' ')
        .replace(/\s+/g, ' ')} `;
    const model = words(label);
    return quotas.find((q) => /records/i.test(q.name) && kind.test(q.name) && words(q.name).includes(model));
}
/** The Price List answers, and has a training price for each base model (or `prices` covers it). */
async function checkPrices(c) {
    const s = c.settings;
    const field = s.customizationType === 'rft' ? 'rftTraining' : 'training';
    const models = (0,grid/* baseModelsOf */.ZH)(s).map((m) => m.id);
    const book = await (0,prices/* lookupPrices */.XD)({
        region: c.region,
        models,
        overrides: s.prices,
        priceList: c.priceList,
        cacheScope: 'doctor',
        now: c.now,
        io: c.io,
    });
    return models.map((id) => {
        const check = `Training price (${id})`;
        const price = book.get(id, field);
        if (price)
            return result(check, 'pass', (0,prices/* describePrice */.zP)(price));
        const why = book.notes.length ? ` (${book.notes.join('; ')})` : '';
        return s.maxTrainingCost !== undefined
            ? result(check, 'fail', `no price${why}, so 'max-training-cost' refuses every run (it fails closed)`, "Grant pricing:GetProducts, or give the price in 'prices'.")
            : result(check, 'warn', `no price${why}: the comment will show no training cost`, "Grant pricing:GetProducts, or give the price in 'prices'.");
    });
}

// EXTERNAL MODULE: ./src/models.ts
var models = __webpack_require__(6293);
;// CONCATENATED MODULE: ./src/preflight/permissions.ts

const EVALUATION_TAGS = ['managed-by', 'model-name', 'purpose', 'workflow-run'];
const JOB_TAGS = ['managed-by', 'model-name', 'repository', 'pull-request', 'commit', 'dataset-hash', 'workflow-run'];
const PRODUCTION_TAGS = ['managed-by', 'model-name', 'stage'];
/** The requests `commands` make under one role, deduplicated. */
function needsOf(commands, settings, scope) {
    const partition = scope.partition ?? 'aws';
    const { region, account } = scope;
    const bucket = settings.s3?.bucket ?? '';
    const prefix = settings.s3?.prefix ?? '';
    const object = (path) => `arn:${partition}:s3:::${bucket}/${prefix ? `${prefix}/` : ''}${path}`;
    const bedrock = (kind, id) => `arn:${partition}:bedrock:${region}:${account}:${kind}/${id}`;
    const foundation = (id) => `arn:${partition}:bedrock:${region}::foundation-model/${id}`;
    const invocable = (id) => id.startsWith('arn:')
        ? id
        : (0,models/* stripRegionPrefix */.h4)(id) !== id
            ? bedrock('inference-profile', id)
            : foundation(id.replace(/:\d+k$/, ''));
    const name = settings.modelName || 'model';
    const customModel = bedrock('custom-model', `${name}-doctor`);
    const evalDeployment = bedrock('custom-model-deployment', `${name}-doctor-eval`);
    const production = bedrock('custom-model-deployment', `${name}-production`);
    const tagged = (keys, values) => ({
        'aws:TagKeys': keys,
        ...Object.fromEntries(Object.entries(values).map(([k, v]) => [`aws:RequestTag/${k}`, v])),
    });
    // the bucket-level requests, with the prefix condition the stack's policies put on them
    const bucketArn = `arn:${partition}:s3:::${bucket}`;
    const listPrefix = { 's3:prefix': `${prefix ? `${prefix}/` : ''}datasets/` };
    /** Reading Bedrock's invocation logs (invocation-logs), for `purpose`. */
    const logReads = (purpose) => {
        const logs = settings.invocationLogs;
        if (!logs)
            return [];
        const logPrefix = `${logs.prefix ? `${logs.prefix}/` : ''}AWSLogs/`;
        return [
            {
                action: 's3:ListBucket',
                resource: `arn:${partition}:s3:::${logs.bucket}`,
                context: { 's3:prefix': logPrefix },
                why: `list production's invocation logs (${purpose})`,
            },
            {
                action: 's3:GetObject',
                resource: `arn:${partition}:s3:::${logs.bucket}/${logPrefix}${account}/BedrockModelInvocationLogs/${region}/doctor.json.gz`,
                why: `read production's invocation logs (${purpose})`,
            },
        ];
    };
    const out = [];
    const add = (...needs) => out.push(...needs);
    const training = commands.includes('run');
    const release = commands.includes('promote') || commands.includes('rollback');
    const evaluates = commands.some((c) => c === 'run' || c === 'evaluate' || c === 'promote');
    const results = release ? 'results/release/doctor.json' : 'results/pr-1/doctor.json';
    add({ action: 's3:ListBucket', resource: bucketArn, context: listPrefix, why: 'list what is stored under s3-uri' });
    add({ action: 's3:GetObject', resource: object('registry/doctor.json'), why: 'read the model registry' });
    add({ action: 's3:GetObject', resource: object('datasets/doctor/train.jsonl'), why: 'read an uploaded dataset' });
    if (training) {
        add({
            action: 's3:PutObject',
            resource: object('datasets/doctor/train.jsonl'),
            context: { 's3:if-none-match': '*', 's3:ObjectCreationOperation': 'true' },
            why: 'upload a dataset (never replacing one)',
        }, {
            action: 's3:PutObject',
            resource: object('datasets/doctor/train.jsonl'),
            context: { 's3:ObjectCreationOperation': 'false' },
            why: 'upload the parts of a large dataset',
        }, {
            action: 'bedrock:CreateModelCustomizationJob',
            resource: foundation(settings.baseModel.id),
            context: tagged(JOB_TAGS, { 'managed-by': 'bedrock-model-ci' }),
            why: 'start the customization job',
        }, {
            action: 'bedrock:TagResource',
            resource: bedrock('model-customization-job', `${name}-doctor`),
            context: tagged(JOB_TAGS, { 'managed-by': 'bedrock-model-ci' }),
            why: 'tag the job and the custom model it creates',
        }, {
            action: 'bedrock:GetModelCustomizationJob',
            resource: bedrock('model-customization-job', `${name}-doctor`),
            why: 'follow the job',
        }, {
            action: 'bedrock:ListModelCustomizationJobs',
            resource: '*',
            why: 'find the job already trained from the same data',
        }, ...(settings.bedrockRoleArn
            ? [
                {
                    action: 'iam:PassRole',
                    resource: settings.bedrockRoleArn,
                    context: { 'iam:PassedToService': 'bedrock.amazonaws.com' },
                    why: 'hand the Bedrock service role to the job',
                },
            ]
            : []), ...(settings.stopOnCancel
            ? [
                {
                    action: 'bedrock:StopModelCustomizationJob',
                    resource: bedrock('model-customization-job', `${name}-doctor`),
                    why: 'stop the job when the workflow is cancelled (stop-on-cancel)',
                },
            ]
            : []));
    }
    if (evaluates) {
        add({ action: 's3:GetObject', resource: object(results), why: 'read cached evaluation results' }, {
            action: 's3:PutObject',
            resource: object(results),
            context: { 's3:ObjectCreationOperation': 'true' },
            why: 'store evaluation results',
        }, {
            action: 'bedrock:GetFoundationModel',
            resource: foundation(settings.baseModel.inferenceId),
            why: 'find how to invoke the base model',
        }, { action: 'bedrock:ListInferenceProfiles', resource: '*', why: "find this Region's inference profiles" }, {
            action: 'bedrock:InvokeModel',
            resource: invocable(settings.baseModelInferenceId),
            why: 'evaluate the base model',
        }, { action: 'bedrock:GetCustomModel', resource: customModel, why: 'read the candidate model' }, { action: 'bedrock:ListCustomModelDeployments', resource: '*', why: 'find a deployment of the model' }, { action: 'bedrock:GetCustomModelDeployment', resource: evalDeployment, why: 'wait for a deployment' }, {
            action: 'bedrock:ListTagsForResource',
            resource: evalDeployment,
            why: "tell this action's evaluation deployments apart",
        }, {
            action: 'bedrock:CreateCustomModelDeployment',
            resource: customModel,
            context: tagged(EVALUATION_TAGS, { purpose: 'evaluation', 'managed-by': 'bedrock-model-ci' }),
            why: 'deploy the candidate for evaluation',
        }, {
            action: 'bedrock:TagResource',
            resource: evalDeployment,
            context: tagged(EVALUATION_TAGS, { purpose: 'evaluation', 'managed-by': 'bedrock-model-ci' }),
            why: 'tag the evaluation deployment as it is created',
        }, {
            action: 'bedrock:DeleteCustomModelDeployment',
            resource: evalDeployment,
            context: { 'aws:ResourceTag/purpose': 'evaluation' },
            why: 'delete the evaluation deployment afterwards',
        }, {
            action: 'bedrock:InvokeModel',
            resource: evalDeployment,
            context: { 'aws:ResourceTag/purpose': 'evaluation' },
            why: 'evaluate the candidate',
        }, {
            action: 'bedrock:ListProvisionedModelThroughputs',
            resource: '*',
            why: "find this model's evaluation resources a lost runner left",
        });
        if (settings.scorer === 'judge')
            add({ action: 'bedrock:InvokeModel', resource: invocable(settings.judgeModel), why: 'ask the judge' });
        if (settings.scorer === 'grader' && settings.graderLambdaArn)
            add({
                action: 'lambda:InvokeFunction',
                resource: settings.graderLambdaArn,
                why: 'grade answers with the grader Lambda',
            });
    }
    if (release) {
        add({
            action: 'bedrock:ListModelCustomizationJobs',
            resource: '*',
            why: "find the job trained from the release's data",
        }, {
            action: 'bedrock:GetModelCustomizationJob',
            resource: bedrock('model-customization-job', `${name}-doctor`),
            why: 'check what the job was created with',
        }, {
            action: 's3:ListBucketVersions',
            resource: bucketArn,
            context: listPrefix,
            why: 'check that a dataset was not written again after upload',
        }, {
            action: 's3:GetObjectVersion',
            resource: object('datasets/doctor/train.jsonl'),
            why: 'read the dataset version the job trained on',
        }, {
            action: 's3:PutObject',
            resource: object('registry/doctor.json'),
            context: { 's3:ObjectCreationOperation': 'true' },
            why: 'record the promotion in the registry',
        }, {
            action: 'bedrock:CreateCustomModelDeployment',
            resource: customModel,
            context: tagged(PRODUCTION_TAGS, { stage: 'production', 'managed-by': 'bedrock-model-ci' }),
            why: 'create the production endpoint',
        }, {
            action: 'bedrock:UpdateCustomModelDeployment',
            resource: production,
            context: { 'aws:ResourceTag/stage': 'production' },
            why: 'point the production endpoint at the new version',
        }, { action: 'bedrock:GetCustomModelDeployment', resource: production, why: 'wait for the production endpoint' }, {
            action: 'bedrock:InvokeModel',
            resource: production,
            context: { 'aws:ResourceTag/stage': 'production' },
            why: 'verify the production endpoint',
        });
        if (settings.watchMinutes > 0)
            add({
                action: 'cloudwatch:GetMetricData',
                resource: '*',
                why: "watch the endpoint's metrics after the swap (watch-minutes)",
            });
        add(...logReads('the shadow replay'));
    }
    if (commands.includes('monitor')) {
        add({ action: 'bedrock:GetCustomModel', resource: customModel, why: "find production's base model" }, {
            action: 'bedrock:GetFoundationModel',
            resource: foundation(settings.baseModel.inferenceId),
            why: "read the base model's lifecycle (Legacy, end of life)",
        }, { action: 'bedrock:ListCustomModels', resource: '*', why: "count this model's custom models (storage)" }, { action: 'bedrock:ListTagsForResource', resource: customModel, why: "tell this action's custom models apart" }, { action: 'cloudwatch:GetMetricData', resource: '*', why: "read the endpoint's use, errors and tokens" });
        add(...logReads('drift'));
        if (settings.scorer === 'judge')
            add({
                action: 'bedrock:InvokeModel',
                resource: invocable(settings.judgeModel),
                why: "ask the judge to rate production's answers",
            });
    }
    if (commands.includes('prune')) {
        add({ action: 'bedrock:ListCustomModels', resource: '*', why: "find this model's custom models" }, {
            action: 'bedrock:ListTagsForResource',
            resource: customModel,
            why: "prove a custom model is this action's, by its tags",
        }, { action: 'bedrock:ListCustomModelDeployments', resource: '*', why: 'find what still serves a model' }, {
            action: 'bedrock:ListProvisionedModelThroughputs',
            resource: '*',
            why: 'find Provisioned Throughput that still serves a model',
        }, {
            action: 'bedrock:DeleteCustomModel',
            resource: customModel,
            context: { 'aws:ResourceTag/managed-by': 'bedrock-model-ci' },
            why: 'delete a custom model nobody will use (prune: apply)',
        });
    }
    if (training || evaluates || commands.includes('prune') || commands.includes('monitor'))
        add({ action: 'pricing:GetProducts', resource: '*', why: 'read prices from the AWS Price List' }, { action: 'pricing:GetAttributeValues', resource: '*', why: "find the price list's usage types" });
    const seen = new Set();
    return out.filter((n) => {
        const key = JSON.stringify([n.action, n.resource, n.context]);
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}

// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(4031);
;// CONCATENATED MODULE: ./src/report/doctor.ts

const MARK = { pass: '✓', warn: '!', fail: '✗', skip: '–' };
/** One log line: mark, check, detail, and the fix when there is one. */
function checklistLine(r) {
    return `${MARK[r.status]} ${r.check}: ${r.detail}${r.fix && r.status !== 'pass' ? ` → ${r.fix}` : ''}`;
}
function doctorSummary(results) {
    const count = (s) => results.filter((r) => r.status === s).length;
    const failed = count('fail');
    const head = failed
        ? `### ✗ bedrock-model-ci doctor: ${failed} problem${failed === 1 ? '' : 's'} to fix before the first run`
        : `### ✓ bedrock-model-ci doctor: the account is ready${count('warn') ? ` (${count('warn')} warning${count('warn') === 1 ? '' : 's'})` : ''}`;
    const rows = results.map((r) => `| ${MARK[r.status]} | ${(0,report_escape/* mdText */.b)(r.check, 80)} | ${(0,report_escape/* mdText */.b)(r.detail, 400)} | ${r.status === 'pass' ? '' : (0,report_escape/* mdText */.b)(r.fix ?? '', 300)} |`);
    return [
        head,
        '',
        `${count('pass')} passed · ${count('warn')} warnings · ${failed} failed · ${count('skip')} not checked. Read-only: nothing was created, written or launched.`,
        '',
        '| | Check | Result | What to do |',
        '|---|---|---|---|',
        ...rows,
        '',
    ].join('\n');
}

// EXTERNAL MODULE: ./src/services.ts + 8 modules
var services = __webpack_require__(2473);
;// CONCATENATED MODULE: ./src/commands/doctor.ts
// `doctor`: a read-only preflight of the account, before anything is spent. It reads; it never
// writes to S3, creates a job or deployment, or invokes a model (docs/doctor.md).







async function doctor(settings, io, deps) {
    const records = await datasetRecords(settings, io);
    const results = [];
    await (0,services/* withSession */.fQ)(settings, deps, io, async ({ aws, store, services }) => {
        const c = {
            settings,
            region: aws.region,
            account: services.account,
            models: services.foundation,
            store,
            priceList: services.priceList,
            records: records?.count,
            now: deps.clock.now(),
            io,
        };
        await io.group('Check the account (read-only)', async () => {
            const add = (...r) => {
                for (const one of r)
                    io.info(checklistLine(one));
                results.push(...r);
            };
            if (records)
                add(records.result);
            const { result, identity } = await checkIdentity(c);
            add(result);
            add(...(await checkBaseModels(c)));
            add(...(await checkInvokeIds(c)));
            add(...(await checkBucket(c, identity)));
            add(await checkServiceRole(c, identity));
            if (identity) {
                const scope = { region: c.region, account: identity.account, partition: identity.arn.split(':')[1] };
                add(await checkPermissions(c, 'this role (run, evaluate)', identity.principal, needsOf(['run', 'evaluate'], settings, scope)));
                if (settings.releaseRoleArn)
                    add(await checkPermissions(c, 'the release role (promote, rollback, evaluate, prune, monitor)', settings.releaseRoleArn, needsOf(['promote', 'rollback', 'evaluate', 'prune', 'monitor'], settings, scope)));
            }
            const running = await services.jobs.inProgress().catch(() => undefined);
            add(...(await checkQuotas(c, running)));
            add(...(await checkPrices(c)));
        });
    });
    io.setOutput('checks', JSON.stringify(results));
    const failed = results.filter((r) => r.status === 'fail');
    io.setOutput('passed', failed.length ? 'false' : 'true');
    await io.summary(doctorSummary(results));
    if (failed.length)
        throw new errors/* UserError */.yo(`doctor found ${failed.length} problem${failed.length === 1 ? '' : 's'}: ${failed.map((f) => f.check).join(', ')}. Each line above says what to do; nothing was created or spent.`);
    io.notice(`doctor: the account is ready for bedrock-model-ci (${results.filter((r) => r.status === 'warn').length} warning(s), ${results.filter((r) => r.status === 'skip').length} not checked).`);
}
/** The training records, counted as the quota counts them, when 'training-data' is given. */
async function datasetRecords(settings, io) {
    if (!settings.trainingData)
        return undefined;
    const report = await (0,validate/* validateDatasets */.MQ)(settings);
    const bounds = settings.baseModel.customization[settings.customizationType];
    const validation = report.files.find((f) => f.role === 'validation')?.records ?? 0;
    const count = report.records + (bounds?.includesValidation ? validation : 0);
    if (!report.ok) {
        io.debug(`doctor: the datasets have ${report.errors} error(s)`);
        return {
            count,
            result: {
                check: 'Datasets',
                status: 'fail',
                detail: `${report.errors} validation error(s)`,
                fix: 'Run `command: validate` for each error on its file and line.',
            },
        };
    }
    return {
        count,
        result: {
            check: 'Datasets',
            status: 'pass',
            detail: `${report.records.toLocaleString('en-US')} training records${validation ? ` + ${validation.toLocaleString('en-US')} validation` : ''}, ${report.warnings} warning(s)`,
        },
    };
}


/***/ }),

/***/ 7211:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $3: () => (/* binding */ withInvokeIds),
/* harmony export */   _H: () => (/* binding */ resolveInvokeId)
/* harmony export */ });
/* unused harmony export geographiesOf */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
// Which identifier to send to Converse for a foundation model in this Region. Some models are
// invoked only through cross-Region inference profiles (AWS's Nova 2 pages use `us.`/`global.`
// ids); whether the bare id works in-Region is not something to assume. So the id is resolved at
// run time: the bare id when GetFoundationModel says ON_DEMAND, else the system-defined profile of
// this Region's geography that routes to the model here, else `global.` (docs/aws-assumptions.md).

const PREFIX = /^(us|us-gov|eu|apac|jp|au|ca|global)\./;
/** The geography prefixes of this Region's system-defined profiles, most specific first. */
function geographiesOf(region) {
    if (region.startsWith('us-gov-'))
        return ['us-gov'];
    if (region.startsWith('us-'))
        return ['us'];
    if (region.startsWith('eu-'))
        return ['eu'];
    if (region.startsWith('ca-'))
        return ['ca', 'us'];
    if (region === 'ap-northeast-1' || region === 'ap-northeast-3')
        return ['jp', 'apac'];
    if (region === 'ap-southeast-2' || region === 'ap-southeast-4')
        return ['au', 'apac'];
    if (region.startsWith('ap-'))
        return ['apac'];
    return [];
}
/** The id to invoke `modelId` with in `region`. An id that already names a profile of this Region's geography is kept. */
async function resolveInvokeId(modelId, region, models) {
    if (modelId.startsWith('arn:'))
        return { id: modelId, why: 'an ARN, as given' };
    const prefix = PREFIX.exec(modelId)?.[1];
    const bare = modelId.replace(PREFIX, '');
    const geographies = geographiesOf(region);
    if (prefix && (prefix === 'global' || geographies.includes(prefix)))
        return { id: modelId, why: `an inference profile of this Region's geography, as given` };
    const types = await models.inferenceTypes(bare);
    if (!prefix && types.includes('ON_DEMAND'))
        return { id: bare, why: `on demand in ${region}` };
    const profiles = await models.inferenceProfiles();
    const here = `:${region}::foundation-model/${bare}`;
    for (const candidate of [...geographies.map((g) => `${g}.${bare}`), `global.${bare}`]) {
        const profile = profiles.find((p) => p.id === candidate);
        if (profile && profile.modelArns.some((a) => a.endsWith(here)))
            return {
                id: candidate,
                why: `${types.includes('ON_DEMAND') ? '' : `${bare} has no on-demand invocation in ${region}: `}inference profile ${candidate}`,
            };
    }
    if (types.includes('ON_DEMAND'))
        return { id: bare, why: `on demand in ${region} (no profile of ${prefix}. here)` };
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${modelId} cannot be invoked in ${region}: it has no on-demand invocation here (GetFoundationModel: ${types.join(', ') || 'none'}) and no system inference profile of this Region (${[...geographies, 'global'].map((g) => `${g}.`).join(', ')}) routes to it. Choose another aws-region, or name an inference profile that includes ${region} in the input.`);
}
/** Memo per client set: one run resolves each id once. */
const memo = new WeakMap();
/**
 * The settings with the base model's and the judge's invoke ids resolved for the Region (an
 * explicit 'base-model-inference-id' is left as given), each choice logged once.
 */
async function withInvokeIds(settings, region, models, io, key = models) {
    const cache = memo.get(key) ?? new Map();
    memo.set(key, cache);
    const resolve = (id, what, input) => {
        let p = cache.get(id);
        if (!p) {
            p = resolveInvokeId(id, region, models).then((r) => {
                if (r.id !== id)
                    io.info(`The ${what} is invoked as ${r.id} (${r.why}); set '${input}' to choose.`);
                return r;
            }, (error) => {
                if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo)
                    throw error;
                throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .awsFailure */ .MT)(`Could not find how to invoke ${id} in ${region}`, error, `Check that the role may bedrock:GetFoundationModel and bedrock:ListInferenceProfiles, or set '${input}' to the id to invoke.`);
            });
            cache.set(id, p);
        }
        return p;
    };
    const explicitBase = settings.baseModelInferenceId !== settings.baseModel.inferenceId;
    const base = explicitBase
        ? settings.baseModelInferenceId
        : (await resolve(settings.baseModelInferenceId, 'base model', 'base-model-inference-id')).id;
    const judge = settings.scorer === 'judge' ? (await resolve(settings.judgeModel, 'judge', 'judge-model')).id : settings.judgeModel;
    return base === settings.baseModelInferenceId && judge === settings.judgeModel
        ? settings
        : { ...settings, baseModelInferenceId: base, judgeModel: judge };
}


/***/ }),

/***/ 6081:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  QE: () => (/* binding */ TYPES),
  wk: () => (/* binding */ customization),
  N7: () => (/* binding */ latestAttempt),
  aK: () => (/* binding */ launchOrFind),
  Zm: () => (/* binding */ trainingIdentity)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/training/identity.ts

/** JSON with sorted keys, so that equal values always hash alike. */
function canonicalJson(value) {
    if (Array.isArray(value))
        return `[${value.map(canonicalJson).join(',')}]`;
    if (value !== null && typeof value === 'object') {
        const entries = Object.entries(value)
            .filter(([, v]) => v !== undefined)
            .sort(([a], [b]) => (a < b ? -1 : 1));
        return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
    }
    return JSON.stringify(value);
}
function identityHash(parts) {
    return (0,external_node_crypto_.createHash)('sha256')
        .update(canonicalJson({ v: 1, ...parts, validationSha256: parts.validationSha256 ?? '' }))
        .digest('hex');
}
/** `<model-name>-<12 hex>`, later attempts `-r2`, `-r3`…: deterministic, so a re-run finds it. */
function jobName(modelName, hash, attempt = 1) {
    const base = `${modelName}-${hash.slice(0, 12)}`;
    return attempt === 1 ? base : `${base}-r${attempt}`;
}
/** The attempt number of a job name of this identity, or undefined when it is another's. */
function attemptOf(name, base) {
    if (name === base)
        return 1;
    const m = new RegExp(`^${base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}-r(\\d+)$`).exec(name);
    return m ? Number(m[1]) : undefined;
}

;// CONCATENATED MODULE: ./src/training/launch.ts


const TYPES = { sft: 'FINE_TUNING', rft: 'REINFORCEMENT_FINE_TUNING', distillation: 'DISTILLATION' };
/** The customizationConfig and hyperParameters Bedrock takes for this customization type. */
function customization(settings) {
    const values = settings.hyperparameters.values;
    if (settings.customizationType === 'sft')
        return { hyperParameters: Object.keys(values).length ? values : undefined };
    if (settings.customizationType === 'rft') {
        return {
            customizationConfig: {
                rftConfig: {
                    graderConfig: { lambdaGrader: { lambdaArn: settings.graderLambdaArn } },
                    hyperParameters: Object.keys(values).length ? values : undefined,
                },
            },
        };
    }
    return {
        customizationConfig: {
            distillationConfig: {
                teacherModelConfig: {
                    teacherModelIdentifier: settings.teacherModel,
                    maxResponseLengthForInference: values.maxResponseLengthForInference,
                },
            },
        },
    };
}
/** Tags on the job and the model: where it came from, for people looking in the console. */
function tags(settings, context, datasetHash) {
    const list = [
        ['managed-by', 'bedrock-model-ci'],
        ['model-name', settings.modelName],
        ['repository', context.repository],
        ['pull-request', context.pullRequest ? String(context.pullRequest.number) : undefined],
        ['commit', context.sha],
        ['dataset-hash', datasetHash],
        ['workflow-run', context.runUrl],
    ];
    return list
        .filter((t) => Boolean(t[1]))
        .map(([key, value]) => ({ key, value: value.slice(0, 256) }));
}
/**
 * Finds the job already trained (or training) from the same identity, or starts one. A re-run,
 * a push that does not touch the data and the merge to main all find the same job: nothing is
 * paid for twice. A failed or stopped job is reported, or retried as a new attempt on request.
 */
/** The identity of a training from these datasets and settings, and its first job name. */
function trainingIdentity(settings, store, datasets) {
    const { customizationConfig } = customization(settings);
    const identity = identityHash({
        trainingSha256: datasets.find((d) => d.role === 'training').sha256,
        validationSha256: datasets.find((d) => d.role === 'validation')?.sha256,
        baseModel: settings.baseModel.id,
        customizationType: settings.customizationType,
        hyperparameters: settings.hyperparameters.values,
        customizationConfig,
        outputRoot: store.uri(''),
    });
    return { identity, base: jobName(settings.modelName, identity) };
}
/** The latest attempt of a training identity, if any job of it exists. */
async function latestAttempt(jobs, settings, identity, base) {
    const attempts = (await jobs.namesContaining(base))
        .map((n) => attemptOf(n, base))
        .filter((a) => a !== undefined);
    const attempt = attempts.length ? Math.max(...attempts) : 0;
    return { attempt, job: attempt > 0 ? await jobs.get(jobName(settings.modelName, identity, attempt)) : undefined };
}
async function launchOrFind(jobs, store, settings, context, datasets, datasetHash, io) {
    const training = datasets.find((d) => d.role === 'training');
    const validation = datasets.find((d) => d.role === 'validation');
    const { hyperParameters, customizationConfig } = customization(settings);
    const { identity, base } = trainingIdentity(settings, store, datasets);
    const hint = `Check that the role may bedrock:ListModelCustomizationJobs, GetModelCustomizationJob and CreateModelCustomizationJob in ${settings.awsRegion}.`;
    let latest;
    let attempt;
    try {
        ({ job: latest, attempt } = await latestAttempt(jobs, settings, identity, base));
    }
    catch (error) {
        throw (0,errors/* awsFailure */.MT)(`Could not look for an existing training job ${base}`, error, hint);
    }
    if (latest && (latest.status === 'InProgress' || latest.status === 'Completed')) {
        io.info(`Found training job ${latest.name} (${latest.status}) for this exact data and configuration: reusing it, nothing new is trained.`);
        return { job: latest, created: false, attempt, identity };
    }
    if (latest && !settings.retryFailed) {
        throw new errors/* UserError */.yo(`Training job ${latest.name} for this data ${latest.status === 'Failed' ? 'failed' : 'was stopped'}${latest.failureMessage ? `: ${latest.failureMessage}` : ''}. ` +
            `Nothing new was started. Fix the cause and change the data or settings, or set 'retry-failed: true' to start attempt ${attempt + 1} with the same data.`);
    }
    const name = jobName(settings.modelName, identity, attempt + 1);
    const input = {
        jobName: name,
        customModelName: name,
        roleArn: settings.bedrockRoleArn,
        baseModelIdentifier: settings.baseModel.id,
        customizationType: TYPES[settings.customizationType],
        trainingDataConfig: { s3Uri: training.uri },
        validationDataConfig: validation ? { validators: [{ s3Uri: validation.uri }] } : undefined,
        outputDataConfig: { s3Uri: store.uri(`jobs/${name}/`) },
        hyperParameters,
        customizationConfig,
        customModelKmsKeyId: settings.kmsKeyId,
        clientRequestToken: name,
        // the dataset objects' versions, which promote verifies are still the only ones (versioned bucket)
        jobTags: [
            ...tags(settings, context, datasetHash),
            ...datasets
                .filter((d) => d.versionId)
                .map((d) => ({ key: `${d.role}-data-version`, value: d.versionId.slice(0, 256) })),
        ],
        customModelTags: tags(settings, context, datasetHash),
    };
    try {
        await jobs.create(input);
    }
    catch (error) {
        // Another run with the same data may have created it a moment ago: that job is ours too.
        const raced = /already exists/i.test(error.message ?? '')
            ? await jobs.get(name).catch(() => undefined)
            : undefined;
        if (!raced)
            throw (0,errors/* awsFailure */.MT)(`Could not start training job ${name}`, error, `${hint} The calling role also needs iam:PassRole on '${settings.bedrockRoleArn}'.`);
        io.info(`Training job ${name} was started by a concurrent run; using it.`);
        return { job: raced, created: false, attempt: attempt + 1, identity };
    }
    const job = await jobs.get(name);
    if (!job)
        throw new errors/* UserError */.yo(`Training job ${name} was created but cannot be read back. Run again; the next run finds it.`);
    io.info(`Started training job ${name}${attempt > 0 ? ` (attempt ${attempt + 1})` : ''}: ${job.arn}`);
    return { job, created: true, attempt: attempt + 1, identity };
}


/***/ })

};
