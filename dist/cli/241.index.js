export const id = 241;
export const ids = [241];
export const modules = {

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

// EXTERNAL MODULE: ./src/pricing/book.ts
var book = __webpack_require__(7813);
// EXTERNAL MODULE: ./src/services.ts + 8 modules
var services = __webpack_require__(2473);
;// CONCATENATED MODULE: ./src/commands/prune.ts







/**
 * Deletes the custom models of `model-name` that this action trained and nobody will use, with
 * their evaluation leftovers; a dry run (the default) only lists them. Never production, a
 * promotion under way, the newest `keep-versions` versions, a model something still serves, or a
 * model whose tags do not prove it is this action's.
 */
async function prune_prune(settings, io, deps) {
    await (0,services/* withSession */.fQ)(settings, deps, io, async (session) => {
        const { store, services } = session;
        const { models, deployments } = services;
        const now = deps.clock.now();
        // The registry decides what is protected: unreadable means nothing is deleted (readRegistry throws).
        const registry = (await (0,manifest/* readRegistry */._5)(store, settings.modelName))?.registry;
        const kept = (0,prune/* protectedVersions */.mG)(registry, settings.keepVersions);
        const repo = deps.context.repository;
        const github = settings.githubToken && repo ? new client/* GitHub */.gq(settings.githubToken, repo, deps.context.apiUrl) : undefined;
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
        const prices = bases.length ? await (0,book/* priceBook */.N)(session, bases) : undefined;
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
    });
}


/***/ }),

/***/ 6584:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gT: () => (/* binding */ selfLogin),
/* harmony export */   gq: () => (/* binding */ GitHub)
/* harmony export */ });
/* unused harmony export ACTIONS_BOT */
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(157);

/** The GitHub REST calls the action makes, on one Octokit with the run's token and API URL. */
/** The identity GITHUB_TOKEN writes as. */
const ACTIONS_BOT = 'github-actions[bot]';
/** Who a token writes as: its user, or the Actions bot for GITHUB_TOKEN. */
const selfLogin = async (github) => (await github.login()) ?? ACTIONS_BOT;
class GitHub {
    octokit;
    owner;
    repo;
    constructor(token, repository, apiUrl) {
        this.octokit = (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(token, { baseUrl: apiUrl });
        [this.owner, this.repo] = repository.split('/');
    }
    /** The token's own login, or undefined for an installation token (GITHUB_TOKEN), which cannot ask. */
    async login() {
        try {
            return (await this.octokit.rest.users.getAuthenticated()).data.login;
        }
        catch {
            return undefined;
        }
    }
    async comments(issue) {
        const all = await this.octokit.paginate(this.octokit.rest.issues.listComments, {
            owner: this.owner,
            repo: this.repo,
            issue_number: issue,
            per_page: 100,
        });
        return all.map((c) => ({ id: c.id, body: c.body ?? '', author: c.user?.login ?? '', url: c.html_url }));
    }
    async createComment(issue, body) {
        const c = (await this.octokit.rest.issues.createComment({ owner: this.owner, repo: this.repo, issue_number: issue, body })).data;
        return { id: c.id, body: c.body ?? '', author: c.user?.login ?? '', url: c.html_url };
    }
    async updateComment(id, body) {
        const c = (await this.octokit.rest.issues.updateComment({ owner: this.owner, repo: this.repo, comment_id: id, body })).data;
        return { id: c.id, body: c.body ?? '', author: c.user?.login ?? '', url: c.html_url };
    }
    async deleteComment(id) {
        await this.octokit.rest.issues.deleteComment({ owner: this.owner, repo: this.repo, comment_id: id });
    }
    /** The repository a pull request's head branch lives in ('' for a deleted fork). */
    async pullRequestHead(number) {
        const pr = (await this.octokit.rest.pulls.get({ owner: this.owner, repo: this.repo, pull_number: number })).data;
        return pr.head.repo?.full_name ?? '';
    }
    /**
     * The issue (not pull request) this token's identity opened whose body starts with `marker`,
     * open or closed, if any. Anyone may open an issue that carries the marker: only our own is ours.
     */
    async findIssue(marker, author) {
        for await (const page of this.octokit.paginate.iterator(this.octokit.rest.issues.listForRepo, {
            owner: this.owner,
            repo: this.repo,
            state: 'all',
            per_page: 100,
        })) {
            const found = page.data.find((i) => !i.pull_request && i.user?.login === author && (i.body ?? '').startsWith(marker));
            if (found)
                return { number: found.number, body: found.body ?? '', url: found.html_url };
        }
        return undefined;
    }
    async createIssue(title, body, state) {
        const i = (await this.octokit.rest.issues.create({ owner: this.owner, repo: this.repo, title, body })).data;
        if (state === 'closed')
            return this.updateIssue(i.number, { state });
        return { number: i.number, url: i.html_url };
    }
    async updateIssue(number, change) {
        const i = (await this.octokit.rest.issues.update({ owner: this.owner, repo: this.repo, issue_number: number, ...change })).data;
        return { number: i.number, url: i.html_url };
    }
    /** Whether a pull request is open or closed (merged counts as closed). */
    async pullRequestState(number) {
        const pr = (await this.octokit.rest.pulls.get({ owner: this.owner, repo: this.repo, pull_number: number })).data;
        return pr.state === 'open' ? 'open' : 'closed';
    }
    /** A file as of a commit, raw (the JSON form carries no content above 1 MB); undefined if absent. */
    async fileAt(repoPath, ref) {
        try {
            const r = await this.octokit.request('GET /repos/{owner}/{repo}/contents/{path}', {
                owner: this.owner,
                repo: this.repo,
                path: repoPath,
                ref,
                mediaType: { format: 'raw' },
            });
            return String(r.data);
        }
        catch (error) {
            if (error.status === 404)
                return undefined;
            throw error;
        }
    }
}


/***/ }),

/***/ 7813:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ priceBook)
/* harmony export */ });
/* unused harmony export priceCacheScope */
/* harmony import */ var _training_grid_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6318);
/* harmony import */ var _prices_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5142);


/** The prices of every model this run uses (each point's base and custom models, teacher, judge), from the price list and `prices`. */
async function priceBook(p, models) {
    const { settings, aws, store, deps, io } = p;
    return (0,_prices_js__WEBPACK_IMPORTED_MODULE_1__/* .lookupPrices */ .XD)({
        region: aws.region,
        models: models ?? [
            ...(0,_training_grid_js__WEBPACK_IMPORTED_MODULE_0__/* .gridOf */ .y_)(settings).flatMap((x) => [x.baseModel.id, x.baseModelInferenceId]),
            ...(settings.teacherModel ? [settings.teacherModel] : []),
            ...(settings.scorer === 'judge' ? [settings.judgeModel] : []),
        ],
        overrides: settings.prices,
        priceList: p.services.priceList,
        store,
        cacheScope: priceCacheScope(settings.roleToAssume),
        now: deps.clock.now(),
        io,
    });
}
/** The price cache's folder: the assumed role's name (each role's policy lets it write only its own). */
const priceCacheScope = (roleArn) => roleArn ? roleArn.slice(roleArn.lastIndexOf('/') + 1).replace(/[^A-Za-z0-9+=,.@_-]/g, '-') : 'default-credentials';


/***/ }),

/***/ 506:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Iq: () => (/* binding */ intendedVersion),
/* harmony export */   Vu: () => (/* binding */ emptyRegistry),
/* harmony export */   _5: () => (/* binding */ readRegistry),
/* harmony export */   ix: () => (/* binding */ productionVersion),
/* harmony export */   p3: () => (/* binding */ updateRegistry)
/* harmony export */ });
/* unused harmony export registryPath */
/* harmony import */ var _aws_s3_store_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8071);

const registryPath = (modelName) => `registry/${modelName}.json`;
async function readRegistry(store, modelName) {
    const found = await store.getText(registryPath(modelName));
    if (!found)
        return undefined;
    return { registry: JSON.parse(found.text), etag: found.etag };
}
const versionOf = (registry, version) => version === undefined ? undefined : registry?.versions.find((v) => v.version === version);
/** The version the endpoint serves. */
function productionVersion(registry) {
    return versionOf(registry, registry?.production);
}
/** What production is or is becoming: the pending version when a move is unfinished. Decisions compare with it. */
function intendedVersion(registry) {
    return versionOf(registry, registry?.pending ?? registry?.production);
}
/**
 * Reads the registry, lets `decide` look at it, and writes what it decided with a conditional
 * write: If-Match on the ETag read, or If-None-Match: * when there was none. Two writers cannot
 * both win: the loser's write fails, and it reads again and decides again on what the winner wrote.
 */
async function updateRegistry(store, modelName, decide, options = {}) {
    const attempts = options.attempts ?? 8;
    for (let attempt = 1;; attempt++) {
        const found = await readRegistry(store, modelName);
        const decision = await decide(found?.registry);
        if (!decision.write)
            return decision.result;
        try {
            await store.putJson(registryPath(modelName), decision.write, found ? { ifMatch: found.etag } : { ifNoneMatch: '*' });
            return decision.result;
        }
        catch (error) {
            if (!(0,_aws_s3_store_js__WEBPACK_IMPORTED_MODULE_0__/* .isPreconditionFailed */ .W)(error) || attempt >= attempts)
                throw error;
            options.onConflict?.(attempt);
        }
    }
}
function emptyRegistry(modelName) {
    return { schema: 1, modelName, versions: [], history: [] };
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
