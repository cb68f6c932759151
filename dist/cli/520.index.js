export const id = 520;
export const ids = [520];
export const modules = {

/***/ 9520:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./src/report/publish.ts + 1 modules
var publish = __webpack_require__(9309);
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
// EXTERNAL MODULE: ./src/commands/pipeline.ts + 2 modules
var pipeline = __webpack_require__(4813);
;// CONCATENATED MODULE: ./src/commands/run.ts







/** validate → cost and lifecycle → upload → train → wait → evaluate → report, for every point of the grid. */
async function run(settings, io, deps) {
    const validation = await (0,validate.validate)(settings, io);
    await (0,pipeline/* validateForEveryModel */.gW)(settings, validation, io);
    await (0,pipeline/* withPipeline */.fG)(settings, validation, deps, io, async (p) => {
        const { prices, estimate, lifecycle } = await io.group('Cost and models', () => (0,pipeline/* costAndModels */.lJ)(p));
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
            const ranking = (0,pipeline/* rankPoints */.wj)(settings, t, undefined, { prices, perPoint: estimate.perPoint });
            const cost = t.jobs.length === 1 ? { training: (0,pipeline/* trainingCostOf */.Zx)(estimate.total, shown.job), ...priceNotes } : undefined;
            return {
                ranking,
                report: (0,pipeline/* gridReport */.Fn)(p, t, shown, {
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
        const changes = await (0,pipeline/* changesFor */.z7)(p);
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
        const request = { ...(0,pipeline/* testSetOf */.aJ)(validation), ...(await (0,pipeline/* readChampion */.KD)(p)), progress };
        const { ranking, winner, evaluation } = await (0,pipeline/* evaluatePoints */.dE)(p, training, request, {
            prices,
            perPoint: estimate.perPoint,
        });
        if (training.jobs.length > 1)
            (0,train/* setJobOutputs */.M7)(io, winner.job);
        const trainingCost = (0,pipeline/* trainingCostOf */.Zx)(estimate.perPoint.get(winner.point.id), winner.job);
        if (training.jobs.length === 1 && trainingCost.actual?.cost !== undefined)
            io.setOutput('training-cost', trainingCost.actual.cost.toFixed(4));
        await live.idle(); // the card's last write lands before the report replaces it
        const report = await io.group('Report', () => (0,publish/* publishReport */.S3)((0,pipeline/* gridReport */.Fn)(p, training, winner, {
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
            throw (0,pipeline/* gateFailure */.I9)(report);
    });
}


/***/ })

};
