export const id = 621;
export const ids = [621];
export const modules = {

/***/ 3621:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/core/yaml.js
var yaml = __webpack_require__(7684);
// EXTERNAL MODULE: ./lib/inputs/settings-error.js
var settings_error = __webpack_require__(6763);
// EXTERNAL MODULE: ./lib/core/clock.js
var core_clock = __webpack_require__(1601);
// EXTERNAL MODULE: ./lib/core/inputs.js
var inputs = __webpack_require__(662);
;// CONCATENATED MODULE: ./lib/inputs/data-files.js


const GLOB_CHARS = /[*?[\]{}]/;
/**
 * The CSV files each entry names, each with its table (the entry's `table`, or the file's base name), all through
 * the path gate. A plain path must exist unless `forExport` (export writes it). Two files may not name the same table.
 */
async function findDataFiles(gate, entries, forExport = false) {
    const files = [];
    for (const entry of entries) {
        let relativePaths;
        if (GLOB_CHARS.test(entry.file)) {
            relativePaths = await gate.glob(entry.file, 'file');
            if (relativePaths.length === 0)
                throw new settings_error/* SettingsError */.G(`file: no file matches "${entry.file}" in ${gate.workspace}`);
        }
        else {
            if (forExport)
                gate.inside(gate.workspace, entry.file, 'file');
            else
                gate.forReading(entry.file, 'file');
            relativePaths = [entry.file];
        }
        if (entry.table && relativePaths.length > 1) {
            throw new settings_error/* SettingsError */.G(`table "${entry.table}" names one table, but "${entry.file}" matches ${relativePaths.length} files; leave table empty to use each file's base name`);
        }
        for (const relative of relativePaths) {
            const absolutePath = external_node_path_.resolve(gate.workspace, relative);
            files.push({
                relativePath: relative.split(external_node_path_.sep).join('/'),
                absolutePath,
                open: () => gate.openRead(absolutePath),
                linesAtMost: () => gate.linesAtMost(absolutePath),
                table: entry.table || external_node_path_.basename(relative).replace(/\.csv$/i, ''),
                importMode: entry.importMode,
                maxDeletes: entry.maxDeletes,
                maxChanges: entry.maxChanges,
                allowRenames: entry.allowRenames,
                allowReshuffle: entry.allowReshuffle,
                delimiter: entry.delimiter,
                ...(entry.allowShapeChange ? { allowShapeChange: entry.allowShapeChange } : {}),
                entry,
            });
        }
    }
    const seen = new Map();
    for (const file of files) {
        const earlier = seen.get(file.table);
        if (earlier)
            throw new settings_error/* SettingsError */.G(`${earlier} and ${file.relativePath} both name the table "${file.table}"; one file per table`);
        seen.set(file.table, file.relativePath);
    }
    return files;
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
;// CONCATENATED MODULE: ./lib/inputs/path-gate.js




/** The file behind `fd` from its start, 64 KiB at a time into one buffer; the descriptor closed at its end or when let go. */
async function* readThroughOneBuffer(fd) {
    try {
        const buffer = Buffer.allocUnsafe(64 * 1024);
        for (let at = 0;;) {
            const got = await new Promise((resolve, reject) => (0,external_node_fs_.read)(fd, buffer, 0, buffer.length, at, (error, bytes) => (error ? reject(error) : resolve(bytes))));
            if (got === 0)
                return;
            at += got;
            yield got === buffer.length ? buffer : buffer.subarray(0, got);
        }
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
/** Most files one glob may match: a typo like `**` over a large checkout stops here, with a clear error. */
const MAX_GLOB_MATCHES = 1000;
/**
 * The one door to the file system. Every file the action reads resolves inside the workspace, and every file it
 * writes inside the workspace (export) or its own run folder: absolute paths, `..` escapes, symbolic links (anywhere
 * on the way) and anything but regular files are refused, with an error naming the path and why. A committed
 * symlink to `/proc/self/environ` would otherwise put the runner's secrets into the plan, the comment and artifacts.
 */
class PathGate {
    workspace;
    constructor(workspace) {
        // The workspace itself may sit behind a link (macOS's /tmp): only what is below it is checked.
        this.workspace = (0,external_node_fs_.realpathSync)(workspace);
    }
    /** The absolute path of an existing regular file named relative to the workspace (an input or config entry). */
    forReading(relative, what) {
        const absolute = this.inside(this.workspace, relative, what);
        const stat = this.walk(this.workspace, absolute, relative, what);
        if (!stat)
            throw new settings_error/* SettingsError */.G(`${what}: "${relative}" does not exist in the workspace (${this.workspace})`);
        if (!stat.isFile()) {
            throw new settings_error/* SettingsError */.G(`${what}: "${relative}" is not a regular file; the action reads only regular files`);
        }
        return absolute;
    }
    /** Whether a regular file is there (a link or escape on the way still throws); nothing is read. */
    isFile(relative, what) {
        const absolute = this.inside(this.workspace, relative, what);
        return this.walk(this.workspace, absolute, relative, what)?.isFile() === true;
    }
    /**
     * A file's text, or undefined when there is no such file (anything else wrong with the path still throws, and so
     * does a file over `maxBytes`, before it is read).
     */
    readTextIfExists(relative, what, maxBytes = Number.MAX_SAFE_INTEGER) {
        const absolute = this.inside(this.workspace, relative, what);
        const stat = this.walk(this.workspace, absolute, relative, what);
        if (!stat)
            return undefined;
        if (stat.isFile() && stat.size > maxBytes) {
            throw new settings_error/* SettingsError */.G(`${what}: "${relative}" has ${stat.size} bytes; at most ${maxBytes} are read`);
        }
        return this.readText(relative, what);
    }
    /** A file's text, read through the gate. */
    readText(relative, what) {
        const fd = this.openVerified(this.forReading(relative, what), what);
        try {
            return (0,external_node_fs_.readFileSync)(fd, 'utf8');
        }
        finally {
            (0,external_node_fs_.closeSync)(fd);
        }
    }
    /**
     * The bytes of a file the gate has already let through, opened as openVerified says (now, not when first read), read
     * through one buffer: a stream's fresh 64 KiB chunk per read would leave a 10 MB file's 10 MB to the collector, and
     * its memory to malloc, at each of a first load's three reads (plan, import, read-back). So a chunk is good only
     * until the next is asked for: the CSV reader hashes and decodes each one before that, and nothing may keep one.
     */
    openRead(absolute) {
        return readThroughOneBuffer(this.openVerified(absolute, 'file'));
    }
    /**
     * The file's line feeds plus one: the most rows it can hold (a quoted cell's line breaks and blank lines only add
     * to it). Read through one buffer: a stream's fresh chunk for each read would leave 10 MB to the collector, and its
     * allocator, for a 10 MB file.
     */
    linesAtMost(absolute) {
        const fd = this.openVerified(absolute, 'file');
        try {
            const buffer = Buffer.allocUnsafe(64 * 1024);
            let lines = 1;
            for (let at = 0;;) {
                const got = (0,external_node_fs_.readSync)(fd, buffer, 0, buffer.length, at);
                if (got === 0)
                    return lines;
                at += got;
                const bytes = got === buffer.length ? buffer : buffer.subarray(0, got);
                for (let i = bytes.indexOf(10); i >= 0; i = bytes.indexOf(10, i + 1))
                    lines++;
            }
        }
        finally {
            (0,external_node_fs_.closeSync)(fd);
        }
    }
    /**
     * Opens a file the walk let through, then checks that what was opened is that file. `O_NOFOLLOW` covers only the
     * last part of a path: a folder on the way swapped for a link between the walk and the open would be followed. So
     * the path is walked again (no link anywhere) and the opened descriptor must be the very file the path names now
     * (same device and inode); anything else is refused and the descriptor closed.
     */
    openVerified(absolute, what) {
        const fd = (0,external_node_fs_.openSync)(absolute, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NOFOLLOW);
        try {
            const relative = external_node_path_.relative(this.workspace, absolute);
            const inside = relative === '' || relative.startsWith('..') ? undefined : relative;
            const named = inside === undefined ? (0,external_node_fs_.lstatSync)(absolute) : this.walk(this.workspace, absolute, inside, what);
            const opened = (0,external_node_fs_.fstatSync)(fd);
            if (!named || !opened.isFile() || named.ino !== opened.ino || named.dev !== opened.dev) {
                throw new settings_error/* SettingsError */.G(`${what}: "${inside ?? absolute}" changed while it was being opened (a folder on the way was replaced); refusing to read it`);
            }
            return fd;
        }
        catch (error) {
            (0,external_node_fs_.closeSync)(fd);
            throw error;
        }
    }
    /**
     * The workspace files a glob matches, sorted, each let through the gate. Brace sets, escapes, and any wildcard
     * segment that can match `.` or `..` (like `[.][.]`) are refused before walking; the walk never enters a link and
     * never leaves the workspace. A link the pattern matches, or a linked folder it would search, is an error naming
     * the link (never its target, nor anything behind it): skipped in silence, its table would just not be planned.
     */
    async glob(pattern, what) {
        if (/[{}]/.test(pattern)) {
            throw new settings_error/* SettingsError */.G(`${what}: "${pattern}" uses braces; list each file or use * and ** instead (brace sets can expand without bound)`);
        }
        for (const segment of pattern.split(/[\\/]/)) {
            if (/[*?[\]]/.test(segment) && (external_node_path_.matchesGlob('..', segment) || external_node_path_.matchesGlob('.', segment))) {
                throw new settings_error/* SettingsError */.G(`${what}: "${pattern}" has a part ("${segment}") that matches "." or "..", which would leave the folder it names; write the folder's name instead`);
            }
        }
        this.inside(this.workspace, pattern.replace(/[*?[\]]/g, 'x'), what);
        // The folders named before the first wildcard: a link among them is refused as a plain path's would be.
        const literal = pattern.split(/[\\/]/);
        const wild = literal.findIndex((segment) => /[*?[\]]/.test(segment));
        const fixed = wild === -1 ? literal : literal.slice(0, wild);
        if (fixed.length > 0)
            this.walk(this.workspace, external_node_path_.resolve(this.workspace, ...fixed), pattern, what);
        const links = new Set();
        const workspacePath = (entry) => external_node_path_.relative(this.workspace, external_node_path_.join(entry.parentPath, entry.name)).split(external_node_path_.sep).join('/');
        const matches = [];
        for await (const entry of (0,promises_.glob)(pattern, {
            cwd: this.workspace,
            withFileTypes: true,
            exclude: (dirent) => {
                if (!dirent.isSymbolicLink())
                    return false;
                const relative = workspacePath(dirent);
                if (mayLeadTo(relative, pattern))
                    links.add(relative);
                return true;
            },
        })) {
            const relative = workspacePath(entry);
            if (entry.isSymbolicLink()) {
                links.add(relative);
                continue;
            }
            // Outside the workspace or not a file: never a match. Behind a link (a folder the pattern names after a
            // wildcard is entered without the exclude seeing it): the link is named, never what was found behind it.
            if (relative === '' || relative.startsWith('..') || external_node_path_.isAbsolute(relative) || !entry.isFile())
                continue;
            const link = this.linkOnTheWay(relative);
            if (link !== undefined) {
                links.add(link);
                continue;
            }
            if (matches.length === MAX_GLOB_MATCHES) {
                throw new settings_error/* SettingsError */.G(`${what}: "${pattern}" matches more than ${MAX_GLOB_MATCHES} files; narrow it`);
            }
            matches.push(relative.split(external_node_path_.sep).join('/'));
        }
        if (links.size > 0) {
            const named = [...links].sort();
            const shown = named.length > 10 ? `${named.slice(0, 10).join(', ')} and ${named.length - 10} more` : named.join(', ');
            throw new settings_error/* SettingsError */.G(`${what}: "${pattern}" meets ${named.length === 1 ? 'a symbolic link' : 'symbolic links'} (${shown}); the action does not follow links, so that no file outside the workspace is read: commit the files themselves, or narrow the pattern`);
        }
        matches.sort();
        for (const match of matches)
            this.forReading(match, `${what} (matched by "${pattern}")`);
        return matches;
    }
    /** The first part of a workspace path that is a symbolic link, if any (checked without following any). */
    linkOnTheWay(relative) {
        let current = this.workspace;
        for (const part of relative.split(/[\\/]/)) {
            current = external_node_path_.join(current, part);
            if ((0,external_node_fs_.lstatSync)(current, { throwIfNoEntry: false })?.isSymbolicLink()) {
                return external_node_path_.relative(this.workspace, current).split(external_node_path_.sep).join('/');
            }
        }
        return undefined;
    }
    /**
     * Writes a workspace file (export): folders on the way are made, but none of them, nor the file, may be a link, and
     * an existing file must be a regular one. The file is opened without following a link.
     */
    async writeWorkspaceFile(relative, content, what) {
        await writeBelow(this.workspace, this.inside(this.workspace, relative, what), relative, content, what, this);
    }
    /**
     * The run's own folder for plan files, rejected rows and snapshots: made fresh for this run (`mkdtemp`, so no one can
     * have made it first) and private (0700: on a shared machine no other user reads the snapshots or swaps one), then
     * written only through the gate. `prefix` is the folder's path up to the random part.
     */
    runFolder(prefix) {
        (0,external_node_fs_.mkdirSync)(external_node_path_.dirname(prefix), { recursive: true });
        const folder = (0,external_node_fs_.mkdtempSync)(prefix);
        (0,external_node_fs_.chmodSync)(folder, 0o700);
        return new RunFolder((0,external_node_fs_.realpathSync)(folder), this);
    }
    /** `root`/`relative`, refused when it is absolute or climbs out of `root`. */
    inside(root, relative, what, rootName = 'the workspace') {
        if (relative === '' || external_node_path_.isAbsolute(relative) || /^[a-zA-Z]:|^[\\/]/.test(relative)) {
            throw new settings_error/* SettingsError */.G(`${what}: "${relative}" is an absolute path; give the path relative to ${rootName}, like data/holidays.csv`);
        }
        const absolute = external_node_path_.resolve(root, relative);
        const back = external_node_path_.relative(root, absolute);
        if (back === '' || back.startsWith('..') || external_node_path_.isAbsolute(back)) {
            throw new settings_error/* SettingsError */.G(`${what}: "${relative}" leaves ${rootName}; the action reads and writes only inside it`);
        }
        return absolute;
    }
    /**
     * Checks each step from `root` down to `absolute`: none may be a link. Returns the last step's stat, or undefined
     * when the path does not exist (yet).
     */
    walk(root, absolute, relative, what) {
        let current = root;
        let stat;
        for (const part of external_node_path_.relative(root, absolute).split(external_node_path_.sep)) {
            current = external_node_path_.join(current, part);
            stat = (0,external_node_fs_.lstatSync)(current, { throwIfNoEntry: false });
            if (!stat)
                return undefined;
            if (stat.isSymbolicLink()) {
                const shown = external_node_path_.relative(root, current).split(external_node_path_.sep).join('/');
                throw new settings_error/* SettingsError */.G(`${what}: "${relative}" goes through a symbolic link (${shown}); the action does not follow links, so that no file outside the workspace is read or written`);
            }
        }
        return stat;
    }
}
/**
 * Whether a link at `relative` is matched by `pattern`, or is a folder the pattern would search: some leading parts
 * of the pattern, with more after them, match it (a `**` among them matches any depth).
 */
function mayLeadTo(relative, pattern) {
    if (external_node_path_.matchesGlob(relative, pattern))
        return true;
    const parts = pattern.split(/[\\/]/);
    for (let i = 1; i < parts.length; i++) {
        if (external_node_path_.matchesGlob(relative, parts.slice(0, i).join('/')))
            return true;
    }
    return false;
}
/** Files of the run's own folder (under RUNNER_TEMP): names are the action's own, still checked by the gate. */
class RunFolder {
    path;
    gate;
    constructor(folder, gate) {
        this.path = folder;
        this.gate = gate;
    }
    /** Writes `relative` below the run folder and returns its absolute path. */
    /** Writes `content`, given whole or in pieces (a large plan file is never one string). */
    async write(relative, content) {
        const absolute = this.gate.inside(this.path, relative, 'run folder', 'the run folder');
        await writeBelow(this.path, absolute, relative, content, 'run folder', this.gate);
        return absolute;
    }
}
async function writeBelow(root, absolute, relative, content, what, gate) {
    gate.walk(root, external_node_path_.dirname(absolute), relative, what);
    (0,external_node_fs_.mkdirSync)(external_node_path_.dirname(absolute), { recursive: true });
    const stat = gate.walk(root, absolute, relative, what);
    if (stat && !stat.isFile())
        throw new settings_error/* SettingsError */.G(`${what}: "${relative}" exists and is not a regular file`);
    const handle = await (0,promises_.open)(absolute, external_node_fs_.constants.O_WRONLY | external_node_fs_.constants.O_CREAT | external_node_fs_.constants.O_TRUNC | external_node_fs_.constants.O_NOFOLLOW);
    try {
        // Bytes (a rollback's files) are written as they are: no decoding, so they stay byte-identical.
        if (typeof content === 'string' || content instanceof Uint8Array)
            await handle.writeFile(content);
        else {
            // Pieces gathered to about 64 KiB a write.
            let pending = [];
            let size = 0;
            for (const piece of content) {
                pending.push(piece);
                size += piece.length;
                if (size >= 1 << 16) {
                    await handle.write(pending.join(''));
                    pending = [];
                    size = 0;
                }
            }
            if (pending.length > 0)
                await handle.write(pending.join(''));
        }
    }
    finally {
        await handle.close();
    }
}

// EXTERNAL MODULE: ./lib/inputs/schema-files.js
var schema_files = __webpack_require__(5232);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./lib/core/groups.js
var core_groups = __webpack_require__(2623);
// EXTERNAL MODULE: ./lib/core/guards.js
var guards = __webpack_require__(7429);
// EXTERNAL MODULE: ./lib/core/rollback.js
var rollback = __webpack_require__(4875);
// EXTERNAL MODULE: ./lib/providers/http.js + 2 modules
var providers_http = __webpack_require__(4585);
;// CONCATENATED MODULE: ./lib/providers/vendor.js


/** Declares a vendor (its type is checked here, and `Options` inferred from `read`). */
function defineVendor(vendor) {
    return vendor;
}
/**
 * The first requirement what was read lacks, said as the runner names inputs, or undefined when none: a pull request
 * is then planned offline, anything else fails with this message.
 */
function lackingMessage(vendor, options, terms) {
    const requirement = vendor.requires.find((r) => r.lacking(options));
    if (!requirement)
        return undefined;
    const names = requirement.inputs.map((input) => terms.name(input)).join(' and ');
    const verb = requirement.inputs.length === 2 ? 'are' : 'is';
    const condition = requirement.onlyWhen
        ? ` with ${requirement.onlyWhen.input} ${requirement.onlyWhen.of(options)}`
        : '';
    const secrets = requirement.secret ? ` ${terms.secrets}` : '';
    return `${names} ${verb} required${condition}: ${requirement.what}${requirement.secret ? '.' : ''}${secrets}`;
}
/** The README's "required when" for each input a vendor requires, in markdown. */
function requiredWhen(provider, vendor) {
    const when = {};
    for (const requirement of vendor.requires) {
        const only = requirement.onlyWhen;
        const text = [
            `provider \`${provider}\``,
            only ? ` with ${only.values.map((value) => `\`${only.input}: ${value}\``).join(' or ')}` : '',
            requirement.unless ? ` (unless \`${requirement.unless}\`)` : '',
            requirement.secret ? ' (a fork pull request plans offline without it)' : '',
        ].join('');
        for (const input of requirement.inputs)
            when[input] = text;
    }
    return when;
}
/** An input that is a URL: https, or plain http to this machine only; undefined when not set. */
function urlInput(read, name) {
    const value = read(name).trim();
    if (value === '')
        return undefined;
    let parsed;
    try {
        parsed = new URL(value);
    }
    catch { }
    // Plain http would send credentials in clear: only to this machine (the local emulator, a local proxy).
    if (parsed?.protocol === 'https:' || (parsed?.protocol === 'http:' && (0,providers_http/* isLoopback */.U9)(parsed)))
        return value;
    throw new inputs/* SettingsError */.GN(`Input ${name} is "${value}"; use an https URL (plain http only for localhost or 127.0.0.1, such as the local emulator)`);
}

;// CONCATENATED MODULE: ./lib/providers/dengage/inputs.js
/** D·engage's inputs: the account's region host and the API user; `dengage-username` is the user key's old name. */

const vendor = defineVendor({
    title: 'D·engage',
    read(read, { warnings }) {
        const userKey = read('dengage-user-key').trim();
        const oldName = read('dengage-username').trim();
        if (oldName !== '') {
            warnings.push(userKey !== ''
                ? 'Input dengage-username is ignored: dengage-user-key is set. Remove dengage-username'
                : "Input dengage-username is deprecated: D·engage's login takes the API user's key (userkey). Rename the input to dengage-user-key");
        }
        return {
            apiUrl: urlInput(read, 'dengage-api-url') ?? '',
            userKey: userKey || oldName,
            password: read('dengage-password').trim(),
        };
    },
    requires: [
        {
            inputs: ['dengage-user-key', 'dengage-password'],
            what: "the API user's key and password of your D·engage account",
            secret: true,
            lacking: (d) => d.userKey === '' || d.password === '',
        },
        {
            inputs: ['dengage-api-url'],
            what: "your account's region host, one of https://tr-api.dengage.com, https://us-api.dengage.com, https://eu-api.dengage.com, https://ru-api.dengage.com, https://sa-api.dengage.com",
            lacking: (d) => d.apiUrl === '',
        },
    ],
    async create(options, http) {
        const { DengageProvider } = await __webpack_require__.e(/* import() */ 334).then(__webpack_require__.bind(__webpack_require__, 5334));
        return new DengageProvider(options, http);
    },
});

// EXTERNAL MODULE: ./lib/providers/genesys/client.js
var genesys_client = __webpack_require__(1300);
;// CONCATENATED MODULE: ./lib/providers/genesys/inputs.js
/** Genesys Cloud's inputs: the org's region (or hosts), the OAuth client, its request budget and the org's limits. */




const inputs_vendor = defineVendor({
    title: 'Genesys Cloud',
    read(read, { group, clients }) {
        const region = normalizeRegion(read('genesys-region'));
        if (!/^[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(region)) {
            throw new inputs/* SettingsError */.GN(`Input genesys-region is "${region}"; use the org's region domain, like mypurecloud.com or euw2.pure.cloud`);
        }
        const clientId = read('genesys-client-id').trim();
        const clientSecret = read('genesys-client-secret').trim();
        if ((clientId === '') !== (clientSecret === '')) {
            throw new inputs/* SettingsError */.GN('Inputs genesys-client-id and genesys-client-secret go together: set both, or neither');
        }
        const rateLimit = readRateLimit(read);
        // The groups on one client run at once: each paces itself to its share, so together they keep to the budget.
        if (group)
            rateLimit.allowed = (0,core_groups/* shareOfBudget */.Ih)(group, clients, rateLimit.allowed);
        return {
            region,
            apiUrl: urlInput(read, 'genesys-api-url'),
            loginUrl: urlInput(read, 'genesys-login-url'),
            clientId,
            clientSecret,
            limits: {
                maxRows: (0,inputs/* positiveInteger */.Cq)(read, 'genesys-max-rows', 5000),
                maxKeyLength: (0,inputs/* positiveInteger */.Cq)(read, 'genesys-max-key-length', 256),
            },
            rateLimit,
        };
    },
    requires: [
        {
            inputs: ['genesys-client-id', 'genesys-client-secret'],
            what: 'an OAuth client (Client Credentials grant) whose role has architect:datatable:view, and architect:datatable:edit to apply',
            secret: true,
            lacking: (g) => g.clientId === '' || g.clientSecret === '',
        },
    ],
    async create(g, http, { log, rowsFolder, login }) {
        const connection = {
            ...(0,genesys_client/* genesysHosts */.sL)(g.region, g.apiUrl, g.loginUrl),
            clientId: g.clientId,
            clientSecret: g.clientSecret,
            rateLimit: g.rateLimit,
        };
        // The client (and its login) first: the adapter's code loads while the login is answered.
        const client = new genesys_client/* GenesysClient */.cU(connection, http);
        if (login)
            await client.beginLogin();
        const { GenesysProvider } = await Promise.all(/* import() */[__webpack_require__.e(789), __webpack_require__.e(920), __webpack_require__.e(873)]).then(__webpack_require__.bind(__webpack_require__, 3873));
        return new GenesysProvider({ ...connection, limits: g.limits, log, ...(rowsFolder ? { rowsFolder } : {}) }, http, client);
    },
});
/**
 * The region as the official SDK's setEnvironment reads it: a trailing slash, a leading `https://` (or `http://`) and
 * a leading `api.` are dropped, so `https://api.mypurecloud.ie/` and `mypurecloud.ie` name the same org.
 */
function normalizeRegion(text) {
    const region = text
        .trim()
        .replace(/\/+$/, '')
        .replace(/^https?:\/\//i, '')
        .replace(/^api\./i, '');
    return region || 'mypurecloud.com';
}
/** `genesys-rate-limit`: requests a minute (`300`), or requests per a duration (`600/2m`). */
function readRateLimit(read) {
    const text = read('genesys-rate-limit').trim() || '300';
    const match = /^([0-9]+)(?:\s*\/\s*(.+))?$/.exec(text);
    const allowed = match ? Number(match[1]) : Number.NaN;
    const windowMs = match?.[2] === undefined ? 60_000 : (0,inputs/* parseDuration */.E9)(match[2]);
    if (!match || !Number.isSafeInteger(allowed) || allowed < 1 || allowed > 100_000 || !windowMs || windowMs < 1000) {
        throw new inputs/* SettingsError */.GN(`Input genesys-rate-limit is "${text}"; use the requests a minute your OAuth client may make, like 300 (Genesys' default), or requests per a duration of at least 1s, like 600/2m`);
    }
    return { allowed, windowMs };
}

;// CONCATENATED MODULE: ./lib/providers/learningbuilder/inputs.js
/** LearningBuilder's inputs: the site, the API key, the Workflow Import Queue file type and the batch's options. */


const learningbuilder_inputs_vendor = defineVendor({
    title: 'LearningBuilder',
    read(read) {
        const options = {
            url: urlInput(read, 'learningbuilder-url') ?? '',
            apiKey: read('learningbuilder-api-key').trim(),
            importProcessId: read('learningbuilder-import-process-id').trim(),
            creationPath: read('learningbuilder-creation-path').trim() || 'DATATABLE_SYNC',
        };
        const success = read('learningbuilder-success-email').trim();
        const failure = read('learningbuilder-failure-email').trim();
        if (success)
            options.successEmail = success;
        if (failure)
            options.failureEmail = failure;
        if (options.importProcessId !== '' && !/^[0-9]+$/.test(options.importProcessId)) {
            throw new inputs/* SettingsError */.GN(`Input learningbuilder-import-process-id is "${options.importProcessId}"; use the numeric id of the Workflow Import Queue file type`);
        }
        // LearningBuilder's rule for creationPath, checked before anything is sent.
        if (!/^[A-Z0-9_]{1,15}$/.test(options.creationPath)) {
            throw new inputs/* SettingsError */.GN(`Input learningbuilder-creation-path is "${options.creationPath}"; use 1 to 15 upper-case letters, digits or underscores, like DATATABLE_SYNC`);
        }
        return options;
    },
    requires: [
        {
            inputs: ['learningbuilder-api-key'],
            what: 'an API key with the BeginWorkflowImportProcess permission',
            secret: true,
            lacking: (lb) => lb.apiKey === '',
        },
        {
            inputs: ['learningbuilder-url'],
            what: 'the base URL of your LearningBuilder site',
            lacking: (lb) => lb.url === '',
        },
        {
            inputs: ['learningbuilder-import-process-id'],
            what: 'the id of the Workflow Import Queue file type',
            lacking: (lb) => lb.importProcessId === '',
        },
    ],
    // The batch's date folder on the run's clock (the HTTP client's), as every other wait and time of the run.
    async create(options, http) {
        const { LearningBuilderProvider } = await __webpack_require__.e(/* import() */ 312).then(__webpack_require__.bind(__webpack_require__, 1312));
        return new LearningBuilderProvider({ ...options, now: () => new Date(http.clock.now()) }, http);
    },
});

// EXTERNAL MODULE: ./lib/providers/talkdesk/hosts.js
var hosts = __webpack_require__(8523);
;// CONCATENATED MODULE: ./lib/providers/talkdesk/inputs.js
/** Talkdesk's inputs: the account (its login host), the region, the OAuth client, and host overrides. */



/** The regions whose API host no source names: there `talkdesk-api-url` is needed. */
const REGIONS_WITHOUT_API = hosts/* TALKDESK_REGIONS */.A.filter((region) => !(0,hosts/* talkdeskHosts */.b)({ account: 'a', region }).apiUrl);
const talkdesk_inputs_vendor = defineVendor({
    title: 'Talkdesk',
    read(read) {
        const account = read('talkdesk-account')
            .trim()
            .replace(/\.talkdeskid(ca)?\.(com|eu|au)$/, '');
        if (account !== '' && !/^[a-z0-9-]+$/i.test(account)) {
            throw new inputs/* SettingsError */.GN(`Input talkdesk-account is "${account}"; use the account name of <account>.talkdeskid.com`);
        }
        const region = (0,inputs/* oneOf */.yL)(read, 'talkdesk-region', hosts/* TALKDESK_REGIONS */.A, 'us');
        const loginUrl = urlInput(read, 'talkdesk-login-url');
        const apiUrl = urlInput(read, 'talkdesk-api-url');
        return {
            account,
            region,
            clientId: read('talkdesk-client-id').trim(),
            clientSecret: read('talkdesk-client-secret').trim(),
            ...(apiUrl ? { apiUrl } : {}),
            ...(loginUrl ? { loginUrl } : {}),
        };
    },
    requires: [
        {
            inputs: ['talkdesk-client-id', 'talkdesk-client-secret'],
            what: 'an OAuth client (Client Credentials) with the record-lists:manage scope',
            secret: true,
            lacking: (td) => td.clientId === '' || td.clientSecret === '',
        },
        {
            inputs: ['talkdesk-account'],
            what: 'the <account> of <account>.talkdeskid.com',
            unless: 'talkdesk-login-url',
            lacking: (td) => td.account === '' && !td.loginUrl,
        },
        {
            inputs: ['talkdesk-api-url'],
            what: "no source names that region's API host",
            onlyWhen: { input: 'talkdesk-region', values: REGIONS_WITHOUT_API, of: (td) => td.region },
            lacking: (td) => !(0,hosts/* talkdeskHosts */.b)(td).apiUrl,
        },
    ],
    async create(options, http, { login }) {
        const { TalkdeskProvider } = await Promise.all(/* import() */[__webpack_require__.e(789), __webpack_require__.e(920), __webpack_require__.e(448)]).then(__webpack_require__.bind(__webpack_require__, 9448));
        const provider = new TalkdeskProvider(options, http);
        if (login)
            await provider.beginLogin();
        return provider;
    },
});

;// CONCATENATED MODULE: ./lib/providers/vendors.js
// Generated from the folders of src/providers by scripts/action-docs.ts (npm run bundle): do not edit.
// A folder with an inputs.ts is a vendor; a new one is added last (this order is the provider input's).




const VENDORS = {
    genesys: inputs_vendor,
    learningbuilder: learningbuilder_inputs_vendor,
    talkdesk: talkdesk_inputs_vendor,
    dengage: vendor,
};

;// CONCATENATED MODULE: ./lib/providers/registry.js


/** The `provider` input's values, in the order the vendors were added (the first is the default). */
const PROVIDERS = Object.keys(VENDORS);
/** Every vendor's inputs, each read and checked by its own folder: a bad value is refused whichever is chosen. */
function readVendorSettings(read, reading) {
    return Object.fromEntries(PROVIDERS.map((name) => [name, VENDORS[name].read(read, reading)]));
}
/** The provider the settings name, made from what its folder read. */
function createProvider(settings, http, run) {
    const vendor = VENDORS[settings.provider];
    return vendor.create(settings[settings.provider], http, run);
}
/**
 * What the chosen provider still needs from the inputs (credentials first), or undefined when it has it all, named as
 * the runner names inputs (`terms`: the action's inputs, or the command line's environment variables and flags).
 * Without credentials a pull request is still planned, offline; anything else fails with this message.
 */
function missingInputs(settings, terms) {
    const vendor = VENDORS[settings.provider];
    return lackingMessage(vendor, settings[settings.provider], terms);
}

;// CONCATENATED MODULE: ./lib/inputs/config-file.js



const DELIMITERS = [',', ';'];
/** Keys that guard what a plan may do, at the top (for every table) or in one entry. */
const GUARD_KEYS = ['max-changes', 'allow-renames', 'allow-reshuffle'];
const TOP_KEYS = ['provider', 'import-mode', 'max-deletes', 'delimiter', 'targets', ...GUARD_KEYS, 'tables'];
const ENTRY_KEYS = ['file', 'table', 'import-mode', 'max-deletes', 'delimiter', 'allow-shape-change', ...GUARD_KEYS];
/**
 * Reads the `config` YAML: defaults at the top, then `tables:` entries. Every error names the file and line.
 *
 *   provider: genesys
 *   import-mode: replace
 *   tables:
 *     - file: data/holidays.csv
 *       table: Holidays
 *     - file: data/queues/*.csv
 *       max-deletes: 0
 *       max-changes: 50%
 */
function parseConfigFile(text, file, defaults) {
    const { isMap, isScalar, isSeq, LineCounter, parseDocument } = (0,yaml/* yaml */.o)();
    const lines = new LineCounter();
    const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
    const lineOf = (node) => (node?.range ? lines.linePos(node.range[0]).line : 1);
    const fail = (node, message) => {
        throw new settings_error/* SettingsError */.G(`${file}:${lineOf(node)}: ${message}`);
    };
    const [firstError] = doc.errors;
    if (firstError) {
        const line = yamlErrorLine(text, firstError.message, firstError.pos?.[0], lines);
        throw new settings_error/* SettingsError */.G(`${file}:${line}: not valid YAML: ${firstError.message.split('\n')[0]}`);
    }
    const root = doc.contents;
    if (!isMap(root))
        return fail(root, 'the config file must be a mapping with a "tables" list');
    const scalar = (node, key) => {
        if (!isScalar(node) || node.value === null || typeof node.value === 'object') {
            return fail(node, `"${key}" must be a single value`);
        }
        return String(node.value).trim();
    };
    const readOptions = (map, allowed, inherited) => {
        const options = { ...inherited };
        for (const pair of map.items) {
            const key = isScalar(pair.key) ? String(pair.key.value) : '';
            if (!allowed.includes(key)) {
                const close = closestKey(key, allowed);
                fail(pair.key, `unknown key "${key}"${close ? `; did you mean "${close}"?` : ''} Keys here: ${allowed.join(', ')}`);
            }
            if (key === 'provider')
                options.provider = scalar(pair.value, key);
            if (key === 'import-mode') {
                const mode = scalar(pair.value, key);
                if (mode !== 'replace' && mode !== 'append')
                    fail(pair.value, `import-mode is "${mode}"; use replace or append`);
                options.importMode = mode;
            }
            if (key === 'max-deletes') {
                const text = scalar(pair.value, key);
                const limit = (0,guards/* parseDeleteLimit */.gy)(text);
                if (!limit)
                    fail(pair.value, `max-deletes is "${text}"; use a row count like 10 or a percentage like 25%`);
                options.maxDeletes = limit;
            }
            if (key === 'max-changes') {
                const text = scalar(pair.value, key);
                const limit = (0,guards/* parseDeleteLimit */.gy)(text);
                if (!limit)
                    fail(pair.value, `max-changes is "${text}"; use a row count like 10 or a percentage like 50%`);
                options.maxChanges = limit;
            }
            if (key === 'allow-renames' || key === 'allow-reshuffle') {
                const value = isScalar(pair.value) ? pair.value.value : undefined;
                if (typeof value !== 'boolean')
                    fail(pair.value, `${key} is "${String(value)}"; use true or false`);
                if (key === 'allow-renames')
                    options.allowRenames = value;
                else
                    options.allowReshuffle = value;
            }
            if (key === 'delimiter') {
                const text = scalar(pair.value, key);
                if (!DELIMITERS.includes(text))
                    fail(pair.value, `delimiter is "${text}"; use "," or ";" (quoted in YAML: delimiter: ";")`);
                options.delimiter = text;
            }
        }
        return options;
    };
    /** Column names: a YAML list (`[Date, Phone]`) or one name. */
    const columnList = (node, key) => {
        const names = isSeq(node) ? node.items.map((item) => scalar(item, key)) : [scalar(node, key)];
        const empty = names.indexOf('');
        if (empty >= 0 || names.length === 0)
            fail(node, `"${key}" lists columns by their CSV header name, like [Date]`);
        return names;
    };
    const top = readOptions(root, TOP_KEYS, defaults);
    const tablesNode = root.get('tables', true);
    if (!isSeq(tablesNode) || tablesNode.items.length === 0) {
        return fail(tablesNode ?? root, '"tables" must list at least one entry, each with a "file"');
    }
    const tables = tablesNode.items.map((item) => {
        if (!isMap(item))
            return fail(item, 'each entry of "tables" needs a "file" (and may set table, import-mode, max-deletes, max-changes)');
        const options = readOptions(item, ENTRY_KEYS, top);
        const fileNode = item.get('file', true);
        if (fileNode === undefined)
            return fail(item, 'this entry has no "file"');
        const tableNode = item.get('table', true);
        const entry = {
            file: scalar(fileNode, 'file'),
            importMode: options.importMode,
            maxDeletes: options.maxDeletes,
            ...(options.maxChanges ? { maxChanges: options.maxChanges } : {}),
            ...(options.allowRenames ? { allowRenames: true } : {}),
            ...(options.allowReshuffle ? { allowReshuffle: true } : {}),
            delimiter: options.delimiter,
        };
        if (entry.file === '')
            fail(fileNode, '"file" is empty');
        if (tableNode !== undefined)
            entry.table = scalar(tableNode, 'table');
        const shapeNode = item.get('allow-shape-change', true);
        if (shapeNode !== undefined)
            entry.allowShapeChange = columnList(shapeNode, 'allow-shape-change');
        return entry;
    });
    // What a pull request plans (core/targets.ts): read by settings.ts, where the input of the same name wins.
    const targetsNode = root.get('targets', true);
    const targets = targetsNode === undefined
        ? undefined
        : isSeq(targetsNode)
            ? targetsNode.items.map((item) => scalar(item, 'targets')).join('\n')
            : scalar(targetsNode, 'targets');
    return { provider: top.provider, tables, ...(targets !== undefined ? { targets } : {}) };
}
/** A known key that a mistyped one is probably meant to be: same letters give or take one edit or a plural. */
function closestKey(key, allowed) {
    const sorted = (text) => [...text].sort().join('');
    return allowed.find((name) => name.replace(/s$/, '') === key.replace(/s$/, '') ||
        (name.length === key.length && sorted(name) === sorted(key)) ||
        (Math.abs(name.length - key.length) <= 1 && name.startsWith(key.slice(0, Math.max(3, key.length - 2)))));
}
/**
 * The line a YAML syntax error is on. The parser notices an unclosed `[`, `{` or quote only where the file ends: the
 * line to fix is the one that opens it, so that is the line given.
 */
function yamlErrorLine(text, message, position, lines) {
    if (position === undefined)
        return 1;
    const opener = /end with a \]/.test(message)
        ? '['
        : /end with a \}/.test(message)
            ? '{'
            : /closing "quote/.test(message)
                ? '"'
                : /closing 'quote/.test(message)
                    ? "'"
                    : undefined;
    const opened = opener === undefined ? -1 : text.lastIndexOf(opener, position);
    return lines.linePos(opened >= 0 ? opened : position).line;
}

;// CONCATENATED MODULE: ./lib/inputs/settings.js








/** The `to` input: required with mode rollback, and meaningless without it. */
function readRollbackTarget(text, mode) {
    const target = (0,rollback/* parseRollbackTarget */.Rm)(text);
    if (typeof target === 'string')
        throw new inputs/* SettingsError */.GN(target);
    if (mode === 'rollback' && !target) {
        throw new inputs/* SettingsError */.GN('Input to is required with mode: rollback: a commit sha of this branch, or applies-back:N (the files as they were before the last N applies)');
    }
    if (mode !== 'rollback' && target)
        throw new inputs/* SettingsError */.GN(`Input to is for mode: rollback; mode is ${mode}`);
    return target;
}
/**
 * The inputs (and the config file they name) become one validated Settings object, or a SettingsError naming the
 * input, or the config file and line. Each vendor's own inputs are read by its folder (providers/<vendor>/inputs.ts).
 */
function readSettings(read, readConfig) {
    const mode = (0,inputs/* oneOf */.yL)(read, 'mode', ['plan', 'apply', 'export', 'validate', 'targets', 'gather', 'rollback'], 'plan');
    const rollbackTo = readRollbackTarget(read('to'), mode);
    const exportPullRequest = (0,inputs/* oneOf */.yL)(read, 'pull-request', ['true', 'false'], 'false') === 'true';
    if (exportPullRequest && mode !== 'export') {
        throw new inputs/* SettingsError */.GN(`Input pull-request is true with mode: ${mode}; it opens a pull request with the exported files, so only mode: export takes it`);
    }
    let provider = (0,inputs/* oneOf */.yL)(read, 'provider', PROVIDERS, 'genesys');
    const importMode = (0,inputs/* oneOf */.yL)(read, 'import-mode', ['replace', 'append'], 'replace');
    const maxDeletesText = read('max-deletes').trim() || '25%';
    const maxDeletes = (0,guards/* parseDeleteLimit */.gy)(maxDeletesText);
    if (!maxDeletes) {
        throw new inputs/* SettingsError */.GN(`Input max-deletes is "${maxDeletesText}"; use a row count like 10 or a percentage of live rows like 25% (at most 100%)`);
    }
    const maxChangesText = read('max-changes').trim();
    const maxChanges = maxChangesText === '' ? undefined : (0,guards/* parseDeleteLimit */.gy)(maxChangesText);
    if (maxChangesText !== '' && !maxChanges) {
        throw new inputs/* SettingsError */.GN(`Input max-changes is "${maxChangesText}"; use a row count like 10 or a percentage of live rows like 50% (at most 100%)`);
    }
    const delimiter = (0,inputs/* oneOf */.yL)(read, 'delimiter', DELIMITERS, ',');
    const configPath = read('config').trim();
    const file = read('file').trim();
    const table = read('table').trim();
    let tables;
    let configTargets;
    let config;
    if (configPath !== '') {
        if (file !== '' || table !== '') {
            throw new inputs/* SettingsError */.GN('Set either the config input or the file and table inputs, not both: the config file lists the tables');
        }
        let text;
        try {
            text = readConfig(configPath);
        }
        catch (error) {
            if (error instanceof inputs/* SettingsError */.GN)
                throw error;
            throw new inputs/* SettingsError */.GN(`Input config: cannot read "${configPath}" in the workspace`);
        }
        const defaults = { provider, importMode, maxDeletes, maxChanges, delimiter };
        const parsed = parseConfigFile(text, configPath, defaults);
        provider = parsed.provider;
        if (!PROVIDERS.includes(provider)) {
            throw new inputs/* SettingsError */.GN(`${configPath}: provider is "${provider}"; use one of: ${PROVIDERS.join(', ')}`);
        }
        tables = parsed.tables;
        configTargets = parsed.targets;
        config = { path: configPath, defaults };
    }
    else {
        if (file === '') {
            throw new inputs/* SettingsError */.GN('Input file is required (or config): the CSV path or glob, relative to the workspace (e.g. data/holidays.csv)');
        }
        tables = [
            { file, ...(table ? { table } : {}), importMode, maxDeletes, ...(maxChanges ? { maxChanges } : {}), delimiter },
        ];
    }
    const jobTimeoutText = read('job-timeout').trim() || '15m';
    const jobTimeoutMs = (0,inputs/* parseDuration */.E9)(jobTimeoutText);
    if (jobTimeoutMs === undefined || jobTimeoutMs <= 0) {
        throw new inputs/* SettingsError */.GN(`Input job-timeout is "${jobTimeoutText}"; use a duration like 15m, 90s or 1h`);
    }
    const verifyTimeoutText = read('verify-timeout').trim();
    const verifyTimeoutMs = verifyTimeoutText === '' ? undefined : (0,inputs/* parseDuration */.E9)(verifyTimeoutText);
    if (verifyTimeoutText !== '' &&
        (verifyTimeoutMs === undefined || verifyTimeoutMs < 0 || verifyTimeoutMs > 3_600_000)) {
        throw new inputs/* SettingsError */.GN(`Input verify-timeout is "${verifyTimeoutText}"; use a duration up to 1h like 60s or 2m, 0 to read once, or leave it empty`);
    }
    const uploadArtifacts = (0,inputs/* oneOf */.yL)(read, 'upload-artifacts', ['true', 'false'], 'true') === 'true';
    const snapshots = (0,inputs/* oneOf */.yL)(read, 'upload-snapshots', ['auto', 'true', 'false'], 'auto');
    const driftAuthors = (0,inputs/* oneOf */.yL)(read, 'drift-authors', ['auto', 'true', 'false'], 'auto');
    const retention = read('retention-days').trim();
    if (retention !== '' && !/^([1-9]|[1-8][0-9]|90)$/.test(retention)) {
        throw new inputs/* SettingsError */.GN(`Input retention-days is "${retention}"; use a number of days from 1 to 90, or leave it empty`);
    }
    const parallelismText = read('parallelism').trim() || '4';
    if (!/^([1-9]|1[0-6])$/.test(parallelismText)) {
        throw new inputs/* SettingsError */.GN(`Input parallelism is "${parallelismText}"; use a whole number of tables from 1 to 16 (default 4)`);
    }
    const environment = read('environment').trim();
    if (environment !== '' && !/^[A-Za-z0-9][A-Za-z0-9_.-]{0,31}$/.test(environment)) {
        throw new inputs/* SettingsError */.GN(`Input environment is "${environment}"; use a short name of letters, digits, "-", "_" or ".", like prod or eu-test (at most 32 characters)`);
    }
    // Without an environment the identity is as it always was, so existing comments and records are still found.
    const identity = {
        ...(configPath !== '' ? { config: configPath } : { file, table }),
        ...(environment !== '' ? { environment } : {}),
    };
    const warnings = [];
    // The input wins over the config file's `targets:`; neither: a pull request plans what it changes.
    const targetsText = read('targets').trim();
    const { targets, named } = parseTargets(targetsText || configTargets || 'changed', targetsText ? 'Input targets' : `${configPath}: targets`);
    const driftPerRunText = read('drift-tables-per-run').trim();
    const driftTablesPerRun = driftPerRunText === '' || driftPerRunText === 'all' ? undefined : (0,inputs/* positiveInteger */.Cq)(read, 'drift-tables-per-run', 1);
    const driftIntervalText = read('drift-table-interval').trim() || '0';
    const driftTableIntervalMs = (0,inputs/* parseDuration */.E9)(driftIntervalText);
    if (driftTableIntervalMs === undefined) {
        throw new inputs/* SettingsError */.GN(`Input drift-table-interval is "${driftIntervalText}"; use a duration like 12h or 90m, or 0 for no floor`);
    }
    if (driftTablesPerRun !== undefined && (0,inputs/* oneOf */.yL)(read, 'drift-issue', ['true', 'false'], 'false') !== 'true') {
        throw new inputs/* SettingsError */.GN('Input drift-tables-per-run needs drift-issue: true: when each table was last checked is kept in the drift issue');
    }
    const matrix = readMatrix(read, mode);
    if (matrix.group && read('drift-issue').trim() === 'true') {
        throw new inputs/* SettingsError */.GN('Input drift-issue keeps one issue for every table of the configuration: run the drift check without group (one job), not per group');
    }
    // Each vendor reads its own inputs (src/providers/<vendor>/inputs.ts), after the common ones.
    const vendors = readVendorSettings(read, { warnings, group: matrix.group, clients: matrix.clients });
    return {
        targets,
        targetTables: named,
        ...(config ? { config } : {}),
        driftTablesPerRun,
        driftTableIntervalMs,
        warnings,
        mode,
        ...(rollbackTo ? { rollbackTo } : {}),
        exportPullRequest,
        provider: provider,
        tables,
        onDrift: (0,inputs/* oneOf */.yL)(read, 'on-drift', ['fail', 'apply'], 'fail'),
        requireReviewedPlan: (0,inputs/* oneOf */.yL)(read, 'require-reviewed-plan', ['true', 'false'], 'false') === 'true',
        comment: (0,inputs/* oneOf */.yL)(read, 'comment', ['on-change', 'always', 'new', 'never'], 'on-change'),
        driftIssue: (0,inputs/* oneOf */.yL)(read, 'drift-issue', ['true', 'false'], 'false') === 'true',
        driftAuthors: driftAuthors === 'auto' ? undefined : driftAuthors === 'true',
        labels: (0,inputs/* oneOf */.yL)(read, 'labels', ['true', 'false'], 'false') === 'true',
        githubToken: read('github-token').trim(),
        planSigningKey: read('plan-signing-key').trim(),
        uploadArtifacts,
        uploadSnapshots: snapshots === 'auto' ? undefined : snapshots === 'true',
        retentionDays: retention === '' ? undefined : Number(retention),
        jobTimeoutMs,
        verifyTimeoutMs,
        parallelism: Number(parallelismText),
        environment,
        configId: (0,external_node_crypto_.createHash)('sha256').update(JSON.stringify(identity)).digest('hex').slice(0, 12),
        ...matrix,
        ...vendors,
    };
}
/**
 * `targets`: `changed` (a pull request plans what it changes) or `all`, and any table names or CSV paths to plan as
 * well, separated by commas or lines: `changed, Holidays`. Names alone (`Holidays`) plan only those and what changed.
 */
function parseTargets(text, where) {
    const words = text
        .split(/[,\n]/)
        .map((word) => word.trim())
        .filter((word) => word !== '');
    const keywords = words.filter((word) => word === 'all' || word === 'changed');
    if (keywords.length > 1 || words.length === 0) {
        throw new inputs/* SettingsError */.GN(`${where} is "${text}"; use changed (a pull request plans the tables it changes) or all, optionally with table names or CSV paths to plan as well: changed, Holidays`);
    }
    return {
        targets: keywords[0] === 'all' ? 'all' : 'changed',
        named: words.filter((word) => word !== 'all' && word !== 'changed'),
    };
}
/** The job matrix's inputs: `group` (this job's), `groups` (how many to list), `genesys-clients`, `plans` (gather). */
function readMatrix(read, mode) {
    const clients = (0,inputs/* positiveInteger */.Cq)(read, 'genesys-clients', 1);
    if (clients > 16) {
        throw new inputs/* SettingsError */.GN(`Input genesys-clients is "${clients}"; use how many OAuth clients the groups share, 1 to 16`);
    }
    const groups = (0,inputs/* positiveInteger */.Cq)(read, 'groups', clients);
    if (groups > core_groups/* MAX_GROUPS */.om) {
        throw new inputs/* SettingsError */.GN(`Input groups is "${groups}"; use at most ${core_groups/* MAX_GROUPS */.om} (GitHub's limit of jobs per matrix)`);
    }
    const groupText = read('group').trim();
    const group = groupText === '' ? undefined : (0,core_groups/* parseGroup */.hb)(groupText);
    if (groupText !== '' && !group) {
        throw new inputs/* SettingsError */.GN(`Input group is "${groupText}"; use the group a targets step listed, like 2/4 (the second of four): pass \${{ matrix.group }}`);
    }
    if (group && mode !== 'plan' && mode !== 'apply') {
        throw new inputs/* SettingsError */.GN(`Input group is for mode plan or apply (one group of a matrix); mode is ${mode}`);
    }
    const plans = read('plans').trim();
    if (mode === 'gather' && plans === '') {
        throw new inputs/* SettingsError */.GN("Input plans is required with mode: gather: the folder (in the workspace) where the groups' plan artifacts were downloaded");
    }
    return { group, groups, clients, plans };
}

// EXTERNAL MODULE: ./lib/run/context.js
var run_context = __webpack_require__(8402);
// EXTERNAL MODULE: ./lib/core/canonical-json.js
var canonical_json = __webpack_require__(6992);
// EXTERNAL MODULE: ./lib/core/report/markdown.js
var markdown = __webpack_require__(6893);
// EXTERNAL MODULE: ./lib/core/schema-file.js
var schema_file = __webpack_require__(2315);
;// CONCATENATED MODULE: ./lib/core/targets.js
/**
 * Which configured tables a run plans, and why: every one, or, in a pull request, those whose CSV, schema file or
 * config entry it changes, plus any named. Pure: the caller gives the tables, the pull request's changed paths and the
 * config entries at its base; a job matrix can reuse it to list its targets.
 */
/** A reason as words; `show` formats a path (code in markdown, as is in a log). */
function reasonText(reason, show = (text) => text) {
    switch (reason.why) {
        case 'csv':
            return `${show(reason.path)} changed in this pull request`;
        case 'schema-file':
            return `its schema file ${show(reason.path)} changed`;
        case 'config-entry':
            return `its entry in ${show(reason.path)} changed`;
        case 'named':
            return `named by the targets setting`;
        case 'all':
            return reason.path;
    }
}
/**
 * The tables to plan, in config order, each with the reasons it is planned. Anything not known (the pull request's
 * files, the config at its base) plans every table: a table left out must be one the pull request cannot change.
 */
function selectTargets(tables, request) {
    const all = (why) => ({
        targets: tables.map((t) => ({ ...t, reasons: [{ why: 'all', path: why }] })),
        skipped: [],
        allBecause: why,
    });
    if (request.targets === 'all')
        return all('targets is all');
    if (!request.changed)
        return all('this run is not for a pull request');
    if (!request.changed.known)
        return all(request.changed.why);
    // The action's inputs live in the workflow files: one changed (import-mode, max-deletes, the file glob) can change
    // the plan of any table, so every table is planned.
    const workflow = request.changed.paths.find((p) => /(^|\/)\.github\/workflows\//.test(p));
    if (workflow)
        return all(`${workflow} changed in this pull request, and a workflow's inputs can change any table's plan`);
    const changed = changedSet(request.changed.paths);
    const named = new Set(request.named ?? []);
    let baseEntries;
    if (request.config && changed.has(request.config.path)) {
        const base = request.config.baseEntries;
        if (!base.known)
            return all(`${request.config.path} changed, and its version at the base ${base.why}`);
        baseEntries = new Set(base.entries);
    }
    const targets = [];
    const skipped = [];
    for (const table of tables) {
        const reasons = [];
        if (changed.has(table.file))
            reasons.push({ why: 'csv', path: table.file });
        for (const related of table.related ?? []) {
            if (changed.has(related))
                reasons.push({ why: 'schema-file', path: related });
        }
        if (baseEntries && request.config && table.entry !== undefined && !baseEntries.has(table.entry)) {
            reasons.push({ why: 'config-entry', path: request.config.path });
        }
        if (named.has(table.table) || named.has(table.file))
            reasons.push({ why: 'named', path: table.table });
        if (reasons.length > 0)
            targets.push({ ...table, reasons });
        else
            skipped.push(table);
    }
    return { targets, skipped };
}
/**
 * The changed paths, as GitHub gives them (from the repository's root), matched against paths in the workspace: a
 * checkout in a folder of the workspace (`actions/checkout` with `path:`) has them under that folder, so a workspace
 * path matches when it ends with a changed path, and a workspace in a folder of the repository when a changed path
 * ends with it. Matching more than exactly can only plan more tables, never fewer.
 */
function changedSet(paths) {
    const exact = new Set(paths);
    // A workspace that is a folder of the repository: a changed path ends with the workspace path.
    const endings = new Set();
    for (const changed of paths) {
        for (let at = changed.indexOf('/'); at >= 0; at = changed.indexOf('/', at + 1))
            endings.add(changed.slice(at + 1));
    }
    return {
        has: (path) => {
            if (exact.has(path) || endings.has(path))
                return true;
            for (let at = path.indexOf('/'); at >= 0; at = path.indexOf('/', at + 1)) {
                if (exact.has(path.slice(at + 1)))
                    return true;
            }
            return false;
        },
    };
}
/** The names given that match no configured table (by name or CSV path): a mistake the user should hear of. */
function unknownNames(tables, named) {
    return named.filter((name) => !tables.some((t) => t.table === name || t.file === name));
}
/**
 * One sentence for the report: which tables were planned and why the others were not.
 * "Planned 1 of 100 tables: tables/Holidays.csv changed in this pull request; the other 99 were not read ..."
 */
function describeSelection(selection, total, 
/** How a path or name is shown: markdown code for a report, as is for a log. */
show = (text) => text) {
    const tables = (n) => `${n} table${n === 1 ? '' : 's'}`;
    if (selection.allBecause) {
        return `Planned every table (${tables(total)}): ${selection.allBecause}.`;
    }
    const why = (t) => t.reasons.map((r) => reasonText(r, show)).join('; ');
    const shown = selection.targets.slice(0, 10).map((t) => `${show(t.table)} (${why(t)})`);
    const more = selection.targets.length > shown.length ? `, and ${selection.targets.length - shown.length} more` : '';
    const planned = selection.targets.length === 1
        ? `: ${show(selection.targets[0].table)} (${why(selection.targets[0])})`
        : selection.targets.length > 0
            ? `: ${shown.join(', ')}${more}`
            : '';
    const others = selection.skipped.length;
    const rest = others === 0
        ? ''
        : selection.targets.length === 0
            ? `; none of their CSV files, schema files or config entries changed in this pull request, so none was read`
            : `; the other ${others} ${others === 1 ? 'was' : 'were'} not read (none of their CSV files, schema files or config entries changed in this pull request)`;
    return `Planned ${selection.targets.length} of ${tables(total)}${planned}${rest}. The apply plans every table, and refuses a table this plan did not show that it would change.`;
}

;// CONCATENATED MODULE: ./lib/inputs/git-diff.js
const SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/;
/**
 * The paths changed between the merge base of `base` and `head` (what a pull request changes), relative to
 * `workspace`, by the checkout's own git, when both commits are there (a checkout with its history); undefined
 * otherwise (a shallow checkout, no git), and the caller asks GitHub. Renames count by both names.
 */
function gitChangedPaths(workspace, base, head) {
    if (!SHA.test(base) || !SHA.test(head))
        return Promise.resolve(undefined);
    return new Promise((resolve) => {
        // Loaded when git is first asked, not at start: most runs never ask it (a faster start).
        process
            .getBuiltinModule('node:child_process')
            .execFile('git', [
            '-c',
            'core.quotePath=false',
            'diff',
            '--name-only',
            '-z',
            '--no-renames',
            '--no-ext-diff',
            '--no-textconv',
            '--relative',
            `${base}...${head}`,
        ], { cwd: workspace, timeout: 60_000, maxBuffer: 256 * 1024 * 1024, encoding: 'utf8' }, (error, stdout) => resolve(error ? undefined : stdout.split('\0').filter((p) => p !== '')));
    });
}

// EXTERNAL MODULE: ./lib/runner.js
var runner = __webpack_require__(869);
;// CONCATENATED MODULE: ./lib/run/targets.js









/** A configured file as the target selection sees it. */
function targetTable(file) {
    return {
        table: file.table,
        file: file.relativePath,
        related: (0,schema_file/* schemaFileCandidates */.AU)(file.relativePath),
        ...(file.entry ? { entry: (0,canonical_json/* canonicalJson */.d)(file.entry) } : {}),
    };
}
/**
 * What a plan reads: in a pull request with `targets: changed`, the tables whose CSV, schema file or config entry it
 * changes (GitHub's list of its files) and those named; otherwise every table. A list GitHub could not give whole
 * plans every table, saying why. Only a plan is narrowed: an apply reads every table it may import.
 */
async function chooseFiles(settings, event, pullRequests, files, 
/** The checkout: its git history, when there, lists the changed paths without asking GitHub. */
workspace) {
    const tables = files.map(targetTable);
    const unknown = unknownNames(tables, settings.targetTables);
    if (unknown.length > 0) {
        throw new settings_error/* SettingsError */.G(`targets names ${unknown.map((n) => `"${n}"`).join(', ')}, which no configured table has (by table name or CSV path); configured: ${tables
            .slice(0, 20)
            .map((t) => t.table)
            .join(', ')}${tables.length > 20 ? ', ...' : ''}`);
    }
    const request = { targets: settings.targets, named: settings.targetTables };
    const pullRequest = settings.mode === 'plan' ? event.pullRequest : undefined;
    if (pullRequest && settings.targets === 'changed') {
        const fromGit = workspace ? await gitChangedPaths(workspace, pullRequest.baseSha, pullRequest.headSha) : undefined;
        request.changed = fromGit ? { known: true, paths: fromGit } : await changedPaths(pullRequests, pullRequest.number);
        if (settings.config && request.changed.known && request.changed.paths.includes(settings.config.path)) {
            request.config = {
                path: settings.config.path,
                baseEntries: await baseEntries(pullRequests, settings.config, pullRequest.baseSha),
            };
        }
    }
    const selection = selectTargets(tables, request);
    const chosen = new Set(selection.targets.map((t) => t.table));
    return {
        files: files.filter((file) => chosen.has(file.table)),
        notRead: selection.skipped.length,
        notice: describeSelection(selection, tables.length, markdown/* codeOrText */.Qg),
        log: describeSelection(selection, tables.length),
        tell: request.changed !== undefined || selection.skipped.length > 0,
    };
}
/** The pull request's changed paths, or why they are not known (every table is then planned). */
async function changedPaths(pullRequests, number) {
    if (!pullRequests?.changedFiles) {
        return { known: false, why: "the pull request's changed files cannot be read without a github-token" };
    }
    try {
        const listed = await pullRequests.changedFiles(number);
        if (!listed.complete) {
            return {
                known: false,
                why: 'GitHub lists at most 3,000 files of a pull request and this one reaches that limit, so its list may be cut short',
            };
        }
        return { known: true, paths: listed.paths };
    }
    catch (error) {
        return {
            known: false,
            why: `the pull request's changed files could not be read (${(0,markdown/* escapeMarkdown */.FV)((0,runner/* describeRemoteError */.Md)(error))})`,
        };
    }
}
/** The config file's entries at the pull request's base, canonical, to tell which entries it changes. */
async function baseEntries(pullRequests, config, baseSha) {
    let text;
    try {
        text = await pullRequests?.fileAt(config.path, baseSha);
    }
    catch (error) {
        return { known: false, why: `could not be read (${(0,markdown/* escapeMarkdown */.FV)((0,runner/* describeRemoteError */.Md)(error))})` };
    }
    if (text === undefined)
        return { known: false, why: 'does not exist' };
    try {
        return { known: true, entries: parseConfigFile(text, config.path, config.defaults).tables.map(canonical_json/* canonicalJson */.d) };
    }
    catch (error) {
        if (!(error instanceof settings_error/* SettingsError */.G))
            throw error;
        return { known: false, why: 'is not a valid config file' };
    }
}
/** The tables of this job's group (all of them without one): the same split in every job of the matrix. */
function filesOfGroup(files, group) {
    return group ? (0,core_groups/* itemsOfGroup */.hC)(files, group) : [...files];
}

;// CONCATENATED MODULE: ./lib/run/main.js












/**
 * The user's day: read settings, choose the files, make the vendor's provider and begin its login; then tables.ts
 * plans every table and reports, and in apply mode imports each changed table and reports.
 */
async function run(runner) {
    let settings;
    let files;
    const clock = runner.clock ?? core_clock/* realClock */.d;
    // Every file the run reads or writes goes through this gate.
    const gate = new PathGate(runner.workspace());
    try {
        // The YAML library is loaded only for a run that reads YAML (a config file here, schema files below).
        if (runner.input('config').trim() !== '')
            await (0,yaml/* loadYaml */.y)();
        settings = readSettings(runner.input, (file) => gate.readText(file, 'config'));
        files = settings.mode === 'gather' ? [] : await findDataFiles(gate, settings.tables, settings.mode === 'export');
        if ((0,schema_files/* hasYamlSchemas */.SG)(gate, files))
            await (0,yaml/* loadYaml */.y)();
    }
    catch (error) {
        if (error instanceof inputs/* SettingsError */.GN)
            return runner.fail((0,inputs/* inTermsOf */.KI)(error.message, runner.terms), 'settings');
        throw error;
    }
    // One job of a matrix: only its group's tables (the same split in every job: matrix.ts).
    files = filesOfGroup(files, settings.group);
    runner.mask(settings.githubToken);
    runner.mask(settings.planSigningKey);
    for (const warning of settings.warnings)
        runner.warning(warning);
    const event = runner.event();
    const pullRequests = settings.githubToken && event.owner ? runner.pullRequests?.(settings.githubToken, event) : undefined;
    // What this plan reads: in a pull request, by default, only the tables it changes (an apply reads every table). A
    // group of a job matrix plans all of its tables: the gathered plan line records no tables left unread.
    let chosen;
    if (settings.mode === 'plan' && !settings.group) {
        try {
            chosen = await chooseFiles(settings, event, pullRequests, files, gate.workspace);
        }
        catch (error) {
            if (error instanceof inputs/* SettingsError */.GN)
                return runner.fail((0,inputs/* inTermsOf */.KI)(error.message, runner.terms), 'settings');
            throw error;
        }
        if (chosen.tell)
            runner.info(chosen.log);
        files = chosen.files;
    }
    // A drift check spread over runs reads the tables checked longest ago (their record is in the drift issue).
    let rotation;
    if (settings.driftTablesPerRun !== undefined && (0,run_context/* isDriftCheck */.Ub)(settings, event)) {
        const { chooseDriftFiles } = await Promise.all(/* import() */[__webpack_require__.e(789), __webpack_require__.e(920), __webpack_require__.e(273), __webpack_require__.e(794), __webpack_require__.e(137)]).then(__webpack_require__.bind(__webpack_require__, 5137));
        const picked = await chooseDriftFiles(settings, pullRequests, files, clock.now());
        runner.info(picked.notice);
        files = picked.files;
        rotation = picked;
    }
    // A fresh, private folder for this run: successive runs (and applies) never share one.
    const run = gate.runFolder(external_node_path_.join(runner.tempDir(), `datatable-sync-${settings.configId}-`));
    // Offline, without credentials: nothing in validate needs the vendor.
    if (settings.mode === 'validate') {
        const { validateFiles } = await Promise.all(/* import() */[__webpack_require__.e(789), __webpack_require__.e(920), __webpack_require__.e(273), __webpack_require__.e(711)]).then(__webpack_require__.bind(__webpack_require__, 3711));
        return validateFiles({ runner, settings, event, pullRequests, files: gate, run }, files);
    }
    // The matrix's first and last steps need no vendor: they list the groups, and gather their plans.
    if (settings.mode === 'rollback') {
        const { rollBack } = await Promise.all(/* import() */[__webpack_require__.e(789), __webpack_require__.e(920), __webpack_require__.e(273), __webpack_require__.e(794), __webpack_require__.e(833)]).then(__webpack_require__.bind(__webpack_require__, 4833));
        return rollBack({ runner, settings, event, pullRequests, files: gate, run }, files);
    }
    if (settings.mode === 'targets') {
        const { listTargets } = await Promise.all(/* import() */[__webpack_require__.e(789), __webpack_require__.e(920), __webpack_require__.e(273), __webpack_require__.e(794), __webpack_require__.e(400)]).then(__webpack_require__.bind(__webpack_require__, 4400));
        return listTargets({ runner, settings, event, pullRequests, files: gate, run }, files);
    }
    if (settings.mode === 'gather') {
        const { gatherPlans } = await Promise.all(/* import() */[__webpack_require__.e(789), __webpack_require__.e(920), __webpack_require__.e(273), __webpack_require__.e(794), __webpack_require__.e(400)]).then(__webpack_require__.bind(__webpack_require__, 4400));
        try {
            return await gatherPlans({ runner, settings, event, pullRequests, files: gate, run });
        }
        catch (error) {
            if (error instanceof inputs/* SettingsError */.GN)
                return runner.fail((0,inputs/* inTermsOf */.KI)(error.message, runner.terms), 'settings');
            throw error;
        }
    }
    const missing = missingInputs(settings, runner.terms);
    const offline = missing !== undefined;
    if (missing && (settings.mode !== 'plan' || !event.pullRequest))
        return runner.fail(missing, 'missing-inputs');
    const http = new providers_http/* HttpClient */.Qq({
        clock,
        ...(runner.proxyEnv ? { proxyEnv: runner.proxyEnv } : {}),
        // A vendor's 429 asking for a longer wait than an import may take stops the run at once, saying so.
        longestWaitMs: settings.jobTimeoutMs,
        onSecret: runner.mask,
        onPace: ({ origin, waitMs, why }) => runner.info(`Waiting ${(waitMs / 1000).toFixed(1)} s before the next request to ${origin}: ${why}`),
        onResponse: ({ method, url, status, ms, correlationId }) => runner.debug(`HTTP ${method} ${url} -> ${status} in ${ms} ms${correlationId ? ` (correlation id ${correlationId})` : ''}`),
        onRetry: ({ reason, waitMs, url }) => runner.info(`${reason} from ${url}; retrying in ${(waitMs / 1000).toFixed(1)} s`),
    });
    const context = {
        runner,
        settings,
        event,
        pullRequests,
        files: gate,
        run,
        ...(rotation?.rotation ? { driftRotation: rotation.rotation } : {}),
    };
    try {
        // Reading a table starts with the vendor's login: begun as the provider is made, the code that plans and applies
        // (and the vendor's own adapter) loads while it is answered.
        const provider = offline
            ? undefined
            : await createProvider(settings, http, { log: runner.info, rowsFolder: run.path, login: files.length > 0 });
        if (settings.mode === 'export' && provider) {
            const { exportTables } = await Promise.all(/* import() */[__webpack_require__.e(789), __webpack_require__.e(920), __webpack_require__.e(923)]).then(__webpack_require__.bind(__webpack_require__, 3923));
            return await exportTables(context, provider, files);
        }
        const { runTables } = await Promise.all(/* import() */[__webpack_require__.e(789), __webpack_require__.e(920), __webpack_require__.e(273), __webpack_require__.e(794), __webpack_require__.e(400), __webpack_require__.e(4)]).then(__webpack_require__.bind(__webpack_require__, 7004));
        await runTables(context, provider, files, { offline, chosen, rotation });
    }
    finally {
        await http.close();
    }
}

;// CONCATENATED MODULE: ./lib/cli/action-inputs.js
// Generated from action.yml, package.json and src/providers by scripts/action-docs.ts (npm run bundle): do not edit.
/** Every input of the action, with its default and what it is: the command line takes each as a flag. */
const ACTION_INPUTS = {
    "mode": { default: "plan", description: "plan (diff the CSV against the live table), apply (plan, then run the import job), export (write the live table to the CSV file and its schema to <name>.schema.json beside it; outputs then only changed=false and import-jobs=[]), validate (check the files offline, without credentials, against their .schema.json), targets (list the table groups of a job matrix as the matrix output, reading no table), gather (one comment and plan hash from the groups' plans: see plans) or rollback (open a pull request that writes the files as they were at an earlier commit: see to)." },
    "provider": { default: "genesys", description: "genesys, talkdesk, dengage or learningbuilder." },
    "to": { default: "", description: "mode rollback: the commit sha to roll the data files back to (of this branch's history), or applies-back:N for the files as they were before the last N applies (counted from the merged pull requests whose plan comment says applied)." },
    "pull-request": { default: "false", description: "mode export, true: after writing the files, open a pull request with the exported files and their schema files (the live values adopted into git) into the branch the run is on, as mode rollback opens its own (permissions contents: write and pull-requests: write; see pull-request-url)." },
    "environment": { default: "", description: "The vendor org this run is for, e.g. dev or prod, when one repository feeds several: each gets its own pull request comment (headed with its name), artifacts and apply records, so a matrix over environments never overwrites one with another." },
    "config": { default: "", description: "YAML file listing many tables (defaults at the top, then tables with file, table, import-mode, max-deletes); replaces file and table." },
    "file": { default: "", description: "CSV path or glob, relative to the workspace." },
    "table": { default: "", description: "Table name (exact, case-sensitive) or id." },
    "import-mode": { default: "replace", description: "replace (the table becomes the file) or append (add and update, never delete)." },
    "delimiter": { default: ",", description: "The CSV files' field separator: , (default) or ; (as Excel saves CSV where the decimal separator is a comma)." },
    "max-deletes": { default: "25%", description: "Most rows a plan may delete: a count, or a percentage of live rows (rounded down)." },
    "max-changes": { default: "100%", description: "Most live rows a plan may change: a count, or a percentage of live rows (rounded down)." },
    "on-drift": { default: "fail", description: "Apply when the live table changed since the reviewed plan: fail or apply." },
    "require-reviewed-plan": { default: "false", description: "true: refuse an apply when no reviewed plan exists at all (a direct push, a tag)." },
    "plan-signing-key": { default: "", description: "A secret only this configuration's workflows hold (e.g. secrets.DATATABLE_PLAN_KEY): the plan line of the comment, which holds a digest of the comment's whole text, is signed with it (HMAC-SHA256), and the apply trusts only a signed one." },
    "comment": { default: "on-change", description: "Pull request comment: on-change (the plan when it changes something, a short record of a plan that changes nothing, the record the apply checks), always (the whole plan every time), new (a new comment on every run, the older ones hidden as outdated, for a history), or never (then the apply cannot check what was reviewed)." },
    "drift-issue": { default: "false", description: "true: a plan outside a pull request (a schedule) keeps one issue listing the tables and cells that differ from git: opened on the first drift, updated on later runs, closed with a comment when the tables match the files again (permission issues: write)." },
    "drift-authors": { default: "auto", description: "On a drift check: name who changed each drifted row and when, from the vendor's audit log (Genesys: permission audits:audit:view), in the summary and the drift issue: auto (only in a private repository: names of people are personal data), true or false." },
    "labels": { default: "false", description: "true: a plan in a pull request labels it with what it does, one label at a time: \"datatables: no changes\", \"datatables: changes\", \"datatables: deletes\" or \"datatables: blocked\" (created with their colours when missing; permission pull-requests: write), so a team can filter the review queue and protect reviews." },
    "upload-artifacts": { default: "true", description: "Upload the plan (plan.json, plan.md) and the rejected rows as the artifact datatable-plan-<id>: true or false." },
    "upload-snapshots": { default: "auto", description: "Upload the snapshot taken before each import (a full copy of the table) as the artifact datatable-snapshot-<id>: auto (only when the repository is private), true or false." },
    "retention-days": { default: "", description: "Days to keep the artifacts, 1 to 90." },
    "github-token": { default: "", description: "For the pull request comment (permission pull-requests: write), finding the reviewed plan of a merged pull request and the token's own identity (pull-requests: read), reading a fork's base files (contents: read)." },
    "genesys-region": { default: "mypurecloud.com", description: "The org's region domain, e.g. mypurecloud.com, euw2.pure.cloud, mypurecloud.de." },
    "genesys-client-id": { default: "", description: "OAuth client id (Client Credentials grant)." },
    "genesys-client-secret": { default: "", description: "OAuth client secret." },
    "genesys-max-rows": { default: "5000", description: "The org's row limit per data table (Genesys' default is 5000; Genesys support can raise it)." },
    "genesys-max-key-length": { default: "256", description: "The org's longest key, in characters (Genesys' default is 256)." },
    "genesys-rate-limit": { default: "300", description: "Requests a minute the OAuth client may make (Genesys' default is 300, raised only by Genesys support), or N/duration such as 600/2m." },
    "genesys-api-url": { default: "", description: "Override the API host (proxy, local emulator)." },
    "genesys-login-url": { default: "", description: "Override the login host." },
    "job-timeout": { default: "15m", description: "Longest wait for an import or export job, e.g. 15m, 90s, 1h; also the longest a vendor's 429 (Retry-After) is waited out." },
    "verify-timeout": { default: "", description: "Longest an applied table is read again until it reads as the import left it (reads can lag behind writes), e.g. 60s or 2m; 0 reads once." },
    "group": { default: "", description: "One group of a job matrix, as a targets step listed it (2/4: the second of four): pass ${{ matrix.group }}." },
    "groups": { default: "", description: "mode targets: how many groups to split the tables into (at most 256, GitHub's jobs per matrix, and at most one per table)." },
    "genesys-clients": { default: "1", description: "How many OAuth clients of the org the groups of a matrix share (1 to 16): group N uses client ((N-1) mod clients)+1, the matrix's client value, which the workflow maps to its secrets." },
    "plans": { default: "", description: "mode gather: the workspace folder where the plan jobs' datatable-group-* artifacts were downloaded." },
    "parallelism": { default: "4", description: "Tables planned, and then applied, at the same time: 1 to 16." },
    "targets": { default: "", description: "What a plan in a pull request reads: changed (the tables whose CSV, schema file or config entry the pull request changes, from GitHub's list of its files; every table when that list cannot be read or may be cut short) or all." },
    "drift-tables-per-run": { default: "", description: "A drift check (a scheduled plan, or drift-issue: true) reads this many tables, those checked longest ago (times kept in the drift issue's hidden marker: needs drift-issue: true); all or empty: every table." },
    "drift-table-interval": { default: "0", description: "A drift check reads a table again no sooner than this after its last check (e.g. 12h or 24h); 0: no floor." },
    "talkdesk-account": { default: "", description: "Talkdesk: the <account> of <account>.talkdeskid.com, where the token comes from (provider: talkdesk; table: the record list id)." },
    "talkdesk-region": { default: "us", description: "Talkdesk: the account's region, which names its login and API hosts: us (talkdeskid.com, api.talkdeskapp.com), eu (talkdeskid.eu, api.talkdeskapp.eu), ca (talkdeskidca.com, api.talkdeskappca.com) or au (talkdeskid.au; set talkdesk-api-url too)." },
    "talkdesk-client-id": { default: "", description: "Talkdesk: OAuth client id (Client Credentials, scope record-lists:manage)." },
    "talkdesk-client-secret": { default: "", description: "Talkdesk: OAuth client secret." },
    "talkdesk-api-url": { default: "", description: "Talkdesk: override the API host (default: the region's, e.g. https://api.talkdeskapp.com)." },
    "talkdesk-login-url": { default: "", description: "Talkdesk: override the login host (default: https://<account>.<the region's login domain>)." },
    "dengage-api-url": { default: "", description: "D·engage: your account's region host, e.g. https://eu-api.dengage.com (tr-api, us-api, eu-api, ru-api, sa-api; provider: dengage; table: the Data Space table name)." },
    "dengage-user-key": { default: "", description: "D·engage: the API user's key (the login's userkey)." },
    "dengage-username": { default: "", description: "Deprecated: the old name of dengage-user-key (still read, with a warning)." },
    "dengage-password": { default: "", description: "D·engage: the API user's password." },
    "learningbuilder-url": { default: "", description: "LearningBuilder: the base URL of your site (provider: learningbuilder)." },
    "learningbuilder-api-key": { default: "", description: "LearningBuilder: an API key with the BeginWorkflowImportProcess permission (sent with the apikey scheme)." },
    "learningbuilder-import-process-id": { default: "", description: "LearningBuilder: the numeric id of the Workflow Import Queue file type the rows go to." },
    "learningbuilder-creation-path": { default: "DATATABLE_SYNC", description: "LearningBuilder: 1-15 of A-Z, 0-9 and _, naming this integration on each batch (stored as IMPORT_QUEUE_API:<path>)." },
    "learningbuilder-success-email": { default: "", description: "LearningBuilder: an address to tell when a batch succeeds (optional)." },
    "learningbuilder-failure-email": { default: "", description: "LearningBuilder: an address to tell when records of a batch fail (optional)." },
};
const VERSION = "1.0.0";
/** Each vendor (`provider`) and its title: its inputs start with `<vendor>-`, and the help lists them under it. */
const VENDOR_TITLES = [["genesys", "Genesys Cloud"], ["learningbuilder", "LearningBuilder"], ["talkdesk", "Talkdesk"], ["dengage", "D·engage"]];

;// CONCATENATED MODULE: ./lib/cli/args.js

const COMMANDS = ['plan', 'apply', 'export', 'validate', 'rollback'];
/**
 * Inputs that carry credentials: from the environment only, never a flag (shell history, `ps`). A user name counts:
 * D·engage's (`dengage-username`, the old name of `dengage-user-key`) is the login's key.
 */
function isCredential(name) {
    return /(secret|password|key|token|username)$/.test(name);
}
/**
 * Inputs for a run on GitHub only: the command line posts no comment, uploads no artifact, and its approval is the
 * person at the terminal, not a reviewed pull request. Not flags; `mode` is the command.
 */
const GITHUB_ONLY = new Set([
    'mode',
    'comment',
    'github-token',
    'upload-artifacts',
    'upload-snapshots',
    'retention-days',
    'drift-issue',
    'drift-authors',
    'labels',
    'require-reviewed-plan',
    'on-drift',
    'plan-signing-key',
]);
/** The inputs the command line takes, as flags or environment variables. */
const CLI_INPUTS = Object.keys(ACTION_INPUTS).filter((name) => !GITHUB_ONLY.has(name));
/** `genesys-client-secret` -> `DATATABLE_SYNC_GENESYS_CLIENT_SECRET`. */
function environmentName(input) {
    return `DATATABLE_SYNC_${input.toUpperCase().replace(/-/g, '_')}`;
}
/** Flags of the command line itself, by the commands that take them. */
const OWN_FLAGS = {
    'auto-approve': {
        commands: ['apply'],
        text: 'apply without asking (needed when there is no terminal to ask at: CI, scripts)',
    },
    force: { commands: ['export', 'rollback'], text: 'overwrite files that have changes not committed to git' },
    verbose: { commands: COMMANDS, text: 'also print debug lines (every HTTP call)' },
    'no-color': { commands: COMMANDS, text: 'no colour, even on a terminal (as NO_COLOR does)' },
    help: { commands: COMMANDS, text: 'this help' },
};
class UsageError extends Error {
}
/** Edit distance, for "did you mean": short strings only. */
function distance(a, b) {
    let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        }
        previous = current;
    }
    return previous[b.length];
}
/** The closest of `known` to a mistyped `word`, when close enough to be a likely typo. */
function suggest(word, known) {
    let best;
    for (const name of known) {
        // A name of two or three letters (--to) is in too many words to be the one meant by containing it.
        const score = name.includes(word) || (name.length > 3 && word.includes(name)) ? 1 : distance(word, name);
        if (score <= Math.max(2, Math.floor(name.length / 3)) && (!best || score < best.score))
            best = { name, score };
    }
    return best?.name;
}
const EXIT_CODES = 'Exit codes: 0 done, no changes; 2 the plan has changes (plan only); 1 an error, or invalid rows.';
function usage() {
    return `datatable-sync ${VERSION}: plan and apply contact-center data tables kept as CSV files.

Usage: datatable-sync <command> [files...] [flags]

Commands:
  plan       compare the files with the live tables and print the plan
  apply      plan, show it, ask, then import the changed tables
  export     write the live tables (and their .schema.json) into the files
  validate   check the files offline against their .schema.json (no credentials)
  rollback   write the files as they were at an earlier commit (--to <sha>), to commit and review
  help       this help, or a command's: datatable-sync help plan

${EXIT_CODES}
In a folder holding datatables.yml, its tables and settings are used, as CI uses them (--config names another file);
the first line of each run says which settings it used.
Every flag is also an environment variable (--genesys-region: DATATABLE_SYNC_GENESYS_REGION). Credentials come from the
environment only: DATATABLE_SYNC_GENESYS_CLIENT_ID, DATATABLE_SYNC_GENESYS_CLIENT_SECRET, and so on.
Run datatable-sync <command> --help for every flag.`;
}
const COMMAND_TEXT = {
    plan: 'Compares each file with its live table, key by key and cell by cell, and prints the plan. Nothing is changed.',
    apply: 'Plans, prints the plan, and asks before importing the changed tables: only "yes" goes on. Without a terminal (CI, a script), --auto-approve is needed. The snapshot of each table before its import is kept, and its path printed.',
    export: 'Writes each live table into its file, and its schema beside it (<name>.schema.json), to adopt a table into git. A file with changes not committed to git is not overwritten unless --force.',
    validate: 'Checks each file offline, without credentials: structure and keys, and every cell against the .schema.json beside it when there is one.',
    rollback: 'Writes each data file as it was at an earlier commit of this branch (--to <sha>), byte for byte, and touches no table: commit the files in a pull request, whose plan shows what the rollback changes. A file with changes not committed to git is not overwritten unless --force. (applies-back:N needs GitHub: the rollback workflow.)',
};
/** Text wrapped to `width` columns, each line indented. */
function wrap(text, indent, width = 100) {
    const lines = [];
    let line = '';
    for (const word of text.split(' ')) {
        if (line !== '' && indent.length + line.length + 1 + word.length > width) {
            lines.push(`${indent}${line}`);
            line = word;
        }
        else
            line = line === '' ? word : `${line} ${word}`;
    }
    if (line !== '')
        lines.push(`${indent}${line}`);
    return lines;
}
/** Each vendor's flags (`<vendor>-...`) and its title, in its own section of the help. */
const VENDOR_FLAGS = VENDOR_TITLES.map(([vendor, title]) => [`${vendor}-`, title]);
/** Help for one command: every flag with its environment variable and default, credentials apart, exit codes. */
function commandHelp(command) {
    const flags = CLI_INPUTS.filter((name) => !isCredential(name));
    const credentials = CLI_INPUTS.filter(isCredential);
    const lines = [
        `Usage: datatable-sync ${command} [files...] [flags]`,
        '',
        ...wrap(COMMAND_TEXT[command], ''),
        '',
        command === 'plan' ? EXIT_CODES : 'Exit codes: 0 done; 1 an error, invalid rows, or nothing applied.',
        '',
        'A file named without a flag is a --file. Every flag is also an environment variable, shown as env.',
    ];
    const describe = (name) => {
        const input = ACTION_INPUTS[name];
        const fallback = input.default === '' ? '' : ` Default: ${input.default}.`;
        return [`  --${name} <value>`, ...wrap(`${input.description}${fallback} env: ${environmentName(name)}`, '      ')];
    };
    const vendorOf = (name) => VENDOR_FLAGS.find(([prefix]) => name.startsWith(prefix));
    lines.push('', 'Flags:');
    for (const name of flags.filter((n) => !vendorOf(n)))
        lines.push(...describe(name));
    for (const [name, own] of Object.entries(OWN_FLAGS)) {
        if (own.commands.includes(command))
            lines.push(`  --${name}`, ...wrap(own.text, '      '));
    }
    for (const [prefix, vendor] of VENDOR_FLAGS) {
        lines.push('', `${vendor} (--provider ${prefix.slice(0, -1)}):`);
        for (const name of flags.filter((n) => n.startsWith(prefix)))
            lines.push(...describe(name));
    }
    lines.push('', 'Credentials, from the environment only (never a flag: shell history and ps show those):');
    for (const name of credentials) {
        lines.push(`  ${environmentName(name)}`, ...wrap(ACTION_INPUTS[name].description, '      '));
    }
    return lines.join('\n');
}
/** Reads the command line and the environment into the action's inputs; a UsageError says what is wrong. */
function parseInvocation(argv, env) {
    const [first, ...rest] = argv;
    if (first === '--version' || first === '-v' || first === '-V' || first === 'version')
        return { version: VERSION };
    if (first === undefined || first === '--help' || first === '-h')
        return { help: usage() };
    if (first === 'help') {
        const topic = rest[0];
        if (topic === undefined)
            return { help: usage() };
        if (!COMMANDS.includes(topic))
            throw new UsageError(unknownCommand(topic));
        return { help: commandHelp(topic) };
    }
    if (!COMMANDS.includes(first))
        throw new UsageError(unknownCommand(first));
    const command = first;
    if (rest.includes('--help') || rest.includes('-h'))
        return { help: commandHelp(command) };
    const inputs = {};
    for (const [name, input] of Object.entries(ACTION_INPUTS)) {
        inputs[name] = (CLI_INPUTS.includes(name) ? env[environmentName(name)] : undefined) ?? input.default;
    }
    // No artifacts, no comments, no reviewed plan: there is no GitHub here.
    inputs['upload-artifacts'] = 'false';
    inputs.comment = 'never';
    inputs['github-token'] = '';
    const invocation = {
        command,
        files: [],
        inputs,
        verbose: false,
        autoApprove: false,
        force: false,
        // no-color.org: only a NO_COLOR that is set and not empty turns colour off.
        color: !env.NO_COLOR,
    };
    for (let i = 0; i < rest.length; i++) {
        const arg = rest[i];
        if (!arg.startsWith('-') || arg === '-') {
            invocation.files.push(arg);
            continue;
        }
        const [flag, inline] = arg.replace(/^--?/, '').split(/=(.*)/s, 2);
        const own = OWN_FLAGS[flag];
        if (own) {
            if (!own.commands.includes(command))
                throw new UsageError(`--${flag} is for ${own.commands.join(', ')}, not ${command}`);
            if (flag === 'auto-approve')
                invocation.autoApprove = true;
            if (flag === 'force')
                invocation.force = true;
            if (flag === 'verbose')
                invocation.verbose = true;
            if (flag === 'no-color')
                invocation.color = false;
            continue;
        }
        if (!CLI_INPUTS.includes(flag)) {
            if (flag in ACTION_INPUTS) {
                throw new UsageError(flag === 'mode'
                    ? `--mode is the command on the command line: datatable-sync ${inline ?? rest[i + 1] ?? 'plan'} ...`
                    : `--${flag} is for the GitHub Action only: the command line posts no comment, uploads nothing, and asks before an apply`);
            }
            const near = suggest(flag, [...CLI_INPUTS, ...Object.keys(OWN_FLAGS)]);
            throw new UsageError(`unknown flag --${flag}${near ? `; did you mean --${near}?` : ''} (datatable-sync ${command} --help lists every flag)`);
        }
        if (isCredential(flag)) {
            throw new UsageError(`--${flag} is a credential: set it in the environment as ${environmentName(flag)}, never on the command line (shell history, ps)`);
        }
        const value = inline ?? rest[++i];
        if (value === undefined)
            throw new UsageError(`--${flag} needs a value`);
        inputs[flag] = value;
    }
    inputs.mode = command;
    return invocation;
}
function unknownCommand(word) {
    const near = suggest(word, [...COMMANDS, 'help']);
    return `unknown command "${word}"${near ? `; did you mean "${near}"?` : ''} Commands: ${COMMANDS.join(', ')}, help`;
}

;// CONCATENATED MODULE: ./lib/cli/local-settings.js





/** The config file a folder's plans read on GitHub (examples/config/), found by name where the command runs. */
const LOCAL_CONFIG_NAMES = ['datatables.yml', 'datatables.yaml'];
/**
 * The settings a laptop plan uses, the same as CI's: the config file named (--config) or, without one, the
 * datatables.yml of the folder where the command runs. With no file named, the whole config is run; each file named
 * is run with the settings of the config entry that covers it (table, import-mode, max-deletes, delimiter, provider),
 * or with the flags and defaults when no entry does, and its first line says which.
 */
function localRuns(inputs, files, cwd) {
    const named = [...files, ...(inputs.file?.trim() ? [inputs.file.trim()] : [])];
    const configName = inputs.config?.trim() || LOCAL_CONFIG_NAMES.find((name) => (0,external_node_fs_.existsSync)(external_node_path_.join(cwd, name))) || undefined;
    const fromFlags = `flags, environment and defaults${inputs.config?.trim() ? '' : ` (no ${LOCAL_CONFIG_NAMES[0]} in ${cwd})`}`;
    if (configName === undefined) {
        const describe = `provider ${inputs.provider}, import-mode ${inputs['import-mode']}, max-deletes ${inputs['max-deletes']}`;
        if (named.length === 0)
            return [{ inputs: {}, settingsLine: `Settings: ${fromFlags}: ${describe}.` }];
        return named.map((file) => ({
            inputs: { file },
            settingsLine: `Settings for ${file}: ${fromFlags}: ${describe}.`,
        }));
    }
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(external_node_path_.resolve(cwd, configName), 'utf8');
    }
    catch {
        throw new settings_error/* SettingsError */.G(`--config: cannot read "${configName}" in ${cwd}`);
    }
    const config = parseConfigFile(text, configName, {
        provider: inputs.provider ?? 'genesys',
        importMode: (inputs['import-mode'] ?? 'replace'),
        maxDeletes: (0,guards/* parseDeleteLimit */.gy)(inputs['max-deletes'] ?? '25%') ?? { percent: 25 },
        delimiter: (inputs.delimiter ?? ','),
    });
    const found = inputs.config?.trim() ? '' : ` (found in ${cwd})`;
    if (named.length === 0) {
        const shown = config.tables.slice(0, 3).map((entry) => `${entry.file}: ${describeEntry(entry)}`);
        const more = config.tables.length > shown.length ? `; and ${config.tables.length - shown.length} more` : '';
        return [
            {
                inputs: { config: configName, file: '' },
                settingsLine: `Settings: ${configName}${found}: provider ${config.provider}; ${shown.join('; ')}${more}.`,
            },
        ];
    }
    return named.map((file) => {
        const relative = external_node_path_.relative(cwd, external_node_path_.resolve(cwd, file)).split(external_node_path_.sep).join('/');
        const index = config.tables.findIndex((entry) => globMatches(entry.file, relative));
        const entry = config.tables[index];
        if (!entry) {
            return {
                inputs: { config: '', file },
                settingsLine: `Settings for ${file}: ${fromFlags}: no entry of ${configName} covers it; provider ${inputs.provider}, import-mode ${inputs['import-mode']}, max-deletes ${inputs['max-deletes']}.`,
            };
        }
        return {
            inputs: {
                config: '',
                file,
                table: entry.table ?? '',
                provider: config.provider,
                'import-mode': entry.importMode,
                'max-deletes': (0,guards/* formatDeleteLimit */.Eb)(entry.maxDeletes),
                delimiter: entry.delimiter,
            },
            settingsLine: `Settings for ${file}: ${configName}${found}, entry ${index + 1} (${entry.file}): provider ${config.provider}, ${describeEntry(entry)}.`,
        };
    });
}
function describeEntry(entry) {
    return [
        entry.table ? `table ${entry.table}` : '',
        `import-mode ${entry.importMode}`,
        `max-deletes ${(0,guards/* formatDeleteLimit */.Eb)(entry.maxDeletes)}`,
        entry.delimiter === ',' ? '' : `delimiter ${entry.delimiter}`,
    ]
        .filter(Boolean)
        .join(', ');
}
/** Whether a workspace path is one a config entry's path or glob names (`*`, `?`, `[...]`, `**` across folders). */
function globMatches(glob, file) {
    // Node's own matcher, as the path gate uses: the laptop picks a file's entry as the action picks its files.
    return external_node_path_.matchesGlob(file, glob.replace(/^\.\//, ''));
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:readline"
var external_node_readline_ = __webpack_require__(481);
// EXTERNAL MODULE: ./lib/core/log-line.js
var log_line = __webpack_require__(3916);
// EXTERNAL MODULE: ./lib/core/problems.js
var core_problems = __webpack_require__(571);
// EXTERNAL MODULE: ./lib/cli/terminal.js
var terminal = __webpack_require__(2832);
// EXTERNAL MODULE: external "node:timers/promises"
var external_node_timers_promises_ = __webpack_require__(8500);
;// CONCATENATED MODULE: ./lib/cli/typeahead.js

/**
 * Reads and drops what was typed (or pasted) at the terminal before a question was shown: an answer must come after
 * the question, never from the next lines of a pasted block (`kill %1` taken for the apply's answer). The terminal
 * hands over whole lines, so a quiet moment is enough to collect them. Returns the lines dropped.
 */
async function discardTypeahead(input, quietMs = 100) {
    let dropped = '';
    const collect = (chunk) => {
        dropped += chunk.toString();
    };
    input.on('data', collect);
    input.resume();
    try {
        await (0,external_node_timers_promises_.setTimeout)(quietMs);
    }
    finally {
        input.off('data', collect);
        input.pause();
    }
    return dropped.split('\n').filter((line) => line.trim() !== '').length;
}

;// CONCATENATED MODULE: ./lib/cli/runner.js










/**
 * One line for a terminal: line breaks in the data shown as `\n`. Unlike a workflow log line nothing is broken up by
 * invisible characters: a URL or an IPv6 address copies as it is. (The writer makes the other controls visible.)
 */
function terminalLine(text) {
    return text.replace(/\r/g, '\\r').replace(/\n/g, '\\n');
}
/** The report's markdown as a terminal shows it: no HTML, no markdown escapes, headings in bold. */
function terminalText(markdown, color) {
    return renderPieces(markdownPieces(markdown), color, (text) => text);
}
/**
 * The action's engine on a terminal: the same Runner as on GitHub, with flags and the environment for inputs, the
 * report on stdout, logs and problems (as `file:line: error:`) on stderr, and no GitHub: no comments or artifacts, and
 * the person at the terminal, not a reviewed pull request, approves an apply.
 */
function terminalRunner(options) {
    const secrets = new Set();
    const outputs = {};
    let failed = false;
    const redact = (text) => {
        let result = text;
        for (const secret of secrets)
            result = result.split(secret).join('***');
        return result;
    };
    const out = new terminal/* TerminalWriter */.Kz(options.out, options.color, redact);
    const err = new terminal/* TerminalWriter */.Kz(options.err, options.color, redact);
    // A line that says what is being waited for and for how long, rewritten in place on a terminal.
    let lastOutput = Date.now();
    let current = '';
    // While the apply's question waits for an answer, nothing is being waited for: no progress line over the prompt.
    let asking = false;
    const ticker = err.isTTY
        ? setInterval(() => {
            const quiet = Math.round((Date.now() - lastOutput) / 1000);
            if (quiet < 2 || asking)
                return;
            err.progressLine((0,terminal/* styled */.I4)(`… ${current ? `${current}: ` : ''}waiting (${quiet} s)`, 'dim'));
        }, 1000)
        : undefined;
    ticker?.unref();
    const write = (writer, ...pieces) => {
        err.clearProgress();
        lastOutput = Date.now();
        writer.line(...pieces);
    };
    const event = { name: 'local', owner: '', repo: '', sha: '', serverUrl: '', runUrl: '' };
    return {
        input: (name) => options.inputs[name] ?? '',
        terms: {
            name: (input) => (isCredential(input) ? environmentName(input) : `--${input} (or ${environmentName(input)})`),
            secrets: 'Set credentials in the environment (never as flags: shell history and ps show those)',
        },
        mask: (secret) => {
            if (secret.length >= 4)
                secrets.add(secret);
        },
        info: (message) => write(err, terminalLine(message)),
        notice: (message) => write(err, (0,terminal/* styled */.I4)('note:', 'cyan'), ` ${message}`),
        warning: (message, file) => write(err, (0,terminal/* styled */.I4)('warning:', 'yellow'), ` ${file ? `${file}: ` : ''}${message}`),
        fail: (message, _reason) => {
            failed = true;
            write(err, (0,terminal/* styled */.I4)('error:', 'red'), ` ${message}`);
        },
        debug: (message) => {
            if (options.verbose)
                write(err, (0,terminal/* styled */.I4)(terminalLine(message), 'dim'));
        },
        isDebug: () => options.verbose,
        group: async (name, work) => {
            // A line per table while it is read or imported; the progress line says which is being waited for.
            write(err, (0,terminal/* styled */.I4)(terminalLine(name), 'bold'));
            const before = current;
            current = terminalLine(name);
            try {
                return await work();
            }
            finally {
                current = before;
            }
        },
        output: (name, value) => {
            outputs[name] = String(value);
        },
        workspace: () => options.workspace,
        tempDir: () => options.tempDir ?? (0,external_node_os_.tmpdir)(),
        event: () => event,
        uploadArtifact: async () => ({ skipped: 'not on a GitHub runner' }),
        summary: async (markdown) => write(out, ...(0,terminal/* markdownPieces */.n8)(markdown)),
        annotate: (problems) => {
            // Errors first, then warnings, each on its file's line as compilers write them.
            for (const problem of [...problems].sort((a, b) => Number(a.severity === 'warning') - Number(b.severity === 'warning'))) {
                const value = problem.value !== undefined ? ` (value ${(0,log_line/* shorten */.ml)(JSON.stringify(problem.value))})` : '';
                const column = problem.column ? `${(0,log_line/* shorten */.ml)(problem.column, 100)}: ` : '';
                write(err, `${problem.file}:${problem.line}: `, problem.severity === 'error' ? (0,terminal/* styled */.I4)('error:', 'red') : (0,terminal/* styled */.I4)('warning:', 'yellow'), ` ${column}${(0,core_problems/* sentence */.em)(problem.message)}${value}`);
            }
        },
        async approve(question) {
            if (options.autoApprove)
                return { approved: true };
            if (options.in.isTTY !== true) {
                return {
                    approved: false,
                    why: 'apply asks before it changes anything, and there is no terminal to ask at: pass --auto-approve to apply without asking (CI, scripts). Nothing was applied',
                };
            }
            err.clearProgress();
            asking = true;
            const early = await discardTypeahead(options.in);
            if (early > 0) {
                write(err, `note: ${early} line(s) typed before this question were ignored (a pasted block?)`);
            }
            const lines = (0,external_node_readline_.createInterface)({ input: options.in, output: options.err, terminal: true });
            try {
                const answer = await new Promise((resolve) => {
                    lines.question(`\n${err.render((0,terminal/* styled */.I4)(question, 'bold'))}\n  Only "yes" goes on.\n\n  Enter a value: `, resolve);
                    lines.once('close', () => resolve(''));
                });
                lastOutput = Date.now();
                return answer.trim() === 'yes'
                    ? { approved: true }
                    : { approved: false, why: 'Apply cancelled: nothing was applied' };
            }
            finally {
                asking = false;
                lines.close();
            }
        },
        mayOverwrite(absolutePath) {
            if (options.force || !(0,external_node_fs_.existsSync)(absolutePath))
                return undefined;
            const git = (0,external_node_child_process_.spawnSync)('git', ['status', '--porcelain', '--untracked-files=all', '--', absolutePath], {
                cwd: external_node_path_.dirname(absolutePath),
                encoding: 'utf8',
                timeout: 10_000,
            });
            if (git.status !== 0) {
                return 'it exists, and git cannot tell whether it has changes (not a git repository?): pass --force to overwrite it';
            }
            if (git.stdout.trim() !== '') {
                return 'it has changes not committed to git: commit or stash them first, or pass --force to overwrite it';
            }
            return undefined;
        },
        result: () => ({ failed, outputs }),
        close: () => {
            if (ticker)
                clearInterval(ticker);
            err.clearProgress();
        },
    };
}

;// CONCATENATED MODULE: ./lib/cli/command.js










/** The plan itself was printed: a folder holding only it goes. Anything else (rejected rows, snapshots) stays, named. */
function keepOrRemove(folder) {
    const files = (0,external_node_fs_.readdirSync)(folder, { recursive: true, withFileTypes: true }).filter((entry) => !entry.isDirectory());
    if (files.every((entry) => entry.name === 'plan.json' || entry.name === 'plan.md')) {
        (0,external_node_fs_.rmSync)(folder, { recursive: true, force: true });
        return undefined;
    }
    return `This run's folder is kept, as it holds table data (${files.map((entry) => entry.name).join(', ')}): ${folder}. Remove it when done: rm -r ${folder}`;
}
/**
 * `datatable-sync plan|apply|export|validate|help`: the action's engine (run) with a terminal runner, once per file
 * named on the command line (or once with the inputs given). Exit 0: done, no changes; 2: a plan with changes;
 * 1: an error.
 */
async function main(argv) {
    // A word of the command line (a flag, a file name) shows in messages: made visible as all else.
    const out = new terminal/* TerminalWriter */.Kz(process.stdout, false);
    const err = new terminal/* TerminalWriter */.Kz(process.stderr, false);
    let invocation;
    try {
        invocation = parseInvocation(argv, process.env);
    }
    catch (error) {
        if (!(error instanceof UsageError))
            throw error;
        err.line(`error: ${error.message}`);
        if (argv.length === 0)
            err.line(`\n${usage()}`);
        return 1;
    }
    if ('help' in invocation) {
        out.line(invocation.help);
        // `datatable-sync` alone asked for nothing: the help, and exit 1, as a mistake would.
        return argv.length === 0 ? 1 : 0;
    }
    if ('version' in invocation) {
        out.line(`datatable-sync ${invocation.version}`);
        return 0;
    }
    // Paths are read from where the command was typed: `npm --prefix clone run cli` runs in the clone, npm says where
    // it was called from in INIT_CWD.
    const workspace = (process.env.npm_lifecycle_event && process.env.INIT_CWD) || process.cwd();
    let runs;
    // A config file is YAML (the action loads the library only when it needs it; here it costs no request's wait).
    await (0,yaml/* loadYaml */.y)();
    try {
        runs = localRuns(invocation.inputs, invocation.files, workspace);
    }
    catch (error) {
        if (!(error instanceof settings_error/* SettingsError */.G))
            throw error;
        process.stderr.write(`error: ${error.message}\n`);
        return 1;
    }
    let exit = 0;
    for (const { inputs, settingsLine } of runs) {
        // The run's own folder (plan, rejected rows, snapshots: table data), private, named or removed at the end.
        const tempDir = (0,external_node_fs_.mkdtempSync)(external_node_path_.join((0,external_node_os_.tmpdir)(), 'datatable-sync-'));
        const runner = terminalRunner({
            inputs: { ...invocation.inputs, ...inputs },
            tempDir,
            workspace,
            out: process.stdout,
            err: process.stderr,
            in: process.stdin,
            color: invocation.color,
            verbose: invocation.verbose,
            autoApprove: invocation.autoApprove,
            force: invocation.force,
        });
        try {
            runner.info(settingsLine);
            await run(runner);
        }
        catch (error) {
            runner.fail(`Unexpected error: ${error instanceof Error ? error.message : String(error)}`);
        }
        finally {
            runner.close();
            const kept = keepOrRemove(tempDir);
            if (kept)
                runner.notice(kept);
        }
        const { failed, outputs } = runner.result();
        const code = failed ? 1 : invocation.command === 'plan' && outputs.changed === 'true' ? 2 : 0;
        exit = exit === 1 || code === 1 ? 1 : Math.max(exit, code);
    }
    return exit;
}


/***/ }),

/***/ 6992:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ compareKeys),
/* harmony export */   d: () => (/* binding */ canonicalJson)
/* harmony export */ });
/** Key order and JSON that are the same everywhere: what plan hashes and signatures are computed over. */
/** Orders keys by UTF-16 code units: the same everywhere, unlike locale-aware comparison. */
function compareKeys(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/** JSON with object keys sorted, so equal data always serialises to the same text. */
function canonicalJson(value) {
    if (Array.isArray(value))
        return `[${value.map(canonicalJson).join(',')}]`;
    if (value !== null && typeof value === 'object') {
        const entries = Object.entries(value)
            .filter(([, v]) => v !== undefined)
            .sort(([a], [b]) => compareKeys(a, b));
        return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
    }
    return JSON.stringify(value);
}


/***/ }),

/***/ 1601:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ realClock)
/* harmony export */ });
/** The real clock: the system time, and timers. */
const realClock = {
    now: () => Date.now(),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};


/***/ }),

/***/ 2623:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ih: () => (/* binding */ shareOfBudget),
/* harmony export */   T4: () => (/* binding */ planMatrix),
/* harmony export */   hC: () => (/* binding */ itemsOfGroup),
/* harmony export */   hb: () => (/* binding */ parseGroup),
/* harmony export */   hv: () => (/* binding */ groupName),
/* harmony export */   om: () => (/* binding */ MAX_GROUPS),
/* harmony export */   un: () => (/* binding */ PLAN_REQUESTS_PER_TABLE)
/* harmony export */ });
/* unused harmony export clientOfGroup */
/**
 * Table groups for a job matrix: the configured tables split into `count` groups, each planned and applied by its
 * own job with one of the org's OAuth clients. Every job computes the same split from the same config, so a group is
 * named by its place alone (`2/4`), never by a list of tables carried through the workflow.
 */
/** GitHub runs at most 256 jobs from one matrix. */
const MAX_GROUPS = 256;
/**
 * Requests to plan one table after the login, at most (docs/benchmarks.md, "Requests": a 5,000-row table is found,
 * one page of rows is read, then an export is started, polled twice, and downloaded). Smaller tables take fewer.
 */
const PLAN_REQUESTS_PER_TABLE = 7;
/** `2/4` -> the second of four groups; undefined when the text is not that shape or out of range. */
function parseGroup(text) {
    const match = /^([0-9]{1,3})\s*\/\s*([0-9]{1,3})$/.exec(text.trim());
    if (!match)
        return undefined;
    const index = Number(match[1]);
    const count = Number(match[2]);
    if (count < 1 || count > MAX_GROUPS || index < 1 || index > count)
        return undefined;
    return { index, count };
}
function groupName(group) {
    return `${group.index}/${group.count}`;
}
/** The items of one group: contiguous slices of the list, their sizes differing by one at most. */
function itemsOfGroup(items, group) {
    const start = Math.floor(((group.index - 1) * items.length) / group.count);
    const end = Math.floor((group.index * items.length) / group.count);
    return items.slice(start, end);
}
/** Which of `clients` OAuth clients (1, 2, ...) a group uses: round robin, so each client has as many groups as can be. */
function clientOfGroup(group, clients) {
    return ((group.index - 1) % clients) + 1;
}
/**
 * A group's share of its client's budget: the groups that use one client run at the same time, so each may spend
 * the client's allowance divided by their number (rounded down, at least 1), and together they never exceed it.
 */
function shareOfBudget(group, clients, allowed) {
    const client = clientOfGroup(group, clients);
    let sharing = 0;
    for (let index = 1; index <= group.count; index++) {
        if (clientOfGroup({ index, count: group.count }, clients) === client)
            sharing++;
    }
    return Math.max(1, Math.floor(allowed / sharing));
}
/** The matrix a `targets` step lists: each group, its client, and what it costs against its share of the budget. */
function planMatrix(tables, options) {
    const count = Math.max(1, Math.min(options.groups, tables.length, MAX_GROUPS));
    return Array.from({ length: count }, (_, i) => {
        const group = { index: i + 1, count };
        const mine = itemsOfGroup(tables, group);
        const allowed = shareOfBudget(group, options.clients, options.allowed);
        const requests = mine.length * PLAN_REQUESTS_PER_TABLE;
        return {
            group: groupName(group),
            client: clientOfGroup(group, options.clients),
            tables: mine,
            requests,
            allowed,
            windows: requests / allowed,
        };
    });
}


/***/ }),

/***/ 7429:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Eb: () => (/* binding */ formatDeleteLimit),
/* harmony export */   gy: () => (/* binding */ parseDeleteLimit),
/* harmony export */   hK: () => (/* binding */ checkGuards)
/* harmony export */ });
/* unused harmony export allowedDeletes */
/** Reads `25%` or `10`; undefined when the text is neither. */
function parseDeleteLimit(text) {
    const percent = /^([0-9]+(?:\.[0-9]+)?)%$/.exec(text);
    if (percent) {
        const value = Number(percent[1]);
        return value <= 100 ? { percent: value } : undefined;
    }
    return /^[0-9]+$/.test(text) ? { count: Number(text) } : undefined;
}
function formatDeleteLimit(limit) {
    return 'percent' in limit ? `${limit.percent}%` : String(limit.count);
}
function allowedDeletes(limit, liveRowCount) {
    return 'percent' in limit ? Math.floor((liveRowCount * limit.percent) / 100) : limit.count;
}
/** Reasons to refuse the plan; empty when it is safe to apply. */
function checkGuards(diff, options) {
    const refusals = [];
    const { liveRowCount, fileRowCount, mode, maxDeletes, maxChanges, maxRows } = options;
    const rowsAfter = mode === 'replace' ? fileRowCount : liveRowCount + diff.added.length;
    if (maxRows !== undefined && rowsAfter > maxRows) {
        refusals.push(mode === 'replace'
            ? `the file has ${fileRowCount} rows; the table allows at most ${maxRows}, so nothing would be imported`
            : `appending would leave ${rowsAfter} rows (${liveRowCount} live + ${diff.added.length} new); the table allows at most ${maxRows}`);
    }
    const everything = 'percent' in maxDeletes && maxDeletes.percent === 100;
    if (mode === 'replace' && fileRowCount === 0 && liveRowCount > 0 && !everything) {
        refusals.push(`the file has no rows and would delete all ${liveRowCount} live rows; set max-deletes: 100% if that is intended`);
        return refusals;
    }
    const allowed = allowedDeletes(maxDeletes, liveRowCount);
    if (diff.deleted.length > allowed) {
        refusals.push(`the plan deletes ${diff.deleted.length} of ${liveRowCount} live rows; max-deletes (${formatDeleteLimit(maxDeletes)}) allows ${allowed}`);
    }
    const changesAllowed = maxChanges === undefined ? undefined : allowedDeletes(maxChanges, liveRowCount);
    if (maxChanges !== undefined && changesAllowed !== undefined && diff.updated.length > changesAllowed) {
        refusals.push(`the plan changes ${diff.updated.length} of ${liveRowCount} live rows; max-changes (${formatDeleteLimit(maxChanges)}) allows ${changesAllowed}. If that many changes are intended, raise max-changes for this table`);
    }
    return refusals;
}


/***/ }),

/***/ 662:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cq: () => (/* binding */ positiveInteger),
/* harmony export */   E9: () => (/* binding */ parseDuration),
/* harmony export */   GN: () => (/* binding */ SettingsError),
/* harmony export */   KI: () => (/* binding */ inTermsOf),
/* harmony export */   yL: () => (/* binding */ oneOf)
/* harmony export */ });
/**
 * Reading the action's inputs, for the settings and for each vendor's own inputs (src/providers/<vendor>/inputs.ts):
 * the error they throw and the small parsers they share. Pure: the runner hands in the reader.
 */
/** A bad input or configuration: the message names the input (or file and line) and what would be valid. */
class SettingsError extends Error {
    constructor(message) {
        super(message);
        this.name = 'SettingsError';
    }
}
/** An input with a fixed set of values; the error names the input and the values it takes. */
function oneOf(read, name, allowed, fallback) {
    const value = read(name).trim() || fallback;
    if (!allowed.includes(value)) {
        throw new SettingsError(`Input ${name} is "${value}"; use one of: ${allowed.join(', ')}`);
    }
    return value;
}
/** Reads `15m`, `90s`, `1h` or a number of seconds. */
function parseDuration(text) {
    const match = /^([0-9]+(?:\.[0-9]+)?)\s*(ms|s|m|h)?$/.exec(text.trim());
    if (!match)
        return undefined;
    const unit = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[(match[2] ?? 's')];
    return Number(match[1]) * unit;
}
/** A whole number of at least 1, with the default when the input is empty. */
function positiveInteger(read, name, fallback) {
    const text = read(name).trim();
    if (text === '')
        return fallback;
    const value = Number(text);
    if (!/^[0-9]+$/.test(text) || !Number.isSafeInteger(value) || value < 1) {
        throw new SettingsError(`Input ${name} is "${text}"; use a whole number of at least 1, like ${fallback}`);
    }
    return value;
}
/**
 * A settings message in the words of the runner it is shown by: "Input max-deletes is ..." on GitHub, "--max-deletes
 * (or DATATABLE_SYNC_MAX_DELETES) is ..." on a terminal, where no input is called "input".
 */
function inTermsOf(message, terms) {
    const match = /^Input ([a-z][a-z0-9-]*)\b/.exec(message);
    if (!match)
        return message;
    const named = terms.name(match[1]);
    return `${named.charAt(0).toUpperCase()}${named.slice(1)}${message.slice(match[0].length)}`;
}


/***/ }),

/***/ 3916:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Wd: () => (/* binding */ outputJson),
/* harmony export */   ml: () => (/* binding */ shorten)
/* harmony export */ });
/* unused harmony exports breakCommands, commandData, logLine, logBlock */
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

/***/ 571:
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

/***/ 1237:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ab: () => (/* binding */ REFERENCE_WORDS),
/* harmony export */   Do: () => (/* binding */ ReferenceCells),
/* harmony export */   P5: () => (/* binding */ describeReference),
/* harmony export */   Uf: () => (/* binding */ pointsAtNothing),
/* harmony export */   Xy: () => (/* binding */ batches),
/* harmony export */   _x: () => (/* binding */ idsByKind),
/* harmony export */   aj: () => (/* binding */ holdReferences),
/* harmony export */   cM: () => (/* binding */ REFERENCE_KINDS),
/* harmony export */   i6: () => (/* binding */ IDS_PER_LOOKUP),
/* harmony export */   oe: () => (/* binding */ previousIds)
/* harmony export */ });
/* unused harmony export nameKey */
/** The kinds of object a column may be declared to point at (`"references": "queue"` in the schema file). */
const REFERENCE_KINDS = ['queue', 'user', 'schedule-group', 'skill', 'wrap-up-code', 'flow'];
/** Each kind in a reviewer's words. */
const REFERENCE_WORDS = {
    queue: 'queue',
    user: 'user',
    'schedule-group': 'schedule group',
    skill: 'skill',
    'wrap-up-code': 'wrap-up code',
    flow: 'flow',
};
/** Ids sent in one lookup request, at most. */
const IDS_PER_LOOKUP = 100;
/**
 * The reference cells of a file, recorded row by row as it is planned (only declared columns, empty cells left out):
 * which of them to check is decided once the diff says which rows change.
 */
class ReferenceCells {
    columns;
    cells = [];
    constructor(columns) {
        this.columns = columns;
    }
    row(key, row, line) {
        for (const [field, kind] of Object.entries(this.columns)) {
            const id = row[field];
            if (typeof id === 'string' && id !== '')
                this.cells.push({ kind, id, field, key, line });
        }
    }
    /** The cells of rows the plan adds or changes; with `everyRow` (a drift check), every row's. */
    toCheck(diff, everyRow) {
        if (everyRow)
            return [...this.cells];
        const changing = new Set();
        for (const { key } of diff.added)
            changing.add(key);
        for (const { key } of diff.updated)
            changing.add(key);
        return this.cells.filter((cell) => changing.has(cell.key));
    }
}
/** The ids changed cells of reference columns held before: looked up for their names only (old -> new). */
function previousIds(diff, columns) {
    const ids = [];
    for (const { changes } of diff.updated) {
        for (const change of changes) {
            const kind = columns[change.field];
            if (kind && typeof change.old === 'string' && change.old !== '')
                ids.push({ kind, id: change.old });
        }
    }
    return ids;
}
/** The distinct ids of each kind, in the order first met. */
function idsByKind(cells) {
    const byKind = new Map();
    for (const cell of cells) {
        const ids = byKind.get(cell.kind) ?? new Set();
        byKind.set(cell.kind, ids);
        ids.add(cell.id);
    }
    return new Map([...byKind].map(([kind, ids]) => [kind, [...ids]]));
}
/** Ids cut into lookup requests of at most `size`. */
function batches(ids, size = IDS_PER_LOOKUP) {
    const out = [];
    for (let start = 0; start < ids.length; start += size)
        out.push(ids.slice(start, start + size));
    return out;
}
function nameKey(kind, id) {
    return `${kind}:${id}`;
}
/**
 * Holds a plan's reference cells against what the org has. An id of a row the plan adds or changes that resolves to
 * nothing blocks the table (a problem on its line, and a refusal naming the row, column and org). On a drift check,
 * one under a row the plan leaves alone is drift: the object was deleted (or the id never existed) since the row was
 * applied; it is named on its line, and the apply, which checks only the rows it writes, is not refused for it.
 */
function holdReferences(plan, cells, found, org, columns, 
/** The form the vendor's ids have, to say plainly that a name (or anything else) is not an id. */
idForm) {
    const changing = new Set([...plan.diff.added, ...plan.diff.updated].map(({ key }) => key));
    const names = {};
    const missing = [];
    const seen = new Set();
    for (const cell of cells) {
        const objects = found.get(cell.kind);
        if (!objects)
            continue; // not checked (the role may not look this kind up): said once, as a notice
        const name = objects.get(cell.id);
        if (name !== undefined)
            names[nameKey(cell.kind, cell.id)] = name;
        else {
            const where = `${cell.line}\u0000${cell.field}`;
            if (seen.has(where))
                continue;
            seen.add(where);
            missing.push({ ...cell, unchangedRow: !changing.has(cell.key) });
        }
    }
    for (const { kind, id } of previousIds(plan.diff, columns)) {
        const name = found.get(kind)?.get(id);
        if (name !== undefined)
            names[nameKey(kind, id)] = name;
    }
    missing.sort((a, b) => a.line - b.line);
    const title = (field) => plan.schema.fields.find((f) => f.name === field)?.title ?? field;
    for (const cell of missing) {
        const word = REFERENCE_WORDS[cell.kind];
        plan.problems.push({
            severity: 'error',
            kind: 'missing-reference',
            file: plan.file,
            line: cell.line,
            column: title(cell.field),
            value: cell.id,
            message: idForm && !idForm.pattern.test(cell.id)
                ? `this is not a ${word} id (ids look like ${idForm.example}; a name is not one): put the ${word}'s id here, and the plan shows its name beside it`
                : cell.unchangedRow
                    ? `no ${word} has this id in ${org} (drift: this row is unchanged, so the ${word} was deleted after it was applied, or the id never existed there); the flows that read this row fail. Point it at an existing ${word}`
                    : `no ${word} has this id in ${org}: a typo, a ${word} deleted since, or an id from another org. Point it at an existing ${word}`,
        });
    }
    const blocking = missing.filter((cell) => !cell.unchangedRow);
    if (blocking.length > 0) {
        const shown = blocking
            .slice(0, 5)
            .map((cell) => `${plan.file}:${cell.line} column "${title(cell.field)}" ${cell.id}`)
            .join('; ');
        const words = [...new Set(blocking.map((cell) => REFERENCE_WORDS[cell.kind]))].join(' or ');
        plan.refusals.push(`${blocking.length === 1 ? '1 id points' : `${blocking.length} ids point`} at no ${words} in ${org}: ${shown}${blocking.length > 5 ? '; ...' : ''}`);
    }
    plan.problems.sort((a, b) => a.line - b.line);
    plan.references = { columns, names, missing, org };
}
/** Whether a drift check found ids under the table's rows that point at nothing (drift, like a changed cell). */
function pointsAtNothing(plan) {
    return (plan.references?.missing.length ?? 0) > 0;
}
/** "1e0f9a8b… (Support EN)": an id shortened, with the name of what it points at, when the check found it. */
function describeReference(references, field, value) {
    const kind = references?.columns[field];
    if (!kind || typeof value !== 'string')
        return undefined;
    const name = references?.names[nameKey(kind, value)];
    if (name === undefined)
        return undefined;
    return { short: value.length > 9 ? `${value.slice(0, 8)}…` : value, name };
}


/***/ }),

/***/ 6893:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $u: () => (/* binding */ environmentSuffix),
/* harmony export */   Cm: () => (/* binding */ linkTarget),
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   Jt: () => (/* binding */ SUMMARY_LIMIT),
/* harmony export */   LS: () => (/* binding */ plural),
/* harmony export */   Qg: () => (/* binding */ codeOrText),
/* harmony export */   W$: () => (/* binding */ COMMENT_LIMIT),
/* harmony export */   c5: () => (/* binding */ fitToBudget),
/* harmony export */   en: () => (/* binding */ pathForUrl),
/* harmony export */   gH: () => (/* binding */ problemList),
/* harmony export */   gZ: () => (/* binding */ FULL_DETAIL),
/* harmony export */   vp: () => (/* binding */ showValue)
/* harmony export */ });
/* harmony import */ var _problems_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(571);
/**
 * What the three reports share: escaping data into markdown (the one place where data meets markdown), links, the
 * levels of detail a report shrinks through to fit GitHub's limits, and the list of a file's problems.
 */

const FULL_DETAIL = { rows: 50, problemsPerKind: 20, valueChars: 300 };
/** The levels a report shrinks through, most detail first (fitToBudget). */
const SHRINKING_DETAIL = [
    FULL_DETAIL,
    { rows: 10, problemsPerKind: 5, valueChars: 100 },
    { rows: 0, problemsPerKind: 1, valueChars: 60 },
];
/** GitHub's limits: a comment body, and a step summary. */
const COMMENT_LIMIT = 65_536;
const SUMMARY_LIMIT = 1_024 * 1_024;
/** Zero-width space: breaks a mention, an issue reference or an autolink without changing what the reader sees. */
const ZWSP = '\u200b';
/**
 * Escapes text so that data never renders as markup: no tags, no links, no mentions or issue references,
 * no code spans, no emphasis, no broken table rows. The one place where data meets markdown.
 * GitHub finds mentions and autolinks in the rendered text (after entities are decoded), so those are broken
 * with a zero-width space rather than an entity.
 */
function escapeMarkdown(text) {
    return (text
        .replace(/@/g, `${ZWSP}@${ZWSP}`) // before: no e-mail autolink; after: no mention
        .replace(/#/g, `#${ZWSP}`)
        .replace(/:\/\//g, `:${ZWSP}//`)
        .replace(/www\./gi, (www) => `${www.slice(0, 3)}${ZWSP}.`)
        // After the zero-width spaces, so that the entities' own `#` is left alone.
        .replace(/[&<>|`[\]]/g, (char) => `&#${char.charCodeAt(0)};`)
        // GitHub renders text between two `$` of a line as math (MathJax); its documented escape outside math is a span.
        .replace(/\$/g, () => '<span>$</span>')
        .replace(/([\\*_~!])/g, '\\$1')
        .replace(/\r\n|\r|\n/g, '<br>'));
}
/**
 * A name (file path, job id) in monospace, escaped as all other data: `<code>` rather than a code span, whose text
 * nothing could escape (a terminal or any later reader would take it as written).
 */
function codeOrText(text) {
    return text === '' ? '' : `<code>${escapeMarkdown(text)}</code>`;
}
/** One cell's value, escaped, cut at `detail.valueChars`; an empty one says so. */
function showValue(value, detail) {
    if (value === undefined)
        return '';
    if (value === '')
        return '*(empty)*';
    const text = typeof value === 'string' ? value : String(value);
    const cut = text.length > detail.valueChars ? `${text.slice(0, detail.valueChars)}…` : text;
    return escapeMarkdown(cut);
}
function plural(count, one, many = `${one}s`) {
    return `${count} ${count === 1 ? one : many}`;
}
function problemText(problem, link, detail) {
    const raw = link?.(problem.file, problem.line);
    const url = raw === undefined ? undefined : linkTarget(raw);
    const where = url
        ? `[${escapeMarkdown(`${problem.file}:${problem.line}`)}](${url})`
        : escapeMarkdown(`${problem.file}:${problem.line}`);
    const column = problem.column === undefined ? '' : ` column "${escapeMarkdown(problem.column)}"`;
    const value = problem.value === undefined ? '' : ` value ${showValue(JSON.stringify(problem.value), detail)}`;
    return `${where}${column}${value}: ${escapeMarkdown((0,_problems_js__WEBPACK_IMPORTED_MODULE_0__/* .sentence */ .em)(problem.message))}`;
}
/** Problems in file order, at most `problemsPerKind` of each kind, each kind's remainder counted. */
function problemList(problems, detail, link) {
    const shownPerKind = new Map();
    const hidden = new Map();
    const lines = [];
    for (const problem of problems) {
        const shown = shownPerKind.get(problem.kind) ?? 0;
        if (shown < detail.problemsPerKind) {
            shownPerKind.set(problem.kind, shown + 1);
            lines.push(`- ${problem.severity === 'error' ? '❌' : '⚠️'} ${problemText(problem, link, detail)}`);
        }
        else {
            hidden.set(problem.kind, (hidden.get(problem.kind) ?? 0) + 1);
        }
    }
    for (const [kind, count] of hidden)
        lines.push(`- …and ${count} more of this kind: ${kind.replace(/-/g, ' ')}`);
    return lines;
}
/** ": `prod`" after a heading, for a run with an environment. */
function environmentSuffix(environment) {
    return environment ? `: ${codeOrText(environment)}` : '';
}
/**
 * Renders at the most detail that fits the budget (in characters): fewer rows, then counts only. The headline,
 * counts and errors always stay; a note says what was cut and where the whole plan is.
 */
function fitToBudget(render, budget, wherePlanIs) {
    for (const [level, detail] of SHRINKING_DETAIL.entries()) {
        const note = level === 0 ? '' : `\n> [!NOTE]\n> Shortened to fit GitHub's size limit: ${wherePlanIs}\n`;
        const text = render(detail) + note;
        if (text.length <= budget)
            return text;
    }
    const cutNote = `\n\n> [!NOTE]\n> Cut at GitHub's size limit: ${wherePlanIs}\n`;
    const text = render(SHRINKING_DETAIL[SHRINKING_DETAIL.length - 1]);
    return text.slice(0, Math.max(0, budget - cutNote.length)) + cutNote;
}
/**
 * A URL fit to be a link's target, or undefined: http(s) only, and every character that could end the target or
 * open markup percent-encoded, so a vendor's (or a file's) text cannot close the link and go on as markdown.
 */
function linkTarget(url) {
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        return undefined;
    }
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
        return undefined;
    return parsed.href.replace(/[()<>"'`\s[\]|\\*_~]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}
/** A repository path as a URL path: each segment percent-encoded on its own, the slashes kept. */
function pathForUrl(file) {
    return file.split('/').map(encodeURIComponent).join('/');
}


/***/ }),

/***/ 4875:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Rm: () => (/* binding */ parseRollbackTarget),
/* harmony export */   m1: () => (/* binding */ beforeApplies),
/* harmony export */   vZ: () => (/* binding */ rollbackObstacles)
/* harmony export */ });
/* unused harmony export MAX_APPLIES_BACK */
/** The most applies a rollback walks back over (each costs a few GitHub requests). */
const MAX_APPLIES_BACK = 50;
/**
 * Reads the `to` input: a commit sha (7 to 40 hex digits; a branch or tag name is refused, because it moves) or
 * `applies-back:N`. Undefined for an empty text; a sentence saying what is valid for anything else.
 */
function parseRollbackTarget(text) {
    const value = text.trim();
    if (value === '')
        return undefined;
    if (/^[0-9a-f]{7,40}$/i.test(value))
        return { commit: value.toLowerCase() };
    const back = /^applies-back:([0-9]+)$/.exec(value);
    if (back) {
        const n = Number(back[1]);
        if (n >= 1 && n <= MAX_APPLIES_BACK)
            return { appliesBack: n };
    }
    return `Input to is "${value}"; use a commit sha (7 to 40 hex digits) or applies-back:N with N from 1 to ${MAX_APPLIES_BACK} (the files as they were before the last N applies)`;
}
/**
 * The commit whose files undo the last `n` applies: the first parent of the n-th newest applied commit (the branch
 * as it was just before that apply's merge). `applied` is newest first. Undefined when fewer applies are known.
 */
function beforeApplies(applied, n) {
    const apply = applied[n - 1];
    return apply?.parent ? { apply, commit: apply.parent } : undefined;
}
/**
 * Why the files cannot be rolled back as they are named now: a file that did not exist at the commit (added or
 * renamed since), or a file of the configuration that was renamed or removed since. Empty when they can.
 */
function rollbackObstacles(commit, currentPaths, missingAtCommit, changes, isDataPath) {
    const short = commit.slice(0, 7);
    const problems = [];
    const current = new Set(currentPaths);
    for (const change of changes) {
        if (change.status.startsWith('R') && change.from && (isDataPath(change.from) || current.has(change.path))) {
            problems.push(`${change.from} was renamed to ${change.path} after ${short}: a rollback writes files under the names they had, so rename it back in a pull request first (or roll back to a commit after the rename)`);
        }
        else if (change.status === 'D' && isDataPath(change.path)) {
            problems.push(`${change.path} was removed after ${short}: restore it (git checkout ${short} -- ${change.path}) in a pull request of its own first, or roll back to a commit after its removal`);
        }
    }
    const renamedTo = new Set(changes.filter((c) => c.status.startsWith('R')).map((c) => c.path));
    for (const path of missingAtCommit) {
        if (renamedTo.has(path))
            continue;
        problems.push(`${path} did not exist at ${short} (it was added after it): its table has no state to go back to there; leave it out of this rollback (a config without it) or roll back to a commit where it exists`);
    }
    return problems;
}


/***/ }),

/***/ 2315:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AU: () => (/* binding */ schemaFileCandidates),
/* harmony export */   Bx: () => (/* binding */ schemaFileText),
/* harmony export */   EZ: () => (/* binding */ readSchemaFile),
/* harmony export */   ND: () => (/* binding */ schemaFilePath)
/* harmony export */ });
/* harmony import */ var _problems_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(571);
/* harmony import */ var _references_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1237);
/* harmony import */ var _yaml_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7684);



const TYPES = ['string', 'integer', 'number', 'boolean'];
/** `tables/Holidays.csv` -> `tables/Holidays.schema.json` (what export writes). */
function schemaFilePath(csvPath) {
    return `${csvPath.replace(/\.csv$/i, '')}.schema.json`;
}
/** Where a CSV's schema file may be, in the order looked for: JSON (export writes it), then YAML. */
function schemaFileCandidates(csvPath) {
    const base = csvPath.replace(/\.csv$/i, '');
    return [`${base}.schema.json`, `${base}.schema.yaml`, `${base}.schema.yml`];
}
/** `references` keeps the columns the file declared as references (export writes the file again from the table). */
function schemaFileText(table, schema, references = {}) {
    const file = {
        table,
        fields: schema.fields.map((field) => ({
            name: field.name,
            title: field.title,
            type: field.type,
            ...(field.isKey ? { key: true } : {}),
            ...(field.default !== undefined ? { default: field.default } : {}),
            ...(field.minimum !== undefined ? { minimum: field.minimum } : {}),
            ...(field.maximum !== undefined ? { maximum: field.maximum } : {}),
            ...(field.maxLength !== undefined ? { maxLength: field.maxLength } : {}),
            ...(field.minLength !== undefined ? { minLength: field.minLength } : {}),
            ...(references[field.name] ? { references: references[field.name] } : {}),
        })),
    };
    return `${JSON.stringify(file, null, 2)}\n`;
}
/** Reads a schema file (JSON, or YAML by its name); anything it cannot use is an error naming the file and field. */
function readSchemaFile(text, file) {
    const fail = (message) => {
        throw new _problems_js__WEBPACK_IMPORTED_MODULE_0__/* .DataFileError */ .t1({ kind: 'schema-file', file, line: 1, message });
    };
    const yaml = /\.ya?ml$/i.test(file);
    const parse = yaml ? (0,_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .yaml */ .o)().parse : JSON.parse;
    let parsed;
    try {
        parsed = parse(text);
    }
    catch (error) {
        return fail(`not ${yaml ? 'YAML' : 'JSON'} (${error.message}); write it again with mode: export`);
    }
    const division = parsed?.division;
    if (division !== undefined && (typeof division !== 'string' || division === '')) {
        return fail('"division" must be the id of a division');
    }
    const fields = parsed?.fields;
    if (!Array.isArray(fields) || fields.length === 0)
        return fail('"fields" must be a list of the table\'s fields');
    const references = {};
    const schema = fields.map((raw, index) => {
        const where = `field ${index + 1}`;
        const field = raw;
        if (typeof field?.name !== 'string' || field.name === '')
            return fail(`${where} has no "name"`);
        if (!TYPES.includes(field.type)) {
            return fail(`field "${field.name}" has type ${JSON.stringify(field.type)}; use one of ${TYPES.join(', ')}`);
        }
        for (const bound of ['minimum', 'maximum', 'maxLength', 'minLength']) {
            if (field[bound] !== undefined && typeof field[bound] !== 'number') {
                return fail(`field "${field.name}": ${bound} must be a number`);
            }
        }
        if (field.references !== undefined) {
            if (!_references_js__WEBPACK_IMPORTED_MODULE_1__/* .REFERENCE_KINDS */ .cM.includes(field.references)) {
                return fail(`field "${field.name}" has references ${JSON.stringify(field.references)}; use one of ${_references_js__WEBPACK_IMPORTED_MODULE_1__/* .REFERENCE_KINDS */ .cM.join(', ')}`);
            }
            if (field.type !== 'string' || field.key === true) {
                return fail(`field "${field.name}" references ${field.references}s by id, so it must be a string field, not the key`);
            }
            references[field.name] = field.references;
        }
        return {
            name: field.name,
            title: typeof field.title === 'string' && field.title !== '' ? field.title : field.name,
            type: field.type,
            isKey: field.key === true,
            ...(field.default !== undefined ? { default: field.default } : {}),
            ...(field.minimum !== undefined ? { minimum: field.minimum } : {}),
            ...(field.maximum !== undefined ? { maximum: field.maximum } : {}),
            ...(field.maxLength !== undefined ? { maxLength: field.maxLength } : {}),
            ...(field.minLength !== undefined ? { minLength: field.minLength } : {}),
        };
    });
    const keys = schema.filter((field) => field.isKey);
    if (keys.length !== 1)
        return fail(`exactly one field must be the key ("key": true); ${keys.length} are`);
    if (keys[0].type !== 'string')
        return fail(`the key "${keys[0].name}" must be of type string`);
    // The key first, as everywhere else.
    return {
        fields: [...keys, ...schema.filter((field) => !field.isKey)],
        ...(division ? { division } : {}),
        ...(Object.keys(references).length > 0 ? { references } : {}),
    };
}


/***/ }),

/***/ 7684:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ yaml),
/* harmony export */   y: () => (/* binding */ loadYaml)
/* harmony export */ });
let loaded;
/**
 * The YAML library, loaded when a run first needs it (a config file, a YAML schema file): 0.3 MB of the bundle that a
 * run of one CSV never compiles before its first request. Readers of YAML are synchronous, so a run awaits this first.
 */
async function loadYaml() {
    loaded ??= await __webpack_require__.e(/* import() */ 815).then(__webpack_require__.t.bind(__webpack_require__, 8815, 19));
    return loaded;
}
/** The library, once `loadYaml` has loaded it. */
function yaml() {
    if (loaded === undefined)
        throw new Error('YAML was read before loadYaml() loaded its library');
    return loaded;
}


/***/ }),

/***/ 5232:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SG: () => (/* binding */ hasYamlSchemas),
/* harmony export */   _Q: () => (/* binding */ readSchemaBeside),
/* harmony export */   pR: () => (/* binding */ unusedSchemaFiles)
/* harmony export */ });
/* harmony import */ var _core_problems_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(571);
/* harmony import */ var _core_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6893);
/* harmony import */ var _core_schema_file_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2315);
/* harmony import */ var _settings_error_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6763);




/** Far more than any table's schema (Genesys: 50 fields): a larger file is refused before it is read. */
const MAX_SCHEMA_FILE_BYTES = 1024 * 1024;
/** The schema file beside a CSV (`<name>.schema.json`, `.yaml` or `.yml`), read through the gate; undefined if none. */
function readSchemaBeside(gate, csvPath) {
    for (const candidate of (0,_core_schema_file_js__WEBPACK_IMPORTED_MODULE_2__/* .schemaFileCandidates */ .AU)(csvPath)) {
        let text;
        try {
            text = gate.readTextIfExists(candidate, 'schema file', MAX_SCHEMA_FILE_BYTES);
        }
        catch (error) {
            // A link, or not a regular file: refused by the gate, and this table fails with the gate's reason.
            if (!(error instanceof _settings_error_js__WEBPACK_IMPORTED_MODULE_3__/* .SettingsError */ .G))
                throw error;
            throw new _core_problems_js__WEBPACK_IMPORTED_MODULE_0__/* .DataFileError */ .t1({ kind: 'schema-file', file: candidate, line: 1, message: error.message });
        }
        if (text === undefined)
            continue;
        const { division, references, ...schema } = (0,_core_schema_file_js__WEBPACK_IMPORTED_MODULE_2__/* .readSchemaFile */ .EZ)(text, candidate);
        return { path: candidate, schema, ...(division ? { division } : {}), ...(references ? { references } : {}) };
    }
    return undefined;
}
/** Whether any of the files has a YAML schema file beside it (the YAML library is then loaded before they are read). */
function hasYamlSchemas(gate, files) {
    return files.some((file) => (0,_core_schema_file_js__WEBPACK_IMPORTED_MODULE_2__/* .schemaFileCandidates */ .AU)(file.relativePath).some((candidate) => {
        if (!/\.ya?ml$/i.test(candidate))
            return false;
        try {
            return gate.isFile(candidate, 'schema file');
        }
        catch (error) {
            // A link: readSchemaBeside refuses it with the gate's reason before any YAML is read.
            if (error instanceof _settings_error_js__WEBPACK_IMPORTED_MODULE_3__/* .SettingsError */ .G)
                return false;
            throw error;
        }
    }));
}
/** A vendor without a schema API says so once for the schema files it cannot use (validate still uses them). */
function unusedSchemaFiles(gate, files, provider) {
    if (!provider || provider.createTable)
        return [];
    const found = files.flatMap((file) => (0,_core_schema_file_js__WEBPACK_IMPORTED_MODULE_2__/* .schemaFileCandidates */ .AU)(file.relativePath).filter((candidate) => {
        try {
            return gate.isFile(candidate, 'schema file');
        }
        catch (error) {
            // A link there is not used either; the plan need not say more of it.
            if (error instanceof _settings_error_js__WEBPACK_IMPORTED_MODULE_3__/* .SettingsError */ .G)
                return false;
            throw error;
        }
    }));
    if (found.length === 0)
        return [];
    const them = found.length === 1 ? 'it' : 'them';
    return [
        `${provider.capabilities.describe} cannot create tables or columns through its API: ${found.map(_core_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .codeOrText */ .Qg).join(', ')} ${found.length === 1 ? 'is' : 'are'} not used by the plan (\`mode: validate\` checks cells against ${them}).`,
    ];
}


/***/ }),

/***/ 6763:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* reexport safe */ _core_inputs_js__WEBPACK_IMPORTED_MODULE_0__.GN)
/* harmony export */ });
/* harmony import */ var _core_inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(662);
// The error lives in src/core/inputs.ts, where the vendors' inputs (src/providers/) can throw it too.



/***/ }),

/***/ 1208:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ BearerSession)
/* harmony export */ });
/**
 * Calls with a bearer token: logs in on first use, keeps the token for the run, and on a 401 (expired or revoked)
 * logs in once more and repeats the call. A second 401 is returned for the caller to explain. Tables planned side by
 * side share one login, and one re-login when their token expires.
 */
class BearerSession {
    http;
    login;
    token;
    /** A login under way: concurrent callers wait for it instead of each logging in. */
    loggingIn;
    /**
     * A login begun before any call (`begin`): every call that starts before one of them has met its outcome takes it
     * (a failure is reported to them, not followed by a second login); `taken` once one has.
     */
    early;
    /**
     * `login` gets a fresh token (and should throw a ProviderError saying what to check when it cannot), passing `ahead`
     * into its request when given.
     */
    constructor(http, login) {
        this.http = http;
        this.login = login;
    }
    /**
     * Begins logging in before the first call, and resolves once the login's request is on its way (or the login has
     * ended), never rejecting: what the run does next (loading the code that plans the tables) overlaps the wait for the
     * answer. A login no call has taken when the run closes the HTTP client is stopped there, not waited for.
     */
    begin() {
        if (this.token !== undefined || this.loggingIn !== undefined || this.early !== undefined)
            return Promise.resolve();
        const stop = new AbortController();
        return new Promise((resolve) => {
            const login = this.freshToken({ onSent: () => resolve(), signal: stop.signal });
            const early = { login, taken: false };
            this.early = early;
            this.http.onClose(() => {
                if (!early.taken)
                    stop.abort();
            });
            login.then(() => resolve(), () => resolve());
        });
    }
    async send(req) {
        const first = await this.sendOnce(req);
        if (first.response.status !== 401)
            return first.response;
        // Only a 401 for the current token clears it: a request that met an expiry another one already handled reuses
        // that one's new token.
        if (this.token === first.token)
            this.token = undefined;
        return (await this.sendOnce(req)).response;
    }
    async sendOnce(req) {
        const token = this.token ?? (await this.tokenForCall());
        const response = await this.http.send({ ...req, headers: { ...req.headers, authorization: `Bearer ${token}` } });
        return { response, token };
    }
    /** The begun login while no call has met its outcome yet, else a fresh one (shared by calls side by side). */
    async tokenForCall() {
        const early = this.early;
        if (!early)
            return this.freshToken();
        early.taken = true;
        try {
            return await early.login;
        }
        finally {
            if (this.early === early)
                this.early = undefined;
        }
    }
    async freshToken(ahead) {
        this.loggingIn ??= this.login(ahead)
            .then((token) => {
            this.http.addSecret(token);
            this.token = token;
            return token;
        })
            .finally(() => {
            this.loggingIn = undefined;
        });
        return this.loggingIn;
    }
}


/***/ }),

/***/ 1652:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kk: () => (/* binding */ DATATABLES_SERVICE),
/* harmony export */   Q0: () => (/* binding */ AUDIT_PATH),
/* harmony export */   X$: () => (/* binding */ editFrom),
/* harmony export */   _F: () => (/* binding */ AUDIT_PAGE_SIZE),
/* harmony export */   k5: () => (/* binding */ ARCHITECT_SERVICE),
/* harmony export */   kO: () => (/* binding */ AUDIT_MAX_PAGES),
/* harmony export */   kk: () => (/* binding */ AUDIT_PERMISSION),
/* harmony export */   sc: () => (/* binding */ AUDIT_DAYS),
/* harmony export */   wT: () => (/* binding */ auditQuery)
/* harmony export */ });
/**
 * Who changed a data table, from Genesys' audit log: `POST /api/v2/audits/query/realtime` (the SDK's
 * AuditApi.postAuditsQueryRealtime, `expand` sent as `expand=user` so that a user comes with a name), with an
 * AuditRealtimeQueryRequest ({interval, serviceName, filters, sort, pageNumber, pageSize}) and an
 * AuditRealtimeQueryResultsResponse of AuditLogMessage entities back. Sources and what is assumed: docs/genesys.md,
 * "Who changed a table".
 */
const AUDIT_PATH = '/api/v2/audits/query/realtime';
/** The permission the SDK docs and the Genesys CLI list for the call ("Requires ALL permissions"). */
const AUDIT_PERMISSION = 'audits:audit:view';
/**
 * The services asked, in turn: `Datatables` first (a service of its own in the SDK's ServiceNameEnum, beside
 * `Architect`), then `Architect` for a drifted table the first named nowhere. Which one logs row writes is not
 * documented: both readings work. Sources: docs/genesys.md, "Who changed a table".
 */
const DATATABLES_SERVICE = 'Datatables';
const ARCHITECT_SERVICE = 'Architect';
/** The realtime query answers at most 14 days back ("will only retrieve 14 days worth of audits"). */
const AUDIT_DAYS = 14;
/** Assumed page size (the SDK documents no maximum for this call; 100 is what its other queries take). */
const AUDIT_PAGE_SIZE = 100;
/** Newest first, a few pages at most: the latest change to each drifted row is what a reader needs. */
const AUDIT_MAX_PAGES = 5;
/**
 * One page of a realtime query over `[since, until]`, newest first (AuditQuerySort: name `Timestamp`, sortOrder
 * `descending`), of one service, filtered by entity id when given (AuditQueryFilter property `EntityId`).
 */
function auditQuery(serviceName, since, until, page, entityId) {
    return {
        interval: `${since.toISOString()}/${until.toISOString()}`,
        serviceName,
        ...(entityId ? { filters: [{ property: 'EntityId', value: entityId }] } : {}),
        sort: [{ name: 'Timestamp', sortOrder: 'descending' }],
        pageNumber: page,
        pageSize: AUDIT_PAGE_SIZE,
    };
}
/** `/flows/datatables/<table>/rows/<key>` in an entity's selfUri: the table, and the row when there is one. */
const TABLE_URI = /\/flows\/datatables\/([^/?#]+)(?:\/rows\/([^?#]+))?/;
function decoded(text) {
    try {
        return decodeURIComponent(text);
    }
    catch {
        return text;
    }
}
/**
 * An audit entry as an edit of this table, or undefined when it is not one. Assumed, and read every way the SDK's
 * types allow (docs/genesys.md): the entry is the table's when its entity is the table, its entity's selfUri is under
 * the table, or a context value is the table's id; its row is the entity when the entity type is `Row` (its name,
 * else the key in its selfUri, else its id), or a property change named `key`; an entry naming no row is an edit of
 * the table. Who: the user (by name when expanded, else id) or, with no user, the OAuth client (by id: the entry
 * carries no name). Entries without a time or anyone are left out.
 */
function editFrom(entry, table) {
    const at = entry.eventDate && !Number.isNaN(Date.parse(entry.eventDate)) ? entry.eventDate : undefined;
    const user = entry.user?.name || entry.user?.id;
    const client = entry.client?.id;
    if (!at || !(user || client))
        return undefined;
    const uri = TABLE_URI.exec(entry.entity?.selfUri ?? '');
    const ofTable = entry.entity?.id === table.id ||
        (uri !== null && decoded(uri[1]) === table.id) ||
        Object.values(entry.context ?? {}).includes(table.id);
    if (!ofTable)
        return undefined;
    const isRow = /row/i.test(entry.entityType ?? '') && entry.entity?.id !== table.id;
    const keyChange = entry.propertyChanges?.find((change) => change.property?.toLowerCase() === 'key');
    const rowKey = isRow
        ? entry.entity?.name || (uri?.[2] !== undefined ? decoded(uri[2]) : undefined) || entry.entity?.id
        : (keyChange?.newValues?.[0] ?? keyChange?.oldValues?.[0]);
    const action = (entry.action ?? '').toLowerCase();
    return {
        tableId: table.id,
        ...(rowKey !== undefined && rowKey !== '' ? { rowKey } : {}),
        action: action.startsWith('create') || action === 'add'
            ? 'added'
            : action.startsWith('delete') || action === 'remove'
                ? 'deleted'
                : 'changed',
        who: user ?? client,
        by: user ? 'user' : 'OAuth client',
        at: new Date(at).toISOString(),
    };
}


/***/ }),

/***/ 1300:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cU: () => (/* binding */ GenesysClient),
/* harmony export */   n_: () => (/* binding */ GenesysApiError),
/* harmony export */   qi: () => (/* binding */ describeGenesysError),
/* harmony export */   sL: () => (/* binding */ genesysHosts)
/* harmony export */ });
/* unused harmony exports permissionHint, readRateLimitHeaders */
/* harmony import */ var _bearer_session_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1208);
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4585);
/* harmony import */ var _provider_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2288);
/* harmony import */ var _audit_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1652);
/* harmony import */ var _lookups_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(268);





/** The org's hosts: `api.<region>` and `login.<region>`, unless overridden (proxy, local emulator). */
function genesysHosts(region, apiUrl, loginUrl) {
    const trim = (url) => url.replace(/\/+$/, '');
    return {
        apiUrl: trim(apiUrl || `https://api.${region}`),
        loginUrl: trim(loginUrl || `https://login.${region}`),
    };
}
/** "message (code X, contextId Y)": what support needs, from a Genesys error body. */
function describeGenesysError(body) {
    const error = (0,_http_js__WEBPACK_IMPORTED_MODULE_0__/* .parseJson */ .qF)(body);
    const extra = [error.code && `code ${error.code}`, error.contextId && `contextId ${error.contextId}`].filter(Boolean);
    const message = error.message || body.slice(0, 200) || 'no details';
    return extra.length > 0 ? `${message} (${extra.join(', ')})` : message;
}
/**
 * The permissions each call needs (any one of them), as the reference lists them from the API's 403 answers; undefined
 * for the Downloads API, which names none (the SDK's DownloadsApi and the gc CLI list no permission for it).
 */
function permissionHint(method, url) {
    const path = new URL(url, 'https://api.invalid').pathname;
    if (/\/api\/v2\/downloads\//.test(path))
        return undefined;
    if (path.startsWith('/api/v2/architect/dependencytracking/'))
        return 'architect:dependencyTracking:view';
    if (path.startsWith('/api/v2/audits/'))
        return _audit_js__WEBPACK_IMPORTED_MODULE_3__/* .AUDIT_PERMISSION */ .kk;
    // The lookups of objects a reference column names (lookups.ts).
    const lookup = Object.values(_lookups_js__WEBPACK_IMPORTED_MODULE_2__/* .LOOKUPS */ .CY).find((call) => call.path === path);
    if (lookup)
        return lookup.permission ?? `no listed permission for this call (the SDK's ${lookup.sdk} lists none)`;
    // Creating and changing tables (tables as code), as the gc CLI's data table commands list them.
    if (method === 'POST' && /\/flows\/datatables\/?$/.test(path))
        return 'architect:datatable:add';
    if (method === 'PUT' && /\/flows\/datatables\/[^/]+\/?$/.test(path))
        return 'architect:datatable:edit';
    if (method === 'POST' && path.endsWith('/import/csv/jobs'))
        return 'architect:datatable:edit or architect:datatableRow:add';
    if (method === 'GET' && path.endsWith('/import/jobs'))
        return 'architect:datatable:edit or architect:datatableRow:view';
    if (/\/(rows|export\/jobs|import\/jobs)(\/|$)/.test(path))
        return 'architect:datatable:view or architect:datatableRow:view';
    return 'architect:datatable:view';
}
/**
 * Authenticated calls to the Platform API: client-credentials login, the token cached for the run,
 * and one fresh login when a call answers 401 (token expired or revoked).
 */
class GenesysClient {
    http;
    connection;
    session;
    constructor(connection, http) {
        this.connection = connection;
        this.http = http;
        this.session = new _bearer_session_js__WEBPACK_IMPORTED_MODULE_4__/* .BearerSession */ .w(http, (ahead) => this.login(ahead));
        // Every table's requests share the OAuth client's budget. Answers no longer carry inin-ratelimit-* headers (removed
        // in 2021); an answer that still does is read too, nothing depends on it.
        const budget = connection.rateLimit ?? { allowed: 300, windowMs: 60_000 };
        http.budget(connection.apiUrl, budget.allowed, budget.windowMs);
        http.paceBy(connection.apiUrl, readRateLimitHeaders);
        http.addSecret(connection.clientSecret);
        http.addSecret(basicCredentials(connection));
    }
    get apiUrl() {
        return this.connection.apiUrl;
    }
    /** Begins the OAuth login before the first call; resolves once its request is on its way (VendorRun.login). */
    beginLogin() {
        return this.session.begin();
    }
    /** The OAuth client's budget in words: "300 requests a minute". */
    get budgetWords() {
        const { allowed, windowMs } = this.connection.rateLimit ?? { allowed: 300, windowMs: 60_000 };
        return `${allowed} requests ${windowMs === 60_000 ? 'a minute' : `in ${Math.round(windowMs / 1000)} s`}`;
    }
    /**
     * Calls the API at `path` and returns the 2xx answer (and a 3xx one with `redirect: 'return'`: the caller decides
     * where, and with which credentials, to follow it).
     */
    async call(req, action) {
        const { path, redirect, ...request } = req;
        const url = `${this.connection.apiUrl}${path}`;
        // As the official SDK sends every call (its ApiClient sets Content-Type: application/json, body or not).
        const headers = { accept: 'application/json', 'content-type': 'application/json', ...request.headers };
        const response = await this.session.send({ ...request, headers, url });
        if (response.status === 401) {
            throw new _provider_js__WEBPACK_IMPORTED_MODULE_1__/* .ProviderError */ .mZ(this.http.redact(`Genesys rejected a fresh access token while trying to ${action} (401): ${describeGenesysError(response.body)}. ` +
                'Check that the OAuth client is active and its role is in the right division.'));
        }
        if (response.status >= 200 && response.status < 300)
            return response;
        if (redirect === 'return' && response.status >= 300 && response.status < 400)
            return response;
        let message = `Genesys answered ${response.status} to ${req.method} ${(0,_http_js__WEBPACK_IMPORTED_MODULE_0__/* .safeUrl */ .Pl)(url)} while trying to ${action}: ${describeGenesysError(response.body)}`;
        if (response.status === 403) {
            const needs = permissionHint(req.method, url);
            message += needs
                ? `. The OAuth client's role needs ${needs}`
                : '. The Downloads API needs no permission, so no role change fixes this: the download may have expired or belong to another client; run again';
        }
        throw new GenesysApiError(this.http.redact(message), response.status);
    }
    async json(req, action) {
        const response = await this.call(req, action);
        try {
            return JSON.parse(response.body);
        }
        catch {
            throw new _provider_js__WEBPACK_IMPORTED_MODULE_1__/* .ProviderError */ .mZ(`Genesys answered ${action} with something that is not JSON`);
        }
    }
    async login(ahead) {
        const url = `${this.connection.loginUrl}/oauth/token`;
        let response;
        try {
            response = await this.http.send({
                ...ahead,
                method: 'POST',
                url,
                idempotent: true, // a second token request is harmless
                headers: {
                    authorization: `Basic ${basicCredentials(this.connection)}`,
                    'content-type': 'application/x-www-form-urlencoded',
                    accept: 'application/json',
                },
                body: 'grant_type=client_credentials',
            });
        }
        catch (error) {
            throw new _provider_js__WEBPACK_IMPORTED_MODULE_1__/* .ProviderError */ .mZ(`Could not reach the Genesys login host: ${error.message}`);
        }
        if (response.status !== 200) {
            const hint = response.status === 400 || response.status === 401
                ? ' Check genesys-client-id, genesys-client-secret and genesys-region (the client must use the Client Credentials grant).'
                : '';
            // Genesys' login host says why in `description` (not OAuth's usual `error_description`).
            const error = (0,_http_js__WEBPACK_IMPORTED_MODULE_0__/* .parseJson */ .qF)(response.body);
            const detail = [error.error, error.description || error.error_description || error.message].filter(Boolean).join(': ') ||
                `status ${response.status}`;
            throw new _provider_js__WEBPACK_IMPORTED_MODULE_1__/* .ProviderError */ .mZ(this.http.redact(`Genesys login at ${(0,_http_js__WEBPACK_IMPORTED_MODULE_0__/* .safeUrl */ .Pl)(url)} failed (${response.status}): ${detail}.${hint}`));
        }
        const token = (0,_http_js__WEBPACK_IMPORTED_MODULE_0__/* .parseJson */ .qF)(response.body).access_token;
        if (typeof token !== 'string' || token === '') {
            throw new _provider_js__WEBPACK_IMPORTED_MODULE_1__/* .ProviderError */ .mZ('Genesys login answered without an access_token');
        }
        return token;
    }
}
/** `inin-ratelimit-allowed`, `-count` and `-reset` (seconds), as every Genesys API answer carries them. */
function readRateLimitHeaders(headers) {
    const number = (name) => {
        const value = headers[`inin-ratelimit-${name}`];
        const text = Array.isArray(value) ? value[0] : value;
        return text !== undefined && /^\s*[0-9]+\s*$/.test(text) ? Number(text) : undefined;
    };
    const allowed = number('allowed');
    const count = number('count');
    const reset = number('reset');
    if (allowed === undefined || count === undefined || reset === undefined || allowed === 0)
        return undefined;
    return { allowed, count, resetMs: reset * 1000 };
}
class GenesysApiError extends _provider_js__WEBPACK_IMPORTED_MODULE_1__/* .ProviderError */ .mZ {
    status;
    constructor(message, status) {
        super(message);
        this.status = status;
    }
}
function basicCredentials(connection) {
    return Buffer.from(`${connection.clientId}:${connection.clientSecret}`).toString('base64');
}


/***/ }),

/***/ 268:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CY: () => (/* binding */ LOOKUPS),
/* harmony export */   QR: () => (/* binding */ foundIn),
/* harmony export */   SN: () => (/* binding */ OBJECT_ID),
/* harmony export */   fP: () => (/* binding */ lookupQuery)
/* harmony export */ });
/* harmony import */ var _core_references_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1237);

const LOOKUPS = {
    queue: { path: '/api/v2/routing/queues', sdk: 'RoutingApi.getRoutingQueues', permission: 'routing:queue:view' },
    // Without state=any the call lists active users only: an inactive user still exists (and is named).
    user: { path: '/api/v2/users', sdk: 'UsersApi.getUsers', permission: undefined, query: { state: 'any' } },
    // The plain listing (getArchitectSchedulegroups) takes no ids; its division view does.
    'schedule-group': {
        path: '/api/v2/architect/schedulegroups/divisionviews',
        sdk: 'ArchitectApi.getArchitectSchedulegroupsDivisionviews',
        permission: 'routing:scheduleGroup:search',
    },
    skill: { path: '/api/v2/routing/skills', sdk: 'RoutingApi.getRoutingSkills', permission: 'routing:skill:view' },
    'wrap-up-code': {
        path: '/api/v2/routing/wrapupcodes',
        sdk: 'RoutingApi.getRoutingWrapupcodes',
        permission: 'routing:wrapupCode:view',
    },
    // getFlows' `id` is deprecated in the SDK ("use GET /api/v2/flows/lookup with the ids parameter instead").
    flow: { path: '/api/v2/flows/lookup', sdk: 'ArchitectApi.getFlowsLookup', permission: 'architect:flow:view' },
};
/** Every Genesys object id is a UUID: anything else names nothing, and is never sent (it would only be a 400). */
const OBJECT_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/**
 * The query of one lookup request: the ids joined by commas into one `id`, as the JS SDK sends a collection
 * (`ApiClient.serialize`: `obj[p].join(",")`; only UUIDs are sent, so nothing needs escaping), and a page of 100.
 */
function lookupQuery(kind, ids, page) {
    const query = new URLSearchParams({ pageNumber: String(page), pageSize: String(_core_references_js__WEBPACK_IMPORTED_MODULE_0__/* .IDS_PER_LOOKUP */ .i6) });
    for (const [name, value] of Object.entries(LOOKUPS[kind].query ?? {}))
        query.set(name, value);
    return `${query}&id=${ids.join(',')}`;
}
/**
 * id -> name of the asked objects a listing holds (ids compared without case: the file's spelling is kept); a user
 * whose state is `deleted`, or a deleted flow, names nothing.
 */
function foundIn(listing, asked, into) {
    const byLower = new Map(asked.map((id) => [id.toLowerCase(), id]));
    for (const entity of listing.entities ?? []) {
        const id = typeof entity.id === 'string' ? byLower.get(entity.id.toLowerCase()) : undefined;
        if (id === undefined || entity.state === 'deleted' || entity.deleted === true)
            continue;
        into.set(id, typeof entity.name === 'string' && entity.name !== '' ? entity.name : id);
    }
}


/***/ }),

/***/ 4585:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Qq: () => (/* binding */ HttpClient),
  U9: () => (/* binding */ isLoopback),
  qF: () => (/* binding */ parseJson),
  qp: () => (/* binding */ requireSecureUrl),
  Pl: () => (/* binding */ safeUrl)
});

// UNUSED EXPORTS: HttpError, retryAfterMs

// EXTERNAL MODULE: ./lib/core/clock.js
var core_clock = __webpack_require__(1601);
// EXTERNAL MODULE: ./lib/providers/provider.js + 1 modules
var provider = __webpack_require__(2288);
;// CONCATENATED MODULE: ./lib/providers/rate-pacer.js


/** Requests kept back from the window's end, for answers still on their way. */
const RESERVE = 1;
/** Send times kept: more than any window's allowance this pacer expects (Genesys: 300 a minute). */
const SENT_TIMES = 4096;
/** Longest single sleep before looking again: a fresh answer may change the picture. */
const LOOK_AGAIN_MS = 1000;
/** A window's reset is trusted up to this far ahead (a bad header must not stall a run). */
const LONGEST_RESET_MS = 120_000;
/**
 * Paces every request to an origin so that workers sharing one OAuth client never spend more than its budget: a
 * configured one (`budget`: at most `allowed` requests in any `windowMs`, counted from this run's own send times,
 * headers or not), and, where a vendor sends rate-limit headers, what they say is left (full speed while plenty is
 * left, then the rest spread over the time to the window's end). A 429 pauses every request to the origin, not just
 * the one that met it; a wait the run cannot afford blocks the origin, and every request then fails saying why.
 */
class RatePacer {
    origins = new Map();
    onPace;
    clock;
    constructor(onPace, clock = core_clock/* realClock */.d) {
        this.onPace = onPace;
        this.clock = clock;
    }
    /** Paces requests to `origin` by the headers `read` understands (without: only 429s pause it). */
    paceBy(origin, read) {
        this.state(origin).read = read;
    }
    /** At most `allowed` requests to `origin` in any `windowMs`, whatever its answers say. */
    budget(origin, allowed, windowMs) {
        const state = this.state(origin);
        state.budget = { allowed, windowMs };
        if (state.sentAt.length <= allowed) {
            const sentAt = new Float64Array(allowed + 1);
            const doneAt = new Float64Array(allowed + 1);
            for (let seq = Math.max(1, state.sent - state.sentAt.length + 1); seq <= state.sent; seq++) {
                sentAt[seq % sentAt.length] = state.sentAt[seq % state.sentAt.length];
                doneAt[seq % doneAt.length] = state.doneAt[seq % state.doneAt.length];
            }
            state.sentAt = sentAt;
            state.doneAt = doneAt;
        }
    }
    /**
     * Requests `origin`'s budget has room for now, none of them waiting: the allowance, less the requests sent in the
     * last window (unanswered ones too) and the reserve. Without a budget: Infinity.
     */
    room(origin, now = this.clock.now()) {
        const state = this.origins.get(origin);
        const budget = state?.budget;
        if (!state || !budget)
            return Number.POSITIVE_INFINITY;
        let inWindow = 0;
        for (let seq = state.sent; seq >= 1 && state.sent - seq < state.sentAt.length; seq--) {
            const sentAt = state.sentAt[seq % state.sentAt.length];
            const doneAt = state.doneAt[seq % state.doneAt.length];
            // As waitFor counts it: a request leaves the window one window after its answer; unanswered, it stays.
            const leftAt = doneAt >= sentAt ? doneAt + budget.windowMs : Number.POSITIVE_INFINITY;
            if (leftAt > now)
                inWindow++;
        }
        return Math.max(0, budget.allowed - inWindow - RESERVE);
    }
    /** Every later request to `origin` fails with `reason` (a ProviderError from acquire). */
    block(origin, reason) {
        this.state(origin).blocked = reason;
    }
    /** Waits for a turn to send to `origin`; returns the request's number, for `answered`. */
    async acquire(origin) {
        const state = this.state(origin);
        let told = false;
        for (;;) {
            if (state.blocked)
                throw new provider/* ProviderError */.mZ(state.blocked);
            const { waitMs, why } = this.waitFor(state, this.clock.now());
            if (waitMs <= 0)
                break;
            // Said once per wait, and once in 10 s at most for all the workers waiting on one origin.
            if (!told && waitMs >= 2000 && this.clock.now() - state.toldAt >= 10_000) {
                told = true;
                state.toldAt = this.clock.now();
                this.onPace?.({ origin, waitMs, why });
            }
            await this.clock.sleep(Math.min(waitMs, LOOK_AGAIN_MS));
        }
        state.inFlight++;
        state.lastSentAt = this.clock.now();
        state.sent++;
        state.sentAt[state.sent % state.sentAt.length] = state.lastSentAt;
        return state.sent;
    }
    /** The answer (or its absence: `headers` undefined) to request `seq`. */
    answered(origin, seq, headers) {
        const state = this.state(origin);
        state.inFlight = Math.max(0, state.inFlight - 1);
        state.doneAt[seq % state.doneAt.length] = this.clock.now();
        const window = headers && state.read?.(headers);
        if (!window || (state.window && seq < state.window.seq))
            return;
        const resetMs = Math.min(Math.max(0, window.resetMs), LONGEST_RESET_MS);
        state.window = { allowed: window.allowed, count: window.count, resetAt: this.clock.now() + resetMs, seq };
    }
    /** After a 429: nothing more is sent to `origin` for `waitMs`. */
    pause(origin, waitMs) {
        const state = this.state(origin);
        state.pausedUntil = Math.max(state.pausedUntil, this.clock.now() + waitMs);
    }
    state(origin) {
        let state = this.origins.get(origin);
        if (!state) {
            state = {
                sent: 0,
                sentAt: new Float64Array(SENT_TIMES),
                doneAt: new Float64Array(SENT_TIMES),
                inFlight: 0,
                lastSentAt: 0,
                pausedUntil: 0,
                toldAt: Number.NEGATIVE_INFINITY,
            };
            this.origins.set(origin, state);
        }
        return state;
    }
    waitFor(state, now) {
        if (state.pausedUntil > now)
            return { waitMs: state.pausedUntil - now, why: 'the vendor answered 429 (rate limited)' };
        const budget = state.budget;
        if (budget && state.sent >= budget.allowed) {
            // The request `allowed` sends ago must have left the window. The vendor counts it when it arrives, which is
            // after it was sent (a slow one arrives late) and before its answer came: it leaves the window for sure one
            // window after its answer. Still unanswered, it holds its slot.
            const seq = state.sent - budget.allowed + 1;
            const sentAt = state.sentAt[seq % state.sentAt.length];
            const doneAt = state.doneAt[seq % state.doneAt.length];
            const waitMs = doneAt >= sentAt ? doneAt + budget.windowMs - now : 50;
            if (waitMs > 0) {
                return {
                    waitMs,
                    why: `${budget.allowed} requests were sent in the last ${Math.round(budget.windowMs / 1000)} s, the rate limit's budget`,
                };
            }
        }
        const window = state.window;
        if (!window)
            return { waitMs: 0, why: '' };
        // Left in the window: its count, less the requests sent after the one that answered it.
        const sinceAnswer = state.sent - window.seq;
        const left = window.allowed - window.count - sinceAnswer;
        const lowWater = Math.max(4 * RESERVE, Math.floor(window.allowed / 10));
        if (left > lowWater)
            return { waitMs: 0, why: '' };
        const toReset = window.resetAt - now;
        const why = `${Math.max(0, left)} of ${window.allowed} requests left in the rate-limit window`;
        if (left <= RESERVE)
            return { waitMs: this.untilSlotFrees(state, window, RESERVE - left, now), why };
        const spacing = toReset / (left - RESERVE);
        return { waitMs: state.lastSentAt + spacing - now, why };
    }
    /**
     * How long until the window has freed slot `k` (0: the next one). The window's oldest request leaves at its reset;
     * when the requests it holds are this pacer's own, the later ones leave as far apart as they were sent (a sliding
     * window), so slot k frees at reset + (send time of the k-th oldest - send time of the oldest). A fixed window frees
     * every slot at its reset: the first answer after it says so. Without the send times (someone else's requests in
     * the window): after the reset, one request at a time until an answer tells the new count.
     */
    untilSlotFrees(state, window, k, now) {
        const oldest = window.seq - window.count + 1;
        const known = oldest >= 1 && oldest + k <= window.seq && state.sent - oldest < state.sentAt.length;
        if (!known) {
            if (now < window.resetAt)
                return window.resetAt - now;
            return state.inFlight === 0 ? 0 : 50;
        }
        const sentAt = (seq) => state.sentAt[seq % state.sentAt.length];
        return window.resetAt + (sentAt(oldest + k) - sentAt(oldest)) - now;
    }
}

// EXTERNAL MODULE: ./node_modules/undici/lib/api/index.js
var api = __webpack_require__(6615);
// EXTERNAL MODULE: ./node_modules/undici/lib/dispatcher/agent.js
var agent = __webpack_require__(7405);
// EXTERNAL MODULE: ./node_modules/undici/lib/dispatcher/dispatcher.js
var dispatcher = __webpack_require__(883);
// EXTERNAL MODULE: ./node_modules/undici/lib/dispatcher/env-http-proxy-agent.js
var env_http_proxy_agent = __webpack_require__(3137);
;// CONCATENATED MODULE: ./lib/providers/undici.js




// The parts of undici the HTTP client uses, each from its own module: undici's index also loads fetch, WebSocket,
// EventSource, the mock, cache and SQLite layers and the built-ins they need (zlib, worker_threads...), compiled at
// every start of the action for nothing it does. undici has no `exports` map: these paths are its own requires.
// As undici's index does: request() and its siblings on every dispatcher (the proxy agent connects through them).
Object.assign(dispatcher.prototype, api);

/**
 * undici's `request(url, options)`: the URL split into origin and path, sent through `options.dispatcher`; `onSent`
 * is told when the request (head and body) has been written to the connection.
 */
function request(url, options) {
    const { dispatcher: through, onSent, ...rest } = options;
    const dispatcher = onSent ? through.compose(tellingWhenSent(onSent)) : through;
    const parsed = new URL(url);
    return dispatcher.request({
        ...rest,
        origin: parsed.origin,
        path: `${parsed.pathname}${parsed.search}`,
        method: rest.method ?? (rest.body ? 'PUT' : 'GET'),
    });
}
/**
 * An interceptor that tells `onSent` when undici has written the request (its handler's `onRequestSent`), the answer
 * going to the request's own handler as before. A Proxy, so the handler's methods still run on the handler itself.
 */
function tellingWhenSent(onSent) {
    return (dispatch) => (options, handler) => dispatch(options, new Proxy(handler, {
        get(target, key) {
            if (key === 'onRequestSent') {
                return () => {
                    onSent();
                    return target.onRequestSent?.();
                };
            }
            const value = Reflect.get(target, key);
            return typeof value === 'function' ? value.bind(target) : value;
        },
    }));
}

;// CONCATENATED MODULE: ./lib/providers/http.js




/** What a request's own body reader threw: passed through, never taken for a network failure. */
class ConsumerFailure {
    error;
    constructor(error) {
        this.error = error;
    }
}
/**
 * A request that failed for good (a final non-2xx answer, or no answer after retries); `message` is safe to show.
 * It is a ProviderError, so a vendor that cannot be reached fails its table with this message, not the run.
 */
class HttpError extends provider/* ProviderError */.mZ {
    status;
    body;
    constructor(message, status, body) {
        super(message);
        this.name = 'HttpError';
        this.status = status;
        this.body = body;
    }
}
const RETRYABLE_NETWORK_CODES = new Set([
    'ECONNRESET',
    'ECONNREFUSED',
    'EPIPE',
    'ETIMEDOUT',
    'UND_ERR_SOCKET',
    'UND_ERR_CONNECT_TIMEOUT',
    'UND_ERR_HEADERS_TIMEOUT',
    'UND_ERR_BODY_TIMEOUT',
    'UND_ERR_CLOSED',
]);
/**
 * The one HTTP client: undici, with bounded retries (429 honouring Retry-After, 5xx and dropped
 * connections with exponential backoff and jitter), per-request timeouts, a request counter, and
 * redaction of every registered secret from anything it reports.
 */
class HttpClient {
    options;
    /** Shared by every request: workers sharing a vendor's rate limit are paced together. */
    pacer;
    /** Every wait of this client, and of the vendors that poll through it. */
    clock;
    dispatcher;
    closing = [];
    secrets = new Set();
    count = 0;
    constructor(options = {}) {
        this.options = {
            maxAttempts: options.maxAttempts ?? 6,
            maxRetryMs: options.maxRetryMs ?? 120_000,
            longestWaitMs: options.longestWaitMs ?? 15 * 60_000,
            deadlineMs: options.deadlineMs ?? 5 * 60_000,
            maxResponseBytes: options.maxResponseBytes ?? 32 * 1024 * 1024,
            timeoutMs: options.timeoutMs ?? 60_000,
            random: options.random ?? Math.random,
            onRetry: options.onRetry,
            onSecret: options.onSecret,
            onResponse: options.onResponse,
        };
        this.clock = options.clock ?? core_clock/* realClock */.d;
        this.pacer = new RatePacer(options.onPace, this.clock);
        const env = options.proxyEnv ?? process.env;
        const proxy = (name) => env[name] || env[name.toLowerCase()] || undefined;
        const timeouts = {
            headersTimeout: this.options.timeoutMs,
            bodyTimeout: this.options.timeoutMs,
            connectTimeout: Math.min(this.options.timeoutMs, 30_000),
        };
        const httpProxy = proxy('HTTP_PROXY');
        const httpsProxy = proxy('HTTPS_PROXY');
        // Runners behind a proxy set these variables; without them, a plain agent (no proxy logic on the way).
        this.dispatcher =
            httpProxy || httpsProxy
                ? new env_http_proxy_agent({
                    ...timeouts,
                    ...(httpProxy ? { httpProxy } : {}),
                    ...(httpsProxy ? { httpsProxy } : {}),
                    noProxy: proxy('NO_PROXY') ?? '',
                })
                : new agent(timeouts);
    }
    /** Registers a value that must never appear in an error message. */
    addSecret(secret) {
        if (secret.length < 4 || this.secrets.has(secret))
            return;
        this.secrets.add(secret);
        this.options.onSecret?.(secret);
    }
    /**
     * Registers a signed URL's credentials the moment it is known: its query string and each of its values (a storage
     * error that echoes the signature, percent-encoded or not, is then redacted like any secret).
     */
    addUrlSecrets(url) {
        let parsed;
        try {
            parsed = new URL(url);
        }
        catch {
            return;
        }
        const query = parsed.search.slice(1);
        if (query === '')
            return;
        this.addSecret(query);
        for (const [, value] of parsed.searchParams) {
            if (value.length >= 8) {
                this.addSecret(value);
                this.addSecret(encodeURIComponent(value));
            }
        }
    }
    redact(text) {
        let result = text;
        for (const secret of this.secrets)
            result = result.split(secret).join('***');
        return result;
    }
    /** Paces requests to this URL's origin by the rate-limit headers `read` understands (see RatePacer). */
    paceBy(url, read) {
        this.pacer.paceBy(originOf(url), read);
    }
    /** At most `allowed` requests to this URL's origin in any `windowMs`, shared by everything this client sends. */
    budget(url, allowed, windowMs) {
        this.pacer.budget(originOf(url), allowed, windowMs);
    }
    /** Requests this URL's origin's budget has room for now without a wait (Infinity without a budget). */
    room(url) {
        return this.pacer.room(originOf(url));
    }
    /** Requests sent so far, every attempt counted. */
    requestCount() {
        return this.count;
    }
    /**
     * Told when the run closes the client, before it waits for the requests in flight: a request begun ahead of need is
     * stopped there if nothing took it, rather than held to its deadline.
     */
    onClose(stop) {
        this.closing.push(stop);
    }
    async close() {
        for (const stop of this.closing.splice(0))
            stop();
        await this.dispatcher.close();
    }
    /** Sends the request, retrying what is safe to retry; returns any final answer, 2xx or not. */
    async send(req) {
        const idempotent = req.idempotent ?? req.method !== 'POST';
        const started = this.clock.now();
        for (let attempt = 1;; attempt++) {
            let waitMs;
            let pausedMs;
            let reason;
            const origin = originOf(req.url);
            const seq = await this.pacer.acquire(origin);
            const sent = this.clock.now();
            let answered;
            try {
                this.count++;
                const deadlineMs = req.deadlineMs ?? this.options.deadlineMs;
                const fileBody = isFileBody(req.body) ? req.body : undefined;
                const response = await request(req.url, {
                    method: req.method,
                    // A stream is sent with its length: storage refuses a chunked upload (and it is known anyway).
                    headers: fileBody ? { ...req.headers, 'content-length': String(fileBody.length) } : req.headers,
                    body: fileBody ? fileBody.open() : req.body,
                    dispatcher: this.dispatcher,
                    ...(req.onSent ? { onSent: req.onSent } : {}),
                    signal: req.signal
                        ? AbortSignal.any([AbortSignal.timeout(deadlineMs), req.signal])
                        : AbortSignal.timeout(deadlineMs),
                }).catch((error) => {
                    throw isTimeout(error) ? this.deadlineError(req, deadlineMs) : error;
                });
                answered = response.headers;
                const consume = response.statusCode >= 200 && response.statusCode < 300 ? req.consume : undefined;
                if (consume) {
                    const failure = await consume(this.cappedBody(req, response.body, deadlineMs)).then(() => undefined, (error) => new ConsumerFailure(error));
                    if (failure) {
                        response.body.destroy();
                        throw failure;
                    }
                }
                const body = consume ? '' : await this.readBody(req, response.body, deadlineMs);
                const result = { status: response.statusCode, headers: response.headers, body };
                const correlation = response.headers['inin-correlation-id'] ?? response.headers['x-request-id'];
                this.options.onResponse?.({
                    method: req.method,
                    url: safeUrl(req.url),
                    status: response.statusCode,
                    ms: this.clock.now() - sent,
                    ...(typeof correlation === 'string' ? { correlationId: correlation } : {}),
                });
                if (response.statusCode === 429) {
                    reason = 'rate limited (429)';
                    waitMs = retryAfterMs(response.headers['retry-after'], this.clock.now());
                    if (waitMs !== undefined && waitMs > this.options.longestWaitMs) {
                        // Waiting would outlast the run: every request to this host stops now, saying what was asked.
                        const message = `${new URL(req.url).host} answered 429 and asked to wait ${formatWait(waitMs)} (Retry-After) before any further request, longer than this run may wait (${formatWait(this.options.longestWaitMs)}, job-timeout); stopped without waiting. Run again later`;
                        this.pacer.block(origin, message);
                        throw new HttpError(message, 429, this.redact(body));
                    }
                    const wanted = waitMs ?? this.backoffMs(attempt);
                    if (!this.mayRetry(attempt, started, wanted, waitMs !== undefined))
                        return result;
                    // Every request to this origin waits, not just this one: they share the limit.
                    pausedMs = this.withJitter(wanted, waitMs !== undefined);
                    this.pacer.pause(origin, pausedMs);
                }
                else if (response.statusCode >= 500 && idempotent) {
                    reason = `server error (${response.statusCode})`;
                    if (!this.mayRetry(attempt, started, this.backoffMs(attempt)))
                        return result;
                }
                else {
                    return result;
                }
            }
            catch (error) {
                if (error instanceof HttpError)
                    throw error;
                if (error instanceof ConsumerFailure)
                    throw error.error;
                if (req.signal?.aborted)
                    throw this.stoppedError(req);
                const code = error.code ?? '';
                // No answer at all: status 0 in the debug log, with the time it took to fail.
                this.options.onResponse?.({
                    method: req.method,
                    url: safeUrl(req.url),
                    status: 0,
                    ms: this.clock.now() - sent,
                });
                if (!idempotent || !RETRYABLE_NETWORK_CODES.has(code))
                    throw this.networkError(req, error);
                reason = `connection problem (${code})`;
                if (!this.mayRetry(attempt, started, this.backoffMs(attempt)))
                    throw this.networkError(req, error);
            }
            finally {
                this.pacer.answered(origin, seq, answered);
            }
            // A 429's wait is the origin's pause, waited in acquire; the others wait their backoff here.
            const delay = pausedMs ?? this.withJitter(waitMs ?? this.backoffMs(attempt), waitMs !== undefined);
            this.options.onRetry?.({ reason, waitMs: delay, attempt, url: safeUrl(req.url) });
            if (pausedMs === undefined)
                await this.clock.sleep(delay);
            if (req.signal?.aborted)
                throw this.stoppedError(req);
        }
    }
    /** Sends the request and fails with a readable HttpError unless the answer is 2xx. */
    async expectOk(req, describe) {
        const response = await this.send(req);
        if (response.status >= 200 && response.status < 300)
            return response;
        throw new HttpError(this.redact(describe(response)), response.status, this.redact(response.body));
    }
    /**
     * The answer's body, at most `maxResponseBytes` of it: a larger one is dropped unread with a clear error, and one
     * still coming at the deadline too.
     */
    async readBody(req, body, deadlineMs) {
        const chunks = [];
        for await (const chunk of this.cappedBody(req, body, deadlineMs))
            chunks.push(chunk);
        return Buffer.concat(chunks).toString('utf8');
    }
    /** The body's chunks as they come, ending with a clear error past `maxResponseBytes` or the deadline. */
    async *cappedBody(req, body, deadlineMs) {
        const max = req.maxResponseBytes ?? this.options.maxResponseBytes;
        let size = 0;
        try {
            for await (const chunk of body) {
                size += chunk.length;
                if (size > max) {
                    body.destroy();
                    throw new HttpError(this.redact(`${req.method} ${safeUrl(req.url)} answered with more than ${formatBytes(max)}, more than this answer can be; stopped reading it`), 0, '');
                }
                yield chunk;
            }
        }
        catch (error) {
            if (isTimeout(error))
                throw this.deadlineError(req, deadlineMs);
            throw error;
        }
    }
    deadlineError(req, deadlineMs) {
        return new HttpError(this.redact(`${req.method} ${safeUrl(req.url)} did not answer in full within ${Math.round(deadlineMs / 1000)} s; stopped waiting for it`), 0, '');
    }
    /** Another attempt fits: attempts left, and the wait within the retry budget (a vendor's Retry-After: the longest wait). */
    mayRetry(attempt, started, waitMs, askedByVendor = false) {
        const budget = askedByVendor
            ? Math.max(this.options.maxRetryMs, this.options.longestWaitMs)
            : this.options.maxRetryMs;
        return attempt < this.options.maxAttempts && this.clock.now() - started + waitMs <= budget;
    }
    backoffMs(attempt) {
        return Math.min(500 * 2 ** (attempt - 1), 16_000);
    }
    /** Retry-After is a floor, so jitter only adds to it; backoff gets full jitter around its middle. */
    withJitter(ms, isFloor) {
        const r = this.options.random();
        return Math.round(isFloor ? ms + r * Math.min(1000, ms * 0.2 + 100) : ms * (0.5 + r));
    }
    stoppedError(req) {
        return new HttpError(`${req.method} ${safeUrl(req.url)} was stopped: the run ended without needing it`, 0, '');
    }
    networkError(req, error) {
        const detail = error.message ?? String(error);
        return new HttpError(this.redact(`${req.method} ${safeUrl(req.url)} failed: ${detail}`), 0, '');
    }
}
function isFileBody(body) {
    return typeof body === 'object' && !(body instanceof Uint8Array);
}
/** Whether an error is the request's deadline passing (undici answers an abort by the timeout signal). */
function isTimeout(error) {
    const e = error;
    return (e?.name === 'TimeoutError' ||
        e?.cause?.name === 'TimeoutError' ||
        (e?.code === 'UND_ERR_ABORTED' && e?.cause?.name === 'TimeoutError'));
}
function formatBytes(bytes) {
    return bytes >= 1024 * 1024 ? `${Math.round(bytes / (1024 * 1024))} MiB` : `${bytes} bytes`;
}
/** A wait in words: "86400 s (24 h)". */
function formatWait(ms) {
    const seconds = Math.round(ms / 1000);
    if (seconds < 120)
        return `${seconds} s`;
    return seconds < 7200
        ? `${seconds} s (${Math.round(seconds / 60)} min)`
        : `${seconds} s (${Math.round(seconds / 3600)} h)`;
}
/** The scheme, host and port a URL's requests share a rate limit by. */
function originOf(url) {
    try {
        return new URL(url).origin;
    }
    catch {
        return url;
    }
}
/** Retry-After in seconds or as an HTTP date; undefined when absent or unreadable. */
function retryAfterMs(header, now = Date.now()) {
    const value = Array.isArray(header) ? header[0] : header;
    if (value === undefined || value.trim() === '')
        return undefined;
    if (/^\s*[0-9]+\s*$/.test(value))
        return Number(value) * 1000;
    const date = Date.parse(value);
    return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
/** A URL fit for messages: no query string (signed URLs carry credentials there) and no user info. */
function safeUrl(url) {
    try {
        const parsed = new URL(url);
        return `${parsed.protocol}//${parsed.host}${parsed.pathname}`;
    }
    catch {
        return '(invalid URL)';
    }
}
/** Whether a URL's host is this machine (the emulator and test fakes): only there may plain http be used. */
function isLoopback(url) {
    const host = url.hostname.replace(/^\[|\]$/g, '');
    return host === 'localhost' || host === '::1' || /^127(\.[0-9]{1,3}){3}$/.test(host);
}
/**
 * Refuses a URL that would carry credentials or data in clear: https only, plain http for loopback hosts alone.
 * `what` names the URL in the error (no query string is shown: signed URLs carry their signature there).
 */
function requireSecureUrl(url, what) {
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        throw new provider/* ProviderError */.mZ(`${what} is not a URL`);
    }
    if (parsed.protocol === 'https:' || (parsed.protocol === 'http:' && isLoopback(parsed)))
        return;
    throw new provider/* ProviderError */.mZ(`${what} (${safeUrl(url)}) is not https; refusing to send anything there`);
}
/** A JSON answer's object, or an empty object when the body is not JSON (error pages, empty bodies). */
function parseJson(text) {
    try {
        const value = JSON.parse(text);
        return value !== null && typeof value === 'object' ? value : {};
    }
    catch {
        return {};
    }
}


/***/ }),

/***/ 2288:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Ai: () => (/* binding */ MissingPermissionError),
  MM: () => (/* binding */ NO_TABLE_LIMITS),
  mZ: () => (/* binding */ ProviderError),
  My: () => (/* binding */ TableNotFoundError),
  fs: () => (/* binding */ changesOf),
  tX: () => (/* reexport */ rowList)
});

;// CONCATENATED MODULE: ./lib/core/row-source.js
/** A row source as a list, for the few that need one (a vendor's upsert call, a test). */
async function rowList(rows) {
    if (Array.isArray(rows))
        return rows;
    const list = [];
    for await (const row of rows)
        list.push(row);
    return list;
}

;// CONCATENATED MODULE: ./lib/providers/provider.js


/** An import request as changes, its upserts listed (a vendor's upsert calls take lists). */
async function changesOf(request) {
    return {
        key: request.key,
        upsert: await rowList(request.upsert),
        delete: request.delete,
        ...(request.wholeFile ? { wholeFile: true } : {}),
    };
}
/** For vendors that state no row or key limit of their own. */
const NO_TABLE_LIMITS = { maxRows: Number.MAX_SAFE_INTEGER, maxKeyLength: Number.MAX_SAFE_INTEGER };
/** A failure talking to the vendor, with a message fit to show the user (secrets already redacted). */
class ProviderError extends Error {
    constructor(message) {
        super(message);
        this.name = 'ProviderError';
    }
}
/** No table has this name or id (the plan can then create it from a schema file). */
class TableNotFoundError extends ProviderError {
    constructor(message) {
        super(message);
        this.name = 'TableNotFoundError';
    }
}
/** The credentials lack a permission an optional request needs: said once, never a failure. */
class MissingPermissionError extends ProviderError {
    permission;
    constructor(message, permission) {
        super(message);
        this.permission = permission;
    }
}


/***/ }),

/***/ 8523:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ TALKDESK_REGIONS),
/* harmony export */   b: () => (/* binding */ talkdeskHosts)
/* harmony export */ });
const TALKDESK_REGIONS = ['us', 'eu', 'ca', 'au'];
/** Login and API hosts per region, from Talkdesk's regions guide (see docs/vendors.md). */
const REGION_HOSTS = {
    us: { login: 'talkdeskid.com', api: 'https://api.talkdeskapp.com' },
    eu: { login: 'talkdeskid.eu', api: 'https://api.talkdeskapp.eu' },
    ca: { login: 'talkdeskidca.com', api: 'https://api.talkdeskappca.com' },
    au: { login: 'talkdeskid.au' },
};
/** The hosts of an account in a region, with the overrides applied; a message when the API host is unknown. */
function talkdeskHosts(options) {
    const hosts = REGION_HOSTS[options.region];
    const trim = (url) => url.replace(/\/+$/, '');
    return {
        loginUrl: trim(options.loginUrl || `https://${options.account}.${hosts.login}`),
        ...(options.apiUrl || hosts.api ? { apiUrl: trim(options.apiUrl || hosts.api) } : {}),
    };
}


/***/ }),

/***/ 8402:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cs: () => (/* binding */ artifactName),
/* harmony export */   Ub: () => (/* binding */ isDriftCheck),
/* harmony export */   jC: () => (/* binding */ safeName)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);

/**
 * A table name as a file name that no other name maps to: a name that is already safe is kept (`Holidays.csv`),
 * any other gets a short hash of the original, so "Hol idays" and "Hol_idays" never share a snapshot.
 */
function safeName(name) {
    if (/^[\w-][\w.-]{0,99}$/.test(name))
        return name;
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(name).digest('hex').slice(0, 8);
    return `${name
        .replace(/[^\w.-]+/g, '_')
        .replace(/^\.+/, '_')
        .slice(0, 80)}-${hash}`;
}
/** An artifact's name: the kind, the environment when set (readable in the run's list), and the configuration's id. */
function artifactName(kind, settings) {
    // Each job of a matrix uploads its own: names must differ, as a run's artifacts cannot share one.
    const group = settings.group ? `-${settings.group.index}of${settings.group.count}` : '';
    return `${kind}-${settings.environment ? `${settings.environment}-` : ''}${settings.configId}${group}`;
}
/**
 * A drift check: a plan outside a pull request that is there to find edits made to the live tables outside git, either
 * because it keeps the drift issue (drift-issue: true) or because it runs on a schedule. Its differences are reported
 * as drift (the live table against git, git winning on the next apply), and the guards that protect an apply
 * (max-deletes, an empty file) do not fail it: it applies nothing.
 */
function isDriftCheck(settings, event) {
    return settings.mode === 'plan' && !event.pullRequest && (settings.driftIssue || event.name === 'schedule');
}


/***/ }),

/***/ 869:
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
