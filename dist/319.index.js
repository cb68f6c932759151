export const id = 319;
export const ids = [319];
export const modules = {

/***/ 194:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gp: () => (/* binding */ xyChart),
/* harmony export */   Kj: () => (/* binding */ lossChart),
/* harmony export */   nf: () => (/* binding */ swatch),
/* harmony export */   u5: () => (/* binding */ lossTable)
/* harmony export */ });
/* unused harmony export downsample */
/** At most `max` points: each the mean of its bucket of steps, so noise does not draw spikes. */
function downsample(points, max = 100) {
    if (points.length <= max)
        return [...points];
    const out = [];
    const size = points.length / max;
    for (let i = 0; i < max; i++) {
        const bucket = points.slice(Math.floor(i * size), Math.floor((i + 1) * size));
        const last = bucket.at(-1);
        out.push({ step: last.step, epoch: last.epoch, loss: bucket.reduce((a, p) => a + p.loss, 0) / bucket.length });
    }
    return out;
}
/** The value of a series at a step, by linear interpolation (held flat outside its range). */
function at(points, step) {
    if (step <= points[0].step)
        return points[0].loss;
    for (let i = 1; i < points.length; i++) {
        const a = points[i - 1];
        const b = points[i];
        if (step <= b.step)
            return a.loss + ((b.loss - a.loss) * (step - a.step)) / (b.step - a.step || 1);
    }
    return points.at(-1).loss;
}
const round = (x) => Number(x.toFixed(4));
// Mermaid's xychart draws every line in its theme's palette, pale by default, and has no legend:
// the chart sets a palette whose colours have emoji squares, and the legend is a line of them.
const PALETTE = [
    ['#0969da', '🟦'],
    ['#cf222e', '🟥'],
    ['#1a7f37', '🟩'],
    ['#8250df', '🟪'],
    ['#e16f24', '🟧'],
    ['#d4a72c', '🟨'],
    ['#6e4a1e', '🟫'],
    ['#24292f', '⬛'],
];
/** The square of the n-th line's colour, for a legend beside the chart. */
const swatch = (n) => PALETTE[n % PALETTE.length][1];
/**
 * A compact Mermaid xychart of lines over a numeric x axis, with the palette above. `series` are
 * drawn in order; name them in a legend with `swatch(i)`.
 */
function xyChart(options) {
    const palette = PALETTE.slice(0, Math.max(1, Math.min(options.series.length, PALETTE.length)))
        .map(([c]) => c)
        .join(', ');
    return [
        '```mermaid',
        '---',
        'config:',
        '  xyChart:',
        '    width: 600',
        '    height: 240',
        '    titleFontSize: 14',
        '  themeVariables:',
        '    xyChart:',
        `      plotColorPalette: "${palette}"`,
        '---',
        'xychart-beta',
        `    title "${options.title}"`,
        `    x-axis "${options.x.label}" ${options.x.from} --> ${options.x.to}`,
        `    y-axis "loss" 0 --> ${options.yTop}`,
        ...options.series.map((values) => `    line [${values.join(', ')}]`),
        '```',
    ].join('\n');
}
/**
 * A Mermaid xychart of the training loss (and validation loss, resampled onto the same steps,
 * since Mermaid plots every line over the same x values), at most 100 points, with its legend.
 */
function lossChart(training, validation) {
    if (training.length < 2)
        return undefined;
    const grid = downsample(training);
    const series = [grid.map((p) => round(p.loss))];
    if (validation.length > 0)
        series.push(grid.map((p) => round(at(validation, p.step))));
    const all = [...grid.map((p) => p.loss), ...(validation.length ? validation.map((p) => p.loss) : [])];
    const chart = xyChart({
        title: 'Loss by step',
        x: { label: 'step', from: grid[0].step, to: grid.at(-1).step },
        yTop: Math.ceil(Math.max(...all) * 10) / 10,
        series,
    });
    return `${chart}\n\n${swatch(0)} training loss${validation.length ? ` · ${swatch(1)} validation loss` : ''}`;
}
/** The same curve as a small table, for readers where Mermaid does not render. */
function lossTable(training, validation, rows = 11) {
    const picks = [
        ...new Set(Array.from({ length: rows }, (_, i) => training[Math.round((i * (training.length - 1)) / (rows - 1))])),
    ];
    const v = (step) => (validation.length ? ` ${round(at(validation, step))} |` : '');
    return [
        `| step | epoch | training loss |${validation.length ? ' validation loss |' : ''}`,
        `|---:|---:|---:|${validation.length ? '---:|' : ''}`,
        ...picks.map((p) => `| ${p.step} | ${p.epoch} | ${round(p.loss)} |${v(p.step)}`),
    ].join('\n');
}


/***/ }),

/***/ 227:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   z7: () => (/* binding */ changesFor)
/* harmony export */ });
/* unused harmony exports parseRecords, parseStream, compareVersions, baseReader, dataChanges */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_readline__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(481);
/* harmony import */ var node_readline__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_readline__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _dataset_keys_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5166);
/* harmony import */ var _lib_format_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(432);
/* harmony import */ var _github_client_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6584);
// What a pull request changed in the data: records added, removed and relabeled against the base
// branch's version of each dataset, and how the label distribution moved. Reviewers see the cause
// beside the effect.








// Both versions of a file are held as one small entry per record — a hash of the prompt, the
// answer (or its hash, when long) and short previews for the examples — never as the file's text:
// a 209 MB training set took 810 MB when it was read whole.
const PREVIEW = 120;
const preview = (s) => (0,_lib_format_js__WEBPACK_IMPORTED_MODULE_7__/* .clip */ .$Q)(s, PREVIEW);
/** The records of a JSONL text (tests; small files). */
function parseRecords(text) {
    const parsed = newParsed();
    for (const line of text.split('\n'))
        addRecord(parsed, line);
    return finish(parsed);
}
/** The records of a JSONL stream, a line at a time. */
async function parseStream(stream) {
    const parsed = newParsed();
    for await (const line of (0,node_readline__WEBPACK_IMPORTED_MODULE_3__.createInterface)({ input: stream, crlfDelay: Infinity }))
        addRecord(parsed, line);
    return finish(parsed);
}
const newParsed = () => ({ byPrompt: new Map(), labels: new Map(), records: 0, short: 0 });
function addRecord(p, line) {
    if (line.trim() === '')
        return;
    let r;
    try {
        r = JSON.parse(line);
    }
    catch {
        return;
    }
    const turns = r.messages ?? [];
    const prompt = turns
        .filter((t) => t.role === 'user')
        .map((t) => (0,_dataset_keys_js__WEBPACK_IMPORTED_MODULE_5__/* .textOf */ .b6)(t.content))
        .join('\n');
    const last = turns.at(-1);
    const answer = (r.reference_answer !== undefined
        ? typeof r.reference_answer === 'string'
            ? r.reference_answer
            : JSON.stringify(r.reference_answer)
        : last?.role === 'assistant'
            ? (0,_dataset_keys_js__WEBPACK_IMPORTED_MODULE_5__/* .textOf */ .b6)(last.content)
            : '').trim();
    p.records += 1;
    const k = (0,_dataset_keys_js__WEBPACK_IMPORTED_MODULE_5__/* .answerKey */ .q7)(answer);
    p.byPrompt.set((0,_dataset_keys_js__WEBPACK_IMPORTED_MODULE_5__/* .promptKey */ .uZ)(prompt), { prompt: preview(prompt), answer: preview(answer), answerKey: k });
    if (answer.length > 0 && answer.length <= _dataset_keys_js__WEBPACK_IMPORTED_MODULE_5__/* .MAX_LABEL_CHARS */ .ir && !answer.includes('\n'))
        p.short += 1;
    // Label counts serve short-answer data only: long answers are counted by key, not kept.
    p.labels.set(k, (p.labels.get(k) ?? 0) + 1);
}
function finish(p) {
    return {
        byPrompt: p.byPrompt,
        records: p.records,
        labels: p.labels,
        shortAnswer: (0,_dataset_keys_js__WEBPACK_IMPORTED_MODULE_5__/* .isLabelSet */ .h$)(p.records, p.short, p.labels),
    };
}
const EXAMPLES = 5;
function compareVersions(role, name, base, head) {
    const b = base ?? { byPrompt: new Map(), records: 0, labels: new Map(), shortAnswer: head.shortAnswer };
    const added = [];
    const removed = [];
    const relabeled = [];
    for (const [k, h] of head.byPrompt) {
        const was = b.byPrompt.get(k);
        if (!was)
            added.push(h.prompt);
        else if (was.answerKey !== h.answerKey)
            relabeled.push({ prompt: h.prompt, from: was.answer, to: h.answer });
    }
    for (const [k, was] of b.byPrompt)
        if (!head.byPrompt.has(k))
            removed.push(was.prompt);
    let labels;
    if (head.shortAnswer) {
        const all = new Set([...b.labels.keys(), ...head.labels.keys()]);
        labels = [...all]
            .map((label) => {
            const bc = b.labels.get(label) ?? 0;
            const hc = head.labels.get(label) ?? 0;
            return {
                label,
                base: bc,
                head: hc,
                deltaPp: 100 * ((head.records ? hc / head.records : 0) - (b.records ? bc / b.records : 0)),
            };
        })
            .filter((l) => l.base !== l.head)
            .sort((x, y) => Math.abs(y.deltaPp) - Math.abs(x.deltaPp) || x.label.localeCompare(y.label))
            .slice(0, 10);
    }
    return {
        role,
        name,
        isNew: base === undefined,
        baseRecords: b.records,
        headRecords: head.records,
        added: added.length,
        removed: removed.length,
        relabeled: relabeled.length,
        examples: {
            added: added.slice(0, EXAMPLES),
            removed: removed.slice(0, EXAMPLES),
            relabeled: relabeled.slice(0, EXAMPLES),
        },
        labels,
    };
}
/** `git show sha:path` as a stream; rejects when git cannot (a shallow checkout lacks the commit). */
function gitShow(workspace, spec) {
    return new Promise((resolve, reject) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('git', ['-C', workspace, 'show', spec], { stdio: ['ignore', 'pipe', 'ignore'] });
        let failed = false;
        child.on('error', (error) => {
            failed = true;
            reject(error);
        });
        const parsing = parseStream(child.stdout);
        child.on('close', (code) => {
            if (failed)
                return;
            if (code !== 0)
                reject(new Error(`git show exited ${code}`));
            else
                parsing.then(resolve, reject);
        });
    });
}
function baseReader(workspace, fromGithub) {
    return async (repoPath, sha) => {
        try {
            return { parsed: await gitShow(workspace, `${sha}:${repoPath}`), source: 'git' };
        }
        catch {
            // A shallow checkout (actions/checkout's default) lacks the base commit: ask GitHub.
            const text = await fromGithub(repoPath, sha);
            return { parsed: text === undefined ? undefined : await parseStream(node_stream__WEBPACK_IMPORTED_MODULE_4__.Readable.from([text])), source: 'github' };
        }
    };
}
async function dataChanges(files, workspace, baseSha, read) {
    let source = 'git';
    const out = [];
    for (const f of files) {
        const repoPath = node_path__WEBPACK_IMPORTED_MODULE_2___default().relative(workspace, f.path).split((node_path__WEBPACK_IMPORTED_MODULE_2___default().sep)).join('/');
        const base = await read(repoPath, baseSha);
        if (base.source === 'github')
            source = 'github';
        out.push(compareVersions(f.role, f.name, base.parsed, await parseStream((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(f.path))));
    }
    return { baseSha, source, files: out };
}
/** What the pull request changed in the data, against its base commit; best effort. */
async function changesFor({ settings, validation, deps, io }) {
    const pr = deps.context.pullRequest;
    if (!pr?.baseSha || !deps.context.repository)
        return undefined;
    try {
        const github = settings.githubToken
            ? new _github_client_js__WEBPACK_IMPORTED_MODULE_6__/* .GitHub */ .gq(settings.githubToken, deps.context.repository, deps.context.apiUrl)
            : undefined;
        const read = baseReader(settings.workspace, async (p, sha) => (github ? github.fileAt(p, sha) : undefined));
        return await dataChanges(validation.files.map((f) => ({ role: f.role, name: f.name, path: f.path })), settings.workspace, pr.baseSha, read);
    }
    catch (error) {
        io.warning(`Could not compare the datasets with the base branch (${error.message}); the report leaves out what the PR changed in the data.`);
        return undefined;
    }
}


/***/ }),

/***/ 4392:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ gridReport)
/* harmony export */ });
/* harmony import */ var _training_grid_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6318);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6867);
/* harmony import */ var _sweep_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(602);



/**
 * The report of a grid: about `shown` (the winner once evaluated, else a running or the first
 * point), with the sweep's ranking when there is more than one point.
 */
function gridReport(p, training, shown, parts) {
    return (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .buildReport */ .FK)({
        settings: (0,_training_grid_js__WEBPACK_IMPORTED_MODULE_0__/* .pointSettings */ .YB)(p.settings, shown.point),
        context: p.deps.context,
        validation: p.validation,
        job: shown.job,
        reused: parts.reused ?? !shown.created,
        loss: shown.loss,
        evaluation: parts.evaluation,
        dataChanges: parts.dataChanges,
        lifecycle: parts.lifecycle,
        cost: parts.cost,
        sweep: training.jobs.length > 1 ? (0,_sweep_js__WEBPACK_IMPORTED_MODULE_1__/* .sweepReport */ .lc)(parts.ranking, training) : undefined,
        live: parts.live,
        eta: parts.eta,
        evaluating: parts.evaluating,
    });
}


/***/ }),

/***/ 6867:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FK: () => (/* binding */ buildReport),
/* harmony export */   I9: () => (/* binding */ gateFailure)
/* harmony export */ });
/* unused harmony exports gateOf, consoleUrl */
/* harmony import */ var _evaluation_gate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1267);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);


/** The gate's conditions, each with the numbers that decided it (evaluation/gate.ts decides). */
function gateOf(settings, evaluation) {
    const results = evaluation && (0,_evaluation_gate_js__WEBPACK_IMPORTED_MODULE_0__/* .gateResults */ .gJ)(evaluation);
    return results ? (0,_evaluation_gate_js__WEBPACK_IMPORTED_MODULE_0__/* .gate */ .Gj)(settings, results) : [];
}
function consoleUrl(region, jobArn) {
    return region
        ? `https://${region}.console.aws.amazon.com/bedrock/home?region=${region}#/custom-models/item?arn=${encodeURIComponent(jobArn)}`
        : undefined;
}
const MAX_FAILED = 50;
/** The grader's metrics of one answer, as its "why". */
const graderMetricsText = (m) => m && Object.keys(m).length
    ? Object.entries(m)
        .map(([k, v]) => `${k} ${Number(v.toFixed(3))}`)
        .join(', ')
    : undefined;
function buildReport(inputs) {
    const { settings, context, validation, job, evaluation } = inputs;
    const conditions = gateOf(settings, evaluation);
    const running = job !== undefined && (job.status === 'InProgress' || job.status === 'Stopping');
    const state = evaluation
        ? 'evaluated'
        : inputs.evaluating
            ? 'evaluating'
            : running
                ? 'training'
                : job && job.status !== 'Completed'
                    ? 'training-failed'
                    : 'evaluated';
    const candidate = evaluation?.models.find((m) => m.role === 'candidate');
    const failed = (candidate?.results ?? [])
        .filter((r) => !r.correct)
        // graded: the worst first (errors, then the lowest scores), so the judge's reasons for them show
        .sort((a, b) => (a.error ? -1 : (a.score ?? 0)) - (b.error ? -1 : (b.score ?? 0)) || a.line - b.line)
        .slice(0, MAX_FAILED)
        .map((r) => ({
        line: r.line,
        prompt: evaluation.prompts.get(r.line) ?? '',
        expected: r.expected,
        output: r.output,
        error: r.error,
        score: r.score,
        reason: r.reason ?? graderMetricsText(r.graderMetrics),
    }));
    const drops = (role) => {
        const other = evaluation?.models.find((m) => m.role === role);
        if (!candidate || !other || !evaluation?.grading)
            return [];
        const before = new Map(other.results.map((r) => [r.line, r.score]));
        return candidate.results
            .filter((r) => r.score !== undefined && (before.get(r.line) ?? -Infinity) > r.score)
            .map((r) => ({
            line: r.line,
            prompt: evaluation.prompts.get(r.line) ?? '',
            before: before.get(r.line),
            after: r.score,
            output: r.output,
            reason: r.reason ?? graderMetricsText(r.graderMetrics),
        }))
            .sort((a, b) => b.before - b.after - (a.before - a.after) || a.line - b.line)
            .slice(0, 10);
    };
    const minutes = job?.creationTime && job.endTime ? (job.endTime.getTime() - job.creationTime.getTime()) / 60_000 : undefined;
    const training = job
        ? {
            jobName: job.name,
            jobArn: job.arn,
            status: job.status,
            reused: inputs.reused ?? false,
            consoleUrl: consoleUrl(settings.awsRegion, job.arn),
            customModelArn: job.customModelArn,
            baseModel: settings.baseModel.id,
            customizationType: settings.customizationType,
            startedAt: job.creationTime?.toISOString(),
            endedAt: job.endTime?.toISOString(),
            durationMinutes: minutes,
            hyperparameters: job.hyperParameters ?? settings.hyperparameters.values,
            stages: Object.keys(job.stages).length ? job.stages : undefined,
            eta: inputs.eta && job.creationTime && state === 'training'
                ? {
                    endsAt: new Date(job.creationTime.getTime() + inputs.eta.minutes * 60_000).toISOString(),
                    samples: inputs.eta.samples,
                }
                : undefined,
            failureMessage: job.failureMessage,
            loss: inputs.loss,
        }
        : undefined;
    const common = {
        schema: 1,
        generatedAt: new Date().toISOString(),
        modelName: settings.modelName,
        ...(inputs.live && state === 'training' ? { live: true } : {}),
        ...(state === 'evaluating' ? { live: true } : {}),
        passed: state !== 'training-failed' && state !== 'evaluating' && (0,_evaluation_gate_js__WEBPACK_IMPORTED_MODULE_0__/* .passes */ .WE)(conditions),
        gate: conditions,
        run: {
            repository: context.repository,
            pullRequest: context.pullRequest?.number,
            commit: context.sha,
            url: context.runUrl,
            event: context.eventName,
        },
        dataset: {
            hash: validation.datasetHash,
            files: validation.files.map((f) => ({ role: f.role, name: f.name, records: f.records, sha256: f.sha256 })),
            warnings: validation.tallies
                .filter((t) => t.severity === 'warning')
                .map((t) => ({ rule: t.rule, count: t.count, at: `${t.first.file}${t.first.line ? `:${t.first.line}` : ''}` })),
        },
        evaluation: evaluation
            ? {
                testSet: evaluation.testSet,
                scorer: evaluation.scorer,
                grading: evaluation.grading,
                models: evaluation.models.map((m) => ({ ...m })),
                vsBase: evaluation.vsBase,
                vsChampion: evaluation.vsChampion,
                scoreVsBase: evaluation.scoreVsBase,
                scoreVsChampion: evaluation.scoreVsChampion,
                unseen: evaluation.unseen,
                failed,
                drops: evaluation.grading ? { vsBase: drops('base'), vsChampion: drops('champion') } : undefined,
            }
            : undefined,
        dataChanges: inputs.dataChanges,
        cost: inputs.cost,
        lifecycle: inputs.lifecycle?.length ? inputs.lifecycle : undefined,
        sweep: inputs.sweep,
    };
    if (state === 'evaluating')
        return { ...common, state, evaluating: inputs.evaluating ?? [], training };
    // a running or failed state comes from a job, so its facts are there
    if ((state === 'training' || state === 'training-failed') && training)
        return { ...common, state, training };
    return { ...common, state: 'evaluated', training };
}
/** The step fails after the report is out, naming the conditions that failed. */
function gateFailure(report) {
    const failed = report.gate.filter((g) => !g.passed).map((g) => `'${g.input}': ${g.text}`);
    return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`The candidate fails the gate: ${failed.join('; ')}. The PR comment and the job summary have the numbers.`);
}


/***/ }),

/***/ 6257:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Oy: () => (/* binding */ liveComment),
  S3: () => (/* binding */ publishReport)
});

// UNUSED EXPORTS: updateComment

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/github/client.ts
var client = __webpack_require__(6584);
// EXTERNAL MODULE: ./src/report/chart.ts
var report_chart = __webpack_require__(194);
// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(4031);
// EXTERNAL MODULE: ./src/report/sticky.ts
var sticky = __webpack_require__(1971);
// EXTERNAL MODULE: ./src/lib/format.ts
var format = __webpack_require__(432);
// EXTERNAL MODULE: ./src/pricing/prices.ts
var prices = __webpack_require__(5142);
// EXTERNAL MODULE: ./src/report/stages.ts
var stages = __webpack_require__(1139);
// EXTERNAL MODULE: ./src/report/sweep.ts
var report_sweep = __webpack_require__(602);
;// CONCATENATED MODULE: ./src/report/headline.ts





const cell = report_escape/* mdText */.b;
const code = report_escape/* mdCode */.x;
/** The delta on the unseen subset, briefly: it stands beside the headline's. */
function shortDelta(name, c) {
    return `${(0,format.pp)(c.deltaPp)} vs ${name} (95 % CI ${(0,format.pp)(c.ci[0])} … ${(0,format.pp)(c.ci[1])}, ${(0,format/* pValue */.sp)(c.p)})`;
}
/** How many test records training also has, and what the candidate scores without them. */
function overlapLine(e) {
    const u = e.unseen;
    if (!u)
        return undefined;
    const seen = `${u.seen} of ${e.testSet.records} test records also occur in training (\`leak/test-in-training\`)`;
    const candidate = u.models.find((m) => m.role === 'candidate');
    if (u.records === 0)
        return `- 🔁 ${seen}: every one of them, so nothing measures skill and the gate fails.`;
    if (!candidate)
        return `- 🔁 ${seen}.`;
    const deltas = [u.vsChampion && shortDelta('production', u.vsChampion), u.vsBase && shortDelta('base', u.vsBase)];
    const measured = `on the ${u.records} not seen in training the candidate scores **${(0,format/* pct */.Oe)(candidate.metrics.accuracy)}** (the gate decides on these)`;
    return `- 🔁 ${seen}: ${measured}${deltas.some(Boolean) ? `, ${deltas.filter(Boolean).join(', ')}` : ''}.`;
}
function delta(name, c, what = '') {
    const verdict = c.significant ? '**significant**' : 'not significant';
    const head = `Δ ${what}vs ${name}: ${(0,format.pp)(c.deltaPp)}`;
    return `${what ? head : `**${head}**`} (95 % CI ${(0,format.pp)(c.ci[0])} … ${(0,format.pp)(c.ci[1])}), ${verdict} (${(0,format/* pValue */.sp)(c.p)}, exact McNemar on ${c.n} paired records: ${c.b} fixed, ${c.c} broken)`;
}
function scoreDelta(name, c) {
    const verdict = c.significant ? '**significant**' : 'not significant';
    return `**Δ mean score vs ${name}: ${(0,format/* signed */.x8)(c.delta)}** (95 % bootstrap CI ${(0,format/* signed */.x8)(c.ci[0])} … ${(0,format/* signed */.x8)(c.ci[1])}), ${verdict} (${(0,format/* pValue */.sp)(c.p)}, Wilcoxon signed-rank on ${c.n} paired records: ${c.better} scored higher, ${c.worse} lower)`;
}
/** Dollars, escaped: two bare `$` in a paragraph are a math formula to GitHub. */
const usd = (x) => `\\$${(0,prices/* formatUsd */.UK)(x)}`;
const duration = (hours) => (hours < 1 ? `${(hours * 60).toFixed(1)} min` : `${hours.toFixed(2)} h`);
const percent = (x) => `${x >= 0 ? '+' : '−'}${Math.abs(x).toFixed(1)} %`;
/** Legacy models, and the money: what training costs and what the candidate costs to serve. */
function costAndLifecycleLines(r) {
    const lines = (r.lifecycle ?? []).map((l) => `- ⚠️ ${cell(l.message, 400)}`);
    const t = r.cost?.training;
    const candidate = r.cost?.inference?.models.find((m) => m.role === 'candidate');
    const parts = [];
    const rows = r.sweep?.rows ?? [];
    if (rows.length > 1 && rows.some((x) => x.trainingCost !== undefined)) {
        // the grid's total is what the run spends (and what max-training-cost holds); the winner's is one point of it
        const known = rows.filter((x) => x.trainingCost !== undefined);
        const total = known.reduce((a, x) => a + x.trainingCost, 0);
        const winner = rows.find((x) => x.id === r.sweep.winner)?.trainingCost;
        parts.push(`training about ${usd(total)} for the grid's ${rows.length} points${known.length < rows.length ? ` (${rows.length - known.length} without a price)` : ''}${winner !== undefined ? `, of which the winner ${usd(winner)}` : ''}`);
    }
    else if (t)
        parts.push(t.actual?.cost !== undefined
            ? `training ${usd(t.actual.cost)} (${duration(t.actual.hours)} at ${usd(t.price.usd)} per hour)`
            : t.cost !== undefined
                ? `training about ${usd(t.cost)} (${t.billedTokens.toLocaleString('en-US')} billed tokens)`
                : t.billing === 'per-hour' && t.price
                    ? `training ${usd(t.price.usd)} per hour (RFT; the total depends on the job's duration)`
                    : `training ${t.billedTokens.toLocaleString('en-US')} billed tokens (no price found)`);
    if (candidate?.per1kRequests !== undefined) {
        const vs = r.cost?.inference?.candidateVsProduction;
        parts.push(`inference ${usd(candidate.per1kRequests)} per 1,000 requests${vs !== undefined ? ` (${percent(vs)} vs production)` : ''}`);
    }
    if (parts.length)
        lines.push(`- 💲 Cost: ${parts.join(' · ')}${r.cost?.publicationDate ? ` (AWS Price List of ${cell(r.cost.publicationDate.slice(0, 10), 10)})` : ''}.`);
    return lines;
}
/** What scored the answers; the rubric's name is the pull request's, so it goes through the escaper. */
function scoredBy(by) {
    if (by.grader)
        return `grader Lambda ${code(by.grader, 200)}`;
    const rubric = by.rubric === 'built-in' ? 'built-in (correctness)' : code(by.rubric ?? '', 120);
    return `judge ${code(by.judge ?? '', 200)}, rubric ${rubric}`;
}
/** The live card's last line: when it was written, and what replaces it. */
const liveFooter = (r) => `_This comment follows the job${r.sweep ? 's' : ''} (updated ${r.generatedAt.slice(11, 16)} UTC, at most once a minute) and becomes the report when the model is evaluated._`;
/** The first screen: what a reviewer decides from, by the report's state. */
function headline(r) {
    switch (r.state) {
        case 'evaluating':
            return evaluatingCard(r, r.evaluating);
        case 'training':
            if (r.sweep)
                return r.live ? sweepCard(r, r.sweep) : sweepHandOver(r, r.sweep);
            return r.live ? trainingCard(r, r.training) : handOver(r, r.training);
        case 'training-failed':
            return trainingFailed(r, r.training);
        case 'evaluated':
            return r.evaluation ? evaluated(r, r.evaluation) : [`## 📊 \`${r.modelName}\`: nothing was evaluated`];
    }
}
const title = (r) => `\`${r.modelName}\``;
const costLines = (r) => {
    const lines = costAndLifecycleLines(r);
    return lines.length ? ['', ...lines] : [];
};
const started = (t) => t.startedAt ? `, started ${t.startedAt.replace('T', ' ').replace(/\.\d+Z$/, ' UTC')}` : '';
const running = (sweep) => sweep.rows.filter((x) => x.status === 'InProgress' || x.status === 'Stopping').length;
/** The live card while each model answers the test set. */
function evaluatingCard(r, rows) {
    const current = rows.find((x) => x.done < x.total);
    return [
        `## ⏳ ${title(r)}: evaluating${current ? ` — ${cell(current.label, 80)}` : ''}`,
        '',
        `Training is over; each model answers the test set (${rows[0]?.total ?? 0} records), then the report replaces this card.`,
        '',
        '| model | records answered |',
        '|---|---:|',
        ...rows.map((x) => `| ${cell(x.label, 80)} | ${x.done} of ${x.total}${x.done === x.total ? ' ✓' : ''} |`),
        ...(r.sweep ? ['', (0,report_sweep/* sweepHeadline */.bm)(r.sweep)] : []),
        ...costLines(r),
        '',
        liveFooter(r),
    ];
}
/** The live card of a sweep whose points still train. */
function sweepCard(r, sweep) {
    return [
        `## ⏳ ${title(r)}: sweep training — ${sweep.size - running(sweep)} of ${sweep.size} points ended`,
        '',
        (0,report_sweep/* sweepHeadline */.bm)(sweep),
        ...costAndLifecycleLines(r),
        '',
        liveFooter(r),
    ];
}
/** The live card of one training job: its stages, and an estimated end from earlier jobs. */
function trainingCard(r, t) {
    const { line, current } = (0,stages/* stageLine */.v)(t.stages);
    return [
        `## ⏳ ${title(r)}: training${current ? ` — ${current}` : ''}`,
        '',
        `Training job [\`${t.jobName}\`](${t.consoleUrl ?? '#'}) is **${t.status}**${t.reused ? ' (found: trained from the same data before)' : ''}${started(t)}.`,
        ...(line ? ['', `Stages: ${line}`] : []),
        ...(t.eta
            ? [
                '',
                `Estimated end: about ${t.eta.endsAt.slice(11, 16)} UTC${t.eta.endsAt.slice(0, 10) !== r.generatedAt.slice(0, 10) ? ` on ${t.eta.endsAt.slice(0, 10)}` : ''} (an estimate from ${t.eta.samples} earlier job${t.eta.samples === 1 ? '' : 's'} of this model, by billed tokens).`,
            ]
            : []),
        ...costLines(r),
        '',
        liveFooter(r),
    ];
}
/** A sweep handed over at `wait-minutes`. */
function sweepHandOver(r, sweep) {
    return [
        `## ⏳ ${title(r)}: sweep training in progress — ${sweep.size - running(sweep)} of ${sweep.size} points ended`,
        '',
        `The step handed the grid over at \`wait-minutes\` instead of failing; the next run with the same data finds every job, goes on waiting, then evaluates and ranks the points. Nothing is trained twice.`,
        '',
        (0,report_sweep/* sweepHeadline */.bm)(sweep),
        ...costAndLifecycleLines(r),
    ];
}
/** One job handed over at `wait-minutes`. */
function handOver(r, t) {
    return [
        `## ⏳ ${title(r)}: training in progress`,
        '',
        `Training job [\`${t.jobName}\`](${t.consoleUrl ?? '#'}) is **${t.status}**${started(t)}. ` +
            `The step handed it over at \`wait-minutes\` instead of failing; the next run with the same data finds this job and evaluates it when it completes. Nothing is trained twice.`,
        ...costLines(r),
    ];
}
function trainingFailed(r, t) {
    return [
        `## ❌ ${title(r)}: training ${t.status === 'Failed' ? 'failed' : 'was stopped'}`,
        '',
        `Training job \`${t.jobName}\` ended **${t.status}**${t.failureMessage ? `: ${cell(t.failureMessage, 500)}` : '.'}`,
        '',
        'No model to evaluate. Fix the cause and push, or re-run with `retry-failed: true`.',
    ];
}
/** The verdict, each delta with its statistics, the cost, the gate and what was measured. */
function evaluated(r, e) {
    const candidate = e.models.find((m) => m.role === 'candidate');
    const lines = [];
    if (candidate) {
        const icon = r.passed ? '✅' : '❌';
        const verdict = r.gate.length === 0 ? 'evaluated (no gate set)' : r.passed ? 'passes the gate' : 'fails the gate';
        const score = candidate.metrics.score;
        const figure = score
            ? `mean score ${score.mean.toFixed(3)}, pass rate ${(0,format/* pct */.Oe)(candidate.metrics.accuracy)}`
            : `${(0,format/* pct */.Oe)(candidate.metrics.accuracy)} accuracy`;
        lines.push(`## ${icon} ${title(r)}: ${r.sweep ? 'sweep winner' : 'candidate'} ${verdict} — ${figure}`, '');
        if (r.sweep)
            lines.push((0,report_sweep/* sweepHeadline */.bm)(r.sweep));
        if (e.scoreVsChampion)
            lines.push(`- ${scoreDelta('production', e.scoreVsChampion)}`);
        if (e.vsChampion)
            lines.push(`- ${delta('production', e.vsChampion, e.grading ? 'pass rate ' : '')}`);
        else
            lines.push('- No production model yet: nothing to compare with (promote one with `command: promote`).');
        if (e.scoreVsBase)
            lines.push(`- ${scoreDelta('base', e.scoreVsBase)}`);
        if (e.vsBase)
            lines.push(`- ${delta('base', e.vsBase, e.grading ? 'pass rate ' : '')}`);
    }
    else {
        lines.push(`## 📊 ${title(r)}: evaluation (no candidate trained from this data)`, '');
    }
    const overlap = overlapLine(e);
    if (overlap)
        lines.push(overlap);
    lines.push(...costAndLifecycleLines(r));
    if (r.gate.length)
        lines.push(`- Gate: ${r.gate.map((g) => `${g.passed ? '✅' : '❌'} \`${g.input}\` ${g.text}`).join(' · ')}`);
    const scoring = e.grading
        ? `, scored by ${scoredBy(e.grading.by)}; an answer passes at score ≥ ${e.grading.passThreshold}`
        : '';
    lines.push(`- Test set ${code(e.testSet.name, 120)}: ${e.testSet.records} records, scorer \`${e.scorer}\`${scoring}.`);
    if (e.grading?.by.judge)
        lines.push('- ⚖️ Judge scores can be influenced by the answers they judge: answers reach the judge escaped, between delimiters it cannot predict, and `judge/injection` flags data shaped to address it; read the worst answers below before trusting a high score.');
    return lines;
}

// EXTERNAL MODULE: ./src/training/cost.ts
var training_cost = __webpack_require__(6857);
;// CONCATENATED MODULE: ./src/report/markdown.ts
// The report as GitHub-flavoured markdown: the PR comment and the job summary. The first screen
// is what a reviewer decides from; the rest supports it, and is dropped lowest priority first
// when the comment would pass GitHub's 65,536-character limit.







const COMMENT_LIMIT = 65_536;
const markdown_cell = report_escape/* mdText */.b;
const markdown_code = report_escape/* mdCode */.x;
/** Accuracy on the test records not seen in training, per model column, when training saw some. */
function unseenRow(r, row) {
    const u = r.evaluation.unseen;
    if (!u?.records)
        return [];
    const of = (m) => u.models.find((x) => x.role === m.role)?.metrics;
    return [
        row(`accuracy, not seen in training (${u.records})`, (m) => {
            const metrics = of(m);
            return metrics ? `${(0,format/* pct */.Oe)(metrics.accuracy)} (${metrics.correct}/${metrics.answered})` : '—';
        }),
    ];
}
function modelsTable(r) {
    const models = r.evaluation.models;
    const head = `| | ${models.map((m) => markdown_cell(m.label, 80)).join(' | ')} |`;
    const sep = `|---|${models.map(() => '---:').join('|')}|`;
    const row = (name, f) => `| ${name} | ${models.map(f).join(' | ')} |`;
    const graded = r.evaluation.grading;
    const rows = [
        ...(graded ? scoreRows(models, row, graded.passThreshold) : []),
        ...(graded
            ? []
            : [row('accuracy', (m) => `**${(0,format/* pct */.Oe)(m.metrics.accuracy)}** (${m.metrics.correct}/${m.metrics.answered})`)]),
        ...unseenRow(r, row),
        ...(models.some((m) => m.metrics.macroF1 !== undefined)
            ? [row('macro-F1', (m) => (m.metrics.macroF1 === undefined ? '—' : m.metrics.macroF1.toFixed(3)))]
            : []),
        row('latency p50 / p95', (m) => `${Math.round(m.metrics.latencyMs.p50)} / ${Math.round(m.metrics.latencyMs.p95)} ms`),
        row('tokens in / out (mean)', (m) => `${m.metrics.tokens.meanInput.toFixed(0)} / ${m.metrics.tokens.meanOutput.toFixed(1)}`),
        ...costRow(r, row),
        row('errors', (m) => String(m.metrics.errors)),
        row('evaluated', (m) => (m.cached ? 'cached result' : m.via)),
    ];
    return ['### Models', '', head, sep, ...rows].join('\n');
}
/** Cost per 1,000 requests like the test set's, per model; the candidate's change vs production. */
function costRow(r, row) {
    const inference = r.cost?.inference;
    if (!inference)
        return [];
    return [
        row('cost per 1,000 requests', (m) => {
            const c = inference.models.find((x) => x.role === m.role);
            if (c?.per1kRequests === undefined)
                return 'no price';
            const vs = m.role === 'candidate' && inference.candidateVsProduction !== undefined;
            return `${usd(c.per1kRequests)}${vs ? ` (${percent(inference.candidateVsProduction)} vs production)` : ''}`;
        }),
    ];
}
const BARS = '▁▂▃▄▅▆▇█';
/** Mean score with its interval, pass rate, distribution and the grader's metrics, per model. */
function scoreRows(models, row, threshold) {
    const of = (m) => m.metrics.score;
    const names = [...new Set(models.flatMap((m) => Object.keys(of(m)?.grader ?? {})))].slice(0, 8);
    const histogram = (h) => {
        const top = Math.max(1, ...h);
        return `${h.map((n) => BARS[Math.round((n / top) * (BARS.length - 1))]).join('')} ${h.join('/')}`;
    };
    return [
        row('mean score (95 % CI)', (m) => of(m) ? `**${of(m).mean.toFixed(3)}** (${of(m).ci[0].toFixed(3)} … ${of(m).ci[1].toFixed(3)})` : '—'),
        row(`pass rate (score ≥ ${threshold})`, (m) => `**${(0,format/* pct */.Oe)(m.metrics.accuracy)}** (${m.metrics.correct}/${m.metrics.answered})`),
        row('score p10 / median / p90', (m) => of(m)
            ? `${of(m).quantiles.p10.toFixed(2)} / ${of(m).quantiles.p50.toFixed(2)} / ${of(m).quantiles.p90.toFixed(2)}`
            : '—'),
        row('scores in fifths 0 → 1', (m) => (of(m) ? histogram(of(m).histogram) : '—')),
        ...names.map((n) => row(`grader metric ${markdown_code(n, 60)} (mean)`, (m) => {
            const v = of(m)?.grader[n];
            return v === undefined ? '—' : v.toFixed(3);
        })),
    ];
}
/** Graded: the records whose score fell most, against production and against base. */
function scoreDrops(r) {
    const d = r.evaluation.drops;
    if (!d || (d.vsBase.length === 0 && d.vsChampion.length === 0))
        return undefined;
    const table = (title, list) => list.length === 0
        ? []
        : [
            `**${title}**`,
            '',
            '| line | prompt | score | candidate answered | why |',
            '|---:|---|---:|---|---|',
            ...list.map((x) => `| ${x.line} | ${markdown_cell(x.prompt, 80)} | ${x.before.toFixed(2)} → ${x.after.toFixed(2)} | ${markdown_code(x.output ?? '', 80)} | ${x.reason ? markdown_cell(x.reason, 100) : '—'} |`),
            '',
        ];
    return [
        '<details><summary>Records whose score dropped most</summary>',
        '',
        ...table('vs production', d.vsChampion),
        ...table('vs base', d.vsBase),
        '</details>',
    ].join('\n');
}
function labelChanges(r) {
    const models = r.evaluation.models;
    const candidate = models.find((m) => m.role === 'candidate');
    const reference = models.find((m) => m.role === 'champion') ?? models.find((m) => m.role === 'base');
    if (!candidate?.metrics.labels || !reference?.metrics.labels)
        return undefined;
    const ref = new Map(reference.metrics.labels.map((l) => [l.label, l.f1]));
    const changed = candidate.metrics.labels
        .map((l) => ({ ...l, before: ref.get(l.label) ?? 0 }))
        .filter((l) => Math.abs(l.f1 - l.before) >= 0.005)
        // by impact: a label's records × how far its F1 moved, then its records (ten +1.00 rows of
        // labels with two records each would otherwise bury the label that matters)
        .sort((a, b) => b.support * Math.abs(b.f1 - b.before) - a.support * Math.abs(a.f1 - a.before) ||
        b.support - a.support ||
        a.label.localeCompare(b.label))
        .slice(0, 10);
    if (changed.length === 0)
        return undefined;
    return [
        `### Labels whose F1 changed most (vs ${reference.role === 'champion' ? 'production' : 'base'})`,
        '',
        '| label | support | before | candidate | Δ F1 |',
        '|---|---:|---:|---:|---:|',
        ...changed.map((l) => `| ${markdown_code(l.label)} | ${l.support} | ${l.before.toFixed(2)} | ${l.f1.toFixed(2)} | ${l.f1 >= l.before ? '+' : '−'}${Math.abs(l.f1 - l.before).toFixed(2)} |`),
    ].join('\n');
}
function confusions(r) {
    const list = r.evaluation.models.find((m) => m.role === 'candidate')?.metrics.confusions?.slice(0, 8);
    if (!list?.length)
        return undefined;
    return [
        '### Top confusions (candidate)',
        '',
        '| expected | answered | count |',
        '|---|---|---:|',
        ...list.map((c) => `| ${markdown_code(c.expected)} | ${markdown_code(c.predicted)} | ${c.count} |`),
    ].join('\n');
}
function failedExamples(r) {
    const failed = r.evaluation.failed;
    if (failed.length === 0)
        return undefined;
    const candidate = r.evaluation.models.find((m) => m.role === 'candidate');
    const shown = failed.slice(0, 20);
    const wrong = candidate.metrics.answered - candidate.metrics.correct + candidate.metrics.errors;
    if (r.evaluation.grading)
        return [
            `<details><summary>Lowest-scored answers (${shown.length} of ${wrong} below ${r.evaluation.grading.passThreshold}, worst first)</summary>`,
            '',
            '| line | prompt | expected | answered | score | why |',
            '|---:|---|---|---|---:|---|',
            ...shown.map((f) => `| ${f.line} | ${markdown_cell(f.prompt, 80)} | ${markdown_code(f.expected, 80)} | ${f.error ? `⚠️ error: ${markdown_cell(f.error, 80)}` : markdown_code(f.output ?? '', 120)} | ${f.score === undefined ? '—' : f.score.toFixed(2)} | ${f.reason ? markdown_cell(f.reason, 120) : '—'} |`),
            '',
            '</details>',
        ].join('\n');
    return [
        `<details><summary>Failed examples (${shown.length} of ${wrong})</summary>`,
        '',
        '| line | prompt | expected | answered |',
        '|---:|---|---|---|',
        ...shown.map((f) => `| ${f.line} | ${markdown_cell(f.prompt, 90)} | ${markdown_code(f.expected)} | ${f.error ? `⚠️ error: ${markdown_cell(f.error, 60)}` : markdown_code(f.output ?? '')} |`),
        '',
        '</details>',
    ].join('\n');
}
function dataChanges(r) {
    const d = r.dataChanges;
    if (!d || d.files.length === 0)
        return undefined;
    const lines = [
        `### What this PR changed in the data`,
        '',
        `Against the base branch (\`${d.baseSha.slice(0, 7)}\`, read through ${d.source === 'git' ? 'git' : 'the GitHub API'}):`,
        '',
        '| file | records | added | removed | relabeled |',
        '|---|---:|---:|---:|---:|',
    ];
    for (const f of d.files)
        lines.push(`| ${markdown_code(f.name, 120)} (${f.role}) | ${f.isNew ? 'new: ' : `${f.baseRecords} → `}${f.headRecords} | ${f.added} | ${f.removed} | ${f.relabeled} |`);
    for (const f of d.files) {
        if (f.labels?.length && f.isNew) {
            lines.push('', `Labels of ${markdown_code(f.name, 120)} (new file), most frequent:`, '', '| label | records | share |', '|---|---:|---:|', ...f.labels.slice(0, 6).map((l) => `| ${markdown_code(l.label)} | ${l.head} | ${(0,format/* pct */.Oe)(l.head / f.headRecords)} |`));
        }
        else if (f.labels?.length) {
            // only moves that show as at least 0.1 pp: '+0.0 pp' says nothing
            const moves = f.labels.filter((l) => Math.abs(l.deltaPp) >= 0.05).slice(0, 6);
            if (moves.length)
                lines.push('', `Label distribution of ${markdown_code(f.name, 120)}, largest moves:`, '', '| label | before | after | Δ share |', '|---|---:|---:|---:|', ...moves.map((l) => `| ${markdown_code(l.label)} | ${l.base} | ${l.head} | ${(0,format.pp)(l.deltaPp)} |`));
        }
        if (f.examples.relabeled.length)
            lines.push('', `Relabeled in ${markdown_code(f.name, 120)}: ${f.examples.relabeled.map((x) => `${markdown_cell(x.prompt, 50)} (${markdown_code(x.from, 30)} → ${markdown_code(x.to, 30)})`).join('; ')}`);
    }
    return lines.join('\n');
}
function training(r) {
    const t = r.training;
    if (!t)
        return undefined;
    const lines = ['### Training', ''];
    const loss = t.loss;
    const chart = loss ? (0,report_chart/* lossChart */.Kj)(loss.training, loss.validation) : undefined;
    if (chart)
        lines.push(chart, '');
    const hp = Object.entries(t.hyperparameters)
        .map(([k, v]) => markdown_code(`${k}=${v}`, 60))
        .join(', ') || 'defaults';
    lines.push(`| job | ${t.consoleUrl ? `[\`${t.jobName}\`](${t.consoleUrl})` : `\`${t.jobName}\``}${t.reused ? ' (found, not retrained)' : ''} |`, '|---|---|', `| ARN | \`${t.jobArn}\` |`, `| base model, method | \`${t.baseModel}\`, ${t.customizationType} |`, `| status | ${t.status}${t.durationMinutes !== undefined ? `, ${t.durationMinutes.toFixed(1)} min` : ''} |`, `| hyperparameters | ${hp} |`, `| dataset | \`${r.dataset.hash.slice(0, 16)}…\`: ${r.dataset.files.map((f) => `${f.role} ${f.records}`).join(', ')} records |`);
    const cost = r.cost?.training;
    if (cost) {
        lines.push(`| training cost (estimate) | ${markdown_cell((0,training_cost/* describeTrainingCost */.RF)(cost), 400)} |`);
        if (cost.actual)
            lines.push(`| training, after the job | ${duration(cost.actual.hours)}${cost.actual.cost !== undefined ? `: ${usd(cost.actual.cost)} at the hourly rate` : cost.cost !== undefined ? `; billed by tokens: ${cost.billedTokens.toLocaleString('en-US')} (${cost.tokens.toLocaleString('en-US')} × ${cost.epochs} epochs), about ${usd(cost.cost)}` : ''} |`);
        if (cost.validationTokens)
            lines.push(`| validation tokens | about ${cost.validationTokens.toLocaleString('en-US')}, not counted above (whether Bedrock bills them is not documented) |`);
        lines.push(`| model storage | ${cost.storage ? `${usd(cost.storage.usd)} per month while the custom model exists` : 'no price found'} |`);
    }
    if (loss && loss.training.length > 1) {
        const last = loss.training.at(-1);
        lines.push(`| final loss | training ${last.loss.toFixed(4)}${loss.validation.length ? `, validation ${loss.validation.at(-1).loss.toFixed(4)}` : ''} |`);
    }
    return lines.join('\n');
}
function lossFallback(r) {
    const loss = r.training?.loss;
    if (!loss || loss.training.length < 2)
        return undefined;
    return [
        '<details><summary>Loss as a table</summary>',
        '',
        (0,report_chart/* lossTable */.u5)(loss.training, loss.validation),
        '',
        '</details>',
    ].join('\n');
}
function warnings(r) {
    if (r.dataset.warnings.length === 0)
        return undefined;
    return [
        '<details><summary>Validation warnings</summary>',
        '',
        '| rule | count | first at |',
        '|---|---:|---|',
        ...r.dataset.warnings.map((w) => `| \`${w.rule}\` | ${w.count} | ${markdown_code(w.at, 120)} |`),
        '',
        '</details>',
    ].join('\n');
}
function footer(r) {
    // A workflow run's runner is gone by the time anyone reads this: name its artifact and the S3
    // copy, and the file on disk only for a run on this machine (the CLI).
    const at = r.location;
    const onRunner = Boolean(r.run.url);
    const where = [
        at?.artifact && r.run.url ? `artifact ${markdown_code(at.artifact, 100)} of the [workflow run](${r.run.url})` : undefined,
        at?.s3 ? markdown_code(at.s3, 200) : undefined,
        at?.file && !onRunner ? markdown_code(at.file, 200) : undefined,
    ]
        .filter(Boolean)
        .join(' and ');
    const spent = r.cost?.inference?.spent;
    const missing = r.cost?.inference?.missing ?? [];
    const money = spent
        ? ` · this evaluation's model calls cost about ${usd(spent.models + spent.judge)}${spent.judge ? ` (judge ${usd(spent.judge)})` : ''}${spent.complete ? '' : ', not counting calls without a price'}`
        : '';
    const noPrice = missing.length
        ? ` · no price found for ${missing.map((m) => markdown_code(m, 80)).join(', ')} (input \`prices\` can supply one)`
        : '';
    return `<sub>Bedrock Model CI${money}${noPrice}${r.run.url && !at?.artifact ? ` · [workflow run](${r.run.url})` : ''}${r.run.commit ? ` · commit ${r.run.commit.slice(0, 7)}` : ''}${where ? ` · full results: ${where}` : ''}</sub>`;
}
/**
 * The report's headline and model table for a terminal or a log: what a reviewer reads first,
 * without the markdown a terminal shows as punctuation (links keep their text, bold and code marks go).
 */
function headlineText(r) {
    const lines = [...headline(r), ...(r.evaluation ? ['', modelsTable(r)] : [])].join('\n').split('\n');
    return lines
        .filter((l) => !l.startsWith('_This comment'))
        .map((l) => l
        .replace(/^#+ /, '')
        .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
        .replace(/\*\*|`/g, ''));
}
/** The report as markdown, at most `limit` characters; `forComment` adds the sticky marker. */
function renderReport(r, options = {}) {
    const limit = options.limit ?? COMMENT_LIMIT;
    const top = [...(options.forComment ? [(0,sticky/* marker */.xL)(r.modelName)] : []), ...headline(r)].join('\n');
    const sections = [];
    const add = (title, priority, text) => text && sections.push({ title, priority, text });
    if (r.sweep) {
        add('sweep table', 95, (0,report_sweep/* sweepTable */.p)(r.sweep));
        add('sweep loss chart', 65, (0,report_sweep/* sweepChart */.Hj)(r.sweep));
    }
    if (r.evaluation) {
        add('models table', 100, modelsTable(r));
        add('data changes', 80, dataChanges(r));
        add('label changes', 60, labelChanges(r));
        add('confusions', 40, confusions(r));
        add('score drops', 50, scoreDrops(r));
        add('failed examples', 20, failedExamples(r));
    }
    else {
        add('data changes', 80, dataChanges(r));
    }
    add('training', 70, training(r));
    add('loss table', 30, lossFallback(r));
    add('validation warnings', 10, warnings(r));
    const dropped = [];
    const assemble = () => {
        const note = dropped.length
            ? `\n\n> Left out to fit GitHub's ${limit.toLocaleString('en-US')}-character limit: ${dropped.join(', ')}. The full report has them${r.location?.file || r.location?.s3 || r.location?.artifact ? ' (see below)' : ''}.`
            : '';
        return [top, ...sections.map((s) => s.text)].join('\n\n') + note + `\n\n${footer(r)}\n`;
    };
    let text = assemble();
    while (text.length > limit && sections.length > 0) {
        const lowest = sections.reduce((a, b) => (b.priority < a.priority ? b : a));
        sections.splice(sections.indexOf(lowest), 1);
        dropped.push(lowest.title);
        text = assemble();
    }
    return text.length > limit ? `${text.slice(0, limit - 200)}\n\n…(cut to fit GitHub's comment limit)\n` : text;
}

;// CONCATENATED MODULE: ./src/report/publish.ts






const fixed = (x, digits) => (x === undefined ? '' : x.toFixed(digits));
/**
 * The sticky PR comment alone, for progress while a run goes on (a sweep's points completing):
 * no outputs, files or job summary, which the final report writes once. Best effort.
 */
async function updateComment(report, settings, context, io) {
    const pr = context.pullRequest;
    if (!pr || !settings.comment || !context.repository || !settings.githubToken)
        return;
    try {
        await (0,sticky/* upsertStickyComment */.qD)(new client/* GitHub */.gq(settings.githubToken, context.repository, context.apiUrl), pr.number, settings.modelName, renderReport(report, { forComment: true }));
    }
    catch (error) {
        io.debug(`progress comment not updated: ${(0,errors/* messageOf */.bD)(error)}`);
    }
}
/**
 * The live card while jobs train and models are evaluated: written when something changed, at
 * most once per `minMs` (a change inside that time goes out with the next write). The report is
 * built only when it is written. Writes go out one after another; the final report, written
 * through publishReport after `idle()`, replaces it and is never overtaken by it.
 */
function liveComment(settings, context, io, clock, minMs) {
    let last = -Infinity;
    let pending = false;
    let busy = false;
    let inflight = Promise.resolve();
    return {
        update(report, changed) {
            pending ||= changed;
            // one write at a time: a change while one is in flight goes out with the next due update
            if (!pending || busy || clock.now() - last < minMs)
                return inflight;
            busy = true;
            pending = false;
            last = clock.now();
            inflight = (async () => {
                try {
                    await updateComment(await report(), settings, context, io);
                }
                catch (error) {
                    io.debug(`live card not written: ${(0,errors/* messageOf */.bD)(error)}`);
                }
                finally {
                    // counted from the end of a write: the next one cannot arrive sooner than minMs after it
                    last = clock.now();
                    busy = false;
                }
            })();
            return inflight;
        },
        idle: () => inflight,
    };
}
/** Outputs, the JSON file and its S3 copy, the job summary, and the sticky PR comment. */
async function publishReport(report, settings, context, store, io) {
    const models = report.evaluation?.models ?? [];
    const by = (role) => models.find((m) => m.role === role);
    io.setOutput('accuracy', fixed(by('candidate')?.metrics.accuracy, 4));
    io.setOutput('base-accuracy', fixed(by('base')?.metrics.accuracy, 4));
    io.setOutput('champion-accuracy', fixed(by('champion')?.metrics.accuracy, 4));
    io.setOutput('score', fixed(by('candidate')?.metrics.score?.mean, 4));
    io.setOutput('base-score', fixed(by('base')?.metrics.score?.mean, 4));
    io.setOutput('champion-score', fixed(by('champion')?.metrics.score?.mean, 4));
    // empty without overlap, and when no test record is unseen: there is no such figure then
    const u = report.evaluation?.unseen;
    const unseen = u?.records ? u.models.find((m) => m.role === 'candidate') : undefined;
    io.setOutput('accuracy-unseen', fixed(unseen?.metrics.accuracy, 4));
    io.setOutput('score-unseen', fixed(unseen?.metrics.score?.mean, 4));
    io.setOutput('delta-vs-base', fixed(report.evaluation?.vsBase?.deltaPp, 2));
    io.setOutput('delta-vs-champion', fixed(report.evaluation?.vsChampion?.deltaPp, 2));
    io.setOutput('deployment-arn', by('candidate')?.invokedWith ?? '');
    io.setOutput('passed', report.passed);
    await (0,promises_.mkdir)(io.tempDir, { recursive: true });
    const file = external_node_path_default().join(io.tempDir, `report-${settings.modelName}.json`);
    let s3;
    if (store) {
        const key = `results/reports/${settings.modelName}/${context.sha ?? 'local'}-${report.generatedAt.replace(/[:.]/g, '-')}.json`;
        try {
            await store.putJson(key, report);
            s3 = store.uri(key);
        }
        catch (error) {
            io.warning((0,errors/* awsFailure */.MT)('Could not store the report in S3', error, `It is still at ${file}.`).message);
        }
    }
    const located = { ...report, location: { file, s3, artifact: settings.reportArtifact } };
    await (0,promises_.writeFile)(file, `${JSON.stringify(located, null, 2)}\n`);
    io.setOutput('report-path', file);
    await io.summary(renderReport(located));
    for (const line of headlineText(located))
        io.info(line);
    const pr = context.pullRequest;
    if (pr && settings.comment && context.repository) {
        if (!settings.githubToken) {
            io.warning(`No 'github-token': the report is in the job summary only.`);
        }
        else {
            try {
                const comment = await (0,sticky/* upsertStickyComment */.qD)(new client/* GitHub */.gq(settings.githubToken, context.repository, context.apiUrl), pr.number, settings.modelName, renderReport(located, { forComment: true }));
                io.setOutput('comment-url', comment.url);
                io.info(`PR comment: ${comment.url}`);
            }
            catch (error) {
                const status = error.status;
                // A fork's read-only token (403) must not fail the step: the summary has the report.
                io.warning(status === 403
                    ? `Could not write the PR comment: the token may not write to pull requests (as for forks; or add 'permissions: pull-requests: write'). The report is in the job summary.`
                    : `Could not write the PR comment: ${(0,errors/* messageOf */.bD)(error)}. The report is in the job summary.`);
            }
        }
    }
    return located;
}


/***/ }),

/***/ 1139:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ stageLine)
/* harmony export */ });
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4031);
// A customization job's stages as the card shows them: "validation ✓ · data processing ⏳ · training ○".

const STAGE_NAMES = [
    ['validation', 'validation'],
    ['dataProcessing', 'data processing'],
    ['training', 'training'],
];
const STAGE_MARK = {
    Completed: '✓',
    InProgress: '⏳',
    NotStarted: '○',
    Failed: '✗',
    Stopping: '⏹',
    Stopped: '⏹',
};
/** "validation ✓ · data processing ⏳ · training ○", and the stage in progress (Bedrock reports stages for some customization types). */
function stageLine(stages) {
    if (!stages)
        return {};
    const known = STAGE_NAMES.filter(([key]) => stages[key]);
    if (!known.length)
        return {};
    return {
        line: known.map(([key, label]) => `${label} ${STAGE_MARK[stages[key]] ?? (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .mdText */ .b)(stages[key], 20)}`).join(' · '),
        current: known.find(([key]) => stages[key] === 'InProgress')?.[1],
    };
}


/***/ }),

/***/ 602:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hj: () => (/* binding */ sweepChart),
/* harmony export */   bm: () => (/* binding */ sweepHeadline),
/* harmony export */   lc: () => (/* binding */ sweepReport),
/* harmony export */   p: () => (/* binding */ sweepTable)
/* harmony export */ });
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4031);
/* harmony import */ var _chart_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(194);
/* harmony import */ var _stages_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1139);
/* harmony import */ var _lib_format_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(432);
/* harmony import */ var _pricing_prices_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5142);





const PROGRESS_STEPS = 40;
/** Loss by progress: runs of different lengths (epochs, data) on one x axis. */
function byProgress(points) {
    const first = points[0].step;
    const span = points.at(-1).step - first || 1;
    const out = [];
    let j = 0;
    for (let i = 0; i <= PROGRESS_STEPS; i++) {
        const step = first + (span * i) / PROGRESS_STEPS;
        while (j + 1 < points.length && points[j + 1].step < step)
            j++;
        const a = points[j];
        const b = points[Math.min(j + 1, points.length - 1)];
        const t = b.step === a.step ? 0 : Math.min(1, Math.max(0, (step - a.step) / (b.step - a.step)));
        out.push(Number((a.loss + (b.loss - a.loss) * t).toFixed(4)));
    }
    return out;
}
function sweepReport(ranking, training) {
    return {
        ...ranking,
        size: training.jobs.length,
        curves: training.jobs
            .filter((t) => (t.loss?.training.length ?? 0) >= 2)
            .map((t) => ({
            id: t.point.id,
            label: ranking.rows.find((r) => r.id === t.point.id).label,
            training: byProgress(t.loss.training),
        })),
    };
}
const cell = _escape_js__WEBPACK_IMPORTED_MODULE_2__/* .mdText */ .b;
const usd = (x) => (x === undefined ? '—' : `\\$${(0,_pricing_prices_js__WEBPACK_IMPORTED_MODULE_1__/* .formatUsd */ .UK)(x)}`);
/** The first screen's line about the sweep. */
function sweepHeadline(s) {
    const done = s.rows.filter((r) => r.metric !== undefined).length;
    if (!s.winner) {
        const running = s.rows.filter((r) => r.status === 'InProgress' || r.status === 'Stopping').length;
        return `- 🧪 Sweep of ${s.size} points: ${running ? `${running} still training, ` : ''}${s.size - running} ended; the winner is chosen when every point has ended.`;
    }
    const w = s.rows.find((r) => r.id === s.winner);
    return `- 🏁 Sweep of ${s.size} points (${done} evaluated): winner **${w.id}** ${cell(`(${w.label})`, 120)}, ${cell(s.reason, 400)}.`;
}
/** One row per point, best first: what varies, status, metric with interval, Δ vs base, loss, costs. */
function sweepTable(s) {
    const graded = s.metric === 'mean score';
    const metric = (x) => (graded ? x.toFixed(3) : (0,_lib_format_js__WEBPACK_IMPORTED_MODULE_3__/* .pct */ .Oe)(x));
    const delta = (x) => (graded ? (0,_lib_format_js__WEBPACK_IMPORTED_MODULE_3__/* .signed */ .x8)(x) : (0,_lib_format_js__WEBPACK_IMPORTED_MODULE_3__.pp)(x));
    const lines = [
        `### Sweep: ${s.size} points, ranked`,
        '',
        `| rank | point | status | ${s.metric} (95 % CI) | Δ vs base | final loss (training / validation) | training cost | inference per 1,000 requests |`,
        '|---:|---|---|---:|---:|---:|---:|---:|',
    ];
    for (const r of s.rows) {
        const status = r.status === 'Completed'
            ? r.id === s.winner
                ? `🏆 winner${r.pVsBest !== undefined ? ` (${(0,_lib_format_js__WEBPACK_IMPORTED_MODULE_3__/* .pValue */ .sp)(r.pVsBest)} vs best)` : ''}`
                : r.pVsBest !== undefined
                    ? `${(0,_lib_format_js__WEBPACK_IMPORTED_MODULE_3__/* .pValue */ .sp)(r.pVsBest)} vs best`
                    : 'completed'
            : `${r.status}${(0,_stages_js__WEBPACK_IMPORTED_MODULE_0__/* .stageLine */ .v)(r.stages).current ? ` — ${(0,_stages_js__WEBPACK_IMPORTED_MODULE_0__/* .stageLine */ .v)(r.stages).current}` : ''}${r.failureMessage ? `: ${cell(r.failureMessage, 80)}` : ''}`;
        lines.push(`| ${r.rank ?? '—'} | **${r.id}** ${cell(r.label, 80)}${r.jobName ? ` (${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .mdCode */ .x)(r.jobName, 60)})` : ''} | ${status} | ${r.metric === undefined
            ? '—'
            : `**${metric(r.metric)}**${r.ci ? ` (${metric(r.ci[0])} … ${metric(r.ci[1])})` : ''}`} | ${r.deltaVsBase === undefined ? '—' : delta(r.deltaVsBase)} | ${r.finalTrainingLoss === undefined
            ? '—'
            : `${r.finalTrainingLoss.toFixed(3)} / ${r.finalValidationLoss === undefined ? '—' : r.finalValidationLoss.toFixed(3)}${r.overfitting ? ' ⚠️ overfitting' : ''}`} | ${usd(r.trainingCost)} | ${usd(r.inferencePer1k)} |`);
    }
    if (s.rows.some((r) => r.overfitting))
        lines.push('', '⚠️ overfitting: validation loss rose over the last epoch while training loss fell.');
    return lines.join('\n');
}
/** Every point's training loss on one Mermaid chart, by progress through its training, with its legend. */
function sweepChart(s) {
    if (s.curves.length < 2)
        return undefined;
    const chart = (0,_chart_js__WEBPACK_IMPORTED_MODULE_4__/* .xyChart */ .Gp)({
        title: 'Training loss of every point',
        x: { label: 'progress (%)', from: 0, to: 100 },
        yTop: Math.ceil(Math.max(...s.curves.flatMap((c) => c.training)) * 10) / 10,
        series: s.curves.map((c) => c.training),
    });
    const legend = s.curves.map((c, i) => `${(0,_chart_js__WEBPACK_IMPORTED_MODULE_4__/* .swatch */ .nf)(i)} **${c.id}** ${cell(c.label, 60)}`).join(' · ');
    return `${chart}\n\n${legend}`;
}


/***/ }),

/***/ 1158:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ checkLifecycle)
/* harmony export */ });
/* unused harmony export foundationModelId */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
// Models AWS has put in its Legacy state still work until their end of life, then stop: a
// pipeline built on one breaks on a date. Before launching (and before judging), the base model,
// the teacher and the judge are looked up, and a Legacy one is named in the log and the comment.

/** The foundation model behind an id, a cross-region profile or a customization-table id. */
const foundationModelId = (id) => id
    .replace(/^arn:[^/]*\//, '')
    .replace(/^(?:us|eu|apac|jp|au|ca|global|us-gov)\./, '')
    .replace(/(:\d+)(:\d+[km])$/, '$1');
/** The models this run will use, each looked up once; warnings for Legacy ones, an error for one Bedrock does not know. */
async function checkLifecycle(settings, models, now, io, roles = ['base model', 'teacher', 'judge']) {
    const wanted = [];
    if (roles.includes('base model'))
        wanted.push(['base model', settings.baseModelInferenceId, "'base-model'"]);
    if (roles.includes('teacher') && settings.teacherModel)
        wanted.push(['teacher', settings.teacherModel, "'teacher-model'"]);
    if (roles.includes('judge') && settings.scorer === 'judge')
        wanted.push(['judge', settings.judgeModel, "'judge-model'"]);
    const warnings = [];
    for (const [role, id, input] of wanted) {
        const modelId = foundationModelId(id);
        let lifecycle;
        try {
            lifecycle = await models.lifecycle(modelId);
        }
        catch (error) {
            const name = error.name;
            if (name === 'ResourceNotFoundException' || name === 'ValidationException')
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`The ${role} ${modelId} (${input}) is not a foundation model Bedrock offers in ${settings.awsRegion}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .messageOf */ .bD)(error)}. It may have reached its end of life; choose a current model.`);
            io.warning(`Could not look up the ${role} ${modelId} (bedrock:GetFoundationModel: ${name ?? 'Error'}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .messageOf */ .bD)(error)}); its lifecycle is not checked.`);
            continue;
        }
        if (lifecycle.status !== 'LEGACY')
            continue;
        const eol = lifecycle.endOfLife?.toISOString().slice(0, 10);
        const passed = lifecycle.endOfLife && lifecycle.endOfLife.getTime() <= now.getTime();
        const message = `The ${role} ${modelId} (${input}) is in AWS's Legacy state${eol ? `; its end of life ${passed ? 'was' : 'is'} ${eol}` : ''}. ${passed ? 'Bedrock may refuse it at any time' : 'It stops working then'}: move to a current model.`;
        io.warning(message);
        warnings.push({ role, modelId, status: lifecycle.status, endOfLife: eol, message });
    }
    return warnings;
}


/***/ })

};
