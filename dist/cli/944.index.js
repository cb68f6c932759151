export const id = 944;
export const ids = [944,23];
export const modules = {

/***/ 1944:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  promote: () => (/* binding */ promote),
  repairProduction: () => (/* binding */ repairProduction)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/aws/bedrock-jobs.ts
var bedrock_jobs = __webpack_require__(7580);
// EXTERNAL MODULE: ./src/aws/deployments.ts
var deployments = __webpack_require__(7409);
// EXTERNAL MODULE: ./src/evaluation/gate.ts
var gate = __webpack_require__(1267);
// EXTERNAL MODULE: ./src/github/client.ts
var client = __webpack_require__(6584);
// EXTERNAL MODULE: ./src/registry/endpoint.ts
var registry_endpoint = __webpack_require__(8110);
// EXTERNAL MODULE: ./src/registry/manifest.ts
var manifest = __webpack_require__(506);
// EXTERNAL MODULE: ./src/registry/promotion.ts
var promotion = __webpack_require__(2810);
// EXTERNAL MODULE: ./src/report/promotion.ts
var report_promotion = __webpack_require__(4352);
// EXTERNAL MODULE: ./src/report/sticky.ts
var sticky = __webpack_require__(1971);
// EXTERNAL MODULE: ./src/training/cost.ts
var training_cost = __webpack_require__(6857);
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
// EXTERNAL MODULE: ./src/commands/pipeline.ts + 2 modules
var pipeline = __webpack_require__(4813);
// EXTERNAL MODULE: ./src/commands/validate.ts + 1 modules
var validate = __webpack_require__(23);
// EXTERNAL MODULE: ./src/commands/production.ts + 1 modules
var commands_production = __webpack_require__(1154);
// EXTERNAL MODULE: ./src/aws/metrics.ts
var aws_metrics = __webpack_require__(9656);
// EXTERNAL MODULE: ./src/aws/runtime.ts
var aws_runtime = __webpack_require__(833);
// EXTERNAL MODULE: ./src/evaluation/testset.ts
var testset = __webpack_require__(1714);
// EXTERNAL MODULE: ./src/registry/watch.ts
var watch = __webpack_require__(3056);
;// CONCATENATED MODULE: ./src/commands/watch.ts







const SMOKE_RECORDS = 20;
/**
 * Watches the endpoint serving `promoted` for `watch-minutes`; on a breach, rolls back to the
 * version before it and marks `promoted` rolled back with the reason.
 */
async function watchProduction(p, promoted, endpoint, baselineP95, testSetPath) {
    const { settings, aws, store, deps, io } = p;
    const minute = deps.schedule.minuteMs;
    const since = new Date(deps.clock.now());
    const until = new Date(since.getTime() + settings.watchMinutes * minute);
    await (0,manifest/* updateRegistry */.p3)(store, settings.modelName, (current) => current
        ? {
            write: {
                ...current,
                watch: {
                    version: promoted.version,
                    since: since.toISOString(),
                    until: until.toISOString(),
                    run: deps.context.runUrl,
                },
            },
            result: undefined,
        }
        : { result: undefined });
    const metrics = new aws_metrics/* BedrockMetrics */.K(aws);
    const runtime = new aws_runtime/* Runtime */.v(aws.runtime);
    const smoke = (await (0,testset/* loadTestSet */.x)(testSetPath)).slice(0, SMOKE_RECORDS);
    const ids = [endpoint.deploymentArn, promoted.customModelArn];
    const limits = { maxErrorRate: settings.maxErrorRate, maxLatencyRatio: settings.maxLatencyRatio, baselineP95 };
    let figures;
    let smokeRuns = 0;
    let reason;
    const smokeEvery = Math.max(1, Math.round(settings.watchMinutes / 3));
    try {
        await io.group(`Watch the endpoint for ${settings.watchMinutes} min`, async () => {
            for (let tick = 0;; tick++) {
                if (tick % smokeEvery === 0) {
                    smokeRuns += 1;
                    const failed = [];
                    for (const r of smoke) {
                        try {
                            await runtime.converse(endpoint.deploymentArn, r.system, r.messages, settings.maxTokens);
                        }
                        catch (error) {
                            failed.push(`test line ${r.line}: ${(0,errors/* messageOf */.bD)(error)}`);
                        }
                    }
                    io.info(`Smoke run ${smokeRuns}: ${smoke.length - failed.length} of ${smoke.length} test records answered.`);
                    if (failed.length) {
                        reason = `smoke run ${smokeRuns} through the endpoint: ${failed.length} of ${smoke.length} calls failed (first, ${failed[0]})`;
                        return;
                    }
                }
                try {
                    figures = await metrics.serving(ids, since, new Date(deps.clock.now() + minute));
                }
                catch (error) {
                    io.warning(`Could not read the endpoint's CloudWatch metrics: ${(0,errors/* messageOf */.bD)(error)}. The role needs cloudwatch:GetMetricData; the smoke runs go on.`);
                }
                if (figures) {
                    io.info(`Watch: ${figures.invocations} invocations, ${figures.serverErrors} server errors, ${figures.throttles} throttled${figures.latencyP95 !== undefined ? `, latency p95 ${Math.round(figures.latencyP95)} ms` : ''}.`);
                    reason = (0,watch/* breachOf */.L)(figures, limits);
                }
                if (reason || deps.clock.now() >= until.getTime())
                    return;
                await deps.clock.sleep(Math.min(minute, until.getTime() - deps.clock.now()));
            }
        });
    }
    finally {
        metrics.destroy();
    }
    if (!reason) {
        await (0,manifest/* updateRegistry */.p3)(store, settings.modelName, (current) => {
            if (!current?.watch || current.watch.version !== promoted.version)
                return { result: undefined };
            const { watch: _done, ...rest } = current;
            void _done;
            return { write: rest, result: undefined };
        });
        return { minutes: settings.watchMinutes, outcome: 'passed', metrics: figures, baselineP95, smokeRuns };
    }
    io.error(`Version ${promoted.version} breached the watch after its promotion: ${reason}. Rolling back.`);
    const back = await (0,commands_production/* rollBack */.F)(p, undefined, testSetPath, { version: promoted.version, reason });
    return {
        minutes: settings.watchMinutes,
        outcome: 'rolled-back',
        reason,
        metrics: figures,
        baselineP95,
        smokeRuns,
        rolledBackTo: back.to.version,
    };
}

// EXTERNAL MODULE: ./src/evaluation/shadow.ts
var shadow = __webpack_require__(2544);
// EXTERNAL MODULE: ./src/lib/format.ts
var format = __webpack_require__(432);
;// CONCATENATED MODULE: ./src/commands/promote.ts























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
    const name = (0,registry_endpoint/* endpointName */.zY)(settings.modelName);
    const endpoint = await new deployments/* Deployments */.D(aws.bedrock).get(name);
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
    const moved = await (0,commands_production/* moveProduction */.J)(p, production, probePath, { repair: true });
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
        problems = await datasetObjectProblems(store, job, files, await new deployments/* Deployments */.D(aws.bedrock).tags(job.arn));
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
    const cost = prices &&
        (await (0,pipeline/* evaluationBudget */["in"])(p, prices, { candidates: found.filter((f) => f.job).length, base: false, production: champion !== undefined }, { ...settings, compareBase: false }));
    const training = { jobs: found.filter((f) => f.job).map((f) => ({ point: f.point, job: f.job, created: false })) };
    const { winner, evaluation } = await (0,pipeline/* evaluatePoints */.dE)(p, training, { testSet, shortAnswer, seenInTraining, registry, champion }, prices && { prices, perPoint: (0,training_cost/* estimateGrid */.X)(settings, points, p.validation, prices).perPoint }, { ...settings, compareBase: false });
    return {
        job: winner.job,
        trainingData: found.find((f) => f.point.id === winner.point.id).trainingData,
        evaluation,
        testSet,
        champion,
        spent: prices && { prices, spentUsd: cost?.usd ?? 0 },
    };
}
async function pullRequestOf(aws, job) {
    try {
        const tag = (await new deployments/* Deployments */.D(aws.bedrock).tags(job.arn)).find((t) => t.key === 'pull-request');
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
        await (0,watch/* warnUnfinishedWatch */.t)(store, settings.modelName, io);
        const picked = await pickCandidate(p);
        if ('why' in picked) {
            const repaired = await repairProduction(p, settings.testData);
            return notPromoted(repaired ? `${picked.why}; ${repaired}, so it was repaired` : picked.why);
        }
        const { job, trainingData, evaluation, testSet, champion, spent } = picked;
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
            testSet: external_node_path_default().relative(settings.workspace, testSet.path).split((external_node_path_default()).sep).join('/'),
            scorer: settings.scorer,
            commit: deps.context.sha,
            pullRequest,
            trainingData,
        };
        const evaluated = champion && basis.vsProduction
            ? { championArn: champion.customModelArn, comparison: basis.vsProduction }
            : undefined;
        const actor = { at: new Date().toISOString(), by: deps.context.actor, run: deps.context.runUrl };
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
        // Before the swap: production's real requests, replayed against the candidate.
        // Only for a candidate the gate would promote: a refused one is not worth the calls.
        const current = (await (0,manifest/* readRegistry */._5)(store, settings.modelName))?.registry;
        const endpoint = current?.endpoint;
        const wouldPromote = (0,promotion/* decidePromotion */.g_)(current, candidate, settings, evaluated).promote;
        let shadowNote = '';
        let shadowLine = '';
        if (settings.invocationLogs && !endpoint)
            shadowNote = '\n\nShadow replay skipped: no production endpoint yet.';
        if (settings.invocationLogs && endpoint && wouldPromote) {
            const replayed = await (0,shadow/* shadowReplay */.Gx)(p, endpoint, { modelArn: job.customModelArn, name: job.name }, spent);
            if ('replayed' in replayed) {
                io.setOutput('shadow-agreement', replayed.agreement.toFixed(4));
                io.setOutput('shadow-preference', replayed.preference ? replayed.preference.value.toFixed(4) : '');
                io.info(`Shadow replay: the candidate answered ${(0,format/* pct */.Oe)(replayed.agreement)} of ${replayed.replayed} production requests as production did${replayed.preference ? `; the judge prefers its answers at ${(0,format/* pct */.Oe)(replayed.preference.value)} (${replayed.preference.wins} better, ${replayed.preference.ties} as good, ${replayed.preference.losses} worse)` : ''}; latency p95 ${Math.round(replayed.latencyMs.candidate.p95)} ms (production ${replayed.latencyMs.production ? `${Math.round(replayed.latencyMs.production.p95)} ms` : 'not logged'}).`);
                shadowNote = `\n\n${(0,report_promotion/* shadowSection */.S2)(replayed, settings)}`;
                shadowLine = (0,report_promotion/* shadowFigures */.Kl)(replayed);
                const why = (0,shadow/* shadowRefusal */.V3)(replayed, settings);
                if (why) {
                    await line((0,report_promotion/* notPromotedLine */.oT)(actor.at, why));
                    return notPromoted(why, numbers + shadowNote);
                }
            }
            else
                shadowNote = `\n\nShadow replay: the invocation logs at ${settings.invocationLogs.bucket}/${settings.invocationLogs.prefix} hold no text Converse request to the production endpoint in the last ${settings.shadowDays} days (${replayed.seen} requests seen); nothing was replayed.`;
        }
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
        if (outcome.version === undefined) {
            const repaired = await repairProduction(p, testSet.path);
            const why = repaired
                ? `${outcome.decision.reason}; ${repaired}, so it was repaired and serves production again`
                : outcome.decision.reason;
            await line((0,report_promotion/* notPromotedLine */.oT)(actor.at, why));
            return notPromoted(why, numbers + shadowNote);
        }
        const promoted = {
            version: outcome.version,
            customModelArn: candidate.customModelArn,
            jobName: job.name,
            jobArn: job.arn,
            datasetHash: candidate.datasetHash,
            createdAt: actor.at,
        };
        let moved;
        try {
            moved = await (0,commands_production/* moveProduction */.J)(p, promoted, testSet.path);
        }
        catch (error) {
            // The endpoint was pointed at the candidate and then answered no call: with a watch, that
            // is its first breach, and production goes back at once.
            if (settings.watchMinutes === 0 || !(error instanceof errors/* UserError */.yo))
                throw error;
            const reason = `after the swap, ${error.message.replace(/^./, (c) => c.toLowerCase())}`;
            io.error(`Version ${outcome.version} failed right after the swap: ${reason}. Rolling back.`);
            const back = await (0,commands_production/* rollBack */.F)(p, undefined, testSet.path, { version: outcome.version, reason });
            io.setOutput('watch', 'rolled-back');
            io.setOutput('promoted', false);
            await line((0,report_promotion/* rolledBackAfterWatchLine */.jy)(outcome.version, back.to.version, reason));
            throw new errors/* UserError */.yo(`Version ${outcome.version} was promoted, then rolled back automatically: ${reason}. Production is version ${back.to.version} again; the registry marks version ${outcome.version} rolled back.`);
        }
        if (moved.outcome === 'superseded')
            return;
        io.notice(`Promoted ${job.name} to production as version ${outcome.version}: ${outcome.decision.reason}.`);
        await line(`${(0,report_promotion/* promotedLine */.hH)(outcome.version, actor, outcome.decision.reason)}${shadowLine ? ` ${shadowLine}` : ''}`);
        // After the swap: watched for watch-minutes, rolled back on a breach.
        const watched = settings.watchMinutes > 0
            ? await watchProduction(p, promoted, { deploymentArn: moved.arn }, production?.metrics.latencyMs.p95, testSet.path)
            : undefined;
        io.setOutput('watch', watched?.outcome ?? 'off');
        const summary = (0,report_promotion/* promotedSummary */.$6)(settings.modelName, outcome.version, outcome.decision.reason, numbers + shadowNote, {
            arn: moved.arn,
            serves: candidate.customModelArn,
        });
        await io.summary(watched ? `${summary}\n${(0,report_promotion/* watchSection */.p1)(watched)}\n` : summary);
        if (watched?.outcome === 'rolled-back') {
            io.setOutput('promoted', false);
            io.setOutput('model-version', watched.rolledBackTo ?? '');
            await line((0,report_promotion/* rolledBackAfterWatchLine */.jy)(outcome.version, watched.rolledBackTo, watched.reason ?? ''));
            throw new errors/* UserError */.yo(`Version ${outcome.version} was promoted, then rolled back automatically: ${watched.reason}. Production is version ${watched.rolledBackTo} again; the registry marks version ${outcome.version} rolled back.`);
        }
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
