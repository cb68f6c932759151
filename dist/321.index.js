export const id = 321;
export const ids = [321];
export const modules = {

/***/ 4321:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  monitor: () => (/* binding */ monitor)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/models.ts
var models = __webpack_require__(6293);
;// CONCATENATED MODULE: ./src/monitor/health.ts

const RANK = { ok: 0, warning: 1, 'action-needed': 2 };
const worst = (xs) => xs.reduce((a, b) => (RANK[b] > RANK[a] ? b : a), 'ok');
const atLeast = (status, threshold) => RANK[status] >= RANK[threshold];
const DAY_MS = 86_400_000;
/**
 * A model's lifecycle as a finding: Legacy is a warning; end of life within 90 days a warning,
 * within 30 days (or past) action needed. Custom models stop working at their base model's end of
 * life, and AWS's lifecycle policy allows Legacy periods as short as 45 days.
 */
function lifecycleFinding(l, role, now) {
    const daysLeft = l.endOfLife ? Math.floor((l.endOfLife.getTime() - now) / DAY_MS) : undefined;
    const severity = daysLeft !== undefined && daysLeft <= 30
        ? 'action-needed'
        : (daysLeft !== undefined && daysLeft <= 90) || l.status === 'LEGACY'
            ? 'warning'
            : 'ok';
    return {
        model: l.modelId,
        role,
        status: l.status,
        legacySince: l.legacySince?.toISOString(),
        endOfLife: l.endOfLife?.toISOString(),
        daysLeft,
        severity,
        successor: severity === 'ok' ? undefined : successorOf(l.modelId),
    };
}
/**
 * The model to retrain on when this one retires: the newest this action knows of the same family
 * and kind that supports the same customizations (AWS names no successor in GetFoundationModel).
 */
function successorOf(modelId) {
    const bare = (0,models/* stripRegionPrefix */.h4)(modelId);
    const current = (0,models/* findBaseModel */.Ef)(bare) ?? models/* BASE_MODELS */.vY.find((m) => m.inferenceId === bare);
    if (!current)
        return undefined;
    const size = (label) => label.replace(/\d+ ?/g, '').trim();
    const later = models/* BASE_MODELS */.vY.slice(models/* BASE_MODELS */.vY.indexOf(current) + 1).filter((m) => Object.keys(current.customization).some((k) => k in m.customization));
    return (later.filter((m) => size(m.label) === size(current.label)).at(-1) ?? later.at(-1))?.id;
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/aws/invocation-logs.ts
var invocation_logs = __webpack_require__(8839);
// EXTERNAL MODULE: ./src/dataset/text.ts
var dataset_text = __webpack_require__(1201);
// EXTERNAL MODULE: ./src/dataset/keys.ts
var keys = __webpack_require__(5166);
// EXTERNAL MODULE: ./src/evaluation/judge.ts
var judge = __webpack_require__(7117);
// EXTERNAL MODULE: ./src/evaluation/invoke-ids.ts
var invoke_ids = __webpack_require__(7211);
// EXTERNAL MODULE: ./src/lib/format.ts
var format = __webpack_require__(432);
// EXTERNAL MODULE: ./src/evaluation/shadow.ts
var shadow = __webpack_require__(2544);
// EXTERNAL MODULE: ./src/evaluation/scorers.ts
var scorers = __webpack_require__(5987);
// EXTERNAL MODULE: ./src/evaluation/testset.ts
var testset = __webpack_require__(1714);
// EXTERNAL MODULE: ./src/lib/workspace.ts
var workspace = __webpack_require__(3090);
;// CONCATENATED MODULE: ./src/monitor/drift.ts
// Drift: how far production's requests have moved from what the committed test set measures.
// Two figures, both reported whether or not a threshold is crossed:
// - the share of requests whose prompt is far from every test prompt: cosine similarity over
//   TF-IDF-weighted words (Salton & Buckley 1988, "Term-weighting approaches in automatic text
//   retrieval"), nearest test prompt below FAR_SIMILARITY;
// - for classifiers, the population stability index of production's answer labels against the
//   test set's: PSI = Σ (p − q) · ln(p / q) over labels (Yurdakul 2018, "Statistical properties of
//   the population stability index"; 0.1 is conventionally a shift, 0.25 a large one).
// A hand-written index of a few lines: the libraries that offer TF-IDF (natural, wink) bring far
// more than this needs into an action's bundle.
const FAR_SIMILARITY = 0.2;
/**
 * What of a request is compared: its first MAX_WORDS words, read from its first MAX_CHARS
 * characters. A request's words are its users' to choose: one of 252 kB took 29 s against 5,000
 * test prompts before these bounds and the inverted index (bench/drift.ts).
 */
const MAX_WORDS = 512;
const MAX_CHARS = 16_384;
const words = (text, max = Infinity) => {
    const out = [];
    for (const m of text
        .slice(0, MAX_CHARS)
        .toLowerCase()
        .matchAll(/[\p{L}\p{N}']+/gu)) {
        out.push(m[0]);
        if (out.length >= max)
            break;
    }
    return out;
};
/**
 * Nearest-neighbour similarity of a text to a fixed set of documents (cosine over TF-IDF), through
 * an inverted index: a query costs the postings of its own words, at most MAX_WORDS of them.
 */
class SimilarityIndex {
    df = new Map();
    n;
    norms;
    /** word → the documents holding it, with its weight in each */
    postings = new Map();
    constructor(documents) {
        this.n = documents.length;
        const tokens = documents.map((d) => words(d, MAX_WORDS));
        for (const t of tokens)
            for (const w of new Set(t))
                this.df.set(w, (this.df.get(w) ?? 0) + 1);
        this.norms = new Float64Array(this.n);
        tokens.forEach((t, doc) => {
            const v = this.vector(t);
            this.norms[doc] = v.norm;
            for (const [w, weight] of v.weights) {
                let list = this.postings.get(w);
                if (!list)
                    this.postings.set(w, (list = []));
                list.push({ doc, weight });
            }
        });
    }
    idf(word) {
        return Math.log((1 + this.n) / (1 + (this.df.get(word) ?? 0))) + 1;
    }
    vector(tokens) {
        const tf = new Map();
        for (const w of tokens)
            tf.set(w, (tf.get(w) ?? 0) + 1);
        const weights = new Map();
        let sum = 0;
        for (const [w, n] of tf) {
            const x = n * this.idf(w);
            weights.set(w, x);
            sum += x * x;
        }
        return { weights, norm: Math.sqrt(sum) || 1 };
    }
    /** The highest cosine similarity of `text` to any document, 0–1. */
    nearest(text) {
        return this.similarities(text).reduce((a, x) => Math.max(a, x), 0);
    }
    /** The cosine similarity of `text` to each document, in their order. */
    similarities(text) {
        const q = this.vector(words(text, MAX_WORDS));
        const dots = new Float64Array(this.n);
        for (const [w, x] of q.weights)
            for (const p of this.postings.get(w) ?? [])
                dots[p.doc] += x * p.weight;
        return Array.from(dots, (dot, doc) => dot / (q.norm * this.norms[doc]));
    }
}
/** Population stability index of `actual` against `expected` label counts (each smoothed by half a count). */
function psi(expected, actual) {
    const labels = new Set([...expected.keys(), ...actual.keys()]);
    const total = (m) => [...m.values()].reduce((a, x) => a + x, 0) + 0.5 * labels.size;
    const e = total(expected);
    const a = total(actual);
    let sum = 0;
    for (const label of labels) {
        const q = ((expected.get(label) ?? 0) + 0.5) / e;
        const p = ((actual.get(label) ?? 0) + 0.5) / a;
        sum += (p - q) * Math.log(p / q);
    }
    return sum;
}
/** Answer counts by normalized label. */
function labelCounts(answers, normalize) {
    const counts = new Map();
    for (const a of answers)
        if (a !== undefined)
            counts.set(normalize(a), (counts.get(normalize(a)) ?? 0) + 1);
    return counts;
}
/** The drift figures; `withheld` hides an example's text when it holds personal data. */
function measureDrift(input, withheld) {
    const index = new SimilarityIndex(input.testPrompts);
    const scored = input.requests.map((r) => ({ prompt: r.prompt, similarity: index.nearest(r.prompt) }));
    const far = scored.filter((x) => x.similarity < FAR_SIMILARITY);
    const examples = [...far]
        .sort((a, b) => a.similarity - b.similarity)
        .slice(0, 5)
        .map((x) => ({ prompt: withheld(x.prompt), similarity: x.similarity }));
    let labels;
    if (input.testLabels && input.testLabels.size) {
        const test = new Map([...input.testLabels].map(([k, v]) => [input.normalize(k), v]));
        const production = labelCounts(input.requests.map((r) => r.answer), input.normalize);
        const share = (m, k) => {
            const total = [...m.values()].reduce((a, x) => a + x, 0);
            return total ? (m.get(k) ?? 0) / total : 0;
        };
        const keys = [...new Set([...test.keys(), ...production.keys()])];
        const rows = keys
            .map((label) => ({ label, test: share(test, label), production: share(production, label) }))
            .sort((a, b) => Math.abs(b.production - b.test) - Math.abs(a.production - a.test))
            .slice(0, 8);
        labels = { psi: psi(test, production), rows };
    }
    return {
        farShare: scored.length ? far.length / scored.length : 0,
        far: far.length,
        examples,
        labels,
    };
}

;// CONCATENATED MODULE: ./src/monitor/quality.ts


/**
 * A request is judged against a test record's reference when it is this close to a test prompt
 * and closer, by MARGIN, to the prompts of that reference than to any other reference's. Measured
 * on training prompts whose right answers are known (__tests__/unit/monitor.test.ts): the reference
 * so chosen is the right one for 97.8 % of the matched airline questions, 99.5 % of the example's
 * ATIS prompts and 93.6 % of real ATIS (whose labels overlap); the nearest prompt alone, 78 %,
 * 98 % and 88 %.
 */
const NEAR_SIMILARITY = 0.5;
const MARGIN = 0.15;
/** Answers judged a run: enough for a mean within about ±0.1, a few cents of judge calls. */
const QUALITY_SAMPLE = 30;
/** Judges up to QUALITY_SAMPLE of production's answers to requests near a test prompt; undefined when none is near. */
/**
 * The test record whose reference answers a request: the best-matching record of the reference
 * whose prompts are most like the request, when that is near enough and clearly ahead of the rest.
 */
function referenceFor(similarities, test) {
    const best = new Map();
    similarities.forEach((similarity, i) => {
        const record = test[i];
        const key = record.expected.trim();
        if (similarity > (best.get(key)?.similarity ?? -1))
            best.set(key, { similarity, record });
    });
    const [first, second] = [...best.values()].sort((a, b) => b.similarity - a.similarity);
    if (!first || first.similarity < NEAR_SIMILARITY)
        return undefined;
    return first.similarity - (second?.similarity ?? 0) >= MARGIN ? first.record : undefined;
}
async function judgeProduction(runtime, input, options, withheld) {
    const index = new SimilarityIndex(input.test.map((r) => r.prompt));
    const near = input.requests.flatMap((r) => {
        if (r.answer === undefined)
            return [];
        const reference = referenceFor(index.similarities(r.prompt), input.test);
        return reference ? [{ ...r, answer: r.answer, reference }] : [];
    });
    if (near.length === 0)
        return undefined;
    const chosen = near.slice(0, QUALITY_SAMPLE);
    const records = chosen.map((r, i) => ({
        line: i + 1,
        system: [],
        messages: [],
        expected: r.reference.expected,
        prompt: r.prompt,
        turns: [],
        metadata: {},
    }));
    const answers = chosen.map((r, i) => ({
        line: i + 1,
        expected: r.reference.expected,
        output: r.answer,
        correct: false,
    }));
    const judged = (await (0,judge/* judgeAnswers */.nO)(runtime, records, answers, 'production answers', options)).filter((r) => r.score !== undefined);
    if (judged.length === 0)
        return undefined;
    const meanScore = judged.reduce((a, r) => a + r.score, 0) / judged.length;
    const drop = input.promotedScore === undefined ? undefined : input.promotedScore - meanScore;
    return {
        judge: options.model,
        rubric: options.rubric.source,
        requests: input.requests.length,
        near: near.length,
        judged: judged.length,
        meanScore,
        promotedScore: input.promotedScore,
        drop,
        severity: drop !== undefined && drop > input.maxDrop ? 'warning' : 'ok',
        lowest: [...judged]
            .sort((a, b) => a.score - b.score)
            .slice(0, 3)
            .filter((r) => r.score < 1)
            .map((r) => ({
            prompt: withheld(chosen[r.line - 1].prompt),
            answer: withheld(r.output ?? ''),
            score: r.score,
            reason: r.reason ?? '',
        })),
    };
}

// EXTERNAL MODULE: ./src/registry/manifest.ts
var manifest = __webpack_require__(506);
// EXTERNAL MODULE: ./src/registry/prune.ts
var prune = __webpack_require__(5735);
// EXTERNAL MODULE: ./src/pricing/book.ts
var book = __webpack_require__(7813);
// EXTERNAL MODULE: ./src/evaluation/traffic.ts
var traffic = __webpack_require__(279);
;// CONCATENATED MODULE: ./src/monitor/check.ts
// `monitor`'s measures of one production model: its lifecycle, its traffic's drift from the test set,
// its answers' quality and its cost, with the action a reader should take for each finding.




















const check_DAY_MS = 86_400_000;
const DRIFT_SAMPLE = 500;
const hide = (text) => (0,dataset_text/* withheld */.uN)(text, 'a production request');
/** The models the registry holds: registry/<model-name>.json. */
async function registeredModels(store) {
    const names = (await store.list('registry/')).flatMap((key) => {
        const m = /(?:^|\/)registry\/([a-z0-9-]{1,40})\.json$/.exec(key);
        return m ? [m[1]] : [];
    });
    return [...new Set(names)].sort();
}
/**
 * The test set drift and quality are measured from: the step's `test-data` for the model it names,
 * else the path the registry recorded at promotion, when this checkout has it.
 */
async function testSetFor(run, name, production) {
    const { settings } = run;
    if (name === settings.modelName && settings.testData)
        return { kind: 'file', file: settings.testData };
    const recorded = production?.evaluation?.testSet;
    if (!recorded)
        return {
            kind: 'skipped',
            skipped: name === settings.modelName
                ? "Not measured: set 'test-data', the set drift is measured from."
                : `Not measured: the registry records no test set for '${name}' (promoted before it did); monitor it in its own step with its 'test-data'.`,
        };
    const file = external_node_path_default().resolve(settings.workspace, recorded);
    const outside = !file.startsWith(`${settings.workspace}${(external_node_path_default()).sep}`);
    if (outside ||
        !(await (0,promises_.stat)(file).then((s) => s.isFile(), () => false)))
        return {
            kind: 'skipped',
            skipped: `Not measured: the test set the registry recorded for '${name}', ${recorded.slice(0, 200)}, is not in this checkout; check out the branch it was promoted from, or set its 'test-data'.`,
        };
    const confined = await (0,workspace/* confinement */.P)(settings, file, 'test-data');
    if (confined)
        return { kind: 'skipped', skipped: `Not measured: ${confined.message}` };
    return { kind: 'file', file };
}
/** The test set's answers as labels, when they are a classifier's (as the validator decides it). */
function labelsOf(test) {
    const labels = new Map();
    let short = 0;
    for (const r of test) {
        const answer = r.expected.trim();
        if (answer === '' || answer.length > keys/* MAX_LABEL_CHARS */.ir || answer.includes('\n'))
            continue;
        short += 1;
        labels.set(answer, (labels.get(answer) ?? 0) + 1);
    }
    return (0,keys/* isLabelSet */.h$)(test.length, short, labels) ? labels : undefined;
}
/**
 * Whether the issue quotes production's requests: its users' words, escaped and with personal data
 * withheld, are still theirs, and an issue on a public repository is public (third trust review,
 * point 4). `auto` quotes them on a private repository only; a repository whose visibility the event
 * does not give counts as public.
 */
function exampleRule(setting, repositoryPrivate, examples) {
    if (setting === 'show' || (setting === 'auto' && repositoryPrivate === true))
        return { examples };
    return {
        examples: [],
        examplesWithheld: setting === 'hide'
            ? "'traffic-examples: hide'"
            : "the repository is public (or its visibility unknown), so its issues are: set 'traffic-examples: show' to quote them",
    };
}
/** One model's health report. */
async function checkModel(run, name) {
    const { settings, io, deps, aws, store, now, services } = run;
    const models = services.models;
    const foundation = services.foundation;
    const registry = (await (0,manifest/* readRegistry */._5)(store, name))?.registry;
    const production = (0,manifest/* productionVersion */.ix)(registry);
    const base = production
        ? ((await models.get(production.customModelArn)).baseModelArn?.split('foundation-model/')[1] ??
            settings.baseModel.id)
        : settings.baseModel.id;
    const actions = [];
    // Lifecycle: the base model production stands on, and the teacher and judge the workflow uses.
    const lifecycle = [];
    const uses = [[base, 'base model']];
    if (settings.teacherModel)
        uses.push([settings.teacherModel, 'teacher']);
    if (settings.scorer === 'judge')
        uses.push([settings.judgeModel, 'judge']);
    for (const [model, role] of uses) {
        try {
            const f = lifecycleFinding(await foundation.lifecycle(model.replace(/:\d+k$/, '')), role, now);
            lifecycle.push(f);
            if (f.severity !== 'ok')
                actions.push(`The ${role} ${f.model} is ${f.status}${f.endOfLife ? `, end of life ${f.endOfLife.slice(0, 10)} (${f.daysLeft} days)` : ''}: ${f.successor ? `retrain on ${f.successor} (base-model) and promote it before then` : 'plan a replacement'}${role === 'base model' ? '; custom models stop working at their base model’s end of life' : ''}.`);
        }
        catch (error) {
            io.warning(`Could not read the lifecycle of ${model}: ${(0,errors/* messageOf */.bD)(error)}.`);
        }
    }
    // Drift and quality: a sample of production's requests against the test set.
    const endpoint = registry?.endpoint;
    let drift;
    let driftSkipped;
    let quality;
    const testSet = await testSetFor(run, name, production);
    if (!settings.invocationLogs)
        driftSkipped = "Not measured: set 'invocation-logs' (docs/monitor.md).";
    else if (!endpoint)
        driftSkipped = 'Not measured: no production endpoint yet.';
    else if (testSet.kind === 'skipped')
        driftSkipped = testSet.skipped;
    else {
        const since = new Date(now - settings.monitorDays * check_DAY_MS);
        const logs = services.logs(settings.invocationLogs);
        const sample = await (0,shadow/* sampleCalls */.uG)(logs.calls((0,invocation_logs/* accountOf */.XP)(endpoint.deploymentArn), aws.region, since, new Date(now)), (0,invocation_logs/* servedBy */.nV)(endpoint), DRIFT_SAMPLE, { unreadable: () => logs.unreadable(), callers: (0,traffic/* callerRules */.TB)(settings) });
        if (sample.callers > 1 && settings.trafficPrincipals.length === 0)
            io.warning((0,traffic/* trafficWarning */.Mu)(sample.callers));
        if (sample.calls.length === 0)
            driftSkipped = `No request to the production endpoint in the last ${settings.monitorDays} days of invocation logs.`;
        else {
            const test = await (0,testset/* loadTestSet */.x)(testSet.file);
            const requests = sample.calls.map((c) => ({ prompt: (0,shadow/* requestText */.T9)(c), answer: c.answer }));
            const figures = measureDrift({ requests, testPrompts: test.map((r) => r.prompt), testLabels: labelsOf(test), normalize: scorers/* normalize */.S8 }, hide);
            const sincePromotion = figures.labels
                ? await promotionWeek(run, endpoint, production, since, requests)
                : undefined;
            const shifted = sincePromotion?.kind === 'measured' && sincePromotion.psi > settings.maxPsi;
            const severity = figures.farShare > settings.maxDrift || (figures.labels?.psi ?? 0) > settings.maxPsi || shifted
                ? 'warning'
                : 'ok';
            drift = {
                days: settings.monitorDays,
                requests: sample.calls.length,
                seen: sample.seen,
                unreadable: sample.skipped.unreadable,
                callers: sample.callers,
                distinct: sample.distinct,
                notCounted: sample.skipped.own + sample.skipped.otherCallers,
                ...figures,
                ...exampleRule(settings.trafficExamples, deps.context.repositoryPrivate, figures.examples),
                sincePromotion,
                severity,
            };
            if (figures.farShare > settings.maxDrift)
                actions.push(`${(100 * figures.farShare).toFixed(1)} % of production's requests are far from every test prompt (over 'max-drift' ${(100 * settings.maxDrift).toFixed(1)} %): add such requests, labeled, to the test set (and to training if the model should handle them).`);
            if (figures.labels && figures.labels.psi > settings.maxPsi)
                actions.push(`Production's answer labels moved from the test set's (PSI ${figures.labels.psi.toFixed(3)}, over 'max-psi' ${settings.maxPsi}): re-sample the test set from recent traffic.`);
            if (shifted)
                actions.push(`Production's answer labels moved since the week after its promotion (PSI ${sincePromotion.psi.toFixed(3)}, over 'max-psi' ${settings.maxPsi}): the traffic itself changed${sincePromotion.grew.length ? ` (${sincePromotion.grew.map((g) => `${g.label} ${(0,format/* pct */.Oe)(g.then)} → ${(0,format/* pct */.Oe)(g.now)}`).join(', ')})` : ''}; check that the test set still covers it.`);
            if (settings.scorer === 'judge' && production?.evaluation?.scorer === 'judge') {
                quality = await answerQuality(run, requests, test, production.evaluation.score);
                if (quality?.severity === 'warning')
                    actions.push(`The judge rates production's answers ${quality.meanScore.toFixed(2)} on average, ${quality.drop.toFixed(2)} below the ${quality.promotedScore.toFixed(2)} it was promoted with (over 'max-score-drop' ${settings.maxScoreDrop}): read the lowest-rated answers, and retrain on what changed.`);
            }
        }
    }
    const prices = await (0,book/* priceBook */.N)(run, [base]);
    const usage = endpoint && production ? await usageOf(run, prices, base, endpoint.deploymentArn, production) : undefined;
    if (usage && usage.severity !== 'ok')
        actions.push(`${usage.serverErrors} of ${usage.invocations} invocations failed on the server side (${(100 * usage.errorRate).toFixed(1)} %, over 'max-error-rate'): look at the endpoint, or roll back.`);
    const storage = await storageOf(run, name, registry, prices, base);
    const status = worst([
        ...lifecycle.map((l) => l.severity),
        drift?.severity ?? 'ok',
        quality?.severity ?? 'ok',
        usage?.severity ?? 'ok',
    ]);
    const report = {
        modelName: name,
        generatedAt: new Date(now).toISOString(),
        production: production && {
            version: production.version,
            customModelArn: production.customModelArn,
            baseModel: base,
        },
        status,
        lifecycle,
        drift,
        driftSkipped,
        quality,
        usage,
        storage,
        actions,
    };
    io.info(`Model health of '${name}': ${status}${actions.length ? ` — ${actions[0]}` : ''}`);
    return report;
}
/**
 * Classifiers: production's answer labels now against those of the week after its promotion (a
 * sample of that week's logs, when they are still kept and the week ended before this window).
 */
async function promotionWeek(run, endpoint, production, since, requests) {
    const { settings, aws, services } = run;
    const at = production?.promotedAt ? new Date(production.promotedAt) : undefined;
    if (!at || Number.isNaN(at.getTime()))
        return { kind: 'skipped', skipped: 'the registry does not say when production was promoted' };
    const until = new Date(at.getTime() + 7 * check_DAY_MS);
    if (until > since)
        return {
            kind: 'skipped',
            skipped: `production was promoted on ${production.promotedAt.slice(0, 10)}: its first week is this window`,
        };
    const logs = services.logs(settings.invocationLogs);
    const then = await (0,shadow/* sampleCalls */.uG)(logs.calls((0,invocation_logs/* accountOf */.XP)(endpoint.deploymentArn), aws.region, at, until), (0,invocation_logs/* servedBy */.nV)(endpoint), DRIFT_SAMPLE, { callers: (0,traffic/* callerRules */.TB)(settings) });
    if (then.calls.length === 0)
        return {
            kind: 'skipped',
            skipped: `the invocation logs hold no request from the week after the promotion (${production.promotedAt.slice(0, 10)}): expired, or logging was off`,
        };
    const before = labelCounts(then.calls.map((c) => c.answer), scorers/* normalize */.S8);
    const now = labelCounts(requests.map((r) => r.answer), scorers/* normalize */.S8);
    const share = (m, k) => (m.get(k) ?? 0) /
        Math.max(1, [...m.values()].reduce((a, x) => a + x, 0));
    const grew = [...now.keys()]
        .map((label) => ({ label, then: share(before, label), now: share(now, label) }))
        .filter((g) => g.now > g.then)
        .sort((a, b) => b.now - b.then - (a.now - a.then))
        .slice(0, 3);
    return {
        kind: 'measured',
        psi: psi(before, now),
        grew,
        requests: then.calls.length,
        from: at.toISOString(),
        to: until.toISOString(),
    };
}
/** `scorer: judge`: the judge's mean score on production's answers, beside the promotion score. */
async function answerQuality(run, requests, test, promotedScore) {
    const { settings, io, deps, aws, services } = run;
    try {
        return await judgeProduction(services.runtime, { requests, test, promotedScore, maxDrop: settings.maxScoreDrop }, {
            // invoked as the evaluation invokes it (a profile of this Region's geography)
            model: (await (0,invoke_ids/* withInvokeIds */.$3)(settings, aws.region, services.foundation, io, aws)).judgeModel,
            rubric: await (0,judge/* loadRubric */.YD)(settings, io),
            passThreshold: settings.passThreshold,
            concurrency: settings.evalConcurrency,
            io,
            clock: deps.clock,
        }, hide);
    }
    catch (error) {
        io.warning(`Could not judge production's answers: ${(0,errors/* messageOf */.bD)(error)}.`);
        return undefined;
    }
}
/** The endpoint's CloudWatch figures over the window, priced like the PR comment. */
async function usageOf(run, prices, base, deploymentArn, production) {
    const { settings, io, services, now } = run;
    const { metrics } = services;
    const since = new Date(now - settings.monitorDays * check_DAY_MS);
    try {
        const m = await metrics.serving([deploymentArn, production.customModelArn], since, new Date(now), 3600);
        const inPrice = prices.get(base, 'customInput');
        const outPrice = prices.get(base, 'customOutput');
        const cost = inPrice && outPrice
            ? ((m.inputTokens ?? 0) / 1000) * inPrice.usd + ((m.outputTokens ?? 0) / 1000) * outPrice.usd
            : undefined;
        const errorRate = m.invocations ? m.serverErrors / m.invocations : 0;
        return {
            days: settings.monitorDays,
            invocations: m.invocations,
            serverErrors: m.serverErrors,
            errorRate,
            inputTokens: m.inputTokens ?? 0,
            outputTokens: m.outputTokens ?? 0,
            cost,
            monthly: cost === undefined ? undefined : (cost * 30) / settings.monitorDays,
            severity: m.invocations >= 20 && errorRate > settings.maxErrorRate ? 'action-needed' : 'ok',
        };
    }
    catch (error) {
        io.warning(`Could not read the endpoint's CloudWatch metrics: ${(0,errors/* messageOf */.bD)(error)}. The role needs cloudwatch:GetMetricData.`);
        return undefined;
    }
}
/** This action's custom models of the name, and what prune (with its defaults) would delete. */
async function storageOf(run, name, registry, prices, base) {
    const { settings, io, deps, now, services } = run;
    const models = services.models;
    try {
        const kept = (0,prune/* protectedVersions */.mG)(registry, settings.keepVersions);
        const rules = {
            modelName: name,
            repository: deps.context.repository,
            keepVersions: settings.keepVersions,
            afterDays: settings.pruneAfterDays,
            now,
        };
        let ours = 0;
        let prunable = 0;
        for (const m of await models.named(`${name}-`)) {
            const tags = await models.tags(m.arn);
            if (tags.get('managed-by') !== 'bedrock-model-ci' || tags.get('model-name') !== name)
                continue;
            ours += 1;
            const number = (0,prune/* pullRequestOf */._n)(tags);
            if ((0,prune/* decide */.LD)({ arn: m.arn, name: m.name, createdAt: m.createdAt, tags, pullRequest: number ? { number } : undefined }, rules, kept).delete)
                prunable += 1;
        }
        const each = prices.get(base, 'storage')?.usd;
        return {
            models: ours,
            monthly: each === undefined ? undefined : ours * each,
            prunable,
            prunableMonthly: each === undefined ? undefined : prunable * each,
        };
    }
    catch (error) {
        io.warning(`Could not count the custom models: ${(0,errors/* messageOf */.bD)(error)}.`);
        return undefined;
    }
}

// EXTERNAL MODULE: ./src/github/client.ts
var client = __webpack_require__(6584);
// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(4031);
// EXTERNAL MODULE: ./src/pricing/prices.ts
var prices = __webpack_require__(5142);
;// CONCATENATED MODULE: ./src/report/health.ts




const healthMarker = (modelName) => `<!-- bedrock-model-ci:health:${modelName} -->`;
const healthTitle = (modelName) => `Model health: ${modelName}`;
const ICON = { ok: '✅', warning: '⚠️', 'action-needed': '🚨' };
const usd = (x) => (x === undefined ? '—' : `\\$${(0,prices/* formatUsd */.UK)(x)}`);
const day = (iso) => (iso ? iso.slice(0, 10) : '—');
const MAX_HISTORY = 10;
const historyEntry = (r) => ({
    at: r.generatedAt,
    status: r.status,
    action: r.actions[0],
});
const historyLine = (h) => `${(0,report_escape/* mdText */.b)(h.at.slice(0, 16).replace('T', ' '), 20)} UTC · ${ICON[h.status] ?? ''} ${(0,report_escape/* mdText */.b)(h.status, 20)}${h.action ? ` · ${(0,report_escape/* mdText */.b)(h.action, 140)}` : ''}`;
function healthMarkdown(r, history = []) {
    const lines = [
        healthMarker(r.modelName),
        `## ${ICON[r.status]} \`${(0,report_escape/* mdText */.b)(r.modelName, 40)}\`: ${r.status === 'ok' ? 'healthy' : r.status === 'warning' ? 'needs attention soon' : 'action needed'}`,
        '',
        r.production
            ? `Production is version ${r.production.version} (\`${r.production.customModelArn}\`)${r.production.baseModel ? `, on base model \`${r.production.baseModel}\`` : ''}. Checked ${r.generatedAt.slice(0, 16).replace('T', ' ')} UTC.`
            : 'No production version in the registry yet: only the models the workflow uses were checked.',
    ];
    if (r.actions.length)
        lines.push('', '**To do:**', ...r.actions.map((a) => `- ${(0,report_escape/* mdText */.b)(a, 400)}`));
    lines.push('', '### Lifecycle', '', '| model | used as | status | Legacy since | end of life | days left | |', '|---|---|---|---|---|---:|---|');
    for (const l of r.lifecycle)
        lines.push(`| ${(0,report_escape/* mdCode */.x)(l.model, 80)} | ${l.role} | ${l.status} | ${day(l.legacySince)} | ${day(l.endOfLife)} | ${l.daysLeft ?? '—'} | ${ICON[l.severity]}${l.successor ? ` retrain on ${(0,report_escape/* mdCode */.x)(l.successor, 60)}` : ''} |`);
    lines.push('', '### Drift from the test set', '');
    const d = r.drift;
    if (!d)
        lines.push((0,report_escape/* mdText */.b)(r.driftSkipped ?? 'Not measured.', 300));
    else {
        lines.push(`${d.requests} of production's ${d.seen} requests of the last ${d.days} days, sampled uniformly: **${(0,format/* pct */.Oe)(d.farShare)}** are far from every test prompt (TF-IDF cosine below 0.2) ${ICON[d.severity]}.${d.callers !== undefined ? ` Sampled from ${d.distinct} distinct requests of ${d.callers} caller${d.callers === 1 ? '' : 's'}, each at most an equal share${d.notCounted ? `; ${d.notCounted} requests from this action's own sessions or from callers not in \`traffic-principals\` not counted` : ''}.` : ''}${d.unreadable ? ` ${d.unreadable} log records were passed over (over the reader's size bounds, or not JSON).` : ''}`);
        if (d.labels)
            lines.push('', `Answer labels vs the test set's: population stability index **${d.labels.psi.toFixed(3)}** (0.1 a shift, 0.25 a large one).`, '', '| label | test set | production |', '|---|---:|---:|', ...d.labels.rows.map((x) => `| ${(0,report_escape/* mdCode */.x)(x.label, 40)} | ${(0,format/* pct */.Oe)(x.test)} | ${(0,format/* pct */.Oe)(x.production)} |`));
        const then = d.sincePromotion;
        if (then)
            lines.push('', then.kind === 'measured'
                ? `Answer labels vs the week after the promotion (${then.requests} requests, ${day(then.from)} to ${day(then.to)}): population stability index **${then.psi.toFixed(3)}**${then.grew.length ? `; grew most: ${then.grew.map((g) => `${(0,report_escape/* mdCode */.x)(g.label, 40)} ${(0,format/* pct */.Oe)(g.then)} → ${(0,format/* pct */.Oe)(g.now)}`).join(', ')}` : ''}.`
                : `Answer labels vs the week after the promotion: not measured, ${(0,report_escape/* mdText */.b)(then.skipped, 200)}.`);
        if (d.examples.length)
            lines.push('', '<details><summary>Requests least like the test set</summary>', '', '| similarity | request |', '|---:|---|', ...d.examples.map((x) => `| ${x.similarity.toFixed(2)} | ${(0,report_escape/* mdText */.b)(x.prompt, 160)} |`), '', '</details>');
        else if (d.examplesWithheld && d.far)
            lines.push('', `The requests least like the test set are not quoted: ${(0,report_escape/* mdText */.b)(d.examplesWithheld, 200)}.`);
    }
    const q = r.quality;
    if (q) {
        lines.push('', '### Answer quality (judge)', '', `The judge (${(0,report_escape/* mdCode */.x)(q.judge, 80)}, rubric ${(0,report_escape/* mdText */.b)(q.rubric, 80)}) rated production's answers to ${q.judged} sampled requests close to a test prompt (${q.near} of ${q.requests} sampled were: TF-IDF cosine ≥ ${NEAR_SIMILARITY} to a test prompt and ${MARGIN} closer to one reference's prompts than to any other's; each judged against that reference): mean score **${q.meanScore.toFixed(2)}**${q.promotedScore !== undefined ? `, promoted with ${q.promotedScore.toFixed(2)} on the test set (${q.drop > 0 ? '−' : '+'}${Math.abs(q.drop).toFixed(2)})` : ' (the registry holds no promotion score to compare with)'} ${ICON[q.severity]}.`);
        if (q.lowest.length)
            lines.push('', '<details><summary>Lowest-rated answers</summary>', '', '| score | request | production answered | judge |', '|---:|---|---|---|', ...q.lowest.map((x) => `| ${x.score.toFixed(2)} | ${(0,report_escape/* mdText */.b)(x.prompt, 100)} | ${(0,report_escape/* mdText */.b)(x.answer, 120)} | ${(0,report_escape/* mdText */.b)(x.reason, 120)} |`), '', '</details>');
    }
    const u = r.usage;
    lines.push('', '### Use and cost', '');
    if (u)
        lines.push(`Last ${u.days} days (CloudWatch): ${u.invocations.toLocaleString('en-US')} invocations, ${u.serverErrors} server errors (${(0,format/* pct */.Oe)(u.errorRate)}) ${ICON[u.severity]}, ${u.inputTokens.toLocaleString('en-US')} input and ${u.outputTokens.toLocaleString('en-US')} output tokens: ${usd(u.cost)}, about ${usd(u.monthly)} a month at this pace.`);
    else
        lines.push('No production endpoint to measure.');
    const s = r.storage;
    if (s)
        lines.push('', `Model storage: ${s.models} custom model(s) of this action, ${usd(s.monthly)} a month; \`command: prune\` would delete ${s.prunable}${s.prunableMonthly !== undefined ? `, saving ${usd(s.prunableMonthly)} a month` : ''}.`);
    const kept = [historyEntry(r), ...history].slice(0, MAX_HISTORY);
    lines.push('', '### Runs', '', ...kept.map((h) => `- ${historyLine(h)}`));
    // the history travels in the body, encoded: a person editing the issue cannot make it speak as markdown
    lines.push('', `<!-- bedrock-model-ci:history ${Buffer.from(JSON.stringify(kept)).toString('base64')} -->`, '<sub>Updated in place by `bedrock-model-ci` `command: monitor` on every scheduled run.</sub>');
    return `${lines.join('\n')}\n`;
}
/** The runs an earlier body recorded (anything unreadable is dropped: the body is editable by people). */
function historyOf(body) {
    const m = /<!-- bedrock-model-ci:history ([A-Za-z0-9+/=]{0,20000}) -->/.exec(body);
    if (!m)
        return [];
    try {
        const list = JSON.parse(Buffer.from(m[1], 'base64').toString('utf8'));
        if (!Array.isArray(list))
            return [];
        return list
            .filter((h) => typeof h === 'object' &&
            h !== null &&
            typeof h.at === 'string' &&
            ['ok', 'warning', 'action-needed'].includes(h.status) &&
            (h.action === undefined || typeof h.action === 'string'))
            .slice(0, MAX_HISTORY);
    }
    catch {
        return [];
    }
}

;// CONCATENATED MODULE: ./src/report/health-issue.ts



/** The one issue per model: found by its marker, created when missing, updated, opened or closed. */
async function publishIssue(settings, deps, io, report) {
    const repository = deps.context.repository;
    if (!settings.githubToken || !repository) {
        io.info('No GitHub token or repository: the report is in the job summary only.');
        return { body: healthMarkdown(report) };
    }
    const github = new client/* GitHub */.gq(settings.githubToken, repository, deps.context.apiUrl);
    try {
        const existing = await github.findIssue(healthMarker(report.modelName), await (0,client/* selfLogin */.gT)(github));
        const body = healthMarkdown(report, existing ? historyOf(existing.body) : []);
        const state = report.status === 'ok' ? 'closed' : 'open';
        const issue = existing
            ? await github.updateIssue(existing.number, { body, state, title: healthTitle(report.modelName) })
            : await github.createIssue(healthTitle(report.modelName), body, state);
        io.info(`${existing ? 'Updated' : 'Opened'} ${issue.url} (${state}).`);
        return { body, url: issue.url };
    }
    catch (error) {
        const status = error.status;
        io.warning(status === 403
            ? "Could not write the model-health issue: the token may not write issues (add 'permissions: issues: write'). The report is in the job summary."
            : `Could not write the model-health issue: ${(0,errors/* messageOf */.bD)(error)}. The report is in the job summary.`);
        return { body: healthMarkdown(report) };
    }
}

// EXTERNAL MODULE: ./src/services.ts + 6 modules
var services = __webpack_require__(3972);
;// CONCATENATED MODULE: ./src/commands/monitor.ts





/**
 * On a schedule, with the release role: each production model's lifecycle, its traffic's drift
 * from the test set, its answers' quality and its cost, in one GitHub issue per model that
 * updates itself. `model-name: *` watches every model in the registry.
 */
async function monitor(settings, io, deps) {
    await (0,services/* withSession */.fQ)(settings, deps, io, async (session) => {
        const { store } = session;
        const names = settings.modelName === '*' ? await registeredModels(store) : [settings.modelName];
        if (names.length === 0)
            throw new errors/* UserError */.yo(`'model-name: *' found no model in the registry at ${store.uri('registry/')}: promote a model first, or name one in 'model-name'.`);
        if (settings.modelName === '*' && settings.testData)
            io.warning("'test-data' is not used with 'model-name: *': each model's drift is measured from the test set its registry recorded at promotion. Name one model to measure it from 'test-data'.");
        if (names.length > 1)
            io.info(`Watching ${names.length} models of the registry: ${names.join(', ')}.`);
        const run = { ...session, now: deps.clock.now() };
        const reports = [];
        const failed = [];
        for (const name of names) {
            try {
                reports.push(await io.group(`Model health: ${name}`, () => checkModel(run, name)));
            }
            catch (error) {
                // one model that cannot be read does not hide the others' health
                if (names.length === 1)
                    throw error;
                io.error(`Could not check '${name}': ${(0,errors/* messageOf */.bD)(error)}`);
                failed.push(name);
            }
        }
        const status = worst(reports.map((r) => r.status));
        const eols = reports.flatMap((r) => r.lifecycle.filter((l) => l.role === 'base model' && l.endOfLife));
        const eol = eols.map((l) => l.endOfLife).sort()[0];
        const drifts = reports.flatMap((r) => (r.drift ? [r.drift.farShare] : []));
        const monthly = reports.flatMap((r) => (r.usage?.monthly === undefined ? [] : [r.usage.monthly]));
        io.setOutput('status', status);
        io.setOutput('eol-date', eol ? eol.slice(0, 10) : '');
        io.setOutput('drift', drifts.length ? Math.max(...drifts).toFixed(4) : '');
        io.setOutput('monthly-cost', monthly.length ? monthly.reduce((a, x) => a + x, 0).toFixed(2) : '');
        const urls = [];
        const bodies = [];
        for (const report of reports) {
            const published = await publishIssue(settings, deps, io, report);
            bodies.push(published.body);
            if (published.url)
                urls.push(published.url);
        }
        io.setOutput('issue-url', urls.join('\n'));
        await io.summary(bodies.join('\n'));
        if (failed.length)
            throw new errors/* UserError */.yo(`Could not check ${failed.map((n) => `'${n}'`).join(', ')} (the errors are above); the other models' issues were updated.`);
        const first = reports.find((r) => r.status === status && r.actions.length);
        if (settings.failOn !== 'never' && atLeast(status, settings.failOn))
            throw new errors/* UserError */.yo(`Model health is '${status}' ('fail-on: ${settings.failOn}')${first ? ` for '${first.modelName}': ${first.actions[0]}` : ': see the summary'}.`);
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
