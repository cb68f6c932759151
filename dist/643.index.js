export const id = 643;
export const ids = [643];
export const modules = {

/***/ 7643:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   evaluate: () => (/* binding */ evaluate)
/* harmony export */ });
/* harmony import */ var _evaluation_evaluate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3096);
/* harmony import */ var _evaluation_cost_js__WEBPACK_IMPORTED_MODULE_15__ = __webpack_require__(8945);
/* harmony import */ var _report_model_js__WEBPACK_IMPORTED_MODULE_16__ = __webpack_require__(6867);
/* harmony import */ var _report_publish_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6257);
/* harmony import */ var _training_lifecycle_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(1158);
/* harmony import */ var _training_grid_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6318);
/* harmony import */ var _training_train_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6246);
/* harmony import */ var _validate_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(23);
/* harmony import */ var _pipeline_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8930);
/* harmony import */ var _training_cost_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6857);
/* harmony import */ var _evaluation_budget_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5681);
/* harmony import */ var _evaluation_points_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(6059);
/* harmony import */ var _pricing_book_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(7813);
/* harmony import */ var _registry_champion_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(1028);
/* harmony import */ var _report_diff_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(227);
/* harmony import */ var _report_grid_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(4392);
/* harmony import */ var _training_found_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(3270);

















/**
 * The evaluation of `run` without ever launching training: for a PR that changes only the test
 * set, or to re-check production. The candidates are the models trained from `training-data` (same
 * identities as `run`) that have completed, ranked as `run` ranks them; base and production are
 * evaluated beside them. With none, base and production alone.
 */
async function evaluate(settings, io, deps) {
    const validation = await (0,_validate_js__WEBPACK_IMPORTED_MODULE_4__.validate)(settings, io);
    await (0,_pipeline_js__WEBPACK_IMPORTED_MODULE_5__/* .withPipeline */ .f)(settings, validation, deps, io, async (p) => {
        const found = settings.trainingData ? await (0,_training_found_js__WEBPACK_IMPORTED_MODULE_13__/* .findTrained */ .P)(p) : { jobs: [], missing: [] };
        const completed = found.jobs.filter((t) => t.job.status === 'Completed' && t.job.customModelArn);
        if (settings.trainingData && completed.length === 0) {
            const states = [
                ...found.jobs.map((t) => `job ${t.job.name} is ${t.job.status}`),
                ...found.missing.map((b) => `no job ${b}`),
            ];
            io.notice(`No completed model was trained from this training data (${states.join(', ')}); evaluating base and production only. 'command: run' trains one.`);
        }
        const lifecycle = await (0,_training_lifecycle_js__WEBPACK_IMPORTED_MODULE_14__/* .checkLifecycle */ .l)(settings, p.services.foundation, new Date(deps.clock.now()), io, [
            'base model',
            'judge',
        ]);
        const prices = await (0,_pricing_book_js__WEBPACK_IMPORTED_MODULE_9__/* .priceBook */ .N)(p);
        const request = { ...(0,_evaluation_evaluate_js__WEBPACK_IMPORTED_MODULE_0__/* .testSetOf */ .a)(validation), ...(await (0,_registry_champion_js__WEBPACK_IMPORTED_MODULE_10__/* .readChampion */ .K)(p)) };
        await (0,_evaluation_budget_js__WEBPACK_IMPORTED_MODULE_7__/* .evaluationBudget */ ["in"])(p, prices, {
            candidates: completed.length,
            base: settings.compareBase,
            production: request.champion !== undefined,
        });
        const priceNotes = { publicationDate: prices.publicationDate, notes: prices.notes };
        let report;
        if (completed.length > 0) {
            const perPoint = (0,_training_cost_js__WEBPACK_IMPORTED_MODULE_6__/* .estimateGrid */ .X)(settings, (0,_training_grid_js__WEBPACK_IMPORTED_MODULE_2__/* .gridOf */ .y_)(settings), validation, prices).perPoint;
            const { ranking, winner, evaluation } = await (0,_evaluation_points_js__WEBPACK_IMPORTED_MODULE_8__/* .evaluatePoints */ .d)(p, found, request, { prices, perPoint });
            io.info(`Candidate: ${winner.job.name}, trained from this data.`);
            (0,_training_train_js__WEBPACK_IMPORTED_MODULE_3__/* .setJobOutputs */ .M7)(io, winner.job);
            report = (0,_report_grid_js__WEBPACK_IMPORTED_MODULE_12__/* .gridReport */ .F)(p, found, winner, {
                ranking,
                evaluation,
                lifecycle,
                reused: true,
                dataChanges: await (0,_report_diff_js__WEBPACK_IMPORTED_MODULE_11__/* .changesFor */ .z7)(p),
                cost: { inference: (0,_evaluation_cost_js__WEBPACK_IMPORTED_MODULE_15__/* .inferenceCosts */ .Y)(evaluation, prices, (0,_training_grid_js__WEBPACK_IMPORTED_MODULE_2__/* .pointSettings */ .YB)(settings, winner.point)), ...priceNotes },
            });
        }
        else {
            const evaluation = await (0,_evaluation_evaluate_js__WEBPACK_IMPORTED_MODULE_0__/* .evaluateModels */ .e)(p, request);
            report = (0,_report_model_js__WEBPACK_IMPORTED_MODULE_16__/* .buildReport */ .FK)({
                settings,
                context: deps.context,
                validation,
                reused: true,
                evaluation,
                lifecycle,
                cost: { inference: (0,_evaluation_cost_js__WEBPACK_IMPORTED_MODULE_15__/* .inferenceCosts */ .Y)(evaluation, prices, settings), ...priceNotes },
                dataChanges: await (0,_report_diff_js__WEBPACK_IMPORTED_MODULE_11__/* .changesFor */ .z7)(p),
            });
        }
        const published = await io.group('Report', () => (0,_report_publish_js__WEBPACK_IMPORTED_MODULE_1__/* .publishReport */ .S3)(report, settings, deps.context, p.store, io));
        if (!published.passed)
            throw (0,_report_model_js__WEBPACK_IMPORTED_MODULE_16__/* .gateFailure */ .I9)(published);
    });
}


/***/ }),

/***/ 3270:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ trainedJob),
/* harmony export */   P: () => (/* binding */ findTrained)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3916);
/* harmony import */ var _grid_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6318);
/* harmony import */ var _launch_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6081);
/* harmony import */ var _provenance_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2203);
/* harmony import */ var _train_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6246);





/**
 * The latest job trained from this data with a point's settings (the identity `run` gives it),
 * checked to have been created from these very files: evaluate and promote never train, they find.
 */
async function trainedJob(p, point) {
    const { store, validation, io } = p;
    const settings = (0,_grid_js__WEBPACK_IMPORTED_MODULE_0__/* .pointSettings */ .YB)(p.settings, point);
    const files = await (0,_train_js__WEBPACK_IMPORTED_MODULE_3__/* .datasetFiles */ .gm)(settings, validation, io);
    const { identity, base } = (0,_launch_js__WEBPACK_IMPORTED_MODULE_1__/* .trainingIdentity */ .Zm)(settings, store, files);
    let job;
    try {
        job = (await (0,_launch_js__WEBPACK_IMPORTED_MODULE_1__/* .latestAttempt */ .N7)(p.services.jobs, settings, identity, base)).job;
    }
    catch (error) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .awsFailure */ .MT)(`Could not look for the model trained from this data (${base})`, error, 'Check that the role may bedrock:ListModelCustomizationJobs and GetModelCustomizationJob.');
    }
    if (job)
        (0,_provenance_js__WEBPACK_IMPORTED_MODULE_2__/* .verifyProvenance */ .T)(job, settings, store, files);
    return { job, base, files };
}
/** Each point's job as found (never trained here), with the loss curves of those that completed. */
async function findTrained(p) {
    const jobs = [];
    const missing = [];
    for (const point of (0,_grid_js__WEBPACK_IMPORTED_MODULE_0__/* .gridOf */ .y_)(p.settings)) {
        const { job, base } = await trainedJob(p, point);
        if (!job) {
            missing.push(base);
            if (p.settings.sweep)
                p.io.notice(`${point.id} (${(0,_grid_js__WEBPACK_IMPORTED_MODULE_0__/* .pointLabel */ .HV)(point)}): no job ${base} yet; 'command: run' trains it.`);
            continue;
        }
        const loss = job.status === 'Completed'
            ? await (0,_train_js__WEBPACK_IMPORTED_MODULE_3__/* .readLossCurves */ .wS)(p.store, `jobs/${job.name}/`).catch(() => undefined)
            : undefined;
        jobs.push({ point, job, created: false, loss });
    }
    return { jobs, missing };
}


/***/ })

};
