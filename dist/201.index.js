export const id = 201;
export const ids = [201];
export const modules = {

/***/ 3582:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MAX_PATTERN_CHARS: () => (/* binding */ MAX_PATTERN_CHARS),
/* harmony export */   MAX_SCORED_OUTPUT_CHARS: () => (/* binding */ MAX_SCORED_OUTPUT_CHARS),
/* harmony export */   compilePattern: () => (/* binding */ compilePattern)
/* harmony export */ });
/* harmony import */ var re2js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2856);
// Test-set patterns of `scorer: regex`: the validator checks them and the scorer runs them, both in RE2.

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


/***/ })

};
