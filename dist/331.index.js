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
/* harmony import */ var _report_model_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6867);
/* harmony import */ var _report_publish_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3576);
/* harmony import */ var _training_train_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6246);
/* harmony import */ var _shared_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8067);
/* harmony import */ var _validate_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9820);






/** validate → upload → train → wait → evaluate → report. */
async function run(settings, io, deps) {
    const validation = await (0,_validate_js__WEBPACK_IMPORTED_MODULE_4__.validate)(settings, io);
    const aws = await deps.aws(settings, io);
    try {
        const store = (0,_shared_js__WEBPACK_IMPORTED_MODULE_3__/* .storeFor */ .fV)(settings, aws);
        const training = await (0,_training_train_js__WEBPACK_IMPORTED_MODULE_2__/* .train */ .B)(settings, validation, aws, store, deps, io);
        const { job } = training;
        const changes = await (0,_shared_js__WEBPACK_IMPORTED_MODULE_3__/* .changesFor */ .z7)(settings, validation, deps, io);
        const base = {
            settings,
            context: deps.context,
            validation,
            job,
            reused: !training.launch.created,
            loss: training.loss,
            dataChanges: changes,
        };
        if (job.status === 'InProgress' || job.status === 'Stopping') {
            await io.group('Report', () => (0,_report_publish_js__WEBPACK_IMPORTED_MODULE_1__/* .publishReport */ .S)((0,_report_model_js__WEBPACK_IMPORTED_MODULE_5__/* .buildReport */ .FK)(base), settings, deps.context, store, io));
            io.notice(`Training job ${job.name} is still ${job.status} after ${settings.waitMinutes} min ('wait-minutes'). That is not a failure: ` +
                `the next run with the same data finds this job and goes on waiting instead of starting another. Re-run this workflow later, or let a scheduled run pick it up.`);
            return;
        }
        if (job.status !== 'Completed') {
            await io.group('Report', () => (0,_report_publish_js__WEBPACK_IMPORTED_MODULE_1__/* .publishReport */ .S)((0,_report_model_js__WEBPACK_IMPORTED_MODULE_5__/* .buildReport */ .FK)(base), settings, deps.context, store, io));
            throw (0,_training_train_js__WEBPACK_IMPORTED_MODULE_2__/* .jobFailure */ .eL)(job);
        }
        const evaluation = await (0,_evaluation_evaluate_js__WEBPACK_IMPORTED_MODULE_0__/* .evaluateModels */ .e)({
            ...(0,_shared_js__WEBPACK_IMPORTED_MODULE_3__/* .testSetOf */ .aJ)(validation),
            candidate: { modelArn: job.customModelArn, name: job.name },
            ...(await (0,_shared_js__WEBPACK_IMPORTED_MODULE_3__/* .readChampion */ .KD)(store, settings, io)),
        }, settings, aws, store, deps, io);
        const report = await io.group('Report', () => (0,_report_publish_js__WEBPACK_IMPORTED_MODULE_1__/* .publishReport */ .S)((0,_report_model_js__WEBPACK_IMPORTED_MODULE_5__/* .buildReport */ .FK)({ ...base, evaluation }), settings, deps.context, store, io));
        if (!report.passed)
            throw (0,_shared_js__WEBPACK_IMPORTED_MODULE_3__/* .gateFailure */ .I9)(report);
    }
    finally {
        aws.destroy();
    }
}


/***/ })

};
