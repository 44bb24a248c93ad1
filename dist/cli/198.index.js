export const id = 198;
export const ids = [198];
export const modules = {

/***/ 8198:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  approvedOnTerminal: () => (/* binding */ approvedOnTerminal),
  askOnTerminal: () => (/* binding */ askOnTerminal),
  refuseApply: () => (/* binding */ refuseApply),
  reviewGate: () => (/* binding */ reviewGate)
});

// EXTERNAL MODULE: ./lib/core/groups.js
var groups = __webpack_require__(2623);
// EXTERNAL MODULE: ./lib/core/plan.js + 5 modules
var core_plan = __webpack_require__(6273);
// EXTERNAL MODULE: ./lib/core/report/markdown.js
var markdown = __webpack_require__(6893);
// EXTERNAL MODULE: ./lib/review/comment.js
var comment = __webpack_require__(7781);
// EXTERNAL MODULE: ./lib/review/protocol.js
var protocol = __webpack_require__(5794);
;// CONCATENATED MODULE: ./lib/review/decision.js
/**
 * Whether the plan about to be applied is the plan reviewed in the pull request: the rule the apply follows, given
 * the reviewed plan's search (src/review/comment.ts) and the plan made now. Pure.
 */


function refuse(why, remedy, differences = []) {
    return { apply: false, refusal: `${why} Nothing was applied. ${remedy}`, why, remedy, differences };
}
/**
 * The refusal, adding that the plan made now is not what the pull requests merged since the last applied commit
 * reviewed either (an apply queued behind a cancelled one: src/run/apply/queued.ts), and why.
 */
function notQueuedEither(refused, why) {
    return refuse(`${refused.why} Nor is it what the pull requests merged since the last applied commit reviewed (an apply queued behind a cancelled one): ${why}.`, refused.remedy, refused.differences);
}
/** Whether every table planned now is in the reviewed plan with the same hash (and some table is). */
function sameTables(now, reviewed) {
    const hashes = new Map(reviewed.map((t) => [t.table, t.hash]));
    return now.length > 0 && now.length === reviewed.length && now.every((t) => hashes.get(t.table) === t.hash);
}
/**
 * Whether the plan about to be applied is the one reviewed in the pull request. It fails closed: when the review
 * cannot be read, when the comment is not as the action wrote it, and when a merged pull request has no plan comment
 * at all, the apply is refused unless `on-drift: apply` (a pull request without one may still apply a plan that
 * imports nothing). With no pull request (a direct push, a tag) the fresh plan is applied, saying so, unless
 * `require-reviewed-plan`. A different plan, or a plan line recorded at another commit than the pull request's head,
 * is refused unless `on-drift: apply`.
 */
function reviewDecision(reviewed, plans, policy, 
/** This apply would start no import (no table changes): nothing it does can differ from a review. */
importsNothing = false, 
/** Whether the apply would import into this table (its changes, or every row when its state is not known). */
imports = core_plan/* changesTable */.EI, 
/**
 * One group of a job matrix: the reviewed plan holds every group's tables, and this apply answers for its own
 * (each table's hash as reviewed), never for the tables of the other groups.
 */
group) {
    const { where } = reviewed;
    const onDrift = policy.onDrift;
    if (reviewed.state === 'untrusted') {
        if (onDrift === 'apply') {
            return {
                apply: true,
                notice: `The plan comment on ${where} is not as the action wrote it (${reviewed.why}); applying the plan made now anyway (on-drift: apply).`,
            };
        }
        return refuse(`The plan comment on ${where} is not the plan the action wrote: ${reviewed.why}.`, `To apply the files as they are now, review their plan in a new pull request, or run this apply with on-drift: apply.`);
    }
    if (reviewed.state === 'missing' && policy.comment !== 'never') {
        if (importsNothing) {
            return { apply: true, notice: `No plan comment of ours on ${where}, and this apply imports nothing.` };
        }
        if (onDrift === 'apply') {
            return {
                apply: true,
                notice: `No plan comment of ours on ${where}: no review showed this plan; applying it anyway (on-drift: apply).`,
            };
        }
        return refuse(`No plan comment of ours on ${where}, so no review showed what this apply would import.`, `Review the plan in a pull request (its comment is the review), or run this apply with on-drift: apply.`);
    }
    if (reviewed.state === 'unreadable') {
        if (onDrift === 'apply') {
            return {
                apply: true,
                notice: `The reviewed plan could not be read (${where}); applying the plan made now anyway (on-drift: apply).`,
            };
        }
        return refuse(`The reviewed plan could not be read (${where}), so it is not known what was reviewed.`, `Run again, or set on-drift: apply to apply the plan made now.`);
    }
    if (reviewed.state === 'none' || reviewed.state === 'missing') {
        if (policy.requireReviewedPlan) {
            return refuse(`No reviewed plan was found (${where}) and require-reviewed-plan is true.`, `Apply changes through a pull request whose plan comment was reviewed.`);
        }
        return {
            apply: true,
            notice: `No reviewed plan was found (${where}): applying the plan made now, which no review showed.`,
        };
    }
    const marker = reviewed.marker;
    if (reviewed.headSha !== undefined && reviewed.headSha !== marker.sha) {
        const stale = `The plan comment (${where}) was made at ${marker.sha.slice(0, 7)}, but the pull request's head is ${reviewed.headSha.slice(0, 7)}: the last push was never planned`;
        if (onDrift === 'apply')
            return { apply: true, notice: `${stale}; applying the plan made now (on-drift: apply).` };
        return refuse(`${stale}.`, `Re-run the plan in a pull request, or set on-drift: apply.`);
    }
    const reviewedPlan = marker;
    // A plan that read only the tables its pull request changes (notRead): the tables it read are compared as always;
    // every other table may be applied only if the apply would not change it, as a no-change plan would have shown it.
    const read = marker.notRead ? new Set((marker.tables ?? []).map((t) => t.table)) : undefined;
    const compared = read ? plans.filter((plan) => read.has(plan.table.name)) : plans;
    const unread = read ? plans.filter((plan) => !read.has(plan.table.name) && imports(plan)) : [];
    const current = (0,protocol/* planMarkerFor */.Rx)(compared, '');
    // One group of a job matrix answers for its own tables (each table's hash as reviewed), never for another group's.
    const mine = new Set(plans.map((plan) => plan.table.name));
    const reviewedTables = (reviewedPlan.tables ?? []).filter((t) => group === undefined || mine.has(t.table));
    const same = group === undefined ? current.hash === reviewedPlan.hash : sameTables(current.tables ?? [], reviewedTables);
    if (same && unread.length === 0) {
        const others = read ? plans.length - compared.length : 0;
        const unreadNote = others > 0 ? `; the ${others} table(s) that plan did not read have no changes` : '';
        return {
            apply: true,
            notice: group === undefined
                ? `This is the plan reviewed at \`${reviewedPlan.sha.slice(0, 7)}\` (${where}): plan hash \`${current.hash.slice(0, 12)}\`${unreadNote}.`
                : `Group ${group}: its ${mine.size} table(s) are as reviewed at \`${reviewedPlan.sha.slice(0, 7)}\` (${where}), in the plan of every group with hash \`${reviewedPlan.hash.slice(0, 12)}\`${unreadNote}.`,
        };
    }
    const differences = [];
    const before = new Map(reviewedTables.map((t) => [t.table, t]));
    for (const now of current.tables ?? []) {
        const then = before.get(now.table);
        if (!then)
            differences.push(`${now.table}: not in the reviewed plan`);
        else if (then.hash !== now.hash) {
            differences.push(`${now.table}: reviewed ${then.added} to add, ${then.updated} to change, ${then.deleted} to delete; now ${now.added}, ${now.updated}, ${now.deleted}`);
        }
        before.delete(now.table);
    }
    for (const plan of unread) {
        const { added, updated, deleted } = (0,core_plan/* planCounts */.Ai)(plan);
        differences.push(`${plan.table.name}: not read by the reviewed plan (the pull request changed none of its files), but this apply would change it: ${added} to add, ${updated} to change, ${deleted} to delete`);
    }
    for (const gone of before.keys())
        differences.push(`${gone}: in the reviewed plan, not in this one`);
    if (differences.length === 0)
        differences.push('the plan differs from the reviewed one');
    if (onDrift === 'apply') {
        return {
            apply: true,
            notice: `The plan differs from the one reviewed at \`${reviewedPlan.sha.slice(0, 7)}\` (${where}); applying it anyway (on-drift: apply): ${differences.join('; ')}.`,
        };
    }
    return refuse(`The plan differs from the one reviewed at ${reviewedPlan.sha.slice(0, 7)} (${where}): the live tables or the files changed since the review.`, `Re-run the plan in a pull request to review the changes, or set on-drift: apply.`, differences);
}

// EXTERNAL MODULE: ./lib/core/diff.js + 1 modules
var diff = __webpack_require__(6420);
// EXTERNAL MODULE: ./lib/core/problems.js
var problems = __webpack_require__(571);
// EXTERNAL MODULE: ./lib/core/canonical-json.js
var canonical_json = __webpack_require__(6992);
;// CONCATENATED MODULE: ./lib/core/queued-review.js

const counted = (t) => t.added + t.updated + t.deleted > 0;
const prs = (numbers) => numbers.map((n) => `#${n}`).join(', ');
/** Which reviewed plans (in merge order) change each table the fresh plan changes, and whether one alone settles it. */
function matchTables(fresh, reviews) {
    const matches = [];
    for (const now of fresh.filter((t) => t.changes)) {
        // A plan that changes the table: rows counted, or (columns only) the very hash of the plan made now.
        const touching = reviews.flatMap((review) => {
            const then = review.tables.find((t) => t.table === now.table);
            return then && (counted(then) || then.hash === now.hash) ? [{ number: review.number, then }] : [];
        });
        const [only] = touching;
        if (!only) {
            matches.push({
                table: now.table,
                state: 'unreviewed',
                why: `changed by none of the reviewed plans of the pull requests merged since (${prs(reviews.map((r) => r.number)) || 'none with a plan'})`,
            });
        }
        else if (touching.length === 1) {
            matches.push(only.then.hash === now.hash
                ? { table: now.table, state: 'reviewed', by: only.number }
                : {
                    table: now.table,
                    state: 'unreviewed',
                    why: `the only reviewed plan that changes it (#${only.number}: ${only.then.added} to add, ${only.then.updated} to change, ${only.then.deleted} to delete) is not the plan made now`,
                });
        }
        else {
            matches.push({ table: now.table, state: 'compose', by: touching.map((t) => t.number) });
        }
    }
    return matches;
}
/** What a diff leaves each changed key as: its new row (canonical JSON), or null when deleted. */
function changesOf(diff) {
    const changes = new Map();
    for (const { key, row } of diff.added)
        changes.set(key, (0,canonical_json/* canonicalJson */.d)(row));
    for (const { key, row } of diff.updated)
        changes.set(key, (0,canonical_json/* canonicalJson */.d)(row));
    for (const { key } of diff.deleted)
        changes.set(key, null);
    return changes;
}
/**
 * The keys where two diffs from the same live rows differ: where the two files they were made from differ (a key both
 * files leave as the table has it is in neither). Made from a pull request's merge and the commit before it on the
 * branch, they are the rows that pull request changed.
 */
function keysBetween(before, after) {
    const [a, b] = [changesOf(before), changesOf(after)];
    return new Set([...a.keys(), ...b.keys()].filter((key) => a.get(key) !== b.get(key)));
}
/**
 * A diff cut down to some keys: what a pull request's reviewed plan held when it was made against a table that then
 * agreed with its file everywhere else (its own changes only). Its hash, checked against the reviewed one, says so.
 */
function onlyKeys(diff, keys) {
    return {
        added: diff.added.filter((row) => keys.has(row.key)),
        updated: diff.updated.filter((row) => keys.has(row.key)),
        deleted: diff.deleted.filter((row) => keys.has(row.key)),
        unchanged: diff.unchanged,
    };
}
/**
 * The composition of reviewed diffs made against the same live rows, applied in merge order: each key ends as the
 * last pull request that changed it left it; keys none changed stay as they are.
 */
function composeChanges(diffs) {
    const composed = new Map();
    for (const diff of diffs)
        for (const [key, row] of changesOf(diff))
            composed.set(key, row);
    return composed;
}
/**
 * Keys where the fresh diff and the composition differ (at most `limit`, in key order): empty when the composition is
 * exactly the fresh plan, every key it changes changed the same way and no other.
 */
function compositionDifferences(composed, freshDiff, limit = 3) {
    const fresh = changesOf(freshDiff);
    const keys = [...new Set([...composed.keys(), ...fresh.keys()])].sort(canonical_json/* compareKeys */.Y);
    const differ = keys.filter((key) => composed.get(key) !== fresh.get(key));
    const said = (changes, key) => !changes.has(key) ? 'leave' : changes.get(key) === null ? 'delete' : 'set';
    const shown = differ.slice(0, limit).map((key) => {
        const [then, now] = [said(composed, key), said(fresh, key)];
        const planned = then === 'set' && now === 'set' ? 'sets it to another row' : `${now}s it`;
        return `key ${JSON.stringify(key)}: the reviewed plans ${then === 'leave' ? 'leave it alone' : `${then} it`}, the plan made now ${planned}`;
    });
    return differ.length > limit ? [...shown, `and ${differ.length - limit} more key(s)`] : shown;
}

// EXTERNAL MODULE: ./lib/runner.js
var lib_runner = __webpack_require__(869);
// EXTERNAL MODULE: ./lib/run/baseline.js
var baseline = __webpack_require__(8802);
// EXTERNAL MODULE: ./lib/run/plan.js + 1 modules
var plan = __webpack_require__(4529);
// EXTERNAL MODULE: ./lib/run/publish.js + 2 modules
var publish = __webpack_require__(1508);
;// CONCATENATED MODULE: ./lib/run/apply/queued.js









class Refusal extends Error {
}
const queued_short = (sha) => sha.slice(0, 7);
const queued_prs = (list) => list.map((pr) => `#${pr.number}`).join(', ');
/**
 * When the pushed commit's reviewed plan is not the plan made now, whether the plan made now is what every pull
 * request merged since the last applied commit reviewed (an apply queued behind a cancelled one). Each pull request
 * passes the same gate as the pushed one (our comment, as the action wrote it, before its merge, at its head), then
 * each table's changes are matched to the reviewed plans that change it (core/queued-review.ts). Undefined when there
 * is nothing to look at (no applied commit recorded, or only the pushed pull request merged since): the caller keeps
 * its own refusal; `why` when the look did not settle it.
 */
async function reviewedSinceLastApply(context, provider, planned) {
    const { pullRequests, event, settings, runner } = context;
    if (!pullRequests || !event.sha)
        return undefined;
    // Every table the apply would import into, a whole file sent for want of a recorded version included.
    const changed = planned.tables.filter((t) => (0,core_plan/* changesTable */.EI)(t.plan) || t.sendWholeFile !== undefined);
    if (changed.length === 0)
        return undefined;
    try {
        // The commit each changed table was last applied at: the pull requests merged after it are the ones to check.
        const appliedAt = new Map();
        for (const table of changed) {
            const applied = await pullRequests.appliedCommit((0,baseline/* baselineKey */.x2)(settings.configId, settings.provider, table.file.table));
            // None recorded, or this very commit (a re-run): nothing merged since to look at.
            if (!applied || applied === event.sha)
                return undefined;
            appliedAt.set(table, applied);
        }
        const { base, range } = await rangeFrom([...new Set(appliedAt.values())], event.sha, context);
        const merged = await mergedIn(context, range);
        runner.info(`Pull requests merged since the last applied commit ${queued_short(base)}: ${queued_prs(merged) || 'none'}`);
        // Only the pushed pull request since: nothing queued was lost, and its own refusal says what differs.
        if (merged.length <= 1)
            return undefined;
        const reviews = new Map();
        for (const pr of merged) {
            const review = await reviewOf(context, pr);
            if (review)
                reviews.set(pr.number, review);
        }
        const notes = [];
        for (const table of changed) {
            // Only what was merged after this table's own record: what came before is in the table already.
            const applied = appliedAt.get(table);
            const after = applied === base ? -1 : range.indexOf(applied);
            const since = merged.filter((pr) => range.indexOf(pr.mergeCommitSha) > after);
            const inOrder = since.flatMap((pr) => reviews.get(pr.number) ?? []);
            const [match] = matchTables([{ table: table.plan.table.name, hash: table.plan.hash, changes: true }], inOrder);
            if (match)
                notes.push(await settle(context, provider, table, match, since, inOrder, applied));
        }
        return {
            apply: true,
            notice: `This apply imports what was merged since the last applied commit: pull requests ${queued_prs(merged)}, each table's changes checked against their reviewed plans (${notes.join('; ')}).`,
        };
    }
    catch (error) {
        let why;
        if (error instanceof Refusal)
            why = error.message;
        else if (error instanceof lib_runner/* SearchIncomplete */.nH)
            why = `the search could not finish: ${error.message}`;
        else if (error instanceof problems/* DataFileError */.t1)
            why = `a reviewed file could not be planned again: ${error.message}`;
        else if (typeof error?.status === 'number') {
            why = `GitHub could not be read: ${(0,lib_runner/* describeRemoteError */.Md)(error)}`;
        }
        else
            throw error;
        return { apply: false, why };
    }
}
/** Distinct applied commits (tables applied at different commits) one apply looks back from, at most. */
const MAX_APPLIED_COMMITS = 10;
/**
 * The commits after the oldest of the tables' applied commits up to `head`, oldest first: every other applied commit
 * must be among them (one history), and GitHub must list them all (MAX_COMPARE_COMMITS), else a Refusal saying why.
 */
async function rangeFrom(applied, head, context) {
    const pullRequests = context.pullRequests;
    if (!pullRequests || applied.length === 0)
        throw new Refusal('no applied commit is recorded');
    if (applied.length > MAX_APPLIED_COMMITS) {
        throw new Refusal(`the changed tables were last applied at ${applied.length} different commits; at most ${MAX_APPLIED_COMMITS} are looked back from`);
    }
    let base = applied[0];
    let range = await commitsAfter(base, head, context);
    for (const other of applied) {
        if (other === base || range.includes(other))
            continue;
        // Older than the base taken so far: look back from it instead (each applied commit at most once).
        base = other;
        range = await commitsAfter(base, head, context);
    }
    const outside = applied.filter((sha) => sha !== base && !range.includes(sha));
    if (outside.length > 0) {
        throw new Refusal(`the tables' applied commits ${outside.map(queued_short).join(', ')} are not in one history with ${queued_short(base)}`);
    }
    return { base, range };
}
async function commitsAfter(base, head, context) {
    const range = await context.pullRequests.commitsBetween(base, head);
    if (range.status !== 'ahead' && range.status !== 'identical') {
        throw new Refusal(`the last applied commit ${queued_short(base)} is not in the history of ${queued_short(head)} (GitHub's compare says ${range.status})`);
    }
    if (range.total > range.commits.length || range.total > lib_runner/* MAX_COMPARE_COMMITS */.G6) {
        throw new Refusal(`${range.total} commits were pushed since the last applied commit ${queued_short(base)}; the apply reads at most ${lib_runner/* MAX_COMPARE_COMMITS */.G6} (GitHub's compare lists no more without paging, and each costs a request), so it cannot say which pull requests they came from`);
    }
    return range.commits;
}
/** The merged pull requests whose merge made one of these commits, in merge order (one request per commit). */
async function mergedIn(context, commits) {
    const pullRequests = context.pullRequests;
    if (!pullRequests)
        return [];
    const order = new Map(commits.map((sha, index) => [sha, index]));
    const found = new Map();
    for (const sha of commits) {
        for (const pr of await pullRequests.mergedPullRequestsOf(sha)) {
            // Only a pull request whose merge is in the range: a commit can belong to others merged elsewhere.
            const at = pr.mergeCommitSha === undefined ? undefined : order.get(pr.mergeCommitSha);
            if (at !== undefined && !found.has(pr.number))
                found.set(pr.number, { pr, at });
        }
    }
    return [...found.values()].sort((a, b) => a.at - b.at).map(({ pr }) => pr);
}
/**
 * One merged pull request's reviewed plan, through the same gate as the pushed one: our comment, exactly as the action
 * wrote it, before the merge, at its head. A pull request without our comment reviewed no table change (with
 * `comment: on-change` none is written when nothing changes): its changes, if any, show up as unreviewed.
 */
async function reviewOf(context, pr) {
    const { pullRequests, settings } = context;
    if (!pullRequests)
        return undefined;
    const found = await (0,comment/* planCommentOf */.O9)(pullRequests, pr.number, settings, pr.mergedAt);
    if (found.state === 'missing')
        return undefined;
    if (found.state === 'untrusted') {
        throw new Refusal(`the plan comment on pull request #${pr.number} is not trusted: ${found.why}`);
    }
    if (found.marker.sha !== pr.headSha) {
        throw new Refusal(`the plan comment on pull request #${pr.number} was made at ${queued_short(found.marker.sha)}, but its head is ${queued_short(pr.headSha)}: its last push was never planned`);
    }
    return { number: pr.number, tables: found.marker.tables ?? [] };
}
/**
 * One table's match settled, or a Refusal. Several reviewed plans of one table are shown to compose into the plan
 * made now: each pull request's own rows (where its merge changed the file), from its file at its head, planned
 * against the table as it is now, must be the plan it reviewed (same hash), and their changes applied in merge order
 * must be exactly the changes planned now. Three files are read per pull request (GitHub's contents API).
 */
async function settle(context, provider, table, match, merged, reviews, applied) {
    const name = match.table;
    if (match.state === 'unreviewed') {
        const without = merged.filter((pr) => !reviews.some((r) => r.number === pr.number));
        const unplanned = without.length > 0 ? `; merged without a plan comment of ours: ${queued_prs(without)}` : '';
        throw new Refusal(`${name} (last applied at ${queued_short(applied)}): ${match.why}${unplanned}`);
    }
    if (match.state === 'reviewed')
        return `${name}: #${match.by}`;
    const by = queued_prs(match.by.map((number) => ({ number })));
    const cannot = (why) => new Refusal(`${name} is changed by pull requests ${by}, and their reviewed plans cannot be shown to compose into the plan made now: ${why}`);
    if (!provider.capabilities.readsLiveRows || !table.table) {
        throw cannot(`${provider.capabilities.describe} plans against a version of the file, not the table's rows`);
    }
    if (table.plan.schemaChange)
        throw cannot('the plan changes the columns too');
    const live = table.table;
    // The table's file at a commit, planned against the table as it is now.
    const planAt = async (sha, what) => {
        // Streamed as the plan reads it (a file the size of the table need not be held whole).
        const source = await (0,publish/* readVersion */.$4)(context.pullRequests, table.file.relativePath, sha);
        if (source === undefined)
            throw cannot(`${table.file.relativePath} could not be read at ${what}`);
        return (0,core_plan/* planTable */.k0)((0,plan/* planInput */.yN)(table.file, provider, live, table.liveRecords, table.plan.schema, source));
    };
    const diffs = [];
    for (const number of match.by) {
        const pr = merged.find((p) => p.number === number);
        const reviewed = reviews.find((r) => r.number === number)?.tables.find((t) => t.table === name);
        // The rows this pull request changed on the branch: its merge against the commit before it there (the previous
        // merge in the range, or the table's applied commit). A direct push in between counts as its change, so fails.
        const index = merged.indexOf(pr);
        const before = index > 0 ? merged[index - 1]?.mergeCommitSha : applied;
        const keys = keysBetween((await planAt(before, `${queued_short(before)}`)).diff, (await planAt(pr.mergeCommitSha, `#${number}'s merge`)).diff);
        // Its file at its head, against the table now, on those rows only: the plan it reviewed, if nothing else moved.
        const own = onlyKeys((await planAt(pr.headSha, `#${number}'s head`)).diff, keys);
        if ((0,diff/* planHash */.SH)(live.id, table.plan.mode, own) !== reviewed?.hash) {
            throw cannot(`#${number}'s changes (its file at its head on the rows its merge changed, against the table as it is now) are not the plan it reviewed: the table or the file moved since that review`);
        }
        diffs.push(own);
    }
    const differences = compositionDifferences(composeChanges(diffs), table.plan.diff);
    if (differences.length > 0)
        throw cannot(differences.join('; '));
    return `${name}: ${by} composed`;
}

;// CONCATENATED MODULE: ./lib/run/apply/gate.js
/**
 * The review gate: whether this apply may import, from the plan its pull request reviewed (or, on a terminal, from
 * the person who approved the plan just made), and what the report must say about how it was reviewed.
 */






/**
 * Whether this run is on a terminal (the command line): there the person at it was asked before the apply began
 * (askOnTerminal, below), and that answer is the review. A runner on GitHub has no one to ask: the pull request's
 * reviewed plan is the approval.
 */
function approvedOnTerminal(runner) {
    return runner.approve !== undefined;
}
/**
 * On a terminal, asks the person at it before anything is imported (they just read the plan); on GitHub, and when
 * nothing would change, asks nothing. False when they said no (the run has then failed, saying so).
 */
async function askOnTerminal(runner, planned) {
    if (!runner.approve || !planned.tables.some((t) => (0,core_plan/* changesTable */.EI)(t.plan) || t.sendWholeFile))
        return true;
    const answer = await runner.approve('Do you want to apply these changes?');
    if (answer.approved)
        return true;
    runner.output('import-jobs', '[]');
    runner.fail(answer.why ?? 'Apply cancelled: nothing was applied', 'not-approved');
    return false;
}
/** Whether the planned run may be applied: the review it had, against the plan made now. */
async function reviewGate(context, provider, planned) {
    const { runner, settings } = context;
    const plans = planned.tables.map((t) => t.plan);
    const onTerminal = approvedOnTerminal(runner);
    const reviewed = onTerminal
        ? { state: 'none', where: 'approved on the terminal' }
        : await (0,comment/* findReviewedPlan */.q2)(context);
    runner.debug(`Reviewed plan: ${reviewed.state} (${reviewed.where})`);
    const importsNothing = planned.tables.every((t) => !(0,core_plan/* changesTable */.EI)(t.plan) && !t.sendWholeFile);
    let decision = onTerminal
        ? { apply: true, notice: '' }
        : reviewDecision(reviewed, plans, settings, importsNothing, (plan) => planned.tables.some((t) => t.plan === plan && ((0,core_plan/* changesTable */.EI)(plan) || t.sendWholeFile !== undefined)), settings.group && (0,groups/* groupName */.hv)(settings.group));
    let lookedBack = '';
    // Not the pushed pull request's plan: an apply queued behind a cancelled one holds every change merged since the
    // last applied commit, each checked against its own pull request's reviewed plan (src/run/apply/queued.ts). A group
    // of a job matrix answers only for its own tables of the pushed pull request's plan.
    if (!decision.apply && !settings.group && reviewed.state === 'found' && reviewed.headSha === reviewed.marker.sha) {
        const queued = await reviewedSinceLastApply(context, provider, planned);
        if (queued?.apply) {
            decision = queued;
            lookedBack = queued.notice;
        }
        else if (queued) {
            decision = notQueuedEither(decision, queued.why);
        }
    }
    if (!decision.apply) {
        return { open: false, reviewed, refusal: decision.refusal, differences: decision.differences };
    }
    // An apply of a plan no review showed (a direct push, a tag) says so where the results are read.
    // So does an apply that carries the changes of pull requests merged before the pushed one (apply/queued.ts).
    const unreviewed = (reviewed.state !== 'found' && !onTerminal ? decision.notice : '') || lookedBack;
    return { open: true, reviewed, notice: decision.notice, unreviewed };
}
/** A closed gate: says why in the summary and the outputs (no import job), and fails the run. */
async function refuseApply(runner, gate) {
    runner.output('import-jobs', '[]');
    await runner.summary(`## Apply refused\n\n${(0,markdown/* escapeMarkdown */.FV)(gate.refusal)}\n\n${gate.differences.map((d) => `- ${(0,markdown/* escapeMarkdown */.FV)(d)}`).join('\n')}\n`);
    const reason = gate.reviewed.state === 'found' ? 'plan-changed' : 'not-reviewed';
    runner.fail(`${gate.refusal}\n${gate.differences.join('\n')}`, reason);
}


/***/ })

};
