export const id = 356;
export const ids = [356,237];
export const modules = {

/***/ 237:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  moveProduction: () => (/* binding */ moveProduction),
  promote: () => (/* binding */ promote)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/aws/bedrock-jobs.ts
var bedrock_jobs = __webpack_require__(7580);
// EXTERNAL MODULE: ./src/aws/deployments.ts
var aws_deployments = __webpack_require__(7409);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-bedrock/dist-cjs/index.js
var dist_cjs = __webpack_require__(3701);
;// CONCATENATED MODULE: ./src/aws/endpoint-updates.ts

/**
 * Re-pointing a deployment at another model: what moves production. Kept apart from Deployments
 * so that only promote and rollback (the release role) import it; the IAM test holds the training
 * role's policy to the calls its commands can reach.
 */
class EndpointUpdates {
    client;
    constructor(client) {
        this.client = client;
    }
    async update(identifier, modelArn) {
        await this.client.send(new dist_cjs/* UpdateCustomModelDeploymentCommand */.wpT({ customModelDeploymentIdentifier: identifier, modelArn }));
    }
}

// EXTERNAL MODULE: ./src/aws/runtime.ts
var runtime = __webpack_require__(833);
// EXTERNAL MODULE: ./src/evaluation/evaluate.ts + 6 modules
var evaluate = __webpack_require__(39);
// EXTERNAL MODULE: ./src/evaluation/testset.ts
var testset = __webpack_require__(1714);
// EXTERNAL MODULE: ./src/github/client.ts
var client = __webpack_require__(6584);
// EXTERNAL MODULE: ./src/registry/manifest.ts
var manifest = __webpack_require__(506);
// EXTERNAL MODULE: ./src/registry/promotion.ts
var promotion = __webpack_require__(2810);
;// CONCATENATED MODULE: ./src/registry/endpoint.ts



const READY_MS = 45 * 60_000;
const endpointName = (modelName) => `${modelName}-production`.slice(0, 63);
const isConflict = (error) => error.name === 'ConflictException';
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
async function check(arn, options) {
    const probe = options.probe;
    try {
        const reply = await options.runtime.converse(arn, probe?.system ?? [], probe?.messages ?? [{ role: 'user', content: [{ text: 'Hello' }] }], 64);
        if (!reply.text.trim())
            throw new Error('the endpoint answered with no text');
        options.io.info(`Checked the endpoint with one real inference call: ${JSON.stringify(reply.text.slice(0, 60))} in ${reply.latencyMs} ms.`);
    }
    catch (error) {
        throw (0,errors/* awsFailure */.MT)(`The production endpoint answers no inference call`, error, "Check the deployment in the Bedrock console and the role's bedrock:InvokeModel permission.");
    }
}

// EXTERNAL MODULE: ./src/report/sticky.ts
var sticky = __webpack_require__(1971);
// EXTERNAL MODULE: ./src/training/upload.ts
var upload = __webpack_require__(5085);
// EXTERNAL MODULE: ./src/training/wait.ts
var wait = __webpack_require__(8449);
// EXTERNAL MODULE: ./src/commands/shared.ts + 2 modules
var shared = __webpack_require__(3234);
// EXTERNAL MODULE: ./src/sweep/grid.ts + 1 modules
var grid = __webpack_require__(2359);
// EXTERNAL MODULE: ./src/sweep/run.ts
var run = __webpack_require__(6933);
// EXTERNAL MODULE: ./src/commands/validate.ts + 1 modules
var validate = __webpack_require__(9820);
;// CONCATENATED MODULE: ./src/commands/promote.ts


















const pct = (x) => `${(100 * x).toFixed(1)} %`;
/**
 * Moves the stable endpoint to a version the registry has pending (or re-checks the one it
 * serves), records it as production, and tags the models. Superseded when a later promotion or
 * rollback changed the registry's mind meanwhile: that run finishes the move.
 */
async function moveProduction(settings, aws, store, deps, io, to, probePath) {
    const deployments = new aws_deployments.Deployments(aws.bedrock);
    const probe = probePath ? (await (0,testset/* loadTestSet */.x)(probePath))[0] : undefined;
    const tags = [
        { key: 'managed-by', value: 'bedrock-model-ci' },
        { key: 'model-name', value: settings.modelName },
    ];
    const followed = await io.group(`Production endpoint ${endpointName(settings.modelName)}`, () => followRegistry(settings.modelName, to.version, {
        store,
        deployments,
        updates: new EndpointUpdates(aws.bedrock),
        runtime: new runtime/* Runtime */.v(aws.runtime),
        clock: deps.clock,
        schedule: deps.schedule,
        io,
        tags,
        probe,
    }));
    if (followed.outcome === 'superseded') {
        io.setOutput('promoted', false);
        io.notice(`Version ${to.version} is no longer wanted as production: ${followed.by ? `version ${followed.by.version} (${followed.by.customModelArn}) superseded it` : 'the registry has no production now'}, and the run that decided that moves the endpoint. This run leaves the endpoint alone.`);
        await io.summary(`## ⏭ \`${settings.modelName}\`: version ${to.version} superseded\n\nWhile this run moved the stable endpoint, ${followed.by ? `version ${followed.by.version}` : 'another run'} was decided as production; that run finishes the move.\n`);
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
    io.setOutput('promoted', true);
    return followed;
}
/** The candidate for this commit's data: the job trained from it, waited for like training. */
async function findCandidate(settings, aws, store, deps, io, validation) {
    const jobs = new bedrock_jobs.BedrockJobs(aws.bedrock);
    const found = await (0,shared/* trainedJob */.He)(settings, aws, store, validation, io);
    const { base, files } = found;
    let job = found.job;
    if (!job)
        return {
            why: `no model was trained from this data (no job ${base}). Train it first: 'command: run' on the pull request, with the same inputs`,
        };
    const training = files.find((f) => f.role === 'training');
    const trainingData = { uri: store.uri((0,upload/* datasetKey */.OX)(training)), sha256: training.sha256 };
    if (job.status === 'InProgress') {
        io.info(`Training job ${job.name} for this data is still running: waiting for it (up to ${settings.waitMinutes} min).`);
        job = await (0,wait/* waitForJob */.qt)(jobs, job.name, {
            deadline: deps.startedAt + settings.waitMinutes * 60_000,
            clock: deps.clock,
            schedule: deps.schedule,
            io,
        });
    }
    if (job.status === 'InProgress' || job.status === 'Stopping')
        return {
            job,
            why: `training job ${job.name} is still ${job.status}; the next run with the same data promotes it when it completes`,
        };
    if (job.status !== 'Completed' || !job.customModelArn)
        return {
            job,
            why: `training job ${job.name} ended ${job.status}${job.failureMessage ? `: ${job.failureMessage}` : ''}`,
        };
    return { job, trainingData };
}
/** The model trained from this commit's data, evaluated here against production. */
async function pickCandidate(settings, aws, store, deps, io, validation) {
    const { job, why, trainingData } = await io.group('Candidate', () => findCandidate(settings, aws, store, deps, io, validation));
    if (!job || why)
        return { why: why };
    const { testSet, shortAnswer } = (0,shared/* testSetOf */.aJ)(validation);
    const { registry, champion } = await (0,shared/* readChampion */.KD)(store, settings, io);
    const evaluation = await (0,evaluate/* evaluateModels */.e)({ testSet, shortAnswer, candidate: { modelArn: job.customModelArn, name: job.name }, registry, champion }, { ...settings, compareBase: false }, aws, store, deps, io);
    return { job, trainingData, evaluation, testSet, champion };
}
/**
 * A sweep's winner, chosen as the pull request chose it: every point's model found by its
 * identity and evaluated here (under the release role, its results cached in the release scope),
 * then ranked by the same rule. Nothing is promoted while a point is still training.
 */
async function pickSweepWinner(settings, aws, store, deps, io, validation) {
    const found = [];
    for (const point of settings.sweep.points) {
        const ps = (0,grid/* pointSettings */.YB)(settings, point);
        const f = await io.group(`Candidate ${point.id} (${(0,grid/* pointLabel */.HV)(point)})`, () => findCandidate(ps, aws, store, deps, io, validation));
        if (f.job?.status === 'InProgress' || f.job?.status === 'Stopping')
            return {
                why: `point ${point.id} of the sweep is still training (${f.why}); the winner is chosen when every point has ended`,
            };
        found.push({ point, ...f });
    }
    if (!found.some((f) => f.job && !f.why))
        return { why: `no point of the sweep produced a model: ${found.map((f) => `${f.point.id}: ${f.why}`).join('; ')}` };
    const { testSet, shortAnswer } = (0,shared/* testSetOf */.aJ)(validation);
    const { registry, champion } = await (0,shared/* readChampion */.KD)(store, settings, io);
    const prices = await (0,shared/* priceBook */.Nr)(settings, aws, store, deps, io);
    const costs = (0,run/* estimateSweep */.N6)(settings, validation, prices).perPoint;
    const training = { jobs: found.filter((f) => f.job).map((f) => ({ point: f.point, job: f.job, created: false })) };
    const { ranking, evaluations } = await (0,run/* evaluateSweep */.qt)({ ...settings, compareBase: false }, training, { testSet, shortAnswer, registry, champion }, prices, costs, aws, store, deps, io);
    const winner = found.find((f) => f.point.id === ranking.winner);
    io.info(`Sweep winner: ${winner.point.id} (${(0,grid/* pointLabel */.HV)(winner.point)}), ${winner.job.name}: ${ranking.reason}.`);
    io.setOutput('sweep', JSON.stringify(ranking));
    return {
        job: winner.job,
        trainingData: winner.trainingData,
        evaluation: evaluations.get(winner.point.id),
        testSet,
        champion,
    };
}
async function pullRequestOf(aws, job) {
    try {
        const tag = (await new aws_deployments.Deployments(aws.bedrock).tags(job.arn)).find((t) => t.key === 'pull-request');
        return tag ? Number(tag.value) : undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * On push to the default branch or a release: promotes the model trained from this commit's data
 * (never retraining) when it passes the gate against production, behind one stable endpoint.
 */
async function promote(settings, io, deps) {
    const validation = await (0,validate.validate)(settings, io);
    const aws = await deps.aws(settings, io);
    const notPromoted = async (why, numbers = '') => {
        io.setOutput('promoted', false);
        io.notice(`Not promoted: ${why}.`);
        await io.summary(`## ⏸ \`${settings.modelName}\`: not promoted\n\n${why[0].toUpperCase()}${why.slice(1)}.${numbers}\n`);
        if (settings.failIfNotPromoted)
            throw new errors/* UserError */.yo(`Not promoted: ${why}. ('fail-if-not-promoted' is true.)`);
    };
    try {
        const store = (0,shared/* storeFor */.fV)(settings, aws);
        const picked = settings.sweep
            ? await pickSweepWinner(settings, aws, store, deps, io, validation)
            : await pickCandidate(settings, aws, store, deps, io, validation);
        if ('why' in picked)
            return notPromoted(picked.why);
        const { job, trainingData, evaluation, testSet, champion } = picked;
        const { accuracy, score } = evaluation.models.find((m) => m.role === 'candidate').metrics;
        const pullRequest = await pullRequestOf(aws, job);
        const candidate = {
            customModelArn: job.customModelArn,
            jobName: job.name,
            jobArn: job.arn,
            datasetHash: validation.datasetHash,
            accuracy,
            score: score?.mean,
            testSetSha256: testSet.sha256,
            scorer: settings.scorer,
            commit: deps.context.sha,
            pullRequest,
            trainingData,
        };
        const evaluated = champion && evaluation.vsChampion
            ? { championArn: champion.customModelArn, comparison: evaluation.vsChampion }
            : undefined;
        const actor = { at: new Date().toISOString(), by: deps.context.actor, run: deps.context.runUrl };
        const outcome = await io.group('Registry', () => (0,manifest/* updateRegistry */.p3)(store, settings.modelName, (current) => {
            const pending = current?.pending === undefined ? undefined : (0,manifest/* intendedVersion */.Iq)(current);
            if (pending?.customModelArn === candidate.customModelArn) {
                // A run before this one decided it and stopped before the endpoint served it: finish the move.
                const reason = `version ${pending.version} was decided as production and is still pending: finishing its move`;
                return { result: { decision: { promote: true, reason }, version: pending.version } };
            }
            const decision = (0,promotion/* decidePromotion */.g_)(current, candidate, settings, evaluated);
            if (!decision.promote)
                return { result: { decision, version: undefined } };
            const next = (0,promotion/* withProduction */.s0)(current, settings.modelName, candidate, actor, 'promote', decision.reason);
            return { write: next.registry, result: { decision, version: next.version } };
        }, {
            onConflict: () => io.info('Another promotion wrote the registry first: reading it again and deciding again on what it wrote.'),
        }));
        const numbers = `\n\n| | accuracy |\n|---|---:|\n| candidate \`${job.name}\` | ${pct(accuracy)} |${champion ? `\n| production v${champion.version} | ${pct(evaluation.models.find((m) => m.role === 'champion')?.metrics.accuracy ?? 0)} |` : ''}`;
        const line = async (text) => {
            if (!pullRequest || !settings.githubToken || !deps.context.repository)
                return;
            try {
                await (0,sticky/* annotateStickyComment */.$A)(new client/* GitHub */.g(settings.githubToken, deps.context.repository, deps.context.apiUrl), pullRequest, settings.modelName, text);
            }
            catch (error) {
                io.warning(`Could not add the promotion to pull request #${pullRequest}'s comment: ${(0,errors/* messageOf */.bD)(error)}.`);
            }
        };
        if (outcome.version === undefined) {
            await line(`⏸ **Not promoted** on ${actor.at.slice(0, 10)}: ${outcome.decision.reason}.`);
            return notPromoted(outcome.decision.reason, numbers);
        }
        const promoted = {
            version: outcome.version,
            customModelArn: candidate.customModelArn,
            jobName: job.name,
            jobArn: job.arn,
            datasetHash: candidate.datasetHash,
            createdAt: actor.at,
        };
        const moved = await moveProduction(settings, aws, store, deps, io, promoted, testSet.path);
        if (moved.outcome === 'superseded')
            return;
        io.notice(`Promoted ${job.name} to production as version ${outcome.version}: ${outcome.decision.reason}.`);
        await io.summary(`## 🚀 \`${settings.modelName}\`: promoted to production as version ${outcome.version}\n\n${outcome.decision.reason[0].toUpperCase()}${outcome.decision.reason.slice(1)}.${numbers}\n\nStable endpoint \`${moved.arn}\` now serves \`${candidate.customModelArn}\`.\n`);
        await line(`🚀 **Promoted to production** as version ${outcome.version} on ${actor.at.slice(0, 10)}${actor.by ? ` by ${actor.by}` : ''}${actor.run ? ` ([run](${actor.run}))` : ''}: ${outcome.decision.reason}.`);
    }
    finally {
        aws.destroy();
    }
}


/***/ }),

/***/ 1356:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   rollback: () => (/* binding */ rollback)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3916);
/* harmony import */ var _registry_manifest_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(506);
/* harmony import */ var _registry_promotion_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2810);
/* harmony import */ var _promote_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(237);
/* harmony import */ var _shared_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3234);





/** Points production at an earlier version (default: the one before), recorded in the history. */
async function rollback(settings, io, deps) {
    const aws = await deps.aws(settings, io);
    try {
        const store = (0,_shared_js__WEBPACK_IMPORTED_MODULE_3__/* .storeFor */ .fV)(settings, aws);
        const actor = { at: new Date().toISOString(), by: deps.context.actor, run: deps.context.runUrl };
        const { to } = await io.group('Registry', () => (0,_registry_manifest_js__WEBPACK_IMPORTED_MODULE_0__/* .updateRegistry */ .p3)(store, settings.modelName, (current) => {
            if (!current)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`There is no registry for '${settings.modelName}' at ${store.uri(`registry/${settings.modelName}.json`)}: nothing has been promoted yet.`);
            const target = (0,_registry_promotion_js__WEBPACK_IMPORTED_MODULE_1__/* .rollbackTarget */ .es)(current, settings.version);
            if ('error' in target)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(target.error);
            const from = (0,_registry_manifest_js__WEBPACK_IMPORTED_MODULE_0__/* .intendedVersion */ .Iq)(current);
            // Already decided (perhaps left pending by a run that stopped): finish the move.
            if (target.version === from?.version)
                return { result: { to: target, from } };
            const next = (0,_registry_promotion_js__WEBPACK_IMPORTED_MODULE_1__/* .withProduction */ .s0)(current, settings.modelName, {
                ...target,
                accuracy: target.evaluation?.accuracy ?? 0,
                testSetSha256: target.evaluation?.testSetSha256 ?? '',
                scorer: target.evaluation?.scorer ?? '',
            }, actor, 'rollback', `rolled back from version ${from?.version}`);
            // A rollback does not re-evaluate: the version keeps the evaluation it was promoted with.
            const versions = next.registry.versions.map((v) => v.version === target.version ? { ...v, evaluation: target.evaluation } : v);
            return { write: { ...next.registry, versions }, result: { to: target, from } };
        }, { onConflict: () => io.info('The registry changed meanwhile: reading it again.') }));
        const moved = await (0,_promote_js__WEBPACK_IMPORTED_MODULE_2__.moveProduction)(settings, aws, store, deps, io, to, settings.testData);
        if (moved.outcome === 'superseded')
            return;
        io.notice(`Rolled back: production is version ${to.version} (${to.customModelArn})${moved.previous ? `, was version ${moved.previous.version}` : ''}.`);
        await io.summary(`## ↩️ \`${settings.modelName}\`: production rolled back to version ${to.version}\n\n${moved.previous ? `From version ${moved.previous.version}. ` : ''}Stable endpoint \`${moved.arn}\` serves \`${to.customModelArn}\`.\n`);
    }
    finally {
        aws.destroy();
    }
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

const pct = (x) => `${(100 * x).toFixed(1)} %`;
const pp = (x) => `${x >= 0 ? '+' : '−'}${Math.abs(x).toFixed(1)} pp`;
/**
 * Promote when the candidate passes `min-accuracy` and is not worse than production by more than
 * `max-regression` percentage points (0 when unset: not worse at all). Production's accuracy comes
 * from the comparison just made when it is about the same model, or else from what the registry
 * stored for it on the same test set and scorer: this is how the loser of a race decides again.
 */
function decidePromotion(registry, candidate, settings, evaluated) {
    const production = (0,_manifest_js__WEBPACK_IMPORTED_MODULE_0__/* .intendedVersion */ .Iq)(registry);
    if (settings.minAccuracy !== undefined && candidate.accuracy < settings.minAccuracy) {
        return {
            promote: false,
            from: production,
            reason: `accuracy ${pct(candidate.accuracy)} is below 'min-accuracy' ${pct(settings.minAccuracy)}`,
        };
    }
    if (settings.minScore !== undefined && (candidate.score ?? 0) < settings.minScore) {
        return {
            promote: false,
            from: production,
            reason: `mean score ${(candidate.score ?? 0).toFixed(3)} is below 'min-score' ${settings.minScore}`,
        };
    }
    if (!production)
        return {
            promote: true,
            reason: `no production version yet; accuracy ${pct(candidate.accuracy)}${settings.minAccuracy !== undefined ? ` ≥ 'min-accuracy' ${pct(settings.minAccuracy)}` : ''}`,
        };
    if (production.customModelArn === candidate.customModelArn) {
        return { promote: false, from: production, reason: `it is already production (version ${production.version})` };
    }
    let delta;
    let detail = '';
    if (evaluated?.championArn === production.customModelArn) {
        const c = evaluated.comparison;
        delta = c.deltaPp;
        detail = ` (95 % CI ${pp(c.ci[0])} … ${pp(c.ci[1])}, ${c.significant ? 'significant' : 'not significant'}, McNemar p = ${c.p < 0.001 ? '< 0.001' : c.p.toFixed(3)})`;
    }
    else if (production.evaluation &&
        production.evaluation.testSetSha256 === candidate.testSetSha256 &&
        production.evaluation.scorer === candidate.scorer) {
        delta = 100 * (candidate.accuracy - production.evaluation.accuracy);
        detail = ` (against its recorded ${pct(production.evaluation.accuracy)})`;
    }
    if (delta === undefined) {
        return {
            promote: false,
            from: production,
            reason: `production (version ${production.version}) has no accuracy on this test set to compare with; run the promotion again to evaluate it`,
        };
    }
    const allowed = settings.maxRegression ?? 0;
    if (delta < -allowed) {
        return {
            promote: false,
            from: production,
            reason: `it is ${pp(delta)} vs production version ${production.version}${detail}, worse than 'max-regression' allows (−${allowed} pp)`,
        };
    }
    return {
        promote: true,
        from: production,
        reason: `${pp(delta)} vs production version ${production.version}${detail}, within 'max-regression' (−${allowed} pp); accuracy ${pct(candidate.accuracy)}`,
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
            scorer: candidate.scorer,
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


/***/ })

};
