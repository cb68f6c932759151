export const id = 364;
export const ids = [364];
export const modules = {

/***/ 6437:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  JN: () => (/* binding */ moveProduction),
  ZF: () => (/* binding */ repairProduction),
  Fu: () => (/* binding */ rollBack)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/evaluation/testset.ts
var testset = __webpack_require__(1714);
// EXTERNAL MODULE: ./src/registry/manifest.ts
var manifest = __webpack_require__(506);
// EXTERNAL MODULE: ./src/registry/promotion.ts
var promotion = __webpack_require__(2810);
;// CONCATENATED MODULE: ./src/registry/endpoint.ts



const READY_MS = 45 * 60_000;
const endpointName = (modelName) => `${modelName}-production`.slice(0, 63);
/**
 * A concurrent create or update of the same deployment, in every shape it may come: the SDK models
 * ConflictException (HTTP 400 in its service model, which lists no errors per operation), a 409
 * of any name, or a ValidationException that says so. See docs/aws-assumptions.md.
 */
function isConflict(error) {
    const e = error;
    return (e.name === 'ConflictException' ||
        e.$metadata?.httpStatusCode === 409 ||
        (e.name === 'ValidationException' &&
            /already exists|already being (?:created|updated)|in progress|conflict/i.test(e.message ?? '')));
}
/**
 * Moves the model's one stable on-demand deployment (created on the first promotion, updated in
 * place after that, so applications keep one ARN) to `version`, for as long as the registry still
 * wants that version. The registry is read again before every update and after every wait: when a
 * later promotion or rollback has decided otherwise, this run stops touching the endpoint and
 * says so, instead of undoing the other run's update (two runs re-pointing it at each other's
 * model never finish). Once the endpoint serves the version and answers one real inference call,
 * the registry records it as production (compare-and-swap).
 */
async function followRegistry(modelName, version, options) {
    const { deployments, clock, io, store } = options;
    const name = endpointName(modelName);
    const deadline = clock.now() + READY_MS;
    let interval = Math.max(1, options.schedule.initialMs / 3);
    let retriedFailedUpdate = false;
    const pause = async (target) => {
        if (clock.now() > deadline)
            throw new errors/* UserError */.yo(`The production endpoint ${name} did not reach ${target} within ${READY_MS / 60_000} min. Run the promotion again: the registry keeps version ${version} pending, and the next run continues where this one stopped.`);
        await clock.sleep(interval);
        interval = Math.min(options.schedule.maxMs / 5, interval * 1.5);
    };
    const hint = 'Check that the role may bedrock:GetCustomModelDeployment, CreateCustomModelDeployment and UpdateCustomModelDeployment, and s3:GetObject/PutObject on the registry.';
    let target = `version ${version}`;
    try {
        for (;;) {
            // The endpoint first, then the registry: the decision below rests on the newest registry.
            const endpoint = await deployments.get(name);
            const wanted = (0,manifest/* intendedVersion */.Iq)((await (0,manifest/* readRegistry */._5)(store, modelName))?.registry);
            if (wanted?.version !== version)
                return { outcome: 'superseded', by: wanted };
            target = wanted.customModelArn;
            if (!endpoint) {
                try {
                    const arn = await deployments.create(name, target, `Production endpoint of ${modelName} (bedrock-model-ci)`, options.tags);
                    io.info(`Created the production endpoint ${name}: ${arn}`);
                }
                catch (error) {
                    if (!isConflict(error))
                        throw error; // created by a concurrent first promotion: follow it
                }
            }
            else if (endpoint.status === 'Failed') {
                throw new errors/* UserError */.yo(`The production endpoint ${name} failed${endpoint.failureMessage ? `: ${endpoint.failureMessage}` : ''}. Fix or delete it in the Bedrock console, then run the promotion again (version ${version} stays pending).`);
            }
            else if (endpoint.status === 'Active' && endpoint.update?.status !== 'Updating') {
                const failedHere = endpoint.update?.status === 'UpdateFailed' && endpoint.update.modelArn === target;
                if (failedHere && retriedFailedUpdate) {
                    throw new errors/* UserError */.yo(`The production endpoint ${name} could not be updated to ${target} (twice). It still serves ${endpoint.modelArn}, which the registry still records as production (version ${version} stays pending). Check the deployment in the Bedrock console, then run the promotion again.`);
                }
                if (endpoint.modelArn === target && !failedHere) {
                    const done = await endpoint_confirm(modelName, version, endpoint.arn, options);
                    if (done.outcome === 'superseded')
                        return done;
                    // A stale update could have started meanwhile: production is what the endpoint still serves.
                    const after = await deployments.get(endpoint.arn);
                    if (after?.status === 'Active' && after.modelArn === target && after.update?.status !== 'Updating')
                        return done;
                }
                else {
                    retriedFailedUpdate ||= failedHere;
                    io.info(`Pointing the production endpoint ${name} at ${target} (was ${endpoint.modelArn}).`);
                    try {
                        await options.updates.update(endpoint.arn, target);
                    }
                    catch (error) {
                        // Another update is under way (a concurrent promotion): wait, then decide again.
                        if (!isConflict(error))
                            throw error;
                    }
                }
            }
            await pause(target);
        }
    }
    catch (error) {
        throw (0,errors/* awsFailure */.MT)(`Could not point the production endpoint ${name} at ${target}`, error, hint);
    }
}
/** Checks the endpoint with a real call, then records the version as production if it is still wanted. */
async function endpoint_confirm(modelName, version, arn, options) {
    await check(arn, options);
    return (0,manifest/* updateRegistry */.p3)(options.store, modelName, (current) => {
        const wanted = (0,manifest/* intendedVersion */.Iq)(current);
        if (!current || wanted?.version !== version)
            return { result: { outcome: 'superseded', by: wanted } };
        const endpoint = { name: endpointName(modelName), deploymentArn: arn };
        const served = { outcome: 'serving', arn, previous: (0,manifest/* productionVersion */.ix)(current) };
        const unchanged = current.production === version && current.pending === undefined && current.endpoint?.deploymentArn === arn;
        if (unchanged)
            return { result: { ...served, previous: undefined } };
        return { write: (0,promotion/* confirmProduction */.MV)(current, version, endpoint), result: served };
    }, {
        onConflict: () => options.io.info('The registry changed meanwhile: reading it again before recording production.'),
    });
}
/**
 * Whether a Converse error says "not yet" rather than "no": ModelNotReadyException (documented for
 * Converse, HTTP 429, retryable in the SDK's model: a deployment just created or updated is still
 * loading the model), throttling, and 5xx.
 */
function notReadyYet(error) {
    const e = error;
    const status = e.$metadata?.httpStatusCode ?? 0;
    return (e.name === 'ModelNotReadyException' ||
        e.name === 'ThrottlingException' ||
        e.name === 'ServiceUnavailableException' ||
        e.$retryable !== undefined ||
        status === 429 ||
        status >= 500);
}
/** How long (in minutes) the endpoint may take to answer its first call after it became Active. */
const FIRST_CALL_MINUTES = 10;
/** One real inference call, retried with backoff while the endpoint says it is not ready yet. */
async function check(arn, options) {
    const probe = options.probe;
    const deadline = options.clock.now() + FIRST_CALL_MINUTES * options.schedule.minuteMs;
    let wait = Math.max(1, options.schedule.initialMs / 3);
    for (let attempt = 1;; attempt++) {
        try {
            const reply = await options.runtime.converse(arn, probe?.system ?? [], probe?.messages ?? [{ role: 'user', content: [{ text: 'Hello' }] }], 64);
            if (!reply.text.trim())
                throw new Error('the endpoint answered with no text');
            options.io.info(`Checked the endpoint with one real inference call: ${JSON.stringify(reply.text.slice(0, 60))} in ${reply.latencyMs} ms${attempt > 1 ? ` (attempt ${attempt}: it was not ready at first)` : ''}.`);
            return;
        }
        catch (error) {
            if (notReadyYet(error) && options.clock.now() + wait < deadline) {
                options.io.debug(`endpoint not ready yet (${error.name}); calling again in ${Math.round(wait)} ms`);
                await options.clock.sleep(wait);
                wait = Math.min(options.schedule.maxMs / 5, wait * 2);
                continue;
            }
            throw (0,errors/* awsFailure */.MT)(`The production endpoint answers no inference call`, error, notReadyYet(error)
                ? `It was still not ready after ${FIRST_CALL_MINUTES} min. Run the promotion again: the registry keeps the version pending, and the next run checks it again.`
                : "Check the deployment in the Bedrock console and the role's bedrock:InvokeModel permission.");
        }
    }
}

// EXTERNAL MODULE: ./src/report/promotion.ts
var report_promotion = __webpack_require__(4352);
;// CONCATENATED MODULE: ./src/commands/production.ts
// Moving the stable endpoint: promote's swap, rollback's return, and the watch's automatic
// rollback all take this one path, so each move is recorded, checked and tagged alike.







/**
 * Moves the stable endpoint to a version the registry has pending (or re-checks the one it
 * serves), records it as production, and tags the models. Superseded when a later promotion or
 * rollback changed the registry's mind meanwhile: that run finishes the move.
 */
async function moveProduction(p, to, probePath, { repair = false } = {}) {
    const { settings, store, services, deps, io } = p;
    const deployments = services.deployments;
    const probe = probePath ? (await (0,testset/* loadTestSet */.x)(probePath))[0] : undefined;
    // Tagged when it is created: the training role's policy may delete only what is tagged
    // purpose=evaluation, and may not touch what is tagged stage=production.
    const tags = [
        { key: 'managed-by', value: 'bedrock-model-ci' },
        { key: 'model-name', value: settings.modelName },
        { key: 'stage', value: 'production' },
    ];
    const followed = await io.group(`Production endpoint ${endpointName(settings.modelName)}`, () => followRegistry(settings.modelName, to.version, {
        store,
        deployments,
        updates: services.endpointUpdates,
        runtime: services.runtime,
        clock: deps.clock,
        schedule: deps.schedule,
        io,
        tags,
        probe,
    }));
    if (followed.outcome === 'superseded') {
        io.setOutput('promoted', false);
        io.notice(`Version ${to.version} is no longer wanted as production: ${followed.by ? `version ${followed.by.version} (${followed.by.customModelArn}) superseded it` : 'the registry has no production now'}, and the run that decided that moves the endpoint. This run leaves the endpoint alone.`);
        await io.summary((0,report_promotion/* supersededSummary */.XO)(settings.modelName, to.version, followed.by?.version));
        return followed;
    }
    const from = followed.previous;
    // The stage, for people looking in the console. Best effort: the registry is the record.
    try {
        await deployments.tag(to.customModelArn, [
            { key: 'stage', value: 'production' },
            { key: 'model-version', value: String(to.version) },
        ]);
        if (from && from.customModelArn !== to.customModelArn)
            await deployments.tag(from.customModelArn, [{ key: 'stage', value: 'previous' }]);
    }
    catch (error) {
        io.warning(`Could not tag the models with their stage: ${(0,errors/* messageOf */.bD)(error)}. The registry still records it.`);
    }
    io.setOutput('deployment-arn', followed.arn);
    io.setOutput('custom-model-arn', to.customModelArn);
    io.setOutput('model-version', to.version);
    if (!repair)
        io.setOutput('promoted', true);
    return followed;
}
/**
 * Points production back at `requested` (default: the version before the current), recorded in
 * the history. `failed`, for the watch after a promotion: the version it leaves is marked
 * rolled back, with the reason.
 */
async function rollBack(p, requested, probePath, failed) {
    const { settings, store, deps, io } = p;
    const actor = { at: new Date().toISOString(), by: deps.context.actor, run: deps.context.runUrl };
    const { to, from } = await io.group('Registry', () => (0,manifest/* updateRegistry */.p3)(store, settings.modelName, (current) => {
        if (!current)
            throw new errors/* UserError */.yo(`There is no registry for '${settings.modelName}' at ${store.uri(`registry/${settings.modelName}.json`)}: nothing has been promoted yet.`);
        const target = (0,promotion/* rollbackTarget */.es)(current, requested);
        if ('error' in target)
            throw new errors/* UserError */.yo(target.error);
        const from = (0,manifest/* intendedVersion */.Iq)(current);
        // Already decided (perhaps left pending by a run that stopped): finish the move.
        if (target.version === from?.version)
            return { result: { to: target, from } };
        const next = (0,promotion/* withProduction */.s0)(current, settings.modelName, {
            ...target,
            accuracy: target.evaluation?.accuracy ?? 0,
            testSetSha256: target.evaluation?.testSetSha256 ?? '',
            scorer: target.evaluation?.scorer ?? '',
        }, actor, 'rollback', failed ? `automatic: ${failed.reason}` : `rolled back from version ${from?.version}`);
        // A rollback does not re-evaluate: the version keeps the evaluation it was promoted with.
        const versions = next.registry.versions.map((v) => v.version === target.version
            ? { ...v, evaluation: target.evaluation }
            : v.version === failed?.version
                ? { ...v, rolledBack: { at: actor.at, reason: failed.reason } }
                : v);
        const { watch: _finished, ...rest } = next.registry;
        void _finished;
        return { write: { ...rest, versions }, result: { to: target, from } };
    }, { onConflict: () => io.info('The registry changed meanwhile: reading it again.') }));
    const moved = await moveProduction(p, to, probePath);
    return { to, from, moved };
}
/**
 * The registry names version N as production, but the stable endpoint is missing or serves
 * another model (deleted or re-pointed outside the action): unfinished work, like a pending move.
 * Re-created or re-pointed, then checked with a call. Returns what was wrong, or undefined.
 */
async function repairProduction(p, probePath) {
    const { settings, store, io, services } = p;
    const registry = (await (0,manifest/* readRegistry */._5)(store, settings.modelName))?.registry;
    const production = (0,manifest/* productionVersion */.ix)(registry);
    if (!production || registry?.pending !== undefined)
        return undefined;
    const name = endpointName(settings.modelName);
    const endpoint = await services.deployments.get(name);
    const serving = endpoint &&
        endpoint.status !== 'Failed' &&
        (endpoint.modelArn === production.customModelArn || endpoint.update?.modelArn === production.customModelArn);
    if (serving)
        return undefined;
    const wrong = endpoint
        ? endpoint.status === 'Failed'
            ? `the production endpoint ${name} has failed`
            : `the production endpoint ${name} serves ${endpoint.modelArn}`
        : `the production endpoint ${name} does not exist`;
    io.warning(`The registry names version ${production.version} (${production.customModelArn}) as production, but ${wrong}: repairing it.`);
    const moved = await moveProduction(p, production, probePath, { repair: true });
    return moved.outcome === 'serving' ? wrong : undefined;
}


/***/ }),

/***/ 2810:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MV: () => (/* binding */ confirmProduction),
/* harmony export */   es: () => (/* binding */ rollbackTarget),
/* harmony export */   g_: () => (/* binding */ decidePromotion),
/* harmony export */   s0: () => (/* binding */ withProduction)
/* harmony export */ });
/* harmony import */ var _manifest_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(506);
/* harmony import */ var _lib_format_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(432);
/* harmony import */ var _evaluation_gate_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1267);



/**
 * Promote when the candidate passes the gate (evaluation/gate.ts: the same verdict the pull request
 * showed) and is not production already. Production's accuracy comes from the comparison just made
 * when it is about the same model, or else from what the registry stored for it on the same test
 * set and scorer: this is how the loser of a race decides again.
 */
function decidePromotion(registry, candidate, settings, evaluated) {
    const production = (0,_manifest_js__WEBPACK_IMPORTED_MODULE_0__/* .intendedVersion */ .Iq)(registry);
    const comparison = production && evaluated?.championArn === production.customModelArn ? evaluated.comparison : undefined;
    const stored = production?.evaluation;
    const recorded = !comparison && stored?.testSetSha256 === candidate.testSetSha256 && stored.scorer === candidate.scorer
        ? stored.accuracy
        : undefined;
    const vsRecordedPp = recorded === undefined ? undefined : 100 * (candidate.accuracy - recorded);
    const conditions = (0,_evaluation_gate_js__WEBPACK_IMPORTED_MODULE_1__/* .gate */ .Gj)(settings, {
        accuracy: candidate.accuracy,
        score: candidate.score,
        vsProduction: comparison,
        vsRecordedPp,
        unseen: candidate.unseen,
    });
    const failed = (input) => conditions.find((c) => c.input === input && !c.passed);
    const leak = failed('leakage');
    if (leak)
        return { promote: false, from: production, reason: leak.text };
    if (failed('min-accuracy'))
        return {
            promote: false,
            from: production,
            reason: `accuracy ${(0,_lib_format_js__WEBPACK_IMPORTED_MODULE_2__/* .pct */ .Oe)(candidate.accuracy)} is below 'min-accuracy' ${(0,_lib_format_js__WEBPACK_IMPORTED_MODULE_2__/* .pct */ .Oe)(settings.minAccuracy)}`,
        };
    if (failed('min-score'))
        return {
            promote: false,
            from: production,
            reason: `mean score ${(candidate.score ?? 0).toFixed(3)} is below 'min-score' ${settings.minScore}`,
        };
    if (!production)
        return {
            promote: true,
            reason: `no production version yet; accuracy ${(0,_lib_format_js__WEBPACK_IMPORTED_MODULE_2__/* .pct */ .Oe)(candidate.accuracy)}${settings.minAccuracy !== undefined ? ` ≥ 'min-accuracy' ${(0,_lib_format_js__WEBPACK_IMPORTED_MODULE_2__/* .pct */ .Oe)(settings.minAccuracy)}` : ''}`,
        };
    if (production.customModelArn === candidate.customModelArn) {
        return { promote: false, from: production, reason: `it is already production (version ${production.version})` };
    }
    const delta = comparison?.deltaPp ?? vsRecordedPp;
    if (delta === undefined) {
        return {
            promote: false,
            from: production,
            reason: `production (version ${production.version}) has no accuracy on this test set to compare with; run the promotion again to evaluate it`,
        };
    }
    const detail = comparison
        ? ` (95 % CI ${(0,_lib_format_js__WEBPACK_IMPORTED_MODULE_2__.pp)(comparison.ci[0])} … ${(0,_lib_format_js__WEBPACK_IMPORTED_MODULE_2__.pp)(comparison.ci[1])}, ${comparison.significant ? 'significant' : 'not significant'}, McNemar ${(0,_lib_format_js__WEBPACK_IMPORTED_MODULE_2__/* .pValue */ .sp)(comparison.p)})`
        : ` (against its recorded ${(0,_lib_format_js__WEBPACK_IMPORTED_MODULE_2__/* .pct */ .Oe)(recorded)})`;
    const allowed = settings.maxRegression;
    const vs = `${(0,_lib_format_js__WEBPACK_IMPORTED_MODULE_2__.pp)(delta)} vs production version ${production.version}${detail}`;
    if (failed('max-regression')) {
        const beyond = delta < -(allowed ?? 0) && (allowed !== undefined || !comparison);
        return {
            promote: false,
            from: production,
            reason: beyond
                ? `it is ${vs}, worse than 'max-regression' allows (−${allowed ?? 0} pp)`
                : `it is ${vs}: significantly worse than production at the 5 % level${allowed !== undefined ? `, although within 'max-regression' (−${allowed} pp)` : ''}`,
        };
    }
    return {
        promote: true,
        from: production,
        reason: `${vs}, ${allowed !== undefined || !comparison ? `within 'max-regression' (−${allowed ?? 0} pp)` : 'not significantly worse'}; accuracy ${(0,_lib_format_js__WEBPACK_IMPORTED_MODULE_2__/* .pct */ .Oe)(candidate.accuracy)}`,
    };
}
/**
 * The registry with the candidate as the pending production (see Registry): an existing version is
 * reused, or a new one added. `confirmProduction` makes it production once the endpoint serves it.
 */
function withProduction(registry, modelName, candidate, actor, action = 'promote', reason) {
    const current = registry ?? (0,_manifest_js__WEBPACK_IMPORTED_MODULE_0__/* .emptyRegistry */ .Vu)(modelName);
    const existing = current.versions.find((v) => v.customModelArn === candidate.customModelArn);
    const version = existing?.version ?? Math.max(0, ...current.versions.map((v) => v.version)) + 1;
    const entry = {
        ...(existing ?? {
            version,
            customModelArn: candidate.customModelArn,
            jobName: candidate.jobName,
            jobArn: candidate.jobArn,
            datasetHash: candidate.datasetHash,
            commit: candidate.commit,
            pullRequest: candidate.pullRequest,
            trainingData: candidate.trainingData,
            createdAt: actor.at,
        }),
        evaluation: {
            accuracy: candidate.accuracy,
            testSetSha256: candidate.testSetSha256,
            testSet: candidate.testSet,
            scorer: candidate.scorer,
            score: candidate.score,
            report: candidate.report,
        },
        promotedAt: actor.at,
        promotedBy: actor.by,
        run: actor.run,
    };
    return {
        version,
        registry: {
            ...current,
            pending: version,
            versions: [...current.versions.filter((v) => v.version !== version), entry].sort((a, b) => a.version - b.version),
            history: [
                ...current.history,
                {
                    at: actor.at,
                    action,
                    version,
                    from: current.pending ?? current.production,
                    by: actor.by,
                    run: actor.run,
                    reason,
                },
            ],
        },
    };
}
/** The registry once the endpoint serves `version`: production, with nothing pending. */
function confirmProduction(registry, version, endpoint) {
    return { ...registry, production: version, pending: undefined, endpoint };
}
/** The version production should go back to: the one it came from, or the one named. */
function rollbackTarget(registry, requested) {
    if (requested !== undefined) {
        const v = registry.versions.find((x) => x.version === requested);
        return (v ?? {
            error: `Input 'version' is ${requested}, which the registry does not have. Versions: ${registry.versions.map((x) => x.version).join(', ') || 'none'}.`,
        });
    }
    const current = registry.pending ?? registry.production;
    const event = [...registry.history]
        .reverse()
        .find((e) => e.version === current && e.from !== undefined && e.from !== current);
    const previous = event ? registry.versions.find((v) => v.version === event.from) : undefined;
    return (previous ?? {
        error: `Production (version ${current ?? 'none'}) has no earlier version to roll back to. Name one with 'version'.`,
    });
}


/***/ }),

/***/ 3056:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ breachOf),
/* harmony export */   t: () => (/* binding */ warnUnfinishedWatch)
/* harmony export */ });
/* harmony import */ var _manifest_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(506);

/** A breach in the figures so far, or undefined. */
function breachOf(m, limits) {
    if (m.invocations >= 20 && m.serverErrors / m.invocations > limits.maxErrorRate)
        return `server errors on ${m.serverErrors} of ${m.invocations} invocations (${((100 * m.serverErrors) / m.invocations).toFixed(1)} %), over 'max-error-rate' ${(100 * limits.maxErrorRate).toFixed(1)} %`;
    if (limits.baselineP95 && m.latencyP95 !== undefined && m.latencyP95 > limits.maxLatencyRatio * limits.baselineP95)
        return `latency p95 ${Math.round(m.latencyP95)} ms, over ${limits.maxLatencyRatio} × production's ${Math.round(limits.baselineP95)} ms before the swap ('max-latency-ratio')`;
    return undefined;
}
/** A watch a lost runner left in the registry: said once, then cleared by the next move. */
async function warnUnfinishedWatch(store, modelName, io) {
    const watch = (await (0,_manifest_js__WEBPACK_IMPORTED_MODULE_0__/* .readRegistry */ ._5)(store, modelName).catch(() => undefined))?.registry.watch;
    if (!watch)
        return;
    io.warning(`The watch of version ${watch.version} after its promotion (${watch.since} to ${watch.until}${watch.run ? `, ${watch.run}` : ''}) did not finish: the runner was lost. Production stayed on version ${watch.version}, which passed every check before the swap; look at its CloudWatch metrics, or roll back with 'command: rollback'.`);
}


/***/ }),

/***/ 4352:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $6: () => (/* binding */ promotedSummary),
/* harmony export */   Ik: () => (/* binding */ notPromotedSummary),
/* harmony export */   Kl: () => (/* binding */ shadowFigures),
/* harmony export */   S2: () => (/* binding */ shadowSection),
/* harmony export */   WO: () => (/* binding */ rolledBackSummary),
/* harmony export */   XO: () => (/* binding */ supersededSummary),
/* harmony export */   Y5: () => (/* binding */ accuracyTable),
/* harmony export */   hH: () => (/* binding */ promotedLine),
/* harmony export */   jy: () => (/* binding */ rolledBackAfterWatchLine),
/* harmony export */   oT: () => (/* binding */ notPromotedLine),
/* harmony export */   p1: () => (/* binding */ watchSection)
/* harmony export */ });
/* harmony import */ var _lib_format_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(432);
/* harmony import */ var _pricing_prices_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5142);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4031);
// What promote and rollback write to the job summary and to the pull request's comment.



const sentence = (text) => `${text[0].toUpperCase()}${text.slice(1)}.`;
/** The candidate's accuracy beside production's, as a small table (with its leading blank line). */
function accuracyTable(jobName, accuracy, production) {
    return `\n\n| | accuracy |\n|---|---:|\n| candidate \`${jobName}\` | ${(0,_lib_format_js__WEBPACK_IMPORTED_MODULE_1__/* .pct */ .Oe)(accuracy)} |${production ? `\n| production v${production.version} | ${(0,_lib_format_js__WEBPACK_IMPORTED_MODULE_1__/* .pct */ .Oe)(production.accuracy)} |` : ''}`;
}
const notPromotedSummary = (modelName, why, numbers = '') => `## ⏸ \`${modelName}\`: not promoted\n\n${sentence(why)}${numbers}\n`;
const promotedSummary = (modelName, version, reason, numbers, endpoint) => `## 🚀 \`${modelName}\`: promoted to production as version ${version}\n\n${sentence(reason)}${numbers}\n\nStable endpoint \`${endpoint.arn}\` now serves \`${endpoint.serves}\`.\n`;
const supersededSummary = (modelName, version, by) => `## ⏭ \`${modelName}\`: version ${version} superseded\n\nWhile this run moved the stable endpoint, ${by !== undefined ? `version ${by}` : 'another run'} was decided as production; that run finishes the move.\n`;
const rolledBackSummary = (modelName, version, previous, endpoint) => `## ↩️ \`${modelName}\`: production rolled back to version ${version}\n\n${previous !== undefined ? `From version ${previous}. ` : ''}Stable endpoint \`${endpoint.arn}\` serves \`${endpoint.serves}\`.\n`;
/** The line promote adds under the pull request's sticky comment. */
const notPromotedLine = (at, reason) => `⏸ **Not promoted** on ${at.slice(0, 10)}: ${reason}.`;
const promotedLine = (version, actor, reason) => `🚀 **Promoted to production** as version ${version} on ${actor.at.slice(0, 10)}${actor.by ? ` by ${actor.by}` : ''}${actor.run ? ` ([run](${actor.run}))` : ''}: ${reason}.`;
const VERDICT = { win: 'candidate better', tie: 'as good', loss: 'production better', none: '—' };
const ms = (x) => (x === undefined ? '—' : `${Math.round(x)} ms`);
/** The shadow replay's figures (production's requests and answers are user data: escaped, PII withheld). */
function shadowSection(r, limits = {}) {
    const minAgreement = limits.minShadowAgreement;
    const minPreference = limits.minShadowPreference;
    const pref = r.preference;
    const skipped = [
        r.skipped.media ? `${r.skipped.media} with images or documents` : '',
        r.skipped.otherOperations ? `${r.skipped.otherOperations} not Converse` : '',
        r.skipped.failed ? `${r.skipped.failed} that failed in production` : '',
        r.skipped.unreadable
            ? `${r.skipped.unreadable} log records the reader passed over (over its size bounds, or not JSON)`
            : '',
        r.skipped.own ? `${r.skipped.own} from this action's own sessions` : '',
        r.skipped.otherCallers ? `${r.skipped.otherCallers} from callers not in \`traffic-principals\`` : '',
        r.skipped.duplicates ? `${r.skipped.duplicates} repeats of a request already sampled` : '',
    ].filter(Boolean);
    const lines = [
        '### Shadow replay of production traffic',
        '',
        `${r.replayed} of production's ${r.seen} requests between ${r.window.since.slice(0, 16).replace('T', ' ')} and ${r.window.until.slice(0, 16).replace('T', ' ')} UTC were replayed against the candidate: ${r.replayed} distinct requests of ${r.distinct} from ${r.callers} caller${r.callers === 1 ? '' : 's'}, each caller at most an equal share${skipped.length ? ` (not replayed: ${skipped.join(', ')})` : ''}. Answers compared by ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .mdText */ .b)(r.comparedBy, 120)}.`,
        '',
        '| | candidate | production |',
        '|---|---:|---:|',
        `| same answer as production | **${(0,_lib_format_js__WEBPACK_IMPORTED_MODULE_1__/* .pct */ .Oe)(r.agreement)}** (${r.agreed}/${r.replayed})${minAgreement !== undefined ? ` ${r.agreement >= minAgreement ? '✅' : '❌'} \`min-shadow-agreement\` ${(0,_lib_format_js__WEBPACK_IMPORTED_MODULE_1__/* .pct */ .Oe)(minAgreement)}` : ''} | — |`,
        ...(pref
            ? [
                `| judge prefers the candidate's answer | **${(0,_lib_format_js__WEBPACK_IMPORTED_MODULE_1__/* .pct */ .Oe)(pref.value)}** (${pref.wins} better, ${pref.ties} as good${pref.identical ? ` — ${pref.identical} identical` : ''}, ${pref.losses} worse${pref.unjudged ? `; ${pref.unjudged} not judged` : ''})${minPreference !== undefined ? ` ${pref.value >= minPreference ? '✅' : '❌'} \`min-shadow-preference\` ${(0,_lib_format_js__WEBPACK_IMPORTED_MODULE_1__/* .pct */ .Oe)(minPreference)}` : ''} | 50.0 % |`,
            ]
            : []),
        `| latency p50 / p95 | ${ms(r.latencyMs.candidate.p50)} / ${ms(r.latencyMs.candidate.p95)} | ${ms(r.latencyMs.production?.p50)} / ${ms(r.latencyMs.production?.p95)} |`,
        `| errors | ${r.errors} | — |`,
    ];
    if (pref)
        lines.push('', `The judge (${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .mdCode */ .x)(pref.judge, 80)}) compared each pair of different answers twice, in both orders; a side wins only when preferred both times (a judge favours a position). ${pref.calls} judge calls.`);
    if (r.costUsd !== undefined)
        lines.push('', `Replay cost: up to $${(0,_pricing_prices_js__WEBPACK_IMPORTED_MODULE_0__/* .formatUsd */ .UK)(r.costUsd)}, estimated before the first call.`);
    if (r.disagreements.length)
        lines.push('', '<details><summary>Where the candidate answers differently, most frequent first</summary>', '', `| requests | production answered | candidate answered | e.g. |${pref ? ' judge |' : ''}`, `|---:|---|---|---|${pref ? '---|' : ''}`, ...r.disagreements.map((d) => `| ${d.count} | ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .mdCode */ .x)(d.production, 60)} | ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .mdCode */ .x)(d.candidate, 60)} | ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .mdText */ .b)(d.example, 80)} |${pref ? ` ${VERDICT[d.verdict ?? 'none']} |` : ''}`), '', '</details>');
    return lines.join('\n');
}
/** The replay's figures in one sentence, for the pull request's promotion line. */
const shadowFigures = (r) => `Shadow replay: ${(0,_lib_format_js__WEBPACK_IMPORTED_MODULE_1__/* .pct */ .Oe)(r.agreement)} of ${r.replayed} production requests answered as production did${r.preference ? `; the judge prefers the candidate's answers at ${(0,_lib_format_js__WEBPACK_IMPORTED_MODULE_1__/* .pct */ .Oe)(r.preference.value)} (${r.preference.wins} better, ${r.preference.losses} worse)` : ''}; latency p95 ${ms(r.latencyMs.candidate.p95)} (production ${ms(r.latencyMs.production?.p95)}).`;
/** What the watch after the swap saw. */
function watchSection(w) {
    const m = w.metrics;
    const cloudwatch = m
        ? `${m.invocations} invocations, ${m.serverErrors} server errors, ${m.throttles} throttled, latency p95 ${ms(m.latencyP95)}${w.baselineP95 !== undefined ? ` (the endpoint's p95 over the hour before the swap: ${ms(w.baselineP95)})` : ' (no latency bound: under 20 invocations in the hour before the swap)'}`
        : 'CloudWatch metrics not read yet';
    const figures = `${cloudwatch}; ${w.smokeRuns} smoke run(s) of the test set through the endpoint${w.smokeThrottled ? `, ${w.smokeThrottled} smoke call(s) throttled (the account's quota, not counted as failures)` : ''}`;
    return w.outcome === 'passed'
        ? `### Watch after the swap: ✅ passed\n\n${w.minutes} min: ${figures}.`
        : `### Watch after the swap: ❌ rolled back to version ${w.rolledBackTo}\n\n${sentence((0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .mdText */ .b)(w.reason ?? '', 400))} ${figures}.`;
}
const rolledBackAfterWatchLine = (version, back, reason) => `↩️ **Rolled back automatically**: version ${version} breached the watch after its promotion (${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .mdText */ .b)(reason, 300)}); production is version ${back ?? '—'} again.`;


/***/ })

};
