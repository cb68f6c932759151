export const id = 643;
export const ids = [643];
export const modules = {

/***/ 7643:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   evaluate: () => (/* binding */ evaluate)
/* harmony export */ });
/* harmony import */ var _evaluation_evaluate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9283);
/* harmony import */ var _evaluation_cost_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(8945);
/* harmony import */ var _aws_foundation_models_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(5395);
/* harmony import */ var _report_model_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(6867);
/* harmony import */ var _report_publish_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9309);
/* harmony import */ var _training_lifecycle_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1158);
/* harmony import */ var _training_grid_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6318);
/* harmony import */ var _training_train_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6246);
/* harmony import */ var _validate_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(23);
/* harmony import */ var _pipeline_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4813);
/* harmony import */ var _training_cost_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6857);











/**
 * The evaluation of `run` without ever launching training: for a PR that changes only the test
 * set, or to re-check production. The candidates are the models trained from `training-data` (same
 * identities as `run`) that have completed, ranked as `run` ranks them; base and production are
 * evaluated beside them. With none, base and production alone.
 */
async function evaluate(settings, io, deps) {
    const validation = await (0,_validate_js__WEBPACK_IMPORTED_MODULE_4__.validate)(settings, io);
    await (0,_pipeline_js__WEBPACK_IMPORTED_MODULE_5__/* .withPipeline */ .fG)(settings, validation, deps, io, async (p) => {
        const found = settings.trainingData ? await (0,_pipeline_js__WEBPACK_IMPORTED_MODULE_5__/* .findTrained */ .PJ)(p) : { jobs: [], missing: [] };
        const completed = found.jobs.filter((t) => t.job.status === 'Completed' && t.job.customModelArn);
        if (settings.trainingData && completed.length === 0) {
            const states = [
                ...found.jobs.map((t) => `job ${t.job.name} is ${t.job.status}`),
                ...found.missing.map((b) => `no job ${b}`),
            ];
            io.notice(`No completed model was trained from this training data (${states.join(', ')}); evaluating base and production only. 'command: run' trains one.`);
        }
        const lifecycle = await (0,_training_lifecycle_js__WEBPACK_IMPORTED_MODULE_7__/* .checkLifecycle */ .l)(settings, new _aws_foundation_models_js__WEBPACK_IMPORTED_MODULE_8__/* .FoundationModels */ .I(p.aws.bedrock), new Date(deps.clock.now()), io, ['base model', 'judge']);
        const prices = await (0,_pipeline_js__WEBPACK_IMPORTED_MODULE_5__/* .priceBook */ .Nr)(p);
        const request = { ...(0,_pipeline_js__WEBPACK_IMPORTED_MODULE_5__/* .testSetOf */ .aJ)(validation), ...(await (0,_pipeline_js__WEBPACK_IMPORTED_MODULE_5__/* .readChampion */ .KD)(p)) };
        await (0,_pipeline_js__WEBPACK_IMPORTED_MODULE_5__/* .evaluationBudget */ ["in"])(p, prices, {
            candidates: completed.length,
            base: settings.compareBase,
            production: request.champion !== undefined,
        });
        const priceNotes = { publicationDate: prices.publicationDate, notes: prices.notes };
        let report;
        if (completed.length > 0) {
            const perPoint = (0,_training_cost_js__WEBPACK_IMPORTED_MODULE_6__/* .estimateGrid */ .X)(settings, (0,_training_grid_js__WEBPACK_IMPORTED_MODULE_2__/* .gridOf */ .y_)(settings), validation, prices).perPoint;
            const { ranking, winner, evaluation } = await (0,_pipeline_js__WEBPACK_IMPORTED_MODULE_5__/* .evaluatePoints */ .dE)(p, found, request, { prices, perPoint });
            io.info(`Candidate: ${winner.job.name}, trained from this data.`);
            (0,_training_train_js__WEBPACK_IMPORTED_MODULE_3__/* .setJobOutputs */ .M7)(io, winner.job);
            report = (0,_pipeline_js__WEBPACK_IMPORTED_MODULE_5__/* .gridReport */ .Fn)(p, found, winner, {
                ranking,
                evaluation,
                lifecycle,
                reused: true,
                dataChanges: await (0,_pipeline_js__WEBPACK_IMPORTED_MODULE_5__/* .changesFor */ .z7)(p),
                cost: { inference: (0,_evaluation_cost_js__WEBPACK_IMPORTED_MODULE_9__/* .inferenceCosts */ .Y)(evaluation, prices, (0,_training_grid_js__WEBPACK_IMPORTED_MODULE_2__/* .pointSettings */ .YB)(settings, winner.point)), ...priceNotes },
            });
        }
        else {
            const evaluation = await (0,_evaluation_evaluate_js__WEBPACK_IMPORTED_MODULE_0__/* .evaluateModels */ .e)(p, request);
            report = (0,_report_model_js__WEBPACK_IMPORTED_MODULE_10__/* .buildReport */ .FK)({
                settings,
                context: deps.context,
                validation,
                reused: true,
                evaluation,
                lifecycle,
                cost: { inference: (0,_evaluation_cost_js__WEBPACK_IMPORTED_MODULE_9__/* .inferenceCosts */ .Y)(evaluation, prices, settings), ...priceNotes },
                dataChanges: await (0,_pipeline_js__WEBPACK_IMPORTED_MODULE_5__/* .changesFor */ .z7)(p),
            });
        }
        const published = await io.group('Report', () => (0,_report_publish_js__WEBPACK_IMPORTED_MODULE_1__/* .publishReport */ .S3)(report, settings, deps.context, p.store, io));
        if (!published.passed)
            throw (0,_pipeline_js__WEBPACK_IMPORTED_MODULE_5__/* .gateFailure */ .I9)(published);
    });
}


/***/ })

};
