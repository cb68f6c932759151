export const id = 643;
export const ids = [643];
export const modules = {

/***/ 7643:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   evaluate: () => (/* binding */ evaluate)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(3916);
/* harmony import */ var _evaluation_evaluate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(39);
/* harmony import */ var _report_model_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(6867);
/* harmony import */ var _report_publish_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3576);
/* harmony import */ var _shared_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3234);
/* harmony import */ var _aws_foundation_models_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(5395);
/* harmony import */ var _evaluation_cost_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(8945);
/* harmony import */ var _training_lifecycle_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(1158);
/* harmony import */ var _validate_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9820);
/* harmony import */ var _sweep_grid_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2359);
/* harmony import */ var _sweep_run_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6933);
/* harmony import */ var _report_sweep_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(602);
/* harmony import */ var _training_train_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(6246);













/**
 * The evaluation of `run` without ever launching training: for a PR that changes only the test
 * set, or to re-check production. The candidate is the model trained from `training-data` (same
 * identity as `run`), when one has completed; base and production are evaluated beside it.
 */
async function evaluate(settings, io, deps) {
    const validation = await (0,_validate_js__WEBPACK_IMPORTED_MODULE_3__.validate)(settings, io);
    const aws = await deps.aws(settings, io);
    try {
        const store = (0,_shared_js__WEBPACK_IMPORTED_MODULE_2__/* .storeFor */ .fV)(settings, aws);
        if (settings.sweep && settings.trainingData)
            return await evaluateGrid(settings, validation, aws, store, deps, io);
        let candidate;
        let job;
        if (settings.trainingData) {
            const found = await (0,_shared_js__WEBPACK_IMPORTED_MODULE_2__/* .trainedJob */ .He)(settings, aws, store, validation, io);
            job = found.job;
            const base = found.base;
            if (job?.status === 'Completed' && job.customModelArn) {
                candidate = { modelArn: job.customModelArn, name: job.name };
                io.info(`Candidate: ${job.name}, trained from this data.`);
            }
            else {
                io.notice(`No completed model was trained from this training data (${job ? `job ${job.name} is ${job.status}` : `no job ${base}`}); evaluating base and production only. 'command: run' trains one.`);
                job = undefined;
            }
        }
        const lifecycle = await (0,_training_lifecycle_js__WEBPACK_IMPORTED_MODULE_8__/* .checkLifecycle */ .l)(settings, new _aws_foundation_models_js__WEBPACK_IMPORTED_MODULE_9__/* .FoundationModels */ .I(aws.bedrock), new Date(deps.clock.now()), io, ['base model', 'judge']);
        const prices = await (0,_shared_js__WEBPACK_IMPORTED_MODULE_2__/* .priceBook */ .Nr)(settings, aws, store, deps, io);
        const evaluation = await (0,_evaluation_evaluate_js__WEBPACK_IMPORTED_MODULE_0__/* .evaluateModels */ .e)({ ...(0,_shared_js__WEBPACK_IMPORTED_MODULE_2__/* .testSetOf */ .aJ)(validation), candidate, ...(await (0,_shared_js__WEBPACK_IMPORTED_MODULE_2__/* .readChampion */ .KD)(store, settings, io)) }, settings, aws, store, deps, io);
        const report = await io.group('Report', async () => (0,_report_publish_js__WEBPACK_IMPORTED_MODULE_1__/* .publishReport */ .S)((0,_report_model_js__WEBPACK_IMPORTED_MODULE_10__/* .buildReport */ .FK)({
            settings,
            context: deps.context,
            validation,
            job,
            reused: true,
            evaluation,
            lifecycle,
            cost: {
                inference: (0,_evaluation_cost_js__WEBPACK_IMPORTED_MODULE_11__/* .inferenceCosts */ .Y)(evaluation, prices, settings),
                publicationDate: prices.publicationDate,
                notes: prices.notes,
            },
            dataChanges: await (0,_shared_js__WEBPACK_IMPORTED_MODULE_2__/* .changesFor */ .z7)(settings, validation, deps, io),
        }), settings, deps.context, store, io));
        if (!report.passed)
            throw (0,_shared_js__WEBPACK_IMPORTED_MODULE_2__/* .gateFailure */ .I9)(report);
    }
    finally {
        aws.destroy();
    }
}
/** `evaluate` over a sweep: every point's model that has completed, evaluated and ranked as `run` ranks them. */
async function evaluateGrid(settings, validation, aws, store, deps, io) {
    const training = [];
    for (const point of settings.sweep.points) {
        const ps = (0,_sweep_grid_js__WEBPACK_IMPORTED_MODULE_4__/* .pointSettings */ .YB)(settings, point);
        const { job, base } = await (0,_shared_js__WEBPACK_IMPORTED_MODULE_2__/* .trainedJob */ .He)(ps, aws, store, validation, io);
        if (!job) {
            io.notice(`${point.id} (${(0,_sweep_grid_js__WEBPACK_IMPORTED_MODULE_4__/* .pointLabel */ .HV)(point)}): no job ${base} yet; 'command: run' trains it.`);
            continue;
        }
        const loss = job.status === 'Completed' ? await (0,_training_train_js__WEBPACK_IMPORTED_MODULE_7__/* .readLossCurves */ .wS)(store, `jobs/${job.name}/`).catch(() => undefined) : undefined;
        training.push({ point, job, created: false, loss });
    }
    if (!training.some((t) => t.job.status === 'Completed' && t.job.customModelArn))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_12__/* .UserError */ .yo(`No point of the sweep has a completed model yet (${training.map((t) => `${t.point.id} ${t.job.status}`).join(', ') || 'no jobs'}). 'command: run' trains them; evaluate once they have completed.`);
    const lifecycle = await (0,_training_lifecycle_js__WEBPACK_IMPORTED_MODULE_8__/* .checkLifecycle */ .l)(settings, new _aws_foundation_models_js__WEBPACK_IMPORTED_MODULE_9__/* .FoundationModels */ .I(aws.bedrock), new Date(deps.clock.now()), io, [
        'base model',
        'judge',
    ]);
    const prices = await (0,_shared_js__WEBPACK_IMPORTED_MODULE_2__/* .priceBook */ .Nr)(settings, aws, store, deps, io);
    const costs = (0,_sweep_run_js__WEBPACK_IMPORTED_MODULE_5__/* .estimateSweep */ .N6)(settings, validation, prices).perPoint;
    const request = { ...(0,_shared_js__WEBPACK_IMPORTED_MODULE_2__/* .testSetOf */ .aJ)(validation), ...(await (0,_shared_js__WEBPACK_IMPORTED_MODULE_2__/* .readChampion */ .KD)(store, settings, io)) };
    const { ranking, evaluations } = await (0,_sweep_run_js__WEBPACK_IMPORTED_MODULE_5__/* .evaluateSweep */ .qt)(settings, { jobs: training }, request, prices, costs, aws, store, deps, io);
    const winner = training.find((t) => t.point.id === ranking.winner);
    const ws = (0,_sweep_grid_js__WEBPACK_IMPORTED_MODULE_4__/* .pointSettings */ .YB)(settings, winner.point);
    const evaluation = evaluations.get(winner.point.id);
    io.setOutput('sweep', JSON.stringify(ranking));
    io.setOutput('job-name', winner.job.name);
    io.setOutput('custom-model-arn', winner.job.customModelArn ?? '');
    const report = await io.group('Report', async () => (0,_report_publish_js__WEBPACK_IMPORTED_MODULE_1__/* .publishReport */ .S)((0,_report_model_js__WEBPACK_IMPORTED_MODULE_10__/* .buildReport */ .FK)({
        settings: ws,
        context: deps.context,
        validation,
        job: winner.job,
        reused: true,
        loss: winner.loss,
        evaluation,
        lifecycle,
        dataChanges: await (0,_shared_js__WEBPACK_IMPORTED_MODULE_2__/* .changesFor */ .z7)(settings, validation, deps, io),
        cost: {
            inference: (0,_evaluation_cost_js__WEBPACK_IMPORTED_MODULE_11__/* .inferenceCosts */ .Y)(evaluation, prices, ws),
            publicationDate: prices.publicationDate,
            notes: prices.notes,
        },
        sweep: (0,_report_sweep_js__WEBPACK_IMPORTED_MODULE_6__/* .sweepReport */ .lc)(ranking, { jobs: training }),
    }), settings, deps.context, store, io));
    if (!report.passed)
        throw (0,_shared_js__WEBPACK_IMPORTED_MODULE_2__/* .gateFailure */ .I9)(report);
}


/***/ })

};
