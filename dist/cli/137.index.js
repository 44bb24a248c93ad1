export const id = 137;
export const ids = [137];
export const modules = {

/***/ 9151:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W7: () => (/* binding */ updateDriftRecord),
/* harmony export */   kc: () => (/* binding */ pickDriftTables),
/* harmony export */   o_: () => (/* binding */ describeDriftPick),
/* harmony export */   uu: () => (/* binding */ driftedTables)
/* harmony export */ });
/**
 * Drift checks spread over days: each run checks the N tables checked longest ago (never checked first), none sooner
 * than a floor after its last check. The record of checks (when, and whether the table had drifted) lives in the drift
 * issue's hidden marker (src/review/protocol.ts writes and reads it), so the next run reads it back. Pure: the caller
 * reads and writes the issue.
 */
/** The `perRun` tables checked longest ago (never checked first, then oldest), none checked less than `floorMs` ago. */
function pickDriftTables(tables, record, perRun, floorMs, now) {
    const last = (table) => {
        const at = record[table]?.at;
        const time = at === undefined ? Number.NaN : Date.parse(at);
        // The record lives in an issue anyone with write access can edit: a time unread or in the future counts as never
        // checked, so no edit can keep a table from ever being due.
        return Number.isNaN(time) || time > now ? Number.NEGATIVE_INFINITY : time;
    };
    const due = tables.filter((table) => !(now - last(table) < floorMs));
    // A stable sort: among tables checked at the same time (or never), config order.
    const chosen = new Set([...due].sort((a, b) => last(a) - last(b) || 0).slice(0, perRun));
    return {
        picked: tables.filter((table) => chosen.has(table)),
        resting: tables.length - due.length,
        later: due.length - chosen.size,
    };
}
/** The record after a run: the tables it checked at `now`, the others as they were; tables no longer configured go. */
function updateDriftRecord(record, tables, checked, now) {
    const at = new Date(now).toISOString();
    const next = {};
    for (const table of tables) {
        const fresh = checked.find((c) => c.table === table);
        const entry = fresh ? { at, drifted: fresh.drifted } : record[table];
        if (entry)
            next[table] = entry;
    }
    return next;
}
/** The tables the record says had drifted when last checked, in config order. */
function driftedTables(record, tables) {
    return tables.filter((table) => record[table]?.drifted === true);
}
/**
 * The report's note: what this run checked, why the others wait, and the drift earlier runs found in tables this one
 * does not check (its own headline speaks only of the tables it read).
 */
function describeDriftPick(pick, total, floor, record = {}, tables = [], show = (text) => text) {
    const parts = [`Checked ${pick.picked.length} of ${total} tables for drift: those checked longest ago`];
    if (pick.later > 0)
        parts.push(`${pick.later} more are due and wait for the next runs`);
    if (pick.resting > 0)
        parts.push(`${pick.resting} were checked less than ${floor} ago`);
    const earlier = driftedTables(record, tables).filter((table) => !pick.picked.includes(table));
    const drifted = earlier.length === 0
        ? ''
        : ` Not checked by this run, and drifted when last checked: ${earlier.map((t) => `${show(t)} (${record[t]?.at})`).join(', ')}.`;
    return `${parts.join('; ')}. When each table was last checked is kept in the drift issue.${drifted}`;
}


/***/ }),

/***/ 5137:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   chooseDriftFiles: () => (/* binding */ chooseDriftFiles)
/* harmony export */ });
/* harmony import */ var _core_drift_rotation_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9151);
/* harmony import */ var _core_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6893);
/* harmony import */ var _review_protocol_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5794);
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(869);




/**
 * With drift-tables-per-run, a drift check reads only the tables checked longest ago (drift-table-interval apart at
 * least), by the record in the drift issue. A record that cannot be read checks every table, saying why.
 */
async function chooseDriftFiles(settings, pullRequests, files, now) {
    const perRun = settings.driftTablesPerRun;
    const tables = files.map((file) => file.table);
    let found;
    if (!pullRequests?.findIssue) {
        return {
            files,
            notice: `Checked every table for drift: drift-tables-per-run keeps its record in the drift issue, which needs a github-token.`,
        };
    }
    try {
        found = await pullRequests.findIssue((0,_review_protocol_js__WEBPACK_IMPORTED_MODULE_1__/* .driftMarker */ .O7)(settings.configId));
    }
    catch (error) {
        return {
            files,
            notice: `Checked every table for drift: the drift issue, which records when each table was last checked, could not be read (${(0,_core_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)((0,_runner_js__WEBPACK_IMPORTED_MODULE_2__/* .describeRemoteError */ .Md)(error))}).`,
        };
    }
    const record = found ? (0,_review_protocol_js__WEBPACK_IMPORTED_MODULE_1__/* .readDriftRecord */ .hc)(found.body) : {};
    const pick = (0,_core_drift_rotation_js__WEBPACK_IMPORTED_MODULE_3__/* .pickDriftTables */ .kc)(tables, record, perRun, settings.driftTableIntervalMs, now);
    const chosen = new Set(pick.picked);
    const ms = settings.driftTableIntervalMs;
    const floor = ms % 3_600_000 === 0 ? `${ms / 3_600_000}h` : `${Math.round(ms / 60_000)}m`;
    return {
        files: files.filter((file) => chosen.has(file.table)),
        notice: (0,_core_drift_rotation_js__WEBPACK_IMPORTED_MODULE_3__/* .describeDriftPick */ .o_)(pick, tables.length, floor, record, tables, _core_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .codeOrText */ .Qg),
        rotation: {
            record,
            ...(found ? { issue: { number: found.number, url: found.url, open: found.open } } : {}),
            tables,
            now,
        },
    };
}


/***/ })

};
