import {
  chmodSync,
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  read,
  readFileSync,
  readSync,
  realpathSync,
} from 'node:fs';
import { glob, open } from 'node:fs/promises';
import path from 'node:path';
import { SettingsError } from './settings-error.ts';

/** The file behind `fd` from its start, 64 KiB at a time into one buffer; the descriptor closed at its end or when let go. */
async function* readThroughOneBuffer(fd: number): AsyncGenerator<Uint8Array> {
  try {
    const buffer = Buffer.allocUnsafe(64 * 1024);
    for (let at = 0; ; ) {
      const got = await new Promise<number>((resolve, reject) =>
        read(fd, buffer, 0, buffer.length, at, (error, bytes) => (error ? reject(error) : resolve(bytes))),
      );
      if (got === 0) return;
      at += got;
      yield got === buffer.length ? buffer : buffer.subarray(0, got);
    }
  } finally {
    closeSync(fd);
  }
}

/** Most files one glob may match: a typo like `**` over a large checkout stops here, with a clear error. */
export const MAX_GLOB_MATCHES = 1000;

/**
 * The one door to the file system. Every file the action reads resolves inside the workspace, and every file it
 * writes inside the workspace (export) or its own run folder: absolute paths, `..` escapes, symbolic links (anywhere
 * on the way) and anything but regular files are refused, with an error naming the path and why. A committed
 * symlink to `/proc/self/environ` would otherwise put the runner's secrets into the plan, the comment and artifacts.
 */
export class PathGate {
  readonly workspace: string;

  constructor(workspace: string) {
    // The workspace itself may sit behind a link (macOS's /tmp): only what is below it is checked.
    this.workspace = realpathSync(workspace);
  }

  /** The absolute path of an existing regular file named relative to the workspace (an input or config entry). */
  forReading(relative: string, what: string): string {
    const absolute = this.inside(this.workspace, relative, what);
    const stat = this.walk(this.workspace, absolute, relative, what);
    if (!stat) throw new SettingsError(`${what}: "${relative}" does not exist in the workspace (${this.workspace})`);
    if (!stat.isFile()) {
      throw new SettingsError(`${what}: "${relative}" is not a regular file; the action reads only regular files`);
    }
    return absolute;
  }

  /** Whether a regular file is there (a link or escape on the way still throws); nothing is read. */
  isFile(relative: string, what: string): boolean {
    const absolute = this.inside(this.workspace, relative, what);
    return this.walk(this.workspace, absolute, relative, what)?.isFile() === true;
  }

  /**
   * A file's text, or undefined when there is no such file (anything else wrong with the path still throws, and so
   * does a file over `maxBytes`, before it is read).
   */
  readTextIfExists(relative: string, what: string, maxBytes = Number.MAX_SAFE_INTEGER): string | undefined {
    const absolute = this.inside(this.workspace, relative, what);
    const stat = this.walk(this.workspace, absolute, relative, what);
    if (!stat) return undefined;
    if (stat.isFile() && stat.size > maxBytes) {
      throw new SettingsError(`${what}: "${relative}" has ${stat.size} bytes; at most ${maxBytes} are read`);
    }
    return this.readText(relative, what);
  }

  /** A file's text, read through the gate. */
  readText(relative: string, what: string): string {
    const fd = this.openVerified(this.forReading(relative, what), what);
    try {
      return readFileSync(fd, 'utf8');
    } finally {
      closeSync(fd);
    }
  }

  /**
   * The bytes of a file the gate has already let through, opened as openVerified says (now, not when first read), read
   * through one buffer: a stream's fresh 64 KiB chunk per read would leave a 10 MB file's 10 MB to the collector, and
   * its memory to malloc, at each of a first load's three reads (plan, import, read-back). So a chunk is good only
   * until the next is asked for: the CSV reader hashes and decodes each one before that, and nothing may keep one.
   */
  openRead(absolute: string): AsyncIterable<Uint8Array> {
    return readThroughOneBuffer(this.openVerified(absolute, 'file'));
  }

  /**
   * The file's line feeds plus one: the most rows it can hold (a quoted cell's line breaks and blank lines only add
   * to it). Read through one buffer: a stream's fresh chunk for each read would leave 10 MB to the collector, and its
   * allocator, for a 10 MB file.
   */
  linesAtMost(absolute: string): number {
    const fd = this.openVerified(absolute, 'file');
    try {
      const buffer = Buffer.allocUnsafe(64 * 1024);
      let lines = 1;
      for (let at = 0; ; ) {
        const got = readSync(fd, buffer, 0, buffer.length, at);
        if (got === 0) return lines;
        at += got;
        const bytes = got === buffer.length ? buffer : buffer.subarray(0, got);
        for (let i = bytes.indexOf(10); i >= 0; i = bytes.indexOf(10, i + 1)) lines++;
      }
    } finally {
      closeSync(fd);
    }
  }

  /**
   * Opens a file the walk let through, then checks that what was opened is that file. `O_NOFOLLOW` covers only the
   * last part of a path: a folder on the way swapped for a link between the walk and the open would be followed. So
   * the path is walked again (no link anywhere) and the opened descriptor must be the very file the path names now
   * (same device and inode); anything else is refused and the descriptor closed.
   */
  private openVerified(absolute: string, what: string): number {
    const fd = openSync(absolute, constants.O_RDONLY | constants.O_NOFOLLOW);
    try {
      const relative = path.relative(this.workspace, absolute);
      const inside = relative === '' || relative.startsWith('..') ? undefined : relative;
      const named = inside === undefined ? lstatSync(absolute) : this.walk(this.workspace, absolute, inside, what);
      const opened = fstatSync(fd);
      if (!named || !opened.isFile() || named.ino !== opened.ino || named.dev !== opened.dev) {
        throw new SettingsError(
          `${what}: "${inside ?? absolute}" changed while it was being opened (a folder on the way was replaced); refusing to read it`,
        );
      }
      return fd;
    } catch (error) {
      closeSync(fd);
      throw error;
    }
  }

  /**
   * The workspace files a glob matches, sorted, each let through the gate. Brace sets, escapes, and any wildcard
   * segment that can match `.` or `..` (like `[.][.]`) are refused before walking; the walk never enters a link and
   * never leaves the workspace. A link the pattern matches, or a linked folder it would search, is an error naming
   * the link (never its target, nor anything behind it): skipped in silence, its table would just not be planned.
   */
  async glob(pattern: string, what: string): Promise<string[]> {
    if (/[{}]/.test(pattern)) {
      throw new SettingsError(
        `${what}: "${pattern}" uses braces; list each file or use * and ** instead (brace sets can expand without bound)`,
      );
    }
    for (const segment of pattern.split(/[\\/]/)) {
      if (/[*?[\]]/.test(segment) && (path.matchesGlob('..', segment) || path.matchesGlob('.', segment))) {
        throw new SettingsError(
          `${what}: "${pattern}" has a part ("${segment}") that matches "." or "..", which would leave the folder it names; write the folder's name instead`,
        );
      }
    }
    this.inside(this.workspace, pattern.replace(/[*?[\]]/g, 'x'), what);
    // The folders named before the first wildcard: a link among them is refused as a plain path's would be.
    const literal = pattern.split(/[\\/]/);
    const wild = literal.findIndex((segment) => /[*?[\]]/.test(segment));
    const fixed = wild === -1 ? literal : literal.slice(0, wild);
    if (fixed.length > 0) this.walk(this.workspace, path.resolve(this.workspace, ...fixed), pattern, what);
    const links = new Set<string>();
    const workspacePath = (entry: { parentPath: string; name: string }) =>
      path.relative(this.workspace, path.join(entry.parentPath, entry.name)).split(path.sep).join('/');
    const matches: string[] = [];
    for await (const entry of glob(pattern, {
      cwd: this.workspace,
      withFileTypes: true,
      exclude: (dirent) => {
        if (!dirent.isSymbolicLink()) return false;
        const relative = workspacePath(dirent);
        if (mayLeadTo(relative, pattern)) links.add(relative);
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
      if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative) || !entry.isFile()) continue;
      const link = this.linkOnTheWay(relative);
      if (link !== undefined) {
        links.add(link);
        continue;
      }
      if (matches.length === MAX_GLOB_MATCHES) {
        throw new SettingsError(`${what}: "${pattern}" matches more than ${MAX_GLOB_MATCHES} files; narrow it`);
      }
      matches.push(relative.split(path.sep).join('/'));
    }
    if (links.size > 0) {
      const named = [...links].sort();
      const shown =
        named.length > 10 ? `${named.slice(0, 10).join(', ')} and ${named.length - 10} more` : named.join(', ');
      throw new SettingsError(
        `${what}: "${pattern}" meets ${named.length === 1 ? 'a symbolic link' : 'symbolic links'} (${shown}); the action does not follow links, so that no file outside the workspace is read: commit the files themselves, or narrow the pattern`,
      );
    }
    matches.sort();
    for (const match of matches) this.forReading(match, `${what} (matched by "${pattern}")`);
    return matches;
  }

  /** The first part of a workspace path that is a symbolic link, if any (checked without following any). */
  private linkOnTheWay(relative: string): string | undefined {
    let current = this.workspace;
    for (const part of relative.split(/[\\/]/)) {
      current = path.join(current, part);
      if (lstatSync(current, { throwIfNoEntry: false })?.isSymbolicLink()) {
        return path.relative(this.workspace, current).split(path.sep).join('/');
      }
    }
    return undefined;
  }

  /**
   * Writes a workspace file (export): folders on the way are made, but none of them, nor the file, may be a link, and
   * an existing file must be a regular one. The file is opened without following a link.
   */
  async writeWorkspaceFile(relative: string, content: string | Uint8Array, what: string): Promise<void> {
    await writeBelow(this.workspace, this.inside(this.workspace, relative, what), relative, content, what, this);
  }

  /**
   * The run's own folder for plan files, rejected rows and snapshots: made fresh for this run (`mkdtemp`, so no one can
   * have made it first) and private (0700: on a shared machine no other user reads the snapshots or swaps one), then
   * written only through the gate. `prefix` is the folder's path up to the random part.
   */
  runFolder(prefix: string): RunFolder {
    mkdirSync(path.dirname(prefix), { recursive: true });
    const folder = mkdtempSync(prefix);
    chmodSync(folder, 0o700);
    return new RunFolder(realpathSync(folder), this);
  }

  /** `root`/`relative`, refused when it is absolute or climbs out of `root`. */
  inside(root: string, relative: string, what: string, rootName = 'the workspace'): string {
    if (relative === '' || path.isAbsolute(relative) || /^[a-zA-Z]:|^[\\/]/.test(relative)) {
      throw new SettingsError(
        `${what}: "${relative}" is an absolute path; give the path relative to ${rootName}, like data/holidays.csv`,
      );
    }
    const absolute = path.resolve(root, relative);
    const back = path.relative(root, absolute);
    if (back === '' || back.startsWith('..') || path.isAbsolute(back)) {
      throw new SettingsError(`${what}: "${relative}" leaves ${rootName}; the action reads and writes only inside it`);
    }
    return absolute;
  }

  /**
   * Checks each step from `root` down to `absolute`: none may be a link. Returns the last step's stat, or undefined
   * when the path does not exist (yet).
   */
  walk(root: string, absolute: string, relative: string, what: string): ReturnType<typeof lstatSync> | undefined {
    let current = root;
    let stat: ReturnType<typeof lstatSync> | undefined;
    for (const part of path.relative(root, absolute).split(path.sep)) {
      current = path.join(current, part);
      stat = lstatSync(current, { throwIfNoEntry: false });
      if (!stat) return undefined;
      if (stat.isSymbolicLink()) {
        const shown = path.relative(root, current).split(path.sep).join('/');
        throw new SettingsError(
          `${what}: "${relative}" goes through a symbolic link (${shown}); the action does not follow links, so that no file outside the workspace is read or written`,
        );
      }
    }
    return stat;
  }
}

/**
 * Whether a link at `relative` is matched by `pattern`, or is a folder the pattern would search: some leading parts
 * of the pattern, with more after them, match it (a `**` among them matches any depth).
 */
function mayLeadTo(relative: string, pattern: string): boolean {
  if (path.matchesGlob(relative, pattern)) return true;
  const parts = pattern.split(/[\\/]/);
  for (let i = 1; i < parts.length; i++) {
    if (path.matchesGlob(relative, parts.slice(0, i).join('/'))) return true;
  }
  return false;
}

/** Files of the run's own folder (under RUNNER_TEMP): names are the action's own, still checked by the gate. */
export class RunFolder {
  readonly path: string;
  private readonly gate: PathGate;

  constructor(folder: string, gate: PathGate) {
    this.path = folder;
    this.gate = gate;
  }

  /** Writes `relative` below the run folder and returns its absolute path. */
  /** Writes `content`, given whole or in pieces (a large plan file is never one string). */
  async write(relative: string, content: string | Iterable<string>): Promise<string> {
    const absolute = this.gate.inside(this.path, relative, 'run folder', 'the run folder');
    await writeBelow(this.path, absolute, relative, content, 'run folder', this.gate);
    return absolute;
  }
}

async function writeBelow(
  root: string,
  absolute: string,
  relative: string,
  content: string | Uint8Array | Iterable<string>,
  what: string,
  gate: PathGate,
): Promise<void> {
  gate.walk(root, path.dirname(absolute), relative, what);
  mkdirSync(path.dirname(absolute), { recursive: true });
  const stat = gate.walk(root, absolute, relative, what);
  if (stat && !stat.isFile()) throw new SettingsError(`${what}: "${relative}" exists and is not a regular file`);
  const handle = await open(
    absolute,
    constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | constants.O_NOFOLLOW,
  );
  try {
    // Bytes (a rollback's files) are written as they are: no decoding, so they stay byte-identical.
    if (typeof content === 'string' || content instanceof Uint8Array) await handle.writeFile(content);
    else {
      // Pieces gathered to about 64 KiB a write.
      let pending: string[] = [];
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
      if (pending.length > 0) await handle.write(pending.join(''));
    }
  } finally {
    await handle.close();
  }
}
