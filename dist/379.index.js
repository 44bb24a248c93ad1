export const id = 379;
export const ids = [379];
export const modules = {

/***/ 73916:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BP: () => (/* binding */ logLine),
/* harmony export */   Mk: () => (/* binding */ logBlock),
/* harmony export */   Wd: () => (/* binding */ outputJson),
/* harmony export */   ml: () => (/* binding */ shorten),
/* harmony export */   wq: () => (/* binding */ commandData)
/* harmony export */ });
/* unused harmony export breakCommands */
/**
 * The runner reads a stdout line that starts with `::` as a workflow command, and `##[command]` anywhere in a line
 * (the older form): `::add-mask::`, `##[stop-commands]`, forged annotations and outputs. A log line that carries data
 * (a file name, a table name, a vendor job id) must never hold one, so this is the one place log text passes through
 * on its way out: `::` and `##[` are broken by a zero-width space wherever they stand, and line breaks are shown.
 */
const ZWSP = '\u200b';
/** Text with every `::` and `##[` broken, so that no part of it can be read as a workflow command. */
function breakCommands(text) {
    return text.replace(/#(?=#\[)/g, `#${ZWSP}`).replace(/:(?=:)/g, `:${ZWSP}`);
}
/**
 * A message that goes out as a workflow command's data (an annotation, a notice, a failure): the toolkit escapes its
 * line breaks and `%`, but not a `##[` inside it, which the runner would run.
 */
function commandData(text) {
    return text.replace(/#(?=#\[)/g, `#${ZWSP}`);
}
/**
 * One log line: line breaks in the data are shown as `\n` and `\r` (they cannot start a new line), and no `::` or `##[`
 * survives whole.
 */
function logLine(text) {
    const single = text
        .replace(/\r/g, '\\r')
        .replace(/\n/g, '\\n')
        .replace(/[\u2028\u2029\u0085]/g, ' ');
    return breakCommands(single);
}
/** A block of lines (the summary printed to the log off GitHub): each line kept, none holding a command. */
function logBlock(text) {
    return text
        .split(/\r\n|\r|\n/)
        .map((line) => breakCommands(line.replace(/[\u2028\u2029\u0085]/g, ' ')))
        .join('\n');
}
/** Long values shortened for annotations and one-line messages, saying how long they were. */
function shorten(text, max = 200) {
    return text.length > max ? `${text.slice(0, max)}… (${text.length} characters)` : text;
}
/**
 * JSON for an output that carries vendor text (table names, messages): every `#` (only ever inside a string) written
 * as the escape `\u0023`, so a workflow that echoes the output into the log cannot start a command with `##[`, while
 * `fromJSON` and `jq` read the same data. (`::` only counts at a line's start, and this is one line starting `[`.)
 */
function outputJson(value) {
    return JSON.stringify(value).replace(/#/g, '\\u0023');
}


/***/ }),

/***/ 70571:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   em: () => (/* binding */ sentence),
/* harmony export */   t1: () => (/* binding */ DataFileError)
/* harmony export */ });
/* unused harmony export formatProblem */
/** Problems with the whole file (unreadable CSV, bad header) that stop planning that table. */
class DataFileError extends Error {
    problems;
    constructor(...problems) {
        const errors = problems.map((problem) => ({ ...problem, severity: 'error' }));
        super(errors.map(formatProblem).join('\n'));
        this.name = 'DataFileError';
        this.problems = errors;
    }
    get problem() {
        return this.problems[0];
    }
}
function formatProblem(problem) {
    const where = `${problem.file}:${problem.line}`;
    const column = problem.column === undefined ? '' : ` column "${problem.column}"`;
    const value = problem.value === undefined ? '' : ` value ${JSON.stringify(problem.value)}`;
    return `${where}${column}${value}: ${sentence(problem.message)}`;
}
/** A message as a finished sentence: a full stop added unless it already ends with one, `?` or `!`. */
function sentence(message) {
    return /[.?!]["')\]]*$/.test(message) ? message : `${message}.`;
}


/***/ }),

/***/ 35379:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createActionRunner: () => (/* binding */ createActionRunner),
  runner: () => (/* binding */ action_runner)
});

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./lib/core/log-line.js
var log_line = __webpack_require__(73916);
// EXTERNAL MODULE: ./lib/core/problems.js
var core_problems = __webpack_require__(70571);
;// CONCATENATED MODULE: ./lib/github/artifacts.js
/**
 * Uploads files as one workflow artifact. Best effort: the artifact service exists only on GitHub's runners,
 * so elsewhere (a local run, some self-hosted setups) the reason is returned instead of an error.
 * The client is loaded only when needed: it is most of the bundle, and a run without artifacts starts faster.
 */
async function uploadArtifact(name, files, rootDirectory, retentionDays, env = process.env) {
    if (!env.ACTIONS_RUNTIME_TOKEN || !env.ACTIONS_RESULTS_URL) {
        return { skipped: 'the artifact service is not available (not running on a GitHub runner)' };
    }
    try {
        const { DefaultArtifactClient } = await Promise.all(/* import() */[__webpack_require__.e(7), __webpack_require__.e(351), __webpack_require__.e(690)]).then(__webpack_require__.bind(__webpack_require__, 35690));
        // Without retention-days, the repository's own setting applies.
        const options = retentionDays === undefined ? {} : { retentionDays };
        const { id } = await new DefaultArtifactClient().uploadArtifact(name, files, rootDirectory, options);
        return { id };
    }
    catch (error) {
        return { skipped: `the artifact upload failed: ${error instanceof Error ? error.message : String(error)}` };
    }
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
;// CONCATENATED MODULE: ./lib/github/commands.js




/** `::name key=value,...::message`, with the runner's escapes (a line break cannot end the command early). */
function issueCommand(name, properties, message, out = process.stdout) {
    const props = Object.entries(properties)
        .filter(([, value]) => value !== undefined && value !== '' && value !== 0)
        .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
        .join(',');
    out.write(`::${name}${props ? ` ${props}` : ''}::${escapeData(message)}${external_node_os_.EOL}`);
}
function escapeData(text) {
    return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(text) {
    return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
/** An input as the runner passes it (`INPUT_<NAME>`), trimmed. */
function getInput(name, env = process.env) {
    return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '').trim();
}
/** An output: to the `GITHUB_OUTPUT` file under a random delimiter the value cannot contain; without it, the old command. */
function setOutput(name, value, env = process.env, out = process.stdout) {
    const file = env.GITHUB_OUTPUT || '';
    if (!file) {
        out.write(external_node_os_.EOL);
        issueCommand('set-output', { name }, value, out);
        return;
    }
    const delimiter = `ghadelimiter_${(0,external_node_crypto_.randomUUID)()}`;
    if (name.includes(delimiter) || value.includes(delimiter)) {
        throw new Error(`Unexpected output: it contains the delimiter "${delimiter}"`);
    }
    if (!(0,external_node_fs_.existsSync)(file))
        throw new Error(`Missing file at path: ${file}`);
    (0,external_node_fs_.appendFileSync)(file, `${name}<<${delimiter}${external_node_os_.EOL}${value}${external_node_os_.EOL}${delimiter}${external_node_os_.EOL}`, { encoding: 'utf8' });
}
function annotate(kind, message, at = {}, out = process.stdout) {
    issueCommand(kind, { title: at.title, file: at.file, line: at.startLine }, message, out);
}
/** Appends markdown to the step summary (`GITHUB_STEP_SUMMARY`), as @actions/core's summary.addRaw(text, true).write(). */
async function appendSummary(file, markdown) {
    await (0,promises_.appendFile)(file, `${markdown}${external_node_os_.EOL}`, { encoding: 'utf8' });
}

;// CONCATENATED MODULE: ./lib/github/event.js

/** What the runner tells about this run: the event, the repository, and the pull request if there is one. */
function readRunEvent(env = process.env) {
    const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '').split('/');
    const serverUrl = env.GITHUB_SERVER_URL || 'https://github.com';
    const event = {
        name: env.GITHUB_EVENT_NAME ?? '',
        owner,
        repo,
        sha: env.GITHUB_SHA ?? '',
        serverUrl,
        runUrl: `${serverUrl}/${owner}/${repo}/actions/runs/${env.GITHUB_RUN_ID ?? ''}`,
        ...(env.GITHUB_REF_NAME ? { branch: env.GITHUB_REF_NAME } : {}),
    };
    let payload = {};
    try {
        if (env.GITHUB_EVENT_PATH)
            payload = JSON.parse((0,external_node_fs_.readFileSync)(env.GITHUB_EVENT_PATH, 'utf8'));
    }
    catch {
        // No readable event file (a local run): no pull request.
    }
    if (payload.before && !/^0+$/.test(payload.before))
        event.before = payload.before;
    const repository = payload.repository;
    if (repository?.visibility !== undefined)
        event.publicRepository = repository.visibility === 'public';
    else if (repository?.private !== undefined)
        event.publicRepository = !repository.private;
    const pr = payload.pull_request;
    if (pr) {
        const head = pr.head.repo?.full_name;
        event.pullRequest = {
            number: pr.number,
            headSha: pr.head.sha,
            baseSha: pr.base.sha,
            fromFork: head !== undefined && head !== pr.base.repo?.full_name,
        };
    }
    return event;
}

// EXTERNAL MODULE: external "node:async_hooks"
var external_node_async_hooks_ = __webpack_require__(16698);
;// CONCATENATED MODULE: ./lib/github/log-folds.js

/**
 * Log folds (`::group::`) for work that runs side by side. The log has one open fold at a time, so the first fold to
 * start writes live; a fold that starts while another is open keeps its lines and writes them, folded, once it has
 * ended and the log is free. Lines from outside any fold are written at once.
 */
class LogFolds {
    writer;
    buffer = new external_node_async_hooks_.AsyncLocalStorage();
    liveOpen = false;
    ended = [];
    constructor(writer) {
        this.writer = writer;
    }
    line(text) {
        this.write({ debug: false, text });
    }
    debug(text) {
        this.write({ debug: true, text });
    }
    async fold(name, work) {
        if (!this.liveOpen) {
            this.liveOpen = true;
            this.writer.start(name);
            try {
                return await this.buffer.run('live', work);
            }
            finally {
                this.writer.end();
                this.liveOpen = false;
                this.flush();
            }
        }
        const entries = [];
        try {
            return await this.buffer.run(entries, work);
        }
        finally {
            this.ended.push({ name, entries });
            this.flush();
        }
    }
    write(entry) {
        const store = this.buffer.getStore();
        if (Array.isArray(store))
            store.push(entry);
        else
            this.emit(entry);
    }
    emit(entry) {
        if (entry.debug)
            this.writer.debug(entry.text);
        else
            this.writer.line(entry.text);
    }
    /** Writes the folds that ended while the log was taken, in the order they ended. */
    flush() {
        if (this.liveOpen)
            return;
        for (let fold = this.ended.shift(); fold; fold = this.ended.shift()) {
            this.writer.start(fold.name);
            for (const entry of fold.entries)
                this.emit(entry);
            this.writer.end();
        }
    }
}

// EXTERNAL MODULE: ./lib/runner.js
var runner = __webpack_require__(50869);
;// CONCATENATED MODULE: ./lib/github/pull-request.js

/** Comment pages read while looking for our comment: 100 comments each, far more than any PR has. */
const MAX_COMMENT_PAGES = 30;
/** GitHub lists at most 3,000 files of a pull request (List pull requests files), 100 a page. */
const MAX_LISTED_FILES = 3000;
const MAX_FILE_PAGES = MAX_LISTED_FILES / 100;
/** Edits of one comment read from its history; the last edit and its editor come apart from them, always. */
const MAX_EDITS_READ = 50;
/** The pull request side of the action: the sticky comment, the merged PR of a commit, a file at another commit. */
class PullRequests {
    token;
    event;
    login;
    client;
    /** GitHub's API (GITHUB_API_URL, on GitHub Enterprise Server); absent: the client's own default. */
    apiUrl;
    constructor(token, event, apiUrl) {
        this.token = token;
        this.event = event;
        this.apiUrl = apiUrl || undefined;
    }
    /** The GitHub client, loaded when first needed: a run that never talks to GitHub never loads it (a faster start). */
    octokit() {
        this.client ??= Promise.all(/* import() */[__webpack_require__.e(7), __webpack_require__.e(351)]).then(__webpack_require__.bind(__webpack_require__, 61351)).then(({ getOctokit }) => 
        // The client reads GITHUB_API_URL from process.env once, when first loaded: a run's own URL is passed instead.
        getOctokit(this.token, this.apiUrl ? { baseUrl: this.apiUrl } : {}));
        return this.client;
    }
    /**
     * The login this token posts as: GraphQL's `viewer` answers for a personal token, an app's installation token and
     * the workflow token alike (REST's `GET /user` refuses installation tokens). Asked once per run.
     */
    identity() {
        this.login ??= this.octokit()
            .then((octokit) => octokit.graphql('query { viewer { login } }'))
            .then(({ viewer }) => viewer.login);
        return this.login;
    }
    /**
     * Our comments carrying this marker, oldest first. Only comments written by this token's identity count: anyone can
     * write the marker into a comment of their own.
     */
    async findComments(issueNumber, marker) {
        return (await this.searchComments(issueNumber, marker)).found;
    }
    /** findComments, and whether it read every comment (false: it stopped after MAX_COMMENT_PAGES full pages). */
    async searchComments(issueNumber, marker) {
        const login = await this.identity();
        const found = [];
        for (let page = 1; page <= MAX_COMMENT_PAGES; page++) {
            const { data } = await (await this.octokit()).rest.issues.listComments({
                owner: this.event.owner,
                repo: this.event.repo,
                issue_number: issueNumber,
                per_page: 100,
                page,
            });
            for (const comment of data) {
                if (isAuthor(login, comment.user) && comment.body?.includes(marker)) {
                    found.push({ id: comment.id, nodeId: comment.node_id, body: comment.body ?? '', url: comment.html_url });
                }
            }
            if (data.length < 100)
                return { found, complete: true };
        }
        return { found, complete: false };
    }
    /**
     * Our latest comment carrying this marker (the plan last posted), if the pull request has one. A search that could
     * not read every comment cannot say which is the latest: it throws rather than answer.
     */
    async findComment(issueNumber, marker) {
        const { found, complete } = await this.searchComments(issueNumber, marker);
        if (!complete) {
            throw new runner/* SearchIncomplete */.nH(`pull request #${issueNumber} has more than ${MAX_COMMENT_PAGES * 100} comments; the search for the plan comment stopped there`);
        }
        return found.at(-1);
    }
    /**
     * A comment's body, creation and edits in one GraphQL answer. GitHub's schema (IssueComment): `lastEditedAt` "the
     * moment the editor made the last edit", `editor` "the actor who edited the comment" (null for an account since
     * deleted), `userContentEdits` "a list of edits to this content", each with `editedAt` and `editor`. Their order is
     * not documented: checkPlanComment does not depend on it. GraphQL names a bot without the `[bot]` REST shows:
     * `isAuthor` compares both spellings for a Bot.
     */
    async readComment(nodeId) {
        const { node } = await (await this.octokit()).graphql(`query($id: ID!) { node(id: $id) { ... on IssueComment { body createdAt lastEditedAt editor { __typename login }
        userContentEdits(last: ${MAX_EDITS_READ}) { nodes { editedAt editor { __typename login } } } } } }`, { id: nodeId });
        if (typeof node?.body !== 'string' || typeof node.createdAt !== 'string') {
            throw new Error(`GitHub's GraphQL API gave no comment for ${nodeId}`);
        }
        const login = await this.identity();
        const write = (at, actor) => ({
            at,
            ...(actor?.login ? { login: actor.login } : {}),
            ours: isAuthor(login, actor?.login ? { login: actor.login, type: actor.__typename ?? '' } : null),
        });
        return {
            body: node.body,
            createdAt: node.createdAt,
            ...(node.lastEditedAt ? { lastEdit: write(node.lastEditedAt, node.editor) } : {}),
            edits: (node.userContentEdits?.nodes ?? []).flatMap((edit) => edit?.editedAt ? [write(edit.editedAt, edit.editor)] : []),
        };
    }
    /**
     * Updates our latest comment with this marker in place, or creates one (unless `createIfMissing` is false). With
     * `history`, posts a new comment each time and minimizes our older ones as outdated.
     */
    async upsertComment(issueNumber, marker, body, createIfMissing, history = false) {
        const ours = await this.findComments(issueNumber, marker);
        const existing = ours.at(-1);
        const target = { owner: this.event.owner, repo: this.event.repo };
        if (existing && !history) {
            const { data } = await (await this.octokit()).rest.issues.updateComment({
                ...target,
                comment_id: existing.id,
                body,
            });
            return { url: data.html_url };
        }
        if (!createIfMissing)
            return { skipped: 'no changes, and no earlier comment to update' };
        const { data } = await (await this.octokit()).rest.issues.createComment({
            ...target,
            issue_number: issueNumber,
            body,
        });
        const result = { url: data.html_url };
        if (history) {
            const failed = [];
            for (const old of ours) {
                try {
                    await (await this.octokit()).graphql('mutation($id: ID!) { minimizeComment(input: {subjectId: $id, classifier: OUTDATED}) { minimizedComment { isMinimized } } }', { id: old.nodeId });
                }
                catch (error) {
                    failed.push(describeGitHubError(error));
                }
            }
            if (failed.length > 0)
                result.note = `${failed.length} older plan comment(s) could not be hidden: ${failed[0]}`;
        }
        return result;
    }
    /** Our open issue carrying this marker (not a pull request), if there is one. */
    async findOpenIssue(marker) {
        const login = await this.identity();
        for (let page = 1; page <= MAX_COMMENT_PAGES; page++) {
            const { data } = await (await this.octokit()).rest.issues.listForRepo({
                owner: this.event.owner,
                repo: this.event.repo,
                state: 'open',
                per_page: 100,
                page,
            });
            const found = data.find((issue) => !issue.pull_request && isAuthor(login, issue.user) && issue.body?.includes(marker));
            if (found)
                return { number: found.number, url: found.html_url };
            if (data.length < 100)
                break;
        }
        return undefined;
    }
    /** Creates an issue, or replaces the title and body of issue `number`; its URL. */
    /**
     * Our issue carrying `marker`: the open one, else the one updated last (closed), with its body; within 30 pages of
     * the repository's issues, most recently updated first.
     */
    async findIssue(marker) {
        const login = await this.identity();
        let closed;
        for (let page = 1; page <= MAX_COMMENT_PAGES; page++) {
            const { data } = await (await this.octokit()).rest.issues.listForRepo({
                owner: this.event.owner,
                repo: this.event.repo,
                state: 'all',
                sort: 'updated',
                direction: 'desc',
                per_page: 100,
                page,
            });
            for (const issue of data) {
                if (issue.pull_request || !isAuthor(login, issue.user) || !issue.body?.includes(marker))
                    continue;
                const found = { number: issue.number, url: issue.html_url, body: issue.body, open: issue.state === 'open' };
                if (found.open)
                    return found;
                closed ??= found;
            }
            if (data.length < 100)
                break;
        }
        return closed;
    }
    async writeIssue(number, title, body) {
        const target = { owner: this.event.owner, repo: this.event.repo };
        if (number === undefined)
            return (await (await this.octokit()).rest.issues.create({ ...target, title, body })).data.html_url;
        return (await (await this.octokit()).rest.issues.update({ ...target, issue_number: number, title, body })).data
            .html_url;
    }
    /** Says why in a comment, then closes issue `number` as completed. */
    async closeIssue(number, comment) {
        const target = { owner: this.event.owner, repo: this.event.repo, issue_number: number };
        await (await this.octokit()).rest.issues.createComment({ ...target, body: comment });
        await (await this.octokit()).rest.issues.update({ ...target, state: 'closed', state_reason: 'completed' });
    }
    async openPullRequests(limit) {
        const { data } = await (await this.octokit()).rest.pulls.list({
            owner: this.event.owner,
            repo: this.event.repo,
            state: 'open',
            sort: 'updated',
            direction: 'desc',
            per_page: Math.min(limit, 100),
        });
        return data.slice(0, limit).map((pull) => pull.number);
    }
    async editComment(id, body) {
        const target = { owner: this.event.owner, repo: this.event.repo };
        await (await this.octokit()).rest.issues.updateComment({ ...target, comment_id: id, body });
    }
    async setLabel(issueNumber, label, family) {
        const octokit = await this.octokit();
        const target = { owner: this.event.owner, repo: this.event.repo };
        const { data: current } = await octokit.rest.issues.listLabelsOnIssue({
            ...target,
            issue_number: issueNumber,
            per_page: 100,
        });
        const names = new Set(current.map((l) => l.name));
        if (!names.has(label.name)) {
            // Adding a label the repository lacks would create it grey: created first, with its colour.
            try {
                await octokit.rest.issues.getLabel({ ...target, name: label.name });
            }
            catch (error) {
                if (error.status !== 404)
                    throw error;
                await octokit.rest.issues.createLabel({ ...target, ...label });
            }
            await octokit.rest.issues.addLabels({ ...target, issue_number: issueNumber, labels: [label.name] });
        }
        for (const name of family) {
            if (name !== label.name && names.has(name)) {
                await octokit.rest.issues.removeLabel({ ...target, issue_number: issueNumber, name });
            }
        }
    }
    /**
     * The paths a pull request changes (renamed files by both names), from `GET /pulls/{n}/files`: 100 a page, and at
     * most 3,000 in all (GitHub's documented limit), so a listing of 3,000 may be cut short and is not complete.
     */
    async changedFiles(issueNumber) {
        const octokit = await this.octokit();
        const paths = [];
        let listed = 0;
        for (let page = 1; page <= MAX_FILE_PAGES; page++) {
            const { data } = await octokit.rest.pulls.listFiles({
                owner: this.event.owner,
                repo: this.event.repo,
                pull_number: issueNumber,
                per_page: 100,
                page,
            });
            listed += data.length;
            for (const file of data) {
                paths.push(file.filename);
                if (file.previous_filename)
                    paths.push(file.previous_filename);
            }
            if (data.length < 100)
                return { paths, complete: true };
        }
        return { paths, complete: listed < MAX_LISTED_FILES };
    }
    /** The merged pull request that brought this commit, with its head commit (none for a direct push). */
    async mergedPullRequestOf(sha) {
        const { data } = await (await this.octokit()).rest.repos.listPullRequestsAssociatedWithCommit({
            owner: this.event.owner,
            repo: this.event.repo,
            commit_sha: sha,
        });
        // The pull request whose merge made this commit, before one that merely contains it.
        const merged = data.find((pr) => pr.merged_at && pr.merge_commit_sha === sha) ?? data.find((pr) => pr.merged_at);
        if (!merged)
            return undefined;
        return {
            number: merged.number,
            headSha: merged.head.sha,
            ...(merged.merged_at ? { mergedAt: merged.merged_at } : {}),
        };
    }
    /**
     * The commit last applied to a table, as recorded by `recordApplied` (a git ref under `refs/datatable-sync/applied/`,
     * invisible among branches and tags), or undefined when none is recorded.
     */
    async appliedCommit(key) {
        try {
            const { data } = await (await this.octokit()).rest.git.getRef({
                owner: this.event.owner,
                repo: this.event.repo,
                ref: appliedRef(key),
            });
            return data.object.sha;
        }
        catch (error) {
            if (error.status === 404)
                return undefined;
            throw error;
        }
    }
    /**
     * The rollback's pull request, through the Git data API: each file a blob (base64, so its bytes stay as they are), a
     * tree on the base commit's tree, a commit whose parent is the base, a branch at it, and the pull request.
     */
    async openPullRequest(change) {
        const octokit = await this.octokit();
        const target = { owner: this.event.owner, repo: this.event.repo };
        const tree = [];
        for (const file of change.files) {
            const { data } = await octokit.rest.git.createBlob({
                ...target,
                content: Buffer.from(file.bytes).toString('base64'),
                encoding: 'base64',
            });
            tree.push({ path: file.path, mode: '100644', type: 'blob', sha: data.sha });
        }
        const { data: base } = await octokit.rest.git.getCommit({ ...target, commit_sha: change.base });
        const { data: newTree } = await octokit.rest.git.createTree({ ...target, base_tree: base.tree.sha, tree });
        const { data: commit } = await octokit.rest.git.createCommit({
            ...target,
            message: change.message,
            tree: newTree.sha,
            parents: [change.base],
        });
        await octokit.rest.git.createRef({ ...target, ref: `refs/heads/${change.branch}`, sha: commit.sha });
        const { data: pull } = await octokit.rest.pulls.create({
            ...target,
            title: change.title,
            head: change.branch,
            base: change.into,
            body: change.body,
        });
        return { number: pull.number, url: pull.html_url };
    }
    /**
     * How `head` stands to `base` in the repository's history (the compare API): `ahead` or `identical` when `base` is
     * an ancestor of `head` (or the same commit), else `behind` or `diverged`; `unknown` when GitHub knows neither.
     */
    async compare(base, head) {
        try {
            const { data } = await (await this.octokit()).rest.repos.compareCommitsWithBasehead({
                owner: this.event.owner,
                repo: this.event.repo,
                basehead: `${base}...${head}`,
                per_page: 1,
            });
            return data.status;
        }
        catch (error) {
            if (error.status === 404)
                return 'unknown';
            throw error;
        }
    }
    /**
     * The commits after `base` up to `head` (compare `base...head`, oldest first), read in pages of 100 up to
     * MAX_COMPARE_COMMITS; `total` is GitHub's count, so a caller sees when the list was cut.
     */
    async commitsBetween(base, head) {
        const commits = [];
        let status = 'unknown';
        let total = 0;
        for (let page = 1; page <= Math.ceil(runner/* MAX_COMPARE_COMMITS */.G6 / 100); page++) {
            let data;
            try {
                ({ data } = await (await this.octokit()).rest.repos.compareCommitsWithBasehead({
                    owner: this.event.owner,
                    repo: this.event.repo,
                    basehead: `${base}...${head}`,
                    per_page: 100,
                    page,
                }));
            }
            catch (error) {
                if (error.status === 404)
                    return { status: 'unknown', commits: [], total: 0 };
                throw error;
            }
            status = data.status;
            total = data.total_commits;
            commits.push(...data.commits.map((commit) => commit.sha));
            // More than the bound: the caller refuses, so no further page is read.
            if (data.commits.length < 100 || commits.length >= total || total > runner/* MAX_COMPARE_COMMITS */.G6)
                break;
        }
        return { status, commits: commits.slice(0, runner/* MAX_COMPARE_COMMITS */.G6), total };
    }
    async mergedPullRequestsOf(sha) {
        const { data } = await (await this.octokit()).rest.repos.listPullRequestsAssociatedWithCommit({
            owner: this.event.owner,
            repo: this.event.repo,
            commit_sha: sha,
            per_page: 100,
        });
        return data.flatMap((pr) => pr.merged_at
            ? [
                {
                    number: pr.number,
                    headSha: pr.head.sha,
                    mergedAt: pr.merged_at,
                    ...(pr.merge_commit_sha ? { mergeCommitSha: pr.merge_commit_sha } : {}),
                },
            ]
            : []);
    }
    /** Records `sha` as the commit last applied to a table (needs the token's `contents: write`). */
    async recordApplied(key, sha) {
        const target = { owner: this.event.owner, repo: this.event.repo };
        try {
            await (await this.octokit()).rest.git.updateRef({ ...target, ref: appliedRef(key), sha, force: true });
        }
        catch (error) {
            // 422: no such ref yet.
            if (error.status !== 422)
                throw error;
            await (await this.octokit()).rest.git.createRef({ ...target, ref: `refs/${appliedRef(key)}`, sha });
        }
    }
    /**
     * Vendor jobs a run left queued for a table (their end unknown when it ended): one git ref each under
     * `refs/datatable-sync/queued/<key>/<jobId>`, pointing at the commit whose rows the job carried.
     */
    async queuedJobs(key) {
        const prefix = queuedRef(key, '');
        const { data } = await (await this.octokit()).rest.git.listMatchingRefs({
            owner: this.event.owner,
            repo: this.event.repo,
            ref: prefix,
        });
        return data
            .map((ref) => ({ jobId: ref.ref.slice(`refs/${prefix}`.length), sha: ref.object.sha }))
            .filter((job) => job.jobId !== '');
    }
    async recordQueued(key, jobId, sha) {
        await (await this.octokit()).rest.git.createRef({
            owner: this.event.owner,
            repo: this.event.repo,
            ref: `refs/${queuedRef(key, jobId)}`,
            sha,
        });
    }
    async forgetQueued(key, jobId) {
        try {
            await (await this.octokit()).rest.git.deleteRef({
                owner: this.event.owner,
                repo: this.event.repo,
                ref: queuedRef(key, jobId),
            });
        }
        catch (error) {
            // Already gone (another run asked first): nothing to forget.
            if (error.status !== 422 && error.status !== 404)
                throw error;
        }
    }
    /** A file's text at a commit, or undefined when it does not exist there: its bytes (below), decoded. */
    async fileAt(path, ref) {
        const bytes = await this.fileBytesAt(path, ref);
        if (bytes === undefined)
            return undefined;
        const chunks = [];
        for await (const chunk of bytes)
            chunks.push(chunk);
        return new TextDecoder().decode(Buffer.concat(chunks));
    }
    /** A file's bytes at a commit, streamed from the answer's body (Octokit leaves it unread), or undefined when absent. */
    async fileBytesAt(path, ref) {
        try {
            const { data } = await (await this.octokit()).rest.repos.getContent({
                owner: this.event.owner,
                repo: this.event.repo,
                path,
                ref,
                mediaType: { format: 'raw' },
                request: { parseSuccessResponseBody: false },
            });
            // The fetch Response's body: a web ReadableStream, which is async iterable in Node.js.
            const body = data;
            if (body === null || body === undefined)
                return (async function* () { })();
            if (typeof body[Symbol.asyncIterator] !== 'function') {
                throw new Error(`unexpected contents answer for ${path}`);
            }
            return body;
        }
        catch (error) {
            if (error.status === 404)
                return undefined;
            throw error;
        }
    }
}
/**
 * Whether a comment's author is this identity. REST names bots `name[bot]`; GraphQL's viewer may give the name with
 * or without the suffix, so for a Bot author both spellings count.
 */
function isAuthor(login, user) {
    if (!user?.login)
        return false;
    if (user.login === login)
        return true;
    const bare = (name) => name.replace(/\[bot\]$/, '');
    return user.type === 'Bot' && bare(user.login) === bare(login);
}
/** A short, safe reason for a failed GitHub call (Octokit errors carry the request, headers included). */
const describeGitHubError = runner/* describeRemoteError */.Md;
/** The ref (without `refs/`) that records the commit last applied to a table. */
function appliedRef(key) {
    return `datatable-sync/applied/${key}`;
}
/** A queued job's record (job ids are checked to be ref-safe before they are recorded: see baseline.ts). */
function queuedRef(key, jobId) {
    return `datatable-sync/queued/${key}/${jobId}`;
}

;// CONCATENATED MODULE: ./lib/github/action.js








/** Everything the action says to, or asks of, the runner and GitHub goes through here: the engine's Runner. */
function createActionRunner(options) {
    const { env, stdout } = options;
    const cwd = options.cwd ?? process.cwd();
    const command = (name, message) => issueCommand(name, {}, message, stdout);
    const annotateTo = (...[kind, message, at]) => annotate(kind, message, at, stdout);
    let exitCode = 0;
    /** Tables are planned and applied side by side: each one's lines stay in its own fold (see LogFolds). */
    const folds = new LogFolds({
        line: (text) => stdout.write(`${text}${external_node_os_.EOL}`),
        debug: (text) => command('debug', text),
        start: (name) => command('group', name),
        end: () => command('endgroup', ''),
    });
    return {
        exitCode: () => exitCode,
        ...(options.clock ? { clock: options.clock } : {}),
        proxyEnv: env,
        input: (name) => getInput(name, env),
        terms: { name: (input) => `input ${input}`, secrets: 'Pass credentials from repository secrets' },
        mask: (secret) => {
            if (secret)
                command('add-mask', secret);
        },
        /** Every log line that carries data goes out here, unable to start a workflow command (core/log-line.ts). */
        info: (message) => folds.line((0,log_line/* logLine */.BP)(message)),
        // Annotations carry names and vendor text in their data: no `##[` may survive in it (see core/log-line.ts).
        notice: (message) => annotateTo('notice', (0,log_line/* commandData */.wq)(message)),
        warning: (message, file) => annotateTo('warning', (0,log_line/* commandData */.wq)(message), file ? { file: (0,log_line/* commandData */.wq)(file) } : {}),
        /** Fails the step, and says why in one word in the `failure-reason` output (for workflows that branch on it). */
        fail: (message, reason = 'error') => {
            setOutput('failure-reason', reason, env, stdout);
            exitCode = 1;
            if (options.setProcessExitCode)
                process.exitCode = 1;
            annotateTo('error', (0,log_line/* commandData */.wq)(message));
        },
        /** Lines only shown with debug logging on (ACTIONS_STEP_DEBUG, or "re-run with debug logging"). */
        debug: (message) => folds.debug((0,log_line/* logLine */.BP)(message)),
        isDebug: () => env.RUNNER_DEBUG === '1',
        /** The log lines of `work` folded under one heading, kept whole when several run side by side. */
        group: (name, work) => folds.fold((0,log_line/* logLine */.BP)(name), work),
        output: (name, value) => setOutput(name, String(value), env, stdout),
        workspace: () => env.GITHUB_WORKSPACE || cwd,
        tempDir: () => env.RUNNER_TEMP || cwd,
        event: () => readRunEvent(env),
        pullRequests: (token, event) => new PullRequests(token, event, env.GITHUB_API_URL),
        uploadArtifact: (name, files, rootDirectory, retentionDays) => uploadArtifact(name, files, rootDirectory, retentionDays, env),
        async summary(markdown) {
            if (!env.GITHUB_STEP_SUMMARY) {
                stdout.write(`${(0,log_line/* logBlock */.Mk)(markdown)}${external_node_os_.EOL}`);
                return;
            }
            await appendSummary(env.GITHUB_STEP_SUMMARY, markdown);
        },
        /**
         * Annotations on the CSV lines: errors, then warnings (a look-alike key allowed, a column without values...).
         * GitHub shows 10 of each per step, so the rest are only counted.
         */
        annotate(problems) {
            for (const severity of ['error', 'warning']) {
                const found = problems.filter((p) => p.severity === severity);
                for (const problem of found.slice(0, 10)) {
                    // annotate escapes line breaks and `::` in messages and properties; long values are shortened here.
                    const value = problem.value !== undefined ? ` (value ${(0,log_line/* shorten */.ml)(JSON.stringify(problem.value))})` : '';
                    annotateTo(severity, (0,log_line/* commandData */.wq)((0,log_line/* shorten */.ml)(`${problem.column ? `${(0,log_line/* shorten */.ml)(problem.column, 100)}: ` : ''}${(0,core_problems/* sentence */.em)(problem.message)}${value}`, 1000)), {
                        title: severity === 'error' ? 'Invalid data' : 'Check this data',
                        file: (0,log_line/* commandData */.wq)(problem.file),
                        startLine: problem.line,
                    });
                }
                if (found.length > 10) {
                    annotateTo(severity, `${found.length - 10} more ${severity === 'error' ? 'invalid cells' : 'warnings'}: see the step summary`);
                }
            }
        },
    };
}
/** The action's own runner: this process's environment and stdout, its failures the process's exit code. */
const action_runner = createActionRunner({
    env: process.env,
    stdout: process.stdout,
    setProcessExitCode: true,
});


/***/ }),

/***/ 50869:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G6: () => (/* binding */ MAX_COMPARE_COMMITS),
/* harmony export */   Md: () => (/* binding */ describeRemoteError),
/* harmony export */   nH: () => (/* binding */ SearchIncomplete)
/* harmony export */ });
/** A search through a pull request's comments that stopped at its bound: what it did not read is unknown. */
class SearchIncomplete extends Error {
}
/** The pull request side of a run on GitHub: comments, the merged pull request, files at commits, records, issues. */
/**
 * Commits read from one compare. GitHub's "Compare two commits": the answer is `git log base..head` "in chronological
 * order", at most 250 commits without paging parameters (pages since 2021-03-22, changelog "Compare REST API now
 * supports pagination"), `total_commits` counting them all. The apply reads no more than 250, each costing a request
 * for its pull requests, and fails closed beyond.
 */
const MAX_COMPARE_COMMITS = 250;
/** A short, safe reason for a failed call to GitHub (its client's errors carry the request, headers included). */
function describeRemoteError(error) {
    const status = error.status;
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return status ? `GitHub answered ${status}: ${message}` : (message ?? 'unknown error');
}


/***/ })

};
