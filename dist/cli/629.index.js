export const id = 629;
export const ids = [629];
export const modules = {

/***/ 7629:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  promote: () => (/* binding */ promote)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/evaluation/gate.ts
var gate = __webpack_require__(1267);
// EXTERNAL MODULE: ./src/github/client.ts
var client = __webpack_require__(6584);
// EXTERNAL MODULE: ./src/registry/manifest.ts
var manifest = __webpack_require__(506);
// EXTERNAL MODULE: ./src/registry/promotion.ts
var promotion = __webpack_require__(2810);
// EXTERNAL MODULE: ./src/report/promotion.ts
var report_promotion = __webpack_require__(4352);
// EXTERNAL MODULE: ./src/report/sticky.ts
var sticky = __webpack_require__(1971);
// EXTERNAL MODULE: ./src/commands/pipeline.ts
var pipeline = __webpack_require__(8930);
// EXTERNAL MODULE: ./src/commands/validate.ts + 1 modules
var validate = __webpack_require__(23);
// EXTERNAL MODULE: ./src/commands/production.ts + 1 modules
var commands_production = __webpack_require__(6437);
// EXTERNAL MODULE: ./src/evaluation/runner.ts
var runner = __webpack_require__(9642);
// EXTERNAL MODULE: ./src/evaluation/testset.ts
var testset = __webpack_require__(1714);
// EXTERNAL MODULE: ./src/registry/watch.ts
var watch = __webpack_require__(3056);
;// CONCATENATED MODULE: ./src/commands/watch.ts






const SMOKE_RECORDS = 20;
/** The baseline's window: the endpoint's own latency over the hour before the swap (CloudWatch's clock, never scaled). */
const BASELINE_MS = 3_600_000;
/**
 * Watches the endpoint serving `promoted` for `watch-minutes`; on a breach, rolls back to the
 * version before it and marks `promoted` rolled back with the reason.
 */
async function watchProduction(p, promoted, endpoint, 
/** the model the endpoint served before the swap (its ModelId dimension may name it) */
previousModelArn, testSetPath) {
    const { settings, store, deps, io } = p;
    const minute = deps.schedule.minuteMs;
    const since = new Date(deps.clock.now());
    const until = new Date(since.getTime() + settings.watchMinutes * minute);
    const { metrics, runtime } = p.services;
    // The latency bound's base is the same metric as the watch reads, over the hour before the swap:
    // the endpoint's own traffic, not the test set's latency (which users' requests never match).
    const baselineP95 = await metrics
        .serving([endpoint.deploymentArn, ...(previousModelArn ? [previousModelArn] : [])], new Date(since.getTime() - BASELINE_MS), since)
        .then((m) => (m.invocations >= 20 ? m.latencyP95 : undefined), () => undefined);
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
    const smoke = (await (0,testset/* loadTestSet */.x)(testSetPath)).slice(0, SMOKE_RECORDS);
    const ids = [endpoint.deploymentArn, promoted.customModelArn];
    const limits = { maxErrorRate: settings.maxErrorRate, maxLatencyRatio: settings.maxLatencyRatio, baselineP95 };
    let figures;
    let smokeRuns = 0;
    let smokeThrottled = 0;
    let reason;
    const smokeEvery = Math.max(1, Math.round(settings.watchMinutes / 3));
    await io.group(`Watch the endpoint for ${settings.watchMinutes} min`, async () => {
        for (let tick = 0;; tick++) {
            if (tick % smokeEvery === 0) {
                smokeRuns += 1;
                const failed = [];
                let throttled = 0;
                for (const r of smoke) {
                    try {
                        await runtime.converse(endpoint.deploymentArn, r.system, r.messages, settings.maxTokens);
                    }
                    catch (error) {
                        // throttling says the account's quota is busy (end users can make it so), not that the model fails
                        if ((0,runner/* isThrottling */.E2)(error))
                            throttled += 1;
                        else
                            failed.push(`test line ${r.line}: ${(0,errors/* messageOf */.bD)(error)}`);
                    }
                }
                smokeThrottled += throttled;
                io.info(`Smoke run ${smokeRuns}: ${smoke.length - failed.length - throttled} of ${smoke.length} test records answered${throttled ? `, ${throttled} throttled (not counted as failures)` : ''}.`);
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
    if (!reason) {
        await (0,manifest/* updateRegistry */.p3)(store, settings.modelName, (current) => {
            if (!current?.watch || current.watch.version !== promoted.version)
                return { result: undefined };
            const { watch: _done, ...rest } = current;
            void _done;
            return { write: rest, result: undefined };
        });
        return {
            minutes: settings.watchMinutes,
            outcome: 'passed',
            metrics: figures,
            baselineP95,
            smokeRuns,
            smokeThrottled,
        };
    }
    io.error(`Version ${promoted.version} breached the watch after its promotion: ${reason}. Rolling back.`);
    const back = await (0,commands_production/* rollBack */.Fu)(p, undefined, testSetPath, { version: promoted.version, reason });
    return {
        minutes: settings.watchMinutes,
        outcome: 'rolled-back',
        reason,
        metrics: figures,
        baselineP95,
        smokeRuns,
        smokeThrottled,
        rolledBackTo: back.to.version,
    };
}

// EXTERNAL MODULE: ./src/evaluation/shadow.ts
var shadow = __webpack_require__(2544);
// EXTERNAL MODULE: ./src/lib/format.ts
var format = __webpack_require__(432);
// EXTERNAL MODULE: ./src/evaluation/budget.ts
var budget = __webpack_require__(5681);
// EXTERNAL MODULE: ./src/evaluation/evaluate.ts + 4 modules
var evaluate = __webpack_require__(3096);
// EXTERNAL MODULE: ./src/evaluation/points.ts + 1 modules
var evaluation_points = __webpack_require__(6059);
// EXTERNAL MODULE: ./src/pricing/book.ts
var book = __webpack_require__(7813);
// EXTERNAL MODULE: ./src/training/cost.ts
var training_cost = __webpack_require__(6857);
// EXTERNAL MODULE: ./src/training/found.ts
var training_found = __webpack_require__(3270);
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
// EXTERNAL MODULE: ./src/registry/champion.ts
var registry_champion = __webpack_require__(1028);
;// CONCATENATED MODULE: ./src/registry/candidate.ts
// The candidate promote considers: the model trained from this commit's data, found (never trained),
// checked against the dataset objects it read, and chosen as the pull request chose it.












/** A point's candidate for this commit's data: the job trained from it, waited for like training. */
async function findCandidate(p, point) {
    const { settings, store, deps, io, services } = p;
    const found = await (0,training_found/* trainedJob */.H)(p, point);
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
        job = await (0,wait/* waitForJob */.q)(services.jobs, job.name, {
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
        problems = await datasetObjectProblems(store, job, files, await services.deployments.tags(job.arn));
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
                kind: 'none',
                why: one
                    ? f.why
                    : `point ${point.id} of the sweep is still training (${f.why}); the winner is chosen when every point has ended`,
            };
        found.push({ point, ...f });
    }
    if (!found.some((f) => f.job && !f.why))
        return {
            kind: 'none',
            why: one
                ? found[0].why
                : `no point of the sweep produced a model: ${found.map((f) => `${f.point.id}: ${f.why}`).join('; ')}`,
        };
    // the records training also has stay marked: the gate decides on the others
    const { testSet, shortAnswer, seenInTraining } = (0,evaluate/* testSetOf */.a)(p.validation);
    const { registry, champion } = await (0,registry_champion/* readChampion */.K)(p);
    // Ranking a grid weighs inference and training prices; one point needs none, unless its
    // evaluation has a ceiling.
    const prices = one && settings.maxEvalCost === undefined ? undefined : await (0,book/* priceBook */.N)(p);
    const cost = prices &&
        (await (0,budget/* evaluationBudget */["in"])(p, prices, { candidates: found.filter((f) => f.job).length, base: false, production: champion !== undefined }, { ...settings, compareBase: false }));
    const training = { jobs: found.filter((f) => f.job).map((f) => ({ point: f.point, job: f.job, created: false })) };
    const { winner, evaluation } = await (0,evaluation_points/* evaluatePoints */.d)(p, training, { testSet, shortAnswer, seenInTraining, registry, champion }, prices && { prices, perPoint: (0,training_cost/* estimateGrid */.X)(settings, points, p.validation, prices).perPoint }, { ...settings, compareBase: false });
    return {
        kind: 'picked',
        job: winner.job,
        trainingData: found.find((f) => f.point.id === winner.point.id).trainingData,
        evaluation,
        testSet,
        champion,
        spent: prices && { prices, spentUsd: cost?.usd ?? 0 },
    };
}
async function pullRequestOfJob(services, job) {
    try {
        const tag = (await services.deployments.tags(job.arn)).find((t) => t.key === 'pull-request');
        return tag ? Number(tag.value) : undefined;
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/commands/promote.ts

















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
    await (0,pipeline/* withPipeline */.f)(settings, validation, deps, io, async (p) => {
        const { store } = p;
        await (0,watch/* warnUnfinishedWatch */.t)(store, settings.modelName, io);
        const picked = await pickCandidate(p);
        if (picked.kind === 'none') {
            const repaired = await (0,commands_production/* repairProduction */.ZF)(p, settings.testData);
            return notPromoted(repaired ? `${picked.why}; ${repaired}, so it was repaired` : picked.why);
        }
        const { job, trainingData, evaluation, testSet, champion, spent } = picked;
        // the gate's figures: on the test records not in training, when some are
        const basis = (0,gate/* gateResults */.gJ)(evaluation);
        const pullRequest = await pullRequestOfJob(p.services, job);
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
                await (0,sticky/* annotateStickyComment */.$A)(new client/* GitHub */.gq(settings.githubToken, deps.context.repository, deps.context.apiUrl), pullRequest, settings.modelName, text);
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
            if (replayed.kind === 'replayed') {
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
            const repaired = await (0,commands_production/* repairProduction */.ZF)(p, testSet.path);
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
            moved = await (0,commands_production/* moveProduction */.JN)(p, promoted, testSet.path);
        }
        catch (error) {
            // The endpoint was pointed at the candidate and then answered no call: with a watch, that
            // is its first breach, and production goes back at once.
            if (settings.watchMinutes === 0 || !(error instanceof errors/* UserError */.yo))
                throw error;
            const reason = `after the swap, ${error.message.replace(/^./, (c) => c.toLowerCase())}`;
            io.error(`Version ${outcome.version} failed right after the swap: ${reason}. Rolling back.`);
            const back = await (0,commands_production/* rollBack */.Fu)(p, undefined, testSet.path, { version: outcome.version, reason });
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
            ? await watchProduction(p, promoted, { deploymentArn: moved.arn }, moved.previous?.customModelArn, testSet.path)
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

/***/ 2544:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gx: () => (/* binding */ shadowReplay),
/* harmony export */   T9: () => (/* binding */ requestText),
/* harmony export */   V3: () => (/* binding */ shadowRefusal),
/* harmony export */   uG: () => (/* binding */ sampleCalls)
/* harmony export */ });
/* unused harmony export replay */
/* harmony import */ var _aws_invocation_logs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8839);
/* harmony import */ var _invoke_ids_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7211);
/* harmony import */ var _pricing_prices_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5142);
/* harmony import */ var _lib_format_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(432);
/* harmony import */ var _budget_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5681);
/* harmony import */ var _dataset_text_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(1201);
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9642);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(3916);
/* harmony import */ var _scorers_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5987);
/* harmony import */ var _stats_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(5397);
/* harmony import */ var _traffic_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(279);
/* harmony import */ var _targets_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(1760);
/* harmony import */ var _preference_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3509);













/**
 * Up to `n` of production's calls over the window, a fair sample of distinct requests (see
 * FairSample): memory holds the sample, never the logs. Converse calls with text only; calls with
 * an image, document or video, other operations and failed calls are counted, not replayed, and so
 * are calls from this action's own sessions and, with `traffic-principals`, from other callers.
 */
async function sampleCalls(calls, isProduction, n, options = {}) {
    const fair = new _traffic_js__WEBPACK_IMPORTED_MODULE_6__/* .FairSample */ .pI(n, (0,_stats_js__WEBPACK_IMPORTED_MODULE_8__/* .seededRandom */ .Is)(options.seed ?? 20261202));
    let seen = 0;
    const skipped = { media: 0, otherOperations: 0, failed: 0, own: 0, otherCallers: 0 };
    for await (const call of calls) {
        if (!isProduction(call.modelId))
            continue;
        if (options.callers?.own(call.caller)) {
            skipped.own += 1;
            continue;
        }
        if (options.callers?.allowed && !options.callers.allowed(call.caller)) {
            skipped.otherCallers += 1;
            continue;
        }
        seen += 1;
        if (call.operation !== 'Converse')
            skipped.otherOperations += 1;
        else if (call.media)
            skipped.media += 1;
        else if (call.answer === undefined || call.messages.at(-1)?.role !== 'user')
            skipped.failed += 1;
        else
            fair.add(call);
    }
    const taken = fair.take();
    return {
        calls: taken.calls,
        seen,
        callers: taken.callers,
        distinct: taken.distinct,
        skipped: { ...skipped, duplicates: fair.duplicates, unreadable: options.unreadable?.() ?? 0 },
    };
}
/** A logged request as the judge reads it: the question alone, or the conversation's turns. */
function requestText(call) {
    const text = (m) => m.content.map((b) => b.text).join(' ');
    return call.messages.length === 1
        ? text(call.messages[0])
        : call.messages.map((m) => `${m.role === 'user' ? 'User' : 'Assistant'}: ${text(m)}`).join('\n');
}
const MAX_SHOWN = 10;
const rank = (o) => (o === 'loss' ? 0 : o === 'tie' ? 1 : o === 'win' ? 2 : 3);
/** How two answers are compared: the scorer's own rule for string scorers, identical text otherwise. */
function comparison(scorer) {
    if (scorer === 'exact' || scorer === 'normalized' || scorer === 'json')
        return { by: `scorer '${scorer}'`, same: (a, b) => (0,_scorers_js__WEBPACK_IMPORTED_MODULE_5__/* .score */ .fN)(scorer, a, b) };
    return {
        by: scorer === 'judge'
            ? "normalized text; where they differ, the judge's preference (asked in both orders)"
            : 'normalized text (the answers are free text: read the disagreements)',
        same: (a, b) => (0,_scorers_js__WEBPACK_IMPORTED_MODULE_5__/* .normalize */ .S8)(a) === (0,_scorers_js__WEBPACK_IMPORTED_MODULE_5__/* .normalize */ .S8)(b),
    };
}
/** Replays the sample against the candidate and compares each answer with production's. */
async function replay(runtime, target, sample, window, options) {
    const { by, same } = comparison(options.scorer);
    const results = await (0,_runner_js__WEBPACK_IMPORTED_MODULE_4__/* .runCalls */ .zA)(sample.calls.map((call, i) => ({
        lines: [i + 1],
        run: async () => {
            const reply = await runtime.converse(target.modelId, call.system, call.messages, options.maxTokens);
            return { call, answer: reply.text, latencyMs: reply.latencyMs };
        },
        failed: (error) => ({ call, error }),
    })), sample.calls.length, (r) => (r.error ? [{ line: 0, error: r.error }] : []), { ...options, label: `shadow replay on ${target.label}` }).catch((error) => {
        if (!(error instanceof _runner_js__WEBPACK_IMPORTED_MODULE_4__/* .ErrorBudgetExceeded */ .Pd))
            throw error;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_9__/* .UserError */ .yo(`Shadow replay: the candidate failed ${error.errors} of ${error.total} replayed requests (first: ${error.first}); it is not promoted. Check the candidate's deployment, or lower 'eval-concurrency'.`);
    });
    const judged = options.scorer === 'judge' && options.judgeModel
        ? await (0,_preference_js__WEBPACK_IMPORTED_MODULE_7__/* .judgePreferences */ .oU)(runtime, results.map((r) => ({
            prompt: requestText(r.call),
            production: r.call.answer,
            candidate: r.answer,
            same: r.answer !== undefined && same(r.answer, r.call.answer),
        })), { model: options.judgeModel, concurrency: options.concurrency, io: options.io, clock: options.clock })
        : undefined;
    let agreed = 0;
    const pairs = new Map();
    for (const [i, r] of results.entries()) {
        const production = r.call.answer;
        if (r.answer !== undefined && same(r.answer, production)) {
            agreed += 1;
            continue;
        }
        const candidate = r.answer ?? `(error: ${r.error})`;
        const key = `${(0,_scorers_js__WEBPACK_IMPORTED_MODULE_5__/* .normalize */ .S8)(production)}\u0000${(0,_scorers_js__WEBPACK_IMPORTED_MODULE_5__/* .normalize */ .S8)(candidate)}`;
        const pair = pairs.get(key);
        if (pair)
            pair.count += 1;
        else {
            const prompt = r.call.messages
                .at(-1)
                .content.map((b) => b.text)
                .join(' ');
            pairs.set(key, {
                production: (0,_dataset_text_js__WEBPACK_IMPORTED_MODULE_10__/* .withheld */ .uN)(production, 'replayed text'),
                candidate: (0,_dataset_text_js__WEBPACK_IMPORTED_MODULE_10__/* .withheld */ .uN)(candidate, 'replayed text'),
                count: 1,
                example: (0,_dataset_text_js__WEBPACK_IMPORTED_MODULE_10__/* .withheld */ .uN)(prompt, 'replayed text'),
                verdict: judged?.outcomes[i],
            });
        }
    }
    const latencies = results.flatMap((r) => (r.latencyMs === undefined ? [] : [r.latencyMs]));
    const logged = sample.calls.flatMap((c) => (c.latencyMs === undefined ? [] : [c.latencyMs]));
    const p = (xs) => ({ p50: (0,_stats_js__WEBPACK_IMPORTED_MODULE_8__/* .quantile */ .YV)(xs, 0.5), p95: (0,_stats_js__WEBPACK_IMPORTED_MODULE_8__/* .quantile */ .YV)(xs, 0.95) });
    return {
        kind: 'replayed',
        window: { since: window.since.toISOString(), until: window.until.toISOString() },
        seen: sample.seen,
        callers: sample.callers,
        distinct: sample.distinct,
        skipped: sample.skipped,
        replayed: results.length,
        comparedBy: by,
        agreement: results.length ? agreed / results.length : 0,
        agreed,
        errors: results.filter((r) => r.error).length,
        latencyMs: { candidate: p(latencies), production: logged.length ? p(logged) : undefined },
        preference: judged?.preference,
        // most frequent first; among as frequent, where production's answer was preferred first
        disagreements: [...pairs.values()]
            .sort((a, b) => b.count - a.count || rank(a.verdict) - rank(b.verdict))
            .slice(0, MAX_SHOWN),
    };
}
/**
 * The replay promote runs before the swap: production's requests of the last `shadow-days` from
 * the invocation logs, sampled, sent to the candidate on an evaluation deployment (deleted after),
 * and compared with production's answers. Undefined when the logs hold no request to replay.
 */
async function shadowReplay(p, endpoint, candidate, budget) {
    const { settings, aws, deps, io } = p;
    const until = new Date(deps.clock.now());
    const since = new Date(until.getTime() - settings.shadowDays * 86_400_000);
    const logs = p.services.logs(settings.invocationLogs);
    const sample = await io.group('Shadow replay: production requests', async () => {
        const s = await sampleCalls(logs.calls((0,_aws_invocation_logs_js__WEBPACK_IMPORTED_MODULE_0__/* .accountOf */ .XP)(endpoint.deploymentArn), aws.region, since, until), (0,_aws_invocation_logs_js__WEBPACK_IMPORTED_MODULE_0__/* .servedBy */ .nV)(endpoint), settings.shadowRequests, { unreadable: () => logs.unreadable(), callers: (0,_traffic_js__WEBPACK_IMPORTED_MODULE_6__/* .callerRules */ .TB)(settings) });
        io.info(`${s.seen} production requests in the invocation logs since ${since.toISOString()}; ${s.calls.length} sampled for replay from ${s.callers} caller(s) (skipped: ${s.skipped.media} with media, ${s.skipped.otherOperations} not Converse, ${s.skipped.failed} failed, ${s.skipped.own} from this action's own sessions, ${s.skipped.otherCallers} from other callers, ${s.skipped.duplicates} repeated requests${s.skipped.unreadable ? `, ${s.skipped.unreadable} unreadable log records` : ''}).`);
        if (s.callers > 1 && settings.trafficPrincipals.length === 0)
            io.warning((0,_traffic_js__WEBPACK_IMPORTED_MODULE_6__/* .trafficWarning */ .Mu)(s.callers));
        return s;
    });
    if (sample.calls.length === 0)
        return { kind: 'nothing-to-replay', seen: sample.seen, skipped: sample.skipped };
    const costUsd = budget && replayBudget(settings, sample, budget, io);
    // the judge is invoked as the evaluation invokes it (a profile of this Region's geography)
    const judgeModel = settings.scorer === 'judge'
        ? (await (0,_invoke_ids_js__WEBPACK_IMPORTED_MODULE_1__/* .withInvokeIds */ .$3)(settings, aws.region, p.services.foundation, io, aws)).judgeModel
        : undefined;
    const { deployments } = p.services;
    const target = await (0,_targets_js__WEBPACK_IMPORTED_MODULE_11__/* .customModelTarget */ .M)('candidate', `candidate (${candidate.name})`, candidate.modelArn, candidate.name, {
        deployments,
        clock: deps.clock,
        schedule: deps.schedule,
        io,
        keepDeployment: false,
        tags: [
            { key: 'managed-by', value: 'bedrock-model-ci' },
            { key: 'model-name', value: settings.modelName },
            { key: 'purpose', value: 'evaluation' },
            ...(deps.context.runUrl ? [{ key: 'workflow-run', value: deps.context.runUrl }] : []),
        ],
        resources: deps.resources,
    });
    try {
        const result = await io.group(`Shadow replay on ${target.label}`, () => replay(p.services.runtime, target, sample, { since, until }, {
            scorer: settings.scorer,
            judgeModel,
            concurrency: settings.evalConcurrency,
            maxTokens: settings.maxTokens,
            io,
            clock: deps.clock,
        }));
        return { ...result, costUsd };
    }
    finally {
        await target.release();
    }
}
/**
 * `max-eval-cost` covers the replay: its estimate, added to what the evaluation was estimated at,
 * must stay under the ceiling, or nothing is replayed (and nothing promoted). Returns the estimate.
 */
function replayBudget(settings, sample, budget, io) {
    const cost = (0,_budget_js__WEBPACK_IMPORTED_MODULE_3__/* .estimateReplayCost */ .tI)(settings, sample.calls.map((c) => ({
        inputTokens: c.inputTokens,
        chars: c.system.reduce((a, b) => a + b.text.length, 0) + requestText(c).length,
        answerChars: c.answer?.length ?? 0,
    })), budget.prices);
    io.info(`Shadow replay: ${cost.usd === undefined ? `no price for ${cost.missing.join(', ')}, so no cost` : `up to $${(0,_pricing_prices_js__WEBPACK_IMPORTED_MODULE_2__/* .formatUsd */ .UK)(cost.usd)}`} (${cost.method}).`);
    const max = settings.maxEvalCost;
    if (max === undefined)
        return cost.usd;
    if (cost.usd === undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_9__/* .UserError */ .yo(`'max-eval-cost' is ${max} USD, but no inference price was found for ${cost.missing.join(', ')}, so shadow replay's cost cannot be checked; nothing was replayed or promoted. Supply the prices with input 'prices', or allow the role pricing:GetProducts.`);
    if (budget.spentUsd + cost.usd > max)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_9__/* .UserError */ .yo(`Shadow replay would cost up to $${(0,_pricing_prices_js__WEBPACK_IMPORTED_MODULE_2__/* .formatUsd */ .UK)(cost.usd)} (${cost.method}); with the evaluation's $${(0,_pricing_prices_js__WEBPACK_IMPORTED_MODULE_2__/* .formatUsd */ .UK)(budget.spentUsd)} that makes $${(0,_pricing_prices_js__WEBPACK_IMPORTED_MODULE_2__/* .formatUsd */ .UK)(budget.spentUsd + cost.usd)}, more than 'max-eval-cost' $${(0,_pricing_prices_js__WEBPACK_IMPORTED_MODULE_2__/* .formatUsd */ .UK)(max)}. Nothing was replayed or promoted: lower 'shadow-requests' (now ${settings.shadowRequests}) or 'max-tokens', or raise 'max-eval-cost'.`);
    return cost.usd;
}
/** Why the replay refuses the candidate, or undefined: under `min-shadow-agreement` or `min-shadow-preference`. */
function shadowRefusal(r, limits) {
    if (limits.minShadowAgreement !== undefined && r.agreement < limits.minShadowAgreement)
        return `shadow replay: the candidate answered ${(0,_lib_format_js__WEBPACK_IMPORTED_MODULE_12__/* .pct */ .Oe)(r.agreement)} of ${r.replayed} replayed production requests as production did, under 'min-shadow-agreement' ${(0,_lib_format_js__WEBPACK_IMPORTED_MODULE_12__/* .pct */ .Oe)(limits.minShadowAgreement)}`;
    const preference = r.preference;
    if (limits.minShadowPreference !== undefined && preference && preference.value < limits.minShadowPreference)
        return `shadow replay: the judge preferred the candidate's answers to production's at ${(0,_lib_format_js__WEBPACK_IMPORTED_MODULE_12__/* .pct */ .Oe)(preference.value)} (${preference.wins} better, ${preference.ties} as good, ${preference.losses} worse of ${r.replayed} replayed requests), under 'min-shadow-preference' ${(0,_lib_format_js__WEBPACK_IMPORTED_MODULE_12__/* .pct */ .Oe)(limits.minShadowPreference)}`;
    return undefined;
}


/***/ }),

/***/ 279:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mu: () => (/* binding */ trafficWarning),
/* harmony export */   TB: () => (/* binding */ callerRules),
/* harmony export */   pI: () => (/* binding */ FairSample)
/* harmony export */ });
/* unused harmony exports principalMatches, requestKey */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
// Whose requests count as production's traffic, for shadow replay and monitor. The invocation logs
// hold every call to the production endpoint, whoever made it: the application's, but also this
// action's own (promote evaluates production on it, the watch sends smoke runs) and anyone else's
// who may call it. So each logged call's caller (identity.arn) is checked: the action's own
// sessions are never production's traffic, `traffic-principals` (when set) names the only callers
// that are, and no single caller or prompt may dominate the sample (docs/safe-promotion.md).

/** The parts of a principal ARN: an assumed-role session's role, or the principal itself. */
function principal(arn) {
    const m = /^arn:[a-z-]+:sts::(\d{12}):assumed-role\/([^/]+)\/(.+)$/.exec(arn);
    if (m)
        return { account: m[1], role: m[2], session: m[3] };
    return { account: /^arn:[a-z-]+:iam::(\d{12}):/.exec(arn)?.[1] ?? '' };
}
/**
 * Whether `caller` (a logged identity.arn) is `entry` of `traffic-principals`: a role's ARN
 * (`arn:aws:iam::<account>:role/<path/>name`) covers every session of that role; any other ARN
 * is matched whole, `*` standing for any characters.
 */
function principalMatches(entry, caller) {
    const role = /^arn:[a-z-]+:iam::(\d{12}):role\/(?:.*\/)?([^/]+)$/.exec(entry);
    if (role) {
        const p = principal(caller);
        return p.account === role[1] && p.role === role[2];
    }
    const pattern = new RegExp(`^${entry
        .split('*')
        .map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('.*')}$`);
    return pattern.test(caller);
}
function callerRules(settings) {
    const ownRole = settings.roleToAssume?.split('/').pop();
    return {
        own: (caller) => {
            const p = principal(caller);
            return ((ownRole !== undefined && p.role === ownRole) || (p.session?.startsWith(settings.roleSessionName) ?? false));
        },
        allowed: settings.trafficPrincipals.length
            ? (caller) => settings.trafficPrincipals.some((entry) => principalMatches(entry, caller))
            : undefined,
    };
}
/** Production's logs hold more than one caller and nothing says which is the application's. */
const trafficWarning = (callers) => `Production's invocation logs hold requests from ${callers} callers, each counted at most an equal share. Anyone who may call the endpoint can add traffic: set 'traffic-principals' to the application's role so that only its requests count (docs/safe-promotion.md).`;
/** The request as a key: the same system prompt and turns are the same request, whoever sent it. */
const requestKey = (call) => (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256')
    .update(JSON.stringify([call.system.map((b) => b.text), call.messages.map((m) => [m.role, m.content])]))
    .digest('base64');
/** The most callers tracked one by one; past it, the rest share one reservoir. */
const MAX_CALLERS = 1_000;
/** The most distinct requests remembered for deduplication; past it, a repeat is not recognised. */
const MAX_KEYS = 200_000;
/**
 * A fair sample of distinct requests: each distinct request once (its first call), each caller in
 * its own uniform reservoir (Algorithm R, seeded), then at most an equal share of `n` per caller,
 * what a caller does not use going to the others. One caller sending thousands of requests gets the
 * share any other caller gets, and one prompt sent a thousand times counts once.
 */
class FairSample {
    n;
    random;
    reservoirs = new Map();
    keys = new Set();
    /** arrival order: calls logged in the same millisecond keep it, so a rerun draws the same sample in the same order */
    arrival = new Map();
    added = 0;
    duplicates = 0;
    constructor(n, random) {
        this.n = n;
        this.random = random;
    }
    add(call) {
        this.added += 1;
        const key = requestKey(call);
        if (this.keys.has(key)) {
            this.duplicates += 1;
            return;
        }
        if (this.keys.size < MAX_KEYS)
            this.keys.add(key);
        const caller = this.reservoirs.has(call.caller) || this.reservoirs.size < MAX_CALLERS ? call.caller : '(other callers)';
        let r = this.reservoirs.get(caller);
        if (!r)
            this.reservoirs.set(caller, (r = { eligible: 0, calls: [] }));
        r.eligible += 1;
        if (r.calls.length < this.n)
            r.calls.push(call);
        else {
            const j = Math.floor(this.random() * r.eligible);
            if (j >= this.n)
                return;
            this.arrival.delete(r.calls[j]);
            r.calls[j] = call;
        }
        this.arrival.set(call, this.added);
    }
    /** The sample, oldest first: equal shares, the unused part of a share filled from the others'. */
    take() {
        // shuffled (seeded): a reservoir's first places lean towards its first calls
        const pools = [...this.reservoirs.values()].map((r) => {
            const calls = [...r.calls];
            for (let i = calls.length - 1; i > 0; i--) {
                const j = Math.floor(this.random() * (i + 1));
                [calls[i], calls[j]] = [calls[j], calls[i]];
            }
            return calls;
        });
        const taken = [];
        let open = pools.filter((p) => p.length);
        while (taken.length < this.n && open.length) {
            const share = Math.max(1, Math.floor((this.n - taken.length) / open.length));
            for (const pool of open)
                taken.push(...pool.splice(0, Math.min(share, this.n - taken.length)));
            open = open.filter((p) => p.length);
        }
        taken.sort((a, b) => a.at.getTime() - b.at.getTime() || this.arrival.get(a) - this.arrival.get(b));
        const distinct = [...this.reservoirs.values()].reduce((a, r) => a + r.eligible, 0);
        return { calls: taken, callers: this.reservoirs.size, distinct };
    }
}


/***/ }),

/***/ 3270:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ trainedJob),
/* harmony export */   P: () => (/* binding */ findTrained)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3916);
/* harmony import */ var _grid_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6318);
/* harmony import */ var _launch_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6081);
/* harmony import */ var _provenance_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2203);
/* harmony import */ var _train_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6246);





/**
 * The latest job trained from this data with a point's settings (the identity `run` gives it),
 * checked to have been created from these very files: evaluate and promote never train, they find.
 */
async function trainedJob(p, point) {
    const { store, validation, io } = p;
    const settings = (0,_grid_js__WEBPACK_IMPORTED_MODULE_0__/* .pointSettings */ .YB)(p.settings, point);
    const files = await (0,_train_js__WEBPACK_IMPORTED_MODULE_3__/* .datasetFiles */ .gm)(settings, validation, io);
    const { identity, base } = (0,_launch_js__WEBPACK_IMPORTED_MODULE_1__/* .trainingIdentity */ .Zm)(settings, store, files);
    let job;
    try {
        job = (await (0,_launch_js__WEBPACK_IMPORTED_MODULE_1__/* .latestAttempt */ .N7)(p.services.jobs, settings, identity, base)).job;
    }
    catch (error) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .awsFailure */ .MT)(`Could not look for the model trained from this data (${base})`, error, 'Check that the role may bedrock:ListModelCustomizationJobs and GetModelCustomizationJob.');
    }
    if (job)
        (0,_provenance_js__WEBPACK_IMPORTED_MODULE_2__/* .verifyProvenance */ .T)(job, settings, store, files);
    return { job, base, files };
}
/** Each point's job as found (never trained here), with the loss curves of those that completed. */
async function findTrained(p) {
    const jobs = [];
    const missing = [];
    for (const point of (0,_grid_js__WEBPACK_IMPORTED_MODULE_0__/* .gridOf */ .y_)(p.settings)) {
        const { job, base } = await trainedJob(p, point);
        if (!job) {
            missing.push(base);
            if (p.settings.sweep)
                p.io.notice(`${point.id} (${(0,_grid_js__WEBPACK_IMPORTED_MODULE_0__/* .pointLabel */ .HV)(point)}): no job ${base} yet; 'command: run' trains it.`);
            continue;
        }
        const loss = job.status === 'Completed'
            ? await (0,_train_js__WEBPACK_IMPORTED_MODULE_3__/* .readLossCurves */ .wS)(p.store, `jobs/${job.name}/`).catch(() => undefined)
            : undefined;
        jobs.push({ point, job, created: false, loss });
    }
    return { jobs, missing };
}


/***/ })

};
