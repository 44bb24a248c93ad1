#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 481:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:readline");

/***/ }),

/***/ 99:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:sqlite");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 7830:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/web");

/***/ }),

/***/ 8500:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers/promises");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 2832:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   I4: () => (/* binding */ styled),
/* harmony export */   Kz: () => (/* binding */ TerminalWriter),
/* harmony export */   n8: () => (/* binding */ markdownPieces)
/* harmony export */ });
/* unused harmony exports visibleControls, renderPieces */
/**
 * The one door to the terminal: everything the command line prints goes through `TerminalWriter`. Text is kept apart
 * from the styles the command line adds (its own escape sequences, the only ones that reach the terminal), and every
 * control character of the text is made visible last, after redaction and after the markdown was turned into
 * terminal text, so no later step can turn data back into an escape sequence.
 */
const STYLE_CODES = {
    bold: ['\u001b[1m', '\u001b[22m'],
    dim: ['\u001b[2m', '\u001b[22m'],
    red: ['\u001b[31m', '\u001b[39m'],
    yellow: ['\u001b[33m', '\u001b[39m'],
    cyan: ['\u001b[36m', '\u001b[39m'],
    green: ['\u001b[32m', '\u001b[39m'],
};
function styled(text, ...styles) {
    return { text, styles };
}
/**
 * Control characters made visible (`\x1b`): C0 (but tab and line feed), DEL and C1, and the bidirectional overrides
 * and isolates (`\u202e`) that reorder what a line seems to say. Cell values, file names and vendor answers must not
 * move the cursor, clear the screen, retitle the window, write the clipboard (OSC 52) or hide text.
 */
function visibleControls(text) {
    return text.replace(/[\p{Cc}\u202a-\u202e\u2066-\u2069]/gu, (char) => {
        if (char === '\t' || char === '\n')
            return char;
        const code = char.charCodeAt(0);
        return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16)}`;
    });
}
/** A line's pieces as the terminal gets them: text made visible, then the styles (only when colour is on). */
function renderPieces(pieces, color, redact) {
    return pieces
        .map((piece) => {
        if (typeof piece === 'string')
            return visibleControls(redact(piece));
        const text = visibleControls(redact(piece.text));
        if (!color || text === '')
            return text;
        return piece.styles.reduceRight((inner, style) => `${STYLE_CODES[style][0]}${inner}${STYLE_CODES[style][1]}`, text);
    })
        .join('');
}
/** One of the two streams, each line written whole; a progress line (stderr on a terminal) is cleared first. */
class TerminalWriter {
    isTTY;
    stream;
    color;
    redact;
    progress = false;
    constructor(stream, color, redact = (text) => text) {
        this.stream = stream;
        this.isTTY = stream.isTTY === true;
        this.color = color && this.isTTY;
        this.redact = redact;
    }
    /** Lines made of pieces; a piece may hold line breaks (a report), each kept. */
    line(...pieces) {
        this.clearProgress();
        this.stream.write(`${renderPieces(pieces, this.color, this.redact)}\n`);
    }
    /** A line rewritten in place (what is being waited for), only on a terminal. */
    progressLine(...pieces) {
        if (!this.isTTY)
            return;
        this.stream.write(`\r\u001b[2K${renderPieces(pieces, this.color, this.redact)}`);
        this.progress = true;
    }
    clearProgress() {
        if (this.progress)
            this.stream.write('\r\u001b[2K');
        this.progress = false;
    }
    /** The text of pieces as this stream would show it, for a prompt written by another (readline). */
    render(...pieces) {
        return renderPieces(pieces, this.color, this.redact);
    }
}
/**
 * One line of the report's markdown as terminal pieces. One pass over the line, so that what escaping made of data
 * is undone exactly once and never read as markup again: `**` from the report is bold, `\*\*` from data stays text;
 * code spans are taken as written; entities and backslash escapes are decoded; tags are dropped or shown as words.
 */
function markdownLine(line) {
    const token = /`([^`\n]+)`|(\*\*)|&#(\d+);|\\([\\`*_{}[\]()#+\-.!|<>~@$])|<br>|<del>|<\/del>|<ins>|<\/ins>|<\/?(?:sub|code|b|i|span|summary)>/g;
    const pieces = [];
    let bold = false;
    let text = '';
    const flush = () => {
        if (text !== '')
            pieces.push(bold ? styled(text, 'bold') : text);
        text = '';
    };
    let at = 0;
    for (const match of line.matchAll(token)) {
        text += line.slice(at, match.index);
        at = match.index + match[0].length;
        const [whole, code, stars, entity, escaped] = match;
        if (code !== undefined)
            text += code;
        else if (stars !== undefined) {
            flush();
            bold = !bold;
        }
        else if (entity !== undefined)
            text += String.fromCodePoint(Math.min(Number(entity), 0x10ffff));
        else if (escaped !== undefined)
            text += escaped;
        else if (whole === '<br>')
            text += ' / ';
        // A long text's changed words, as git's word diff shows them.
        else if (whole === '<del>')
            text += '[-';
        else if (whole === '</del>')
            text += '-]';
        else if (whole === '<ins>')
            text += '{+';
        else if (whole === '</ins>')
            text += '+}';
    }
    text += line.slice(at);
    if (bold) {
        // An unpaired `**` (none of the report's own): shown as written.
        text = `**${text}`;
        bold = false;
    }
    flush();
    return pieces;
}
/** The report's markdown as a terminal shows it: no HTML, no markdown escapes, headings in bold. */
function markdownPieces(markdown) {
    const lines = [];
    for (const raw of markdown.replace(/\u200b/g, '').split('\n')) {
        if (/^<\/?details>$|^<!--/.test(raw) || /^> \[!\w+\]$/.test(raw)) {
            if (/^> \[!\w+\]$/.test(raw))
                lines.push([]);
            continue;
        }
        const fold = /^<details><summary>(.*?)<\/summary>$/.exec(raw);
        const heading = /^#{1,3} (.*)$/.exec(raw);
        if (fold)
            lines.push(markdownLine(`**${fold[1]}**`));
        else if (heading) {
            lines.push(markdownLine(heading[1]).map((piece) => styled(typeof piece === 'string' ? piece : piece.text, 'bold', 'cyan')));
        }
        else
            lines.push(markdownLine(raw));
    }
    // Markup a terminal does not show (comments, folds) leaves its blank lines behind: one blank line between blocks.
    const blank = (line) => line?.every((piece) => (typeof piece === 'string' ? piece : piece.text).trim() === '') === true;
    const kept = lines.filter((line, i) => !(blank(line) && blank(lines[i - 1])));
    return kept.flatMap((line, i) => (i === 0 ? line : ['\n', ...line]));
}


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		id: moduleId,
/******/ 		loaded: false,
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Flag the module as loaded
/******/ 	module.loaded = true;
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/node module decorator */
/******/ (() => {
/******/ 	__nccwpck_require__.nmd = (module) => {
/******/ 		module.paths = [];
/******/ 		if (!module.children) module.children = [];
/******/ 		return module;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

;// CONCATENATED MODULE: ./lib/node-version.js
/**
 * The oldest Node.js the bundles run on: their HTTP client (undici 8) needs 22.19. package.json's engines, the npm
 * scripts' check (scripts/need-node.cjs, which reads engines) and the README say the same (test/node-version.unit.test.ts).
 * No import here: it is loaded first, before anything of the engine that an older Node.js cannot run.
 */
const MIN_NODE = '22.19';
/** Why this Node.js cannot run the bundle, or undefined when it can. */
function nodeTooOld(what, version = process.versions.node) {
    const [major = 0, minor = 0] = version.split('.').map(Number);
    const [needMajor = 0, needMinor = 0] = MIN_NODE.split('.').map(Number);
    if (major > needMajor || (major === needMajor && minor >= needMinor))
        return undefined;
    return `${what} needs Node.js ${MIN_NODE} or later (22 and 24 are the current LTS lines); this is v${version}.`;
}

// EXTERNAL MODULE: ./lib/cli/terminal.js
var terminal = __nccwpck_require__(2832);
;// CONCATENATED MODULE: ./lib/cli/index.js

// Only the terminal writer, which has no dependencies, is loaded before the check.

// The bundle's HTTP client needs a recent Node.js: on an older one, say so rather than fail with a stack trace. The
// engine is loaded only after the check, so nothing of it runs first.
const tooOld = nodeTooOld('datatable-sync');
if (tooOld) {
    process.stderr.write(`error: ${tooOld} Install a current Node.js (https://nodejs.org, or your version manager: nvm install 22), then run it again.\n`);
    process.exitCode = 1;
}
else {
    Promise.all(/* import() */[__nccwpck_require__.e(7), __nccwpck_require__.e(621)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3621))
        .then(({ main }) => main(process.argv.slice(2)))
        .then((code) => {
        process.exitCode = code;
    }, (error) => {
        new terminal/* TerminalWriter */.Kz(process.stderr, false).line(`error: ${error instanceof Error ? error.message : String(error)}`);
        process.exitCode = 1;
    });
}

