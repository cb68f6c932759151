export const id = 331;
export const ids = [331];
export const modules = {

/***/ 4331:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _report_publish_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3576);
/* harmony import */ var _evaluation_cost_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8945);
/* harmony import */ var _training_train_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6246);
/* harmony import */ var _training_grid_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6318);
/* harmony import */ var _validate_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(23);
/* harmony import */ var _pipeline_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8067);






/** validate → cost and lifecycle → upload → train → wait → evaluate → report, for every point of the grid. */
async function run(settings, io, deps) {
    const validation = await (0,_validate_js__WEBPACK_IMPORTED_MODULE_3__.validate)(settings, io);
    await (0,_pipeline_js__WEBPACK_IMPORTED_MODULE_4__/* .validateForEveryModel */ .gW)(settings, validation, io);
    await (0,_pipeline_js__WEBPACK_IMPORTED_MODULE_4__/* .withPipeline */ .fG)(settings, validation, deps, io, async (p) => {
        const { prices, estimate, lifecycle } = await io.group('Cost and models', () => (0,_pipeline_js__WEBPACK_IMPORTED_MODULE_4__/* .costAndModels */ .lJ)(p));
        const priceNotes = { publicationDate: prices.publicationDate, notes: prices.notes };
        /** The report of a grid not (all) evaluated: each point's state, shown under a running job when there is one. */
        const unevaluated = (t, dataChanges) => {
            const shown = (0,_training_train_js__WEBPACK_IMPORTED_MODULE_1__/* .stillRunning */ .K_)(t)[0] ?? t.jobs[0];
            const ranking = (0,_pipeline_js__WEBPACK_IMPORTED_MODULE_4__/* .rankPoints */ .wj)(settings, t, undefined, { prices, perPoint: estimate.perPoint });
            const cost = t.jobs.length === 1 ? { training: (0,_pipeline_js__WEBPACK_IMPORTED_MODULE_4__/* .trainingCostOf */ .Zx)(estimate.total, shown.job), ...priceNotes } : undefined;
            return { ranking, report: (0,_pipeline_js__WEBPACK_IMPORTED_MODULE_4__/* .gridReport */ .Fn)(p, t, shown, { ranking, cost, lifecycle, dataChanges }) };
        };
        // While a grid trains (hours), the comment follows its points as they end.
        const training = await (0,_training_train_js__WEBPACK_IMPORTED_MODULE_1__/* .trainGrid */ .J6)(p, (t) => (0,_report_publish_js__WEBPACK_IMPORTED_MODULE_0__/* .updateComment */ .v)(unevaluated(t).report, settings, deps.context, io));
        const changes = await (0,_pipeline_js__WEBPACK_IMPORTED_MODULE_4__/* .changesFor */ .z7)(p);
        const running = (0,_training_train_js__WEBPACK_IMPORTED_MODULE_1__/* .stillRunning */ .K_)(training);
        const completed = training.jobs.filter((j) => j.job.status === 'Completed');
        if (running.length > 0 || completed.length === 0) {
            const { ranking, report } = unevaluated(training, changes);
            if (training.jobs.length > 1)
                io.setOutput('sweep', JSON.stringify(ranking));
            await io.group('Report', () => (0,_report_publish_js__WEBPACK_IMPORTED_MODULE_0__/* .publishReport */ .S)(report, settings, deps.context, p.store, io));
            if (running.length === 0)
                throw (0,_training_train_js__WEBPACK_IMPORTED_MODULE_1__/* .gridFailure */ .fF)(training);
            io.notice(training.jobs.length === 1
                ? `Training job ${running[0].job.name} is still ${running[0].job.status} after ${settings.waitMinutes} min ('wait-minutes'). That is not a failure: ` +
                    `the next run with the same data finds this job and goes on waiting instead of starting another. Re-run this workflow later, or let a scheduled run pick it up.`
                : `${running.length} of ${training.jobs.length} training jobs of the sweep are still running after ${settings.waitMinutes} min ('wait-minutes'): ${running.map((r) => r.job.name).join(', ')}. That is not a failure: the next run with the same data finds every job of the grid and goes on waiting for these, training nothing twice.`);
            return;
        }
        const request = { ...(0,_pipeline_js__WEBPACK_IMPORTED_MODULE_4__/* .testSetOf */ .aJ)(validation), ...(await (0,_pipeline_js__WEBPACK_IMPORTED_MODULE_4__/* .readChampion */ .KD)(p)) };
        const { ranking, winner, evaluation } = await (0,_pipeline_js__WEBPACK_IMPORTED_MODULE_4__/* .evaluatePoints */ .dE)(p, training, request, {
            prices,
            perPoint: estimate.perPoint,
        });
        if (training.jobs.length > 1)
            (0,_training_train_js__WEBPACK_IMPORTED_MODULE_1__/* .setJobOutputs */ .M7)(io, winner.job);
        const trainingCost = (0,_pipeline_js__WEBPACK_IMPORTED_MODULE_4__/* .trainingCostOf */ .Zx)(estimate.perPoint.get(winner.point.id), winner.job);
        if (training.jobs.length === 1 && trainingCost.actual?.cost !== undefined)
            io.setOutput('training-cost', trainingCost.actual.cost.toFixed(4));
        const report = await io.group('Report', () => (0,_report_publish_js__WEBPACK_IMPORTED_MODULE_0__/* .publishReport */ .S)((0,_pipeline_js__WEBPACK_IMPORTED_MODULE_4__/* .gridReport */ .Fn)(p, training, winner, {
            ranking,
            evaluation,
            lifecycle,
            dataChanges: changes,
            cost: {
                training: trainingCost,
                inference: (0,_evaluation_cost_js__WEBPACK_IMPORTED_MODULE_5__/* .inferenceCosts */ .Y)(evaluation, prices, (0,_training_grid_js__WEBPACK_IMPORTED_MODULE_2__/* .pointSettings */ .YB)(settings, winner.point)),
                ...priceNotes,
            },
        }), settings, deps.context, p.store, io));
        if (!report.passed)
            throw (0,_pipeline_js__WEBPACK_IMPORTED_MODULE_4__/* .gateFailure */ .I9)(report);
    });
}


/***/ })

};
