export const id = 11;
export const ids = [11,23];
export const modules = {

/***/ 9011:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  moveProduction: () => (/* binding */ moveProduction),
  promote: () => (/* binding */ promote),
  repairProduction: () => (/* binding */ repairProduction)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/aws/bedrock-jobs.ts
var bedrock_jobs = __webpack_require__(7580);
// EXTERNAL MODULE: ./src/aws/deployments.ts
var aws_deployments = __webpack_require__(7409);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-bedrock/dist-cjs/index.js
var dist_cjs = __webpack_require__(6082);
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
// EXTERNAL MODULE: ./src/evaluation/gate.ts
var gate = __webpack_require__(1267);
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
/** How long the endpoint may take to answer its first call after it became Active. */
const FIRST_CALL_MS = 10 * 60_000;
/** One real inference call, retried with backoff while the endpoint says it is not ready yet. */
async function check(arn, options) {
    const probe = options.probe;
    const deadline = options.clock.now() + FIRST_CALL_MS;
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
                ? `It was still not ready after ${FIRST_CALL_MS / 60_000} min. Run the promotion again: the registry keeps the version pending, and the next run checks it again.`
                : "Check the deployment in the Bedrock console and the role's bedrock:InvokeModel permission.");
        }
    }
}

// EXTERNAL MODULE: ./src/report/promotion.ts
var report_promotion = __webpack_require__(4352);
// EXTERNAL MODULE: ./src/report/sticky.ts
var sticky = __webpack_require__(1971);
// EXTERNAL MODULE: ./src/training/cost.ts
var cost = __webpack_require__(6857);
// EXTERNAL MODULE: ./src/training/grid.ts + 1 modules
var grid = __webpack_require__(6318);
// EXTERNAL MODULE: ./src/training/upload.ts
var upload = __webpack_require__(5085);
;// CONCATENATED MODULE: ./src/training/integrity.ts

/** What differs, per dataset file of the job, or an empty list when every object is as reviewed. */
async function datasetObjectProblems(store, job, files, jobTags) {
    const problems = [];
    for (const f of files) {
        const key = (0,upload/* datasetKey */.OX)(f);
        const uri = store.uri(key);
        const recorded = jobTags.find((t) => t.key === `${f.role}-data-version`)?.value;
        const versions = await store.versions(key);
        const live = versions.filter((v) => !v.deleteMarker);
        if (versions.length === 0) {
            problems.push(`${uri} no longer exists`);
            continue;
        }
        if (versions.length === 1 && versions[0].versionId === 'null') {
            problems.push(`${uri} is in a bucket without versioning, so an overwrite while the job read it could not be seen: enable versioning on the bucket (docs/iam.md, the AWS set-up) and train again`);
            continue;
        }
        if (versions.length > 1 || live.length !== 1) {
            problems.push(`${uri} has ${versions.length} versions${versions.some((v) => v.deleteMarker) ? ' (deleted at least once)' : ''}: it was written again after the run uploaded it, so what the job trained on cannot be shown to be what was reviewed`);
            continue;
        }
        const only = live[0];
        if (recorded !== undefined && only.versionId !== recorded)
            problems.push(`${uri} is version ${only.versionId}, not version ${recorded} that the job was launched with`);
        else if (only.lastModified && job.creationTime && only.lastModified.getTime() >= job.creationTime.getTime())
            problems.push(`${uri} was last modified at ${only.lastModified.toISOString()}, after the job was created (${job.creationTime.toISOString()})`);
        else {
            const actual = await store.sha256(key, only.versionId);
            if (actual !== f.sha256)
                problems.push(`${uri} hashes to sha256 ${actual}, not the reviewed ${f.sha256}`);
        }
    }
    return problems;
}

// EXTERNAL MODULE: ./src/training/wait.ts
var wait = __webpack_require__(8449);
// EXTERNAL MODULE: ./src/commands/pipeline.ts + 3 modules
var pipeline = __webpack_require__(8067);
// EXTERNAL MODULE: ./src/commands/validate.ts + 1 modules
var validate = __webpack_require__(23);
;// CONCATENATED MODULE: ./src/commands/promote.ts




















/**
 * Moves the stable endpoint to a version the registry has pending (or re-checks the one it
 * serves), records it as production, and tags the models. Superseded when a later promotion or
 * rollback changed the registry's mind meanwhile: that run finishes the move.
 */
async function moveProduction(p, to, probePath, { repair = false } = {}) {
    const { settings, aws, store, deps, io } = p;
    const deployments = new aws_deployments/* Deployments */.D(aws.bedrock);
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
 * The registry names version N as production, but the stable endpoint is missing or serves
 * another model (deleted or re-pointed outside the action): unfinished work, like a pending move.
 * Re-created or re-pointed, then checked with a call. Returns what was wrong, or undefined.
 */
async function repairProduction(p, probePath) {
    const { settings, aws, store, io } = p;
    const registry = (await (0,manifest/* readRegistry */._5)(store, settings.modelName))?.registry;
    const production = (0,manifest/* productionVersion */.ix)(registry);
    if (!production || registry?.pending !== undefined)
        return undefined;
    const name = endpointName(settings.modelName);
    const endpoint = await new aws_deployments/* Deployments */.D(aws.bedrock).get(name);
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
/** A point's candidate for this commit's data: the job trained from it, waited for like training. */
async function findCandidate(p, point) {
    const { settings, aws, store, deps, io } = p;
    const found = await (0,pipeline/* trainedJob */.He)(p, point);
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
        job = await (0,wait/* waitForJob */.q)(new bedrock_jobs/* BedrockJobs */.F(aws.bedrock), job.name, {
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
    let problems;
    try {
        problems = await datasetObjectProblems(store, job, files, await new aws_deployments/* Deployments */.D(aws.bedrock).tags(job.arn));
    }
    catch (error) {
        throw (0,errors/* awsFailure */.MT)(`Could not check the dataset objects training job ${job.name} read`, error, 'Check that the release role may s3:ListBucketVersions on the bucket, s3:GetObject and s3:GetObjectVersion under datasets/, and bedrock:ListTagsForResource (docs/iam.md).');
    }
    if (problems.length)
        throw new errors/* UserError */.yo(`Training job ${job.name} is not promoted: ${problems.join('; ')}. Nothing was changed in production. Find out who wrote under ${store.uri('datasets/')} (CloudTrail data events), then train again from the reviewed data.`);
    return { job, trainingData };
}
/**
 * The model trained from this commit's data, chosen as the pull request chose it: every point's
 * model found by its identity and evaluated here against production (under the release role, its
 * results cached in the release scope), then ranked by the same rule. Nothing is promoted while a
 * point is still training.
 */
async function pickCandidate(p) {
    const { settings, io } = p;
    const points = (0,grid/* gridOf */.y_)(settings);
    const one = points.length === 1;
    const found = [];
    for (const point of points) {
        const f = await io.group(one ? 'Candidate' : `Candidate ${point.id} (${(0,grid/* pointLabel */.HV)(point)})`, () => findCandidate(p, point));
        if (f.job?.status === 'InProgress' || f.job?.status === 'Stopping')
            return {
                why: one
                    ? f.why
                    : `point ${point.id} of the sweep is still training (${f.why}); the winner is chosen when every point has ended`,
            };
        found.push({ point, ...f });
    }
    if (!found.some((f) => f.job && !f.why))
        return {
            why: one
                ? found[0].why
                : `no point of the sweep produced a model: ${found.map((f) => `${f.point.id}: ${f.why}`).join('; ')}`,
        };
    // the records training also has stay marked: the gate decides on the others
    const { testSet, shortAnswer, seenInTraining } = (0,pipeline/* testSetOf */.aJ)(p.validation);
    const { registry, champion } = await (0,pipeline/* readChampion */.KD)(p);
    // Ranking a grid weighs inference and training prices; one point needs none, unless its
    // evaluation has a ceiling.
    const prices = one && settings.maxEvalCost === undefined ? undefined : await (0,pipeline/* priceBook */.Nr)(p);
    if (prices)
        await (0,pipeline/* evaluationBudget */["in"])(p, prices, { candidates: found.filter((f) => f.job).length, base: false, production: champion !== undefined }, { ...settings, compareBase: false });
    const training = { jobs: found.filter((f) => f.job).map((f) => ({ point: f.point, job: f.job, created: false })) };
    const { winner, evaluation } = await (0,pipeline/* evaluatePoints */.dE)(p, training, { testSet, shortAnswer, seenInTraining, registry, champion }, prices && { prices, perPoint: (0,cost/* estimateGrid */.X)(settings, points, p.validation, prices).perPoint }, { ...settings, compareBase: false });
    return {
        job: winner.job,
        trainingData: found.find((f) => f.point.id === winner.point.id).trainingData,
        evaluation,
        testSet,
        champion,
    };
}
async function pullRequestOf(aws, job) {
    try {
        const tag = (await new aws_deployments/* Deployments */.D(aws.bedrock).tags(job.arn)).find((t) => t.key === 'pull-request');
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
    const notPromoted = async (why, numbers = '') => {
        io.setOutput('promoted', false);
        io.notice(`Not promoted: ${why}.`);
        await io.summary((0,report_promotion/* notPromotedSummary */.Ik)(settings.modelName, why, numbers));
        if (settings.failIfNotPromoted)
            throw new errors/* UserError */.yo(`Not promoted: ${why}. ('fail-if-not-promoted' is true.)`);
    };
    await (0,pipeline/* withPipeline */.fG)(settings, validation, deps, io, async (p) => {
        const { aws, store } = p;
        const picked = await pickCandidate(p);
        if ('why' in picked) {
            const repaired = await repairProduction(p, settings.testData);
            return notPromoted(repaired ? `${picked.why}; ${repaired}, so it was repaired` : picked.why);
        }
        const { job, trainingData, evaluation, testSet, champion } = picked;
        // the gate's figures: on the test records not in training, when some are
        const basis = (0,gate/* gateResults */.gJ)(evaluation);
        const pullRequest = await pullRequestOf(aws, job);
        const candidate = {
            customModelArn: job.customModelArn,
            jobName: job.name,
            jobArn: job.arn,
            datasetHash: validation.datasetHash,
            accuracy: basis.accuracy,
            score: basis.score,
            unseen: basis.unseen,
            testSetSha256: testSet.sha256,
            scorer: settings.scorer,
            commit: deps.context.sha,
            pullRequest,
            trainingData,
        };
        const evaluated = champion && basis.vsProduction
            ? { championArn: champion.customModelArn, comparison: basis.vsProduction }
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
        const production = evaluation.models.find((m) => m.role === 'champion');
        const numbers = (0,report_promotion/* accuracyTable */.Y5)(job.name, evaluation.models.find((m) => m.role === 'candidate').metrics.accuracy, champion && { version: champion.version, accuracy: production?.metrics.accuracy ?? 0 });
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
            const repaired = await repairProduction(p, testSet.path);
            const why = repaired
                ? `${outcome.decision.reason}; ${repaired}, so it was repaired and serves production again`
                : outcome.decision.reason;
            await line((0,report_promotion/* notPromotedLine */.oT)(actor.at, why));
            return notPromoted(why, numbers);
        }
        const promoted = {
            version: outcome.version,
            customModelArn: candidate.customModelArn,
            jobName: job.name,
            jobArn: job.arn,
            datasetHash: candidate.datasetHash,
            createdAt: actor.at,
        };
        const moved = await moveProduction(p, promoted, testSet.path);
        if (moved.outcome === 'superseded')
            return;
        io.notice(`Promoted ${job.name} to production as version ${outcome.version}: ${outcome.decision.reason}.`);
        await io.summary((0,report_promotion/* promotedSummary */.$6)(settings.modelName, outcome.version, outcome.decision.reason, numbers, {
            arn: moved.arn,
            serves: candidate.customModelArn,
        }));
        await line((0,report_promotion/* promotedLine */.hH)(outcome.version, actor, outcome.decision.reason));
    });
}


/***/ }),

/***/ 23:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  validate: () => (/* binding */ validate_validate)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(4031);
// EXTERNAL MODULE: ./src/rules.ts
var rules = __webpack_require__(9244);
;// CONCATENATED MODULE: ./src/report/validation.ts


const fmt = (n) => n.toLocaleString('en-US');
function bytes(n) {
    if (n < 1024)
        return `${n} B`;
    if (n < 1024 ** 2)
        return `${(n / 1024).toFixed(1)} KiB`;
    if (n < 1024 ** 3)
        return `${(n / 1024 ** 2).toFixed(1)} MiB`;
    return `${(n / 1024 ** 3).toFixed(2)} GiB`;
}
function labelTable(training, test, top = 25) {
    const train = training.labels;
    const total = training.records || 1;
    const testLabels = test?.labels;
    const testTotal = test?.records || 1;
    const rows = Object.entries(train).slice(0, top);
    const lines = [
        `| label | training | share |${testLabels ? ' test | share |' : ''}`,
        `|---|---:|---:|${testLabels ? '---:|---:|' : ''}`,
    ];
    for (const [label, count] of rows) {
        const t = testLabels?.[label] ?? 0;
        lines.push(`| ${(0,report_escape/* mdCode */.x)(label)} | ${fmt(count)} | ${((100 * count) / total).toFixed(1)} % |${testLabels ? ` ${fmt(t)} | ${((100 * t) / testTotal).toFixed(1)} % |` : ''}`);
    }
    const rest = Object.keys(train).length - rows.length;
    if (rest > 0)
        lines.push(`| … ${rest} more | | |${testLabels ? ' | |' : ''}`);
    return lines;
}
/** The job summary of a validation: files, label balance and problems by rule. */
function validationSummary(report) {
    const out = [];
    const verdict = report.ok
        ? `✅ **Datasets valid** — ${fmt(report.records)} training records${report.warnings ? `, ${report.warnings} warning(s)` : ''}`
        : `❌ **Datasets invalid** — ${report.errors} error(s), ${report.warnings} warning(s). Nothing was uploaded and no job was started.`;
    out.push('## Bedrock Model CI — dataset validation', '', verdict, '');
    out.push('| file | role | records | tokens (est.) | largest record | size | system prompts |', '|---|---|---:|---:|---:|---:|---:|');
    for (const f of report.files) {
        out.push(`| ${(0,report_escape/* mdCode */.x)(f.name, 120)} | ${f.role} | ${fmt(f.records)} | ${fmt(f.tokens)} | ${fmt(f.maxRecordTokens)} | ${bytes(f.bytes)} | ${f.systemPrompts} |`);
    }
    out.push('', `Dataset hash: \`${report.datasetHash}\``, '');
    const training = report.files.find((f) => f.role === 'training');
    if (training?.labels) {
        out.push(`### Label balance (${Object.keys(training.labels).length} labels)`, '', ...labelTable(training, report.files.find((f) => f.role === 'test')), '');
    }
    if (report.tallies.length > 0) {
        out.push('### Problems by rule', '', '| rule | severity | count | first at | what |', '|---|---|---:|---|---|');
        const sorted = [...report.tallies].sort((a, b) => a.severity === b.severity ? b.count - a.count : a.severity === 'error' ? -1 : 1);
        for (const t of sorted) {
            const at = `${t.first.file}${t.first.line ? `:${t.first.line}` : ''}`;
            out.push(`| \`${t.rule}\` | ${t.severity} | ${fmt(t.count)} | ${(0,report_escape/* mdCode */.x)(at, 120)} | ${rules/* RULES */.y0[t.rule].title} |`);
        }
        out.push('');
    }
    return out.join('\n');
}

// EXTERNAL MODULE: ./src/dataset/validate.ts + 5 modules
var validate = __webpack_require__(8107);
// EXTERNAL MODULE: ./src/evaluation/judge.ts
var judge = __webpack_require__(7117);
;// CONCATENATED MODULE: ./src/commands/validate.ts






/**
 * Validates the datasets, annotates every problem on its file and line, writes the summary,
 * outputs and a JSON report, and throws when there is any error, so nothing after it runs.
 */
async function validate_validate(settings, io) {
    const report = await io.group('Validate datasets', async () => {
        const r = await (0,validate/* validateDatasets */.MQ)(settings);
        for (const p of r.problems) {
            const message = `${p.message} [${p.rule}]`;
            const at = { file: p.file, line: p.line };
            if (p.severity === 'error')
                io.error(message, at);
            else
                io.warning(message, at);
        }
        for (const o of r.omitted) {
            io.info(`${o.omitted} more ${o.severity}(s) of rule ${o.rule} not shown; the summary and the JSON report count them all.`);
        }
        for (const f of r.files) {
            io.info(`${f.name}: ${f.records} records, ~${f.tokens} tokens, sha256 ${f.sha256}`);
        }
        return r;
    });
    io.setOutput('records', report.records);
    io.setOutput('dataset-hash', report.datasetHash);
    await (0,promises_.mkdir)(io.tempDir, { recursive: true });
    const reportPath = external_node_path_default().join(io.tempDir, 'validation-report.json');
    await (0,promises_.writeFile)(reportPath, `${JSON.stringify(report, null, 2)}\n`);
    io.setOutput('report-path', reportPath);
    await io.summary(validationSummary(report));
    if (!report.ok) {
        const rules = [
            ...new Set(report.tallies.filter((t) => t.severity === 'error').map((t) => `${t.rule} ×${t.count}`)),
        ];
        throw new errors/* UserError */.yo(`Dataset validation failed: ${report.errors} error(s) (${rules.join(', ')}). Each is annotated on its file and line; fix them and push again. Nothing was uploaded and no job was started.`);
    }
    io.info(`Datasets valid: ${report.records} training records, ${report.warnings} warning(s).`);
    // The judge's rubric is an input file like the datasets: a bad one stops the run before any upload.
    if (settings.scorer === 'judge')
        await (0,judge/* loadRubric */.YD)(settings, io);
    return report;
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


/***/ }),

/***/ 4352:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $6: () => (/* binding */ promotedSummary),
/* harmony export */   Ik: () => (/* binding */ notPromotedSummary),
/* harmony export */   WO: () => (/* binding */ rolledBackSummary),
/* harmony export */   XO: () => (/* binding */ supersededSummary),
/* harmony export */   Y5: () => (/* binding */ accuracyTable),
/* harmony export */   hH: () => (/* binding */ promotedLine),
/* harmony export */   oT: () => (/* binding */ notPromotedLine)
/* harmony export */ });
/* harmony import */ var _lib_format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(432);
// What promote and rollback write to the job summary and to the pull request's comment.

const sentence = (text) => `${text[0].toUpperCase()}${text.slice(1)}.`;
/** The candidate's accuracy beside production's, as a small table (with its leading blank line). */
function accuracyTable(jobName, accuracy, production) {
    return `\n\n| | accuracy |\n|---|---:|\n| candidate \`${jobName}\` | ${(0,_lib_format_js__WEBPACK_IMPORTED_MODULE_0__/* .pct */ .Oe)(accuracy)} |${production ? `\n| production v${production.version} | ${(0,_lib_format_js__WEBPACK_IMPORTED_MODULE_0__/* .pct */ .Oe)(production.accuracy)} |` : ''}`;
}
const notPromotedSummary = (modelName, why, numbers = '') => `## ⏸ \`${modelName}\`: not promoted\n\n${sentence(why)}${numbers}\n`;
const promotedSummary = (modelName, version, reason, numbers, endpoint) => `## 🚀 \`${modelName}\`: promoted to production as version ${version}\n\n${sentence(reason)}${numbers}\n\nStable endpoint \`${endpoint.arn}\` now serves \`${endpoint.serves}\`.\n`;
const supersededSummary = (modelName, version, by) => `## ⏭ \`${modelName}\`: version ${version} superseded\n\nWhile this run moved the stable endpoint, ${by !== undefined ? `version ${by}` : 'another run'} was decided as production; that run finishes the move.\n`;
const rolledBackSummary = (modelName, version, previous, endpoint) => `## ↩️ \`${modelName}\`: production rolled back to version ${version}\n\n${previous !== undefined ? `From version ${previous}. ` : ''}Stable endpoint \`${endpoint.arn}\` serves \`${endpoint.serves}\`.\n`;
/** The line promote adds under the pull request's sticky comment. */
const notPromotedLine = (at, reason) => `⏸ **Not promoted** on ${at.slice(0, 10)}: ${reason}.`;
const promotedLine = (version, actor, reason) => `🚀 **Promoted to production** as version ${version} on ${actor.at.slice(0, 10)}${actor.by ? ` by ${actor.by}` : ''}${actor.run ? ` ([run](${actor.run}))` : ''}: ${reason}.`;


/***/ }),

/***/ 1971:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $A: () => (/* binding */ annotateStickyComment),
/* harmony export */   qD: () => (/* binding */ upsertStickyComment),
/* harmony export */   xL: () => (/* binding */ marker)
/* harmony export */ });
/**
 * The hidden first line that marks the action's comment for one model. A comment is ours only
 * when its body starts with it (and its author is us): a comment that quotes it is someone else's.
 */
const marker = (modelName) => `<!-- bedrock-model-ci:${modelName} -->`;
const isOurs = (body, modelName) => body.startsWith(`${marker(modelName)}\n`);
/** GITHUB_TOKEN comments as this bot; a personal token as its user (asked with GET /user). */
const ACTIONS_BOT = 'github-actions[bot]';
/** The action's own comments for a model, oldest first. */
async function ours(github, issue, modelName) {
    const me = (await github.login()) ?? ACTIONS_BOT;
    return (await github.comments(issue))
        .filter((c) => c.author === me && isOurs(c.body, modelName))
        .sort((a, b) => a.id - b.id);
}
/**
 * One comment per model, updated in place: found by its marker and author over all pages of
 * comments. Two runs that raced and both created one are healed here: the oldest stays, updated
 * with this run's body, and the others are deleted.
 */
async function upsertStickyComment(github, issue, modelName, body) {
    const mark = marker(modelName);
    const full = isOurs(body, modelName) ? body : `${mark}\n${body}`;
    const existing = await ours(github, issue, modelName);
    let kept;
    if (existing.length > 0) {
        kept = await github.updateComment(existing[0].id, full);
    }
    else {
        await github.createComment(issue, full);
        kept = (await ours(github, issue, modelName))[0];
        if (kept.body !== full)
            kept = await github.updateComment(kept.id, full);
    }
    for (const extra of (await ours(github, issue, modelName)).filter((c) => c.id !== kept.id))
        await github.deleteComment(extra.id);
    return kept;
}
// Model names are [a-z0-9-]: no model's marker can be this one.
const PROMOTION = '<!-- bedrock-model-ci/promotion -->';
/** Puts one line (promoted or not, and why) at the top of a model's comment, replacing an earlier one. */
async function annotateStickyComment(github, issue, modelName, line) {
    const mark = marker(modelName);
    const comment = (await ours(github, issue, modelName))[0];
    if (!comment)
        return undefined;
    // An HTML comment starts an HTML block in CommonMark: the marker and the quote get lines of their own.
    const lines = comment.body.split('\n').filter((l) => l !== mark);
    const at = lines.indexOf(PROMOTION);
    if (at >= 0)
        lines.splice(at, lines[at + 2] === '' ? 3 : 2);
    return github.updateComment(comment.id, [mark, PROMOTION, `> ${line}`, '', ...lines].join('\n'));
}


/***/ })

};
