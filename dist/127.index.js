export const id = 127;
export const ids = [127,23];
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

// EXTERNAL MODULE: ./src/dataset/validate.ts + 7 modules
var validate = __webpack_require__(2915);
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

/***/ 9309:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Oy: () => (/* binding */ liveComment),
  S3: () => (/* binding */ publishReport)
});

// UNUSED EXPORTS: updateComment

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/github/client.ts
var client = __webpack_require__(6584);
// EXTERNAL MODULE: ./src/report/stages.ts
var stages = __webpack_require__(1139);
// EXTERNAL MODULE: ./src/report/chart.ts
var report_chart = __webpack_require__(194);
// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(4031);
// EXTERNAL MODULE: ./src/report/sticky.ts
var sticky = __webpack_require__(1971);
// EXTERNAL MODULE: ./src/pricing/prices.ts
var prices = __webpack_require__(5142);
// EXTERNAL MODULE: ./src/training/cost.ts
var training_cost = __webpack_require__(6857);
// EXTERNAL MODULE: ./src/report/sweep.ts
var sweep = __webpack_require__(602);
// EXTERNAL MODULE: ./src/lib/format.ts
var format = __webpack_require__(432);
;// CONCATENATED MODULE: ./src/report/markdown.ts
// The report as GitHub-flavoured markdown: the PR comment and the job summary. The first screen
// is what a reviewer decides from; the rest supports it, and is dropped lowest priority first
// when the comment would pass GitHub's 65,536-character limit.








const COMMENT_LIMIT = 65_536;
const cell = report_escape/* mdText */.b;
const code = report_escape/* mdCode */.x;
/** The delta on the unseen subset, briefly: it stands beside the headline's. */
function shortDelta(name, c) {
    return `${(0,format.pp)(c.deltaPp)} vs ${name} (95 % CI ${(0,format.pp)(c.ci[0])} … ${(0,format.pp)(c.ci[1])}, ${(0,format/* pValue */.sp)(c.p)})`;
}
/** How many test records training also has, and what the candidate scores without them. */
function overlapLine(e) {
    const u = e.unseen;
    if (!u)
        return undefined;
    const seen = `${u.seen} of ${e.testSet.records} test records also occur in training (\`leak/test-in-training\`)`;
    const candidate = u.models.find((m) => m.role === 'candidate');
    if (u.records === 0)
        return `- 🔁 ${seen}: every one of them, so nothing measures skill and the gate fails.`;
    if (!candidate)
        return `- 🔁 ${seen}.`;
    const deltas = [u.vsChampion && shortDelta('production', u.vsChampion), u.vsBase && shortDelta('base', u.vsBase)];
    const measured = `on the ${u.records} not seen in training the candidate scores **${(0,format/* pct */.Oe)(candidate.metrics.accuracy)}** (the gate decides on these)`;
    return `- 🔁 ${seen}: ${measured}${deltas.some(Boolean) ? `, ${deltas.filter(Boolean).join(', ')}` : ''}.`;
}
function delta(name, c, what = '') {
    const verdict = c.significant ? '**significant**' : 'not significant';
    const head = `Δ ${what}vs ${name}: ${(0,format.pp)(c.deltaPp)}`;
    return `${what ? head : `**${head}**`} (95 % CI ${(0,format.pp)(c.ci[0])} … ${(0,format.pp)(c.ci[1])}), ${verdict} (${(0,format/* pValue */.sp)(c.p)}, exact McNemar on ${c.n} paired records: ${c.b} fixed, ${c.c} broken)`;
}
function scoreDelta(name, c) {
    const verdict = c.significant ? '**significant**' : 'not significant';
    return `**Δ mean score vs ${name}: ${(0,format/* signed */.x8)(c.delta)}** (95 % bootstrap CI ${(0,format/* signed */.x8)(c.ci[0])} … ${(0,format/* signed */.x8)(c.ci[1])}), ${verdict} (${(0,format/* pValue */.sp)(c.p)}, Wilcoxon signed-rank on ${c.n} paired records: ${c.better} scored higher, ${c.worse} lower)`;
}
/** Dollars, escaped: two bare `$` in a paragraph are a math formula to GitHub. */
const usd = (x) => `\\$${(0,prices/* formatUsd */.UK)(x)}`;
const duration = (hours) => (hours < 1 ? `${(hours * 60).toFixed(1)} min` : `${hours.toFixed(2)} h`);
const percent = (x) => `${x >= 0 ? '+' : '−'}${Math.abs(x).toFixed(1)} %`;
/** Legacy models, and the money: what training costs and what the candidate costs to serve. */
function costAndLifecycleLines(r) {
    const lines = (r.lifecycle ?? []).map((l) => `- ⚠️ ${cell(l.message, 400)}`);
    const t = r.cost?.training;
    const candidate = r.cost?.inference?.models.find((m) => m.role === 'candidate');
    const parts = [];
    const rows = r.sweep?.rows ?? [];
    if (rows.length > 1 && rows.some((x) => x.trainingCost !== undefined)) {
        // the grid's total is what the run spends (and what max-training-cost holds); the winner's is one point of it
        const known = rows.filter((x) => x.trainingCost !== undefined);
        const total = known.reduce((a, x) => a + x.trainingCost, 0);
        const winner = rows.find((x) => x.id === r.sweep.winner)?.trainingCost;
        parts.push(`training about ${usd(total)} for the grid's ${rows.length} points${known.length < rows.length ? ` (${rows.length - known.length} without a price)` : ''}${winner !== undefined ? `, of which the winner ${usd(winner)}` : ''}`);
    }
    else if (t)
        parts.push(t.actual?.cost !== undefined
            ? `training ${usd(t.actual.cost)} (${duration(t.actual.hours)} at ${usd(t.price.usd)} per hour)`
            : t.cost !== undefined
                ? `training about ${usd(t.cost)} (${t.billedTokens.toLocaleString('en-US')} billed tokens)`
                : t.billing === 'per-hour' && t.price
                    ? `training ${usd(t.price.usd)} per hour (RFT; the total depends on the job's duration)`
                    : `training ${t.billedTokens.toLocaleString('en-US')} billed tokens (no price found)`);
    if (candidate?.per1kRequests !== undefined) {
        const vs = r.cost?.inference?.candidateVsProduction;
        parts.push(`inference ${usd(candidate.per1kRequests)} per 1,000 requests${vs !== undefined ? ` (${percent(vs)} vs production)` : ''}`);
    }
    if (parts.length)
        lines.push(`- 💲 Cost: ${parts.join(' · ')}${r.cost?.publicationDate ? ` (AWS Price List of ${cell(r.cost.publicationDate.slice(0, 10), 10)})` : ''}.`);
    return lines;
}
/** What scored the answers; the rubric's name is the pull request's, so it goes through the escaper. */
function scoredBy(by) {
    if (by.grader)
        return `grader Lambda ${code(by.grader, 200)}`;
    const rubric = by.rubric === 'built-in' ? 'built-in (correctness)' : code(by.rubric ?? '', 120);
    return `judge ${code(by.judge ?? '', 200)}, rubric ${rubric}`;
}
/** The live card's last line: when it was written, and what replaces it. */
const liveFooter = (r) => `_This comment follows the job${r.sweep ? 's' : ''} (updated ${r.generatedAt.slice(11, 16)} UTC, at most once a minute) and becomes the report when the model is evaluated._`;
function headline(r) {
    const name = `\`${r.modelName}\``;
    if (r.state === 'evaluating') {
        const rows = r.evaluating ?? [];
        const current = rows.find((x) => x.done < x.total);
        return [
            `## ⏳ ${name}: evaluating${current ? ` — ${cell(current.label, 80)}` : ''}`,
            '',
            `Training is over; each model answers the test set (${rows[0]?.total ?? 0} records), then the report replaces this card.`,
            '',
            '| model | records answered |',
            '|---|---:|',
            ...rows.map((x) => `| ${cell(x.label, 80)} | ${x.done} of ${x.total}${x.done === x.total ? ' ✓' : ''} |`),
            ...(r.sweep ? ['', (0,sweep/* sweepHeadline */.bm)(r.sweep)] : []),
            ...(costAndLifecycleLines(r).length ? ['', ...costAndLifecycleLines(r)] : []),
            '',
            liveFooter(r),
        ];
    }
    if (r.state === 'training' && r.live && r.sweep) {
        const running = r.sweep.rows.filter((x) => x.status === 'InProgress' || x.status === 'Stopping').length;
        return [
            `## ⏳ ${name}: sweep training — ${r.sweep.size - running} of ${r.sweep.size} points ended`,
            '',
            (0,sweep/* sweepHeadline */.bm)(r.sweep),
            ...costAndLifecycleLines(r),
            '',
            liveFooter(r),
        ];
    }
    if (r.state === 'training' && r.live) {
        const t = r.training;
        const { line, current } = (0,stages/* stageLine */.v)(t.stages);
        return [
            `## ⏳ ${name}: training${current ? ` — ${current}` : ''}`,
            '',
            `Training job [\`${t.jobName}\`](${t.consoleUrl ?? '#'}) is **${t.status}**${t.reused ? ' (found: trained from the same data before)' : ''}${t.startedAt ? `, started ${t.startedAt.replace('T', ' ').replace(/\.\d+Z$/, ' UTC')}` : ''}.`,
            ...(line ? ['', `Stages: ${line}`] : []),
            ...(t.eta
                ? [
                    '',
                    `Estimated end: about ${t.eta.endsAt.slice(11, 16)} UTC${t.eta.endsAt.slice(0, 10) !== r.generatedAt.slice(0, 10) ? ` on ${t.eta.endsAt.slice(0, 10)}` : ''} (an estimate from ${t.eta.samples} earlier job${t.eta.samples === 1 ? '' : 's'} of this model, by billed tokens).`,
                ]
                : []),
            ...(costAndLifecycleLines(r).length ? ['', ...costAndLifecycleLines(r)] : []),
            '',
            liveFooter(r),
        ];
    }
    if (r.state === 'training' && r.sweep) {
        const running = r.sweep.rows.filter((x) => x.status === 'InProgress' || x.status === 'Stopping').length;
        return [
            `## ⏳ ${name}: sweep training in progress — ${r.sweep.size - running} of ${r.sweep.size} points ended`,
            '',
            `The step handed the grid over at \`wait-minutes\` instead of failing; the next run with the same data finds every job, goes on waiting, then evaluates and ranks the points. Nothing is trained twice.`,
            '',
            (0,sweep/* sweepHeadline */.bm)(r.sweep),
            ...costAndLifecycleLines(r),
        ];
    }
    if (r.state === 'training') {
        const t = r.training;
        return [
            `## ⏳ ${name}: training in progress`,
            '',
            `Training job [\`${t.jobName}\`](${t.consoleUrl ?? '#'}) is **${t.status}**${t.startedAt ? `, started ${t.startedAt.replace('T', ' ').replace(/\.\d+Z$/, ' UTC')}` : ''}. ` +
                `The step handed it over at \`wait-minutes\` instead of failing; the next run with the same data finds this job and evaluates it when it completes. Nothing is trained twice.`,
            ...(costAndLifecycleLines(r).length ? ['', ...costAndLifecycleLines(r)] : []),
        ];
    }
    if (r.state === 'training-failed') {
        const t = r.training;
        return [
            `## ❌ ${name}: training ${t.status === 'Failed' ? 'failed' : 'was stopped'}`,
            '',
            `Training job \`${t.jobName}\` ended **${t.status}**${t.failureMessage ? `: ${cell(t.failureMessage, 500)}` : '.'}`,
            '',
            'No model to evaluate. Fix the cause and push, or re-run with `retry-failed: true`.',
        ];
    }
    const e = r.evaluation;
    const candidate = e.models.find((m) => m.role === 'candidate');
    const lines = [];
    if (candidate) {
        const icon = r.passed ? '✅' : '❌';
        const verdict = r.gate.length === 0 ? 'evaluated (no gate set)' : r.passed ? 'passes the gate' : 'fails the gate';
        const score = candidate.metrics.score;
        const figure = score
            ? `mean score ${score.mean.toFixed(3)}, pass rate ${(0,format/* pct */.Oe)(candidate.metrics.accuracy)}`
            : `${(0,format/* pct */.Oe)(candidate.metrics.accuracy)} accuracy`;
        lines.push(`## ${icon} ${name}: ${r.sweep ? 'sweep winner' : 'candidate'} ${verdict} — ${figure}`, '');
        if (r.sweep)
            lines.push((0,sweep/* sweepHeadline */.bm)(r.sweep));
        if (e.scoreVsChampion)
            lines.push(`- ${scoreDelta('production', e.scoreVsChampion)}`);
        if (e.vsChampion)
            lines.push(`- ${delta('production', e.vsChampion, e.grading ? 'pass rate ' : '')}`);
        else
            lines.push('- No production model yet: nothing to compare with (promote one with `command: promote`).');
        if (e.scoreVsBase)
            lines.push(`- ${scoreDelta('base', e.scoreVsBase)}`);
        if (e.vsBase)
            lines.push(`- ${delta('base', e.vsBase, e.grading ? 'pass rate ' : '')}`);
    }
    else {
        lines.push(`## 📊 ${name}: evaluation (no candidate trained from this data)`, '');
    }
    const overlap = overlapLine(e);
    if (overlap)
        lines.push(overlap);
    lines.push(...costAndLifecycleLines(r));
    if (r.gate.length)
        lines.push(`- Gate: ${r.gate.map((g) => `${g.passed ? '✅' : '❌'} \`${g.input}\` ${g.text}`).join(' · ')}`);
    const scoring = e.grading
        ? `, scored by ${scoredBy(e.grading.by)}; an answer passes at score ≥ ${e.grading.passThreshold}`
        : '';
    lines.push(`- Test set ${code(e.testSet.name, 120)}: ${e.testSet.records} records, scorer \`${e.scorer}\`${scoring}.`);
    if (e.grading?.by.judge)
        lines.push('- ⚖️ Judge scores can be influenced by the answers they judge: answers reach the judge escaped, between delimiters it cannot predict, and `judge/injection` flags data shaped to address it; read the worst answers below before trusting a high score.');
    return lines;
}
/** Accuracy on the test records not seen in training, per model column, when training saw some. */
function unseenRow(r, row) {
    const u = r.evaluation.unseen;
    if (!u?.records)
        return [];
    const of = (m) => u.models.find((x) => x.role === m.role)?.metrics;
    return [
        row(`accuracy, not seen in training (${u.records})`, (m) => {
            const metrics = of(m);
            return metrics ? `${(0,format/* pct */.Oe)(metrics.accuracy)} (${metrics.correct}/${metrics.answered})` : '—';
        }),
    ];
}
function modelsTable(r) {
    const models = r.evaluation.models;
    const head = `| | ${models.map((m) => cell(m.label, 80)).join(' | ')} |`;
    const sep = `|---|${models.map(() => '---:').join('|')}|`;
    const row = (name, f) => `| ${name} | ${models.map(f).join(' | ')} |`;
    const graded = r.evaluation.grading;
    const rows = [
        ...(graded ? scoreRows(models, row, graded.passThreshold) : []),
        ...(graded
            ? []
            : [row('accuracy', (m) => `**${(0,format/* pct */.Oe)(m.metrics.accuracy)}** (${m.metrics.correct}/${m.metrics.answered})`)]),
        ...unseenRow(r, row),
        ...(models.some((m) => m.metrics.macroF1 !== undefined)
            ? [row('macro-F1', (m) => (m.metrics.macroF1 === undefined ? '—' : m.metrics.macroF1.toFixed(3)))]
            : []),
        row('latency p50 / p95', (m) => `${Math.round(m.metrics.latencyMs.p50)} / ${Math.round(m.metrics.latencyMs.p95)} ms`),
        row('tokens in / out (mean)', (m) => `${m.metrics.tokens.meanInput.toFixed(0)} / ${m.metrics.tokens.meanOutput.toFixed(1)}`),
        ...costRow(r, row),
        row('errors', (m) => String(m.metrics.errors)),
        row('evaluated', (m) => (m.cached ? 'cached result' : m.via)),
    ];
    return ['### Models', '', head, sep, ...rows].join('\n');
}
/** Cost per 1,000 requests like the test set's, per model; the candidate's change vs production. */
function costRow(r, row) {
    const inference = r.cost?.inference;
    if (!inference)
        return [];
    return [
        row('cost per 1,000 requests', (m) => {
            const c = inference.models.find((x) => x.role === m.role);
            if (c?.per1kRequests === undefined)
                return 'no price';
            const vs = m.role === 'candidate' && inference.candidateVsProduction !== undefined;
            return `${usd(c.per1kRequests)}${vs ? ` (${percent(inference.candidateVsProduction)} vs production)` : ''}`;
        }),
    ];
}
const BARS = '▁▂▃▄▅▆▇█';
/** Mean score with its interval, pass rate, distribution and the grader's metrics, per model. */
function scoreRows(models, row, threshold) {
    const of = (m) => m.metrics.score;
    const names = [...new Set(models.flatMap((m) => Object.keys(of(m)?.grader ?? {})))].slice(0, 8);
    const histogram = (h) => {
        const top = Math.max(1, ...h);
        return `${h.map((n) => BARS[Math.round((n / top) * (BARS.length - 1))]).join('')} ${h.join('/')}`;
    };
    return [
        row('mean score (95 % CI)', (m) => of(m) ? `**${of(m).mean.toFixed(3)}** (${of(m).ci[0].toFixed(3)} … ${of(m).ci[1].toFixed(3)})` : '—'),
        row(`pass rate (score ≥ ${threshold})`, (m) => `**${(0,format/* pct */.Oe)(m.metrics.accuracy)}** (${m.metrics.correct}/${m.metrics.answered})`),
        row('score p10 / median / p90', (m) => of(m)
            ? `${of(m).quantiles.p10.toFixed(2)} / ${of(m).quantiles.p50.toFixed(2)} / ${of(m).quantiles.p90.toFixed(2)}`
            : '—'),
        row('scores in fifths 0 → 1', (m) => (of(m) ? histogram(of(m).histogram) : '—')),
        ...names.map((n) => row(`grader metric ${code(n, 60)} (mean)`, (m) => {
            const v = of(m)?.grader[n];
            return v === undefined ? '—' : v.toFixed(3);
        })),
    ];
}
/** Graded: the records whose score fell most, against production and against base. */
function scoreDrops(r) {
    const d = r.evaluation.drops;
    if (!d || (d.vsBase.length === 0 && d.vsChampion.length === 0))
        return undefined;
    const table = (title, list) => list.length === 0
        ? []
        : [
            `**${title}**`,
            '',
            '| line | prompt | score | candidate answered | why |',
            '|---:|---|---:|---|---|',
            ...list.map((x) => `| ${x.line} | ${cell(x.prompt, 80)} | ${x.before.toFixed(2)} → ${x.after.toFixed(2)} | ${code(x.output ?? '', 80)} | ${x.reason ? cell(x.reason, 100) : '—'} |`),
            '',
        ];
    return [
        '<details><summary>Records whose score dropped most</summary>',
        '',
        ...table('vs production', d.vsChampion),
        ...table('vs base', d.vsBase),
        '</details>',
    ].join('\n');
}
function labelChanges(r) {
    const models = r.evaluation.models;
    const candidate = models.find((m) => m.role === 'candidate');
    const reference = models.find((m) => m.role === 'champion') ?? models.find((m) => m.role === 'base');
    if (!candidate?.metrics.labels || !reference?.metrics.labels)
        return undefined;
    const ref = new Map(reference.metrics.labels.map((l) => [l.label, l.f1]));
    const changed = candidate.metrics.labels
        .map((l) => ({ ...l, before: ref.get(l.label) ?? 0 }))
        .filter((l) => Math.abs(l.f1 - l.before) >= 0.005)
        // by impact: a label's records × how far its F1 moved, then its records (ten +1.00 rows of
        // labels with two records each would otherwise bury the label that matters)
        .sort((a, b) => b.support * Math.abs(b.f1 - b.before) - a.support * Math.abs(a.f1 - a.before) ||
        b.support - a.support ||
        a.label.localeCompare(b.label))
        .slice(0, 10);
    if (changed.length === 0)
        return undefined;
    return [
        `### Labels whose F1 changed most (vs ${reference.role === 'champion' ? 'production' : 'base'})`,
        '',
        '| label | support | before | candidate | Δ F1 |',
        '|---|---:|---:|---:|---:|',
        ...changed.map((l) => `| ${code(l.label)} | ${l.support} | ${l.before.toFixed(2)} | ${l.f1.toFixed(2)} | ${l.f1 >= l.before ? '+' : '−'}${Math.abs(l.f1 - l.before).toFixed(2)} |`),
    ].join('\n');
}
function confusions(r) {
    const list = r.evaluation.models.find((m) => m.role === 'candidate')?.metrics.confusions?.slice(0, 8);
    if (!list?.length)
        return undefined;
    return [
        '### Top confusions (candidate)',
        '',
        '| expected | answered | count |',
        '|---|---|---:|',
        ...list.map((c) => `| ${code(c.expected)} | ${code(c.predicted)} | ${c.count} |`),
    ].join('\n');
}
function failedExamples(r) {
    const failed = r.evaluation.failed;
    if (failed.length === 0)
        return undefined;
    const candidate = r.evaluation.models.find((m) => m.role === 'candidate');
    const shown = failed.slice(0, 20);
    const wrong = candidate.metrics.answered - candidate.metrics.correct + candidate.metrics.errors;
    if (r.evaluation.grading)
        return [
            `<details><summary>Lowest-scored answers (${shown.length} of ${wrong} below ${r.evaluation.grading.passThreshold}, worst first)</summary>`,
            '',
            '| line | prompt | expected | answered | score | why |',
            '|---:|---|---|---|---:|---|',
            ...shown.map((f) => `| ${f.line} | ${cell(f.prompt, 80)} | ${code(f.expected, 80)} | ${f.error ? `⚠️ error: ${cell(f.error, 80)}` : code(f.output ?? '', 120)} | ${f.score === undefined ? '—' : f.score.toFixed(2)} | ${f.reason ? cell(f.reason, 120) : '—'} |`),
            '',
            '</details>',
        ].join('\n');
    return [
        `<details><summary>Failed examples (${shown.length} of ${wrong})</summary>`,
        '',
        '| line | prompt | expected | answered |',
        '|---:|---|---|---|',
        ...shown.map((f) => `| ${f.line} | ${cell(f.prompt, 90)} | ${code(f.expected)} | ${f.error ? `⚠️ error: ${cell(f.error, 60)}` : code(f.output ?? '')} |`),
        '',
        '</details>',
    ].join('\n');
}
function dataChanges(r) {
    const d = r.dataChanges;
    if (!d || d.files.length === 0)
        return undefined;
    const lines = [
        `### What this PR changed in the data`,
        '',
        `Against the base branch (\`${d.baseSha.slice(0, 7)}\`, read through ${d.source === 'git' ? 'git' : 'the GitHub API'}):`,
        '',
        '| file | records | added | removed | relabeled |',
        '|---|---:|---:|---:|---:|',
    ];
    for (const f of d.files)
        lines.push(`| ${code(f.name, 120)} (${f.role}) | ${f.isNew ? 'new: ' : `${f.baseRecords} → `}${f.headRecords} | ${f.added} | ${f.removed} | ${f.relabeled} |`);
    for (const f of d.files) {
        if (f.labels?.length && f.isNew) {
            lines.push('', `Labels of ${code(f.name, 120)} (new file), most frequent:`, '', '| label | records | share |', '|---|---:|---:|', ...f.labels.slice(0, 6).map((l) => `| ${code(l.label)} | ${l.head} | ${(0,format/* pct */.Oe)(l.head / f.headRecords)} |`));
        }
        else if (f.labels?.length) {
            // only moves that show as at least 0.1 pp: '+0.0 pp' says nothing
            const moves = f.labels.filter((l) => Math.abs(l.deltaPp) >= 0.05).slice(0, 6);
            if (moves.length)
                lines.push('', `Label distribution of ${code(f.name, 120)}, largest moves:`, '', '| label | before | after | Δ share |', '|---|---:|---:|---:|', ...moves.map((l) => `| ${code(l.label)} | ${l.base} | ${l.head} | ${(0,format.pp)(l.deltaPp)} |`));
        }
        if (f.examples.relabeled.length)
            lines.push('', `Relabeled in ${code(f.name, 120)}: ${f.examples.relabeled.map((x) => `${cell(x.prompt, 50)} (${code(x.from, 30)} → ${code(x.to, 30)})`).join('; ')}`);
    }
    return lines.join('\n');
}
function training(r) {
    const t = r.training;
    if (!t)
        return undefined;
    const lines = ['### Training', ''];
    const loss = t.loss;
    const chart = loss ? (0,report_chart/* lossChart */.Kj)(loss.training, loss.validation) : undefined;
    if (chart)
        lines.push(chart, '');
    const hp = Object.entries(t.hyperparameters)
        .map(([k, v]) => code(`${k}=${v}`, 60))
        .join(', ') || 'defaults';
    lines.push(`| job | ${t.consoleUrl ? `[\`${t.jobName}\`](${t.consoleUrl})` : `\`${t.jobName}\``}${t.reused ? ' (found, not retrained)' : ''} |`, '|---|---|', `| ARN | \`${t.jobArn}\` |`, `| base model, method | \`${t.baseModel}\`, ${t.customizationType} |`, `| status | ${t.status}${t.durationMinutes !== undefined ? `, ${t.durationMinutes.toFixed(1)} min` : ''} |`, `| hyperparameters | ${hp} |`, `| dataset | \`${r.dataset.hash.slice(0, 16)}…\`: ${r.dataset.files.map((f) => `${f.role} ${f.records}`).join(', ')} records |`);
    const cost = r.cost?.training;
    if (cost) {
        lines.push(`| training cost (estimate) | ${cell((0,training_cost/* describeTrainingCost */.RF)(cost), 400)} |`);
        if (cost.actual)
            lines.push(`| training, after the job | ${duration(cost.actual.hours)}${cost.actual.cost !== undefined ? `: ${usd(cost.actual.cost)} at the hourly rate` : cost.cost !== undefined ? `; billed by tokens: ${cost.billedTokens.toLocaleString('en-US')} (${cost.tokens.toLocaleString('en-US')} × ${cost.epochs} epochs), about ${usd(cost.cost)}` : ''} |`);
        if (cost.validationTokens)
            lines.push(`| validation tokens | about ${cost.validationTokens.toLocaleString('en-US')}, not counted above (whether Bedrock bills them is not documented) |`);
        lines.push(`| model storage | ${cost.storage ? `${usd(cost.storage.usd)} per month while the custom model exists` : 'no price found'} |`);
    }
    if (loss && loss.training.length > 1) {
        const last = loss.training.at(-1);
        lines.push(`| final loss | training ${last.loss.toFixed(4)}${loss.validation.length ? `, validation ${loss.validation.at(-1).loss.toFixed(4)}` : ''} |`);
    }
    return lines.join('\n');
}
function lossFallback(r) {
    const loss = r.training?.loss;
    if (!loss || loss.training.length < 2)
        return undefined;
    return [
        '<details><summary>Loss as a table</summary>',
        '',
        (0,report_chart/* lossTable */.u5)(loss.training, loss.validation),
        '',
        '</details>',
    ].join('\n');
}
function warnings(r) {
    if (r.dataset.warnings.length === 0)
        return undefined;
    return [
        '<details><summary>Validation warnings</summary>',
        '',
        '| rule | count | first at |',
        '|---|---:|---|',
        ...r.dataset.warnings.map((w) => `| \`${w.rule}\` | ${w.count} | ${code(w.at, 120)} |`),
        '',
        '</details>',
    ].join('\n');
}
function footer(r) {
    // A workflow run's runner is gone by the time anyone reads this: name its artifact and the S3
    // copy, and the file on disk only for a run on this machine (the CLI).
    const at = r.location;
    const onRunner = Boolean(r.run.url);
    const where = [
        at?.artifact && r.run.url ? `artifact ${code(at.artifact, 100)} of the [workflow run](${r.run.url})` : undefined,
        at?.s3 ? code(at.s3, 200) : undefined,
        at?.file && !onRunner ? code(at.file, 200) : undefined,
    ]
        .filter(Boolean)
        .join(' and ');
    const spent = r.cost?.inference?.spent;
    const missing = r.cost?.inference?.missing ?? [];
    const money = spent
        ? ` · this evaluation's model calls cost about ${usd(spent.models + spent.judge)}${spent.judge ? ` (judge ${usd(spent.judge)})` : ''}${spent.complete ? '' : ', not counting calls without a price'}`
        : '';
    const noPrice = missing.length
        ? ` · no price found for ${missing.map((m) => code(m, 80)).join(', ')} (input \`prices\` can supply one)`
        : '';
    return `<sub>Bedrock Model CI${money}${noPrice}${r.run.url && !at?.artifact ? ` · [workflow run](${r.run.url})` : ''}${r.run.commit ? ` · commit ${r.run.commit.slice(0, 7)}` : ''}${where ? ` · full results: ${where}` : ''}</sub>`;
}
/**
 * The report's headline and model table for a terminal or a log: what a reviewer reads first,
 * without the markdown a terminal shows as punctuation (links keep their text, bold and code marks go).
 */
function headlineText(r) {
    const lines = [...headline(r), ...(r.evaluation ? ['', modelsTable(r)] : [])].join('\n').split('\n');
    return lines
        .filter((l) => !l.startsWith('_This comment'))
        .map((l) => l
        .replace(/^#+ /, '')
        .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
        .replace(/\*\*|`/g, ''));
}
/** The report as markdown, at most `limit` characters; `forComment` adds the sticky marker. */
function renderReport(r, options = {}) {
    const limit = options.limit ?? COMMENT_LIMIT;
    const top = [...(options.forComment ? [(0,sticky/* marker */.xL)(r.modelName)] : []), ...headline(r)].join('\n');
    const sections = [];
    const add = (title, priority, text) => text && sections.push({ title, priority, text });
    if (r.sweep) {
        add('sweep table', 95, (0,sweep/* sweepTable */.p)(r.sweep));
        add('sweep loss chart', 65, (0,sweep/* sweepChart */.Hj)(r.sweep));
    }
    if (r.evaluation) {
        add('models table', 100, modelsTable(r));
        add('data changes', 80, dataChanges(r));
        add('label changes', 60, labelChanges(r));
        add('confusions', 40, confusions(r));
        add('score drops', 50, scoreDrops(r));
        add('failed examples', 20, failedExamples(r));
    }
    else {
        add('data changes', 80, dataChanges(r));
    }
    add('training', 70, training(r));
    add('loss table', 30, lossFallback(r));
    add('validation warnings', 10, warnings(r));
    const dropped = [];
    const assemble = () => {
        const note = dropped.length
            ? `\n\n> Left out to fit GitHub's ${limit.toLocaleString('en-US')}-character limit: ${dropped.join(', ')}. The full report has them${r.location?.file || r.location?.s3 || r.location?.artifact ? ' (see below)' : ''}.`
            : '';
        return [top, ...sections.map((s) => s.text)].join('\n\n') + note + `\n\n${footer(r)}\n`;
    };
    let text = assemble();
    while (text.length > limit && sections.length > 0) {
        const lowest = sections.reduce((a, b) => (b.priority < a.priority ? b : a));
        sections.splice(sections.indexOf(lowest), 1);
        dropped.push(lowest.title);
        text = assemble();
    }
    return text.length > limit ? `${text.slice(0, limit - 200)}\n\n…(cut to fit GitHub's comment limit)\n` : text;
}

;// CONCATENATED MODULE: ./src/report/publish.ts






const fixed = (x, digits) => (x === undefined ? '' : x.toFixed(digits));
/**
 * The sticky PR comment alone, for progress while a run goes on (a sweep's points completing):
 * no outputs, files or job summary, which the final report writes once. Best effort.
 */
async function updateComment(report, settings, context, io) {
    const pr = context.pullRequest;
    if (!pr || !settings.comment || !context.repository || !settings.githubToken)
        return;
    try {
        await (0,sticky/* upsertStickyComment */.qD)(new client/* GitHub */.g(settings.githubToken, context.repository, context.apiUrl), pr.number, settings.modelName, renderReport(report, { forComment: true }));
    }
    catch (error) {
        io.debug(`progress comment not updated: ${(0,errors/* messageOf */.bD)(error)}`);
    }
}
/**
 * The live card while jobs train and models are evaluated: written when something changed, at
 * most once per `minMs` (a change inside that time goes out with the next write). The report is
 * built only when it is written. Writes go out one after another; the final report, written
 * through publishReport after `idle()`, replaces it and is never overtaken by it.
 */
function liveComment(settings, context, io, clock, minMs) {
    let last = -Infinity;
    let pending = false;
    let busy = false;
    let inflight = Promise.resolve();
    return {
        update(report, changed) {
            pending ||= changed;
            // one write at a time: a change while one is in flight goes out with the next due update
            if (!pending || busy || clock.now() - last < minMs)
                return inflight;
            busy = true;
            pending = false;
            last = clock.now();
            inflight = (async () => {
                try {
                    await updateComment(await report(), settings, context, io);
                }
                catch (error) {
                    io.debug(`live card not written: ${(0,errors/* messageOf */.bD)(error)}`);
                }
                finally {
                    // counted from the end of a write: the next one cannot arrive sooner than minMs after it
                    last = clock.now();
                    busy = false;
                }
            })();
            return inflight;
        },
        idle: () => inflight,
    };
}
/** Outputs, the JSON file and its S3 copy, the job summary, and the sticky PR comment. */
async function publishReport(report, settings, context, store, io) {
    const models = report.evaluation?.models ?? [];
    const by = (role) => models.find((m) => m.role === role);
    io.setOutput('accuracy', fixed(by('candidate')?.metrics.accuracy, 4));
    io.setOutput('base-accuracy', fixed(by('base')?.metrics.accuracy, 4));
    io.setOutput('champion-accuracy', fixed(by('champion')?.metrics.accuracy, 4));
    io.setOutput('score', fixed(by('candidate')?.metrics.score?.mean, 4));
    io.setOutput('base-score', fixed(by('base')?.metrics.score?.mean, 4));
    io.setOutput('champion-score', fixed(by('champion')?.metrics.score?.mean, 4));
    // empty without overlap, and when no test record is unseen: there is no such figure then
    const u = report.evaluation?.unseen;
    const unseen = u?.records ? u.models.find((m) => m.role === 'candidate') : undefined;
    io.setOutput('accuracy-unseen', fixed(unseen?.metrics.accuracy, 4));
    io.setOutput('score-unseen', fixed(unseen?.metrics.score?.mean, 4));
    io.setOutput('delta-vs-base', fixed(report.evaluation?.vsBase?.deltaPp, 2));
    io.setOutput('delta-vs-champion', fixed(report.evaluation?.vsChampion?.deltaPp, 2));
    io.setOutput('deployment-arn', by('candidate')?.invokedWith ?? '');
    io.setOutput('passed', report.passed);
    await (0,promises_.mkdir)(io.tempDir, { recursive: true });
    const file = external_node_path_default().join(io.tempDir, `report-${settings.modelName}.json`);
    let s3;
    if (store) {
        const key = `results/reports/${settings.modelName}/${context.sha ?? 'local'}-${report.generatedAt.replace(/[:.]/g, '-')}.json`;
        try {
            await store.putJson(key, report);
            s3 = store.uri(key);
        }
        catch (error) {
            io.warning((0,errors/* awsFailure */.MT)('Could not store the report in S3', error, `It is still at ${file}.`).message);
        }
    }
    const located = { ...report, location: { file, s3, artifact: settings.reportArtifact } };
    await (0,promises_.writeFile)(file, `${JSON.stringify(located, null, 2)}\n`);
    io.setOutput('report-path', file);
    await io.summary(renderReport(located));
    for (const line of headlineText(located))
        io.info(line);
    const pr = context.pullRequest;
    if (pr && settings.comment && context.repository) {
        if (!settings.githubToken) {
            io.warning(`No 'github-token': the report is in the job summary only.`);
        }
        else {
            try {
                const comment = await (0,sticky/* upsertStickyComment */.qD)(new client/* GitHub */.g(settings.githubToken, context.repository, context.apiUrl), pr.number, settings.modelName, renderReport(located, { forComment: true }));
                io.setOutput('comment-url', comment.url);
                io.info(`PR comment: ${comment.url}`);
            }
            catch (error) {
                const status = error.status;
                // A fork's read-only token (403) must not fail the step: the summary has the report.
                io.warning(status === 403
                    ? `Could not write the PR comment: the token may not write to pull requests (as for forks; or add 'permissions: pull-requests: write'). The report is in the job summary.`
                    : `Could not write the PR comment: ${(0,errors/* messageOf */.bD)(error)}. The report is in the job summary.`);
            }
        }
    }
    return located;
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
