export const id = 833;
export const ids = [833];
export const modules = {

/***/ 8136:
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

/***/ 59:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ proposePullRequest)
/* harmony export */ });
/* harmony import */ var _inputs_git_history_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8136);
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(869);


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


/***/ }),

/***/ 4833:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   rollBack: () => (/* binding */ rollBack)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var _core_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6893);
/* harmony import */ var _core_rollback_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4875);
/* harmony import */ var _inputs_git_history_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8136);
/* harmony import */ var _review_comment_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7781);
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(869);
/* harmony import */ var _propose_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(59);







/** Commits of the branch's history read while counting applies back (each costs a few GitHub requests). */
const MAX_COMMITS_READ = 200;
/**
 * The applies of these files, newest first: the commits of the branch's first-parent history that changed them and
 * whose merged pull request carries our plan comment saying it was applied at that very commit (the apply writes
 * `applied` into the plan line only after the import; the comment must pass the same checks as a reviewed plan).
 * A push applied without a pull request leaves no such record and is not counted.
 */
async function appliedCommits(context, head, files, wanted) {
    const { pullRequests, settings, runner } = context;
    const workspace = context.files.workspace;
    if (!pullRequests)
        return [];
    const found = [];
    const commits = await (0,_inputs_git_history_js__WEBPACK_IMPORTED_MODULE_3__/* .commitsTouching */ .aS)(workspace, head, files.map((f) => f.relativePath), MAX_COMMITS_READ);
    for (const sha of commits) {
        const merged = await pullRequests.mergedPullRequestOf(sha);
        if (!merged)
            continue;
        // Written at any time: only a comment the apply rewrote after the merge (its plan line saying `applied`) counts.
        const comment = await (0,_review_comment_js__WEBPACK_IMPORTED_MODULE_2__/* .planCommentOf */ .O9)(pullRequests, merged.number, settings, undefined);
        if (comment.state === 'missing')
            continue;
        if (comment.state === 'untrusted') {
            runner.info(`${sha.slice(0, 7)} (#${merged.number}): not counted as an apply, its plan comment is not trusted: ${comment.why}`);
            continue;
        }
        if (comment.marker.applied !== sha)
            continue;
        const parent = await (0,_inputs_git_history_js__WEBPACK_IMPORTED_MODULE_3__/* .resolveCommit */ .WL)(workspace, `${sha}^1`);
        found.push({ sha, pullRequest: merged.number, ...(parent ? { parent } : {}) });
        runner.info(`${sha.slice(0, 7)}: applied (plan comment of #${merged.number})`);
        if (found.length >= wanted)
            break;
    }
    return found;
}
/**
 * `mode: rollback`: the data files as they were at an earlier commit of this branch (or before its last N applies),
 * written byte for byte through the path gate and proposed as a pull request. Its plan, like any other, shows what
 * merging changes, and the apply on merge runs the same checks as every apply: nothing here touches a table.
 */
async function rollBack(context, files) {
    const { runner, settings, event, pullRequests } = context;
    const workspace = context.files.workspace;
    const target = settings.rollbackTo;
    if (!target)
        return runner.fail('Input to is required with mode: rollback', 'settings');
    const refuse = (why) => {
        runner.output('changed', false);
        runner.fail(`Nothing was rolled back: ${why}`, 'rollback-refused');
    };
    const head = await (0,_inputs_git_history_js__WEBPACK_IMPORTED_MODULE_3__/* .resolveCommit */ .WL)(workspace, event.sha || 'HEAD');
    if (!head) {
        return refuse(`the checkout has no commit ${event.sha ? event.sha.slice(0, 7) : 'HEAD'}: check out the branch with its history (actions/checkout with fetch-depth: 0)`);
    }
    let commit;
    let why;
    if ('commit' in target) {
        const resolved = await (0,_inputs_git_history_js__WEBPACK_IMPORTED_MODULE_3__/* .resolveCommit */ .WL)(workspace, target.commit);
        if (!resolved) {
            return refuse(`no commit ${target.commit} in the checkout: give a commit of this branch, and check out with its history (fetch-depth: 0)`);
        }
        commit = resolved;
        why = 'the commit given';
    }
    else {
        if (!pullRequests) {
            return refuse("applies-back reads the applies from the merged pull requests' plan comments on GitHub (github-token): on a terminal, give the commit itself (--to <sha>)");
        }
        let applies;
        try {
            applies = await appliedCommits(context, head, files, target.appliesBack);
        }
        catch (error) {
            return refuse(`the applies could not be read from GitHub (${(0,_runner_js__WEBPACK_IMPORTED_MODULE_4__/* .describeRemoteError */ .Md)(error)}); run again`);
        }
        const before = (0,_core_rollback_js__WEBPACK_IMPORTED_MODULE_5__/* .beforeApplies */ .m1)(applies, target.appliesBack);
        if (!before) {
            return refuse(`${applies.length} apply(ies) of these files found in the last ${MAX_COMMITS_READ} commits of this branch's history (merged pull requests whose plan comment says applied at the merge commit), fewer than the ${target.appliesBack} asked: give the commit itself as to: <sha>, and check out with its history (fetch-depth: 0)`);
        }
        commit = before.commit;
        why = `as before the last ${target.appliesBack} apply(ies), the oldest of them ${before.apply.sha.slice(0, 7)} (#${before.apply.pullRequest})`;
    }
    if (!(await (0,_inputs_git_history_js__WEBPACK_IMPORTED_MODULE_3__/* .isAncestor */ .QX)(workspace, commit, head))) {
        return refuse(`${commit.slice(0, 7)} is not in the history of ${head.slice(0, 7)} (this branch): a rollback goes back to a commit this branch was at; pick one from git log --first-parent`);
    }
    // Each file as it was then, byte for byte; a file named otherwise then (or not there) cannot be rolled back.
    const atCommit = new Map();
    const missing = [];
    const links = [];
    for (const file of files) {
        const bytes = await (0,_inputs_git_history_js__WEBPACK_IMPORTED_MODULE_3__/* .fileBytesAt */ .jy)(workspace, commit, file.relativePath);
        if (bytes === 'link')
            links.push(file.relativePath);
        else if (bytes)
            atCommit.set(file, bytes);
        else
            missing.push(file.relativePath);
    }
    const entries = settings.tables.map((t) => t.file);
    const isDataPath = (p) => entries.some((e) => e === p || node_path__WEBPACK_IMPORTED_MODULE_0__.matchesGlob(p, e));
    const obstacles = (0,_core_rollback_js__WEBPACK_IMPORTED_MODULE_5__/* .rollbackObstacles */ .vZ)(commit, files.map((f) => f.relativePath), missing, await (0,_inputs_git_history_js__WEBPACK_IMPORTED_MODULE_3__/* .changesBetween */ .iv)(workspace, commit, head), isDataPath);
    for (const link of links) {
        obstacles.push(`${link} was a symbolic link or a submodule at ${commit.slice(0, 7)}, not a file: roll it back by hand`);
    }
    if (obstacles.length > 0)
        return refuse(`\n${obstacles.map((o) => `- ${o}`).join('\n')}`);
    const changed = [];
    for (const [file, bytes] of atCommit) {
        const now = await (0,_inputs_git_history_js__WEBPACK_IMPORTED_MODULE_3__/* .fileBytesAt */ .jy)(workspace, head, file.relativePath);
        if (!(now instanceof Buffer && now.equals(bytes)))
            changed.push({ file, bytes });
    }
    if (changed.length === 0) {
        runner.output('changed', false);
        runner.notice(`The files are already as they were at ${commit.slice(0, 7)}: no pull request opened`);
        return;
    }
    // On a terminal, a file with work not committed is not overwritten (as export).
    const kept = changed.flatMap(({ file }) => {
        const why = runner.mayOverwrite?.(node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(workspace, file.relativePath));
        return why ? [`${file.relativePath} was not written: ${why}`] : [];
    });
    if (kept.length > 0)
        return refuse(`\n${kept.map((k) => `- ${k}`).join('\n')}`);
    for (const { file, bytes } of changed)
        await context.files.writeWorkspaceFile(file.relativePath, bytes, 'file');
    runner.output('changed', true);
    const short = commit.slice(0, 7);
    const tables = changed.map((c) => c.file.table);
    const list = changed.map((c) => `- ${(0,_core_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .codeOrText */ .Qg)(c.file.relativePath)} (table ${(0,_core_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(c.file.table)})`);
    const rolled = [
        `Rolls back ${changed.length} data file(s) to their content at \`${short}\` (${(0,_core_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(why)}), byte for byte:`,
        '',
        ...list,
        '',
    ].join('\n');
    const restoreNow = "To restore a table at once instead, apply the snapshot taken before the apply you want to undo (see the README's Rolling back).";
    const body = `${rolled}\nThe plan comment of this pull request shows exactly what merging it changes in each table; merging applies it like any other change, with the same checks. ${restoreNow}`;
    if (!pullRequests?.openPullRequest || !event.branch) {
        runner.notice(`The files are written in the workspace as they were at ${short}: commit them on a branch and open a pull request (no ${pullRequests ? 'branch name in the event' : 'github-token'} to open it here)`);
        await runner.summary(`## Data tables rollback\n\n${rolled}\nCommit them in a pull request: its plan shows exactly what the rollback changes in each table, and merging applies it like any other change. ${restoreNow}\n`);
        return;
    }
    await (0,_propose_js__WEBPACK_IMPORTED_MODULE_6__/* .proposePullRequest */ .R)(context, {
        heading: 'Data tables rollback',
        branch: `datatable-sync/rollback-${short}-${settings.configId}`,
        head,
        into: event.branch,
        message: `Roll back ${tables.join(', ')} to ${short}`,
        title: `Roll back ${tables.length > 3 ? `${tables.length} tables` : tables.join(', ')} to ${short}`,
        body,
        files: changed.map((c) => ({ relativePath: c.file.relativePath, bytes: c.bytes })),
    }, (why) => runner.fail(`The rollback pull request could not be opened: ${why}`, 'rollback-refused'));
}


/***/ })

};
