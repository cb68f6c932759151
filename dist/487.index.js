export const id = 487;
export const ids = [487];
export const modules = {

/***/ 2487:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./src/report/publish.ts + 2 modules
var publish = __webpack_require__(6257);
// EXTERNAL MODULE: ./src/evaluation/cost.ts
var cost = __webpack_require__(8945);
// EXTERNAL MODULE: ./src/training/train.ts + 2 modules
var train = __webpack_require__(6246);
;// CONCATENATED MODULE: ./src/training/eta.ts
/** The newest reports read: enough for a median, few enough to read once per run. */
const NEWEST = 8;
/** Minutes per billed token of one stored report, when it has both and they are plausible. */
function rateOf(text) {
    try {
        const r = JSON.parse(text);
        const minutes = r.training?.durationMinutes;
        const tokens = r.cost?.training?.billedTokens;
        if (typeof minutes !== 'number' || typeof tokens !== 'number')
            return undefined;
        if (!(minutes > 0 && minutes < 30 * 24 * 60 && tokens > 0 && Number.isFinite(tokens)))
            return undefined;
        return minutes / tokens;
    }
    catch {
        return undefined;
    }
}
const median = (xs) => {
    const s = [...xs].sort((a, b) => a - b);
    const m = Math.floor(s.length / 2);
    return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
/** The estimate for a job of `billedTokens`, or undefined without earlier completed jobs of this model. */
async function estimateEta(store, modelName, billedTokens) {
    if (!(billedTokens > 0))
        return undefined;
    // keys end in the report's generatedAt (…-2026-12-01T22-57-11-123Z.json): newest last when sorted by it
    const stamp = (key) => /(\d{4}-\d\d-\d\dT[\d-]+Z)\.json$/.exec(key)?.[1] ?? '';
    const keys = (await store.list(`results/reports/${modelName}/`))
        .sort((a, b) => stamp(a).localeCompare(stamp(b)))
        .slice(-NEWEST);
    const rates = [];
    for (const key of keys) {
        const got = await store.getText(store.relative(key));
        const rate = got && rateOf(got.text);
        if (rate)
            rates.push(rate);
    }
    if (!rates.length)
        return undefined;
    return { minutes: median(rates) * billedTokens, samples: rates.length };
}

// EXTERNAL MODULE: ./src/training/grid.ts + 1 modules
var grid = __webpack_require__(6318);
// EXTERNAL MODULE: ./src/commands/validate.ts + 1 modules
var validate = __webpack_require__(23);
// EXTERNAL MODULE: ./src/commands/pipeline.ts
var pipeline = __webpack_require__(8930);
// EXTERNAL MODULE: ./src/report/diff.ts
var diff = __webpack_require__(227);
// EXTERNAL MODULE: ./src/report/model.ts
var model = __webpack_require__(6867);
// EXTERNAL MODULE: ./src/evaluation/points.ts + 1 modules
var points = __webpack_require__(6059);
// EXTERNAL MODULE: ./src/registry/champion.ts
var champion = __webpack_require__(1028);
// EXTERNAL MODULE: ./src/report/grid.ts
var report_grid = __webpack_require__(4392);
// EXTERNAL MODULE: ./src/training/cost.ts
var training_cost = __webpack_require__(6857);
// EXTERNAL MODULE: ./src/evaluation/budget.ts
var budget = __webpack_require__(5681);
// EXTERNAL MODULE: ./src/pricing/book.ts
var book = __webpack_require__(7813);
// EXTERNAL MODULE: ./src/registry/manifest.ts
var manifest = __webpack_require__(506);
// EXTERNAL MODULE: ./src/training/lifecycle.ts
var training_lifecycle = __webpack_require__(1158);
;// CONCATENATED MODULE: ./src/training/preflight.ts






/**
 * Before any upload: the training estimate against its ceilings, and every model's lifecycle. A
 * run over its budget, or on a model Bedrock no longer offers, costs nothing.
 */
async function costAndModels(p) {
    const { settings, validation, deps, io } = p;
    const points = (0,grid/* gridOf */.y_)(settings);
    const prices = await (0,book/* priceBook */.N)(p);
    const estimate = (0,training_cost/* estimateGrid */.X)(settings, points, validation, prices);
    const total = estimate.total;
    if (points.length > 1)
        for (const point of points)
            io.info(`${point.id} (${(0,grid/* pointLabel */.HV)(point)}): ${(0,training_cost/* describeTrainingCost */.RF)(estimate.perPoint.get(point.id))}`);
    io.info(`Training${points.length > 1 ? ` (the whole grid)` : ''}: ${(0,training_cost/* describeTrainingCost */.RF)(total)}; ${total.method}.`);
    if (total.validationTokens)
        io.info(`Validation: about ${total.validationTokens.toLocaleString('en-US')} tokens, not counted above: whether Bedrock bills validation tokens is not documented.`);
    io.setOutput('training-tokens', total.billedTokens);
    io.setOutput('training-cost', total.cost === undefined ? '' : total.cost.toFixed(4));
    (0,training_cost/* checkTrainingBudget */.e8)(total, settings);
    if (settings.testData) {
        // production's column, if there is one (unreadable: counted, so the bound stays a bound)
        const production = await (0,manifest/* readRegistry */._5)(p.store, settings.modelName).then((found) => (0,manifest/* productionVersion */.ix)(found?.registry) !== undefined, () => true);
        await (0,budget/* evaluationBudget */["in"])(p, prices, { candidates: points.length, base: settings.compareBase, production });
    }
    const models = p.services.foundation;
    const now = new Date(deps.clock.now());
    const lifecycle = await (0,training_lifecycle/* checkLifecycle */.l)(settings, models, now, io);
    // the grid's other base models
    for (const point of new Map(points.slice(1).map((x) => [x.baseModel.id, x])).values())
        if (point.baseModel.id !== settings.baseModel.id)
            lifecycle.push(...(await (0,training_lifecycle/* checkLifecycle */.l)((0,grid/* pointSettings */.YB)(settings, point), models, now, io, ['base model'])));
    return { prices, estimate, lifecycle };
}

// EXTERNAL MODULE: ./src/dataset/validate.ts + 11 modules
var dataset_validate = __webpack_require__(3938);
// EXTERNAL MODULE: ./src/errors.ts
var src_errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/training/validate-grid.ts



/**
 * The datasets against every base model of the grid beyond the first (validated already):
 * record limits and modalities differ per model. Problems the first validation reported are not
 * repeated.
 */
async function validateForEveryModel(settings, first, io) {
    const seen = new Set(first.problems.map((p) => `${p.rule}\u0000${p.file}\u0000${p.line}`));
    const models = [...new Map((0,grid/* gridOf */.y_)(settings).map((p) => [p.baseModel.id, p])).values()].slice(1);
    let errors = 0;
    for (const point of models) {
        const report = await (0,dataset_validate/* validateDatasets */.MQ)((0,grid/* pointSettings */.YB)(settings, point));
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
        throw new src_errors/* UserError */.yo(`Dataset validation failed for ${errors === 1 ? 'a base model' : 'base models'} of the sweep: ${errors} error(s), annotated on their files. Fix the data, or drop that model from 'base-model'. Nothing was uploaded and no job was started.`);
}

// EXTERNAL MODULE: ./src/evaluation/evaluate.ts + 4 modules
var evaluate = __webpack_require__(3096);
;// CONCATENATED MODULE: ./src/commands/run.ts
















/** validate → cost and lifecycle → upload → train → wait → evaluate → report, for every point of the grid. */
async function run(settings, io, deps) {
    const validation = await (0,validate.validate)(settings, io);
    await validateForEveryModel(settings, validation, io);
    await (0,pipeline/* withPipeline */.f)(settings, validation, deps, io, async (p) => {
        const { prices, estimate, lifecycle } = await io.group('Cost and models', () => costAndModels(p));
        const priceNotes = { publicationDate: prices.publicationDate, notes: prices.notes };
        // When the job should end, from earlier jobs of this model (one job only: a sweep's points
        // differ). Read once, when the first live card is written: never for a job found finished.
        let eta;
        const etaOnce = () => settings.sweep
            ? undefined
            : (eta ??= estimateEta(p.store, settings.modelName, estimate.total.billedTokens).catch((error) => {
                io.debug(`no ETA: ${error.message}`);
                return undefined;
            }));
        /** The report of a grid not (all) evaluated: each point's state, shown under a running job when there is one. */
        const unevaluated = (t, dataChanges, live) => {
            const shown = (0,train/* stillRunning */.K_)(t)[0] ?? t.jobs[0];
            const ranking = (0,points/* rankPoints */.w)(settings, t, undefined, { prices, perPoint: estimate.perPoint });
            const cost = t.jobs.length === 1 ? { training: (0,training_cost/* trainingCostOf */.Zx)(estimate.total, shown.job), ...priceNotes } : undefined;
            return {
                ranking,
                report: (0,report_grid/* gridReport */.F)(p, t, shown, {
                    ranking,
                    cost,
                    lifecycle,
                    dataChanges,
                    live: Boolean(live),
                    eta: live?.eta,
                    evaluating: live?.evaluating,
                }),
            };
        };
        const changes = await (0,diff/* changesFor */.z7)(p);
        // While the jobs train (hours), the comment follows them: from the moment they exist, at each
        // change of status or stage, at most once a minute; the final report replaces it.
        const live = (0,publish/* liveComment */.Oy)(settings, deps.context, io, deps.clock, deps.schedule.commentMs);
        const training = await (0,train/* trainGrid */.J6)(p, (t, changed) => live.update(async () => unevaluated(t, changes, { eta: await etaOnce() }).report, changed));
        const running = (0,train/* stillRunning */.K_)(training);
        const completed = training.jobs.filter((j) => j.job.status === 'Completed');
        if (running.length > 0 || completed.length === 0) {
            await live.idle();
            const { ranking, report } = unevaluated(training, changes);
            if (training.jobs.length > 1)
                io.setOutput('sweep', JSON.stringify(ranking));
            await io.group('Report', () => (0,publish/* publishReport */.S3)(report, settings, deps.context, p.store, io));
            if (running.length === 0)
                throw (0,train/* gridFailure */.fF)(training);
            io.notice(training.jobs.length === 1
                ? `Training job ${running[0].job.name} is still ${running[0].job.status} after ${settings.waitMinutes} min ('wait-minutes'). That is not a failure: ` +
                    `the next run with the same data finds this job and goes on waiting instead of starting another. Re-run this workflow later, or let a scheduled run pick it up.`
                : `${running.length} of ${training.jobs.length} training jobs of the sweep are still running after ${settings.waitMinutes} min ('wait-minutes'): ${running.map((r) => r.job.name).join(', ')}. That is not a failure: the next run with the same data finds every job of the grid and goes on waiting for these, training nothing twice.`);
            return;
        }
        // Evaluation takes minutes (hours for large test sets): the card counts each model's records.
        const answered = new Map();
        const progress = (label, done, total) => {
            const before = answered.get(label);
            answered.set(label, { label, done, total });
            void live.update(() => unevaluated(training, changes, { evaluating: [...answered.values()] }).report, !before || before.done !== done);
        };
        const request = { ...(0,evaluate/* testSetOf */.a)(validation), ...(await (0,champion/* readChampion */.K)(p)), progress };
        const { ranking, winner, evaluation } = await (0,points/* evaluatePoints */.d)(p, training, request, {
            prices,
            perPoint: estimate.perPoint,
        });
        if (training.jobs.length > 1)
            (0,train/* setJobOutputs */.M7)(io, winner.job);
        const trainingCost = (0,training_cost/* trainingCostOf */.Zx)(estimate.perPoint.get(winner.point.id), winner.job);
        if (training.jobs.length === 1 && trainingCost.actual?.cost !== undefined)
            io.setOutput('training-cost', trainingCost.actual.cost.toFixed(4));
        await live.idle(); // the card's last write lands before the report replaces it
        const report = await io.group('Report', () => (0,publish/* publishReport */.S3)((0,report_grid/* gridReport */.F)(p, training, winner, {
            ranking,
            evaluation,
            lifecycle,
            dataChanges: changes,
            cost: {
                training: trainingCost,
                inference: (0,cost/* inferenceCosts */.Y)(evaluation, prices, (0,grid/* pointSettings */.YB)(settings, winner.point)),
                ...priceNotes,
            },
        }), settings, deps.context, p.store, io));
        if (!report.passed)
            throw (0,model/* gateFailure */.I9)(report);
    });
}


/***/ })

};
