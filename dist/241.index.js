export const id = 241;
export const ids = [241];
export const modules = {

/***/ 3081:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ CustomModels)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_bedrock__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3701);
// The custom models a customization job leaves behind, each billed for storage every month.
// API reference: ListCustomModels (GET /custom-models: nameContains, paged by nextToken; summaries
// carry modelArn, modelName, creationTime, baseModelArn), DeleteCustomModel (DELETE
// /custom-models/{modelIdentifier}; ConflictException, HTTP 400, when the operation conflicts,
// e.g. a deployment or Provisioned Throughput still serves it; ResourceNotFoundException when it is
// gone) and ListTagsForResource.

class CustomModels {
    client;
    constructor(client) {
        this.client = client;
    }
    /** Every custom model whose name starts with `prefix` (all pages; the API filters by "contains"). */
    async named(prefix) {
        const out = [];
        for await (const page of (0,_aws_sdk_client_bedrock__WEBPACK_IMPORTED_MODULE_0__/* .paginateListCustomModels */ .ZcU)({ client: this.client, pageSize: 100 }, { nameContains: prefix }))
            for (const m of page.modelSummaries ?? [])
                if (m.modelName?.startsWith(prefix))
                    out.push({ arn: m.modelArn, name: m.modelName, createdAt: m.creationTime, baseModelArn: m.baseModelArn });
        return out;
    }
    /** One model's base model and creation time (GetCustomModel). */
    async get(arn) {
        const m = await this.client.send(new _aws_sdk_client_bedrock__WEBPACK_IMPORTED_MODULE_0__/* .GetCustomModelCommand */ .K5d({ modelIdentifier: arn }));
        return { arn: m.modelArn ?? arn, name: m.modelName ?? '', createdAt: m.creationTime, baseModelArn: m.baseModelArn };
    }
    async tags(arn) {
        const r = await this.client.send(new _aws_sdk_client_bedrock__WEBPACK_IMPORTED_MODULE_0__/* .ListTagsForResourceCommand */ .a_e({ resourceARN: arn }));
        return new Map((r.tags ?? []).map((t) => [t.key, t.value]));
    }
    /** Deletes a model: 'deleted', 'gone' (already), or 'in-use' with Bedrock's reason (ConflictException). */
    async delete(arn) {
        try {
            await this.client.send(new _aws_sdk_client_bedrock__WEBPACK_IMPORTED_MODULE_0__/* .DeleteCustomModelCommand */ .Frv({ modelIdentifier: arn }));
            return { outcome: 'deleted' };
        }
        catch (error) {
            const name = error.name;
            if (name === 'ResourceNotFoundException')
                return { outcome: 'gone' };
            if (name === 'ConflictException')
                return { outcome: 'in-use', reason: error.message };
            throw error;
        }
    }
}


/***/ }),

/***/ 241:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  prune: () => (/* binding */ prune_prune)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/aws/custom-models.ts
var custom_models = __webpack_require__(3081);
// EXTERNAL MODULE: ./src/aws/deployments.ts
var aws_deployments = __webpack_require__(7409);
// EXTERNAL MODULE: ./src/github/client.ts
var client = __webpack_require__(6584);
// EXTERNAL MODULE: ./src/registry/manifest.ts
var manifest = __webpack_require__(506);
// EXTERNAL MODULE: ./src/registry/prune.ts
var prune = __webpack_require__(5735);
// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(4031);
// EXTERNAL MODULE: ./src/pricing/prices.ts
var prices = __webpack_require__(5142);
;// CONCATENATED MODULE: ./src/report/prune.ts


const usd = (x) => (x === undefined ? '—' : `\\$${(0,prices/* formatUsd */.UK)(x)}`);
const ACTION = {
    kept: 'kept',
    'would-delete': '🗑️ would delete',
    deleted: '🗑️ deleted',
    'in-use': '⚠️ in use: kept',
    failed: '❌ not deleted',
};
function pruneSummary(modelName, rows, apply, savings) {
    const going = rows.filter((r) => r.action === 'would-delete' || r.action === 'deleted');
    const priced = going.every((r) => r.storagePerMonth !== undefined);
    const verdict = apply
        ? `Deleted ${going.length} of ${rows.length} custom models: ${usd(savings)} a month of storage saved${priced ? '' : ' (some without a price)'}.`
        : `Dry run: ${going.length} of ${rows.length} custom models would be deleted, saving ${usd(savings)} a month${priced ? '' : ' (some without a price)'}. Set \`prune: apply\` to delete them.`;
    const lines = [`## 🧹 \`${(0,report_escape/* mdText */.b)(modelName, 40)}\`: prune`, '', verdict, ''];
    if (rows.length === 0) {
        lines.push(`No custom model named \`${(0,report_escape/* mdText */.b)(modelName, 40)}-…\` in this account and Region.`);
        return lines.join('\n');
    }
    lines.push('| custom model | created | | why | storage a month |', '|---|---|---|---|---:|');
    for (const r of rows)
        lines.push(`| ${(0,report_escape/* mdCode */.x)(r.name, 80)} | ${r.createdAt ? r.createdAt.slice(0, 10) : '—'} | ${ACTION[r.action]} | ${(0,report_escape/* mdText */.b)(r.why, 200)}${r.leftovers?.length ? `; with its evaluation leftovers ${r.leftovers.map((x) => (0,report_escape/* mdCode */.x)(x, 80)).join(', ')}` : ''} | ${usd(r.storagePerMonth)} |`);
    lines.push('', 'Production, a promotion under way and the newest `keep-versions` registry versions are always kept; a model is ours only when its tags say so (docs/prune.md).');
    return lines.join('\n');
}

// EXTERNAL MODULE: ./src/commands/pipeline.ts + 2 modules
var pipeline = __webpack_require__(4813);
;// CONCATENATED MODULE: ./src/commands/prune.ts








/**
 * Deletes the custom models of `model-name` that this action trained and nobody will use, with
 * their evaluation leftovers; a dry run (the default) only lists them. Never production, a
 * promotion under way, the newest `keep-versions` versions, a model something still serves, or a
 * model whose tags do not prove it is this action's.
 */
async function prune_prune(settings, io, deps) {
    const aws = await deps.aws(settings, io);
    try {
        const store = (0,pipeline/* storeFor */.fV)(settings, aws);
        const models = new custom_models/* CustomModels */.W(aws.bedrock);
        const deployments = new aws_deployments.Deployments(aws.bedrock);
        const now = deps.clock.now();
        // The registry decides what is protected: unreadable means nothing is deleted (readRegistry throws).
        const registry = (await (0,manifest/* readRegistry */._5)(store, settings.modelName))?.registry;
        const kept = (0,prune/* protectedVersions */.mG)(registry, settings.keepVersions);
        const repo = deps.context.repository;
        const github = settings.githubToken && repo ? new client/* GitHub */.g(settings.githubToken, repo, deps.context.apiUrl) : undefined;
        const rules = {
            modelName: settings.modelName,
            repository: repo,
            keepVersions: settings.keepVersions,
            afterDays: settings.pruneAfterDays,
            now,
        };
        const found = await io.group('Custom models', async () => {
            const list = await models.named(`${settings.modelName}-`).catch((error) => {
                throw (0,errors/* awsFailure */.MT)(`Could not list the custom models of '${settings.modelName}'`, error, 'The role needs bedrock:ListCustomModels and bedrock:ListTagsForResource (docs/iam.md).');
            });
            io.info(`${list.length} custom model(s) named ${settings.modelName}-…`);
            return list;
        });
        const candidates = [];
        for (const m of found) {
            const tags = await models.tags(m.arn);
            const number = (0,prune/* pullRequestOf */._n)(tags);
            let state;
            if (number && github)
                state = await github.pullRequestState(number).catch((error) => {
                    io.debug(`PR #${number}: ${(0,errors/* messageOf */.bD)(error)}`);
                    return undefined;
                });
            let decision = (0,prune/* decide */.LD)({ arn: m.arn, name: m.name, createdAt: m.createdAt, tags, pullRequest: number ? { number, state } : undefined }, rules, kept);
            // What still serves it: this action's evaluation leftovers go with it; anything else keeps it.
            const leftovers = [];
            if (decision.delete) {
                const serving = [
                    ...(await deployments.forModel(m.arn)).map((d) => ({ ...d, provisioned: false })),
                    ...(await deployments.provisionedFor(m.arn)).map((d) => ({ ...d, provisioned: true })),
                ];
                for (const s of serving) {
                    const t = new Map((await deployments.tags(s.arn)).map((x) => [x.key, x.value]));
                    const evaluation = t.get('managed-by') === 'bedrock-model-ci' &&
                        t.get('model-name') === settings.modelName &&
                        t.get('purpose') === 'evaluation';
                    if (evaluation) {
                        leftovers.push(s);
                        continue;
                    }
                    decision = {
                        delete: false,
                        why: `${decision.why}, but ${s.provisioned ? 'Provisioned Throughput' : 'deployment'} ${s.name} still serves it`,
                    };
                    break;
                }
            }
            candidates.push({
                row: {
                    name: m.name,
                    arn: m.arn,
                    createdAt: m.createdAt?.toISOString(),
                    action: decision.delete ? 'would-delete' : 'kept',
                    why: decision.why,
                    ...(decision.delete && leftovers.length ? { leftovers: leftovers.map((l) => l.name) } : {}),
                },
                base: m.baseModelArn?.split('foundation-model/')[1],
                leftovers: decision.delete ? leftovers : [],
            });
        }
        // Storage prices of the models' base models, from the same price book as the PR comment.
        const bases = [...new Set(candidates.map((c) => c.base).filter((x) => Boolean(x)))];
        const prices = bases.length ? await (0,pipeline/* priceBook */.Nr)({ settings, aws, store, deps, io }, bases) : undefined;
        const done = [];
        for (const c of candidates) {
            const row = { ...c.row, storagePerMonth: c.base ? prices?.get(c.base, 'storage')?.usd : undefined };
            if (!settings.pruneApply || row.action !== 'would-delete') {
                done.push(row);
                continue;
            }
            try {
                for (const l of c.leftovers) {
                    if (l.provisioned)
                        await deployments.deleteProvisioned(l.arn);
                    else
                        await deployments.delete(l.arn);
                }
                const outcome = await models.delete(row.arn);
                if (outcome.outcome === 'in-use') {
                    done.push({ ...row, action: 'in-use', why: `${row.why}; Bedrock refused: ${outcome.reason}` });
                    io.warning(`Kept ${row.name}: Bedrock says it is in use (${outcome.reason}).`);
                }
                else {
                    done.push({ ...row, action: 'deleted' });
                    io.info(`Deleted ${row.name} (${row.why}).`);
                }
            }
            catch (error) {
                done.push({ ...row, action: 'failed', why: `${row.why}; ${(0,errors/* messageOf */.bD)(error)}` });
                io.warning((0,errors/* awsFailure */.MT)(`Could not delete ${row.name}`, error, 'The release role needs bedrock:DeleteCustomModel on custom models tagged managed-by=bedrock-model-ci (docs/iam.md).').message);
            }
        }
        for (const r of done)
            io.info(`${r.action === 'kept' ? 'keep  ' : r.action.padEnd(6)} ${r.name}: ${r.why}`);
        const savings = done
            .filter((r) => r.action === (settings.pruneApply ? 'deleted' : 'would-delete'))
            .reduce((a, r) => a + (r.storagePerMonth ?? 0), 0);
        io.setOutput('pruned', JSON.stringify(done));
        io.setOutput('monthly-savings', savings.toFixed(2));
        await io.summary(pruneSummary(settings.modelName, done, settings.pruneApply, savings));
        if (done.some((r) => r.action === 'failed'))
            io.warning('Some models could not be deleted; the summary says which and why. The next run tries again.');
    }
    finally {
        aws.destroy();
    }
}


/***/ }),

/***/ 5735:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LD: () => (/* binding */ decide),
/* harmony export */   _n: () => (/* binding */ pullRequestOf),
/* harmony export */   mG: () => (/* binding */ protectedVersions)
/* harmony export */ });
const DAY_MS = 86_400_000;
/** The pull request number a model's `pull-request` tag names, if it is one. */
function pullRequestOf(tags) {
    const value = tags.get('pull-request');
    return value && /^[1-9]\d{0,9}$/.test(value) ? Number(value) : undefined;
}
/** The versions prune never touches: production, a promotion under way, and the newest `keepVersions`. */
function protectedVersions(registry, keepVersions) {
    const kept = new Map();
    if (!registry)
        return kept;
    const byArn = (version) => registry.versions.find((v) => v.version === version);
    const production = byArn(registry.production);
    if (production)
        kept.set(production.customModelArn, `production (v${production.version})`);
    const pending = byArn(registry.pending);
    if (pending && !kept.has(pending.customModelArn))
        kept.set(pending.customModelArn, `being promoted (v${pending.version})`);
    const newest = [...registry.versions].sort((a, b) => b.version - a.version).slice(0, keepVersions);
    for (const v of newest)
        if (!kept.has(v.customModelArn))
            kept.set(v.customModelArn, `registry v${v.version}, among the newest ${keepVersions}`);
    return kept;
}
function decide(facts, rules, kept) {
    const { tags } = facts;
    if (tags.get('managed-by') !== 'bedrock-model-ci' || tags.get('model-name') !== rules.modelName)
        return { delete: false, why: `not created by bedrock-model-ci for '${rules.modelName}' (its tags do not say so)` };
    const repository = tags.get('repository');
    if (repository && rules.repository && repository !== rules.repository)
        return { delete: false, why: `created for another repository (${repository})` };
    const protection = kept.get(facts.arn);
    if (protection)
        return { delete: false, why: protection };
    const ageDays = facts.createdAt ? (rules.now - facts.createdAt.getTime()) / DAY_MS : undefined;
    const old = ageDays !== undefined && ageDays > rules.afterDays;
    const age = ageDays === undefined ? 'age unknown' : `${Math.floor(ageDays)} days old`;
    const pr = facts.pullRequest;
    if (pr?.state === 'closed')
        return { delete: true, why: `PR #${pr.number} is closed` };
    if (old)
        return { delete: true, why: `${age} (prune-after-days: ${rules.afterDays})` };
    if (pr?.state === 'open')
        return { delete: false, why: `PR #${pr.number} is open, ${age}` };
    return { delete: false, why: `${age}, not older than prune-after-days (${rules.afterDays})` };
}


/***/ })

};
