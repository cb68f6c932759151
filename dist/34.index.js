export const id = 34;
export const ids = [34,409,580];
export const modules = {

/***/ 8826:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gD: () => (/* binding */ Account),
/* harmony export */   w7: () => (/* binding */ isAccessDenied)
/* harmony export */ });
/* unused harmony export principalOf */
/* harmony import */ var _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6764);
/* harmony import */ var _aws_sdk_client_service_quotas__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2924);
/* harmony import */ var _aws_sdk_client_sts__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1695);
// The account as `doctor` reads it: who the credentials are (STS), a role and its trust policy and
// what a role's policies allow (IAM), and the Bedrock quotas (Service Quotas). Read-only calls,
// each of which the caller may lack permission for: a denial is an answer ("not checked"), not a
// failure. Loaded only by `doctor`: the other commands never parse these three clients.



/** True for the errors that mean "this principal may not ask that", whatever the service spells them. */
const isAccessDenied = (error) => {
    const e = error;
    return (/AccessDenied|UnauthorizedOperation|NotAuthorized/i.test(e?.name ?? '') || e?.$metadata?.httpStatusCode === 403);
};
/** arn:aws:sts::<account>:assumed-role/<role>/<session> → arn:aws:iam::<account>:role/<role> */
function principalOf(arn) {
    const m = /^arn:(aws[a-z-]*):sts::(\d{12}):assumed-role\/([^/]+)\/[^/]+$/.exec(arn);
    return m ? `arn:${m[1]}:iam::${m[2]}:role/${m[3]}` : arn;
}
class Account {
    sts;
    iam;
    quotasClient;
    constructor(aws) {
        const common = { region: aws.region, credentials: aws.credentials, maxAttempts: 4 };
        this.sts = new _aws_sdk_client_sts__WEBPACK_IMPORTED_MODULE_0__/* .STSClient */ .iM(common);
        // IAM is global: its endpoint is iam.amazonaws.com whatever the Region (AWS_ENDPOINT_URL_IAM overrides).
        this.iam = new _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_1__/* .IAMClient */ .h8v(common);
        this.quotasClient = new _aws_sdk_client_service_quotas__WEBPACK_IMPORTED_MODULE_2__/* .ServiceQuotasClient */ .iVb(common);
    }
    async identity() {
        const r = await this.sts.send(new _aws_sdk_client_sts__WEBPACK_IMPORTED_MODULE_0__/* .GetCallerIdentityCommand */ .zI({}));
        const arn = r.Arn ?? '';
        return { account: r.Account ?? '', arn, principal: principalOf(arn) };
    }
    /** The role, or undefined when it does not exist (NoSuchEntity). */
    async role(name) {
        try {
            const r = await this.iam.send(new _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_1__/* .GetRoleCommand */ .kbp({ RoleName: name }));
            const document = r.Role?.AssumeRolePolicyDocument ?? '';
            let trust;
            try {
                trust = JSON.parse(decodeURIComponent(document));
            }
            catch {
                trust = undefined;
            }
            return { arn: r.Role?.Arn ?? '', trust };
        }
        catch (error) {
            if (error.name === 'NoSuchEntityException')
                return undefined;
            throw error;
        }
    }
    /**
     * What the role's policies decide for each request (SimulatePrincipalPolicy: identity-based
     * policies, permissions boundary and the organization's SCPs). One call per resource and
     * context, each naming all its actions.
     */
    async simulate(policySource, requests) {
        const groups = new Map();
        for (const r of requests) {
            const key = JSON.stringify([r.resource, Object.entries(r.context ?? {}).sort()]);
            groups.set(key, [...(groups.get(key) ?? []), r]);
        }
        const decided = new Map();
        for (const group of groups.values()) {
            const { resource, context } = group[0];
            const r = await this.iam.send(new _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_1__/* .SimulatePrincipalPolicyCommand */ .kUw({
                PolicySourceArn: policySource,
                ActionNames: [...new Set(group.map((g) => g.action))],
                ResourceArns: [resource],
                ContextEntries: Object.entries(context ?? {}).map(([ContextKeyName, value]) => ({
                    ContextKeyName,
                    ContextKeyValues: typeof value === 'string' ? [value] : [...value],
                    ContextKeyType: typeof value !== 'string' ? 'stringList' : /^(true|false)$/.test(value) ? 'boolean' : 'string',
                })),
            }));
            for (const g of group) {
                const result = r.EvaluationResults?.find((e) => e.EvalActionName?.toLowerCase() === g.action.toLowerCase());
                decided.set(g, result?.EvalDecision ?? 'implicitDeny');
            }
        }
        return requests.map((r) => decided.get(r));
    }
    /** The service's quotas as applied to this account (ListServiceQuotas), else its defaults. */
    async quotas(serviceCode) {
        const read = async (applied) => {
            const out = [];
            let NextToken;
            do {
                const input = { ServiceCode: serviceCode, NextToken, MaxResults: 100 };
                const r = applied
                    ? await this.quotasClient.send(new _aws_sdk_client_service_quotas__WEBPACK_IMPORTED_MODULE_2__/* .ListServiceQuotasCommand */ .Mg2(input))
                    : await this.quotasClient.send(new _aws_sdk_client_service_quotas__WEBPACK_IMPORTED_MODULE_2__/* .ListAWSDefaultServiceQuotasCommand */ .mYD(input));
                for (const q of r.Quotas ?? [])
                    if (q.QuotaName && q.Value !== undefined)
                        out.push({
                            name: q.QuotaName,
                            code: q.QuotaCode ?? '',
                            value: q.Value,
                            adjustable: Boolean(q.Adjustable),
                        });
                NextToken = r.NextToken;
            } while (NextToken);
            return out;
        };
        const applied = await read(true);
        return applied.length ? applied : read(false);
    }
    destroy() {
        this.sts.destroy();
        this.iam.destroy();
        this.quotasClient.destroy();
    }
}


/***/ }),

/***/ 7580:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BedrockJobs: () => (/* binding */ BedrockJobs)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_bedrock__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3701);

const isNotFound = (error) => error.name === 'ResourceNotFoundException';
function view(job) {
    return {
        name: job.jobName,
        arn: job.jobArn,
        status: job.status,
        stages: {
            validation: job.statusDetails?.validationDetails?.status,
            dataProcessing: job.statusDetails?.dataProcessingDetails?.status,
            training: job.statusDetails?.trainingDetails?.status,
        },
        failureMessage: job.failureMessage,
        creationTime: job.creationTime,
        endTime: job.endTime,
        customModelArn: job.outputModelArn,
        outputS3Uri: job.outputDataConfig?.s3Uri,
        hyperParameters: job.hyperParameters,
        inputs: {
            trainingUri: job.trainingDataConfig?.s3Uri,
            validationUris: (job.validationDataConfig?.validators ?? []).map((v) => v.s3Uri ?? ''),
            baseModelArn: job.baseModelArn,
            customizationType: job.customizationType,
            customizationConfig: job.customizationConfig,
            outputUri: job.outputDataConfig?.s3Uri,
            roleArn: job.roleArn,
        },
    };
}
/** The Bedrock control plane's customization jobs, as the training phase uses them. */
class BedrockJobs {
    client;
    constructor(client) {
        this.client = client;
    }
    async get(identifier) {
        try {
            return view(await this.client.send(new _aws_sdk_client_bedrock__WEBPACK_IMPORTED_MODULE_0__/* .GetModelCustomizationJobCommand */ .Xvb({ jobIdentifier: identifier })));
        }
        catch (error) {
            if (isNotFound(error))
                return undefined;
            throw error;
        }
    }
    /** Names of the jobs whose name contains `text`, over all pages. */
    async namesContaining(text) {
        const names = [];
        for await (const page of (0,_aws_sdk_client_bedrock__WEBPACK_IMPORTED_MODULE_0__/* .paginateListModelCustomizationJobs */ .iHO)({ client: this.client, pageSize: 100 }, { nameContains: text }))
            names.push(...(page.modelCustomizationJobSummaries ?? []).map((j) => j.jobName));
        return names;
    }
    /** How many customization jobs are InProgress in this Region, over all pages. */
    async inProgress() {
        let count = 0;
        for await (const page of (0,_aws_sdk_client_bedrock__WEBPACK_IMPORTED_MODULE_0__/* .paginateListModelCustomizationJobs */ .iHO)({ client: this.client, pageSize: 100 }, { statusEquals: 'InProgress' }))
            count += page.modelCustomizationJobSummaries?.length ?? 0;
        return count;
    }
    async create(input) {
        return (await this.client.send(new _aws_sdk_client_bedrock__WEBPACK_IMPORTED_MODULE_0__/* .CreateModelCustomizationJobCommand */ .X_e(input))).jobArn;
    }
    async stop(identifier) {
        await this.client.send(new _aws_sdk_client_bedrock__WEBPACK_IMPORTED_MODULE_0__/* .StopModelCustomizationJobCommand */ .$SN({ jobIdentifier: identifier }));
    }
}


/***/ }),

/***/ 7409:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Deployments: () => (/* binding */ Deployments)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _aws_sdk_client_bedrock__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3701);


const isNotFound = (error) => error.name === 'ResourceNotFoundException';
/** On-demand custom model deployments and provisioned throughput: how custom models are invoked. */
class Deployments {
    client;
    constructor(client) {
        this.client = client;
    }
    async get(identifier) {
        try {
            const d = await this.client.send(new _aws_sdk_client_bedrock__WEBPACK_IMPORTED_MODULE_1__/* .GetCustomModelDeploymentCommand */ .P8z({ customModelDeploymentIdentifier: identifier }));
            return {
                arn: d.customModelDeploymentArn,
                name: d.modelDeploymentName,
                modelArn: d.modelArn,
                status: d.status,
                update: d.updateDetails
                    ? { modelArn: d.updateDetails.modelArn, status: d.updateDetails.updateStatus }
                    : undefined,
                failureMessage: d.failureMessage,
            };
        }
        catch (error) {
            if (isNotFound(error))
                return undefined;
            throw error;
        }
    }
    /** Deployments serving a model (all pages). */
    async forModel(modelArn) {
        const out = [];
        const pages = (0,_aws_sdk_client_bedrock__WEBPACK_IMPORTED_MODULE_1__/* .paginateListCustomModelDeployments */ .K26)({ client: this.client, pageSize: 100 }, { modelArnEquals: modelArn });
        for await (const page of pages)
            for (const d of page.modelDeploymentSummaries ?? [])
                out.push({ arn: d.customModelDeploymentArn, name: d.customModelDeploymentName, status: d.status });
        return out;
    }
    /** Provisioned Throughput serving a model (all pages). */
    async provisionedFor(modelArn) {
        const out = [];
        const pages = (0,_aws_sdk_client_bedrock__WEBPACK_IMPORTED_MODULE_1__/* .paginateListProvisionedModelThroughputs */ .o4V)({ client: this.client, pageSize: 100 }, { modelArnEquals: modelArn });
        for await (const page of pages)
            for (const p of page.provisionedModelSummaries ?? [])
                out.push({ arn: p.provisionedModelArn, name: p.provisionedModelName, status: p.status });
        return out;
    }
    /** Deployments and Provisioned Throughput whose name contains `text`, created before `before` (all pages). */
    async createdBefore(text, before) {
        const out = [];
        const config = { client: this.client, pageSize: 100 };
        for await (const page of (0,_aws_sdk_client_bedrock__WEBPACK_IMPORTED_MODULE_1__/* .paginateListCustomModelDeployments */ .K26)(config, { nameContains: text, createdBefore: before }))
            for (const d of page.modelDeploymentSummaries ?? [])
                out.push({ kind: 'deployment', arn: d.customModelDeploymentArn, name: d.customModelDeploymentName });
        const provisioned = (0,_aws_sdk_client_bedrock__WEBPACK_IMPORTED_MODULE_1__/* .paginateListProvisionedModelThroughputs */ .o4V)(config, {
            nameContains: text,
            creationTimeBefore: before,
        });
        for await (const page of provisioned)
            for (const p of page.provisionedModelSummaries ?? [])
                out.push({ kind: 'provisioned', arn: p.provisionedModelArn, name: p.provisionedModelName });
        return out;
    }
    async create(name, modelArn, description, tags) {
        return (await this.client.send(new _aws_sdk_client_bedrock__WEBPACK_IMPORTED_MODULE_1__/* .CreateCustomModelDeploymentCommand */ .xeE({
            modelDeploymentName: name,
            modelArn,
            description,
            tags,
            // Unique per creation (the SDK's retries of this call reuse it): a token reused for a
            // later creation would be answered with the earlier deployment, perhaps deleted since.
            clientRequestToken: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)(),
        }))).customModelDeploymentArn;
    }
    async delete(identifier) {
        await this.client.send(new _aws_sdk_client_bedrock__WEBPACK_IMPORTED_MODULE_1__/* .DeleteCustomModelDeploymentCommand */ .SZJ({ customModelDeploymentIdentifier: identifier }));
    }
    /** Provisioned Throughput without commitment (billed by the hour: the caller deletes it). */
    async createProvisioned(name, modelArn, tags) {
        return (await this.client.send(new _aws_sdk_client_bedrock__WEBPACK_IMPORTED_MODULE_1__/* .CreateProvisionedModelThroughputCommand */ .RQ2({
            provisionedModelName: name,
            modelId: modelArn,
            modelUnits: 1,
            tags,
        }))).provisionedModelArn;
    }
    async provisionedStatus(arn) {
        const r = await this.client.send(new _aws_sdk_client_bedrock__WEBPACK_IMPORTED_MODULE_1__/* .GetProvisionedModelThroughputCommand */ .d3E({ provisionedModelId: arn }));
        return { status: r.status, failureMessage: r.failureMessage };
    }
    async deleteProvisioned(arn) {
        await this.client.send(new _aws_sdk_client_bedrock__WEBPACK_IMPORTED_MODULE_1__/* .DeleteProvisionedModelThroughputCommand */ .EFt({ provisionedModelId: arn }));
    }
    async tag(arn, tags) {
        await this.client.send(new _aws_sdk_client_bedrock__WEBPACK_IMPORTED_MODULE_1__/* .TagResourceCommand */ .eqU({ resourceARN: arn, tags }));
    }
    async tags(arn) {
        return ((await this.client.send(new _aws_sdk_client_bedrock__WEBPACK_IMPORTED_MODULE_1__/* .ListTagsForResourceCommand */ .a_e({ resourceARN: arn }))).tags ?? []).map((t) => ({
            key: t.key,
            value: t.value,
        }));
    }
}


/***/ }),

/***/ 8839:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   XP: () => (/* binding */ accountOf),
/* harmony export */   gF: () => (/* binding */ InvocationLogs),
/* harmony export */   nV: () => (/* binding */ servedBy)
/* harmony export */ });
/* unused harmony exports readRecord, MAX_OBJECT_BYTES, MAX_RECORD_BYTES, records */
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3711);
// Bedrock model invocation logging, as delivered to S3 (user guide, "Monitor model invocation
// using CloudWatch Logs and Amazon S3"): objects under
// <prefix>/AWSLogs/<account>/BedrockModelInvocationLogs/<region>/<YYYY>/<MM>/<DD>/<HH>/, gzipped
// JSON, one record per line, each
//   { schemaType: "ModelInvocationLog", schemaVersion: "1.0", timestamp, accountId, region,
//     requestId, operation: "Converse" | "ConverseStream" | "InvokeModel" | …, modelId,
//     input: { inputContentType, inputBodyJson, inputTokenCount },
//     output: { outputContentType, outputBodyJson, outputTokenCount }, errorCode? }.
// Whether a file holds one record per line or one pretty-printed record is not stated: both are
// read, gzipped or not (docs/aws-assumptions.md). Records are streamed, one object at a time.
//
// The logs are written by production's users as much as by AWS: what they send decides how large a
// record is. So every object and every record is bounded (MAX_OBJECT_BYTES decompressed,
// MAX_RECORD_BYTES), whatever goes past a bound is skipped and counted in `skipped`, and records
// are found by one pass over the bytes (JSON nesting, outside strings), never by re-parsing.


const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
/** A log record as a LoggedCall; undefined for what is not one (another schema, a broken line). */
function readRecord(record) {
    if (!isObject(record) || record.schemaType !== 'ModelInvocationLog')
        return undefined;
    const at = new Date(String(record.timestamp));
    if (Number.isNaN(at.getTime()) || typeof record.modelId !== 'string')
        return undefined;
    const input = isObject(record.input) && isObject(record.input.inputBodyJson) ? record.input.inputBodyJson : {};
    const output = isObject(record.output) && isObject(record.output.outputBodyJson) ? record.output.outputBodyJson : {};
    let media = false;
    const blocks = (content) => (Array.isArray(content) ? content : []).flatMap((b) => {
        if (isObject(b) && typeof b.text === 'string')
            return [{ text: b.text }];
        if (isObject(b) && (b.image || b.document || b.video))
            media = true;
        return [];
    });
    const messages = (Array.isArray(input.messages) ? input.messages : []).flatMap((m) => isObject(m) && (m.role === 'user' || m.role === 'assistant') ? [{ role: m.role, content: blocks(m.content) }] : []);
    const message = isObject(output.output) && isObject(output.output.message) ? output.output.message : undefined;
    const answer = message
        ? blocks(message.content)
            .map((b) => b.text)
            .join('')
        : undefined;
    const metrics = isObject(output.metrics) ? output.metrics : {};
    return {
        at,
        modelId: record.modelId,
        operation: typeof record.operation === 'string' ? record.operation : '',
        system: blocks(input.system),
        messages: messages,
        answer: typeof record.errorCode === 'string' ? undefined : answer,
        latencyMs: typeof metrics.latencyMs === 'number' ? metrics.latencyMs : undefined,
        inputTokens: isObject(record.input) && typeof record.input.inputTokenCount === 'number'
            ? record.input.inputTokenCount
            : undefined,
        errorCode: typeof record.errorCode === 'string' ? record.errorCode : undefined,
        media,
        caller: isObject(record.identity) && typeof record.identity.arn === 'string' ? record.identity.arn : '',
    };
}
/**
 * Whether a logged call went to this endpoint. The log's `modelId` is what the caller passed:
 * the deployment's ARN, its name, or an ARN that ends with its id (docs/aws-assumptions.md).
 */
function servedBy(endpoint) {
    const id = endpoint.deploymentArn.split('/').pop();
    return (modelId) => modelId === endpoint.deploymentArn || modelId === endpoint.name || (id !== undefined && modelId.endsWith(`/${id}`));
}
/** The account an ARN belongs to: where its invocation logs are filed. */
const accountOf = (arn) => arn.split(':')[4] ?? '';
const pad = (n) => String(n).padStart(2, '0');
/** Decompressed bytes read of one log object; the rest of a larger one is skipped. */
const MAX_OBJECT_BYTES = 64 << 20;
/** A record's bytes: Bedrock logs a body over 100 KB to S3 instead, so a larger record is not AWS's. */
const MAX_RECORD_BYTES = 1 << 20;
/**
 * The records of a stream of log bytes: each top-level JSON object (one a line, or one over many
 * lines), found by one pass that follows nesting outside strings. A record over `maxRecord` bytes,
 * or the bytes past `maxObject`, are skipped and counted; memory holds one record at most.
 */
async function* records(body, skipped, { maxObject = MAX_OBJECT_BYTES, maxRecord = MAX_RECORD_BYTES } = {}) {
    let depth = 0;
    let inString = false;
    let escaped = false;
    let parts = [];
    let size = 0;
    let oversized = false;
    let read = 0;
    for await (const chunk of body) {
        const room = maxObject - read;
        const bytes = chunk.length > room ? chunk.subarray(0, room) : chunk;
        read += bytes.length;
        let start = depth > 0 ? 0 : -1;
        for (let i = 0; i < bytes.length; i++) {
            const c = bytes[i];
            if (inString) {
                if (escaped)
                    escaped = false;
                else if (c === 0x5c)
                    escaped = true;
                else if (c === 0x22)
                    inString = false;
                continue;
            }
            if (c === 0x22)
                inString = depth > 0;
            else if (c === 0x7b || c === 0x5b) {
                if (depth === 0) {
                    if (c === 0x5b)
                        continue; // a stray array at the top: not a record
                    start = i;
                    parts = [];
                    size = 0;
                    oversized = false;
                }
                depth += 1;
            }
            else if ((c === 0x7d || c === 0x5d) && depth > 0) {
                depth -= 1;
                if (depth > 0)
                    continue;
                const piece = bytes.subarray(start, i + 1);
                start = -1;
                if (oversized || size + piece.length > maxRecord) {
                    skipped.records += 1;
                    continue;
                }
                const text = Buffer.concat([...parts, piece]).toString('utf8');
                parts = [];
                let parsed;
                try {
                    parsed = JSON.parse(text);
                }
                catch {
                    skipped.broken += 1;
                    continue;
                }
                yield parsed;
            }
        }
        if (depth > 0 && start >= 0) {
            // the record goes on in the next chunk: keep its bytes, up to the bound
            const piece = bytes.subarray(start);
            if (!oversized && size + piece.length <= maxRecord) {
                parts.push(Buffer.from(piece));
                size += piece.length;
            }
            else {
                oversized = true;
                parts = [];
            }
        }
        if (read >= maxObject) {
            skipped.objects += 1;
            return;
        }
    }
    if (depth > 0)
        skipped.broken += 1;
}
class InvocationLogs {
    s3;
    location;
    expectedBucketOwner;
    /** what the reads so far passed over */
    skipped = { objects: 0, records: 0, broken: 0 };
    /** How many records the reads so far could not use: over a bound, not JSON, or in a cut object. */
    unreadable() {
        return this.skipped.objects + this.skipped.records + this.skipped.broken;
    }
    constructor(s3, location, expectedBucketOwner) {
        this.s3 = s3;
        this.location = location;
        this.expectedBucketOwner = expectedBucketOwner;
    }
    /** The hour folders (`…/YYYY/MM/DD/HH/`) a window covers, oldest first. */
    hourPrefixes(account, region, since, until) {
        const base = `${this.location.prefix ? `${this.location.prefix}/` : ''}AWSLogs/${account}/BedrockModelInvocationLogs/${region}/`;
        const out = [];
        const t = new Date(Date.UTC(since.getUTCFullYear(), since.getUTCMonth(), since.getUTCDate(), since.getUTCHours()));
        for (; t <= until; t.setUTCHours(t.getUTCHours() + 1))
            out.push(`${base}${t.getUTCFullYear()}/${pad(t.getUTCMonth() + 1)}/${pad(t.getUTCDate())}/${pad(t.getUTCHours())}/`);
        return out;
    }
    /** Every record logged in the window, streamed object by object, oldest hour first. */
    async *calls(account, region, since, until) {
        for (const prefix of this.hourPrefixes(account, region, since, until)) {
            let token;
            do {
                const page = await this.s3.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_1__.ListObjectsV2Command({
                    Bucket: this.location.bucket,
                    Prefix: prefix,
                    ContinuationToken: token,
                    ExpectedBucketOwner: this.expectedBucketOwner,
                }));
                for (const object of page.Contents ?? []) {
                    for await (const call of this.read(object.Key))
                        if (call.at >= since && call.at <= until)
                            yield call;
                }
                token = page.NextContinuationToken;
            } while (token);
        }
    }
    async *read(key) {
        const r = await this.s3.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_1__.GetObjectCommand({ Bucket: this.location.bucket, Key: key, ExpectedBucketOwner: this.expectedBucketOwner }));
        const body = r.Body;
        const gzipped = key.endsWith('.gz') || r.ContentEncoding === 'gzip';
        const stream = gzipped ? body.pipe((0,node_zlib__WEBPACK_IMPORTED_MODULE_0__.createGunzip)()) : body;
        // a broken gzip stream ends this object's records, counted; it never ends the process
        stream.on('error', () => undefined);
        try {
            for await (const record of records(stream, this.skipped)) {
                const call = readRecord(record);
                if (call)
                    yield call;
            }
        }
        catch {
            this.skipped.broken += 1;
        }
        finally {
            stream.destroy();
            body.destroy();
        }
    }
}


/***/ }),

/***/ 5974:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ FunctionError),
/* harmony export */   X: () => (/* binding */ LambdaFunctions)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_lambda__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1696);

/** The function ran and threw (Lambda's `FunctionError`): its own error, not the service's. */
class FunctionError extends Error {
    name = 'FunctionError';
}
/** Most of a Lambda payload quoted in an error: a response is the grader's, not ours to print whole. */
const QUOTED = 300;
/** Lambda Invoke, synchronous (RequestResponse): JSON in, JSON out. */
class LambdaFunctions {
    client;
    constructor(client) {
        this.client = client;
    }
    /** The function's JSON response; FunctionError when the handler failed, SyntaxError when it answered non-JSON. */
    async invoke(functionName, payload) {
        const r = await this.client.send(new _aws_sdk_client_lambda__WEBPACK_IMPORTED_MODULE_0__/* .InvokeCommand */ .mdN({
            FunctionName: functionName,
            InvocationType: 'RequestResponse',
            Payload: new TextEncoder().encode(JSON.stringify(payload)),
        }));
        const text = r.Payload ? new TextDecoder().decode(r.Payload) : '';
        if (r.FunctionError) {
            let detail = text;
            try {
                const e = JSON.parse(text);
                detail = [e.errorType, e.errorMessage].filter(Boolean).join(': ') || text;
            }
            catch {
                // not JSON: quoted as it is, shortened
            }
            throw new FunctionError(`the function failed (${r.FunctionError}): ${detail.slice(0, QUOTED)}`);
        }
        try {
            return JSON.parse(text);
        }
        catch {
            throw new SyntaxError(`the function's response is not JSON: ${JSON.stringify(text.slice(0, 80))}`);
        }
    }
}


/***/ }),

/***/ 8071:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ isPreconditionFailed),
/* harmony export */   s: () => (/* binding */ S3Store)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3711);
/* harmony import */ var _aws_sdk_lib_storage__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2358);





const isNotFound = (error) => {
    const e = error;
    return e.name === 'NotFound' || e.name === 'NoSuchKey' || e.$metadata?.httpStatusCode === 404;
};
/** Everything the action keeps under `s3-uri`, with the bucket owner and KMS key on every call. */
class S3Store {
    client;
    location;
    options;
    constructor(client, location, options = {}) {
        this.client = client;
        this.location = location;
        this.options = options;
    }
    /** The full key of a path under the prefix. */
    key(path) {
        return this.location.prefix ? `${this.location.prefix}/${path}` : path;
    }
    uri(path) {
        return `s3://${this.location.bucket}/${this.key(path)}`;
    }
    get owner() {
        return { ExpectedBucketOwner: this.options.expectedBucketOwner };
    }
    get encryption() {
        return this.options.kmsKeyId
            ? { ServerSideEncryption: 'aws:kms', SSEKMSKeyId: this.options.kmsKeyId }
            : {};
    }
    async head(path) {
        try {
            const r = await this.client.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_4__.HeadObjectCommand({ Bucket: this.location.bucket, Key: this.key(path), ...this.owner }));
            return {
                key: this.key(path),
                size: r.ContentLength ?? 0,
                etag: r.ETag,
                versionId: r.VersionId,
                lastModified: r.LastModified,
                metadata: r.Metadata ?? {},
            };
        }
        catch (error) {
            if (isNotFound(error))
                return undefined;
            throw error;
        }
    }
    /**
     * Streams a file up, create-only (`If-None-Match: *`, on the single PUT and on the multipart
     * upload's completion): an object already at the key is never replaced, and the role's policy
     * can demand the header. Multipart with parallel parts when it is large.
     */
    async uploadFile(path, file, metadata, contentType = 'application/jsonl') {
        const size = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.stat)(file)).size;
        const upload = new _aws_sdk_lib_storage__WEBPACK_IMPORTED_MODULE_3__/* .Upload */ ._({
            client: this.client,
            queueSize: 4,
            partSize: 8 * 1024 * 1024,
            params: {
                Bucket: this.location.bucket,
                Key: this.key(path),
                Body: (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(file),
                ContentType: contentType,
                Metadata: metadata,
                IfNoneMatch: '*',
                ...this.owner,
                ...this.encryption,
            },
        });
        const done = await upload.done();
        return { bytes: size, versionId: done.VersionId };
    }
    /** Every version of the object at `path` (exactly that key), oldest first, delete markers included. */
    async versions(path) {
        const key = this.key(path);
        const out = [];
        let keyMarker;
        let versionMarker;
        do {
            const r = await this.client.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_4__.ListObjectVersionsCommand({
                Bucket: this.location.bucket,
                Prefix: key,
                KeyMarker: keyMarker,
                VersionIdMarker: versionMarker,
                ...this.owner,
            }));
            for (const v of r.Versions ?? [])
                if (v.Key === key)
                    out.push({ versionId: v.VersionId ?? 'null', lastModified: v.LastModified, deleteMarker: false });
            for (const m of r.DeleteMarkers ?? [])
                if (m.Key === key)
                    out.push({ versionId: m.VersionId ?? 'null', lastModified: m.LastModified, deleteMarker: true });
            keyMarker = r.IsTruncated ? r.NextKeyMarker : undefined;
            versionMarker = r.IsTruncated ? r.NextVersionIdMarker : undefined;
        } while (keyMarker);
        return out.sort((a, b) => (a.lastModified?.getTime() ?? 0) - (b.lastModified?.getTime() ?? 0));
    }
    /** sha256 of an object's bytes (of one version, when given), read through: what is there, whatever its metadata says. */
    async sha256(path, versionId) {
        const r = await this.client.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_4__.GetObjectCommand({
            Bucket: this.location.bucket,
            Key: this.key(path),
            VersionId: versionId,
            ...this.owner,
        }));
        const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
        for await (const chunk of r.Body)
            hash.update(chunk);
        return hash.digest('hex');
    }
    async getText(path) {
        try {
            const r = await this.client.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_4__.GetObjectCommand({ Bucket: this.location.bucket, Key: this.key(path), ...this.owner }));
            return { text: await r.Body.transformToString('utf8'), etag: r.ETag };
        }
        catch (error) {
            if (isNotFound(error))
                return undefined;
            throw error;
        }
    }
    /** Writes JSON; `ifMatch` (an ETag) or `ifNoneMatch: '*'` make it a compare-and-swap. */
    async putJson(path, value, condition = {}) {
        const r = await this.client.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_4__.PutObjectCommand({
            Bucket: this.location.bucket,
            Key: this.key(path),
            Body: `${JSON.stringify(value, null, 2)}\n`,
            ContentType: 'application/json',
            IfMatch: condition.ifMatch,
            IfNoneMatch: condition.ifNoneMatch,
            ...this.owner,
            ...this.encryption,
        }));
        return r.ETag;
    }
    /** Keys under a path (relative to the prefix), all pages. */
    async list(path) {
        const keys = [];
        let token;
        do {
            const r = await this.client.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_4__.ListObjectsV2Command({
                Bucket: this.location.bucket,
                Prefix: this.key(path),
                ContinuationToken: token,
                ...this.owner,
            }));
            keys.push(...(r.Contents ?? []).map((o) => o.Key));
            token = r.IsTruncated ? r.NextContinuationToken : undefined;
        } while (token);
        return keys;
    }
    /**
     * Lists one key under the prefix, with `owner` as the expected bucket owner: a missing bucket is
     * NoSuchBucket, another owner (or no permission) AccessDenied.
     */
    async probe(owner) {
        await this.client.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_4__.ListObjectsV2Command({
            Bucket: this.location.bucket,
            Prefix: this.key(''),
            MaxKeys: 1,
            ExpectedBucketOwner: owner,
        }));
    }
    /** The bucket's Region (GetBucketLocation answers '' for us-east-1 and 'EU' for eu-west-1). */
    async region() {
        const r = await this.client.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_4__.GetBucketLocationCommand({ Bucket: this.location.bucket, ...this.owner }));
        const constraint = r.LocationConstraint;
        return !constraint ? 'us-east-1' : constraint === 'EU' ? 'eu-west-1' : constraint;
    }
    /** 'Enabled', 'Suspended', or 'Disabled' for a bucket that was never versioned. */
    async versioning() {
        const r = await this.client.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_4__.GetBucketVersioningCommand({ Bucket: this.location.bucket, ...this.owner }));
        return r.Status ?? 'Disabled';
    }
    /** The bucket's default encryption: its algorithm and KMS key, when it names one. */
    async defaultEncryption() {
        let r;
        try {
            r = await this.client.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_4__.GetBucketEncryptionCommand({ Bucket: this.location.bucket, ...this.owner }));
        }
        catch (error) {
            // buckets made before S3 encrypted by default (January 2023) may have no configuration
            if (error.name === 'ServerSideEncryptionConfigurationNotFoundError')
                return undefined;
            throw error;
        }
        const rule = r.ServerSideEncryptionConfiguration?.Rules?.[0]?.ApplyServerSideEncryptionByDefault;
        return rule?.SSEAlgorithm ? { algorithm: rule.SSEAlgorithm, kmsKey: rule.KMSMasterKeyID } : undefined;
    }
    /** The full key back to a path under the prefix. */
    relative(key) {
        return this.location.prefix && key.startsWith(`${this.location.prefix}/`)
            ? key.slice(this.location.prefix.length + 1)
            : key;
    }
}
const isPreconditionFailed = (error) => {
    const e = error;
    return (e.name === 'PreconditionFailed' ||
        e.$metadata?.httpStatusCode === 412 ||
        e.name === 'ConditionalRequestConflict' ||
        e.$metadata?.httpStatusCode === 409);
};


/***/ }),

/***/ 4031:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ mdText),
/* harmony export */   x: () => (/* binding */ mdCode)
/* harmony export */ });
/* harmony import */ var _lib_format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(432);
// Every string the PR comment and the job summary show that did not come from us — prompts,
// answers, labels, file names, failure messages, input values, registry strings — goes through
// one of these two functions. A pull request controls that text: it must show as text, and never
// mention a team, reference an issue, link, embed an image or speak HTML as the action's bot.

const ZWSP = '\u200b';
// Inline markdown that could turn text into something else: emphasis, code, links and images,
// autolinks and raw HTML, entities, strikethrough, math, table cells, hard breaks.
const INLINE = /[\\`*_[\]<>&~$|!]/g;
/** One line: control characters and runs of blanks become one space; at most `max` characters. */
function flatten(text, max) {
    // eslint-disable-next-line no-control-regex
    const one = text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\s]+/g, ' ').trim();
    return one.length > max ? (0,_lib_format_js__WEBPACK_IMPORTED_MODULE_0__/* .clip */ .$Q)(one, max - 1) : one;
}
/**
 * GitHub turns @user, @org/team, owner/repo#1, #1 and bare URLs in rendered text into mentions,
 * references and links, whatever backslashes the source had: a zero-width space breaks each.
 */
function inert(text) {
    return text
        .replace(/@/g, `@${ZWSP}`)
        .replace(/#/g, `#${ZWSP}`)
        .replace(/:\/\//g, `:${ZWSP}//`)
        .replace(/\bwww\./gi, (m) => `${m.slice(0, 3)}${ZWSP}.`);
}
/** Untrusted text for prose or a table cell: shown literally, on one line. */
function mdText(text, max = 120) {
    const one = flatten(text, max);
    return one === '' ? '∅' : inert(one).replace(INLINE, '\\$&');
}
/** Untrusted text as an inline code span (labels, answers, file names): shown literally, on one line. */
function mdCode(text, max = 60) {
    // A code span ends at the next backtick run, so backticks are shown as a look-alike; pipes are
    // escaped because GFM splits table cells before it parses code spans.
    const one = flatten(text, max).replace(/`/g, 'ˋ').replace(/\|/g, '\\|');
    return one === '' ? '`∅`' : `\`${one}\``;
}


/***/ }),

/***/ 3972:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  fQ: () => (/* binding */ withSession)
});

// UNUSED EXPORTS: servicesOf, storeFor

// EXTERNAL MODULE: ./src/aws/account.ts
var account = __webpack_require__(8826);
// EXTERNAL MODULE: ./src/lib/format.ts
var format = __webpack_require__(432);
// EXTERNAL MODULE: ./src/aws/bedrock-jobs.ts
var bedrock_jobs = __webpack_require__(7580);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-bedrock/dist-cjs/index.js
var dist_cjs = __webpack_require__(3701);
;// CONCATENATED MODULE: ./src/aws/custom-models.ts
// The custom models a customization job leaves behind, each billed for storage every month.
// API reference: ListCustomModels (GET /custom-models: nameContains, paged by nextToken; summaries
// carry modelArn, modelName, creationTime, baseModelArn), DeleteCustomModel (DELETE
// /custom-models/{modelIdentifier}; ConflictException, HTTP 400, when the operation conflicts,
// e.g. a deployment or Provisioned Throughput still serves it; ResourceNotFoundException when it is
// gone) and ListTagsForResource.

class CustomModels {
    client;
    constructor(client) {
        this.client = client;
    }
    /** Every custom model whose name starts with `prefix` (all pages; the API filters by "contains"). */
    async named(prefix) {
        const out = [];
        for await (const page of (0,dist_cjs/* paginateListCustomModels */.ZcU)({ client: this.client, pageSize: 100 }, { nameContains: prefix }))
            for (const m of page.modelSummaries ?? [])
                if (m.modelName?.startsWith(prefix))
                    out.push({ arn: m.modelArn, name: m.modelName, createdAt: m.creationTime, baseModelArn: m.baseModelArn });
        return out;
    }
    /** One model's base model and creation time (GetCustomModel). */
    async get(arn) {
        const m = await this.client.send(new dist_cjs/* GetCustomModelCommand */.K5d({ modelIdentifier: arn }));
        return { arn: m.modelArn ?? arn, name: m.modelName ?? '', createdAt: m.creationTime, baseModelArn: m.baseModelArn };
    }
    async tags(arn) {
        const r = await this.client.send(new dist_cjs/* ListTagsForResourceCommand */.a_e({ resourceARN: arn }));
        return new Map((r.tags ?? []).map((t) => [t.key, t.value]));
    }
    /** Deletes a model: 'deleted', 'gone' (already), or 'in-use' with Bedrock's reason (ConflictException). */
    async delete(arn) {
        try {
            await this.client.send(new dist_cjs/* DeleteCustomModelCommand */.Frv({ modelIdentifier: arn }));
            return { outcome: 'deleted' };
        }
        catch (error) {
            const name = error.name;
            if (name === 'ResourceNotFoundException')
                return { outcome: 'gone' };
            if (name === 'ConflictException')
                return { outcome: 'in-use', reason: error.message };
            throw error;
        }
    }
}

// EXTERNAL MODULE: ./src/aws/deployments.ts
var deployments = __webpack_require__(7409);
;// CONCATENATED MODULE: ./src/aws/endpoint-updates.ts

/**
 * Re-pointing a deployment at another model: what moves production. Kept apart from Deployments
 * so that only promote and rollback (the release role) import it; the IAM test holds the training
 * role's policy to the calls its commands can reach.
 */
class EndpointUpdates {
    client;
    constructor(client) {
        this.client = client;
    }
    async update(identifier, modelArn) {
        await this.client.send(new dist_cjs/* UpdateCustomModelDeploymentCommand */.wpT({ customModelDeploymentIdentifier: identifier, modelArn }));
    }
}

;// CONCATENATED MODULE: ./src/aws/foundation-models.ts

/** Bedrock's foundation models: the lifecycle of one (GetFoundationModel), how it may be invoked, and the inference profiles. */
class FoundationModels {
    client;
    constructor(client) {
        this.client = client;
    }
    async lifecycle(modelIdentifier) {
        const r = await this.client.send(new dist_cjs/* GetFoundationModelCommand */.kFc({ modelIdentifier }));
        const l = r.modelDetails?.modelLifecycle;
        return {
            modelId: r.modelDetails?.modelId ?? modelIdentifier,
            status: l?.status ?? 'ACTIVE',
            legacySince: l?.legacyTime,
            endOfLife: l?.endOfLifeTime,
        };
    }
    /** Everything `doctor` reads: customizations, inference types and lifecycle. */
    async details(modelIdentifier) {
        const r = await this.client.send(new dist_cjs/* GetFoundationModelCommand */.kFc({ modelIdentifier }));
        const d = r.modelDetails;
        const l = d?.modelLifecycle;
        const modelId = d?.modelId ?? modelIdentifier;
        return {
            modelId,
            customizations: d?.customizationsSupported ?? [],
            inferenceTypes: d?.inferenceTypesSupported ?? [],
            lifecycle: { modelId, status: l?.status ?? 'ACTIVE', legacySince: l?.legacyTime, endOfLife: l?.endOfLifeTime },
        };
    }
    /** How the model may be invoked in this Region: ON_DEMAND, INFERENCE_PROFILE, PROVISIONED (GetFoundationModel). */
    async inferenceTypes(modelIdentifier) {
        const r = await this.client.send(new dist_cjs/* GetFoundationModelCommand */.kFc({ modelIdentifier }));
        return r.modelDetails?.inferenceTypesSupported ?? [];
    }
    /** The system-defined inference profiles of this Region, all pages (ListInferenceProfiles). */
    async inferenceProfiles() {
        const out = [];
        let nextToken;
        do {
            const r = await this.client.send(new dist_cjs/* ListInferenceProfilesCommand */.R58({ typeEquals: 'SYSTEM_DEFINED', nextToken }));
            for (const p of r.inferenceProfileSummaries ?? [])
                if (p.inferenceProfileId)
                    out.push({ id: p.inferenceProfileId, modelArns: (p.models ?? []).map((m) => m.modelArn ?? '') });
            nextToken = r.nextToken;
        } while (nextToken);
        return out;
    }
}

// EXTERNAL MODULE: ./src/aws/invocation-logs.ts
var invocation_logs = __webpack_require__(8839);
// EXTERNAL MODULE: ./src/aws/lambda.ts
var lambda = __webpack_require__(5974);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-cloudwatch/dist-cjs/index.js
var client_cloudwatch_dist_cjs = __webpack_require__(4085);
;// CONCATENATED MODULE: ./src/aws/metrics.ts
// CloudWatch's AWS/Bedrock runtime metrics (user guide, "Monitor bedrock-runtime inference using
// CloudWatch metrics"): Invocations, InvocationServerErrors, InvocationClientErrors,
// InvocationThrottles and InvocationLatency, by the ModelId dimension. Which ModelId a call through
// a custom model deployment is counted under is not documented: the deployment's ARN (what the
// caller sends) or the custom model's. Both are asked for, and the one that has data is used
// (docs/aws-assumptions.md).

const METRICS = [
    ['invocations', 'Invocations', 'Sum'],
    ['server', 'InvocationServerErrors', 'Sum'],
    ['client', 'InvocationClientErrors', 'Sum'],
    ['throttles', 'InvocationThrottles', 'Sum'],
    ['latency', 'InvocationLatency', 'p95'],
    ['input', 'InputTokenCount', 'Sum'],
    ['output', 'OutputTokenCount', 'Sum'],
];
class BedrockMetrics {
    client;
    constructor(aws) {
        this.client = new client_cloudwatch_dist_cjs/* CloudWatchClient */.WBn({ region: aws.region, credentials: aws.credentials, maxAttempts: 6 });
    }
    /** The serving figures of whichever of `modelIds` has data in the window (per-minute periods by default). */
    async serving(modelIds, since, until, periodSeconds = 60) {
        const queries = modelIds.flatMap((modelId, i) => METRICS.map(([id, name, stat]) => ({
            Id: `${id}${i}`,
            MetricStat: {
                Metric: { Namespace: 'AWS/Bedrock', MetricName: name, Dimensions: [{ Name: 'ModelId', Value: modelId }] },
                Period: periodSeconds,
                Stat: stat,
            },
            ReturnData: true,
        })));
        const values = new Map();
        let token;
        do {
            const page = await this.client.send(new client_cloudwatch_dist_cjs/* GetMetricDataCommand */.Soe({ MetricDataQueries: queries, StartTime: since, EndTime: until, NextToken: token }));
            for (const r of page.MetricDataResults ?? [])
                values.set(r.Id, [...(values.get(r.Id) ?? []), ...(r.Values ?? [])]);
            token = page.NextToken;
        } while (token);
        const sum = (id) => (values.get(id) ?? []).reduce((a, x) => a + x, 0);
        const figures = modelIds.map((dimension, i) => {
            const latency = values.get(`latency${i}`) ?? [];
            return {
                dimension,
                invocations: sum(`invocations${i}`),
                serverErrors: sum(`server${i}`),
                clientErrors: sum(`client${i}`),
                throttles: sum(`throttles${i}`),
                latencyP95: latency.length ? Math.max(...latency) : undefined,
                inputTokens: sum(`input${i}`),
                outputTokens: sum(`output${i}`),
            };
        });
        const busiest = figures.reduce((a, b) => b.invocations + b.serverErrors + b.throttles > a.invocations + a.serverErrors + a.throttles ? b : a);
        return busiest.invocations + busiest.serverErrors + busiest.throttles > 0
            ? busiest
            : { invocations: 0, serverErrors: 0, clientErrors: 0, throttles: 0 };
    }
    destroy() {
        this.client.destroy();
    }
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-pricing/dist-cjs/index.js
var client_pricing_dist_cjs = __webpack_require__(4453);
;// CONCATENATED MODULE: ./src/aws/pricing.ts

/** The AWS Price List Query API: Bedrock's usage types, and the price-list items of one of them. */
class PriceList {
    client;
    constructor(client) {
        this.client = client;
    }
    /** Every value of an attribute of the service's products (all pages). */
    async attributeValues(serviceCode, attributeName) {
        const values = [];
        let NextToken;
        do {
            const r = await this.client.send(new client_pricing_dist_cjs/* GetAttributeValuesCommand */.YT({
                ServiceCode: serviceCode,
                AttributeName: attributeName,
                NextToken,
                MaxResults: 100,
            }));
            for (const v of r.AttributeValues ?? [])
                if (v.Value)
                    values.push(v.Value);
            NextToken = r.NextToken;
        } while (NextToken);
        return values;
    }
    /** The price-list items (AWS's JSON documents, parsed) whose attributes match every filter exactly. */
    async products(serviceCode, filters) {
        const items = [];
        let NextToken;
        do {
            const r = await this.client.send(new client_pricing_dist_cjs/* GetProductsCommand */.SS({
                ServiceCode: serviceCode,
                Filters: Object.entries(filters).map(([Field, Value]) => ({ Type: 'TERM_MATCH', Field, Value })),
                FormatVersion: 'aws_v1',
                NextToken,
                MaxResults: 100,
            }));
            // Each item is a JSON document in a string (the SDK may hand it over wrapped in a String-like object).
            for (const item of r.PriceList ?? [])
                items.push(item && typeof item === 'object' && 'terms' in item ? item : JSON.parse(String(item)));
            NextToken = r.NextToken;
        } while (NextToken);
        return items;
    }
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-bedrock-runtime/dist-cjs/index.js
var client_bedrock_runtime_dist_cjs = __webpack_require__(7462);
;// CONCATENATED MODULE: ./src/aws/runtime.ts

/** Bedrock runtime: one Converse call, deterministic (temperature 0). */
class Runtime {
    client;
    constructor(client) {
        this.client = client;
    }
    async converse(modelId, system, messages, maxTokens) {
        const started = Date.now();
        const r = await this.client.send(new client_bedrock_runtime_dist_cjs/* ConverseCommand */.Ruf({
            modelId,
            system: system.length ? system : undefined,
            messages,
            inferenceConfig: { maxTokens, temperature: 0 },
        }));
        const text = (r.output?.message?.content ?? []).map((b) => ('text' in b && b.text) || '').join('');
        return {
            text,
            latencyMs: r.metrics?.latencyMs ?? Date.now() - started,
            inputTokens: r.usage?.inputTokens ?? 0,
            outputTokens: r.usage?.outputTokens ?? 0,
        };
    }
}

// EXTERNAL MODULE: ./src/aws/s3-store.ts
var s3_store = __webpack_require__(8071);
;// CONCATENATED MODULE: ./src/services.ts













/** The adapters over `aws`: each made when first asked for, then the same one. */
function servicesOf(aws) {
    const made = new Map();
    const once = (name, make) => {
        if (!made.has(name))
            made.set(name, make());
        return made.get(name);
    };
    return {
        get jobs() {
            return once('jobs', () => new bedrock_jobs.BedrockJobs(aws.bedrock));
        },
        get models() {
            return once('models', () => new CustomModels(aws.bedrock));
        },
        get deployments() {
            return once('deployments', () => new deployments.Deployments(aws.bedrock));
        },
        get endpointUpdates() {
            return once('endpointUpdates', () => new EndpointUpdates(aws.bedrock));
        },
        get foundation() {
            return once('foundation', () => new FoundationModels(aws.bedrock));
        },
        get runtime() {
            return once('runtime', () => new Runtime(aws.runtime));
        },
        get lambda() {
            return once('lambda', () => new lambda/* LambdaFunctions */.X(aws.lambda));
        },
        get priceList() {
            return once('priceList', () => new PriceList(aws.pricing));
        },
        get metrics() {
            return once('metrics', () => new BedrockMetrics(aws));
        },
        get account() {
            return once('account', () => new account/* Account */.gD(aws));
        },
        // the logs' bucket is not s3-uri's, so expected-bucket-owner is not asked of it
        logs: (location) => new invocation_logs/* InvocationLogs */.gF(aws.s3, location),
        destroy: () => {
            made.get('metrics')?.destroy();
            made.get('account')?.destroy();
        },
    };
}
function storeFor(settings, aws) {
    return new s3_store/* S3Store */.s(aws.s3, settings.s3, {
        expectedBucketOwner: settings.expectedBucketOwner,
        kmsKeyId: settings.kmsKeyId,
    });
}
/** Reaches AWS once (the origin checks run there), runs `fn` on the session, and closes every client. */
async function withSession(settings, deps, io, fn) {
    // as configure-aws-credentials' mask-aws-account-id: the account id never shows in the log
    for (const arn of [settings.roleToAssume, settings.bedrockRoleArn, settings.releaseRoleArn]) {
        const account = (0,format/* accountIdOf */.Ow)(arn);
        if (account)
            io.setSecret(account);
    }
    const aws = await deps.aws(settings, io);
    const services = servicesOf(aws);
    try {
        return await fn({ settings, aws, store: storeFor(settings, aws), services, deps, io });
    }
    finally {
        services.destroy();
        aws.destroy();
    }
}


/***/ })

};
