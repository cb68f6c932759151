export const id = 727;
export const ids = [727];
export const modules = {

/***/ 3727:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createAwsClients: () => (/* binding */ createAwsClients),
  keepAlive: () => (/* binding */ keepAlive)
});

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-bedrock/dist-cjs/index.js
var dist_cjs = __webpack_require__(3701);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-bedrock-runtime/dist-cjs/index.js
var client_bedrock_runtime_dist_cjs = __webpack_require__(7462);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-lambda/dist-cjs/index.js
var client_lambda_dist_cjs = __webpack_require__(1696);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-pricing/dist-cjs/index.js
var client_pricing_dist_cjs = __webpack_require__(4453);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-s3/dist-cjs/index.js
var client_s3_dist_cjs = __webpack_require__(3711);
// EXTERNAL MODULE: ./node_modules/@smithy/node-http-handler/dist-cjs/index.js
var node_http_handler_dist_cjs = __webpack_require__(1279);
// EXTERNAL MODULE: ./node_modules/@smithy/util-retry/dist-cjs/index.js
var util_retry_dist_cjs = __webpack_require__(5518);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/github/client.ts
var client = __webpack_require__(6584);
// EXTERNAL MODULE: ./node_modules/minimatch/dist/esm/index.js + 8 modules
var esm = __webpack_require__(1138);
// EXTERNAL MODULE: ./src/io/printable.ts
var printable = __webpack_require__(387);
;// CONCATENATED MODULE: ./src/github/trust.ts
// Who may spend money and touch production. A pull request's data, test set and workflow file are
// untrusted, and so is anyone who can open one. This check runs inside the AWS client factory, so
// no command can reach STS, S3 or Bedrock without passing it.



/** Events whose code and data are the repository's own (a branch or tag of it, or its default branch). */
const OWN_EVENTS = new Set(['push', 'release', 'workflow_dispatch', 'schedule', 'repository_dispatch', 'merge_group']);
/** What may change production: the release workflow's events, on the default branch or a tag. */
const RELEASE_EVENTS = new Set(['push', 'release', 'workflow_dispatch', 'schedule']);
/** Where this run's code and data come from: the repository's full name, or why it cannot be told. */
async function origin(context, lookup) {
    const event = context.eventName;
    if (context.pullRequest) {
        return { repo: context.pullRequest.headRepo, what: 'pull request' };
    }
    if (event === 'workflow_run') {
        if (context.workflowRunHeadRepo === undefined)
            throw unknownOrigin(event, 'the event has no workflow_run');
        return { repo: context.workflowRunHeadRepo, what: "workflow_run's triggering run" };
    }
    if (event === 'issue_comment') {
        if (context.issuePullRequest === undefined)
            return { repo: context.repository ?? '', what: 'issue comment' };
        if (!lookup)
            throw unknownOrigin(event, "reading the pull request needs 'github-token'");
        try {
            return {
                repo: await lookup.headRepo(context.issuePullRequest),
                what: `comment's pull request (#${context.issuePullRequest})`,
            };
        }
        catch (error) {
            throw unknownOrigin(event, `pull request #${context.issuePullRequest} could not be read (${error.message})`);
        }
    }
    if (OWN_EVENTS.has(event))
        return { repo: context.repository ?? '', what: `${event} event` };
    throw unknownOrigin(event, 'bedrock-model-ci does not know where its code comes from');
}
function unknownOrigin(event, why) {
    return new errors/* UserError */.yo(`This run was triggered by '${event || 'an unknown event'}', and ${why}, so the action stops before touching AWS. ` +
        `Run it on pull_request, push, release, workflow_dispatch, schedule, workflow_run or issue_comment.`);
}
/**
 * Refuses, before any AWS call: code from a fork (unless 'allow-forks'), events whose origin
 * cannot be established, and changes to production from anything but the release workflow's
 * events on the default branch or a tag.
 */
async function checkOrigin(settings, context, lookup) {
    // The CLI on someone's machine: the person running it, with their own credentials, is the origin.
    // (A workflow step that hides GITHUB_ACTIONS runs code of its own anyway: the roles stop that.)
    if (!context.inActions)
        return;
    const from = await origin(context, lookup);
    const fork = !context.repository || from.repo !== context.repository;
    if (fork && !settings.allowForks) {
        throw new errors/* UserError */.yo(`This ${from.what} comes from a fork (${from.repo || 'a deleted repository'}), so the action stops before touching AWS; the datasets were validated. ` +
            `To train and evaluate fork pull requests, set 'allow-forks: true', preferably behind an environment with required reviewers.`);
    }
    if (settings.command === 'promote' || settings.command === 'rollback' || settings.command === 'prune') {
        const ref = context.ref ?? '';
        const onDefault = context.defaultBranch !== undefined && ref === `refs/heads/${context.defaultBranch}`;
        const tag = ref.startsWith('refs/tags/') ? ref.slice('refs/tags/'.length) : undefined;
        // Any writer can push a tag: only tags the release process names (and protects) are release refs.
        const releaseTag = tag !== undefined &&
            (context.eventName === 'release' || settings.releaseTags.some((glob) => (0,esm/* minimatch */.xF)(tag, glob, { dot: true })));
        const trusted = RELEASE_EVENTS.has(context.eventName) && !fork && (onDefault || releaseTag);
        if (!trusted) {
            const tags = settings.releaseTags.length ? settings.releaseTags.map((g) => `'${g}'`).join(', ') : 'none';
            throw new errors/* UserError */.yo(`'command: ${settings.command}' ${settings.command === 'prune' ? 'deletes models' : 'changes production'}, so it runs only on push, release, workflow_dispatch or schedule on the default branch${context.defaultBranch ? ` (${context.defaultBranch})` : ''} or a release tag (input 'release-tags': ${tags}; or a 'release' event); ` +
                `this run is '${context.eventName || 'unknown'}' on '${(0,printable/* printable */.g)(ref) || 'no ref'}'. Run it from the release workflow (see docs/workflows.md)` +
                (tag !== undefined
                    ? `, or add the tag's pattern to 'release-tags' and protect it with a tag protection rule.`
                    : '.'));
        }
    }
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/credential-providers/dist-cjs/index.js
var credential_providers_dist_cjs = __webpack_require__(9719);
;// CONCATENATED MODULE: ./src/aws/credentials.ts


const REFRESH_BEFORE_MS = 5 * 60_000;
/**
 * Caches credentials until five minutes before they expire, or until `invalidate()` (after an
 * ExpiredToken error: a role session can end before its declared expiry). One fetch at a time.
 */
function refreshable(fetch, now = Date.now) {
    let cached;
    let inflight;
    const provider = (async () => {
        if (cached && (!cached.expiration || cached.expiration.getTime() - now() > REFRESH_BEFORE_MS))
            return cached;
        inflight ??= fetch().finally(() => (inflight = undefined));
        cached = await inflight;
        return cached;
    });
    provider.memoized = true;
    provider.invalidate = () => {
        cached = undefined;
    };
    return provider;
}
/**
 * With `role-to-assume`: a fresh GitHub OIDC token and AssumeRoleWithWebIdentity on every refresh,
 * so waits longer than the role's session keep working. Without: the default credential chain.
 * Every credential and token is masked before anything can log it.
 */
function awsCredentials(options) {
    const { io, roleToAssume } = options;
    const mask = (c) => {
        io.setSecret(c.accessKeyId);
        io.setSecret(c.secretAccessKey);
        if (c.sessionToken)
            io.setSecret(c.sessionToken);
        return c;
    };
    if (!roleToAssume) {
        const chain = (0,credential_providers_dist_cjs/* fromNodeProviderChain */.br)();
        return refreshable(async () => {
            try {
                return mask(await chain());
            }
            catch (error) {
                throw new errors/* UserError */.yo(`No AWS credentials: ${(0,errors/* messageOf */.bD)(error)}. Set 'role-to-assume' (with 'permissions: id-token: write'), or run aws-actions/configure-aws-credentials before this step.`);
            }
        });
    }
    return refreshable(async () => {
        let token;
        try {
            token = await options.getIdToken('sts.amazonaws.com');
        }
        catch (error) {
            throw new errors/* UserError */.yo(`Could not get a GitHub OIDC token to assume '${roleToAssume}': ${(0,errors/* messageOf */.bD)(error)}. Give the job 'permissions: id-token: write'. (Pull requests from forks get no OIDC token.)`);
        }
        io.setSecret(token);
        try {
            const credentials = await (0,credential_providers_dist_cjs/* fromWebToken */.G7)({
                roleArn: roleToAssume,
                webIdentityToken: token,
                roleSessionName: options.roleSessionName,
                clientConfig: { region: options.region },
            })();
            return mask(credentials);
        }
        catch (error) {
            const name = error.name ?? 'Error';
            const subject = options.context.oidcSubject ? ` For this run, 'sub' is '${options.context.oidcSubject}'.` : '';
            throw new errors/* UserError */.yo(`Could not assume role '${roleToAssume}' with the GitHub OIDC token: ${name}: ${(0,errors/* messageOf */.bD)(error)}. ` +
                `Check the role's trust policy: it must trust the OIDC provider token.actions.githubusercontent.com with 'aud' sts.amazonaws.com and a 'sub' condition matching this workflow.${subject}`);
        }
    });
}
/**
 * The SDK's names for an expired or revoked session, across services and protocols. A HEAD
 * request's error has no body to name it (S3 answers an expired token on HeadObject with a bare
 * 400 or 403, which the SDK calls 'Unknown' or by the status): that may be an expired session
 * too, and one retry with fresh credentials tells.
 */
function isExpiredCredentials(error) {
    const e = error;
    const name = e?.name ?? '';
    if (name === 'ExpiredTokenException' || name === 'ExpiredToken' || name === 'RequestExpired')
        return true;
    const status = e?.$metadata?.httpStatusCode;
    return (status === 400 || status === 403) && (name === 'Unknown' || name === 'BadRequest' || name === 'Forbidden');
}

;// CONCATENATED MODULE: ./src/aws/clients.ts











/**
 * Connections kept open and reused. The runtime client's default handler is HTTP/2 with one
 * session per request (`disableConcurrentStreams`, for its bidirectional streams, which the action
 * never uses): a TCP and TLS handshake for every evaluated record. HTTP/1.1 keep-alive, with a socket
 * for each of 'eval-concurrency''s up to 128 calls, reuses them (bench/connections.ts measures it).
 */
function keepAlive(maxSockets = 128) {
    // options, not Agent instances: the handler then owns the agents, and destroy() closes them
    return new node_http_handler_dist_cjs.NodeHttpHandler({
        httpAgent: { keepAlive: true, maxSockets },
        httpsAgent: { keepAlive: true, maxSockets },
    });
}
/** A session that ends before its declared expiry: fetch new credentials once and try again. */
function refreshOnExpiry(client, credentials) {
    const stack = client.middlewareStack;
    stack.add((next) => async (args) => {
        try {
            return await next(args);
        }
        catch (error) {
            if (!isExpiredCredentials(error))
                throw error;
            credentials.invalidate();
            return next(args);
        }
    }, { step: 'initialize', name: 'bedrockModelCiRefreshExpiredCredentials' });
}
/**
 * Adaptive retry, up to 8 attempts: throttling slows the action down instead of failing it. With a
 * backoff scale, the SDK's backoff (full jitter, doubling from its base, at most 20 s) shrinks by
 * it, and its rate limiter's floor rises by it, so that a test riding out a storm of throttling
 * does not sleep through real seconds.
 */
function retry(scale = 1) {
    if (scale === 1)
        return { retryMode: 'adaptive', maxAttempts: 8 };
    let base = util_retry_dist_cjs/* DEFAULT_RETRY_DELAY_BASE */.bp;
    const backoff = {
        setDelayBase: (delay) => void (base = delay),
        computeNextBackoffDelay: (i) => Math.floor(scale * Math.random() * Math.min(base * 2 ** i, util_retry_dist_cjs/* MAXIMUM_RETRY_DELAY */.G8)),
    };
    // The adaptive mode's client-side rate limiter refills in real seconds (at least 0.5 requests a
    // second after throttling): its floor rises by the same scale.
    const rateLimiter = new util_retry_dist_cjs/* DefaultRateLimiter */.QJ({ minFillRate: 0.5 / scale, minCapacity: 1 / scale });
    return { retryStrategy: new util_retry_dist_cjs/* AdaptiveRetryStrategy */.Y(8, { backoff, rateLimiter }) };
}
/**
 * The one place AWS clients are made, after checking that this run may touch AWS at all (see
 * github/trust.ts): region, credentials, adaptive retry (see retry()) and the standard AWS_ENDPOINT_URL_* variables, which the SDK
 * reads itself; with an S3 endpoint override, path-style addressing.
 */
async function createAwsClients(options) {
    const { settings, io, context } = options;
    const github = settings.githubToken && context.repository
        ? new client/* GitHub */.gq(settings.githubToken, context.repository, context.apiUrl)
        : undefined;
    await checkOrigin(settings, context, github && { headRepo: (n) => github.pullRequestHead(n) });
    const env = options.env ?? process.env;
    const region = settings.awsRegion;
    if (!region)
        throw new errors/* UserError */.yo(`No AWS region: set input 'aws-region' (or AWS_REGION in the environment, e.g. through aws-actions/configure-aws-credentials).`);
    const credentials = awsCredentials({
        region,
        roleToAssume: settings.roleToAssume,
        roleSessionName: settings.roleSessionName,
        context,
        io,
        getIdToken: options.getIdToken,
    });
    const common = { region, credentials, ...retry(options.backoffScale) };
    const s3 = new client_s3_dist_cjs.S3Client({ ...common, forcePathStyle: Boolean(env.AWS_ENDPOINT_URL_S3 || env.AWS_ENDPOINT_URL) });
    const bedrock = new dist_cjs/* BedrockClient */.eDv(common);
    // One attempt per call: the evaluation runner retries, so throttling can shape its concurrency
    // (measured: the SDK's adaptive mode under a quota ran at half the possible rate).
    const runtime = new client_bedrock_runtime_dist_cjs/* BedrockRuntimeClient */.mam({ region, credentials, maxAttempts: 1, requestHandler: keepAlive() });
    // Likewise for the grader: its batches share the evaluation's runner and its retries.
    const lambda = new client_lambda_dist_cjs/* LambdaClient */.Nox({ region, credentials, maxAttempts: 1 });
    const pricing = new client_pricing_dist_cjs/* PricingClient */.c4({ ...common, region: 'us-east-1' });
    for (const client of [s3, bedrock, runtime, lambda, pricing])
        refreshOnExpiry(client, credentials);
    return {
        region,
        s3,
        bedrock,
        runtime,
        lambda,
        pricing,
        credentials,
        destroy: () => {
            s3.destroy();
            bedrock.destroy();
            runtime.destroy();
            lambda.destroy();
            pricing.destroy();
        },
    };
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


/***/ })

};
