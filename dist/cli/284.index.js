export const id = 284;
export const ids = [284];
export const modules = {

/***/ 1356:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   rollback: () => (/* binding */ rollback)
/* harmony export */ });
/* harmony import */ var _registry_watch_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3056);
/* harmony import */ var _production_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6437);
/* harmony import */ var _report_promotion_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4352);
/* harmony import */ var _services_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2473);




/** Points production at an earlier version (default: the one before the current), recorded in the history. */
async function rollback(settings, io, deps) {
    await (0,_services_js__WEBPACK_IMPORTED_MODULE_3__/* .withSession */ .fQ)(settings, deps, io, async (session) => {
        await (0,_registry_watch_js__WEBPACK_IMPORTED_MODULE_0__/* .warnUnfinishedWatch */ .t)(session.store, settings.modelName, io);
        const { to, moved } = await (0,_production_js__WEBPACK_IMPORTED_MODULE_1__/* .rollBack */ .Fu)(session, settings.version, settings.testData);
        if (moved.outcome === 'superseded')
            return;
        io.notice(`Rolled back: production is version ${to.version} (${to.customModelArn})${moved.previous ? `, was version ${moved.previous.version}` : ''}.`);
        await io.summary((0,_report_promotion_js__WEBPACK_IMPORTED_MODULE_2__/* .rolledBackSummary */ .WO)(settings.modelName, to.version, moved.previous?.version, {
            arn: moved.arn,
            serves: to.customModelArn,
        }));
    });
}


/***/ }),

/***/ 5166:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DO: () => (/* binding */ answerHash),
/* harmony export */   Lc: () => (/* binding */ promptHash),
/* harmony export */   b6: () => (/* binding */ textOf),
/* harmony export */   h$: () => (/* binding */ isLabelSet),
/* harmony export */   ir: () => (/* binding */ MAX_LABEL_CHARS),
/* harmony export */   q7: () => (/* binding */ answerKey),
/* harmony export */   uZ: () => (/* binding */ promptKey)
/* harmony export */ });
// Short keys that stand for a record's prompt and answer, so that duplicates, conflicting labels,
// leakage and a pull request's changes are found by comparing keys, never by holding the texts.
//
// The prompt key is computed by hand rather than by node:crypto: one pass over the lower-cased text
// folds blanks and hashes at once, where normalizing with a regex and then hashing with sha1 took
// a fifth of the validator's time on conversational data (1.4 M short calls per 200 MB).
/** The maximum length of an answer that is its own key (a class label). */
const MAX_LABEL_CHARS = 64;
/** JavaScript's \s: what `String.prototype.trim` and /\s/ treat as blank. */
function isBlank(c) {
    return c <= 0x20
        ? c === 0x20 || (c >= 0x09 && c <= 0x0d)
        : c >= 0xa0 &&
            (c === 0xa0 ||
                c === 0x1680 ||
                (c >= 0x2000 && c <= 0x200a) ||
                c === 0x2028 ||
                c === 0x2029 ||
                c === 0x202f ||
                c === 0x205f ||
                c === 0x3000 ||
                c === 0xfeff);
}
const SEED1 = 0xdeadbeef | 0;
const SEED2 = 0x41c6ce57;
/** The two lanes' final mix, written to out[at], out[at + 1]. */
function finish(h1, h2, out, at) {
    h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
    h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
    h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
    h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    out[at] = h1;
    out[at + 1] = h2;
}
// Keys are 64 bits from two 32-bit multiply–xorshift lanes (the construction of bryc's
// public-domain cyrb53, widened to 64 bits): among a million texts the chance that any two
// distinct ones share a key is below 1 in 30 million.
/**
 * Identifies a prompt — a record's user texts — up to case and spacing: two prompts have the same
 * key when their texts joined by newlines are equal after lower-casing, turning every run of blanks
 * into one space and trimming. Written as two 32-bit halves to out[at], out[at + 1]. The texts are
 * hashed one after another, never joined: each is lower-cased alone (a text with no capital is not
 * copied), which gives the joined text's lower case, newlines being neither cased nor ignorable.
 */
function promptHash(texts, out, at) {
    let h1 = SEED1;
    let h2 = SEED2;
    // Blanks seen since the last character hashed, once something was: one space if more follows.
    let pending = false;
    let started = false;
    for (let t = 0; t < texts.length; t++) {
        if (t > 0)
            pending = started;
        const text = texts[t].toLowerCase();
        for (let i = 0; i < text.length; i++) {
            const c = text.charCodeAt(i);
            // Printable ASCII, most of any text, is never blank.
            if ((c <= 0x20 || c >= 0x7f) && isBlank(c)) {
                pending = started;
                continue;
            }
            if (pending) {
                h1 = Math.imul(h1 ^ 0x20, 2654435761);
                h2 = Math.imul(h2 ^ 0x20, 1597334677);
                pending = false;
            }
            started = true;
            h1 = Math.imul(h1 ^ c, 2654435761);
            h2 = Math.imul(h2 ^ c, 1597334677);
        }
    }
    finish(h1, h2, out, at);
}
/** Identifies an answer exactly, as two 32-bit halves written to out[at], out[at + 1]. */
function answerHash(answer, out, at) {
    let h1 = SEED1;
    let h2 = SEED2;
    for (let i = 0; i < answer.length; i++) {
        const c = answer.charCodeAt(i);
        h1 = Math.imul(h1 ^ c, 2654435761);
        h2 = Math.imul(h2 ^ c, 1597334677);
    }
    finish(h1, h2, out, at);
}
const scratch = new Int32Array(2);
const asKey = (h) => String.fromCharCode(h[0] & 0xffff, h[0] >>> 16, h[1] & 0xffff, h[1] >>> 16);
/** promptHash of one text as a map key: four UTF-16 code units, never shown. */
function promptKey(text) {
    promptHash([text], scratch, 0);
    return asKey(scratch);
}
/** Identifies a trimmed answer exactly: short ones (labels) are their own key. */
function answerKey(answer) {
    if (answer.length <= MAX_LABEL_CHARS)
        return answer;
    answerHash(answer, scratch, 0);
    return `\u0000${asKey(scratch)}`;
}
/** The text of a message's content: a string, or its text blocks joined (other blocks count as ''). */
const textOf = (content) => typeof content === 'string'
    ? content
    : Array.isArray(content)
        ? content.map((b) => b.text ?? '').join('')
        : '';
const NUMBER = /^[-+]?[\d.,]*\d%?$/;
/**
 * Classification-like answers, whose label counts mean something: nearly every answer short, few
 * distinct ones for the records, and not numbers (RFT arithmetic's `2`, `8`, `11` are values,
 * not classes). `labels` maps each distinct answer's key to its count.
 */
function isLabelSet(records, shortAnswers, labels) {
    if (records === 0 || shortAnswers < 0.95 * records || labels.size > Math.max(2, records / 2))
        return false;
    let numeric = 0;
    for (const [label, count] of labels)
        if (NUMBER.test(label.trim()))
            numeric += count;
    return numeric < records / 2;
}


/***/ }),

/***/ 1267:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gj: () => (/* binding */ gate),
/* harmony export */   WE: () => (/* binding */ passes),
/* harmony export */   gJ: () => (/* binding */ gateResults)
/* harmony export */ });
/* harmony import */ var _lib_format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(432);
// The one verdict on a candidate: the PR comment presents it, and promotion obeys it, from the same
// results with the same defaults. A run that shows ✅ on a pull request is promotable when merged.

/**
 * What the gate decides on. Test records that also occur in training would let a pull request buy
 * a pass by training on the test set: when there are any, accuracy, score and the comparison with
 * production are those of the unseen records; the headline elsewhere stays the full test set's.
 */
function gateResults(evaluation) {
    const candidate = evaluation.models.find((m) => m.role === 'candidate');
    if (!candidate)
        return undefined;
    const u = evaluation.unseen;
    if (!u || u.seen === 0)
        return {
            accuracy: candidate.metrics.accuracy,
            score: candidate.metrics.score?.mean,
            vsProduction: evaluation.vsChampion,
        };
    const metrics = u.models.find((m) => m.role === 'candidate')?.metrics;
    return {
        accuracy: u.records ? (metrics?.accuracy ?? 0) : 0,
        score: u.records ? metrics?.score?.mean : undefined,
        vsProduction: u.records ? u.vsChampion : undefined,
        unseen: { records: u.records, seen: u.seen },
    };
}
/**
 * min-accuracy, min-score, and regression against production. Regression, by default (no
 * `max-regression`): the candidate must not be significantly worse than production (the exact
 * McNemar test the comment shows, 5 % level). With `max-regression` set, its point estimate must
 * also be within that many percentage points. Without a paired comparison (production was only
 * recorded), the point estimate alone decides, against `max-regression` or 0.
 */
function gate(t, r) {
    if (r.unseen?.records === 0)
        return [
            {
                input: 'leakage',
                passed: false,
                text: `every test record (${r.unseen.seen}) also occurs in training: nothing measures skill. Keep test records out of the training data`,
            },
        ];
    const on = r.unseen ? ` on the ${r.unseen.records} test records not in training` : '';
    const out = [];
    if (t.minAccuracy !== undefined) {
        const passed = r.accuracy >= t.minAccuracy;
        out.push({
            input: 'min-accuracy',
            passed,
            text: `accuracy${on} ${(0,_lib_format_js__WEBPACK_IMPORTED_MODULE_0__/* .pct */ .Oe)(r.accuracy)} ${passed ? '≥' : '<'} ${(0,_lib_format_js__WEBPACK_IMPORTED_MODULE_0__/* .pct */ .Oe)(t.minAccuracy)}`,
        });
    }
    if (t.minScore !== undefined) {
        const mean = r.score ?? 0;
        const passed = Number.isFinite(mean) && mean >= t.minScore;
        out.push({
            input: 'min-score',
            passed,
            text: `mean score${on} ${mean.toFixed(3)} ${passed ? '≥' : '<'} ${t.minScore}`,
        });
    }
    const regression = regressionCondition(t.maxRegression, r);
    if (regression)
        out.push(r.unseen && r.vsProduction ? { ...regression, text: `${regression.text}${on}` } : regression);
    return out;
}
function regressionCondition(max, r) {
    const vs = r.vsProduction;
    if (!vs) {
        if (r.vsRecordedPp !== undefined) {
            const passed = r.vsRecordedPp >= -(max ?? 0);
            return {
                input: 'max-regression',
                passed,
                text: `Δ vs production's recorded accuracy ${(0,_lib_format_js__WEBPACK_IMPORTED_MODULE_0__.pp)(r.vsRecordedPp)} ${passed ? '≥' : '<'} −${max ?? 0} pp`,
            };
        }
        return max === undefined
            ? undefined
            : { input: 'max-regression', passed: true, text: 'no production model yet: nothing to regress from' };
    }
    const worse = vs.significant && vs.deltaPp < 0;
    const within = max === undefined || vs.deltaPp >= -max;
    const delta = `Δ vs production ${(0,_lib_format_js__WEBPACK_IMPORTED_MODULE_0__.pp)(vs.deltaPp)}`;
    const text = max === undefined
        ? `${delta}, ${worse ? 'significantly worse' : 'not significantly worse'} (${(0,_lib_format_js__WEBPACK_IMPORTED_MODULE_0__/* .pValue */ .sp)(vs.p)}; 'max-regression' unset)`
        : `${delta} ${within ? '≥' : '<'} −${max} pp${within && worse ? `, but significantly worse (${(0,_lib_format_js__WEBPACK_IMPORTED_MODULE_0__/* .pValue */ .sp)(vs.p)})` : ''}`;
    return { input: 'max-regression', passed: within && !worse, text };
}
/** Whether the candidate passes every condition. */
const passes = (conditions) => conditions.every((c) => c.passed);


/***/ }),

/***/ 1714:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ loadTestSet)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_readline__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(481);
/* harmony import */ var node_readline__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_readline__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _dataset_keys_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5166);



/**
 * The committed test set (already validated): the last assistant turn of each record is the
 * expected answer; the system prompt and the turns before it are what the model is sent.
 * RFT-style records send their messages and expect `reference_answer`.
 */
async function loadTestSet(file, keep = {}) {
    const records = [];
    // A line at a time: the file is validated (and capped by 'max-test-records'), but may still be
    // larger than one string can hold.
    let i = -1;
    for await (const text of (0,node_readline__WEBPACK_IMPORTED_MODULE_1__.createInterface)({ input: (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(file), crlfDelay: Infinity })) {
        i += 1;
        if (text.trim() === '')
            continue;
        const r = JSON.parse(text);
        const turns = r.messages ?? [];
        let system = (r.system ?? []).map((b) => ({ text: b.text }));
        let expected;
        let sent;
        if (r.reference_answer !== undefined) {
            expected = typeof r.reference_answer === 'string' ? r.reference_answer : JSON.stringify(r.reference_answer);
            system = turns.filter((t) => t.role === 'system').map((t) => ({ text: (0,_dataset_keys_js__WEBPACK_IMPORTED_MODULE_2__/* .textOf */ .b6)(t.content) }));
            sent = turns.filter((t) => t.role !== 'system');
        }
        else {
            expected = (0,_dataset_keys_js__WEBPACK_IMPORTED_MODULE_2__/* .textOf */ .b6)(turns.at(-1)?.content);
            sent = turns.slice(0, -1);
        }
        const messages = sent.map((t) => ({
            role: t.role,
            content: Array.isArray(t.content) ? t.content : [{ text: (0,_dataset_keys_js__WEBPACK_IMPORTED_MODULE_2__/* .textOf */ .b6)(t.content) }],
        }));
        const { messages: _m, system: _s, ...fields } = r;
        records.push({
            line: i + 1,
            system,
            messages,
            expected,
            // the grader's copies of the record; nobody else reads them, so they are not kept
            turns: keep.grader
                ? [
                    ...system.map((b) => ({ role: 'system', content: b.text ?? '' })),
                    ...sent.map((t) => ({ role: t.role, content: (0,_dataset_keys_js__WEBPACK_IMPORTED_MODULE_2__/* .textOf */ .b6)(t.content) })),
                ]
                : [],
            metadata: keep.grader ? { ...fields, reference_answer: r.reference_answer ?? expected } : {},
            prompt: sent
                .filter((t) => t.role === 'user')
                .map((t) => (0,_dataset_keys_js__WEBPACK_IMPORTED_MODULE_2__/* .textOf */ .b6)(t.content))
                .join('\n'),
        });
    }
    return records;
}


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


/***/ })

};
