export const id = 356;
export const ids = [356];
export const modules = {

/***/ 1356:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   rollback: () => (/* binding */ rollback)
/* harmony export */ });
/* harmony import */ var _pipeline_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4813);
/* harmony import */ var _registry_watch_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3056);
/* harmony import */ var _production_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1154);
/* harmony import */ var _report_promotion_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4352);




/** Points production at an earlier version (default: the one before the current), recorded in the history. */
async function rollback(settings, io, deps) {
    const aws = await deps.aws(settings, io);
    try {
        const store = (0,_pipeline_js__WEBPACK_IMPORTED_MODULE_0__/* .storeFor */ .fV)(settings, aws);
        await (0,_registry_watch_js__WEBPACK_IMPORTED_MODULE_1__/* .warnUnfinishedWatch */ .t)(store, settings.modelName, io);
        const { to, moved } = await (0,_production_js__WEBPACK_IMPORTED_MODULE_2__/* .rollBack */ .F)({ settings, aws, store, deps, io }, settings.version, settings.testData);
        if (moved.outcome === 'superseded')
            return;
        io.notice(`Rolled back: production is version ${to.version} (${to.customModelArn})${moved.previous ? `, was version ${moved.previous.version}` : ''}.`);
        await io.summary((0,_report_promotion_js__WEBPACK_IMPORTED_MODULE_3__/* .rolledBackSummary */ .WO)(settings.modelName, to.version, moved.previous?.version, {
            arn: moved.arn,
            serves: to.customModelArn,
        }));
    }
    finally {
        aws.destroy();
    }
}


/***/ })

};
