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
/* harmony import */ var _report_model_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(6867);
/* harmony import */ var _report_publish_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3576);
/* harmony import */ var _training_train_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6246);
/* harmony import */ var _shared_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3234);
/* harmony import */ var _aws_foundation_models_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(5395);
/* harmony import */ var _evaluation_cost_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(8945);
/* harmony import */ var _training_lifecycle_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(1158);
/* harmony import */ var _training_cost_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6857);
/* harmony import */ var _validate_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9820);
/* harmony import */ var _evaluation_scorers_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5987);
/* harmony import */ var _sweep_grid_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2359);
/* harmony import */ var _sweep_run_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(6933);
/* harmony import */ var _sweep_rank_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(496);
/* harmony import */ var _report_sweep_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(602);















/** validate → cost and lifecycle → upload → train → wait → evaluate → report. */
async function run(settings, io, deps) {
    const validation = await (0,_validate_js__WEBPACK_IMPORTED_MODULE_5__.validate)(settings, io);
    if (settings.sweep)
        await (0,_sweep_run_js__WEBPACK_IMPORTED_MODULE_8__/* .validateForEveryModel */ .gW)(settings, validation, io);
    const aws = await deps.aws(settings, io);
    try {
        const store = (0,_shared_js__WEBPACK_IMPORTED_MODULE_3__/* .storeFor */ .fV)(settings, aws);
        // Before any upload: a run over its budget, or on a model Bedrock no longer offers, costs nothing.
        const { prices, estimate, lifecycle, perPoint } = await io.group('Cost and models', async () => {
            const prices = await (0,_shared_js__WEBPACK_IMPORTED_MODULE_3__/* .priceBook */ .Nr)(settings, aws, store, deps, io);
            const grid = settings.sweep ? (0,_sweep_run_js__WEBPACK_IMPORTED_MODULE_8__/* .estimateSweep */ .N6)(settings, validation, prices) : undefined;
            const estimate = grid?.total ?? (0,_training_cost_js__WEBPACK_IMPORTED_MODULE_4__/* .estimateTrainingCost */ .k$)(settings, validation, prices);
            if (grid)
                for (const p of settings.sweep.points)
                    io.info(`${p.id} (${(0,_sweep_grid_js__WEBPACK_IMPORTED_MODULE_7__/* .pointLabel */ .HV)(p)}): ${(0,_training_cost_js__WEBPACK_IMPORTED_MODULE_4__/* .describeTrainingCost */ .RF)(grid.perPoint.get(p.id))}`);
            io.info(`Training${grid ? ` (the whole grid)` : ''}: ${(0,_training_cost_js__WEBPACK_IMPORTED_MODULE_4__/* .describeTrainingCost */ .RF)(estimate)}; ${estimate.method}.`);
            if (estimate.validationTokens)
                io.info(`Validation: about ${estimate.validationTokens.toLocaleString('en-US')} tokens, not counted above: whether Bedrock bills validation tokens is not documented.`);
            io.setOutput('training-tokens', estimate.billedTokens);
            io.setOutput('training-cost', estimate.cost === undefined ? '' : estimate.cost.toFixed(4));
            (0,_training_cost_js__WEBPACK_IMPORTED_MODULE_4__/* .checkTrainingBudget */ .e8)(estimate, settings);
            const models = new _aws_foundation_models_js__WEBPACK_IMPORTED_MODULE_11__/* .FoundationModels */ .I(aws.bedrock);
            const now = new Date(deps.clock.now());
            const lifecycle = await (0,_training_lifecycle_js__WEBPACK_IMPORTED_MODULE_12__/* .checkLifecycle */ .l)(settings, models, now, io);
            // a sweep's other base models
            for (const p of new Map(settings.sweep?.points.slice(1).map((x) => [x.baseModel.id, x])).values())
                if (p.baseModel.id !== settings.baseModel.id)
                    lifecycle.push(...(await (0,_training_lifecycle_js__WEBPACK_IMPORTED_MODULE_12__/* .checkLifecycle */ .l)((0,_sweep_grid_js__WEBPACK_IMPORTED_MODULE_7__/* .pointSettings */ .YB)(settings, p), models, now, io, ['base model'])));
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
            await io.group('Report', () => (0,_report_publish_js__WEBPACK_IMPORTED_MODULE_1__/* .publishReport */ .S)((0,_report_model_js__WEBPACK_IMPORTED_MODULE_13__/* .buildReport */ .FK)(base), settings, deps.context, store, io));
            io.notice(`Training job ${job.name} is still ${job.status} after ${settings.waitMinutes} min ('wait-minutes'). That is not a failure: ` +
                `the next run with the same data finds this job and goes on waiting instead of starting another. Re-run this workflow later, or let a scheduled run pick it up.`);
            return;
        }
        if (job.status !== 'Completed') {
            await io.group('Report', () => (0,_report_publish_js__WEBPACK_IMPORTED_MODULE_1__/* .publishReport */ .S)((0,_report_model_js__WEBPACK_IMPORTED_MODULE_13__/* .buildReport */ .FK)(base), settings, deps.context, store, io));
            throw (0,_training_train_js__WEBPACK_IMPORTED_MODULE_2__/* .jobFailure */ .eL)(job);
        }
        const evaluation = await (0,_evaluation_evaluate_js__WEBPACK_IMPORTED_MODULE_0__/* .evaluateModels */ .e)({
            ...(0,_shared_js__WEBPACK_IMPORTED_MODULE_3__/* .testSetOf */ .aJ)(validation),
            candidate: { modelArn: job.customModelArn, name: job.name },
            ...(await (0,_shared_js__WEBPACK_IMPORTED_MODULE_3__/* .readChampion */ .KD)(store, settings, io)),
        }, settings, aws, store, deps, io);
        const cost = { ...base.cost, inference: (0,_evaluation_cost_js__WEBPACK_IMPORTED_MODULE_14__/* .inferenceCosts */ .Y)(evaluation, prices, settings) };
        const report = await io.group('Report', () => (0,_report_publish_js__WEBPACK_IMPORTED_MODULE_1__/* .publishReport */ .S)((0,_report_model_js__WEBPACK_IMPORTED_MODULE_13__/* .buildReport */ .FK)({ ...base, evaluation, cost }), settings, deps.context, store, io));
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
    const graded = !(0,_evaluation_scorers_js__WEBPACK_IMPORTED_MODULE_6__.isStringScorer)(settings.scorer);
    /** The report of a grid not (all) evaluated: each point's state, shown under a running job when there is one. */
    const unevaluated = (t, dataChanges) => {
        const shown = t.jobs.find((j) => j.job.status === 'InProgress' || j.job.status === 'Stopping') ?? t.jobs[0];
        const ranking = (0,_sweep_rank_js__WEBPACK_IMPORTED_MODULE_9__/* .rankSweep */ .j)(t.jobs.map((j) => ({ point: j.point, job: j.job, loss: j.loss, trainingCost: perPoint.get(j.point.id)?.cost })), graded);
        const report = (0,_report_model_js__WEBPACK_IMPORTED_MODULE_13__/* .buildReport */ .FK)({
            settings: (0,_sweep_grid_js__WEBPACK_IMPORTED_MODULE_7__/* .pointSettings */ .YB)(settings, shown.point),
            context: deps.context,
            validation,
            job: shown.job,
            reused: !shown.created,
            dataChanges,
            lifecycle,
            sweep: (0,_report_sweep_js__WEBPACK_IMPORTED_MODULE_10__/* .sweepReport */ .lc)(ranking, t),
        });
        return { ranking, report };
    };
    // While the grid trains (hours), the comment follows its points as they end.
    const progress = (t) => (0,_report_publish_js__WEBPACK_IMPORTED_MODULE_1__/* .updateComment */ .v)(unevaluated(t).report, settings, deps.context, io);
    const training = await (0,_sweep_run_js__WEBPACK_IMPORTED_MODULE_8__/* .trainSweep */ .jY)(settings, validation, aws, store, deps, io, progress);
    const changes = await (0,_shared_js__WEBPACK_IMPORTED_MODULE_3__/* .changesFor */ .z7)(settings, validation, deps, io);
    const running = training.jobs.filter((j) => j.job.status === 'InProgress' || j.job.status === 'Stopping');
    const completed = training.jobs.filter((j) => j.job.status === 'Completed');
    if (running.length > 0 || completed.length === 0) {
        const { ranking, report } = unevaluated(training, changes);
        io.setOutput('sweep', JSON.stringify(ranking));
        await io.group('Report', () => (0,_report_publish_js__WEBPACK_IMPORTED_MODULE_1__/* .publishReport */ .S)(report, settings, deps.context, store, io));
        if (running.length === 0)
            throw (0,_sweep_run_js__WEBPACK_IMPORTED_MODULE_8__/* .sweepFailure */ .pp)(training);
        io.notice(`${running.length} of ${training.jobs.length} training jobs of the sweep are still running after ${settings.waitMinutes} min ('wait-minutes'): ${running.map((r) => r.job.name).join(', ')}. That is not a failure: the next run with the same data finds every job of the grid and goes on waiting for these, training nothing twice.`);
        return;
    }
    const request = { ...(0,_shared_js__WEBPACK_IMPORTED_MODULE_3__/* .testSetOf */ .aJ)(validation), ...(await (0,_shared_js__WEBPACK_IMPORTED_MODULE_3__/* .readChampion */ .KD)(store, settings, io)) };
    const { ranking, evaluations } = await (0,_sweep_run_js__WEBPACK_IMPORTED_MODULE_8__/* .evaluateSweep */ .qt)(settings, training, request, prices, perPoint, aws, store, deps, io);
    const winner = training.jobs.find((j) => j.point.id === ranking.winner);
    const ws = (0,_sweep_grid_js__WEBPACK_IMPORTED_MODULE_7__/* .pointSettings */ .YB)(settings, winner.point);
    const evaluation = evaluations.get(winner.point.id);
    io.notice(`Sweep winner: ${winner.point.id} (${(0,_sweep_grid_js__WEBPACK_IMPORTED_MODULE_7__/* .pointLabel */ .HV)(winner.point)}), ${winner.job.name}: ${ranking.reason}.`);
    io.setOutput('sweep', JSON.stringify(ranking));
    io.setOutput('job-name', winner.job.name);
    io.setOutput('job-arn', winner.job.arn);
    io.setOutput('job-status', winner.job.status);
    io.setOutput('custom-model-arn', winner.job.customModelArn ?? '');
    const trainingCost = (0,_training_cost_js__WEBPACK_IMPORTED_MODULE_4__/* .withJobDuration */ .Om)(perPoint.get(winner.point.id), winner.job.creationTime, winner.job.endTime);
    const report = await io.group('Report', () => (0,_report_publish_js__WEBPACK_IMPORTED_MODULE_1__/* .publishReport */ .S)((0,_report_model_js__WEBPACK_IMPORTED_MODULE_13__/* .buildReport */ .FK)({
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
            inference: (0,_evaluation_cost_js__WEBPACK_IMPORTED_MODULE_14__/* .inferenceCosts */ .Y)(evaluation, prices, ws),
            publicationDate: prices.publicationDate,
            notes: prices.notes,
        },
        sweep: (0,_report_sweep_js__WEBPACK_IMPORTED_MODULE_10__/* .sweepReport */ .lc)(ranking, training),
    }), settings, deps.context, store, io));
    if (!report.passed)
        throw (0,_shared_js__WEBPACK_IMPORTED_MODULE_3__/* .gateFailure */ .I9)(report);
}


/***/ })

};
