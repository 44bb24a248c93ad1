export const id = 923;
export const ids = [923];
export const modules = {

/***/ 30102:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jx: () => (/* binding */ readCsvRecords),
/* harmony export */   Tu: () => (/* binding */ asLiveRecords),
/* harmony export */   VV: () => (/* binding */ liveRowObjects),
/* harmony export */   ph: () => (/* binding */ memoryRowStore)
/* harmony export */ });
/* unused harmony export recordList */
/* harmony import */ var _csv_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62312);

/** Either form of live rows, read one way. */
function asLiveRecords(records) {
    return 'value' in records ? records : recordList(records);
}
/** Rows given as objects (a vendor's answer) as LiveRecords. */
function recordList(records) {
    return { length: records.length, value: (index, name) => records[index]?.[name] };
}
/** Between a packed row's cells: a character CSV text almost never holds (a row that does is kept unpacked). */
const SEPARATOR = '\u0000';
/** Rows kept in memory, each one string (its cells joined), not an array of strings. */
function memoryRowStore() {
    const rows = [];
    return {
        get length() {
            return rows.length;
        },
        get rowsHeld() {
            return rows.length;
        },
        push: (cells) => {
            rows.push(cells.some((cell) => cell.includes(SEPARATOR)) ? cells : cells.join(SEPARATOR));
        },
        get: (index) => {
            const row = rows[index];
            return row === undefined ? undefined : typeof row === 'string' ? row.split(SEPARATOR) : row;
        },
        text: (index) => {
            const row = rows[index];
            return typeof row === 'string' ? row : undefined;
        },
    };
}
/**
 * A CSV's rows as LiveRecords, read streaming and kept compactly (by default in memory, each row one string, not an
 * object of strings, so that the previous version of a large file costs about its own size; or in a store given, a
 * file say). Ragged rows are left out, as a previous version's problems are not the plan's.
 */
async function readCsvRecords(source, file, options = {}, rows = memoryRowStore()) {
    const columns = new Map();
    let header = [];
    const problems = await (0,_csv_js__WEBPACK_IMPORTED_MODULE_0__/* .parseCsv */ .Wk)(source, file, {
        header: (cells) => {
            header = cells;
            for (const [index, name] of cells.entries())
                if (!columns.has(name))
                    columns.set(name, index);
        },
        row: (cells) => rows.push(cells),
    }, options);
    // The plan asks for every column of one row in turn: the last row unpacked is kept.
    let lastIndex = -1;
    let lastCells = [];
    const cell = (index, column) => {
        if (column === undefined)
            return undefined;
        if (index !== lastIndex) {
            lastCells = rows.get(index) ?? [];
            lastIndex = index;
        }
        return lastCells[column];
    };
    // A row of a text store reads as its text too (the plan compares it before splitting it).
    const text = rows.text?.bind(rows);
    const asText = (names) => (text ? { textColumns: names, text } : {});
    return {
        length: rows.length,
        header,
        problems,
        value: (index, name) => cell(index, columns.get(name)),
        ...asText(header),
        renamed(nameOf) {
            const renamedColumns = new Map();
            for (const [name, column] of columns)
                renamedColumns.set(nameOf.get(name) ?? name, column);
            return {
                length: rows.length,
                value: (index, name) => cell(index, renamedColumns.get(name)),
                ...asText(header.map((name) => nameOf.get(name) ?? name)),
            };
        },
    };
}
/** Each live row as an object, one at a time (for the few that need objects: a snapshot, a restore). */
function* liveRowObjects(records, names) {
    for (let index = 0; index < records.length; index++) {
        const record = {};
        for (const name of names) {
            const value = records.value(index, name);
            if (value !== undefined)
                record[name] = value;
        }
        yield record;
    }
}


/***/ }),

/***/ 78174:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cj: () => (/* binding */ headerCsvFrom),
/* harmony export */   d1: () => (/* binding */ liveTableCsv),
/* harmony export */   l4: () => (/* binding */ tableCsv),
/* harmony export */   v2: () => (/* binding */ writeHeaderCsv)
/* harmony export */ });
/* unused harmony export rowsCsv */
/* harmony import */ var _canonical_json_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6992);
/* harmony import */ var _csv_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62312);
/* harmony import */ var _live_records_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(30102);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(34920);




/** Rows as CSV for users: field titles as the header, key first, display order. */
function tableCsv(schema, rows) {
    const writer = new CsvBatches(schema.fields.map((field) => ({ name: field.title, field })));
    for (const row of rows)
        writer.add(row);
    return writer.text();
}
/**
 * CSV text under a given header (each column's name, and the field whose values it holds), made a hundred rows at
 * a time and handed to `write` (or kept, when none is given): the rows of a whole file are never all held as cell
 * arrays, only as the text they become, and with a `write` not even that.
 */
/** Rows turned into CSV text at a time: few enough that a batch in making stays small beside a young generation. */
const BATCH_ROWS = 100;
class CsvBatches {
    columns;
    parts = [];
    write;
    batch = [];
    /** Rows added so far. */
    rows = 0;
    constructor(columns, write) {
        this.columns = columns;
        this.write = write ?? ((text) => this.parts.push(text));
        this.write((0,_csv_js__WEBPACK_IMPORTED_MODULE_0__/* .csvLines */ .A_)([columns.map((column) => column.name)]));
    }
    add(row) {
        this.batch.push(this.columns.map((column) => (0,_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .formatCell */ ._Z)(row[column.field.name] ?? '')));
        this.rows++;
        if (this.batch.length === BATCH_ROWS) {
            this.write((0,_csv_js__WEBPACK_IMPORTED_MODULE_0__/* .csvLines */ .A_)(this.batch));
            this.batch = [];
        }
    }
    /** The rows not yet handed on. */
    end() {
        if (this.batch.length > 0)
            this.write((0,_csv_js__WEBPACK_IMPORTED_MODULE_0__/* .csvLines */ .A_)(this.batch));
        this.batch = [];
    }
    text() {
        this.end();
        return this.parts.join('');
    }
}
/** Rows that may arrive as a stream, as CSV under a given header, with how many rows it holds. */
async function headerCsvFrom(columns, rows) {
    const writer = new CsvBatches(columns);
    for await (const row of rows)
        writer.add(row);
    return { text: writer.text(), rows: writer.rows };
}
/**
 * The same CSV as `headerCsvFrom`, handed to `write` a hundred rows at a time instead of kept: a whole table's upload
 * goes to a file and is never one string. Returns how many rows it holds.
 */
async function writeHeaderCsv(columns, rows, write) {
    const writer = new CsvBatches(columns, write);
    for await (const row of rows)
        writer.add(row);
    writer.end();
    return writer.rows;
}
/**
 * The live table as a CSV file to keep in git (export) or to restore from (snapshot): rows normalised as the plan
 * reads them, in key order, so that planning this file against the same table shows no changes. Sorted by index and
 * each row made only when written: a large table is never held as row objects.
 */
function liveTableCsv(schema, live) {
    const records = (0,_live_records_js__WEBPACK_IMPORTED_MODULE_1__/* .asLiveRecords */ .Tu)(live);
    const key = (0,_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .keyField */ .Kk)(schema);
    const names = schema.fields.map((field) => field.name);
    const keys = Array.from({ length: records.length }, (_, index) => String((0,_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .normalizeLiveValue */ .bU)(key, records.value(index, key.name))));
    const order = Array.from(keys.keys()).sort((a, b) => (0,_canonical_json_js__WEBPACK_IMPORTED_MODULE_3__/* .compareKeys */ .Y)(keys[a], keys[b]));
    return tableCsv(schema, (function* () {
        for (const index of order) {
            const record = {};
            for (const name of names)
                record[name] = records.value(index, name);
            const row = (0,_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .normalizeLiveRow */ .SB)(schema, record);
            // A composed key (Field.keyWith) is written as its own cell, as the file has it.
            if (key.keyWith !== undefined)
                row[key.name] = (0,_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .keyCell */ .I1)(String(row[key.name]), String(row[key.keyWith] ?? ''));
            yield row;
        }
    })());
}
/** Rows as CSV with their own keys as the header (first seen first): for vendors whose columns are the file's header. */
function rowsCsv(rows) {
    const header = [...new Set(rows.flatMap((row) => Object.keys(row)))];
    return writeCsv(header, rows.map((row) => header.map((name) => formatCell(row[name] ?? ''))));
}


/***/ }),

/***/ 58136:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QX: () => (/* binding */ isAncestor),
/* harmony export */   Vk: () => (/* binding */ repositoryPrefix),
/* harmony export */   WL: () => (/* binding */ resolveCommit),
/* harmony export */   aS: () => (/* binding */ commitsTouching),
/* harmony export */   iv: () => (/* binding */ changesBetween),
/* harmony export */   jy: () => (/* binding */ fileBytesAt)
/* harmony export */ });
/**
 * The checkout's own git, for a rollback: which commits are in this branch's history and the files' bytes at one of
 * them. Never an external diff or textconv driver; every call bounded in time and output.
 */
function git(workspace, args) {
    return new Promise((resolve) => {
        // Loaded when git is first asked, not at start: most runs never ask it (a faster start).
        process
            .getBuiltinModule('node:child_process')
            .execFile('git', ['-c', 'core.quotePath=false', ...args], { cwd: workspace, timeout: 60_000, maxBuffer: 512 * 1024 * 1024, encoding: 'buffer' }, (error, stdout) => resolve({ ok: !error, stdout }));
    });
}
const SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/;
/** The full sha of a commit the checkout has, or undefined. */
async function resolveCommit(workspace, rev) {
    const { ok, stdout } = await git(workspace, [
        'rev-parse',
        '--verify',
        '--quiet',
        '--end-of-options',
        `${rev}^{commit}`,
    ]);
    const sha = stdout.toString('utf8').trim();
    return ok && SHA.test(sha) ? sha : undefined;
}
/** Whether `ancestor` is in the history of `head` (itself included). */
async function isAncestor(workspace, ancestor, head) {
    return (await git(workspace, ['merge-base', '--is-ancestor', ancestor, head])).ok;
}
/** The commits of `head`'s first-parent line (the branch's own history) that changed any of `paths`, newest first. */
async function commitsTouching(workspace, head, paths, max) {
    const { ok, stdout } = await git(workspace, [
        'log',
        '--first-parent',
        '--format=%H',
        `--max-count=${max}`,
        head,
        '--',
        ...paths.map((p) => `:(literal)${p}`),
    ]);
    if (!ok)
        return [];
    return stdout
        .toString('utf8')
        .split('\n')
        .filter((line) => SHA.test(line));
}
/**
 * A file's bytes at a commit, exactly as git stores them; undefined when it was not there, and `link` when it was a
 * symbolic link or a submodule there (never written: the path gate writes regular files only).
 */
async function fileBytesAt(workspace, sha, relativePath) {
    const listed = await git(workspace, ['ls-tree', '-z', sha, '--', `:(literal)${relativePath}`]);
    const mode = listed.ok ? /^(\d{6}) /.exec(listed.stdout.toString('utf8'))?.[1] : undefined;
    if (!mode)
        return undefined;
    if (mode !== '100644' && mode !== '100755')
        return 'link';
    const { ok, stdout } = await git(workspace, ['cat-file', 'blob', `${sha}:./${relativePath}`]);
    return ok ? stdout : undefined;
}
/** Where the workspace is inside its repository ('' at the root, else `sub/dir/`): GitHub's trees name paths from the root. */
async function repositoryPrefix(workspace) {
    const { ok, stdout } = await git(workspace, ['rev-parse', '--show-prefix']);
    return ok ? stdout.toString('utf8').trim() : '';
}
/** What happened to the files between two commits: added, removed, renamed (git's rename detection), changed. */
async function changesBetween(workspace, from, to) {
    const { ok, stdout } = await git(workspace, [
        'diff',
        '--name-status',
        '-z',
        '-M',
        '--no-ext-diff',
        '--no-textconv',
        '--relative',
        from,
        to,
    ]);
    if (!ok)
        return [];
    const parts = stdout.toString('utf8').split('\0');
    const changes = [];
    for (let i = 0; i < parts.length - 1;) {
        const status = parts[i++] ?? '';
        if (status.startsWith('R') || status.startsWith('C')) {
            const fromPath = parts[i++] ?? '';
            changes.push({ status, path: parts[i++] ?? '', from: fromPath });
        }
        else
            changes.push({ status, path: parts[i++] ?? '' });
    }
    return changes;
}


/***/ }),

/***/ 63923:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  exportTables: () => (/* binding */ exportTables)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/core/problems.js
var problems = __webpack_require__(70571);
// EXTERNAL MODULE: ./lib/core/report/markdown.js
var markdown = __webpack_require__(76893);
// EXTERNAL MODULE: ./lib/core/schema-file.js
var schema_file = __webpack_require__(22315);
// EXTERNAL MODULE: ./lib/core/table-csv.js
var table_csv = __webpack_require__(78174);
// EXTERNAL MODULE: ./lib/inputs/schema-files.js
var schema_files = __webpack_require__(45232);
// EXTERNAL MODULE: ./lib/providers/provider.js + 1 modules
var providers_provider = __webpack_require__(32288);
// EXTERNAL MODULE: ./lib/inputs/git-history.js
var git_history = __webpack_require__(58136);
// EXTERNAL MODULE: ./lib/run/propose.js
var propose = __webpack_require__(59);
;// CONCATENATED MODULE: ./lib/run/adopt.js



/** A branch name's part for a table: git refuses spaces, `..`, `~`, `^`, `:` and more in ref names. */
function branchWord(table) {
    return (table
        .replace(/[^A-Za-z0-9._-]+/g, '-')
        .replace(/\.{2,}/g, '.')
        .replace(/^[-.]+|[-.]+$/g, '')
        .slice(0, 40) || 'table');
}
/**
 * `mode: export` with `pull-request: true`: the exported files proposed as a pull request into the branch of the run,
 * through the same Git data API call as the rollback's pull request, so the live values are adopted after review.
 * Only files whose bytes differ from the branch's go in; none differing is refused (there is nothing to adopt).
 */
async function openAdoptPullRequest(context, exported) {
    const { runner, settings, event, pullRequests } = context;
    const workspace = context.files.workspace;
    const refuse = (why) => runner.fail(`No adopt pull request was opened: ${why}`, 'export-failed');
    if (!pullRequests?.openPullRequest) {
        return refuse('opening it needs github-token (permissions contents: write and pull-requests: write)');
    }
    if (!event.branch)
        return refuse('the run names no branch to open it into (GITHUB_REF_NAME): run it on a branch');
    const head = await (0,git_history/* resolveCommit */.WL)(workspace, event.sha || 'HEAD');
    if (!head) {
        return refuse(`the checkout has no commit ${event.sha ? event.sha.slice(0, 7) : 'HEAD'}: check out the branch (actions/checkout)`);
    }
    const changed = [];
    for (const file of exported) {
        const now = await (0,git_history/* fileBytesAt */.jy)(workspace, head, file.relativePath);
        if (!(now instanceof Buffer && now.equals(file.bytes)))
            changed.push(file);
    }
    const short = head.slice(0, 7);
    if (changed.length === 0) {
        return refuse(`the files on ${event.branch} (${short}) already hold the live values of ${[...new Set(exported.map((f) => f.table))].join(', ')}: nothing differs, nothing to adopt`);
    }
    const tables = [...new Set(changed.map((f) => f.table))];
    const named = tables.length > 3 ? `${tables.length} tables` : tables.join(', ');
    const list = changed.map((f) => `- ${(0,markdown/* codeOrText */.Qg)(f.relativePath)} (table ${(0,markdown/* escapeMarkdown */.FV)(f.table)})`);
    const body = [
        `Adopts the live values of ${(0,markdown/* escapeMarkdown */.FV)(named)} into git: the tables exported as they are now, into these files:`,
        '',
        ...list,
        '',
        'Nothing here touches a table. The plan comment of this pull request should show no changes: reviewing it is reviewing the tables as they are. Once merged, git holds the values and the drift is gone.',
    ].join('\n');
    const words = tables.length > 3 ? `${tables.length}-tables` : tables.map(branchWord).join('-');
    await (0,propose/* proposePullRequest */.R)(context, {
        heading: 'Data tables adopt',
        branch: `datatable-sync/adopt-${words}-${short}-${settings.configId}`,
        head,
        into: event.branch,
        message: `Adopt the live values of ${named} into git`,
        title: `Adopt the live values of ${named}`,
        body,
        files: changed,
    }, refuse);
}

;// CONCATENATED MODULE: ./lib/run/export.js








/** The reference columns the schema file beside `file` declares now, if it can be read (else none). */
function declaredReferences(context, file) {
    try {
        return (0,schema_files/* readSchemaBeside */._Q)(context.files, file.relativePath)?.references ?? {};
    }
    catch (error) {
        if (error instanceof problems/* DataFileError */.t1)
            return {};
        throw error;
    }
}
/** Export: each table's live rows into its file (header by title, key first, key order), to adopt it into git. */
async function exportTables(context, provider, files) {
    const { runner } = context;
    const lines = ['## Data tables export', '', '| table | file | schema | rows |', '|---|---|---|---:|'];
    const failures = [];
    const exported = [];
    for (const file of files) {
        try {
            const table = await provider.getTable(file.table);
            if (!provider.capabilities.readsLiveRows || !table.schema) {
                throw new providers_provider/* ProviderError */.mZ(`${provider.capabilities.describe}: export needs the live rows and schema, which this API does not give`);
            }
            const schemaFile = (0,schema_file/* schemaFilePath */.ND)(file.relativePath);
            for (const target of [file.relativePath, schemaFile]) {
                const why = runner.mayOverwrite?.(external_node_path_.resolve(context.files.workspace, target));
                if (why)
                    throw new providers_provider/* ProviderError */.mZ(`${target} was not written: ${why}`);
            }
            const live = await provider.readRows(table);
            const csv = (0,table_csv/* liveTableCsv */.d1)(table.schema, live.records);
            await context.files.writeWorkspaceFile(file.relativePath, csv, 'file');
            // The schema beside the file: `validate` (and the pre-commit hook) check cells against it offline.
            // Columns the schema file there declares as references stay declared (the table itself does not know them).
            const schemaText = (0,schema_file/* schemaFileText */.Bx)(table.name, table.schema, declaredReferences(context, file));
            await context.files.writeWorkspaceFile(schemaFile, schemaText, 'schema file');
            exported.push({ relativePath: file.relativePath, bytes: Buffer.from(csv), table: table.name }, { relativePath: schemaFile, bytes: Buffer.from(schemaText), table: table.name });
            lines.push(`| ${(0,markdown/* escapeMarkdown */.FV)(table.name)} | ${(0,markdown/* codeOrText */.Qg)(file.relativePath)} | ${(0,markdown/* codeOrText */.Qg)(schemaFile)} | ${live.records.length} |`);
            runner.info(`${table.name}: ${live.records.length} rows written to ${file.relativePath}, its schema to ${schemaFile}`);
        }
        catch (error) {
            if (!(error instanceof providers_provider/* ProviderError */.mZ))
                throw error;
            failures.push(`${file.relativePath}: ${error.message}`);
        }
    }
    // Nothing exported: no empty table above the errors, which say it all.
    if (failures.length < files.length) {
        if (failures.length > 0) {
            lines.push('', `**Not exported (${failures.length})**:`, '', ...failures.map((f) => `- ${(0,markdown/* escapeMarkdown */.FV)(f)}`));
        }
        lines.push('', 'Commit the files (and their schema files) to keep the tables in git; a plan of them now shows no changes.', '');
        await runner.summary(lines.join('\n'));
    }
    runner.output('changed', false);
    runner.output('import-jobs', '[]');
    if (failures.length > 0) {
        const adopt = context.settings.exportPullRequest ? ' (so no pull request was opened)' : '';
        return runner.fail(`Some tables were not exported${adopt}:\n${failures.join('\n')}`, 'export-failed');
    }
    if (context.settings.exportPullRequest)
        await openAdoptPullRequest(context, exported);
}


/***/ }),

/***/ 59:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ proposePullRequest)
/* harmony export */ });
/* harmony import */ var _inputs_git_history_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58136);
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(50869);


/**
 * Opens the pull request (one commit through the Git data API: the one way the action opens a pull request), sets
 * `pull-request-url` and writes the summary; a refusal by GitHub goes to `refuse` with what the token needs.
 */
async function proposePullRequest(context, proposal, refuse) {
    const { runner, pullRequests } = context;
    if (!pullRequests?.openPullRequest)
        return refuse('opening it needs github-token');
    // The workspace may be a folder of the repository (actions/checkout's path): trees name paths from its root.
    const prefix = await (0,_inputs_git_history_js__WEBPACK_IMPORTED_MODULE_0__/* .repositoryPrefix */ .Vk)(context.files.workspace);
    try {
        const opened = await pullRequests.openPullRequest({
            branch: proposal.branch,
            base: proposal.head,
            into: proposal.into,
            message: proposal.message,
            files: proposal.files.map((f) => ({ path: `${prefix}${f.relativePath}`, bytes: f.bytes })),
            title: proposal.title,
            body: proposal.body,
        });
        runner.output('pull-request-url', opened.url);
        runner.info(`Opened #${opened.number} (${opened.url}) from ${proposal.branch}`);
        await runner.summary(`## ${proposal.heading}\n\nOpened [#${opened.number}](${opened.url}).\n\n${proposal.body}\n`);
    }
    catch (error) {
        refuse(`${(0,_runner_js__WEBPACK_IMPORTED_MODULE_1__/* .describeRemoteError */ .Md)(error)}: the token needs contents: write and pull-requests: write, and the branch ${proposal.branch} must not exist yet (delete it, or close its pull request)`);
    }
}


/***/ })

};
