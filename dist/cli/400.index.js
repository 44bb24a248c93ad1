export const id = 400;
export const ids = [400];
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

/***/ 7781:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gy: () => (/* binding */ postComment),
/* harmony export */   O9: () => (/* binding */ planCommentOf),
/* harmony export */   q2: () => (/* binding */ findReviewedPlan)
/* harmony export */ });
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(869);
/* harmony import */ var _protocol_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5794);


/** Creates or updates this configuration's comment; a failure is a notice, never a failed step. */
async function postComment(context, issueNumber, body, createIfMissing, 
/** A new comment, the older ones hidden as outdated (comment: new), rather than an edit of the latest. */
history = false) {
    const { runner, pullRequests, settings } = context;
    if (!pullRequests)
        return;
    try {
        const result = await pullRequests.upsertComment(issueNumber, (0,_protocol_js__WEBPACK_IMPORTED_MODULE_0__/* .commentMarker */ .Ql)(settings.configId), body, createIfMissing, history);
        if (result.note)
            runner.notice(result.note);
        if (result.url)
            runner.output('comment-url', result.url);
        else
            runner.info(`No pull request comment: ${result.skipped}.`);
    }
    catch (error) {
        // A fork's token is read-only: the plan is still in the step summary, so this is a notice, not a failure.
        runner.notice(`Could not post the pull request comment (${(0,_runner_js__WEBPACK_IMPORTED_MODULE_1__/* .describeRemoteError */ .Md)(error)}); the plan is in the step summary.`);
    }
}
/**
 * Our plan comment on merged pull request `number`, counted only as the action wrote it (checkPlanComment): by this
 * token's identity, not edited since, its plan line signed when a key is set, its text the one the line's digest names,
 * and written before `mergedAt` unless an apply added its results (undefined: any time). Errors of GitHub, and a search
 * through the comments that could not finish (SearchIncomplete), are thrown: each caller fails closed its own way.
 */
async function planCommentOf(pullRequests, number, settings, mergedAt) {
    const comment = await pullRequests.findComment(number, (0,_protocol_js__WEBPACK_IMPORTED_MODULE_0__/* .commentMarker */ .Ql)(settings.configId));
    if (!comment)
        return { state: 'missing' };
    const record = await pullRequests.readComment(comment.nodeId);
    const check = (0,_protocol_js__WEBPACK_IMPORTED_MODULE_0__/* .checkPlanComment */ .pW)(record, settings.configId, settings.planSigningKey, mergedAt);
    return check.trusted ? { state: 'found', marker: check.marker } : { state: 'untrusted', why: check.why };
}
/**
 * The merged pull request of the pushed commit and our comment on it, where the reviewed plan's marker is. The
 * comment counts only as the action wrote it, before the merge (planCommentOf). Any failure to read GitHub, or a
 * search through the comments that could not finish, is "unreadable": the apply fails closed.
 */
async function findReviewedPlan(context) {
    const { pullRequests, event, settings } = context;
    if (!pullRequests || !event.sha)
        return { state: 'none', where: 'no GitHub token' };
    let number;
    try {
        const merged = await pullRequests.mergedPullRequestOf(event.sha);
        if (!merged)
            return { state: 'none', where: `no merged pull request for commit ${event.sha.slice(0, 7)}` };
        number = merged.number;
        const where = `pull request #${number}`;
        const found = await planCommentOf(pullRequests, number, settings, merged.mergedAt);
        if (found.state === 'missing')
            return { state: 'missing', number, where };
        if (found.state === 'untrusted')
            return { state: 'untrusted', number, where, why: found.why };
        return { state: 'found', number, marker: found.marker, where, headSha: merged.headSha };
    }
    catch (error) {
        const where = error instanceof _runner_js__WEBPACK_IMPORTED_MODULE_1__/* .SearchIncomplete */ .nH
            ? `the search could not finish: ${error.message}`
            : `GitHub could not be read: ${(0,_runner_js__WEBPACK_IMPORTED_MODULE_1__/* .describeRemoteError */ .Md)(error)}`;
        return { state: 'unreadable', where, ...(number !== undefined ? { number } : {}) };
    }
}


/***/ }),

/***/ 8444:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Xq: () => (/* binding */ labelPullRequest),
/* harmony export */   tv: () => (/* binding */ markStalePlans)
/* harmony export */ });
/* unused harmony export MAX_STALE_PULLS */
/* harmony import */ var _core_plan_label_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9863);
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(869);
/* harmony import */ var _protocol_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5794);
/**
 * The review queue beyond the plan's own comment: other pull requests' plans that an apply made stale, and the label
 * a plan sets on its pull request. Both are courtesies: a GitHub failure here is logged, never the run's failure.
 */



/**
 * Open pull requests read per apply, the most recently updated first: each costs one to three requests (its comments,
 * maybe an edit), so an apply stays far inside the workflow token's budget (1,000 requests an hour per repository);
 * a pull request beyond them is refused at its own apply all the same (its plan hash no longer matches).
 */
const MAX_STALE_PULLS = 20;
/**
 * After an apply changed `changed` tables: every other open pull request whose plan comment (ours, by marker and
 * author) covers one of them gets a note at the top of that comment saying its plan is outdated. Returns how many.
 */
async function markStalePlans(context, changed, appliedPull) {
    const { runner, pullRequests, settings, event } = context;
    if (!pullRequests || changed.size === 0 || settings.comment === 'never')
        return 0;
    let marked = 0;
    try {
        const open = await pullRequests.openPullRequests(MAX_STALE_PULLS);
        const marker = (0,_protocol_js__WEBPACK_IMPORTED_MODULE_1__/* .commentMarker */ .Ql)(settings.configId);
        for (const number of open) {
            if (number === appliedPull)
                continue;
            let comment;
            try {
                comment = await pullRequests.findComment(number, marker);
            }
            catch (error) {
                // One pull request flooded with comments leaves the others' notes to be written.
                if (!(error instanceof _runner_js__WEBPACK_IMPORTED_MODULE_2__/* .SearchIncomplete */ .nH))
                    throw error;
                runner.info(`Not checked for an outdated plan: ${error.message} (refused at its apply all the same)`);
                continue;
            }
            const tables = (0,_protocol_js__WEBPACK_IMPORTED_MODULE_1__/* .staleTables */ .XC)(comment && (0,_protocol_js__WEBPACK_IMPORTED_MODULE_1__/* .readPlanMarker */ .c5)(comment.body), changed);
            if (!comment || tables.length === 0)
                continue;
            const body = (0,_protocol_js__WEBPACK_IMPORTED_MODULE_1__/* .withOutdatedNote */ .XB)(comment.body, (0,_protocol_js__WEBPACK_IMPORTED_MODULE_1__/* .outdatedNote */ .b1)(tables, event.branch, event.sha));
            if (body === undefined) {
                runner.info(`Pull request #${number}: its plan is outdated, but the note would not fit its comment`);
                continue;
            }
            if (body === comment.body)
                continue;
            await pullRequests.editComment(comment.id, body);
            runner.info(`Pull request #${number}: its plan comment now says it is outdated (${tables.join(', ')} changed)`);
            marked++;
        }
        if (open.length >= MAX_STALE_PULLS) {
            runner.info(`Read the ${MAX_STALE_PULLS} most recently updated open pull requests for outdated plans; older ones are refused at their apply all the same`);
        }
    }
    catch (error) {
        runner.notice(`Could not mark other pull requests' plans as outdated (${(0,_runner_js__WEBPACK_IMPORTED_MODULE_2__/* .describeRemoteError */ .Md)(error)}).`);
    }
    return marked;
}
/**
 * Sets the one plan label on the pull request (creating it with its colour when missing) and removes the others. The
 * label is the worst of this plan's and of the other configurations' plan comments (each records its own).
 */
async function labelPullRequest(context, plans, failures) {
    const { runner, pullRequests, settings, event } = context;
    const number = event.pullRequest?.number;
    if (!settings.labels || !pullRequests || number === undefined)
        return;
    let label = (0,_core_plan_label_js__WEBPACK_IMPORTED_MODULE_0__/* .planLabel */ .G)(plans, failures);
    try {
        const ours = await pullRequests.findComments(number, _protocol_js__WEBPACK_IMPORTED_MODULE_1__/* .ANY_COMMENT_MARKER */ .UM);
        label = (0,_protocol_js__WEBPACK_IMPORTED_MODULE_1__/* .pullRequestLabel */ .xN)(label, settings.configId, ours.map((comment) => comment.body));
        await pullRequests.setLabel(number, label, _core_plan_label_js__WEBPACK_IMPORTED_MODULE_0__/* .PLAN_LABELS */ .U.map((l) => l.name));
        runner.info(`Pull request #${number} labelled "${label.name}"`);
    }
    catch (error) {
        runner.notice(`Could not label the pull request "${label.name}" (${(0,_runner_js__WEBPACK_IMPORTED_MODULE_2__/* .describeRemoteError */ .Md)(error)}); the workflow needs pull-requests: write.`);
    }
}


/***/ }),

/***/ 4400:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ writeGroupPlan),
/* harmony export */   gatherPlans: () => (/* binding */ gatherPlans),
/* harmony export */   listTargets: () => (/* binding */ listTargets)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var _core_groups_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2623);
/* harmony import */ var _core_log_line_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3916);
/* harmony import */ var _core_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6893);
/* harmony import */ var _inputs_settings_error_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6763);
/* harmony import */ var _review_review_queue_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8444);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8402);
/* harmony import */ var _publish_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1508);
/**
 * A job matrix over runners: `mode: targets` lists the groups for `strategy.matrix`, a plan with `group` plans one
 * group and writes its plan file for the gather, and `mode: gather` makes one comment and one plan hash of them all.
 */








/** `mode: targets`: the `matrix` output (`{"include":[{group, environment, client}]}`) and a summary of the groups. */
async function listTargets(context, files) {
    const { runner, settings } = context;
    const { allowed, windowMs } = settings.genesys.rateLimit;
    const groups = (0,_core_groups_js__WEBPACK_IMPORTED_MODULE_6__/* .planMatrix */ .T4)(files.map((f) => f.table), { groups: settings.groups, clients: settings.clients, allowed });
    const include = groups.map((g) => ({ group: g.group, environment: settings.environment, client: String(g.client) }));
    runner.output('matrix', (0,_core_log_line_js__WEBPACK_IMPORTED_MODULE_7__/* .outputJson */ .Wd)({ include }));
    runner.output('groups', groups.length);
    const minutes = (windows) => ((windows * windowMs) / 60_000).toFixed(1);
    const requests = files.length * _core_groups_js__WEBPACK_IMPORTED_MODULE_6__/* .PLAN_REQUESTS_PER_TABLE */ .un;
    const floor = requests / (allowed * Math.min(settings.clients, groups.length));
    const lines = [
        `## Data tables matrix${settings.environment ? `: ${(0,_core_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(settings.environment)}` : ''}`,
        '',
        `${files.length} table(s) in ${groups.length} group(s) over ${settings.clients} OAuth client(s) of ${allowed} requests per ${windowMs / 1000} s. ` +
            `Each group paces itself to its share of its client's budget, so the groups on one client together keep to it. ` +
            `Planning takes up to ${_core_groups_js__WEBPACK_IMPORTED_MODULE_6__/* .PLAN_REQUESTS_PER_TABLE */ .un} requests a table: ${requests} in all, at least ${minutes(floor)} min with every client busy.`,
        '',
        '| group | client | tables | from, to | requests (at most) | its share | plan takes at least |',
        '|---|---|---|---|---|---|---|',
        ...groups.map((g) => `| ${g.group} | ${g.client} | ${g.tables.length} | ${(0,_core_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(g.tables[0] ?? '')}, ${(0,_core_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(g.tables.at(-1) ?? '')} | ${g.requests} | ${g.allowed} per ${windowMs / 1000} s | ${minutes(g.windows)} min |`),
        '',
    ];
    await runner.summary(lines.join('\n'));
    runner.info(`Matrix: ${groups.length} group(s): ${groups.map((g) => `${g.group} (${g.tables.length})`).join(', ')}`);
}
const groupFileName = (group) => `group-plan-${group.index}of${group.count}.json`;
/** A group's plan, written for the gather and uploaded as its own artifact (the `group-plan` output is its path). */
async function writeGroupPlan(context, group, planned, reportInput) {
    const { runner, settings, event, run } = context;
    const content = {
        kind: 'datatable-sync group plan',
        version: 1,
        configId: settings.configId,
        group,
        sha: event.pullRequest?.headSha ?? event.sha,
        plans: planned.tables.map((t) => t.plan),
        failures: planned.failures,
        notices: [...(reportInput.notices ?? [])],
    };
    const name = groupFileName(group);
    const written = await run.write(name, [JSON.stringify(content)]);
    runner.output('group-plan', written);
    if (settings.uploadArtifacts) {
        const artifact = (0,_context_js__WEBPACK_IMPORTED_MODULE_4__/* .artifactName */ .Cs)('datatable-group', settings);
        const upload = await runner.uploadArtifact(artifact, [written], run.path, settings.retentionDays);
        if (upload.skipped)
            runner.notice(`Group plan artifact not uploaded: ${upload.skipped}.`);
    }
    runner.info(`Group ${(0,_core_groups_js__WEBPACK_IMPORTED_MODULE_6__/* .groupName */ .hv)(group)}: ${content.plans.length} table(s) planned; no comment from a group: mode: gather posts one for every group.`);
}
/** Reads every group's plan file under `folder`: all of one configuration, one commit, and every group exactly once. */
async function readGroupPlans(context) {
    const { files, settings, event } = context;
    const folder = settings.plans.replace(/\/+$/, '');
    if (node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute(folder) || folder.split(/[\\/]/).includes('..') || /[*?[\]{}]/.test(folder)) {
        throw new _inputs_settings_error_js__WEBPACK_IMPORTED_MODULE_2__/* .SettingsError */ .G(`Input plans is "${folder}"; use a folder inside the workspace, without wildcards, like group-plans`);
    }
    const paths = await files.glob(`${folder}/**/group-plan-*.json`, 'Input plans');
    const found = [];
    for (const file of paths) {
        let parsed;
        try {
            parsed = JSON.parse(files.readText(file, 'Input plans'));
        }
        catch {
            throw new _inputs_settings_error_js__WEBPACK_IMPORTED_MODULE_2__/* .SettingsError */ .G(`Input plans: ${file} is not a group plan file (not JSON)`);
        }
        if (parsed?.kind !== 'datatable-sync group plan' || parsed.version !== 1 || !Array.isArray(parsed.plans)) {
            throw new _inputs_settings_error_js__WEBPACK_IMPORTED_MODULE_2__/* .SettingsError */ .G(`Input plans: ${file} is not a group plan file written by this version of the action`);
        }
        // Another configuration's (or environment's) groups, downloaded into the same folder: not ours to gather.
        if (parsed.configId !== settings.configId)
            continue;
        found.push(parsed);
    }
    if (found.length === 0) {
        throw new _inputs_settings_error_js__WEBPACK_IMPORTED_MODULE_2__/* .SettingsError */ .G(`Input plans: no group plan of this configuration under ${folder}: download the plan jobs' datatable-group-* artifacts there first`);
    }
    const count = found[0]?.group.count ?? 0;
    const sha = event.pullRequest?.headSha ?? event.sha;
    const problems = [];
    const byIndex = new Map();
    for (const part of found) {
        if (part.group.count !== count)
            problems.push(`group ${(0,_core_groups_js__WEBPACK_IMPORTED_MODULE_6__/* .groupName */ .hv)(part.group)} is of a matrix of ${part.group.count}, not ${count}`);
        else if (byIndex.has(part.group.index))
            problems.push(`group ${(0,_core_groups_js__WEBPACK_IMPORTED_MODULE_6__/* .groupName */ .hv)(part.group)} appears twice`);
        else
            byIndex.set(part.group.index, part);
        if (sha && part.sha !== sha) {
            problems.push(`group ${(0,_core_groups_js__WEBPACK_IMPORTED_MODULE_6__/* .groupName */ .hv)(part.group)} planned commit ${String(part.sha).slice(0, 7)}, not ${sha.slice(0, 7)}`);
        }
    }
    for (let index = 1; index <= count; index++) {
        if (!byIndex.has(index))
            problems.push(`group ${index}/${count} has no plan (its job failed before planning, or its artifact was not downloaded)`);
    }
    if (problems.length > 0) {
        throw new _inputs_settings_error_js__WEBPACK_IMPORTED_MODULE_2__/* .SettingsError */ .G(`Input plans: the groups' plans cannot be gathered into one: ${problems.join('; ')}`);
    }
    return [...byIndex.entries()].sort(([a], [b]) => a - b).map(([, part]) => part);
}
/**
 * `mode: gather`: the groups' plans as one: one summary, one comment per org with the plan line of every table (each
 * group's apply checks its own tables against it), and one plan hash. Fails as a plan would when any group cannot apply.
 */
async function gatherPlans(context) {
    const { runner, event } = context;
    const parts = await readGroupPlans(context);
    const planned = {
        tables: parts.flatMap((part) => part.plans.map((plan) => ({ plan }))),
        failures: parts.flatMap((part) => part.failures),
    };
    const notices = [...new Set(parts.flatMap((part) => part.notices))];
    const published = await (0,_publish_js__WEBPACK_IMPORTED_MODULE_5__/* .publishPlan */ .JL)(context, planned, {
        mode: 'plan',
        plans: planned.tables.map((t) => t.plan),
        failures: planned.failures,
        notices: [`Planned by ${parts.length} job(s) of a matrix, gathered into this one plan.`, ...notices],
        link: (0,_publish_js__WEBPACK_IMPORTED_MODULE_5__/* .fileLink */ .RF)(event),
        ...(context.settings.environment ? { environment: context.settings.environment } : {}),
    });
    runner.output('import-jobs', '[]');
    await (0,_review_review_queue_js__WEBPACK_IMPORTED_MODULE_3__/* .labelPullRequest */ .Xq)(context, published.reportInput.plans, planned.failures);
    if (published.blocked.length > 0) {
        const plans = planned.tables.map((t) => t.plan);
        const reason = plans.some((p) => p.invalidRows > 0)
            ? 'invalid-rows'
            : plans.some((p) => p.refusals.length > 0)
                ? 'guard'
                : 'table-failed';
        runner.fail(`The plan cannot be applied:\n${published.blocked.join('\n')}`, reason);
    }
}


/***/ }),

/***/ 1508:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  RF: () => (/* binding */ fileLink),
  BT: () => (/* binding */ planNotices),
  JL: () => (/* binding */ publishPlan),
  $4: () => (/* binding */ readVersion)
});

// EXTERNAL MODULE: ./lib/core/plan.js + 5 modules
var core_plan = __webpack_require__(6273);
// EXTERNAL MODULE: ./lib/core/plan-label.js
var plan_label = __webpack_require__(9863);
// EXTERNAL MODULE: ./lib/core/references.js
var references = __webpack_require__(1237);
// EXTERNAL MODULE: ./lib/core/report/markdown.js
var report_markdown = __webpack_require__(6893);
// EXTERNAL MODULE: ./lib/core/report/plan.js
var report_plan = __webpack_require__(9175);
// EXTERNAL MODULE: ./lib/providers/provider.js + 1 modules
var provider = __webpack_require__(2288);
// EXTERNAL MODULE: ./lib/review/comment.js
var comment = __webpack_require__(7781);
// EXTERNAL MODULE: ./lib/core/drift-rotation.js
var drift_rotation = __webpack_require__(9151);
;// CONCATENATED MODULE: ./lib/core/drift-ways-out.js


/** Where the adopt-table example workflow writes a table (examples/workflows/adopt-table.yml). */
function adoptWorkflowFile(table) {
    return `tables/${table}.csv`;
}
/** One word for a POSIX shell: as is when plainly safe, else single-quoted. */
function shellWord(text) {
    return /^[A-Za-z0-9_./:=@%+-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}
/** A fenced block whose fence no run of backticks in the text can close. */
function fenced(lines) {
    const longest = Math.max(0, ...lines.map((line) => Math.max(0, ...(line.match(/`+/g) ?? []).map((r) => r.length))));
    const fence = '`'.repeat(Math.max(3, longest + 1));
    return [`${fence}sh`, ...lines, fence];
}
/** A line break or control character cannot be shown in one command line: no command is offered for such a name. */
const UNPRINTABLE = /[\p{Cc}\u2028\u2029\u202a-\u202e\u2066-\u2069]/u;
/**
 * The drift issue's two ways out, as ready commands for the drifted tables: adopt (the live values into the files,
 * through the export, reviewed in a pull request) or revert (the next apply puts git's values back: the plan shown
 * is what it does). `config` is the configuration file the drift check read, when not the CLI's default one;
 * `environment`, the org it is for (the same flag on a terminal).
 */
function waysOut(plans, run = {}) {
    const drifted = plans.filter((plan) => (0,core_plan/* changesTable */.EI)(plan) && !UNPRINTABLE.test(plan.file) && !UNPRINTABLE.test(plan.table.name));
    if (drifted.length === 0)
        return [];
    const { config, environment } = run;
    const configFlag = (config && config !== 'datatables.yml' ? ` --config ${shellWord(config)}` : '') +
        (environment && !UNPRINTABLE.test(environment) ? ` --environment ${shellWord(environment)}` : '');
    const viaWorkflow = drifted.filter((plan) => plan.file === adoptWorkflowFile(plan.table.name));
    const adoptCli = drifted.map((plan) => `datatable-sync export ${shellWord(plan.file)} --table ${shellWord(plan.table.name)}${configFlag}`);
    const files = drifted.map((plan) => shellWord(plan.file)).join(' ');
    const lines = [
        '### Ways out',
        '',
        '**Adopt**: keep the live values. Export them into the files and review them in a pull request; once merged, git holds them and the drift is gone.',
        '',
    ];
    if (viaWorkflow.length > 0) {
        lines.push('With the [adopt-table](https://github.com/datatable-sync/datatable-sync/blob/v1/examples/workflows/adopt-table.yml) workflow (it opens the pull request):', '', ...fenced(viaWorkflow.map((plan) => `gh workflow run adopt-table.yml -f table=${shellWord(plan.table.name)}`)), '');
    }
    lines.push('On a terminal, in a clone, on a new branch (then commit the files and open a pull request):', '', ...fenced(adoptCli), '', "**Revert**: put git's values back. The plan above is what the next apply does: it runs on the next merge that changes a table's file, or now, on a terminal (it prints the plan and asks before applying):", '', ...fenced([`datatable-sync plan ${files}${configFlag}`, `datatable-sync apply ${files}${configFlag}`]));
    const skipped = plans.filter(core_plan/* changesTable */.EI).length - drifted.length;
    if (skipped > 0)
        lines.push('', `${skipped} drifted table(s) have a name or file that cannot be shown on one command line: ${(0,report_markdown/* escapeMarkdown */.FV)('export or apply them by hand.')}`);
    return lines;
}

// EXTERNAL MODULE: ./lib/runner.js
var lib_runner = __webpack_require__(869);
// EXTERNAL MODULE: ./lib/review/protocol.js
var protocol = __webpack_require__(5794);
;// CONCATENATED MODULE: ./lib/review/drift-issue.js






/** An issue body's room for the plan: under GitHub's 65,536 characters, with the header. */
const ISSUE_PLAN_LIMIT = 60_000;
/**
 * Drift as a tracked issue (drift-issue: true, on a plan outside a pull request): one open issue per configuration
 * and environment lists the tables and cells that differ from git; a later run updates it, and the run that finds the
 * tables equal to the files again closes it with a comment. Found by a marker in an issue of this token's own identity.
 * A failure is a notice: the plan is in the summary either way.
 */
async function trackDrift(context, report, state, 
/** A check spread over runs (drift-tables-per-run): the record this run read back, kept up to date in the issue. */
rotation) {
    const { pullRequests, settings, event, runner } = context;
    if (!pullRequests) {
        runner.notice('drift-issue: no github-token, so no drift issue was written; the plan is in the summary.');
        return;
    }
    // A check spread over runs records the tables it could not read as checked (their drift as last known), so that a
    // table that keeps failing does not hold the others back; the step fails for it anyway.
    if (state.unknown && !rotation) {
        runner.info('Drift issue left as it is: some tables could not be planned, so whether they drifted is not known.');
        return;
    }
    const marker = (0,protocol/* driftMarker */.O7)(settings.configId);
    const where = event.runUrl ? `[this run](${event.runUrl})` : 'this run';
    const env = settings.environment ? ` (${settings.environment})` : '';
    try {
        // The rotation already looked the issue up (open, or the closed one keeping the record).
        const open = rotation
            ? rotation.issue?.open
                ? rotation.issue
                : undefined
            : await pullRequests.findOpenIssue(marker);
        let drifted = state.drifted;
        let recordLine = '';
        let earlier = '';
        if (rotation) {
            const failed = (state.failed ?? []).map((table) => ({
                table,
                drifted: rotation.record[table]?.drifted ?? false,
            }));
            const checked = [...(state.checked ?? []), ...failed];
            const record = (0,drift_rotation/* updateDriftRecord */.W7)(rotation.record, rotation.tables, checked, rotation.now);
            recordLine = `\n${(0,protocol/* driftRecordLine */.lX)(record)}`;
            const notChecked = (0,drift_rotation/* driftedTables */.uu)(record, rotation.tables).filter((t) => !checked.some((c) => c.table === t));
            drifted += notChecked.length;
            if (notChecked.length > 0) {
                earlier = `Drifted when last checked, and not checked by this run: ${notChecked.map((t) => `${(0,report_markdown/* escapeMarkdown */.FV)(t)} (${record[t]?.at})`).join(', ')}.\n\n`;
            }
            if (drifted === 0) {
                // No drift: the record is still kept, in a closed issue, for the next run to read.
                const body = `${marker}\nNo table differed from git when last checked (${where}). This closed issue keeps when each table was last checked for drift (drift-tables-per-run).${recordLine}`;
                const title = `Data tables drift${env}: none found`;
                const target = open ?? rotation.issue;
                if (target)
                    await pullRequests.writeIssue(target.number, title, body);
                if (open) {
                    await pullRequests.closeIssue(open.number, `The live tables match the files in git again (${where}): closing.`);
                }
                else if (!target) {
                    const url = await pullRequests.writeIssue(undefined, title, body);
                    const number = Number(/\/issues\/(\d+)$/.exec(url)?.[1]);
                    if (number)
                        await pullRequests.closeIssue(number, 'Closed at once: this issue only keeps when each table was last checked.');
                }
                return;
            }
        }
        if (drifted === 0) {
            if (!open)
                return;
            await pullRequests.closeIssue(open.number, `The live tables match the files in git again (${where}): closing.`);
            runner.info(`Drift issue #${open.number} closed: the tables match the files again.`);
            return;
        }
        const ways = waysOut(report.plans, {
            ...(settings.config ? { config: settings.config.path } : {}),
            ...(settings.environment ? { environment: settings.environment } : {}),
        });
        const plan = (0,report_markdown/* fitToBudget */.c5)((detail) => (0,report_plan/* renderPlanReport */.QP)(report, detail), ISSUE_PLAN_LIMIT - recordLine.length - earlier.length - ways.join('\n').length, `the whole plan is in ${where}.`);
        const body = [
            marker,
            `The live tables${(0,report_markdown/* escapeMarkdown */.FV)(env)} differ from the CSV files in git (seen by ${where}). Someone changed them`,
            'outside git, or an apply did not finish. Git wins: the next apply makes each table match its file, undoing the',
            'edits listed below. To keep them, bring the live rows into git (`mode: export`) and review them in a pull request;',
            'to drop them, apply the files again (re-run the apply, or merge a change). This issue is updated by each drift',
            'check and closed when the tables match the files again. The commands for both are under the plan.',
            '',
            earlier + plan,
            ...(ways.length > 0 ? ['', ...ways] : []),
            recordLine,
        ].join('\n');
        const title = `Data tables drift${env}: ${drifted} table${drifted === 1 ? ' differs' : 's differ'} from git`;
        const url = await pullRequests.writeIssue(open?.number, title, body);
        runner.output('drift-issue-url', url);
        runner.info(`Drift issue ${open ? 'updated' : 'opened'}: ${url}`);
    }
    catch (error) {
        runner.notice(`The drift issue could not be written (${(0,lib_runner/* describeRemoteError */.Md)(error)}; the token needs issues: write); the plan is in the summary.`);
    }
}

// EXTERNAL MODULE: ./lib/run/context.js
var run_context = __webpack_require__(8402);
;// CONCATENATED MODULE: ./lib/run/publish.js











/** Notes above the plan that say what it could not do and why (offline, no row reads, a scheduled drift check). */
function planNotices(event, offline, provider, previousRef, 
/** What each file was compared with, for a vendor that cannot read its rows (describeBaselines). */
baselines, driftCheck = false) {
    const notices = [];
    const previous = previousRef
        ? `their version at \`${previousRef.slice(0, 7)}\` (${event.pullRequest ? "the pull request's base" : 'the previous commit'})`
        : 'nothing (no previous version is known, so every row counts as added)';
    if (offline) {
        const why = event.pullRequest?.fromFork
            ? 'this pull request comes from a fork, so the workflow has no access to the secrets'
            : 'the credentials are not set';
        notices.push(`Live plan skipped: ${why}. The files were checked offline (CSV structure and keys) and compared, as text, with ${previous}. Types, the live rows and the table's limits are checked when the plan runs with credentials.`);
    }
    else if (provider && !provider.capabilities.readsLiveRows) {
        notices.push(baselines
            ? `${provider.capabilities.describe} cannot read its rows: each file was compared, as text, with the version last applied to its table. ${baselines}.`
            : `${provider.capabilities.describe} cannot read its rows: the files were compared, as text, with ${previous}.`);
    }
    if (driftCheck) {
        notices.push('A drift check (a plan outside a pull request, on a schedule or with drift-issue: true): each difference below is an edit made to a live table outside git, or an apply that did not finish.');
    }
    return notices;
}
/**
 * A file at a commit (the previous version a plan compares with), through the GitHub API: its bytes as they arrive
 * where the port streams them (a 50 MB file is then never one string, nor a buffer and a string), else its text. A
 * failure while the bytes are read is the same ProviderError as one before they are.
 */
async function readVersion(pullRequests, file, ref) {
    if (!pullRequests || !ref)
        return undefined;
    const failed = (error) => new provider/* ProviderError */.mZ(`Could not read ${file} at ${ref.slice(0, 7)}: ${(0,lib_runner/* describeRemoteError */.Md)(error)}`);
    try {
        if (!pullRequests.fileBytesAt)
            return await pullRequests.fileAt(file, ref);
        const bytes = await pullRequests.fileBytesAt(file, ref);
        if (bytes === undefined)
            return undefined;
        return (async function* () {
            try {
                yield* bytes;
            }
            catch (error) {
                throw failed(error);
            }
        })();
    }
    catch (error) {
        throw failed(error);
    }
}
/** Links problems to the CSV lines as the pull request (or the pushed commit) has them. */
/** The plan markdown's budget: under the fork workflow's own cap (60,000), so it never has to cut it. */
const FORK_COMMENT_LIMIT = 59_000;
function fileLink(event) {
    const sha = event.pullRequest?.headSha ?? event.sha;
    if (!event.owner || !sha)
        return undefined;
    return (file, line) => `${event.serverUrl}/${event.owner}/${event.repo}/blob/${sha}/${(0,report_markdown/* pathForUrl */.en)(file)}#L${line}`;
}
/** The plan goes out everywhere at once: summary, annotations, plan file and artifact, outputs, PR comment. */
async function publishPlan(context, planned, reportInput) {
    const { runner, settings, event, pullRequests, run } = context;
    const plans = planned.tables.map((t) => t.plan);
    for (const failure of planned.failures)
        if (failure.problems)
            runner.annotate(failure.problems);
    for (const plan of plans) {
        runner.annotate(plan.problems);
        if (plan.diff.deleted.length > 0) {
            runner.warning(reportInput.drift
                ? `${plan.table.name} has ${plan.diff.deleted.length} row(s) that the file in git does not have (drift): the next apply deletes them`
                : `This plan deletes ${plan.diff.deleted.length} row(s) from ${plan.table.name}`, plan.file);
        }
    }
    const planFile = await run.write('plan.json', (0,core_plan/* planJsonChunks */.Ox)(plans, planned.failures));
    const files = [planFile];
    for (const plan of plans.filter((p) => p.rejected.length > 0)) {
        const rejectedFile = await run.write(`rejected-${(0,run_context/* safeName */.jC)(plan.table.name)}.csv`, (0,core_plan/* rejectedRowsCsv */.qX)(plan));
        files.push(rejectedFile);
        runner.info(`${plan.file}: ${plan.rejected.length} invalid row(s), each with an error column, written to ${rejectedFile}`);
    }
    const planArtifact = (0,run_context/* artifactName */.Cs)('datatable-plan', settings);
    let wherePlanIs = `the whole plan is in the plan file (${planFile}).`;
    if (settings.uploadArtifacts) {
        const upload = await runner.uploadArtifact(planArtifact, files, run.path, settings.retentionDays);
        if (upload.skipped)
            runner.notice(`Plan artifact not uploaded: ${upload.skipped}.`);
        else
            wherePlanIs = `the whole plan is in the \`${planArtifact}\` artifact of [this run](${event.runUrl}).`;
    }
    await runner.summary((0,report_markdown/* fitToBudget */.c5)((detail) => (0,report_plan/* renderPlanReport */.QP)(reportInput, detail), report_markdown/* SUMMARY_LIMIT */.Jt, wherePlanIs));
    const total = (0,report_plan/* totalCounts */.xW)(plans);
    // On a drift check, an id under a row that points at nothing (an object deleted since) is drift too.
    const drift = reportInput.drift === true;
    const drifted = (plan) => (0,core_plan/* changesTable */.EI)(plan) || (drift && (0,references/* pointsAtNothing */.Uf)(plan));
    const changed = plans.some(drifted);
    runner.output('changed', changed);
    runner.output('rows-added', total.added);
    runner.output('rows-updated', total.updated);
    runner.output('rows-deleted', total.deleted);
    runner.output('rows-unchanged', total.unchanged);
    runner.output('rows-invalid', total.invalid);
    runner.output('plan-hash', (0,core_plan/* combinedPlanHash */.PL)(plans));
    runner.output('plan-json', planFile);
    // The plan as a comment would show it (no markers), for a workflow that posts it elsewhere (forks): see
    // examples/workflows/post-fork-comment.yml.
    const markdown = (0,report_markdown/* fitToBudget */.c5)((detail) => (0,report_plan/* renderPlanReport */.QP)(reportInput, detail), FORK_COMMENT_LIMIT, wherePlanIs);
    runner.output('plan-markdown', await run.write('plan.md', markdown));
    // One job of a matrix posts no comment: the gather posts one with every group's tables (matrix.ts).
    const commenting = (settings.mode === 'plan' && !settings.group) || settings.mode === 'gather';
    if (commenting && event.pullRequest && pullRequests && settings.comment !== 'never') {
        // Under on-change too, a plan that found no changes is written down (a short comment): it is the review the
        // apply compares with, so a table that drifts before the merge is refused rather than imported unseen.
        const quiet = settings.comment === 'on-change' && !changed && total.invalid === 0 && planned.failures.length === 0;
        const body = (0,protocol/* renderComment */.wQ)({
            ...reportInput,
            ...(quiet ? { compact: true } : {}),
            configId: settings.configId,
            planMarker: {
                ...(0,protocol/* planMarkerFor */.Rx)(plans, event.pullRequest.headSha),
                label: (0,plan_label/* planLabel */.G)(plans, planned.failures).name,
                ...(reportInput.notRead ? { notRead: reportInput.notRead } : {}),
            },
            commit: { planned: event.pullRequest.headSha },
            wherePlanIs,
        }, (0,protocol/* sealWith */.Qv)(settings.planSigningKey));
        await (0,comment/* postComment */.Gy)(context, event.pullRequest.number, body, true, settings.comment === 'new');
    }
    if (settings.driftIssue && (0,run_context/* isDriftCheck */.Ub)(settings, event)) {
        await trackDrift(context, reportInput, {
            drifted: plans.filter(drifted).length,
            unknown: planned.failures.length > 0,
            // A gathered plan (job matrix) has no files here; drift checks run as one job, never gathered.
            checked: planned.tables.map((t) => ({ table: t.file?.table ?? t.plan.table.name, drifted: drifted(t.plan) })),
            failed: planned.failures.map((f) => f.table),
        }, context.driftRotation);
    }
    const unplanned = [
        ...planned.failures.map((f) => `${f.file}: ${f.message}`),
        ...plans.filter((p) => p.invalidRows > 0).map((p) => `${p.file}: ${p.invalidRows} invalid row(s)`),
    ];
    const blocked = [...unplanned, ...plans.flatMap((p) => p.refusals.map((r) => `${p.file}: ${r}`))];
    return { blocked, unplanned, wherePlanIs, reportInput };
}


/***/ })

};
