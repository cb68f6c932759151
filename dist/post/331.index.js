export const id = 331;
export const ids = [331];
export const modules = {

/***/ 4331:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _evaluation_evaluate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(39);
/* harmony import */ var _report_model_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(6867);
/* harmony import */ var _report_publish_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3576);
/* harmony import */ var _training_train_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6246);
/* harmony import */ var _shared_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3234);
/* harmony import */ var _aws_foundation_models_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(5395);
/* harmony import */ var _evaluation_cost_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(8945);
/* harmony import */ var _training_lifecycle_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(1158);
/* harmony import */ var _training_cost_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6857);
/* harmony import */ var _validate_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9820);
/* harmony import */ var _sweep_grid_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2359);
/* harmony import */ var _sweep_run_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(6933);
/* harmony import */ var _sweep_rank_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(496);
/* harmony import */ var _report_sweep_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(602);














/** validate → cost and lifecycle → upload → train → wait → evaluate → report. */
async function run(settings, io, deps) {
    const validation = await (0,_validate_js__WEBPACK_IMPORTED_MODULE_5__.validate)(settings, io);
    if (settings.sweep)
        await (0,_sweep_run_js__WEBPACK_IMPORTED_MODULE_7__/* .validateForEveryModel */ .gW)(settings, validation, io);
    const aws = await deps.aws(settings, io);
    try {
        const store = (0,_shared_js__WEBPACK_IMPORTED_MODULE_3__/* .storeFor */ .fV)(settings, aws);
        // Before any upload: a run over its budget, or on a model Bedrock no longer offers, costs nothing.
        const { prices, estimate, lifecycle, perPoint } = await io.group('Cost and models', async () => {
            const prices = await (0,_shared_js__WEBPACK_IMPORTED_MODULE_3__/* .priceBook */ .Nr)(settings, aws, store, deps, io);
            const grid = settings.sweep ? (0,_sweep_run_js__WEBPACK_IMPORTED_MODULE_7__/* .estimateSweep */ .N6)(settings, validation, prices) : undefined;
            const estimate = grid?.total ?? (0,_training_cost_js__WEBPACK_IMPORTED_MODULE_4__/* .estimateTrainingCost */ .k$)(settings, validation, prices);
            if (grid)
                for (const p of settings.sweep.points)
                    io.info(`${p.id} (${(0,_sweep_grid_js__WEBPACK_IMPORTED_MODULE_6__/* .pointLabel */ .HV)(p)}): ${(0,_training_cost_js__WEBPACK_IMPORTED_MODULE_4__/* .describeTrainingCost */ .RF)(grid.perPoint.get(p.id))}`);
            io.info(`Training${grid ? ` (the whole grid)` : ''}: ${(0,_training_cost_js__WEBPACK_IMPORTED_MODULE_4__/* .describeTrainingCost */ .RF)(estimate)}; ${estimate.method}.`);
            if (estimate.validationTokens)
                io.info(`Validation: about ${estimate.validationTokens.toLocaleString('en-US')} tokens, not counted above: whether Bedrock bills validation tokens is not documented.`);
            io.setOutput('training-tokens', estimate.billedTokens);
            io.setOutput('training-cost', estimate.cost === undefined ? '' : estimate.cost.toFixed(4));
            (0,_training_cost_js__WEBPACK_IMPORTED_MODULE_4__/* .checkTrainingBudget */ .e8)(estimate, settings);
            const models = new _aws_foundation_models_js__WEBPACK_IMPORTED_MODULE_10__/* .FoundationModels */ .I(aws.bedrock);
            const now = new Date(deps.clock.now());
            const lifecycle = await (0,_training_lifecycle_js__WEBPACK_IMPORTED_MODULE_11__/* .checkLifecycle */ .l)(settings, models, now, io);
            // a sweep's other base models
            for (const p of new Map(settings.sweep?.points.slice(1).map((x) => [x.baseModel.id, x])).values())
                if (p.baseModel.id !== settings.baseModel.id)
                    lifecycle.push(...(await (0,_training_lifecycle_js__WEBPACK_IMPORTED_MODULE_11__/* .checkLifecycle */ .l)((0,_sweep_grid_js__WEBPACK_IMPORTED_MODULE_6__/* .pointSettings */ .YB)(settings, p), models, now, io, ['base model'])));
            return { prices, estimate, lifecycle, perPoint: grid?.perPoint };
        });
        if (settings.sweep)
            return await runSweep(settings, validation, aws, store, deps, io, { prices, perPoint: perPoint, lifecycle });
        const training = await (0,_training_train_js__WEBPACK_IMPORTED_MODULE_2__/* .train */ .B)(settings, validation, aws, store, deps, io);
        const { job } = training;
        const trainingCost = job.status === 'Completed' ? (0,_training_cost_js__WEBPACK_IMPORTED_MODULE_4__/* .withJobDuration */ .Om)(estimate, job.creationTime, job.endTime) : estimate;
        if (trainingCost.actual?.cost !== undefined)
            io.setOutput('training-cost', trainingCost.actual.cost.toFixed(4));
        const changes = await (0,_shared_js__WEBPACK_IMPORTED_MODULE_3__/* .changesFor */ .z7)(settings, validation, deps, io);
        const base = {
            settings,
            context: deps.context,
            validation,
            job,
            reused: !training.launch.created,
            loss: training.loss,
            dataChanges: changes,
            lifecycle,
            cost: { training: trainingCost, publicationDate: prices.publicationDate, notes: prices.notes },
        };
        if (job.status === 'InProgress' || job.status === 'Stopping') {
            await io.group('Report', () => (0,_report_publish_js__WEBPACK_IMPORTED_MODULE_1__/* .publishReport */ .S)((0,_report_model_js__WEBPACK_IMPORTED_MODULE_12__/* .buildReport */ .FK)(base), settings, deps.context, store, io));
            io.notice(`Training job ${job.name} is still ${job.status} after ${settings.waitMinutes} min ('wait-minutes'). That is not a failure: ` +
                `the next run with the same data finds this job and goes on waiting instead of starting another. Re-run this workflow later, or let a scheduled run pick it up.`);
            return;
        }
        if (job.status !== 'Completed') {
            await io.group('Report', () => (0,_report_publish_js__WEBPACK_IMPORTED_MODULE_1__/* .publishReport */ .S)((0,_report_model_js__WEBPACK_IMPORTED_MODULE_12__/* .buildReport */ .FK)(base), settings, deps.context, store, io));
            throw (0,_training_train_js__WEBPACK_IMPORTED_MODULE_2__/* .jobFailure */ .eL)(job);
        }
        const evaluation = await (0,_evaluation_evaluate_js__WEBPACK_IMPORTED_MODULE_0__/* .evaluateModels */ .e)({
            ...(0,_shared_js__WEBPACK_IMPORTED_MODULE_3__/* .testSetOf */ .aJ)(validation),
            candidate: { modelArn: job.customModelArn, name: job.name },
            ...(await (0,_shared_js__WEBPACK_IMPORTED_MODULE_3__/* .readChampion */ .KD)(store, settings, io)),
        }, settings, aws, store, deps, io);
        const cost = { ...base.cost, inference: (0,_evaluation_cost_js__WEBPACK_IMPORTED_MODULE_13__/* .inferenceCosts */ .Y)(evaluation, prices, settings) };
        const report = await io.group('Report', () => (0,_report_publish_js__WEBPACK_IMPORTED_MODULE_1__/* .publishReport */ .S)((0,_report_model_js__WEBPACK_IMPORTED_MODULE_12__/* .buildReport */ .FK)({ ...base, evaluation, cost }), settings, deps.context, store, io));
        if (!report.passed)
            throw (0,_shared_js__WEBPACK_IMPORTED_MODULE_3__/* .gateFailure */ .I9)(report);
    }
    finally {
        aws.destroy();
    }
}
/** `run` over a grid (see src/sweep/): all points trained together, each evaluated, the winner is the candidate. */
async function runSweep(settings, validation, aws, store, deps, io, known) {
    const { prices, perPoint, lifecycle } = known;
    const training = await (0,_sweep_run_js__WEBPACK_IMPORTED_MODULE_7__/* .trainSweep */ .jY)(settings, validation, aws, store, deps, io);
    const changes = await (0,_shared_js__WEBPACK_IMPORTED_MODULE_3__/* .changesFor */ .z7)(settings, validation, deps, io);
    const graded = settings.scorer === 'grader' || settings.scorer === 'judge';
    const running = training.jobs.filter((j) => j.job.status === 'InProgress' || j.job.status === 'Stopping');
    const completed = training.jobs.filter((j) => j.job.status === 'Completed');
    const unevaluated = () => (0,_sweep_rank_js__WEBPACK_IMPORTED_MODULE_8__/* .rankSweep */ .j)(training.jobs.map((t) => ({
        point: t.point,
        job: t.job,
        loss: t.loss,
        trainingCost: perPoint.get(t.point.id)?.cost,
    })), graded);
    if (running.length > 0 || completed.length === 0) {
        const shown = running[0] ?? training.jobs[0];
        const ranking = unevaluated();
        io.setOutput('sweep', JSON.stringify(ranking));
        await io.group('Report', () => (0,_report_publish_js__WEBPACK_IMPORTED_MODULE_1__/* .publishReport */ .S)((0,_report_model_js__WEBPACK_IMPORTED_MODULE_12__/* .buildReport */ .FK)({
            settings: (0,_sweep_grid_js__WEBPACK_IMPORTED_MODULE_6__/* .pointSettings */ .YB)(settings, shown.point),
            context: deps.context,
            validation,
            job: shown.job,
            reused: !shown.created,
            dataChanges: changes,
            lifecycle,
            sweep: (0,_report_sweep_js__WEBPACK_IMPORTED_MODULE_9__/* .sweepReport */ .lc)(ranking, training),
        }), settings, deps.context, store, io));
        if (running.length === 0)
            throw (0,_sweep_run_js__WEBPACK_IMPORTED_MODULE_7__/* .sweepFailure */ .pp)(training);
        io.notice(`${running.length} of ${training.jobs.length} training jobs of the sweep are still running after ${settings.waitMinutes} min ('wait-minutes'): ${running.map((r) => r.job.name).join(', ')}. That is not a failure: the next run with the same data finds every job of the grid and goes on waiting for these, training nothing twice.`);
        return;
    }
    const request = { ...(0,_shared_js__WEBPACK_IMPORTED_MODULE_3__/* .testSetOf */ .aJ)(validation), ...(await (0,_shared_js__WEBPACK_IMPORTED_MODULE_3__/* .readChampion */ .KD)(store, settings, io)) };
    const { ranking, evaluations } = await (0,_sweep_run_js__WEBPACK_IMPORTED_MODULE_7__/* .evaluateSweep */ .qt)(settings, training, request, prices, perPoint, aws, store, deps, io);
    const winner = training.jobs.find((j) => j.point.id === ranking.winner);
    const ws = (0,_sweep_grid_js__WEBPACK_IMPORTED_MODULE_6__/* .pointSettings */ .YB)(settings, winner.point);
    const evaluation = evaluations.get(winner.point.id);
    io.notice(`Sweep winner: ${winner.point.id} (${(0,_sweep_grid_js__WEBPACK_IMPORTED_MODULE_6__/* .pointLabel */ .HV)(winner.point)}), ${winner.job.name}: ${ranking.reason}.`);
    io.setOutput('sweep', JSON.stringify(ranking));
    io.setOutput('job-name', winner.job.name);
    io.setOutput('job-arn', winner.job.arn);
    io.setOutput('job-status', winner.job.status);
    io.setOutput('custom-model-arn', winner.job.customModelArn ?? '');
    const trainingCost = (0,_training_cost_js__WEBPACK_IMPORTED_MODULE_4__/* .withJobDuration */ .Om)(perPoint.get(winner.point.id), winner.job.creationTime, winner.job.endTime);
    const report = await io.group('Report', () => (0,_report_publish_js__WEBPACK_IMPORTED_MODULE_1__/* .publishReport */ .S)((0,_report_model_js__WEBPACK_IMPORTED_MODULE_12__/* .buildReport */ .FK)({
        settings: ws,
        context: deps.context,
        validation,
        job: winner.job,
        reused: !winner.created,
        loss: winner.loss,
        evaluation,
        dataChanges: changes,
        lifecycle,
        cost: {
            training: trainingCost,
            inference: (0,_evaluation_cost_js__WEBPACK_IMPORTED_MODULE_13__/* .inferenceCosts */ .Y)(evaluation, prices, ws),
            publicationDate: prices.publicationDate,
            notes: prices.notes,
        },
        sweep: (0,_report_sweep_js__WEBPACK_IMPORTED_MODULE_9__/* .sweepReport */ .lc)(ranking, training),
    }), settings, deps.context, store, io));
    if (!report.passed)
        throw (0,_shared_js__WEBPACK_IMPORTED_MODULE_3__/* .gateFailure */ .I9)(report);
}


/***/ }),

/***/ 496:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ rankSweep)
/* harmony export */ });
/* unused harmony export overfitting */
/* harmony import */ var _evaluation_overlap_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6193);
/* harmony import */ var _evaluation_stats_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5397);
/* harmony import */ var _grid_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2359);



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
                p = (0,_evaluation_stats_js__WEBPACK_IMPORTED_MODULE_2__/* .compareScores */ .fW)(a, b).p;
            }
            else
                p = (0,_evaluation_overlap_js__WEBPACK_IMPORTED_MODULE_0__/* .comparePairedResults */ .F)(bestResults, results).p;
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
    const name = (o) => `${o.point.id} (${(0,_grid_js__WEBPACK_IMPORTED_MODULE_1__/* .pointLabel */ .HV)(o.point)})`;
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
            label: (0,_grid_js__WEBPACK_IMPORTED_MODULE_1__/* .pointLabel */ .HV)(o.point),
            baseModel: o.point.baseModel.id,
            hyperparameters: o.point.hyperparameters.values,
            varying: o.point.varying,
            jobName: o.job?.name,
            status: !o.job
                ? 'not started'
                : o.job.status === 'Completed' && !o.evaluation
                    ? 'Completed, not evaluated'
                    : o.job.status,
            failureMessage: o.job?.failureMessage,
            metric,
            ci: graded
                ? c?.metrics.score?.ci
                : outcomes01 && outcomes01.length
                    ? (0,_evaluation_stats_js__WEBPACK_IMPORTED_MODULE_2__/* .bootstrapMeanInterval */ .B4)(outcomes01)
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


/***/ }),

/***/ 6933:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N6: () => (/* binding */ estimateSweep),
/* harmony export */   gW: () => (/* binding */ validateForEveryModel),
/* harmony export */   jY: () => (/* binding */ trainSweep),
/* harmony export */   pp: () => (/* binding */ sweepFailure),
/* harmony export */   qt: () => (/* binding */ evaluateSweep)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(3916);
/* harmony import */ var _interface_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6160);
/* harmony import */ var _aws_bedrock_jobs_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(7580);
/* harmony import */ var _dataset_validate_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6782);
/* harmony import */ var _evaluation_evaluate_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(39);
/* harmony import */ var _evaluation_cost_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(8945);
/* harmony import */ var _training_launch_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6081);
/* harmony import */ var _training_provenance_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2203);
/* harmony import */ var _training_train_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6246);
/* harmony import */ var _training_cost_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6857);
/* harmony import */ var _training_upload_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5085);
/* harmony import */ var _training_wait_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(8449);
/* harmony import */ var _grid_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(2359);
/* harmony import */ var _rank_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(496);
// `run` with a grid: every point checked and priced before one upload, all jobs launched (or
// found: a re-run or the merge trains nothing twice), waited for together, each completed point
// evaluated (base and production once, through the results cache), ranked, one report.














/**
 * The datasets against every base model of the grid beyond the first (validated already):
 * record limits and modalities differ per model. Problems the first validation reported are not
 * repeated.
 */
async function validateForEveryModel(settings, first, io) {
    const seen = new Set(first.problems.map((p) => `${p.rule}\u0000${p.file}\u0000${p.line}`));
    const models = [...new Map(settings.sweep.points.map((p) => [p.baseModel.id, p])).values()].slice(1);
    let errors = 0;
    for (const point of models) {
        const report = await (0,_dataset_validate_js__WEBPACK_IMPORTED_MODULE_1__/* .validateDatasets */ .MQ)((0,_grid_js__WEBPACK_IMPORTED_MODULE_9__/* .pointSettings */ .YB)(settings, point));
        for (const p of report.problems) {
            if (p.severity !== 'error' || seen.has(`${p.rule}\u0000${p.file}\u0000${p.line}`))
                continue;
            errors += 1;
            io.error(`${p.message} (for ${point.baseModel.label}, a base model of the sweep) [${p.rule}]`, {
                file: p.file,
                line: p.line,
            });
        }
    }
    if (errors)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_11__/* .UserError */ .yo(`Dataset validation failed for ${errors === 1 ? 'a base model' : 'base models'} of the sweep: ${errors} error(s), annotated on their files. Fix the data, or drop that model from 'base-model'. Nothing was uploaded and no job was started.`);
}
/** Every point's training estimate, and the grid's total: the ceilings apply to the whole grid. */
function estimateSweep(settings, validation, prices) {
    const perPoint = new Map(settings.sweep.points.map((p) => [p.id, (0,_training_cost_js__WEBPACK_IMPORTED_MODULE_6__/* .estimateTrainingCost */ .k$)((0,_grid_js__WEBPACK_IMPORTED_MODULE_9__/* .pointSettings */ .YB)(settings, p), validation, prices)]));
    const all = [...perPoint.values()];
    const first = all[0];
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
/** Upload once; launch or find every point's job; wait for all of them together. */
async function trainSweep(settings, validation, aws, store, deps, io) {
    const jobs = new _aws_bedrock_jobs_js__WEBPACK_IMPORTED_MODULE_12__.BedrockJobs(aws.bedrock);
    const points = settings.sweep.points;
    const datasets = await io.group('Upload datasets', async () => (0,_training_upload_js__WEBPACK_IMPORTED_MODULE_7__/* .uploadDatasets */ .bP)(store, await (0,_training_train_js__WEBPACK_IMPORTED_MODULE_5__/* .datasetFiles */ .gm)(settings, validation, io), io));
    const launched = await io.group(`Training jobs (${points.length} points)`, async () => {
        const out = [];
        for (const point of points) {
            const ps = (0,_grid_js__WEBPACK_IMPORTED_MODULE_9__/* .pointSettings */ .YB)(settings, point);
            const found = await (0,_training_launch_js__WEBPACK_IMPORTED_MODULE_3__/* .launchOrFind */ .aK)(jobs, store, ps, deps.context, datasets, validation.datasetHash, io);
            if (!found.created)
                (0,_training_provenance_js__WEBPACK_IMPORTED_MODULE_4__/* .verifyProvenance */ .T)(found.job, ps, store, datasets);
            io.info(`${point.id} (${(0,_grid_js__WEBPACK_IMPORTED_MODULE_9__/* .pointLabel */ .HV)(point)}): ${found.created ? 'started' : 'found'} ${found.job.name}`);
            out.push({ point, launch: found });
        }
        return out;
    });
    // Saved as soon as the jobs exist, so a cancelled run's post step can stop them.
    io.saveState(_interface_js__WEBPACK_IMPORTED_MODULE_0__/* .STATE */ .c4.jobArn, launched.map((l) => l.launch.job.arn).join('\n'));
    const deadline = deps.startedAt + settings.waitMinutes * 60_000;
    const views = await io.group(`Wait for ${points.length} training jobs (up to ${settings.waitMinutes} min)`, () => (0,_training_wait_js__WEBPACK_IMPORTED_MODULE_8__/* .waitForJobs */ .pf)(jobs, launched.map((l) => l.launch.job.name), { deadline, clock: deps.clock, schedule: deps.schedule, io }));
    const out = [];
    for (const [i, l] of launched.entries()) {
        const job = views[i];
        let loss;
        if (job.status === 'Completed')
            loss = await (0,_training_train_js__WEBPACK_IMPORTED_MODULE_5__/* .readLossCurves */ .wS)(store, `jobs/${job.name}/`).catch(() => undefined);
        out.push({ point: l.point, job, created: l.launch.created, loss });
    }
    return { jobs: out };
}
/** Each completed point evaluated like a single run's candidate; base and production come from the cache after the first. */
async function evaluateSweep(settings, training, request, prices, costs, aws, store, deps, io) {
    const outcomes = [];
    const evaluations = new Map();
    for (const t of training.jobs) {
        const ps = (0,_grid_js__WEBPACK_IMPORTED_MODULE_9__/* .pointSettings */ .YB)(settings, t.point);
        let evaluation;
        if (t.job.status === 'Completed' && t.job.customModelArn) {
            io.info(`Evaluating ${t.point.id} (${(0,_grid_js__WEBPACK_IMPORTED_MODULE_9__/* .pointLabel */ .HV)(t.point)}): ${t.job.name}`);
            evaluation = await (0,_evaluation_evaluate_js__WEBPACK_IMPORTED_MODULE_2__/* .evaluateModels */ .e)({ ...request, candidate: { modelArn: t.job.customModelArn, name: t.job.name } }, ps, aws, store, deps, io);
            evaluations.set(t.point.id, evaluation);
        }
        outcomes.push({
            point: t.point,
            job: t.job,
            evaluation,
            loss: t.loss,
            trainingCost: costs.get(t.point.id)?.cost,
            inferencePer1k: evaluation
                ? (0,_evaluation_cost_js__WEBPACK_IMPORTED_MODULE_13__/* .inferenceCosts */ .Y)(evaluation, prices, ps).models.find((m) => m.role === 'candidate')?.per1kRequests
                : undefined,
        });
    }
    const graded = settings.scorer === 'grader' || settings.scorer === 'judge';
    return { outcomes, ranking: (0,_rank_js__WEBPACK_IMPORTED_MODULE_10__/* .rankSweep */ .j)(outcomes, graded), evaluations };
}
/** When no point produced a model: the first failure, for the step's error. */
function sweepFailure(training) {
    const failed = training.jobs.filter((j) => j.job.status !== 'Completed');
    const first = failed[0].job;
    return new _errors_js__WEBPACK_IMPORTED_MODULE_11__/* .UserError */ .yo(`No point of the sweep produced a model (${failed.map((f) => `${f.point.id} ${f.job.status}`).join(', ')}). ${(0,_training_train_js__WEBPACK_IMPORTED_MODULE_5__/* .jobFailure */ .eL)(first).message}`);
}


/***/ })

};
