export const id = 785;
export const ids = [785,23];
export const modules = {

/***/ 8839:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ InvocationLogs)
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
        errorCode: typeof record.errorCode === 'string' ? record.errorCode : undefined,
        media,
    };
}
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

/***/ 23:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  validate: () => (/* binding */ validate_validate)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(4031);
// EXTERNAL MODULE: ./src/rules.ts
var rules = __webpack_require__(9244);
;// CONCATENATED MODULE: ./src/report/validation.ts


const fmt = (n) => n.toLocaleString('en-US');
function bytes(n) {
    if (n < 1024)
        return `${n} B`;
    if (n < 1024 ** 2)
        return `${(n / 1024).toFixed(1)} KiB`;
    if (n < 1024 ** 3)
        return `${(n / 1024 ** 2).toFixed(1)} MiB`;
    return `${(n / 1024 ** 3).toFixed(2)} GiB`;
}
function labelTable(training, test, top = 25) {
    const train = training.labels;
    const total = training.records || 1;
    const testLabels = test?.labels;
    const testTotal = test?.records || 1;
    const rows = Object.entries(train).slice(0, top);
    const lines = [
        `| label | training | share |${testLabels ? ' test | share |' : ''}`,
        `|---|---:|---:|${testLabels ? '---:|---:|' : ''}`,
    ];
    for (const [label, count] of rows) {
        const t = testLabels?.[label] ?? 0;
        lines.push(`| ${(0,report_escape/* mdCode */.x)(label)} | ${fmt(count)} | ${((100 * count) / total).toFixed(1)} % |${testLabels ? ` ${fmt(t)} | ${((100 * t) / testTotal).toFixed(1)} % |` : ''}`);
    }
    const rest = Object.keys(train).length - rows.length;
    if (rest > 0)
        lines.push(`| … ${rest} more | | |${testLabels ? ' | |' : ''}`);
    return lines;
}
/** The job summary of a validation: files, label balance and problems by rule. */
function validationSummary(report) {
    const out = [];
    const verdict = report.ok
        ? `✅ **Datasets valid** — ${fmt(report.records)} training records${report.warnings ? `, ${report.warnings} warning(s)` : ''}`
        : `❌ **Datasets invalid** — ${report.errors} error(s), ${report.warnings} warning(s). Nothing was uploaded and no job was started.`;
    out.push('## Bedrock Model CI — dataset validation', '', verdict, '');
    out.push('| file | role | records | tokens (est.) | largest record | size | system prompts |', '|---|---|---:|---:|---:|---:|---:|');
    for (const f of report.files) {
        out.push(`| ${(0,report_escape/* mdCode */.x)(f.name, 120)} | ${f.role} | ${fmt(f.records)} | ${fmt(f.tokens)} | ${fmt(f.maxRecordTokens)} | ${bytes(f.bytes)} | ${f.systemPrompts} |`);
    }
    out.push('', `Dataset hash: \`${report.datasetHash}\``, '');
    const training = report.files.find((f) => f.role === 'training');
    if (training?.labels) {
        out.push(`### Label balance (${Object.keys(training.labels).length} labels)`, '', ...labelTable(training, report.files.find((f) => f.role === 'test')), '');
    }
    if (report.tallies.length > 0) {
        out.push('### Problems by rule', '', '| rule | severity | count | first at | what |', '|---|---|---:|---|---|');
        const sorted = [...report.tallies].sort((a, b) => a.severity === b.severity ? b.count - a.count : a.severity === 'error' ? -1 : 1);
        for (const t of sorted) {
            const at = `${t.first.file}${t.first.line ? `:${t.first.line}` : ''}`;
            out.push(`| \`${t.rule}\` | ${t.severity} | ${fmt(t.count)} | ${(0,report_escape/* mdCode */.x)(at, 120)} | ${rules/* RULES */.y0[t.rule].title} |`);
        }
        out.push('');
    }
    return out.join('\n');
}

// EXTERNAL MODULE: ./src/dataset/validate.ts + 5 modules
var validate = __webpack_require__(8107);
// EXTERNAL MODULE: ./src/evaluation/judge.ts
var judge = __webpack_require__(7117);
;// CONCATENATED MODULE: ./src/commands/validate.ts






/**
 * Validates the datasets, annotates every problem on its file and line, writes the summary,
 * outputs and a JSON report, and throws when there is any error, so nothing after it runs.
 */
async function validate_validate(settings, io) {
    const report = await io.group('Validate datasets', async () => {
        const r = await (0,validate/* validateDatasets */.MQ)(settings);
        for (const p of r.problems) {
            const message = `${p.message} [${p.rule}]`;
            const at = { file: p.file, line: p.line };
            if (p.severity === 'error')
                io.error(message, at);
            else
                io.warning(message, at);
        }
        for (const o of r.omitted) {
            io.info(`${o.omitted} more ${o.severity}(s) of rule ${o.rule} not shown; the summary and the JSON report count them all.`);
        }
        for (const f of r.files) {
            io.info(`${f.name}: ${f.records} records, ~${f.tokens} tokens, sha256 ${f.sha256}`);
        }
        return r;
    });
    io.setOutput('records', report.records);
    io.setOutput('dataset-hash', report.datasetHash);
    await (0,promises_.mkdir)(io.tempDir, { recursive: true });
    const reportPath = external_node_path_default().join(io.tempDir, 'validation-report.json');
    await (0,promises_.writeFile)(reportPath, `${JSON.stringify(report, null, 2)}\n`);
    io.setOutput('report-path', reportPath);
    await io.summary(validationSummary(report));
    if (!report.ok) {
        const rules = [
            ...new Set(report.tallies.filter((t) => t.severity === 'error').map((t) => `${t.rule} ×${t.count}`)),
        ];
        throw new errors/* UserError */.yo(`Dataset validation failed: ${report.errors} error(s) (${rules.join(', ')}). Each is annotated on its file and line; fix them and push again. Nothing was uploaded and no job was started.`);
    }
    io.info(`Datasets valid: ${report.records} training records, ${report.warnings} warning(s).`);
    // The judge's rubric is an input file like the datasets: a bad one stops the run before any upload.
    if (settings.scorer === 'judge')
        await (0,judge/* loadRubric */.YD)(settings, io);
    return report;
}


/***/ }),

/***/ 2544:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gx: () => (/* binding */ shadowReplay),
/* harmony export */   uG: () => (/* binding */ sampleCalls)
/* harmony export */ });
/* unused harmony export replay */
/* harmony import */ var _aws_runtime_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(833);
/* harmony import */ var _aws_invocation_logs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8839);
/* harmony import */ var _aws_deployments_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7409);
/* harmony import */ var _dataset_text_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1201);
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9642);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3916);
/* harmony import */ var _scorers_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5987);
/* harmony import */ var _stats_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5397);
/* harmony import */ var _targets_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1760);









/**
 * Up to `n` of production's calls, uniformly over the window (reservoir sampling, Algorithm R,
 * seeded): memory holds the sample, never the logs. Converse calls with text only; calls with an
 * image, document or video, other operations and failed calls are counted, not replayed.
 */
async function sampleCalls(calls, isProduction, n, seed = 20261202) {
    const random = (0,_stats_js__WEBPACK_IMPORTED_MODULE_4__/* .seededRandom */ .Is)(seed);
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
const MAX_SHOWN = 10;
const withheld = (text) => {
    const found = (0,_dataset_text_js__WEBPACK_IMPORTED_MODULE_5__/* .sensitiveData */ .LW)(text, 'replayed text');
    return found.length ? `[withheld: ${found.map((f) => f.rule).join(', ')}]` : text;
};
/** How two answers are compared: the scorer's own rule for string scorers, identical text otherwise. */
function comparison(scorer) {
    if (scorer === 'exact' || scorer === 'normalized' || scorer === 'json')
        return { by: `scorer '${scorer}'`, same: (a, b) => (0,_scorers_js__WEBPACK_IMPORTED_MODULE_3__/* .score */ .fN)(scorer, a, b) };
    return {
        by: 'normalized text (the answers are free text: read the disagreements)',
        same: (a, b) => (0,_scorers_js__WEBPACK_IMPORTED_MODULE_3__/* .normalize */ .S8)(a) === (0,_scorers_js__WEBPACK_IMPORTED_MODULE_3__/* .normalize */ .S8)(b),
    };
}
/** Replays the sample against the candidate and compares each answer with production's. */
async function replay(runtime, target, sample, window, options) {
    const { by, same } = comparison(options.scorer);
    const results = await (0,_runner_js__WEBPACK_IMPORTED_MODULE_2__/* .runCalls */ .zA)(sample.calls.map((call, i) => ({
        lines: [i + 1],
        run: async () => {
            const reply = await runtime.converse(target.modelId, call.system, call.messages, options.maxTokens);
            return { call, answer: reply.text, latencyMs: reply.latencyMs };
        },
        failed: (error) => ({ call, error }),
    })), sample.calls.length, (r) => (r.error ? [{ line: 0, error: r.error }] : []), { ...options, label: `shadow replay on ${target.label}` }).catch((error) => {
        if (!(error instanceof _runner_js__WEBPACK_IMPORTED_MODULE_2__/* .ErrorBudgetExceeded */ .Pd))
            throw error;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .yo(`Shadow replay: the candidate failed ${error.errors} of ${error.total} replayed requests (first: ${error.first}); it is not promoted. Check the candidate's deployment, or lower 'eval-concurrency'.`);
    });
    let agreed = 0;
    const pairs = new Map();
    for (const r of results) {
        const production = r.call.answer;
        if (r.answer !== undefined && same(r.answer, production)) {
            agreed += 1;
            continue;
        }
        const candidate = r.answer ?? `(error: ${r.error})`;
        const key = `${(0,_scorers_js__WEBPACK_IMPORTED_MODULE_3__/* .normalize */ .S8)(production)}\u0000${(0,_scorers_js__WEBPACK_IMPORTED_MODULE_3__/* .normalize */ .S8)(candidate)}`;
        const pair = pairs.get(key);
        if (pair)
            pair.count += 1;
        else {
            const prompt = r.call.messages
                .at(-1)
                .content.map((b) => b.text)
                .join(' ');
            pairs.set(key, {
                production: withheld(production),
                candidate: withheld(candidate),
                count: 1,
                example: withheld(prompt),
            });
        }
    }
    const latencies = results.flatMap((r) => (r.latencyMs === undefined ? [] : [r.latencyMs]));
    const logged = sample.calls.flatMap((c) => (c.latencyMs === undefined ? [] : [c.latencyMs]));
    const p = (xs) => ({ p50: (0,_stats_js__WEBPACK_IMPORTED_MODULE_4__/* .quantile */ .YV)(xs, 0.5), p95: (0,_stats_js__WEBPACK_IMPORTED_MODULE_4__/* .quantile */ .YV)(xs, 0.95) });
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
        disagreements: [...pairs.values()].sort((a, b) => b.count - a.count).slice(0, MAX_SHOWN),
    };
}
/**
 * The replay promote runs before the swap: production's requests of the last `shadow-days` from
 * the invocation logs, sampled, sent to the candidate on an evaluation deployment (deleted after),
 * and compared with production's answers. Undefined when the logs hold no request to replay.
 */
async function shadowReplay(p, endpoint, candidate) {
    const { settings, aws, deps, io } = p;
    const until = new Date(deps.clock.now());
    const since = new Date(until.getTime() - settings.shadowDays * 86_400_000);
    const account = endpoint.deploymentArn.split(':')[4] ?? '';
    const logs = new _aws_invocation_logs_js__WEBPACK_IMPORTED_MODULE_0__/* .InvocationLogs */ .g(aws.s3, settings.invocationLogs);
    const id = endpoint.deploymentArn.split('/').pop();
    const isProduction = (modelId) => modelId === endpoint.deploymentArn || modelId === endpoint.name || (id !== undefined && modelId.endsWith(`/${id}`));
    const sample = await io.group('Shadow replay: production requests', async () => {
        const s = await sampleCalls(logs.calls(account, aws.region, since, until), isProduction, settings.shadowRequests);
        io.info(`${s.seen} production requests in the invocation logs since ${since.toISOString()}; ${s.calls.length} sampled for replay (skipped: ${s.skipped.media} with media, ${s.skipped.otherOperations} not Converse, ${s.skipped.failed} failed).`);
        return s;
    });
    if (sample.calls.length === 0)
        return sample;
    const deployments = new _aws_deployments_js__WEBPACK_IMPORTED_MODULE_1__/* .Deployments */ .D(aws.bedrock);
    const target = await (0,_targets_js__WEBPACK_IMPORTED_MODULE_7__/* .customModelTarget */ .M)('candidate', `candidate (${candidate.name})`, candidate.modelArn, candidate.name, {
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
        return await io.group(`Shadow replay on ${target.label}`, () => replay(new _aws_runtime_js__WEBPACK_IMPORTED_MODULE_8__/* .Runtime */ .v(aws.runtime), target, sample, { since, until }, {
            scorer: settings.scorer,
            concurrency: settings.evalConcurrency,
            maxTokens: settings.maxTokens,
            io,
            clock: deps.clock,
        }));
    }
    finally {
        await target.release();
    }
}


/***/ })

};
