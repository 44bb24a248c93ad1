export const id = 794;
export const ids = [794];
export const modules = {

/***/ 9863:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ planLabel),
/* harmony export */   U: () => (/* binding */ PLAN_LABELS)
/* harmony export */ });
/* harmony import */ var _plan_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6273);
/** The one label a plan sets on its pull request, by what the plan does (each configuration's plan line records it). */

/** The labels a plan can set on its pull request: exactly one at a time. */
const PLAN_LABELS = [
    { name: 'datatables: no changes', color: 'c2e0c6', description: 'The data table plan changes nothing' },
    { name: 'datatables: changes', color: '0e8a16', description: 'The data table plan adds or changes rows' },
    { name: 'datatables: deletes', color: 'fbca04', description: 'The data table plan deletes rows' },
    { name: 'datatables: blocked', color: 'b60205', description: 'The data table plan cannot be applied' },
];
/** The one label for these plans: blocked before deletes before changes before none. */
function planLabel(plans, failures) {
    const [none, changes, deletes, blocked] = PLAN_LABELS;
    if (failures.length > 0 || plans.some((plan) => plan.refusals.length > 0 || plan.invalidRows > 0))
        return blocked;
    const counts = plans.map((plan) => (0,_plan_js__WEBPACK_IMPORTED_MODULE_0__/* .planCounts */ .Ai)(plan));
    if (counts.some((c) => c.deleted > 0))
        return deletes;
    if (counts.some((c) => c.added + c.updated > 0) || plans.some((plan) => plan.schemaChange))
        return changes;
    return none;
}


/***/ }),

/***/ 2074:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ renderApplyReport),
/* harmony export */   p: () => (/* binding */ describeImportError)
/* harmony export */ });
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6893);
/** The apply report: what each import job did, for the step summary and the comment after apply. */

function renderApplyReport(outcomes, environment) {
    const heading = `## Import results${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .environmentSuffix */ .$u)(environment)}`;
    if (outcomes.length === 0)
        return `${heading}\n\nNo table changed: no import job was started.\n`;
    const lines = [
        heading,
        '',
        '| table | job | status | added | changed | deleted | result |',
        '|---|---|---|---:|---:|---:|---|',
    ];
    for (const outcome of outcomes) {
        const planned = outcome.planned;
        const status = `${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(outcome.status)}${outcome.queued !== undefined ? ` (${outcome.queued} rows queued)` : ''}`;
        const counts = planned
            ? `${planned.added} | ${planned.changed} | ${planned.deleted}`
            : `${outcome.updated} | ${outcome.deleted} | ${outcome.failed}`;
        lines.push(`| ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(outcome.table)} | ${jobCell(outcome)} | ${status} | ${counts} | ${resultCell(outcome)} |`);
    }
    for (const outcome of outcomes) {
        const name = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(outcome.table);
        if (outcome.message)
            lines.push('', `- **${name}**: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(outcome.message)}`);
        if (outcome.note)
            lines.push('', `- **${name}**: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(outcome.note)}`);
        if (outcome.error)
            lines.push('', `- **${name}**: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(describeImportError(outcome.error))}`);
    }
    const raw = outcomes.filter((o) => o.planned && o.jobId && o.queued === undefined);
    if (raw.length > 0) {
        lines.push('', "<details><summary>What the vendor's jobs reported</summary>", '', "A replace writes every row of the file and counts the table's old rows as deleted, so these counts are larger than the changes above.", '', '| table | rows written | rows deleted | rows failed |', '|---|---:|---:|---:|', ...raw.map((o) => `| ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(o.table)} | ${o.updated} | ${o.deleted} | ${o.failed} |`), '', '</details>');
    }
    lines.push('');
    return lines.join('\n');
}
/** "verified" once the table was read again and equals the file; else what is known. */
function resultCell(outcome) {
    if (outcome.confirmed === false && outcome.succeeded)
        return '⏳ queued, not confirmed';
    if (outcome.queued !== undefined && outcome.succeeded)
        return 'queued';
    if (outcome.verified === true)
        return '✅ verified';
    if (outcome.verified === false)
        return '❌ differs from the file';
    if (outcome.succeeded)
        return outcome.failed > 0 ? '❌ failed rows' : 'done';
    return outcome.failed > 0 ? `❌ ${outcome.failed} failed` : '❌ not applied';
}
function jobCell(outcome) {
    if (!outcome.jobId)
        return '—';
    const id = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .codeOrText */ .Qg)(outcome.jobId);
    const target = outcome.url === undefined ? undefined : (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .linkTarget */ .Cm)(outcome.url);
    return target ? `[${id}](${target})` : id;
}
function describeImportError(error) {
    const extra = [error.code && `code ${error.code}`, error.contextId && `contextId ${error.contextId}`].filter(Boolean);
    return extra.length > 0 ? `${error.message} (${extra.join(', ')})` : error.message;
}


/***/ }),

/***/ 9175:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QP: () => (/* binding */ renderPlanReport),
/* harmony export */   xW: () => (/* binding */ totalCounts)
/* harmony export */ });
/* unused harmony exports markedChange, readersSentence, renderTablePlan */
/* harmony import */ var _plan_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6273);
/* harmony import */ var _references_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1237);
/* harmony import */ var _schema_change_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5905);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6893);




/** Changed and added rows are shown in the open up to this many; longer lists are folded (deletions never are). */
const OPEN_ROWS = 10;
/** How many rows the table holds: read, or (a vendor without a read API) its own count beside the version compared. */
function liveRowsSentence(plan) {
    if (plan.rowsInTable === undefined)
        return `Live rows: ${plan.liveRowCount}`;
    const compared = `compared with the ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(plan.liveRowCount, 'row')} of the file's earlier version`;
    return plan.rowsInTable === null
        ? `Rows in the table: not known (its rows cannot be read); ${compared}`
        : `Rows in the table: ${plan.rowsInTable} (the vendor's count; its rows cannot be read); ${compared}`;
}
/** What the invalid rows would do once fixed, so a reviewer sees the whole change, not only the valid part. */
function invalidWould(plan) {
    const would = plan.invalidWould;
    if (!would || would.add + would.change + would.unchanged + would.damaged === 0)
        return '';
    const parts = [
        would.add > 0 && `add ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(would.add, 'row')}`,
        would.change > 0 && `change ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(would.change, 'existing row')}`,
        would.unchanged > 0 &&
            `leave ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(would.unchanged, 'row')} as the table has ${would.unchanged === 1 ? 'it' : 'them'}`,
    ].filter(Boolean);
    const damaged = would.damaged > 0
        ? ` ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(would.damaged, 'row has', 'rows have')} other cells a spreadsheet changed by itself (text decoded twice, leading zeros lost, a date or number rewritten): not counted, fix those too.`
        : '';
    const listed = parts.length === 0 ? '' : parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
    return `${listed ? ` Once fixed, they would ${listed} (not counted above).` : ''}${damaged}`;
}
/** A reference column's id as "1e0f9a8b… (Support EN)" when the org named it; undefined for any other cell. */
function referenceText(references, field, value) {
    const found = (0,_references_js__WEBPACK_IMPORTED_MODULE_1__/* .describeReference */ .P5)(references, field, value);
    return found ? `${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV)(found.short)} (${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV)(found.name)})` : undefined;
}
function titleOf(schema, name) {
    return schema.fields.find((f) => f.name === name)?.title ?? name;
}
function totalCounts(plans) {
    const total = { added: 0, updated: 0, deleted: 0, unchanged: 0, invalid: 0 };
    for (const plan of plans) {
        const counts = (0,_plan_js__WEBPACK_IMPORTED_MODULE_0__/* .planCounts */ .Ai)(plan);
        for (const name of Object.keys(total))
            total[name] += counts[name];
    }
    return total;
}
function more(total, shown, what) {
    return total > shown ? ['', `…and ${total - shown} more ${what} (every row is in the plan file).`] : [];
}
function rowsTable(schema, rows, detail, what, references) {
    const shown = rows.slice(0, detail.rows);
    if (shown.length === 0)
        return more(rows.length, 0, what).slice(1);
    const cell = (row, name) => referenceText(references, name, row[name]) ?? (0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .showValue */ .vp)(row[name], detail);
    return [
        `| ${schema.fields.map((f) => (0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV)(f.title)).join(' | ')} |`,
        `|${schema.fields.map(() => '---').join('|')}|`,
        ...shown.map(({ row }) => `| ${schema.fields.map((f) => cell(row, f.name)).join(' | ')} |`),
        ...more(rows.length, shown.length, what),
    ];
}
/** Text at least this long shows only around what changed, the changed part marked (as a word diff does). */
const LONG_TEXT = 40;
/** Characters of unchanged text kept on each side of a change. */
const CONTEXT = 16;
/**
 * A long text change as two cells, old and new, each showing the common start and end around the part that differs,
 * that part struck through (old) or underlined (new), cut at word boundaries: the change reads at a glance instead of
 * two whole strings compared by eye. Short values, and values of other types, are shown whole.
 */
function markedChange(before, after, detail) {
    if (typeof before !== 'string' || typeof after !== 'string' || Math.max(before.length, after.length) < LONG_TEXT) {
        return [(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .showValue */ .vp)(before, detail), (0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .showValue */ .vp)(after, detail)];
    }
    let start = 0;
    while (start < before.length && start < after.length && before[start] === after[start])
        start++;
    let end = 0;
    while (end < before.length - start &&
        end < after.length - start &&
        before[before.length - 1 - end] === after[after.length - 1 - end])
        end++;
    // Whole words: the differing span grows to the spaces around it.
    while (start > 0 && !/\s/.test(before[start - 1]))
        start--;
    while (end > 0 && !/\s/.test(before[before.length - end]))
        end--;
    const mark = (text, tag) => {
        const head = text.slice(0, start);
        const middle = text.slice(start, text.length - end);
        const tail = text.slice(text.length - end);
        // Unchanged text around the change, cut at a word boundary: "…reduced hours, " and " and closed…".
        const cut = (part, atEnd) => {
            if (part.length <= CONTEXT)
                return (0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV)(part);
            if (atEnd) {
                const kept = part.slice(0, CONTEXT);
                const space = kept.lastIndexOf(' ');
                return `${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV)(space > 0 ? kept.slice(0, space) : kept)}…`;
            }
            const kept = part.slice(-CONTEXT);
            const space = kept.indexOf(' ');
            return `…${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV)(space >= 0 && space < kept.length - 1 ? kept.slice(space + 1) : kept)}`;
        };
        const shown = middle.length > detail.valueChars ? `${middle.slice(0, detail.valueChars)}…` : middle;
        return `${cut(head, false)}${shown === '' ? '' : `<${tag}>${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV)(shown)}</${tag}>`}${cut(tail, true)}`;
    };
    return [mark(before, 'del'), mark(after, 'ins')];
}
function changesTable(schema, updated, detail, 
/** A drift check: the old value is the live table's, the new one git's (what the next apply writes). */
drift = false, references) {
    const shown = updated.slice(0, detail.rows);
    if (shown.length === 0)
        return more(updated.length, 0, 'changed rows').slice(1);
    const keyTitle = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV)(schema.fields.find((f) => f.isKey)?.title ?? 'key');
    const lines = [
        drift ? `| ${keyTitle} | column | live table | git (next apply) |` : `| ${keyTitle} | column | old | new |`,
        '|---|---|---|---|',
    ];
    for (const { key, changes } of shown) {
        changes.forEach((change, index) => {
            // The typewriter ditto mark: every font has it (the ideographic 〃 is a box without a CJK font).
            const keyCell = index === 0 ? (0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .showValue */ .vp)(key, detail) : '"';
            const [marked, markedNew] = markedChange(change.old, change.new, detail);
            const before = referenceText(references, change.field, change.old) ?? marked;
            const after = referenceText(references, change.field, change.new) ?? markedNew;
            lines.push(`| ${keyCell} | ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV)(titleOf(schema, change.field))} | ${before} | ${after} |`);
        });
    }
    return [...lines, ...more(updated.length, shown.length, 'changed rows')];
}
/**
 * "Read by 2 flows: Main IVR (inbound call flow), Callback (workflow)." Names are the vendor's (escaped); `kinds` adds
 * what each is, for the line under the counts (the shorter form goes beside deleted rows and blocks).
 */
function readersSentence(readers, kinds) {
    if (readers.notAsked)
        return `Readers not asked: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV)(readers.notAsked)}.`;
    if (readers.total === 0 && readers.unknown)
        return `Readers unknown: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV)(readers.unknown)}.`;
    // Flows are what a reviewer looks for: a list with something else in it still says flows ("flows and resources").
    if (readers.total === 0)
        return `Read by no flow (${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV)(readers.source)}).`;
    const maybeMore = readers.unknown ? ` There may be more: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV)(readers.unknown)}.` : '';
    const names = readers.shown.map((reader) => `${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV)(reader.name)}${kinds && reader.kind ? ` (${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV)(reader.kind)})` : ''}`);
    const rest = readers.total - readers.shown.length;
    const what = readers.allFlows
        ? (0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(readers.total, 'flow')
        : (0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(readers.total, 'flow or resource', 'flows and resources');
    return `Read by ${what}: ${names.join(', ')}${rest > 0 ? `, and ${rest} more` : ''}.${maybeMore}`;
}
/** One table's plan: counts first, deletions in the open, the rest in folds. */
function renderTablePlan(plan, detail = _markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .FULL_DETAIL */ .gZ, link, 
/** A drift check: the differences are news about the table, said as live table against git. */
drift = false) {
    const counts = (0,_plan_js__WEBPACK_IMPORTED_MODULE_0__/* .planCounts */ .Ai)(plan);
    const { schema, diff } = plan;
    const lines = [`### ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV)(plan.table.name)} ← ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .codeOrText */ .Qg)(plan.file)}`];
    // What blocks the plan comes first, above the counts, under its own heading.
    if (plan.refusals.length > 0) {
        lines.push('', '> [!CAUTION]', drift
            ? '> **The next apply of this table would be refused** (the drift check itself is not):'
            : `> **Blocked**: this table cannot be applied.`);
        for (const refusal of plan.refusals)
            lines.push(`> - ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV)(refusal)}`);
        // A dropped column or a blocked change is what breaks the flows that read the table: named beside it.
        if (plan.readers && (plan.readers.total > 0 || plan.readers.unknown || plan.readers.notAsked)) {
            lines.push(`> - ${readersSentence(plan.readers, false)}`);
        }
    }
    const change = plan.schemaChange;
    if (change?.create) {
        lines.push('', `**Create the table** ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV)(plan.table.name)} with ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(change.add.length, 'column')}${change.division ? ` in division ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .codeOrText */ .Qg)(change.division)}` : ''}: ${change.add.map((field) => (0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV)((0,_schema_change_js__WEBPACK_IMPORTED_MODULE_2__/* .describeField */ .k7)(field))).join('; ')}.`);
    }
    else if (change && change.add.length > 0) {
        lines.push('', `**Add ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(change.add.length, 'column')}**: ${change.add.map((field) => (0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV)((0,_schema_change_js__WEBPACK_IMPORTED_MODULE_2__/* .describeField */ .k7)(field))).join('; ')}.`);
    }
    if (change && !change.create) {
        for (const line of (0,_schema_change_js__WEBPACK_IMPORTED_MODULE_2__/* .describeColumnChanges */ .lJ)(change))
            lines.push('', `**${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV)(line)}**`);
    }
    lines.push('', '| added | changed | deleted | unchanged | invalid |', '|---:|---:|---:|---:|---:|', `| ${counts.added} | ${counts.updated} | ${counts.deleted} | ${counts.unchanged} | ${counts.invalid} |`, '', `Import mode: **${plan.mode}**${plan.mode === 'append' ? ' (live rows not in the file are kept: nothing is deleted)' : ''}. ${liveRowsSentence(plan)}. Plan hash: \`${plan.hash.slice(0, 12)}\``);
    if (plan.readers)
        lines.push('', readersSentence(plan.readers, true));
    const errors = plan.problems.filter((p) => p.severity === 'error');
    const warnings = plan.problems.filter((p) => p.severity === 'warning');
    if (errors.length > 0) {
        const heading = plan.invalidRows > 0
            ? `**Invalid rows (${plan.invalidRows})**: nothing is applied until they are fixed.${invalidWould(plan)}`
            : `**Problems (${errors.length})**: nothing is applied until they are fixed.`;
        lines.push('', heading, '');
        lines.push(...(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .problemList */ .gH)(errors, detail, link));
    }
    // Warnings come before the rows they are about: a reviewer reads them before the changes, not after.
    if (warnings.length > 0)
        lines.push('', '**Warnings**', '', ...(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .problemList */ .gH)(warnings, detail, link));
    if (diff.deleted.length > 0) {
        const readers = plan.readers && (plan.readers.total > 0 || plan.readers.unknown || plan.readers.notAsked)
            ? ` ${readersSentence(plan.readers, false)}`
            : '';
        lines.push('', drift
            ? `**Only in the table (${diff.deleted.length})**: rows the file in git does not have; the next apply deletes them.${readers}`
            : `**Deleted rows (${diff.deleted.length})**: these rows will be removed from the table.${readers}`, '');
        lines.push(...rowsTable(schema, diff.deleted, detail, 'deleted rows'));
    }
    if (plan.notApplied.length > 0) {
        lines.push('', `**Not applied (${plan.notApplied.length})**: the file no longer has these rows, but ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV)(plan.notAppliedReason ?? 'they cannot be deleted')}.`, '');
        lines.push(...rowsTable(schema, plan.notApplied, detail, 'rows not applied'));
    }
    // What changes is what a reviewer reads first: in the open while the list is short, folded only when long.
    if (diff.updated.length > 0) {
        const heading = drift
            ? `Cells that differ (${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(diff.updated.length, 'row')}): the next apply writes git's values`
            : `Changed rows (${diff.updated.length})`;
        const table = changesTable(schema, diff.updated, detail, drift, plan.references);
        if (diff.updated.length <= OPEN_ROWS)
            lines.push('', `**${heading}**`, '', ...table);
        else
            lines.push('', `<details><summary>${heading}</summary>`, '', ...table, '', '</details>');
    }
    if (diff.added.length > 0) {
        const heading = drift
            ? `Only in git (${diff.added.length}): missing from the table; the next apply adds them`
            : `Added rows (${diff.added.length})`;
        const table = rowsTable(schema, diff.added, detail, 'added rows', plan.references);
        if (diff.added.length <= OPEN_ROWS)
            lines.push('', `**${heading}**`, '', ...table);
        else
            lines.push('', `<details><summary>${heading}</summary>`, '', ...table, '', '</details>');
    }
    return lines.join('\n');
}
/** "Planned at commit `aaaaaaa`." (and where it was applied): which version of the files a reader is looking at. */
function commitLine(commit) {
    if (!commit)
        return [];
    const short = (sha) => (0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .codeOrText */ .Qg)(sha.slice(0, 7));
    const applied = commit.applied ? `, applied at ${short(commit.applied)}` : '';
    return [`Planned at commit ${short(commit.planned)}${applied}.`, ''];
}
/** A drift check's first lines: whether the tables drifted, by how much, and who wins (git, on the next apply). */
function driftHeadline(input) {
    const total = totalCounts(input.plans);
    const drifted = input.plans.filter((plan) => (0,_plan_js__WEBPACK_IMPORTED_MODULE_0__/* .changesTable */ .EI)(plan) || (0,_references_js__WEBPACK_IMPORTED_MODULE_1__/* .pointsAtNothing */ .Uf)(plan)).length;
    const lines = [];
    const dangling = input.plans.reduce((sum, plan) => sum + (plan.references?.missing.length ?? 0), 0);
    if (drifted === 0) {
        lines.push(input.failures.length > 0 || total.invalid > 0
            ? '**No drift found in the tables that could be checked.**'
            : '**No drift.** The live tables match the files in git.');
    }
    else {
        lines.push(`**Drift:** ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(drifted, 'table differs', 'tables differ')} from git: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(total.deleted, 'row')} only in the table, ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(total.updated, 'row')} with cells that differ, ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(total.added, 'row')} only in git, ${total.unchanged} unchanged.`, '', 'Git wins: the next apply makes each table match its file. To keep an edit made outside git, bring it into the file (`mode: export`, or by hand) in a pull request first.');
        if (input.editedBy && input.editedBy.length > 0) {
            lines.push('', "**Who changed them**, as the vendor's audit log says:", ...input.editedBy.map((line) => `- ${line}`));
        }
        if (dangling > 0) {
            lines.push('', `**${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(dangling, 'id')} in reference columns ${dangling === 1 ? 'points' : 'point'} at nothing in the org** (see below): the object was deleted, or never existed there. Point ${dangling === 1 ? 'it' : 'them'} at an existing one in git.`);
        }
        const refused = input.plans.filter((plan) => plan.refusals.length > 0).length;
        if (refused > 0) {
            lines.push('', `The next apply of ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(refused, 'table')} would be refused by its guards (see below): the drift is reported all the same.`);
        }
    }
    if (total.invalid > 0)
        lines.push('', `**${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(total.invalid, 'invalid row')}** in the files: fix them in git (see below).`);
    for (const failure of input.failures) {
        lines.push('', '> [!WARNING]', `> ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV)(failure.file)} → ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV)(failure.table)}: not checked: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV)(failure.message)}`);
    }
    for (const notice of input.notices ?? [])
        lines.push('', '> [!NOTE]', `> ${notice}`);
    return lines;
}
function headline(input) {
    if (input.drift)
        return driftHeadline(input);
    const total = totalCounts(input.plans);
    const changing = total.added + total.updated + total.deleted > 0;
    const blocked = input.plans.filter((plan) => plan.refusals.length > 0).length;
    const lines = [];
    if (blocked > 0 || total.invalid > 0 || input.failures.length > 0) {
        const reasons = [
            blocked > 0 && `${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(blocked, 'table')} blocked`,
            total.invalid > 0 && (0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(total.invalid, 'invalid row'),
            input.failures.length > 0 && `${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(input.failures.length, 'table')} that could not be planned`,
        ].filter(Boolean);
        lines.push(`**This plan cannot be applied**: ${reasons.join(', ')}.`, '');
    }
    const creates = input.plans.filter((plan) => plan.schemaChange?.create).length;
    const updates = input.plans.filter((plan) => plan.schemaChange && !plan.schemaChange.create);
    const columns = updates.reduce((sum, plan) => sum + (plan.schemaChange?.add.length ?? 0), 0);
    const changed = updates.reduce((sum, plan) => sum + (plan.schemaChange ? (0,_schema_change_js__WEBPACK_IMPORTED_MODULE_2__/* .describeColumnChanges */ .lJ)(plan.schemaChange).length : 0), 0);
    if (creates + columns + changed > 0) {
        const parts = [
            creates > 0 && `create ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(creates, 'table')}`,
            columns > 0 && `add ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(columns, 'column')}`,
            changed > 0 && `change ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(changed, 'column title or default', 'column titles or defaults')}`,
        ];
        lines.push(`**Schema:** ${parts.filter(Boolean).join(', ')}, before the rows.`, '');
    }
    const would = input.plans.reduce((sum, plan) => ({
        add: sum.add + (plan.invalidWould?.add ?? 0),
        change: sum.change + (plan.invalidWould?.change ?? 0),
        unchanged: sum.unchanged + (plan.invalidWould?.unchanged ?? 0),
    }), { add: 0, change: 0, unchanged: 0 });
    const invalidPart = total.invalid > 0
        ? ` The ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(total.invalid, 'invalid row')} ${would.add + would.change + would.unchanged > 0 ? `would add ${would.add}, change ${would.change} and leave ${would.unchanged} unchanged once fixed` : 'are not counted'}.`
        : '';
    // Nothing planned at all (every table failed, a login refused): no counts of nothing, only what failed.
    const nothingPlanned = input.plans.length === 0 && input.failures.length > 0;
    if (!nothingPlanned)
        lines.push(changing || total.invalid > 0 || input.failures.length > 0
            ? `**Plan${total.invalid > 0 ? ' for the valid rows' : ''}:** ${total.added} to add, ${total.updated} to change, ${total.deleted} to delete, ${total.unchanged} unchanged.${invalidPart}`
            : '**No changes.** The tables match the files.');
    for (const failure of input.failures) {
        lines.push('', '> [!WARNING]', `> ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV)(failure.file)} → ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV)(failure.table)}: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV)(failure.message)}`);
    }
    for (const notice of input.notices ?? [])
        lines.push('', '> [!NOTE]', `> ${notice}`);
    return lines;
}
/** The whole plan at one level of detail: the headline, then one section per table. */
function renderPlanReport(input, detail = _markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .FULL_DETAIL */ .gZ) {
    const lines = [
        `## Data tables ${input.drift ? 'drift check' : input.mode === 'apply' ? 'apply' : 'plan'}${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .environmentSuffix */ .$u)(input.environment)}`,
        '',
        ...commitLine(input.commit),
        ...headline(input),
    ];
    if (input.compact && input.plans.length > 0) {
        lines.push('', `Tables: ${input.plans.map((plan) => (0,_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV)(plan.table.name)).join(', ')}.`);
    }
    else
        for (const plan of input.plans)
            lines.push('', renderTablePlan(plan, detail, input.link, input.drift));
    lines.push('');
    return lines.join('\n');
}


/***/ }),

/***/ 5794:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O7: () => (/* binding */ driftMarker),
/* harmony export */   Ql: () => (/* binding */ commentMarker),
/* harmony export */   Qv: () => (/* binding */ sealWith),
/* harmony export */   Rx: () => (/* binding */ planMarkerFor),
/* harmony export */   UM: () => (/* binding */ ANY_COMMENT_MARKER),
/* harmony export */   XB: () => (/* binding */ withOutdatedNote),
/* harmony export */   XC: () => (/* binding */ staleTables),
/* harmony export */   b1: () => (/* binding */ outdatedNote),
/* harmony export */   c5: () => (/* binding */ readPlanMarker),
/* harmony export */   hc: () => (/* binding */ readDriftRecord),
/* harmony export */   lX: () => (/* binding */ driftRecordLine),
/* harmony export */   pW: () => (/* binding */ checkPlanComment),
/* harmony export */   wQ: () => (/* binding */ renderComment),
/* harmony export */   xN: () => (/* binding */ pullRequestLabel)
/* harmony export */ });
/* unused harmony exports commentConfigId, commentDigest, splitComment, markerSigned, hasOutdatedNote */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var _core_canonical_json_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6992);
/* harmony import */ var _core_plan_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6273);
/* harmony import */ var _core_plan_label_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9863);
/* harmony import */ var _core_report_apply_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2074);
/* harmony import */ var _core_report_markdown_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6893);
/* harmony import */ var _core_report_plan_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9175);
/**
 * The comment protocol: everything the action writes into GitHub and later reads back to trust, in one file. Our
 * comment's marker line and its plan line (each table's hash and counts, the digest of the text below, the signature
 * under plan-signing-key), the check that a plan comment is exactly what the action wrote, the note an apply adds to a
 * plan it made stale, the label each configuration's plan line records, and the drift issue's markers. Pure: GitHub is
 * read and written by the callers (src/review/comment.ts, review-queue.ts, drift-issue.ts).
 */







// The comment: our marker line, then the plan line, then the text the reviewer reads.
/** The hidden lines that make a comment findable again and carry the reviewed plan's hash. */
const MARKER_PREFIX = '<!-- datatable-sync:';
const PLAN_PREFIX = '<!-- datatable-sync-plan:';
/** The first line of this configuration's comments: how they are found again. */
function commentMarker(configId) {
    return `${MARKER_PREFIX}${configId} -->`;
}
/** What every configuration's comment line starts with: to find the comments of all of them. */
const ANY_COMMENT_MARKER = MARKER_PREFIX;
/** The configuration a comment of ours belongs to (its first line's marker), if it has one. */
function commentConfigId(body) {
    return /^<!-- datatable-sync:([^\n]*?) -->/.exec(body)?.[1];
}
/** The plan line in a comment, its known fields only; undefined when there is none or it does not parse. */
function readPlanMarker(body) {
    const start = body.indexOf(PLAN_PREFIX);
    if (start < 0)
        return undefined;
    const end = body.indexOf(' -->', start);
    try {
        const marker = JSON.parse(body.slice(start + PLAN_PREFIX.length, end));
        if (typeof marker.hash !== 'string' || typeof marker.sha !== 'string')
            return undefined;
        return {
            hash: marker.hash,
            sha: marker.sha,
            ...(Array.isArray(marker.tables) ? { tables: marker.tables } : {}),
            ...(typeof marker.body === 'string' ? { body: marker.body } : {}),
            ...(typeof marker.applied === 'string' ? { applied: marker.applied } : {}),
            ...(typeof marker.label === 'string' ? { label: marker.label } : {}),
            ...(typeof marker.sig === 'string' ? { sig: marker.sig } : {}),
            ...(typeof marker.notRead === 'number' && marker.notRead > 0 ? { notRead: marker.notRead } : {}),
        };
    }
    catch {
        return undefined;
    }
}
/** The sticky pull request comment: markers, then the apply results (if any), then the plan, within GitHub's limit. */
function renderComment(input, 
/** Signs the finished plan line (plan-signing-key: sealWith); by default it stays unsigned. */
seal = (marker) => marker) {
    const top = (marker) => 
    // Table names come from the vendor: `--` would end the HTML comment early, so JSON-escape it away.
    [commentMarker(input.configId), `${PLAN_PREFIX}${JSON.stringify(marker).replace(/--/g, '-\\u002d')} -->`, ''].join('\n');
    // The digest and the signature have fixed lengths: the plan line's size is known before the text it covers.
    const lineSize = top(seal({ ...input.planMarker, body: '0'.repeat(64) })).length;
    const applied = input.outcomes ? `${(0,_core_report_apply_js__WEBPACK_IMPORTED_MODULE_3__/* .renderApplyReport */ .f)(input.outcomes, input.environment)}\n` : '';
    const budget = _core_report_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .COMMENT_LIMIT */ .W$ - lineSize - applied.length;
    const text = applied + (0,_core_report_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .fitToBudget */ .c5)((detail) => (0,_core_report_plan_js__WEBPACK_IMPORTED_MODULE_5__/* .renderPlanReport */ .QP)(input, detail), budget, input.wherePlanIs);
    return top(seal({ ...input.planMarker, body: commentDigest(text) })) + text;
}
/**
 * The digest the plan line carries of the text below it. Line endings, trailing white space and Unicode composition
 * are made one form first: a store that rewrites any of them changes nothing a reader sees, and must not refuse the
 * apply (an edit that does is caught by GitHub's edit record).
 */
function commentDigest(text) {
    const canonical = text.replace(/\r\n?/g, '\n').replace(/\s+$/, '').normalize('NFC');
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(canonical, 'utf8').digest('hex');
}
/**
 * A plan comment as the action writes it: our marker line, the plan line, then the text the reviewer reads (`text`,
 * every character after the plan line's end). Undefined when the comment does not have that shape.
 */
function splitComment(stored, configId) {
    const body = stored.replace(/\r\n?/g, '\n');
    const first = `${commentMarker(configId)}\n${PLAN_PREFIX}`;
    if (!body.startsWith(first))
        return undefined;
    const end = body.indexOf(' -->\n', first.length);
    if (end < 0 || body.slice(first.length, end).includes('\n'))
        return undefined;
    const marker = readPlanMarker(body.slice(commentMarker(configId).length + 1, end + 4));
    return marker ? { marker, text: body.slice(end + 5) } : undefined;
}
/** The plan line of these plans made at `sha`; renderComment adds the digest of the text, `sealWith` the signature. */
function planMarkerFor(plans, sha) {
    return {
        hash: (0,_core_plan_js__WEBPACK_IMPORTED_MODULE_1__/* .combinedPlanHash */ .PL)(plans),
        sha,
        tables: plans.map((plan) => {
            const { added, updated, deleted } = (0,_core_plan_js__WEBPACK_IMPORTED_MODULE_1__/* .planCounts */ .Ai)(plan);
            return { table: plan.table.name, hash: plan.hash, added, updated, deleted };
        }),
    };
}
// The signature: only a workflow holding plan-signing-key can write a plan line the apply trusts.
/** Signs a finished plan line (digest of the text included) with `plan-signing-key`; without a key, leaves it. */
function sealWith(key) {
    return (marker) => (key ? { ...marker, sig: markerSignature(marker, key) } : marker);
}
/**
 * The plan line's HMAC (sha256) under a key only this configuration's workflows hold: every workflow that runs with
 * the workflow token posts as the same identity, so without it any of them could write a plan line the apply trusts.
 */
function markerSignature(marker, key) {
    const { sig: _sig, ...signed } = marker;
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHmac)('sha256', key).update((0,_core_canonical_json_js__WEBPACK_IMPORTED_MODULE_6__/* .canonicalJson */ .d)(signed)).digest('hex');
}
/** Whether a plan line carries this key's signature (always true without a key: nothing to check). */
function markerSigned(marker, key) {
    if (!key)
        return true;
    if (typeof marker.sig !== 'string' || !/^[0-9a-f]{64}$/.test(marker.sig))
        return false;
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.timingSafeEqual)(Buffer.from(marker.sig, 'hex'), Buffer.from(markerSignature(marker, key), 'hex'));
}
/**
 * Whether a plan comment is exactly what the action wrote, and written in time: no edit by anyone but this token's
 * identity since the action last wrote it (GitHub's record), the action's shape (marker line, plan line, text), the
 * plan line signed when a key is set, the text below it the one its digest names, and, unless the apply itself added
 * its results, written before the merge.
 */
function checkPlanComment(record, configId, key, mergedAt) {
    const writes = [...(record.lastEdit ? [record.lastEdit] : []), ...record.edits];
    // A time that does not parse is NaN: every comparison with it below fails closed.
    const time = (at) => Date.parse(at);
    const lastOurs = Math.max(time(record.createdAt), ...writes.filter((w) => w.ours).map((w) => time(w.at)));
    const foreign = writes
        .filter((w) => !w.ours && !(time(w.at) < lastOurs))
        .filter((w, i, all) => all.findIndex((o) => o.at === w.at && o.login === w.login) === i)
        .sort((a, b) => (time(b.at) || 0) - (time(a.at) || 0));
    if (foreign.length > 0) {
        const who = foreign
            .slice(0, 3)
            .map((w) => `${w.login ?? 'an account GitHub no longer names'} at ${w.at}`)
            .join(', ');
        return {
            trusted: false,
            why: `it was edited after the action wrote it (GitHub's record: edited by ${who}${foreign.length > 3 ? ` and ${foreign.length - 3} more` : ''}), so what the reviewer read may not be the plan`,
        };
    }
    const parts = splitComment(record.body, configId);
    if (!parts)
        return { trusted: false, why: 'it does not have the shape the action writes (marker line, plan line, text)' };
    const { marker, text } = parts;
    if (!markerSigned(marker, key)) {
        return {
            trusted: false,
            why: 'its plan line is not signed with plan-signing-key (written by another workflow with the same token identity, or before the key was set)',
        };
    }
    if (marker.body === undefined) {
        return {
            trusted: false,
            why: 'its plan line carries no digest of its text (written by an earlier version of datatable-sync): re-run the plan before merging',
        };
    }
    if (marker.body !== commentDigest(text)) {
        const why = hasOutdatedNote(text)
            ? 'the apply of another pull request marked it outdated: the tables it planned have changed since'
            : 'its text is not the text the action wrote under that plan line (changed by a workflow with the same token identity: GitHub records no other editor)';
        return { trusted: false, why };
    }
    const writtenAt = record.lastEdit?.at ?? record.createdAt;
    if (mergedAt !== undefined && marker.applied === undefined && !(time(writtenAt) <= time(mergedAt))) {
        return {
            trusted: false,
            why: `it was written at ${writtenAt}, after the merge at ${mergedAt}: a plan made after the merge is not the one reviewed`,
        };
    }
    return { trusted: true, marker };
}
// The note an apply adds at the top of another pull request's plan comment that it made stale.
const OUTDATED_START = '<!-- datatable-sync-outdated -->';
const OUTDATED_END = '<!-- /datatable-sync-outdated -->';
/** Whether a comment carries the note an apply of another pull request adds to a plan it made stale. */
function hasOutdatedNote(body) {
    return body.includes(OUTDATED_START);
}
/** The tables of a plan comment's marker that an apply just changed (none: the comment is left alone). */
function staleTables(marker, changed) {
    return [...new Set((marker?.tables ?? []).map((t) => t.table).filter((name) => changed.has(name)))];
}
/** The note at the top of a plan comment made stale: which tables changed, where and at which commit, and what to do. */
function outdatedNote(tables, branch, sha) {
    const names = tables.map((name) => `**${(0,_core_report_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .escapeMarkdown */ .FV)(name)}**`).join(', ');
    const where = branch ? ` on ${(0,_core_report_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .codeOrText */ .Qg)(branch)}` : '';
    return [
        OUTDATED_START,
        '> [!WARNING]',
        `> **Outdated**: ${names} changed${where} at \`${sha.slice(0, 7)}\` after this plan was made; push or re-run the plan workflow to refresh it. Applying this plan as it is would be refused.`,
        OUTDATED_END,
    ].join('\n');
}
/**
 * The comment with the note at its top (after the hidden marker lines, which must stay first), replacing an earlier
 * note; the rest of the comment is left as it was. Undefined when the note would not fit GitHub's comment limit.
 */
function withOutdatedNote(body, note, limit = _core_report_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .COMMENT_LIMIT */ .W$) {
    let rest = body;
    const start = rest.indexOf(OUTDATED_START);
    const end = rest.indexOf(OUTDATED_END);
    if (start >= 0 && end > start)
        rest = `${rest.slice(0, start)}${rest.slice(end + OUTDATED_END.length).replace(/^\n+/, '')}`;
    // The marker lines are HTML comments at the very top: the note goes right after the last of them.
    const lines = rest.split('\n');
    let markers = 0;
    while (markers < lines.length && /^<!-- datatable-sync[-:].* -->$/.test(lines[markers]))
        markers++;
    let first = markers;
    while (first < lines.length && lines[first] === '')
        first++;
    const updated = [...lines.slice(0, markers), note, '', ...lines.slice(first)].join('\n');
    return updated.length <= limit ? updated : undefined;
}
// The label: each configuration's plan line records its own; the pull request carries the worst.
/**
 * One label for the whole pull request: the worst of this run's and of what the other configurations' (and
 * environments') plan comments of ours recorded, so a run changes only its own part. A comment without a label
 * (written by an apply, or an earlier version) counts for nothing.
 */
function pullRequestLabel(own, ownConfigId, ourComments) {
    let worst = _core_plan_label_js__WEBPACK_IMPORTED_MODULE_2__/* .PLAN_LABELS */ .U.indexOf(own);
    for (const body of ourComments) {
        if (commentConfigId(body) === ownConfigId)
            continue;
        const index = _core_plan_label_js__WEBPACK_IMPORTED_MODULE_2__/* .PLAN_LABELS */ .U.findIndex((label) => label.name === readPlanMarker(body)?.label);
        worst = Math.max(worst, index);
    }
    return _core_plan_label_js__WEBPACK_IMPORTED_MODULE_2__/* .PLAN_LABELS */ .U[worst] ?? own;
}
// The drift issue: found again by its marker; the record of checks (drift-tables-per-run) kept in its body.
/** The line that finds this configuration's drift issue again (an issue of this token's own identity). */
function driftMarker(configId) {
    return `<!-- datatable-sync-drift:${configId} -->`;
}
const DRIFT_RECORD_PREFIX = '<!-- datatable-sync-drift-checked:';
/** The record as a hidden line of the drift issue (table names JSON-escaped so `--` cannot end the comment). */
function driftRecordLine(record) {
    return `${DRIFT_RECORD_PREFIX}${JSON.stringify(record).replace(/--/g, '-\\u002d')} -->`;
}
/** The record in an issue body; empty when there is none or it does not parse (every table then counts as never checked). */
function readDriftRecord(body) {
    const start = body.indexOf(DRIFT_RECORD_PREFIX);
    if (start < 0)
        return {};
    const end = body.indexOf(' -->', start);
    try {
        const parsed = JSON.parse(body.slice(start + DRIFT_RECORD_PREFIX.length, end));
        if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed))
            return {};
        const record = {};
        for (const [table, entry] of Object.entries(parsed)) {
            const { at, drifted } = (entry ?? {});
            if (typeof at === 'string' && !Number.isNaN(Date.parse(at)))
                record[table] = { at, drifted: drifted === true };
        }
        return record;
    }
    catch {
        return {};
    }
}


/***/ })

};
