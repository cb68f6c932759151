export const id = 660;
export const ids = [660];
export const modules = {

/***/ 8930:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ withPipeline)
/* harmony export */ });
/* harmony import */ var _services_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2473);

/** Reaches AWS once (the origin checks run there), runs `fn` on the pipeline, and closes the clients. */
function withPipeline(settings, validation, deps, io, fn) {
    return (0,_services_js__WEBPACK_IMPORTED_MODULE_0__/* .withSession */ .fQ)(settings, deps, io, (session) => fn({ ...session, validation }));
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

// EXTERNAL MODULE: ./src/dataset/validate.ts + 7 modules
var validate = __webpack_require__(2026);
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

/***/ 8945:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ inferenceCosts)
/* harmony export */ });
const per1k = (tokens, input, output) => tokens.meanInput * input.usd + tokens.meanOutput * output.usd;
/**
 * Base models are priced by their inference id; custom models (candidate, production) at the
 * price list's custom-model on-demand rates of their base model (production is assumed to share
 * the candidate's base model), else at the base model's rates, which the report says.
 */
function inferenceCosts(evaluation, prices, settings) {
    const missing = new Set();
    const pricesOf = (role) => {
        if (role === 'base') {
            const model = settings.baseModelInferenceId;
            return { input: prices.get(model, 'input'), output: prices.get(model, 'output'), basis: 'on-demand', model };
        }
        const model = settings.baseModel.id;
        const input = prices.get(model, 'customInput');
        const output = prices.get(model, 'customOutput');
        if (input && output)
            return { input, output, basis: 'custom model on demand', model };
        return {
            input: prices.get(model, 'input'),
            output: prices.get(model, 'output'),
            basis: "the base model's on-demand rate (no custom-model price found)",
            model,
        };
    };
    let spentModels = 0;
    let spentJudge = 0;
    let complete = true;
    const models = evaluation.models.map((m) => {
        const p = pricesOf(m.role);
        if (!p.input || !p.output) {
            missing.add(p.model);
            if (!m.cached)
                complete = false;
            return { role: m.role, label: m.label };
        }
        if (!m.cached)
            spentModels += (m.metrics.tokens.input / 1000) * p.input.usd + (m.metrics.tokens.output / 1000) * p.output.usd;
        return { role: m.role, label: m.label, per1kRequests: per1k(m.metrics.tokens, p.input, p.output), basis: p.basis };
    });
    if (settings.scorer === 'judge') {
        const input = prices.get(settings.judgeModel, 'input');
        const output = prices.get(settings.judgeModel, 'output');
        const judged = evaluation.models.filter((m) => !m.cached && m.metrics.score?.judgeTokens);
        if (input && output)
            for (const m of judged)
                spentJudge +=
                    (m.metrics.score.judgeTokens.input / 1000) * input.usd +
                        (m.metrics.score.judgeTokens.output / 1000) * output.usd;
        else if (judged.length) {
            missing.add(settings.judgeModel);
            complete = false;
        }
    }
    const of = (role) => models.find((m) => m.role === role)?.per1kRequests;
    const candidate = of('candidate');
    const production = of('champion');
    return {
        models,
        candidateVsProduction: candidate !== undefined && production !== undefined && production > 0
            ? (100 * (candidate - production)) / production
            : undefined,
        spent: { models: spentModels, judge: spentJudge, complete },
        publicationDate: prices.publicationDate,
        missing: [...missing],
    };
}


/***/ }),

/***/ 3096:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  e: () => (/* binding */ evaluateModels),
  a: () => (/* binding */ testSetOf)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/evaluation/cache.ts

const RELEASE = 'release';
function cacheScope(command, context) {
    if (command === 'promote')
        return { write: () => RELEASE, read: (role) => (role === 'candidate' ? [] : [RELEASE]) };
    const own = context.pullRequest
        ? `pr-${context.pullRequest.number}`
        : `ref-${(context.ref ?? 'local').replace(/^refs\//, '').replace(/[^A-Za-z0-9._-]+/g, '-')}`;
    // `evaluate` on the default branch (not a pull request) is the release workflow's refresh
    const release = command === 'evaluate' &&
        !context.pullRequest &&
        context.defaultBranch !== undefined &&
        context.ref === `refs/heads/${context.defaultBranch}`;
    return {
        write: (role) => (role !== 'candidate' && release ? RELEASE : own),
        read: (role) => (role === 'candidate' ? [own] : [RELEASE]),
    };
}
const cache_short = (s, n = 12) => (0,external_node_crypto_.createHash)('sha256').update(s).digest('hex').slice(0, n);
/** results/<scope>/<model>/<test set>/<scorer>-<inference settings>.json */
function cachePath(key, scope) {
    const slug = key.modelKey.startsWith('arn:')
        ? `custom-${cache_short(key.modelKey)}`
        : key.modelKey.replace(/[^A-Za-z0-9.-]+/g, '-');
    return `results/${scope}/${slug}/${key.testSetSha256.slice(0, 16)}/${key.scorer}-${cache_short(JSON.stringify({ maxTokens: key.maxTokens, temperature: 0, grading: key.grading }), 8)}.json`;
}
/**
 * Results this run produced itself, per store (one per run): believed whatever scope they were
 * written to, so a sweep evaluates base and production once, not once per point.
 */
const produced = new WeakMap();
/** Evaluation results of one model on one test set, kept so an unchanged model is not run again. */
class ResultCache {
    store;
    scope;
    constructor(store, scope) {
        this.store = store;
        this.scope = scope;
    }
    get fresh() {
        let map = produced.get(this.store);
        if (!map)
            produced.set(this.store, (map = new Map()));
        return map;
    }
    /** This run's own results, else the first found in the scopes this role may be read from. */
    async get(key, role) {
        const own = this.fresh.get(cachePath(key, ''));
        if (own)
            return own;
        for (const scope of this.scope.read(role)) {
            const found = await this.store.getText(cachePath(key, scope));
            if (!found)
                continue;
            const cached = JSON.parse(found.text);
            if (cached.modelKey === key.modelKey &&
                cached.testSetSha256 === key.testSetSha256 &&
                cached.scorer === key.scorer &&
                cached.grading === key.grading)
                return cached.results;
        }
        return undefined;
    }
    /** Stores complete results only: a run with errors is evaluated again next time. */
    async put(key, role, results) {
        if (results.some((r) => r.error))
            return;
        this.fresh.set(cachePath(key, ''), results);
        await this.store.putJson(cachePath(key, this.scope.write(role)), {
            ...key,
            createdAt: new Date().toISOString(),
            results,
        });
    }
}

;// CONCATENATED MODULE: ./src/evaluation/stale.ts
// The backstop for cleanup on cancel: a runner that dies outright runs no handler and no post
// step, and its evaluation deployment or Provisioned Throughput would be billed on. No run lives
// longer than a runner's 6 hours, so an evaluation resource of this model that is older, and
// tagged as ours, is a leftover: the next evaluation of the model deletes it.

const STALE_AFTER_MS = 6 * 60 * 60_000;
async function deleteStaleEvaluationResources(deployments, modelName, now, io) {
    try {
        const candidates = (await deployments.createdBefore(`${modelName}-`, new Date(now - STALE_AFTER_MS))).filter((r) => r.name.endsWith('-eval') || r.name.endsWith('-eval-pt'));
        for (const r of candidates) {
            const tags = new Map((await deployments.tags(r.arn)).map((t) => [t.key, t.value]));
            const ours = tags.get('managed-by') === 'bedrock-model-ci' &&
                tags.get('model-name') === modelName &&
                tags.get('purpose') === 'evaluation';
            if (!ours)
                continue;
            if (r.kind === 'provisioned')
                await deployments.deleteProvisioned(r.arn);
            else
                await deployments.delete(r.arn);
            io.warning(`Deleted ${r.kind === 'provisioned' ? 'Provisioned Throughput' : 'evaluation deployment'} ${r.name}, left over by an earlier run of '${modelName}' (${tags.get('workflow-run') ?? 'run unknown'}) more than 6 hours ago.`);
        }
    }
    catch (error) {
        io.warning(`Could not look for evaluation resources left over by earlier runs: ${(0,errors/* messageOf */.bD)(error)}.`);
    }
}

// EXTERNAL MODULE: ./src/evaluation/metrics.ts
var evaluation_metrics = __webpack_require__(9783);
// EXTERNAL MODULE: ./src/evaluation/runner.ts
var runner = __webpack_require__(9642);
// EXTERNAL MODULE: ./src/aws/lambda.ts
var aws_lambda = __webpack_require__(5974);
;// CONCATENATED MODULE: ./src/evaluation/grader.ts
// `scorer: grader`: the Lambda an RFT job trains against scores the evaluation's answers too, with
// Bedrock RFT's grader contract, so one function serves training and CI. See docs/scorers.md.



/** Under synchronous Invoke's 6 MB request limit, with room for the JSON around the samples. */
const MAX_PAYLOAD_BYTES = 5 * 1024 * 1024;
const sampleId = (line) => `line-${line}`;
/** What the grader is sent for one answer: the prompt turns, the answer, the record's fields. */
function graderSample(record, output) {
    return {
        id: sampleId(record.line),
        messages: [...record.turns, { role: 'assistant', content: output }],
        metadata: record.metadata,
    };
}
/**
 * Reads a grader response: a list of `{id, aggregate_reward_score, metrics_list?}` matched by id.
 * A sample without a valid entry gets an error (never a low score): the grader did not score it.
 */
function readGraderResponse(response, ids) {
    const out = new Map();
    const list = Array.isArray(response)
        ? response
        : // a single sample may come back as one object
            response && typeof response === 'object' && ids.length === 1
                ? [response]
                : undefined;
    if (!list) {
        const error = `the grader's response is not a list of {"id", "aggregate_reward_score"} (it is ${response === null ? 'null' : Array.isArray(response) ? 'a list' : typeof response})`;
        for (const id of ids)
            out.set(id, { error });
        return out;
    }
    const byId = new Map();
    for (const entry of list)
        if (entry && typeof entry === 'object' && typeof entry.id === 'string')
            byId.set(entry.id, entry);
    for (const id of ids) {
        const entry = byId.get(id);
        if (!entry) {
            out.set(id, { error: `the grader's response has no entry with id '${id}'` });
            continue;
        }
        const score = entry.aggregate_reward_score;
        if (typeof score !== 'number' || !Number.isFinite(score)) {
            out.set(id, {
                error: `the grader's aggregate_reward_score for '${id}' is not a number (${JSON.stringify(score)?.slice(0, 40) ?? 'missing'})`,
            });
            continue;
        }
        // Scores are read as 0–1 (the mean, the pass threshold, min-score): one 300 would outweigh
        // three hundred honest zeros. Out of range is the grader's bug, not a score.
        if (score < 0 || score > 1) {
            out.set(id, {
                error: `the grader's aggregate_reward_score for '${id}' is ${score}, outside 0–1: scale the grader's reward to [0, 1] (see docs/scorers.md, the grader contract)`,
            });
            continue;
        }
        const metrics = {};
        if (Array.isArray(entry.metrics_list))
            for (const m of entry.metrics_list)
                if (m && typeof m.name === 'string' && typeof m.value === 'number' && Number.isFinite(m.value))
                    metrics[m.name.slice(0, 60)] = m.value;
        out.set(id, { score, graderMetrics: Object.keys(metrics).length ? metrics : undefined });
    }
    return out;
}
/**
 * Scores every answered record with the grader Lambda, `batchSize` samples per invocation,
 * concurrently and throttling-shaped like the model calls. A batch whose function fails is graded
 * again one sample at a time, so one sample the grader cannot handle does not cost the others.
 */
async function gradeWithLambda(lambda, records, results, label, options) {
    const byLine = new Map(records.map((r) => [r.line, r]));
    const answered = results.filter((r) => !r.error);
    // `grader-batch-size` samples per invocation, fewer when long answers would pass the payload limit.
    const limit = options.maxPayloadBytes ?? MAX_PAYLOAD_BYTES;
    const batches = [];
    let bytes = 0;
    for (const r of answered) {
        const size = Buffer.byteLength(JSON.stringify(graderSample(byLine.get(r.line), r.output ?? ''))) + 1;
        const last = batches.at(-1);
        if (last && last.length < options.batchSize && bytes + size <= limit) {
            last.push(r);
            bytes += size;
        }
        else {
            batches.push([r]);
            bytes = size;
        }
    }
    const grade = async (batch) => {
        const samples = batch.map((r) => graderSample(byLine.get(r.line), r.output ?? ''));
        return readGraderResponse(await lambda.invoke(options.functionArn, samples), samples.map((s) => s.id));
    };
    const calls = batches.map((batch) => ({
        lines: batch.map((r) => r.line),
        run: async () => {
            try {
                return await grade(batch);
            }
            catch (error) {
                if (!(error instanceof aws_lambda/* FunctionError */.J) || batch.length === 1)
                    throw error;
                // One sample may be what the function cannot handle: the others still get their scores.
                const one = new Map();
                for (const r of batch) {
                    try {
                        for (const [id, g] of await grade([r]))
                            one.set(id, g);
                    }
                    catch (inner) {
                        if (!(inner instanceof aws_lambda/* FunctionError */.J))
                            throw inner;
                        one.set(sampleId(r.line), { error: inner.message });
                    }
                }
                return one;
            }
        },
        failed: (error) => new Map(batch.map((r) => [sampleId(r.line), { error }])),
    }));
    const errorsIn = (m) => [...m].filter(([, g]) => g.error !== undefined).map(([id, g]) => ({ line: Number(id.slice(5)), error: g.error }));
    let graded;
    try {
        graded = await (0,runner/* runCalls */.zA)(calls, answered.length, errorsIn, {
            concurrency: options.concurrency,
            io: options.io,
            clock: options.clock,
            label: `grader, ${label}`,
        });
    }
    catch (error) {
        if (!(error instanceof runner/* ErrorBudgetExceeded */.Pd))
            throw error;
        throw new errors/* UserError */.yo(`Grading the answers of ${label} failed: ${error.errors} records could not be graded (more than ${error.budget} of ${error.total} allowed), so it stopped; the first, on test line ${error.firstLine}: ${error.first}. Check the grader (${options.functionArn}): its CloudWatch logs, that it answers the RFT grader contract (docs/scorers.md), and that the workflow's role may lambda:InvokeFunction on it.`);
    }
    const all = new Map();
    for (const m of graded)
        for (const [id, g] of m)
            all.set(id, g);
    return results.map((r) => {
        if (r.error)
            return r;
        const g = all.get(sampleId(r.line));
        if (!g || g.error !== undefined)
            return { ...r, correct: false, error: `grader: ${g?.error ?? 'not graded'}` };
        return { ...r, score: g.score, graderMetrics: g.graderMetrics, correct: g.score >= options.passThreshold };
    });
}

// EXTERNAL MODULE: ./src/evaluation/judge.ts
var judge = __webpack_require__(7117);
;// CONCATENATED MODULE: ./src/evaluation/grading.ts
// Scoring beyond string comparison: after a model has answered, its answers are graded by the
// grader Lambda or rated by the judge. One object per evaluation, used for every model alike.



const grading_short = (value) => (0,external_node_crypto_.createHash)('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 16);
/** The grading of `scorer: grader` or `judge`; undefined for the string scorers. */
async function gradingFor(settings, services, clock, io) {
    const common = { passThreshold: settings.passThreshold, concurrency: settings.evalConcurrency, io, clock };
    if (settings.scorer === 'grader') {
        const { lambda } = services;
        const functionArn = settings.graderLambdaArn;
        return {
            by: { grader: functionArn },
            fingerprint: grading_short({ grader: functionArn }),
            grade: (label, records, results) => gradeWithLambda(lambda, records, results, label, {
                ...common,
                functionArn,
                batchSize: settings.graderBatchSize,
            }),
        };
    }
    if (settings.scorer === 'judge') {
        // Checked, and its unused placeholders noted, when the datasets were validated.
        const rubric = await (0,judge/* loadRubric */.YD)(settings);
        const { runtime } = services;
        return {
            by: { judge: settings.judgeModel, rubric: rubric.source },
            fingerprint: grading_short({ judge: settings.judgeModel, rubric: rubric.sha256 }),
            grade: (label, records, results) => (0,judge/* judgeAnswers */.nO)(runtime, records, results, label, { ...common, model: settings.judgeModel, rubric }),
        };
    }
    return undefined;
}
/** Cached graded results, with `correct` by this run's pass-threshold (the scores do not depend on it). */
function withThreshold(results, passThreshold) {
    return results.map((r) => (r.score === undefined || r.error ? r : { ...r, correct: r.score >= passThreshold }));
}

// EXTERNAL MODULE: ./src/evaluation/overlap.ts
var overlap = __webpack_require__(6193);
// EXTERNAL MODULE: ./src/evaluation/stats.ts
var stats = __webpack_require__(5397);
// EXTERNAL MODULE: ./src/evaluation/targets.ts
var targets = __webpack_require__(1760);
// EXTERNAL MODULE: ./src/evaluation/testset.ts
var testset = __webpack_require__(1714);
// EXTERNAL MODULE: ./src/evaluation/invoke-ids.ts
var invoke_ids = __webpack_require__(7211);
;// CONCATENATED MODULE: ./src/evaluation/evaluate.ts











/** Evaluates base, champion and candidate on the test set; each distinct model once, cached in S3. */
async function evaluateModels(p, request, 
/** the settings of the candidate's grid point (base model), when not the run's */
settings = p.settings) {
    const { aws, store, deps, io } = p;
    // the ids Converse is sent: a bare id, or this Region's inference profile when the model has one only
    settings = await (0,invoke_ids/* withInvokeIds */.$3)(settings, aws.region, p.services.foundation, io, aws);
    // only what this scorer reads is kept per record (the grader alone reads turns and metadata)
    const records = await (0,testset/* loadTestSet */.x)(request.testSet.path, { grader: settings.scorer === 'grader' });
    const { runtime, deployments } = p.services;
    const cache = new ResultCache(store, cacheScope(settings.command, deps.context));
    // Tagged so that a later run can tell a leftover of this model's evaluation (see stale.ts).
    const tags = [
        { key: 'managed-by', value: 'bedrock-model-ci' },
        { key: 'model-name', value: settings.modelName },
        { key: 'purpose', value: 'evaluation' },
        ...(deps.context.runUrl ? [{ key: 'workflow-run', value: deps.context.runUrl }] : []),
    ];
    const grading = await gradingFor(settings, p.services, deps.clock, io);
    await deleteStaleEvaluationResources(deployments, settings.modelName, deps.clock.now(), io);
    const targetOptions = {
        deployments,
        clock: deps.clock,
        schedule: deps.schedule,
        io,
        keepDeployment: settings.keepDeployment,
        tags,
        resources: deps.resources,
    };
    const plan = [];
    if (settings.compareBase) {
        plan.push({
            role: 'base',
            label: `base (${settings.baseModelInferenceId})`,
            modelKey: settings.baseModelInferenceId,
            acquire: async () => (0,targets/* baseTarget */.b)(settings.baseModelInferenceId, `base (${settings.baseModelInferenceId})`),
        });
    }
    const champion = request.champion;
    if (champion) {
        const label = `production (v${champion.version})`;
        plan.push({
            role: 'champion',
            label,
            modelKey: champion.customModelArn,
            acquire: async () => {
                // Promote (the release role) evaluates production where it serves, on the stable endpoint,
                // when it points at the champion. A pull request's run does not: the training role may not
                // call production (docs/iam.md), and its calls would land in production's invocation logs,
                // which shadow replay and monitor read as production's traffic.
                const endpoint = settings.command === 'promote' && request.registry?.endpoint
                    ? await deployments.get(request.registry.endpoint.deploymentArn)
                    : undefined;
                if (endpoint?.status === 'Active' &&
                    endpoint.modelArn === champion.customModelArn &&
                    (!endpoint.update || endpoint.update.status === 'UpdateCompleted')) {
                    return {
                        role: 'champion',
                        label,
                        modelId: endpoint.arn,
                        modelKey: champion.customModelArn,
                        via: 'deployment',
                        release: async () => undefined,
                    };
                }
                return (0,targets/* customModelTarget */.M)('champion', label, champion.customModelArn, champion.jobName, targetOptions);
            },
        });
    }
    if (request.candidate) {
        const { modelArn, name } = request.candidate;
        plan.push({
            role: 'candidate',
            label: `candidate (${name})`,
            modelKey: modelArn,
            acquire: () => (0,targets/* customModelTarget */.M)('candidate', `candidate (${name})`, modelArn, name, targetOptions),
        });
    }
    const models = [];
    const done = new Map();
    for (const step of plan) {
        const same = done.get(step.modelKey);
        if (same) {
            models.push({ ...same, role: step.role, label: step.label });
            continue;
        }
        const key = {
            modelKey: step.modelKey,
            testSetSha256: request.testSet.sha256,
            scorer: settings.scorer,
            maxTokens: settings.maxTokens,
            grading: grading?.fingerprint,
        };
        const evaluation = await io.group(`Evaluate ${step.label}`, async () => {
            let cached;
            try {
                cached = await cache.get(key, step.role);
            }
            catch (error) {
                io.warning((0,errors/* awsFailure */.MT)(`Could not read cached results of ${step.label}`, error, 'Evaluating it again.').message);
            }
            if (cached && cached.length === records.length) {
                request.progress?.(step.label, records.length, records.length);
                io.info(`${step.label}: results for this test set, scorer and settings are in the cache; not evaluated again.`);
                cached = withThreshold(cached, settings.passThreshold);
                return {
                    role: step.role,
                    label: step.label,
                    modelKey: step.modelKey,
                    via: 'cache',
                    cached: true,
                    metrics: (0,evaluation_metrics/* computeMetrics */.p)(cached, request.shortAnswer),
                    results: cached,
                };
            }
            request.progress?.(step.label, 0, records.length);
            const target = await step.acquire();
            let results;
            try {
                results = await (0,runner/* runTarget */.Nh)(runtime, target, records, {
                    scorer: settings.scorer,
                    concurrency: settings.evalConcurrency,
                    maxTokens: settings.maxTokens,
                    io,
                    clock: deps.clock,
                    onRecords: request.progress && ((done, total) => request.progress(step.label, done, total)),
                });
            }
            finally {
                await target.release();
            }
            // The model is released before grading: the grader and the judge do not need it.
            if (grading)
                results = await grading.grade(step.label, records, results);
            try {
                await cache.put(key, step.role, results);
            }
            catch (error) {
                io.warning((0,errors/* awsFailure */.MT)(`Could not cache the results of ${step.label}`, error, 'They are evaluated again next time.')
                    .message);
            }
            const metrics = (0,evaluation_metrics/* computeMetrics */.p)(results, request.shortAnswer);
            io.info(`${step.label}: ${metrics.score ? `mean score ${metrics.score.mean.toFixed(3)}, pass rate` : 'accuracy'} ${(100 * metrics.accuracy).toFixed(1)} % (${metrics.correct}/${metrics.answered}${metrics.errors ? `, ${metrics.errors} error(s)` : ''})`);
            return {
                role: step.role,
                label: step.label,
                modelKey: step.modelKey,
                via: target.via,
                invokedWith: target.modelId,
                cached: false,
                metrics,
                results,
            };
        });
        done.set(step.modelKey, evaluation);
        models.push(evaluation);
    }
    const candidate = models.find((m) => m.role === 'candidate');
    const base = models.find((m) => m.role === 'base');
    const championEval = models.find((m) => m.role === 'champion');
    return {
        testSet: { name: request.testSet.name, sha256: request.testSet.sha256, records: records.length },
        scorer: settings.scorer,
        grading: grading && { by: grading.by, passThreshold: settings.passThreshold },
        shortAnswer: request.shortAnswer,
        models,
        vsBase: candidate && base ? (0,overlap/* comparePairedResults */.F)(candidate.results, base.results) : undefined,
        vsChampion: candidate && championEval ? (0,overlap/* comparePairedResults */.F)(candidate.results, championEval.results) : undefined,
        scoreVsBase: grading && candidate && base ? comparePairedScores(candidate.results, base.results) : undefined,
        scoreVsChampion: grading && candidate && championEval ? comparePairedScores(candidate.results, championEval.results) : undefined,
        unseen: (0,overlap/* unseenSubset */.$)(models, request.seenInTraining, request.shortAnswer),
        prompts: new Map(records.map((r) => [r.line, r.prompt])),
    };
}
/** Paired on the records both models were scored on. */
function comparePairedScores(candidate, other) {
    const a = [];
    const b = [];
    candidate.forEach((r, i) => {
        const o = other[i];
        if (r.score !== undefined && o?.score !== undefined && !r.error && !o.error) {
            a.push(r.score);
            b.push(o.score);
        }
    });
    return (0,stats/* compareScores */.fW)(a, b);
}
/** The test set as the evaluation needs it, from the validation report. */
function testSetOf(report) {
    const test = report.files.find((f) => f.role === 'test');
    if (!test)
        throw new errors/* UserError */.yo(`Input 'test-data' is required to evaluate.`);
    return {
        testSet: { name: test.name, path: test.path, sha256: test.sha256 },
        shortAnswer: test.labels !== undefined,
        seenInTraining: report.testSeenInTraining,
    };
}


/***/ }),

/***/ 1267:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gj: () => (/* binding */ gate),
/* harmony export */   WE: () => (/* binding */ passes),
/* harmony export */   gJ: () => (/* binding */ gateResults)
/* harmony export */ });
/* harmony import */ var _lib_format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(432);
// The one verdict on a candidate: the PR comment presents it, and promotion obeys it, from the same
// results with the same defaults. A run that shows ✅ on a pull request is promotable when merged.

/**
 * What the gate decides on. Test records that also occur in training would let a pull request buy
 * a pass by training on the test set: when there are any, accuracy, score and the comparison with
 * production are those of the unseen records; the headline elsewhere stays the full test set's.
 */
function gateResults(evaluation) {
    const candidate = evaluation.models.find((m) => m.role === 'candidate');
    if (!candidate)
        return undefined;
    const u = evaluation.unseen;
    if (!u || u.seen === 0)
        return {
            accuracy: candidate.metrics.accuracy,
            score: candidate.metrics.score?.mean,
            vsProduction: evaluation.vsChampion,
        };
    const metrics = u.models.find((m) => m.role === 'candidate')?.metrics;
    return {
        accuracy: u.records ? (metrics?.accuracy ?? 0) : 0,
        score: u.records ? metrics?.score?.mean : undefined,
        vsProduction: u.records ? u.vsChampion : undefined,
        unseen: { records: u.records, seen: u.seen },
    };
}
/**
 * min-accuracy, min-score, and regression against production. Regression, by default (no
 * `max-regression`): the candidate must not be significantly worse than production (the exact
 * McNemar test the comment shows, 5 % level). With `max-regression` set, its point estimate must
 * also be within that many percentage points. Without a paired comparison (production was only
 * recorded), the point estimate alone decides, against `max-regression` or 0.
 */
function gate(t, r) {
    if (r.unseen?.records === 0)
        return [
            {
                input: 'leakage',
                passed: false,
                text: `every test record (${r.unseen.seen}) also occurs in training: nothing measures skill. Keep test records out of the training data`,
            },
        ];
    const on = r.unseen ? ` on the ${r.unseen.records} test records not in training` : '';
    const out = [];
    if (t.minAccuracy !== undefined) {
        const passed = r.accuracy >= t.minAccuracy;
        out.push({
            input: 'min-accuracy',
            passed,
            text: `accuracy${on} ${(0,_lib_format_js__WEBPACK_IMPORTED_MODULE_0__/* .pct */ .Oe)(r.accuracy)} ${passed ? '≥' : '<'} ${(0,_lib_format_js__WEBPACK_IMPORTED_MODULE_0__/* .pct */ .Oe)(t.minAccuracy)}`,
        });
    }
    if (t.minScore !== undefined) {
        const mean = r.score ?? 0;
        const passed = Number.isFinite(mean) && mean >= t.minScore;
        out.push({
            input: 'min-score',
            passed,
            text: `mean score${on} ${mean.toFixed(3)} ${passed ? '≥' : '<'} ${t.minScore}`,
        });
    }
    const regression = regressionCondition(t.maxRegression, r);
    if (regression)
        out.push(r.unseen && r.vsProduction ? { ...regression, text: `${regression.text}${on}` } : regression);
    return out;
}
function regressionCondition(max, r) {
    const vs = r.vsProduction;
    if (!vs) {
        if (r.vsRecordedPp !== undefined) {
            const passed = r.vsRecordedPp >= -(max ?? 0);
            return {
                input: 'max-regression',
                passed,
                text: `Δ vs production's recorded accuracy ${(0,_lib_format_js__WEBPACK_IMPORTED_MODULE_0__.pp)(r.vsRecordedPp)} ${passed ? '≥' : '<'} −${max ?? 0} pp`,
            };
        }
        return max === undefined
            ? undefined
            : { input: 'max-regression', passed: true, text: 'no production model yet: nothing to regress from' };
    }
    const worse = vs.significant && vs.deltaPp < 0;
    const within = max === undefined || vs.deltaPp >= -max;
    const delta = `Δ vs production ${(0,_lib_format_js__WEBPACK_IMPORTED_MODULE_0__.pp)(vs.deltaPp)}`;
    const text = max === undefined
        ? `${delta}, ${worse ? 'significantly worse' : 'not significantly worse'} (${(0,_lib_format_js__WEBPACK_IMPORTED_MODULE_0__/* .pValue */ .sp)(vs.p)}; 'max-regression' unset)`
        : `${delta} ${within ? '≥' : '<'} −${max} pp${within && worse ? `, but significantly worse (${(0,_lib_format_js__WEBPACK_IMPORTED_MODULE_0__/* .pValue */ .sp)(vs.p)})` : ''}`;
    return { input: 'max-regression', passed: within && !worse, text };
}
/** Whether the candidate passes every condition. */
const passes = (conditions) => conditions.every((c) => c.passed);


/***/ }),

/***/ 9783:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ computeMetrics)
/* harmony export */ });
/* unused harmony export OTHER */
/* harmony import */ var _scorers_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5987);
/* harmony import */ var _stats_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5397);


const OTHER = '(other)';
/** Accuracy, and for short-answer data per-label precision/recall/F1, macro-F1 and confusions. */
function computeMetrics(results, shortAnswer) {
    const answered = results.filter((r) => !r.error);
    const correct = answered.filter((r) => r.correct).length;
    const sum = (f) => answered.reduce((acc, r) => acc + (f(r) ?? 0), 0);
    const base = {
        total: results.length,
        answered: answered.length,
        correct,
        errors: results.length - answered.length,
        accuracy: answered.length ? correct / answered.length : 0,
        latencyMs: {
            p50: (0,_stats_js__WEBPACK_IMPORTED_MODULE_1__/* .quantile */ .YV)(answered.map((r) => r.latencyMs ?? 0), 0.5),
            p95: (0,_stats_js__WEBPACK_IMPORTED_MODULE_1__/* .quantile */ .YV)(answered.map((r) => r.latencyMs ?? 0), 0.95),
        },
        tokens: {
            input: sum((r) => r.inputTokens),
            output: sum((r) => r.outputTokens),
            meanInput: answered.length ? sum((r) => r.inputTokens) / answered.length : 0,
            meanOutput: answered.length ? sum((r) => r.outputTokens) / answered.length : 0,
        },
    };
    const scored = answered.filter((r) => r.score !== undefined);
    const withScore = scored.length ? { ...base, score: scoreMetrics(scored) } : base;
    if (!shortAnswer)
        return withScore;
    const known = new Set(answered.map((r) => (0,_scorers_js__WEBPACK_IMPORTED_MODULE_0__/* .normalize */ .S8)(r.expected)));
    const predicted = (r) => r.correct ? (0,_scorers_js__WEBPACK_IMPORTED_MODULE_0__/* .normalize */ .S8)(r.expected) : known.has((0,_scorers_js__WEBPACK_IMPORTED_MODULE_0__/* .normalize */ .S8)(r.output ?? '')) ? (0,_scorers_js__WEBPACK_IMPORTED_MODULE_0__/* .normalize */ .S8)(r.output ?? '') : OTHER;
    const tp = new Map();
    const fp = new Map();
    const fn = new Map();
    const support = new Map();
    const confusions = new Map();
    const inc = (m, k) => m.set(k, (m.get(k) ?? 0) + 1);
    for (const r of answered) {
        const e = (0,_scorers_js__WEBPACK_IMPORTED_MODULE_0__/* .normalize */ .S8)(r.expected);
        const p = predicted(r);
        inc(support, e);
        if (p === e)
            inc(tp, e);
        else {
            inc(fn, e);
            if (p !== OTHER)
                inc(fp, p);
            inc(confusions, `${e}\u0000${p}`);
        }
    }
    const labels = [...support.keys()].sort().map((label) => {
        const t = tp.get(label) ?? 0;
        const precision = t + (fp.get(label) ?? 0) ? t / (t + (fp.get(label) ?? 0)) : 0;
        const recall = t / support.get(label);
        return {
            label,
            precision,
            recall,
            f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
            support: support.get(label),
        };
    });
    return {
        ...withScore,
        macroF1: labels.length ? labels.reduce((a, l) => a + l.f1, 0) / labels.length : 0,
        labels,
        confusions: [...confusions]
            .map(([k, count]) => ({ expected: k.split('\u0000')[0], predicted: k.split('\u0000')[1], count }))
            .sort((a, b) => b.count - a.count || a.expected.localeCompare(b.expected)),
    };
}
function scoreMetrics(scored) {
    const values = scored.map((r) => r.score);
    const histogram = [0, 0, 0, 0, 0];
    for (const v of values)
        histogram[Math.min(4, Math.floor(v * 5))] += 1;
    const sums = new Map();
    for (const r of scored)
        for (const [name, value] of Object.entries(r.graderMetrics ?? {})) {
            const s = sums.get(name) ?? { sum: 0, n: 0 };
            sums.set(name, { sum: s.sum + value, n: s.n + 1 });
        }
    const judged = scored.filter((r) => r.judgeTokens);
    return {
        mean: values.reduce((a, v) => a + v, 0) / values.length,
        ci: (0,_stats_js__WEBPACK_IMPORTED_MODULE_1__/* .bootstrapMeanInterval */ .B4)(values),
        quantiles: {
            p10: (0,_stats_js__WEBPACK_IMPORTED_MODULE_1__/* .quantile */ .YV)(values, 0.1),
            p25: (0,_stats_js__WEBPACK_IMPORTED_MODULE_1__/* .quantile */ .YV)(values, 0.25),
            p50: (0,_stats_js__WEBPACK_IMPORTED_MODULE_1__/* .quantile */ .YV)(values, 0.5),
            p75: (0,_stats_js__WEBPACK_IMPORTED_MODULE_1__/* .quantile */ .YV)(values, 0.75),
            p90: (0,_stats_js__WEBPACK_IMPORTED_MODULE_1__/* .quantile */ .YV)(values, 0.9),
        },
        histogram,
        grader: Object.fromEntries([...sums].sort(([a], [b]) => a.localeCompare(b)).map(([k, s]) => [k, s.sum / s.n])),
        judgeTokens: judged.length
            ? {
                input: judged.reduce((a, r) => a + r.judgeTokens.input, 0),
                output: judged.reduce((a, r) => a + r.judgeTokens.output, 0),
            }
            : undefined,
    };
}


/***/ }),

/***/ 6193:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ unseenSubset),
/* harmony export */   F: () => (/* binding */ comparePairedResults)
/* harmony export */ });
/* harmony import */ var _metrics_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9783);
/* harmony import */ var _stats_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5397);
// Test records whose prompt also occurs in training measure memory, not skill. Rather than refuse
// such a test set (every public intent benchmark has some), evaluation measures the overlap: the
// same metrics and paired comparisons on the test records training never saw.


/** Paired on the records both answered: an error on either side leaves the pair out. */
function comparePairedResults(candidate, other) {
    const a = [];
    const b = [];
    candidate.forEach((r, i) => {
        const o = other[i];
        if (!r.error && o && !o.error) {
            a.push(r.correct);
            b.push(o.correct);
        }
    });
    return (0,_stats_js__WEBPACK_IMPORTED_MODULE_1__/* .comparePaired */ .dS)(a, b);
}
/** Metrics and comparisons on the records not seen in training; undefined when there is no overlap. */
function unseenSubset(models, seenLines, shortAnswer) {
    if (!seenLines?.length || models.length === 0)
        return undefined;
    const seen = new Set(seenLines);
    const keep = (results) => results.filter((r) => !seen.has(r.line));
    const subset = models.map((m) => ({ role: m.role, label: m.label, results: keep(m.results) }));
    const records = subset[0].results.length;
    const by = (role) => subset.find((m) => m.role === role);
    const candidate = by('candidate');
    const versus = (role) => {
        const other = by(role);
        return candidate && other ? comparePairedResults(candidate.results, other.results) : undefined;
    };
    return {
        records,
        seen: models[0].results.length - records,
        models: subset.map((m) => ({ role: m.role, label: m.label, metrics: (0,_metrics_js__WEBPACK_IMPORTED_MODULE_0__/* .computeMetrics */ .p)(m.results, shortAnswer) })),
        vsBase: versus('base'),
        vsChampion: versus('champion'),
    };
}


/***/ }),

/***/ 6059:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  d: () => (/* binding */ evaluatePoints),
  w: () => (/* binding */ rankPoints)
});

// EXTERNAL MODULE: ./src/training/grid.ts + 1 modules
var grid = __webpack_require__(6318);
// EXTERNAL MODULE: ./src/evaluation/cost.ts
var cost = __webpack_require__(8945);
// EXTERNAL MODULE: ./src/evaluation/evaluate.ts + 4 modules
var evaluate = __webpack_require__(3096);
// EXTERNAL MODULE: ./src/evaluation/overlap.ts
var overlap = __webpack_require__(6193);
// EXTERNAL MODULE: ./src/evaluation/stats.ts
var stats = __webpack_require__(5397);
;// CONCATENATED MODULE: ./src/evaluation/rank.ts



const candidateOf = (e) => e?.models.find((m) => m.role === 'candidate');
/** The mean loss over the last epoch, and over the one before it. */
function lastEpochs(points) {
    const last = points.at(-1)?.epoch;
    if (!last || last < 2)
        return undefined;
    const mean = (e) => {
        const xs = points.filter((p) => p.epoch === e).map((p) => p.loss);
        return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : NaN;
    };
    const pair = [mean(last - 1), mean(last)];
    return pair.every(Number.isFinite) ? pair : undefined;
}
function overfitting(loss) {
    if (!loss)
        return false;
    const t = lastEpochs(loss.training);
    const v = lastEpochs(loss.validation);
    return Boolean(t && v && v[1] > v[0] && t[1] < t[0]);
}
function rankSweep(outcomes, graded) {
    const metricOf = (o) => {
        const m = candidateOf(o.evaluation)?.metrics;
        return m ? (graded ? m.score?.mean : m.accuracy) : undefined;
    };
    const evaluated = outcomes.filter((o) => metricOf(o) !== undefined);
    const byMetric = [...evaluated].sort((a, b) => metricOf(b) - metricOf(a) || a.point.id.localeCompare(b.point.id));
    const best = byMetric[0];
    const pVsBest = new Map();
    const tied = new Set();
    if (best) {
        const bestResults = candidateOf(best.evaluation).results;
        tied.add(best.point.id);
        for (const o of evaluated) {
            if (o === best)
                continue;
            const results = candidateOf(o.evaluation).results;
            let p;
            if (graded) {
                const a = [];
                const b = [];
                bestResults.forEach((r, i) => {
                    const x = results[i];
                    if (r.score !== undefined && x?.score !== undefined) {
                        a.push(r.score);
                        b.push(x.score);
                    }
                });
                p = (0,stats/* compareScores */.fW)(a, b).p;
            }
            else
                p = (0,overlap/* comparePairedResults */.F)(bestResults, results).p;
            pVsBest.set(o.point.id, p);
            if (p >= 0.05)
                tied.add(o.point.id);
        }
    }
    const epochs = (o) => Number(o.point.hyperparameters.values.epochCount ?? 0);
    const cheaper = (a, b) => (a.inferencePer1k ?? Infinity) - (b.inferencePer1k ?? Infinity) ||
        (a.trainingCost ?? Infinity) - (b.trainingCost ?? Infinity) ||
        epochs(a) - epochs(b) ||
        metricOf(b) - metricOf(a);
    const winner = evaluated.filter((o) => tied.has(o.point.id)).sort(cheaper)[0];
    const order = [...(winner ? [winner] : []), ...byMetric.filter((o) => o !== winner)];
    const rank = new Map(order.map((o, i) => [o.point.id, i + 1]));
    const name = (o) => `${o.point.id} (${(0,grid/* pointLabel */.HV)(o.point)})`;
    const fmt = (x) => (graded ? x.toFixed(3) : `${(100 * x).toFixed(1)} %`);
    let reason = 'no point has been evaluated yet';
    if (winner && best) {
        const others = evaluated.length - 1;
        if (winner === best)
            reason =
                others === 0
                    ? `the only point evaluated (${fmt(metricOf(best))})`
                    : `the highest ${graded ? 'mean score' : 'accuracy'} (${fmt(metricOf(best))})${tied.size > 1
                        ? `, and the cheapest of the ${tied.size} points not significantly different from it`
                        : ', significantly better than every other point'}`;
        else
            reason = `${name(best)} scored highest (${fmt(metricOf(best))}), but not significantly better than the cheaper ${name(winner)} (${fmt(metricOf(winner))}, p = ${pVsBest.get(winner.point.id).toFixed(3)}), so ${winner.point.id} was chosen`;
    }
    const rows = outcomes.map((o) => {
        const c = candidateOf(o.evaluation);
        const metric = metricOf(o);
        const outcomes01 = c?.results.filter((r) => !r.error).map((r) => (graded ? (r.score ?? 0) : r.correct ? 1 : 0));
        const deltaVsBase = graded ? o.evaluation?.scoreVsBase?.delta : o.evaluation?.vsBase?.deltaPp;
        return {
            id: o.point.id,
            label: (0,grid/* pointLabel */.HV)(o.point),
            baseModel: o.point.baseModel.id,
            hyperparameters: o.point.hyperparameters.values,
            varying: o.point.varying,
            jobName: o.job?.name,
            status: !o.job
                ? 'not started'
                : o.job.status === 'Completed' && !o.evaluation
                    ? 'Completed, not evaluated'
                    : o.job.status,
            ...(o.job?.status === 'InProgress' && Object.keys(o.job.stages).length ? { stages: o.job.stages } : {}),
            failureMessage: o.job?.failureMessage,
            metric,
            ci: graded
                ? c?.metrics.score?.ci
                : outcomes01 && outcomes01.length
                    ? (0,stats/* bootstrapMeanInterval */.B4)(outcomes01)
                    : undefined,
            deltaVsBase,
            finalTrainingLoss: o.loss?.training.at(-1)?.loss,
            finalValidationLoss: o.loss?.validation.at(-1)?.loss,
            overfitting: overfitting(o.loss),
            trainingCost: o.trainingCost,
            inferencePer1k: o.inferencePer1k,
            rank: rank.get(o.point.id),
            pVsBest: pVsBest.get(o.point.id),
        };
    });
    rows.sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || a.id.localeCompare(b.id));
    return { metric: graded ? 'mean score' : 'accuracy', rows, winner: winner?.point.id, best: best?.point.id, reason };
}

// EXTERNAL MODULE: ./src/evaluation/scorers.ts
var scorers = __webpack_require__(5987);
;// CONCATENATED MODULE: ./src/evaluation/points.ts





/** The ranking of a grid's points, evaluated or not: every point's state and, once evaluated, its metric. */
function rankPoints(settings, training, evaluations, costs) {
    return rankSweep(training.jobs.map((t) => {
        const evaluation = evaluations?.get(t.point.id);
        return {
            point: t.point,
            job: t.job,
            evaluation,
            loss: t.loss,
            trainingCost: costs?.perPoint.get(t.point.id)?.cost,
            inferencePer1k: evaluation && costs
                ? (0,cost/* inferenceCosts */.Y)(evaluation, costs.prices, (0,grid/* pointSettings */.YB)(settings, t.point)).models.find((m) => m.role === 'candidate')?.per1kRequests
                : undefined,
        };
    }), !(0,scorers/* isStringScorer */.UF)(settings.scorer));
}
/**
 * Each completed point evaluated as the candidate (base and production once: the results cache
 * serves them after the first), ranked; the winner is the run's candidate. `settings` may differ
 * from the pipeline's (promote leaves out the base model).
 */
async function evaluatePoints(p, training, request, costs, settings = p.settings) {
    const evaluations = new Map();
    const sweep = training.jobs.length > 1;
    for (const t of training.jobs) {
        if (t.job.status !== 'Completed' || !t.job.customModelArn)
            continue;
        if (sweep)
            p.io.info(`Evaluating ${t.point.id} (${(0,grid/* pointLabel */.HV)(t.point)}): ${t.job.name}`);
        const evaluation = await (0,evaluate/* evaluateModels */.e)(p, { ...request, candidate: { modelArn: t.job.customModelArn, name: t.job.name } }, (0,grid/* pointSettings */.YB)(settings, t.point));
        evaluations.set(t.point.id, evaluation);
    }
    const ranking = rankPoints(settings, training, evaluations, costs);
    const winner = training.jobs.find((t) => t.point.id === ranking.winner);
    if (sweep) {
        p.io.notice(`Sweep winner: ${winner.point.id} (${(0,grid/* pointLabel */.HV)(winner.point)}), ${winner.job.name}: ${ranking.reason}.`);
        p.io.setOutput('sweep', JSON.stringify(ranking));
    }
    return { ranking, winner, evaluation: evaluations.get(winner.point.id) };
}


/***/ }),

/***/ 1028:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ readChampion)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _manifest_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(506);


/** The registry and its production version (the champion), when there is one. */
async function readChampion({ store, settings, io, }) {
    try {
        const found = await (0,_manifest_js__WEBPACK_IMPORTED_MODULE_0__/* .readRegistry */ ._5)(store, settings.modelName);
        const champion = (0,_manifest_js__WEBPACK_IMPORTED_MODULE_0__/* .productionVersion */ .ix)(found?.registry);
        if (champion)
            io.info(`Production is version ${champion.version} (${champion.customModelArn}).`);
        else
            io.info(`No production version of '${settings.modelName}' in the registry yet: no production column.`);
        return { registry: found?.registry, champion };
    }
    catch (error) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .awsFailure */ .MT)(`Could not read the model registry ${store.uri(`registry/${settings.modelName}.json`)}`, error, 'Check that the role may s3:GetObject under s3-uri.');
    }
}


/***/ }),

/***/ 1971:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $A: () => (/* binding */ annotateStickyComment),
/* harmony export */   qD: () => (/* binding */ upsertStickyComment),
/* harmony export */   xL: () => (/* binding */ marker)
/* harmony export */ });
/* harmony import */ var _github_client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6584);

/**
 * The hidden first line that marks the action's comment for one model. A comment is ours only
 * when its body starts with it (and its author is us): a comment that quotes it is someone else's.
 */
const marker = (modelName) => `<!-- bedrock-model-ci:${modelName} -->`;
const isOurs = (body, modelName) => body.startsWith(`${marker(modelName)}\n`);
/** GITHUB_TOKEN comments as this bot; a personal token as its user (asked with GET /user). */
/** The action's own comments for a model, oldest first. */
async function ours(github, issue, modelName) {
    const me = await (0,_github_client_js__WEBPACK_IMPORTED_MODULE_0__/* .selfLogin */ .gT)(github);
    return (await github.comments(issue))
        .filter((c) => c.author === me && isOurs(c.body, modelName))
        .sort((a, b) => a.id - b.id);
}
/**
 * One comment per model, updated in place: found by its marker and author over all pages of
 * comments. Two runs that raced and both created one are healed here: the oldest stays, updated
 * with this run's body, and the others are deleted.
 */
async function upsertStickyComment(github, issue, modelName, body) {
    const mark = marker(modelName);
    const full = isOurs(body, modelName) ? body : `${mark}\n${body}`;
    const existing = await ours(github, issue, modelName);
    let kept;
    if (existing.length > 0) {
        kept = await github.updateComment(existing[0].id, full);
    }
    else {
        await github.createComment(issue, full);
        kept = (await ours(github, issue, modelName))[0];
        if (kept.body !== full)
            kept = await github.updateComment(kept.id, full);
    }
    for (const extra of (await ours(github, issue, modelName)).filter((c) => c.id !== kept.id))
        await github.deleteComment(extra.id);
    return kept;
}
// Model names are [a-z0-9-]: no model's marker can be this one.
const PROMOTION = '<!-- bedrock-model-ci/promotion -->';
/** Puts one line (promoted or not, and why) at the top of a model's comment, replacing an earlier one. */
async function annotateStickyComment(github, issue, modelName, line) {
    const mark = marker(modelName);
    const comment = (await ours(github, issue, modelName))[0];
    if (!comment)
        return undefined;
    // An HTML comment starts an HTML block in CommonMark: the marker and the quote get lines of their own.
    const lines = comment.body.split('\n').filter((l) => l !== mark);
    const at = lines.indexOf(PROMOTION);
    if (at >= 0)
        lines.splice(at, lines[at + 2] === '' ? 3 : 2);
    return github.updateComment(comment.id, [mark, PROMOTION, `> ${line}`, '', ...lines].join('\n'));
}


/***/ }),

/***/ 6857:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RF: () => (/* binding */ describeTrainingCost),
/* harmony export */   X: () => (/* binding */ estimateGrid),
/* harmony export */   Zx: () => (/* binding */ trainingCostOf),
/* harmony export */   e8: () => (/* binding */ checkTrainingBudget)
/* harmony export */ });
/* unused harmony exports TOKEN_ESTIMATE, estimateTrainingCost, withJobDuration */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _grid_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6318);
/* harmony import */ var _pricing_prices_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5142);
// What training costs, known before anything is uploaded: billed tokens (the training set's tokens
// × epochs, as Bedrock bills SFT and distillation) times the price list's training price, the
// monthly storage of the custom model, and for RFT (billed by the hour) the hourly rate. After
// the job, RFT's cost from its duration. The ceilings `max-training-cost` and
// `max-training-tokens` refuse a run before its upload.



/** How tokens are counted offline: Nova's tokenizer is not public. */
const TOKEN_ESTIMATE = 'characters ÷ 4 (Nova averages about four characters a token on English text); expect ±25 %, and more tokens per character for numbers, code and non-Latin scripts';
const DEFAULT_EPOCHS = 2;
/** The estimate for this run's settings and data, priced from the book. */
function estimateTrainingCost(settings, report, prices) {
    const file = (role) => report.files.find((f) => f.role === role);
    const trainingTokens = file('training')?.tokens ?? 0;
    const split = settings.validationData ? 0 : settings.validationSplit;
    const tokens = Math.round(trainingTokens * (1 - split));
    const validationTokens = (file('validation')?.tokens ?? 0) + (trainingTokens - tokens);
    const given = settings.hyperparameters.values.epochCount;
    const rft = settings.customizationType === 'rft';
    const epochs = given !== undefined ? Number(given) : rft || settings.customizationType === 'distillation' ? 1 : DEFAULT_EPOCHS;
    // SFT's default (2) is documented (user guide, "Amazon Nova Understanding model customization
    // hyperparameters"); RFT's is not, so the estimate names no number for it: counted as one pass,
    // for scale only, since RFT is billed by the hour.
    const epochsFrom = given !== undefined
        ? 'hyperparameters'
        : settings.customizationType === 'distillation'
            ? 'not-applicable'
            : rft
                ? 'service-default'
                : 'default';
    const model = settings.baseModel.id;
    const price = prices.get(model, rft ? 'rftTraining' : 'training');
    const billedTokens = tokens * epochs;
    return {
        tokens,
        validationTokens,
        epochs,
        epochsFrom,
        billedTokens,
        billing: rft ? 'per-hour' : 'per-token',
        price,
        cost: !rft && price ? (billedTokens / 1000) * price.usd : undefined,
        storage: prices.get(model, 'storage'),
        method: `tokens estimated as ${TOKEN_ESTIMATE}`,
    };
}
/** Every point's estimate, and the grid's total (a plain run's total is its one point's): the ceilings apply to the total. */
function estimateGrid(settings, points, report, prices) {
    const perPoint = new Map(points.map((p) => [p.id, estimateTrainingCost((0,_grid_js__WEBPACK_IMPORTED_MODULE_0__/* .pointSettings */ .YB)(settings, p), report, prices)]));
    const all = [...perPoint.values()];
    const first = all[0];
    if (all.length === 1)
        return { perPoint, total: first };
    const known = all.every((c) => c.cost !== undefined);
    return {
        perPoint,
        total: {
            ...first,
            billedTokens: all.reduce((a, c) => a + c.billedTokens, 0),
            epochs: all.reduce((a, c) => a + c.epochs, 0),
            cost: known ? all.reduce((a, c) => a + c.cost, 0) : undefined,
            price: known ? first.price : undefined,
            method: `${first.method}; ${all.length} points`,
        },
    };
}
/** The estimate, completed with what the job took once it ran. */
function withJobDuration(estimate, start, end) {
    if (!start || !end)
        return estimate;
    const hours = (end.getTime() - start.getTime()) / 3600_000;
    return {
        ...estimate,
        actual: { hours, cost: estimate.billing === 'per-hour' && estimate.price ? hours * estimate.price.usd : undefined },
    };
}
/** One line: the estimate and its parts. */
function describeTrainingCost(c) {
    const tokens = c.epochsFrom === 'service-default'
        ? `${c.tokens.toLocaleString('en-US')} training tokens a pass, × Bedrock's default epoch count, which its RFT documentation does not state`
        : `${c.tokens.toLocaleString('en-US')} training tokens × ${c.epochs} epoch${c.epochs === 1 ? '' : 's'}${c.epochsFrom === 'default' ? ' (the default)' : c.epochsFrom === 'not-applicable' ? ' (none set)' : ''} = ${c.billedTokens.toLocaleString('en-US')} billed tokens`;
    if (c.billing === 'per-hour')
        return c.price
            ? `RFT is billed by the hour: ${(0,_pricing_prices_js__WEBPACK_IMPORTED_MODULE_1__/* .describePrice */ .zP)(c.price)}; the total depends on how long the job runs (${tokens}, for scale)`
            : `RFT is billed by the hour, and no hourly price was found (${tokens}, for scale)`;
    return c.price && c.cost !== undefined
        ? `about $${(0,_pricing_prices_js__WEBPACK_IMPORTED_MODULE_1__/* .formatUsd */ .UK)(c.cost)}: ${tokens} at ${(0,_pricing_prices_js__WEBPACK_IMPORTED_MODULE_1__/* .describePrice */ .zP)(c.price)}`
        : `${tokens}; no training price was found, so no cost`;
}
/**
 * `max-training-tokens` and `max-training-cost`, checked before the upload: a refused pull
 * request costs nothing. Without a price a cost ceiling cannot be checked, so it refuses.
 */
function checkTrainingBudget(c, settings) {
    const fix = 'Reduce the data or the epochs, or raise the input if this spend is intended. Nothing was uploaded and no job was started.';
    // Ceilings pass only on a number at or under them: NaN or a missing price fails closed.
    if (settings.maxTrainingTokens !== undefined && !(c.billedTokens <= settings.maxTrainingTokens))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`The training would bill about ${c.billedTokens.toLocaleString('en-US')} tokens (${c.tokens.toLocaleString('en-US')} training tokens × ${c.epochs} epochs), more than 'max-training-tokens' ${settings.maxTrainingTokens.toLocaleString('en-US')}. ${fix}`);
    if (settings.maxTrainingCost === undefined)
        return;
    if (c.billing === 'per-hour')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`'max-training-cost' is set, but RFT is billed by the hour${c.price ? ` (${(0,_pricing_prices_js__WEBPACK_IMPORTED_MODULE_1__/* .describePrice */ .zP)(c.price)})` : ''} and its duration is not known before the job runs, so the cost cannot be checked. Remove 'max-training-cost' for RFT, or bound it with 'max-training-tokens'. Nothing was uploaded.`);
    if (!c.price || c.cost === undefined || !Number.isFinite(c.cost) || !(c.price.usd > 0))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`'max-training-cost' is ${settings.maxTrainingCost} USD, but no training price was found for ${settings.baseModel.id} in the price list (${c.billedTokens.toLocaleString('en-US')} billed tokens), so the cost cannot be checked and the run is refused. Supply the price with input 'prices' (training-per-1k-tokens), or allow the role pricing:GetProducts. Nothing was uploaded.`);
    if (!(c.cost <= settings.maxTrainingCost))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`The training would cost ${describeTrainingCost(c)}, more than 'max-training-cost' $${(0,_pricing_prices_js__WEBPACK_IMPORTED_MODULE_1__/* .formatUsd */ .UK)(settings.maxTrainingCost)}. ${fix}`);
}
/** A point's training cost: the estimate, with the job's duration once it completed. */
function trainingCostOf(estimate, job) {
    return job.status === 'Completed' ? withJobDuration(estimate, job.creationTime, job.endTime) : estimate;
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


/***/ }),

/***/ 2203:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ verifyProvenance)
/* harmony export */ });
/* unused harmony export provenanceMismatch */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _launch_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6081);
/* harmony import */ var _upload_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5085);
// A job is found by its name, and a name is only a string: anyone who can create jobs in the
// account, or who knows the naming scheme, can create one under the name this run expects. Before
// a job found by name is reused, evaluated or promoted, what it was created with is compared with
// what this run would send.



const canonical = (v) => JSON.stringify(v, (_k, x) => x && typeof x === 'object' && !Array.isArray(x)
    ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => a.localeCompare(b)))
    : x);
/**
 * Whether `actual` holds every value of `sent` (objects compared key by key, the rest exactly):
 * the service may fill in defaults next to what was sent, but never change what was.
 */
function holds(sent, actual) {
    if (sent === undefined)
        return true;
    if (sent && typeof sent === 'object' && !Array.isArray(sent)) {
        if (!actual || typeof actual !== 'object')
            return false;
        return Object.entries(sent).every(([k, v]) => holds(v, actual[k]));
    }
    return canonical(sent) === canonical(actual);
}
/** The first difference between the job and what this run would have created, or undefined. */
function provenanceMismatch(job, settings, store, datasets) {
    const uri = (role) => {
        const f = datasets.find((d) => d.role === role);
        return f ? store.uri((0,_upload_js__WEBPACK_IMPORTED_MODULE_1__/* .datasetKey */ .OX)(f)) : undefined;
    };
    const { hyperParameters, customizationConfig } = (0,_launch_js__WEBPACK_IMPORTED_MODULE_0__/* .customization */ .wk)(settings);
    const expected = uri('validation');
    const checks = [
        ['its training data', job.inputs.trainingUri === uri('training'), job.inputs.trainingUri, uri('training')],
        [
            'its validation data',
            canonical(job.inputs.validationUris) === canonical(expected ? [expected] : []),
            job.inputs.validationUris.join(', ') || 'none',
            expected ?? 'none',
        ],
        [
            'its base model',
            job.inputs.baseModelArn === settings.baseModel.id ||
                Boolean(job.inputs.baseModelArn?.endsWith(`/${settings.baseModel.id}`)),
            job.inputs.baseModelArn,
            settings.baseModel.id,
        ],
        [
            'its customization type',
            job.inputs.customizationType === _launch_js__WEBPACK_IMPORTED_MODULE_0__/* .TYPES */ .QE[settings.customizationType],
            job.inputs.customizationType,
            _launch_js__WEBPACK_IMPORTED_MODULE_0__/* .TYPES */ .QE[settings.customizationType],
        ],
        [
            'its hyperparameters',
            holds(hyperParameters, job.hyperParameters ?? {}),
            canonical(job.hyperParameters),
            canonical(hyperParameters),
        ],
        [
            'its customization config',
            holds(customizationConfig, job.inputs.customizationConfig),
            canonical(job.inputs.customizationConfig),
            canonical(customizationConfig),
        ],
        [
            'its output location',
            job.inputs.outputUri === store.uri(`jobs/${job.name}/`),
            job.inputs.outputUri,
            store.uri(`jobs/${job.name}/`),
        ],
        [
            'its service role',
            !settings.bedrockRoleArn || job.inputs.roleArn === settings.bedrockRoleArn,
            job.inputs.roleArn,
            settings.bedrockRoleArn,
        ],
    ];
    const wrong = checks.find(([, ok]) => !ok);
    return wrong ? `${wrong[0]} is ${String(wrong[2])}, where this run would send ${String(wrong[3])}` : undefined;
}
/** Throws, naming the difference, when a job found by name was not created from this run's inputs. */
function verifyProvenance(job, settings, store, datasets) {
    const mismatch = provenanceMismatch(job, settings, store, datasets);
    if (mismatch) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`Training job ${job.name} has the name this data and configuration would train under, but ${mismatch}. ` +
            `It was not created from these inputs, so it is not reused, evaluated or promoted as if it were. ` +
            `Find out who created it (CloudTrail), delete or stop it, and run again; or change 'model-name'.`);
    }
}


/***/ }),

/***/ 6246:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  gm: () => (/* binding */ datasetFiles),
  fF: () => (/* binding */ gridFailure),
  wS: () => (/* binding */ readLossCurves),
  M7: () => (/* binding */ setJobOutputs),
  K_: () => (/* binding */ stillRunning),
  J6: () => (/* binding */ trainGrid)
});

// UNUSED EXPORTS: jobFailure

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/interface.ts
var src_interface = __webpack_require__(6160);
// EXTERNAL MODULE: ./src/dataset/hash.ts
var hash = __webpack_require__(1182);
// EXTERNAL MODULE: ./src/training/grid.ts + 1 modules
var grid = __webpack_require__(6318);
// EXTERNAL MODULE: ./src/training/launch.ts + 1 modules
var launch = __webpack_require__(6081);
;// CONCATENATED MODULE: ./src/training/metrics.ts
/** Parses Bedrock's metrics CSV by its header, so column order does not matter. */
function parseMetricsCsv(text, lossColumn) {
    const [header, ...rows] = text.trim().split(/\r?\n/);
    const columns = (header ?? '').split(',').map((c) => c.trim());
    const at = (name) => columns.indexOf(name);
    const [s, e, l] = [at('step_number'), at('epoch_number'), at(lossColumn)];
    if (s < 0 || l < 0)
        return [];
    return rows
        .map((row) => row.split(','))
        .map((cells) => ({ step: Number(cells[s]), epoch: e >= 0 ? Number(cells[e]) : 0, loss: Number(cells[l]) }))
        .filter((p) => Number.isFinite(p.step) && Number.isFinite(p.loss));
}

// EXTERNAL MODULE: ./src/training/provenance.ts
var provenance = __webpack_require__(2203);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:readline"
var external_node_readline_ = __webpack_require__(481);
;// CONCATENATED MODULE: ./src/training/split.ts





/** Where a record falls, from its content alone: the same record lands on the same side every run. */
function holdsOut(line, fraction) {
    return (0,external_node_crypto_.createHash)('sha256').update(line).digest().readUInt32BE(0) / 2 ** 32 < fraction;
}
/** Writes training and validation files split off one training file, deterministically by record. */
async function splitValidation(trainingFile, fraction, dir) {
    await (0,promises_.mkdir)(dir, { recursive: true });
    const base = external_node_path_default().basename(trainingFile, external_node_path_default().extname(trainingFile));
    const training = external_node_path_default().join(dir, `${base}.train.jsonl`);
    const validation = external_node_path_default().join(dir, `${base}.validation.jsonl`);
    const outT = (0,external_node_fs_.createWriteStream)(training);
    const outV = (0,external_node_fs_.createWriteStream)(validation);
    let trainingRecords = 0;
    let validationRecords = 0;
    for await (const line of (0,external_node_readline_.createInterface)({ input: (0,external_node_fs_.createReadStream)(trainingFile), crlfDelay: Infinity })) {
        if (line.trim() === '')
            continue;
        if (holdsOut(line, fraction)) {
            validationRecords += 1;
            if (!outV.write(`${line}\n`))
                await new Promise((r) => outV.once('drain', () => r()));
        }
        else {
            trainingRecords += 1;
            if (!outT.write(`${line}\n`))
                await new Promise((r) => outT.once('drain', () => r()));
        }
    }
    await Promise.all([new Promise((r) => outT.end(() => r())), new Promise((r) => outV.end(() => r()))]);
    return { training, validation, trainingRecords, validationRecords };
}

// EXTERNAL MODULE: ./src/training/upload.ts
var upload = __webpack_require__(5085);
// EXTERNAL MODULE: ./src/training/wait.ts
var wait = __webpack_require__(8449);
;// CONCATENATED MODULE: ./src/training/train.ts











/** The files the job trains on: as committed, or with a validation set split off by content. */
async function datasetFiles(settings, report, io) {
    const training = report.files.find((f) => f.role === 'training');
    const validation = report.files.find((f) => f.role === 'validation');
    if (validation) {
        return [
            { role: 'training', file: training.path, sha256: training.sha256, records: training.records },
            { role: 'validation', file: validation.path, sha256: validation.sha256, records: validation.records },
        ];
    }
    if (settings.validationSplit > 0 && !settings.baseModel.acceptsValidationSet) {
        io.notice(`'validation-split' is ignored: ${settings.baseModel.label} takes no validation set for ${settings.customizationType}.`);
    }
    if (settings.validationSplit > 0 && settings.baseModel.acceptsValidationSet) {
        const split = await splitValidation(training.path, settings.validationSplit, external_node_path_default().join(io.tempDir, 'split'));
        const [t, v] = (await (0,hash/* hashFiles */.y)([split.training, split.validation])).files;
        io.info(`Held out ${split.validationRecords} of ${training.records} records for validation (validation-split ${settings.validationSplit}, by record content: the same records every run).`);
        return [
            { role: 'training', file: split.training, sha256: t, records: split.trainingRecords },
            { role: 'validation', file: split.validation, sha256: v, records: split.validationRecords },
        ];
    }
    return [{ role: 'training', file: training.path, sha256: training.sha256, records: training.records }];
}
/** Reads the loss series Bedrock writes under the job's output prefix (sub-folder undocumented: listed). */
async function readLossCurves(store, jobOutput) {
    const keys = await store.list(jobOutput);
    const read = async (suffix, column) => {
        const key = keys.find((k) => k.endsWith(suffix));
        const text = key ? (await store.getText(store.relative(key)))?.text : undefined;
        return text ? parseMetricsCsv(text, column) : [];
    };
    return {
        training: await read('step_wise_training_metrics.csv', 'training_loss'),
        validation: await read('validation_metrics.csv', 'validation_loss'),
    };
}
/** The outputs of the job a run is about: the single point's as it goes, or a sweep's winner. */
function setJobOutputs(io, job) {
    io.setOutput('job-name', job.name);
    io.setOutput('job-arn', job.arn);
    io.setOutput('job-status', job.status);
    if (job.status === 'Completed')
        io.setOutput('custom-model-arn', job.customModelArn ?? '');
}
/**
 * Upload once → launch or find every point's job → wait for all of them together. Returns when
 * every job has ended or the deadline comes; a job still running then is not a failure: a later
 * run with the same data picks it up. A plain run is the grid of one point.
 */
async function trainGrid(p, 
/** told after each poll while a job still runs, and whether a status or stage changed (the live comment) */
onProgress) {
    const { settings, validation, store, deps, io } = p;
    const points = (0,grid/* gridOf */.y_)(settings);
    const one = points.length === 1;
    const { jobs } = p.services;
    const datasets = await io.group('Upload datasets', async () => (0,upload/* uploadDatasets */.bP)(store, await datasetFiles(settings, validation, io), io));
    const launched = await io.group(one ? 'Training job' : `Training jobs (${points.length} points)`, async () => {
        for (const notice of new Set(points.flatMap((point) => point.hyperparameters.notices)))
            io.notice(notice);
        if (settings.teacherModelInput) {
            io.notice(`Distillation teacher: input 'teacher-model' is '${settings.teacherModelInput}'; Bedrock is sent '${settings.teacherModel}', the identifier it invokes.`);
        }
        const out = [];
        for (const point of points) {
            const ps = (0,grid/* pointSettings */.YB)(settings, point);
            const found = await (0,launch/* launchOrFind */.aK)(jobs, store, ps, deps.context, datasets, validation.datasetHash, io);
            if (!found.created)
                (0,provenance/* verifyProvenance */.T)(found.job, ps, store, datasets);
            if (!one)
                io.info(`${point.id} (${(0,grid/* pointLabel */.HV)(point)}): ${found.created ? 'started' : 'found'} ${found.job.name}`);
            out.push({ point, launch: found });
        }
        return out;
    });
    // Saved the moment the jobs exist (one ARN a line), so a cancelled run's post step can stop them.
    io.saveState(src_interface/* STATE */.c4.jobArn, launched.map((l) => l.launch.job.arn).join('\n'));
    if (one) {
        io.setOutput('job-name', launched[0].launch.job.name);
        io.setOutput('job-arn', launched[0].launch.job.arn);
    }
    const deadline = deps.startedAt + settings.waitMinutes * 60_000;
    const seen = (views) => ({
        jobs: launched.map((l, i) => ({ point: l.point, job: views[i], created: l.launch.created })),
    });
    const views = await io.group(one
        ? `Wait for training (up to ${settings.waitMinutes} min)`
        : `Wait for ${points.length} training jobs (up to ${settings.waitMinutes} min)`, () => (0,wait/* waitForJobs */.p)(jobs, launched.map((l) => l.launch.job.name), {
        deadline,
        clock: deps.clock,
        schedule: deps.schedule,
        io,
        onProgress: async (v, changed) => onProgress?.(seen(v), changed),
    }));
    if (one)
        setJobOutputs(io, views[0]);
    const out = [];
    for (const t of seen(views).jobs) {
        if (t.job.status !== 'Completed') {
            out.push(t);
            continue;
        }
        let loss;
        try {
            loss = await readLossCurves(store, `jobs/${t.job.name}/`);
            io.info(`Loss${one ? '' : ` of ${t.point.id}`}: ${loss.training.length} training points${loss.training.length ? ` (${loss.training[0].loss} → ${loss.training.at(-1).loss})` : ''}, ${loss.validation.length} validation points.`);
        }
        catch (error) {
            io.warning((0,errors/* awsFailure */.MT)(`Could not read the loss metrics of ${t.job.name}`, error, 'The report shows no loss curve.')
                .message);
        }
        out.push({ ...t, loss });
    }
    return { jobs: out };
}
/** The jobs of a grid that are still running (handed over at the deadline). */
const stillRunning = (t) => t.jobs.filter((j) => j.job.status === 'InProgress' || j.job.status === 'Stopping');
/** When no point produced a model: the step's error, naming the first failure. */
function gridFailure(training) {
    const failed = training.jobs.filter((j) => j.job.status !== 'Completed');
    if (training.jobs.length === 1)
        return jobFailure(failed[0].job);
    return new errors/* UserError */.yo(`No point of the sweep produced a model (${failed.map((f) => `${f.point.id} ${f.job.status}`).join(', ')}). ${jobFailure(failed[0].job).message}`);
}
/** The message for a job that ended without a model. */
function jobFailure(job) {
    return new errors/* UserError */.yo(job.status === 'Failed'
        ? `Training job ${job.name} failed: ${job.failureMessage ?? 'Bedrock gave no reason'}. Fix the cause, then push a change or re-run with 'retry-failed: true'.`
        : `Training job ${job.name} was stopped before it finished. Re-run with 'retry-failed: true' to train again.`);
}


/***/ }),

/***/ 5085:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OX: () => (/* binding */ datasetKey),
/* harmony export */   bP: () => (/* binding */ uploadDatasets)
/* harmony export */ });
/* unused harmony export keyName */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _aws_s3_store_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8071);



/**
 * The file name part of a dataset's key: letters, digits, '.', '_' and '-' only. A name from the
 * repository may hold '#', '?', '%' or spaces, which S3 URIs (the job's s3Uri) do not carry intact.
 */
function keyName(file, role) {
    const name = node_path__WEBPACK_IMPORTED_MODULE_0___default().basename(file)
        .replace(/[^A-Za-z0-9._-]+/g, '-')
        .replace(/^[.-]+/, '')
        .slice(0, 100);
    return name || `${role}.jsonl`;
}
/** Where a dataset file goes: content-addressed. */
const datasetKey = (f) => `datasets/${f.sha256}/${keyName(f.file, f.role)}`;
/**
 * Uploads each file to datasets/<sha256>/<file name>: content-addressed and create-only
 * (`If-None-Match: *`), so an object is never overwritten. An object already there is re-hashed
 * from its bytes before it is trusted: its metadata is whatever its writer said, and anyone who
 * could write under the prefix could have planted other bytes under the right name.
 */
async function uploadDatasets(store, files, io) {
    const out = [];
    for (const f of files) {
        const key = datasetKey(f);
        const uri = store.uri(key);
        const hint = `Check that 's3-uri' (${store.uri('')}) exists and that the role may s3:GetObject and s3:PutObject there.`;
        let existing;
        try {
            existing = await store.head(key);
        }
        catch (error) {
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .awsFailure */ .MT)(`Could not look for ${uri}`, error, hint);
        }
        if (!existing) {
            try {
                const sent = await store.uploadFile(key, f.file, { sha256: f.sha256, records: String(f.records) });
                io.info(`${f.role}: uploaded ${sent.bytes.toLocaleString('en-US')} bytes to ${uri}`);
                out.push({ ...f, uri, uploadedBytes: sent.bytes, versionId: sent.versionId });
                continue;
            }
            catch (error) {
                // create-only: someone wrote the key between the look and the upload; check what they wrote
                if (!(0,_aws_s3_store_js__WEBPACK_IMPORTED_MODULE_1__/* .isPreconditionFailed */ .W)(error))
                    throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .awsFailure */ .MT)(`Could not upload ${f.role} data to ${uri}`, error, hint);
                existing = await store.head(key).catch(() => undefined);
                if (!existing)
                    throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .awsFailure */ .MT)(`Could not upload ${f.role} data to ${uri}`, error, hint);
            }
        }
        let actual;
        try {
            actual = await store.sha256(key, existing.versionId);
        }
        catch (error) {
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .awsFailure */ .MT)(`Could not read ${uri} to check its bytes`, error, hint);
        }
        if (actual !== f.sha256) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`${uri} exists, but its bytes hash to sha256 ${actual}, not ${f.sha256}: it was written outside this action (or tampered with), and training on it would train on other data. Nothing was launched. Find out who can write under ${store.uri('datasets/')}, delete the object, and run again.`);
        }
        io.info(`${f.role}: ${uri} is already there, and its bytes hash to the same sha256; not uploaded again.`);
        out.push({ ...f, uri, uploadedBytes: 0, versionId: existing.versionId });
    }
    return out;
}


/***/ }),

/***/ 8449:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ waitForJobs),
/* harmony export */   q: () => (/* binding */ waitForJob)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);

const TERMINAL = new Set(['Completed', 'Failed', 'Stopped']);
const STAGES = ['validation', 'dataProcessing', 'training'];
const MAX_CONSECUTIVE_FAILURES = 6;
/**
 * Waits for a job to end or for the deadline, logging each status and stage change: the grid of
 * one job (see waitForJobs). Returns the last view: terminal, or InProgress at the deadline.
 */
async function waitForJob(jobs, name, options) {
    return (await waitForJobs(jobs, [name], options))[0];
}
/** Whether the job's status or a stage's status differs from before (or there was no before). */
function changed(before, now) {
    return !before || before.status !== now.status || STAGES.some((s) => before.stages[s] !== now.stages[s]);
}
function logTransitions(io, before, now, elapsedMs) {
    const at = `${Math.round(elapsedMs / 1000)} s`;
    if (!before || before.status !== now.status)
        io.info(`[${at}] ${now.name}: ${before ? `${before.status} → ` : ''}${now.status}`);
    for (const stage of STAGES) {
        const was = before?.stages[stage];
        const is = now.stages[stage];
        if (is && is !== was && !(was === undefined && is === 'NotStarted'))
            io.info(`[${at}]   ${stage}: ${was && was !== 'NotStarted' ? `${was} → ` : ''}${is}`);
    }
}
/**
 * Waits for jobs (a sweep's points, or one) in one poll loop over those still running, until all
 * have ended or the deadline comes, logging each status and stage change. Throttling, 5xx and
 * network errors that outlast the SDK's retries are logged and polled through. Returns each job
 * as last seen, in the given order.
 */
async function waitForJobs(jobs, names, options) {
    const { clock, io, schedule } = options;
    const last = new Map();
    const failures = new Map();
    let interval = schedule.initialMs;
    const started = clock.now();
    let moved = false;
    for (;;) {
        for (const name of names) {
            const before = last.get(name);
            if (before && TERMINAL.has(before.status))
                continue;
            try {
                const job = await jobs.get(name);
                if (!job)
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Training job ${name} disappeared while waiting for it. Run again to start a new one.`);
                failures.set(name, 0);
                moved ||= changed(before, job);
                logTransitions(io, before, job, clock.now() - started);
                last.set(name, job);
            }
            catch (error) {
                const n = (failures.get(name) ?? 0) + 1;
                failures.set(name, n);
                if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo || !(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isTransient */ .dg)(error) || n >= MAX_CONSECUTIVE_FAILURES)
                    throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .awsFailure */ .MT)(`Could not read the status of training job ${name}`, error, `Check that the role may bedrock:GetModelCustomizationJob. The job may still be running; the next run with the same data picks it up.`);
                io.warning(`Reading the status of ${name} failed (${error.name}: ${error.message}); trying again in ${Math.round(interval / 1000)} s.`);
            }
        }
        const running = names.filter((n) => !TERMINAL.has(last.get(n)?.status ?? ''));
        if (running.length === 0)
            return names.map((n) => last.get(n));
        if (last.size === names.length) {
            await options.onProgress?.(names.map((n) => last.get(n)), moved);
            moved = false;
        }
        const now = clock.now();
        if (now >= options.deadline) {
            const unseen = names.find((n) => !last.has(n));
            if (unseen)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Could not read the status of training job ${unseen} before the deadline.`);
            return names.map((n) => last.get(n));
        }
        await clock.sleep(Math.min(interval, options.deadline - now));
        interval = Math.min(schedule.maxMs, interval * schedule.factor);
    }
}


/***/ })

};
