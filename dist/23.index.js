export const id = 23;
export const ids = [23];
export const modules = {

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

// EXTERNAL MODULE: ./src/dataset/validate.ts + 11 modules
var validate = __webpack_require__(3938);
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

/***/ 4031:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ mdText),
/* harmony export */   x: () => (/* binding */ mdCode)
/* harmony export */ });
/* harmony import */ var _lib_format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(432);
// Every string the PR comment and the job summary show that did not come from us — prompts,
// answers, labels, file names, failure messages, input values, registry strings — goes through
// one of these two functions. A pull request controls that text: it must show as text, and never
// mention a team, reference an issue, link, embed an image or speak HTML as the action's bot.

const ZWSP = '\u200b';
// Inline markdown that could turn text into something else: emphasis, code, links and images,
// autolinks and raw HTML, entities, strikethrough, math, table cells, hard breaks.
const INLINE = /[\\`*_[\]<>&~$|!]/g;
/** One line: control characters and runs of blanks become one space; at most `max` characters. */
function flatten(text, max) {
    // eslint-disable-next-line no-control-regex
    const one = text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\s]+/g, ' ').trim();
    return one.length > max ? (0,_lib_format_js__WEBPACK_IMPORTED_MODULE_0__/* .clip */ .$Q)(one, max - 1) : one;
}
/**
 * GitHub turns @user, @org/team, owner/repo#1, #1 and bare URLs in rendered text into mentions,
 * references and links, whatever backslashes the source had: a zero-width space breaks each.
 */
function inert(text) {
    return text
        .replace(/@/g, `@${ZWSP}`)
        .replace(/#/g, `#${ZWSP}`)
        .replace(/:\/\//g, `:${ZWSP}//`)
        .replace(/\bwww\./gi, (m) => `${m.slice(0, 3)}${ZWSP}.`);
}
/** Untrusted text for prose or a table cell: shown literally, on one line. */
function mdText(text, max = 120) {
    const one = flatten(text, max);
    return one === '' ? '∅' : inert(one).replace(INLINE, '\\$&');
}
/** Untrusted text as an inline code span (labels, answers, file names): shown literally, on one line. */
function mdCode(text, max = 60) {
    // A code span ends at the next backtick run, so backticks are shown as a look-alike; pipes are
    // escaped because GFM splits table cells before it parses code spans.
    const one = flatten(text, max).replace(/`/g, 'ˋ').replace(/\|/g, '\\|');
    return one === '' ? '`∅`' : `\`${one}\``;
}


/***/ })

};
