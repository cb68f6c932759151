export const id = 897;
export const ids = [897];
export const modules = {

/***/ 8839:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   XP: () => (/* binding */ accountOf),
/* harmony export */   gF: () => (/* binding */ InvocationLogs),
/* harmony export */   nV: () => (/* binding */ servedBy)
/* harmony export */ });
/* unused harmony export readRecord */
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_readline__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(481);
/* harmony import */ var node_readline__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_readline__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3711);
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
class InvocationLogs {
    s3;
    location;
    expectedBucketOwner;
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
                const page = await this.s3.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_2__.ListObjectsV2Command({
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
        const r = await this.s3.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_2__.GetObjectCommand({ Bucket: this.location.bucket, Key: key, ExpectedBucketOwner: this.expectedBucketOwner }));
        const body = r.Body;
        const gzipped = key.endsWith('.gz') || r.ContentEncoding === 'gzip';
        const lines = (0,node_readline__WEBPACK_IMPORTED_MODULE_1__.createInterface)({ input: gzipped ? body.pipe((0,node_zlib__WEBPACK_IMPORTED_MODULE_0__.createGunzip)()) : body, crlfDelay: Infinity });
        let pending = '';
        for await (const line of lines) {
            // one record per line, or one record over many lines: a line that does not parse is joined to the next
            const text = pending ? `${pending}\n${line}` : line;
            if (text.trim() === '')
                continue;
            let parsed;
            try {
                parsed = JSON.parse(text);
            }
            catch {
                pending = text.length < 16 << 20 ? text : '';
                continue;
            }
            pending = '';
            const call = readRecord(parsed);
            if (call)
                yield call;
        }
    }
}


/***/ }),

/***/ 9656:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ BedrockMetrics)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_cloudwatch__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4085);
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
        this.client = new _aws_sdk_client_cloudwatch__WEBPACK_IMPORTED_MODULE_0__/* .CloudWatchClient */ .WBn({ region: aws.region, credentials: aws.credentials, maxAttempts: 6 });
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
            const page = await this.client.send(new _aws_sdk_client_cloudwatch__WEBPACK_IMPORTED_MODULE_0__/* .GetMetricDataCommand */ .Soe({ MetricDataQueries: queries, StartTime: since, EndTime: until, NextToken: token }));
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


/***/ }),

/***/ 2544:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gx: () => (/* binding */ shadowReplay),
/* harmony export */   T9: () => (/* binding */ requestText),
/* harmony export */   V3: () => (/* binding */ shadowRefusal),
/* harmony export */   uG: () => (/* binding */ sampleCalls)
/* harmony export */ });
/* unused harmony export replay */
/* harmony import */ var _aws_runtime_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(833);
/* harmony import */ var _aws_invocation_logs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8839);
/* harmony import */ var _aws_deployments_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7409);
/* harmony import */ var _aws_foundation_models_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(5395);
/* harmony import */ var _invoke_ids_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7211);
/* harmony import */ var _pricing_prices_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5142);
/* harmony import */ var _lib_format_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(432);
/* harmony import */ var _budget_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5681);
/* harmony import */ var _dataset_text_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(1201);
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9642);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(3916);
/* harmony import */ var _scorers_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5987);
/* harmony import */ var _stats_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(5397);
/* harmony import */ var _targets_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(1760);
/* harmony import */ var _preference_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3509);















/**
 * Up to `n` of production's calls, uniformly over the window (reservoir sampling, Algorithm R,
 * seeded): memory holds the sample, never the logs. Converse calls with text only; calls with an
 * image, document or video, other operations and failed calls are counted, not replayed.
 */
async function sampleCalls(calls, isProduction, n, seed = 20261202) {
    const random = (0,_stats_js__WEBPACK_IMPORTED_MODULE_8__/* .seededRandom */ .Is)(seed);
    const sample = [];
    let seen = 0;
    let eligible = 0;
    const skipped = { media: 0, otherOperations: 0, failed: 0 };
    for await (const call of calls) {
        if (!isProduction(call.modelId))
            continue;
        seen += 1;
        if (call.operation !== 'Converse')
            skipped.otherOperations += 1;
        else if (call.media)
            skipped.media += 1;
        else if (call.answer === undefined || call.messages.at(-1)?.role !== 'user')
            skipped.failed += 1;
        else {
            eligible += 1;
            if (sample.length < n)
                sample.push(call);
            else {
                const j = Math.floor(random() * eligible);
                if (j < n)
                    sample[j] = call;
            }
        }
    }
    sample.sort((a, b) => a.at.getTime() - b.at.getTime());
    return { calls: sample, seen, skipped };
}
/** A logged request as the judge reads it: the question alone, or the conversation's turns. */
function requestText(call) {
    const text = (m) => m.content.map((b) => b.text).join(' ');
    return call.messages.length === 1
        ? text(call.messages[0])
        : call.messages.map((m) => `${m.role === 'user' ? 'User' : 'Assistant'}: ${text(m)}`).join('\n');
}
const MAX_SHOWN = 10;
const rank = (o) => (o === 'loss' ? 0 : o === 'tie' ? 1 : o === 'win' ? 2 : 3);
/** How two answers are compared: the scorer's own rule for string scorers, identical text otherwise. */
function comparison(scorer) {
    if (scorer === 'exact' || scorer === 'normalized' || scorer === 'json')
        return { by: `scorer '${scorer}'`, same: (a, b) => (0,_scorers_js__WEBPACK_IMPORTED_MODULE_6__/* .score */ .fN)(scorer, a, b) };
    return {
        by: scorer === 'judge'
            ? "normalized text; where they differ, the judge's preference (asked in both orders)"
            : 'normalized text (the answers are free text: read the disagreements)',
        same: (a, b) => (0,_scorers_js__WEBPACK_IMPORTED_MODULE_6__/* .normalize */ .S8)(a) === (0,_scorers_js__WEBPACK_IMPORTED_MODULE_6__/* .normalize */ .S8)(b),
    };
}
/** Replays the sample against the candidate and compares each answer with production's. */
async function replay(runtime, target, sample, window, options) {
    const { by, same } = comparison(options.scorer);
    const results = await (0,_runner_js__WEBPACK_IMPORTED_MODULE_5__/* .runCalls */ .zA)(sample.calls.map((call, i) => ({
        lines: [i + 1],
        run: async () => {
            const reply = await runtime.converse(target.modelId, call.system, call.messages, options.maxTokens);
            return { call, answer: reply.text, latencyMs: reply.latencyMs };
        },
        failed: (error) => ({ call, error }),
    })), sample.calls.length, (r) => (r.error ? [{ line: 0, error: r.error }] : []), { ...options, label: `shadow replay on ${target.label}` }).catch((error) => {
        if (!(error instanceof _runner_js__WEBPACK_IMPORTED_MODULE_5__/* .ErrorBudgetExceeded */ .Pd))
            throw error;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_9__/* .UserError */ .yo(`Shadow replay: the candidate failed ${error.errors} of ${error.total} replayed requests (first: ${error.first}); it is not promoted. Check the candidate's deployment, or lower 'eval-concurrency'.`);
    });
    const judged = options.scorer === 'judge' && options.judgeModel
        ? await (0,_preference_js__WEBPACK_IMPORTED_MODULE_7__/* .judgePreferences */ .oU)(runtime, results.map((r) => ({
            prompt: requestText(r.call),
            production: r.call.answer,
            candidate: r.answer,
            same: r.answer !== undefined && same(r.answer, r.call.answer),
        })), { model: options.judgeModel, concurrency: options.concurrency, io: options.io, clock: options.clock })
        : undefined;
    let agreed = 0;
    const pairs = new Map();
    for (const [i, r] of results.entries()) {
        const production = r.call.answer;
        if (r.answer !== undefined && same(r.answer, production)) {
            agreed += 1;
            continue;
        }
        const candidate = r.answer ?? `(error: ${r.error})`;
        const key = `${(0,_scorers_js__WEBPACK_IMPORTED_MODULE_6__/* .normalize */ .S8)(production)}\u0000${(0,_scorers_js__WEBPACK_IMPORTED_MODULE_6__/* .normalize */ .S8)(candidate)}`;
        const pair = pairs.get(key);
        if (pair)
            pair.count += 1;
        else {
            const prompt = r.call.messages
                .at(-1)
                .content.map((b) => b.text)
                .join(' ');
            pairs.set(key, {
                production: (0,_dataset_text_js__WEBPACK_IMPORTED_MODULE_10__/* .withheld */ .uN)(production, 'replayed text'),
                candidate: (0,_dataset_text_js__WEBPACK_IMPORTED_MODULE_10__/* .withheld */ .uN)(candidate, 'replayed text'),
                count: 1,
                example: (0,_dataset_text_js__WEBPACK_IMPORTED_MODULE_10__/* .withheld */ .uN)(prompt, 'replayed text'),
                verdict: judged?.outcomes[i],
            });
        }
    }
    const latencies = results.flatMap((r) => (r.latencyMs === undefined ? [] : [r.latencyMs]));
    const logged = sample.calls.flatMap((c) => (c.latencyMs === undefined ? [] : [c.latencyMs]));
    const p = (xs) => ({ p50: (0,_stats_js__WEBPACK_IMPORTED_MODULE_8__/* .quantile */ .YV)(xs, 0.5), p95: (0,_stats_js__WEBPACK_IMPORTED_MODULE_8__/* .quantile */ .YV)(xs, 0.95) });
    return {
        window: { since: window.since.toISOString(), until: window.until.toISOString() },
        seen: sample.seen,
        skipped: sample.skipped,
        replayed: results.length,
        comparedBy: by,
        agreement: results.length ? agreed / results.length : 0,
        agreed,
        errors: results.filter((r) => r.error).length,
        latencyMs: { candidate: p(latencies), production: logged.length ? p(logged) : undefined },
        preference: judged?.preference,
        // most frequent first; among as frequent, where production's answer was preferred first
        disagreements: [...pairs.values()]
            .sort((a, b) => b.count - a.count || rank(a.verdict) - rank(b.verdict))
            .slice(0, MAX_SHOWN),
    };
}
/**
 * The replay promote runs before the swap: production's requests of the last `shadow-days` from
 * the invocation logs, sampled, sent to the candidate on an evaluation deployment (deleted after),
 * and compared with production's answers. Undefined when the logs hold no request to replay.
 */
async function shadowReplay(p, endpoint, candidate, budget) {
    const { settings, aws, deps, io } = p;
    const until = new Date(deps.clock.now());
    const since = new Date(until.getTime() - settings.shadowDays * 86_400_000);
    const logs = new _aws_invocation_logs_js__WEBPACK_IMPORTED_MODULE_0__/* .InvocationLogs */ .gF(aws.s3, settings.invocationLogs);
    const sample = await io.group('Shadow replay: production requests', async () => {
        const s = await sampleCalls(logs.calls((0,_aws_invocation_logs_js__WEBPACK_IMPORTED_MODULE_0__/* .accountOf */ .XP)(endpoint.deploymentArn), aws.region, since, until), (0,_aws_invocation_logs_js__WEBPACK_IMPORTED_MODULE_0__/* .servedBy */ .nV)(endpoint), settings.shadowRequests);
        io.info(`${s.seen} production requests in the invocation logs since ${since.toISOString()}; ${s.calls.length} sampled for replay (skipped: ${s.skipped.media} with media, ${s.skipped.otherOperations} not Converse, ${s.skipped.failed} failed).`);
        return s;
    });
    if (sample.calls.length === 0)
        return sample;
    const costUsd = budget && replayBudget(settings, sample, budget, io);
    // the judge is invoked as the evaluation invokes it (a profile of this Region's geography)
    const judgeModel = settings.scorer === 'judge'
        ? (await (0,_invoke_ids_js__WEBPACK_IMPORTED_MODULE_2__/* .withInvokeIds */ .$3)(settings, aws.region, new _aws_foundation_models_js__WEBPACK_IMPORTED_MODULE_11__/* .FoundationModels */ .I(aws.bedrock), io, aws)).judgeModel
        : undefined;
    const deployments = new _aws_deployments_js__WEBPACK_IMPORTED_MODULE_1__.Deployments(aws.bedrock);
    const target = await (0,_targets_js__WEBPACK_IMPORTED_MODULE_12__/* .customModelTarget */ .M)('candidate', `candidate (${candidate.name})`, candidate.modelArn, candidate.name, {
        deployments,
        clock: deps.clock,
        schedule: deps.schedule,
        io,
        keepDeployment: false,
        tags: [
            { key: 'managed-by', value: 'bedrock-model-ci' },
            { key: 'model-name', value: settings.modelName },
            { key: 'purpose', value: 'evaluation' },
            ...(deps.context.runUrl ? [{ key: 'workflow-run', value: deps.context.runUrl }] : []),
        ],
        resources: deps.resources,
    });
    try {
        const result = await io.group(`Shadow replay on ${target.label}`, () => replay(new _aws_runtime_js__WEBPACK_IMPORTED_MODULE_13__/* .Runtime */ .v(aws.runtime), target, sample, { since, until }, {
            scorer: settings.scorer,
            judgeModel,
            concurrency: settings.evalConcurrency,
            maxTokens: settings.maxTokens,
            io,
            clock: deps.clock,
        }));
        return { ...result, costUsd };
    }
    finally {
        await target.release();
    }
}
/**
 * `max-eval-cost` covers the replay: its estimate, added to what the evaluation was estimated at,
 * must stay under the ceiling, or nothing is replayed (and nothing promoted). Returns the estimate.
 */
function replayBudget(settings, sample, budget, io) {
    const cost = (0,_budget_js__WEBPACK_IMPORTED_MODULE_4__/* .estimateReplayCost */ .tI)(settings, sample.calls.map((c) => ({
        inputTokens: c.inputTokens,
        chars: c.system.reduce((a, b) => a + b.text.length, 0) + requestText(c).length,
        answerChars: c.answer?.length ?? 0,
    })), budget.prices);
    io.info(`Shadow replay: ${cost.usd === undefined ? `no price for ${cost.missing.join(', ')}, so no cost` : `up to $${(0,_pricing_prices_js__WEBPACK_IMPORTED_MODULE_3__/* .formatUsd */ .UK)(cost.usd)}`} (${cost.method}).`);
    const max = settings.maxEvalCost;
    if (max === undefined)
        return cost.usd;
    if (cost.usd === undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_9__/* .UserError */ .yo(`'max-eval-cost' is ${max} USD, but no inference price was found for ${cost.missing.join(', ')}, so shadow replay's cost cannot be checked; nothing was replayed or promoted. Supply the prices with input 'prices', or allow the role pricing:GetProducts.`);
    if (budget.spentUsd + cost.usd > max)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_9__/* .UserError */ .yo(`Shadow replay would cost up to $${(0,_pricing_prices_js__WEBPACK_IMPORTED_MODULE_3__/* .formatUsd */ .UK)(cost.usd)} (${cost.method}); with the evaluation's $${(0,_pricing_prices_js__WEBPACK_IMPORTED_MODULE_3__/* .formatUsd */ .UK)(budget.spentUsd)} that makes $${(0,_pricing_prices_js__WEBPACK_IMPORTED_MODULE_3__/* .formatUsd */ .UK)(budget.spentUsd + cost.usd)}, more than 'max-eval-cost' $${(0,_pricing_prices_js__WEBPACK_IMPORTED_MODULE_3__/* .formatUsd */ .UK)(max)}. Nothing was replayed or promoted: lower 'shadow-requests' (now ${settings.shadowRequests}) or 'max-tokens', or raise 'max-eval-cost'.`);
    return cost.usd;
}
/** Why the replay refuses the candidate, or undefined: under `min-shadow-agreement` or `min-shadow-preference`. */
function shadowRefusal(r, limits) {
    if (limits.minShadowAgreement !== undefined && r.agreement < limits.minShadowAgreement)
        return `shadow replay: the candidate answered ${(0,_lib_format_js__WEBPACK_IMPORTED_MODULE_14__/* .pct */ .Oe)(r.agreement)} of ${r.replayed} replayed production requests as production did, under 'min-shadow-agreement' ${(0,_lib_format_js__WEBPACK_IMPORTED_MODULE_14__/* .pct */ .Oe)(limits.minShadowAgreement)}`;
    const preference = r.preference;
    if (limits.minShadowPreference !== undefined && preference && preference.value < limits.minShadowPreference)
        return `shadow replay: the judge preferred the candidate's answers to production's at ${(0,_lib_format_js__WEBPACK_IMPORTED_MODULE_14__/* .pct */ .Oe)(preference.value)} (${preference.wins} better, ${preference.ties} as good, ${preference.losses} worse of ${r.replayed} replayed requests), under 'min-shadow-preference' ${(0,_lib_format_js__WEBPACK_IMPORTED_MODULE_14__/* .pct */ .Oe)(limits.minShadowPreference)}`;
    return undefined;
}


/***/ })

};
