export const id = 331;
export const ids = [331];
export const modules = {

/***/ 4331:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _evaluation_evaluate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1265);
/* harmony import */ var _report_model_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(6867);
/* harmony import */ var _report_publish_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3576);
/* harmony import */ var _training_train_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6246);
/* harmony import */ var _shared_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3234);
/* harmony import */ var _aws_foundation_models_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5395);
/* harmony import */ var _evaluation_cost_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(8945);
/* harmony import */ var _training_lifecycle_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1158);
/* harmony import */ var _training_cost_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6857);
/* harmony import */ var _validate_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9820);










/** validate → cost and lifecycle → upload → train → wait → evaluate → report. */
async function run(settings, io, deps) {
    const validation = await (0,_validate_js__WEBPACK_IMPORTED_MODULE_5__.validate)(settings, io);
    const aws = await deps.aws(settings, io);
    try {
        const store = (0,_shared_js__WEBPACK_IMPORTED_MODULE_3__/* .storeFor */ .fV)(settings, aws);
        // Before any upload: a run over its budget, or on a model Bedrock no longer offers, costs nothing.
        const { prices, estimate, lifecycle } = await io.group('Cost and models', async () => {
            const prices = await (0,_shared_js__WEBPACK_IMPORTED_MODULE_3__/* .priceBook */ .Nr)(settings, aws, store, deps, io);
            const estimate = (0,_training_cost_js__WEBPACK_IMPORTED_MODULE_4__/* .estimateTrainingCost */ .k$)(settings, validation, prices);
            io.info(`Training: ${(0,_training_cost_js__WEBPACK_IMPORTED_MODULE_4__/* .describeTrainingCost */ .RF)(estimate)}; ${estimate.method}.`);
            if (estimate.validationTokens)
                io.info(`Validation: about ${estimate.validationTokens.toLocaleString('en-US')} tokens, not counted above: whether Bedrock bills validation tokens is not documented.`);
            io.setOutput('training-tokens', estimate.billedTokens);
            io.setOutput('training-cost', estimate.cost === undefined ? '' : estimate.cost.toFixed(4));
            (0,_training_cost_js__WEBPACK_IMPORTED_MODULE_4__/* .checkTrainingBudget */ .e8)(estimate, settings);
            const lifecycle = await (0,_training_lifecycle_js__WEBPACK_IMPORTED_MODULE_6__/* .checkLifecycle */ .l)(settings, new _aws_foundation_models_js__WEBPACK_IMPORTED_MODULE_7__/* .FoundationModels */ .I(aws.bedrock), new Date(deps.clock.now()), io);
            return { prices, estimate, lifecycle };
        });
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
            await io.group('Report', () => (0,_report_publish_js__WEBPACK_IMPORTED_MODULE_1__/* .publishReport */ .S)((0,_report_model_js__WEBPACK_IMPORTED_MODULE_8__/* .buildReport */ .FK)(base), settings, deps.context, store, io));
            io.notice(`Training job ${job.name} is still ${job.status} after ${settings.waitMinutes} min ('wait-minutes'). That is not a failure: ` +
                `the next run with the same data finds this job and goes on waiting instead of starting another. Re-run this workflow later, or let a scheduled run pick it up.`);
            return;
        }
        if (job.status !== 'Completed') {
            await io.group('Report', () => (0,_report_publish_js__WEBPACK_IMPORTED_MODULE_1__/* .publishReport */ .S)((0,_report_model_js__WEBPACK_IMPORTED_MODULE_8__/* .buildReport */ .FK)(base), settings, deps.context, store, io));
            throw (0,_training_train_js__WEBPACK_IMPORTED_MODULE_2__/* .jobFailure */ .eL)(job);
        }
        const evaluation = await (0,_evaluation_evaluate_js__WEBPACK_IMPORTED_MODULE_0__/* .evaluateModels */ .e)({
            ...(0,_shared_js__WEBPACK_IMPORTED_MODULE_3__/* .testSetOf */ .aJ)(validation),
            candidate: { modelArn: job.customModelArn, name: job.name },
            ...(await (0,_shared_js__WEBPACK_IMPORTED_MODULE_3__/* .readChampion */ .KD)(store, settings, io)),
        }, settings, aws, store, deps, io);
        const cost = { ...base.cost, inference: (0,_evaluation_cost_js__WEBPACK_IMPORTED_MODULE_9__/* .inferenceCosts */ .Y)(evaluation, prices, settings) };
        const report = await io.group('Report', () => (0,_report_publish_js__WEBPACK_IMPORTED_MODULE_1__/* .publishReport */ .S)((0,_report_model_js__WEBPACK_IMPORTED_MODULE_8__/* .buildReport */ .FK)({ ...base, evaluation, cost }), settings, deps.context, store, io));
        if (!report.passed)
            throw (0,_shared_js__WEBPACK_IMPORTED_MODULE_3__/* .gateFailure */ .I9)(report);
    }
    finally {
        aws.destroy();
    }
}


/***/ })

};
