export const id = 987;
export const ids = [987];
export const modules = {

/***/ 987:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MAX_PATTERN_CHARS: () => (/* binding */ MAX_PATTERN_CHARS),
/* harmony export */   MAX_SCORED_OUTPUT_CHARS: () => (/* binding */ MAX_SCORED_OUTPUT_CHARS),
/* harmony export */   compilePattern: () => (/* binding */ compilePattern),
/* harmony export */   isStringScorer: () => (/* binding */ isStringScorer),
/* harmony export */   normalize: () => (/* binding */ normalize),
/* harmony export */   score: () => (/* binding */ score)
/* harmony export */ });
/* harmony import */ var re2js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(856);

const QUOTES = new Set(['"', "'", '`', '“', '”', '‘', '’']);
const TRAILING = new Set(['.', '!', '?', ',', ';', ':']);
/** Drops characters of `set` from both ends (`ends`) or the end only; one pass, linear in the text. */
function trimSet(s, set, ends) {
    let start = 0;
    let end = s.length;
    if (ends)
        while (start < end && set.has(s[start]))
            start++;
    while (end > start && set.has(s[end - 1]))
        end--;
    return s.slice(start, end);
}
/**
 * trim, case-fold, collapse whitespace, strip surrounding quotes and trailing punctuation. Written
 * without backtracking patterns: the answers come from the test set and the model, both untrusted.
 */
function normalize(text) {
    let s = text.trim().toLowerCase().replace(/\s+/g, ' ');
    for (let i = 0; i < 2; i++)
        s = trimSet(trimSet(s, QUOTES, true), TRAILING, false).trim();
    return s;
}
/** Whether the scorer compares strings here (the others are graded by a Lambda or judged by a model: grading.ts). */
const isStringScorer = (scorer) => scorer === 'exact' || scorer === 'normalized' || scorer === 'json' || scorer === 'regex';
/** Longest test-set pattern the regex scorer runs, and how much of an output it searches. */
const MAX_PATTERN_CHARS = 1_000;
const MAX_SCORED_OUTPUT_CHARS = 100_000;
const compiled = new Map();
/**
 * A test-set pattern, compiled by RE2 (linear time whatever the pattern and the text: a pull
 * request's `^(.|.)*Q$` cannot hang the runner). Throws with RE2's reason for a pattern it cannot
 * run (backreferences, lookaround) or one over MAX_PATTERN_CHARS; the validator reports those first.
 */
function compilePattern(pattern) {
    if (pattern.length > MAX_PATTERN_CHARS)
        throw new Error(`the pattern is ${pattern.length} characters, over ${MAX_PATTERN_CHARS}`);
    let re = compiled.get(pattern);
    if (!re) {
        re = re2js__WEBPACK_IMPORTED_MODULE_0__/* .RE2JS */ .L3.compile(pattern, re2js__WEBPACK_IMPORTED_MODULE_0__/* .RE2JS */ .L3.DOTALL);
        if (compiled.size > 10_000)
            compiled.clear();
        compiled.set(pattern, re);
    }
    return re;
}
function parseJson(text) {
    const fenced = /^```(?:json)?\s*([\s\S]*?)\s*```$/.exec(text.trim());
    return JSON.parse(fenced ? fenced[1] : text.trim());
}
/** Deep equality with object keys in any order. */
function sameJson(a, b) {
    if (a === b)
        return true;
    if (Array.isArray(a) || Array.isArray(b))
        return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => sameJson(x, b[i]));
    if (a && b && typeof a === 'object' && typeof b === 'object') {
        const ka = Object.keys(a);
        const kb = Object.keys(b);
        return (ka.length === kb.length &&
            ka.every((k) => sameJson(a[k], b[k])));
    }
    return false;
}
/**
 * Whether a model's output is the expected answer. `exact` compares after trimming;
 * `normalized` as `normalize`; `json` parses both (a ```json fence is allowed) and compares
 * values; `regex` treats the expected answer as a pattern searched for in the output.
 */
function score(scorer, output, expected) {
    switch (scorer) {
        case 'exact':
            return output.trim() === expected.trim();
        case 'normalized':
            return normalize(output) === normalize(expected);
        case 'json':
            try {
                return sameJson(parseJson(output), parseJson(expected));
            }
            catch {
                return false;
            }
        case 'regex':
            try {
                return compilePattern(expected).matcher(output.trim().slice(0, MAX_SCORED_OUTPUT_CHARS)).find();
            }
            catch {
                return false;
            }
    }
}


/***/ })

};
