export const id = 868;
export const ids = [868];
export const modules = {

/***/ 91601:
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

/***/ 62312:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ZS: () => (/* binding */ MAX_COLUMNS),
  A_: () => (/* binding */ csvLines),
  ij: () => (/* binding */ hashingSource),
  Yg: () => (/* binding */ normalizeLineBreaks),
  Wk: () => (/* binding */ parseCsv),
  En: () => (/* binding */ writeCsv)
});

// UNUSED EXPORTS: MAX_HEADER_CHARS, guessLegacyEncoding, readCsv

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./node_modules/csv-stringify/lib/sync.js + 7 modules
var sync = __webpack_require__(96789);
;// CONCATENATED MODULE: ./lib/core/csv-tokenizer.js
/**
 * CSV text to records, chunk by chunk, as csv-parse read it for us before (RFC 4180 quoting, `""` inside quotes, LF
 * line ends, a BOM at the start skipped, any field count), with csv-parse's error codes and field index, so that
 * parseCsv's messages and lines stay what they were. Why not csv-parse: it takes text back to bytes and each field
 * back to text (the file is decoded first, for its encoding and line ends), which was about 45% of a local plan; this
 * reads the decoded text once. uDSV and papaparse are faster than csv-parse too, but neither refuses a quote inside an
 * unquoted value or text after a closing quote with the column it is in, which our messages name.
 */
const QUOTE = 0x22;
const LF = 0x0a;
/** Where the tokenizer is: at a field's start, inside an unquoted one, inside quotes, or on a quote that ended a chunk. */
const At = { FieldStart: 0, Unquoted: 1, Quoted: 2, QuoteEndedChunk: 3 };
/** A malformed record, coded as csv-parse coded it: `index` is the field's, counted from 0. */
class CsvSyntaxError extends Error {
    code;
    index;
    constructor(code, index) {
        super(code);
        this.code = code;
        this.index = index;
    }
}
/**
 * A field's value as a string of its own: V8 makes a longer slice (or a concatenation) a view that keeps the whole
 * chunk (64 KB) alive, so the few values a plan keeps (changed rows) would hold every chunk of the file. Prefixing a
 * character makes a new flat string; slicing it again views only that.
 */
function own(value) {
    return value.length < 13 ? value : ` ${value}`.slice(1);
}
class CsvTokenizer {
    delimiter;
    delimiterText;
    /** `oneLine`: the record is one line, no line break inside its values (said when known, to save a search). */
    onRecord;
    record = [];
    /** The current field's text read in earlier chunks (or, quoted, before its last `""`). */
    carry = '';
    at = At.FieldStart;
    started = false;
    constructor(delimiter, onRecord) {
        if (delimiter.length !== 1)
            throw new Error(`a delimiter is one character, not "${delimiter}"`);
        this.delimiter = delimiter.charCodeAt(0);
        this.delimiterText = delimiter;
        this.onRecord = onRecord;
    }
    /** Reads `text`, handing each record ended in it to onRecord; throws CsvSyntaxError where a record is malformed. */
    write(text) {
        const n = text.length;
        if (n === 0)
            return;
        const delimiter = this.delimiter;
        let i = 0;
        if (!this.started) {
            this.started = true;
            if (text.charCodeAt(0) === 0xfeff)
                i = 1;
        }
        // Where the next quote is in this text (n: none): a line before it holds no quote, so it is split whole.
        let nextQuote = -1;
        while (i < n) {
            const at = this.at;
            if (at === At.FieldStart && this.record.length === 0) {
                if (nextQuote < i) {
                    nextQuote = text.indexOf('"', i);
                    if (nextQuote < 0)
                        nextQuote = n;
                }
                const end = text.indexOf('\n', i);
                if (end >= 0 && end < nextQuote) {
                    // A whole line without quotes, the usual case: its fields are what a split gives (one native call, not a
                    // loop over each character here).
                    // The line is made a string of its own first: its values are then views of it, so a value the plan keeps
                    // holds its line alive, never the whole chunk (one copy a line, not one a value).
                    const cells = own(text.slice(i, end)).split(this.delimiterText);
                    this.onRecord(cells, true);
                    i = end + 1;
                    continue;
                }
            }
            if (at === At.Quoted) {
                const quote = text.indexOf('"', i);
                if (quote < 0) {
                    this.carry += text.slice(i);
                    return;
                }
                this.carry += text.slice(i, quote);
                if (quote + 1 === n) {
                    this.at = At.QuoteEndedChunk;
                    return;
                }
                i = this.afterQuote(text, quote + 1);
                continue;
            }
            if (at === At.QuoteEndedChunk) {
                i = this.afterQuote(text, i);
                continue;
            }
            if (at === At.FieldStart && text.charCodeAt(i) === QUOTE) {
                this.at = At.Quoted;
                i++;
                continue;
            }
            // An unquoted field (or its rest): up to the delimiter or the line's end; a quote in it is an error.
            let j = i;
            let code = 0;
            for (; j < n; j++) {
                code = text.charCodeAt(j);
                if (code === delimiter || code === LF || code === QUOTE)
                    break;
            }
            if (j === n) {
                this.carry += text.slice(i);
                this.at = At.Unquoted;
                return;
            }
            if (code === QUOTE)
                throw new CsvSyntaxError('INVALID_OPENING_QUOTE', this.record.length);
            this.record.push(own(this.carry === '' ? text.slice(i, j) : this.carry + text.slice(i, j)));
            this.carry = '';
            this.at = At.FieldStart;
            if (code === LF)
                this.emit();
            i = j + 1;
        }
    }
    /** The input's end: the last record, even without a line break after it; a quote still open is an error. */
    end() {
        if (this.at === At.Quoted)
            throw new CsvSyntaxError('CSV_QUOTE_NOT_CLOSED', this.record.length);
        if (this.at !== At.FieldStart || this.record.length > 0) {
            this.record.push(own(this.carry));
            this.carry = '';
            this.emit();
        }
        this.at = At.FieldStart;
    }
    /** After a quote inside a quoted field, at `k`: an escaped quote, the field's end, or an error. Returns where to go on. */
    afterQuote(text, k) {
        const code = text.charCodeAt(k);
        if (code === QUOTE) {
            this.carry += '"';
            this.at = At.Quoted;
            return k + 1;
        }
        if (code === this.delimiter || code === LF) {
            this.record.push(own(this.carry));
            this.carry = '';
            this.at = At.FieldStart;
            if (code === LF)
                this.emit();
            return k + 1;
        }
        // csv-parse ends the quotes before a NUL too (a falsy next byte), and reads the NUL on as text.
        if (code === 0) {
            this.at = At.Unquoted;
            return k;
        }
        throw new CsvSyntaxError('CSV_INVALID_CLOSING_QUOTE', this.record.length);
    }
    emit() {
        const record = this.record;
        this.record = [];
        this.onRecord(record);
    }
}

// EXTERNAL MODULE: ./lib/core/problems.js
var core_problems = __webpack_require__(70571);
;// CONCATENATED MODULE: ./lib/core/csv.js




/**
 * The source as it is read, hashed on the way (sha256 of its bytes, or of its text): what a plan read can then be
 * told from what an import reads again, byte for byte.
 */
function hashingSource(source) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    if (typeof source === 'string' || source instanceof Uint8Array) {
        hash.update(source);
        const digest = hash.digest('hex');
        return { source, digest: () => digest };
    }
    let digest;
    const chunks = source;
    return {
        source: (async function* () {
            for await (const chunk of chunks) {
                hash.update(chunk);
                yield chunk;
            }
            digest = hash.digest('hex');
        })(),
        digest: () => {
            if (digest === undefined)
                throw new Error('the source was not read to its end');
            return digest;
        },
    };
}
/** Line breaks in text, CRLF counted once. Runs over every chunk: LF-only text takes the native indexOf path. */
function countLineBreaks(text) {
    let count = 0;
    if (text.indexOf('\r') < 0) {
        for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1))
            count++;
        return count;
    }
    for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        if (code === 10)
            count++;
        else if (code === 13) {
            count++;
            if (text.charCodeAt(i + 1) === 10)
                i++;
        }
    }
    return count;
}
/** Characters of a text source handed to the parser at a time. */
const TEXT_SLICE = 1 << 16;
/**
 * Bytes (or text) to text, chunk by chunk: UTF-8, or UTF-16 when the file starts with its byte order mark (Excel's
 * "Unicode Text"). Invalid UTF-8 fails with the line it is on, and says what Excel saves that way.
 */
async function* decodeUtf8(source, file) {
    if (typeof source === 'string') {
        // In slices, so the parser never copies a large text whole; never between the two halves of a surrogate pair.
        for (let start = 0; start < source.length;) {
            let end = Math.min(start + TEXT_SLICE, source.length);
            const last = source.charCodeAt(end - 1);
            if (end < source.length && last >= 0xd800 && last <= 0xdbff)
                end++;
            yield source.slice(start, end);
            start = end;
        }
        return;
    }
    let decoder;
    const chunks = source instanceof Uint8Array
        ? (async function* () {
            yield source;
        })()
        : source;
    let line = 1;
    for await (const chunk of chunks) {
        if (decoder === undefined && typeof chunk !== 'string') {
            const encoding = chunk[0] === 0xff && chunk[1] === 0xfe
                ? 'utf-16le'
                : chunk[0] === 0xfe && chunk[1] === 0xff
                    ? 'utf-16be'
                    : 'utf-8';
            decoder = new TextDecoder(encoding, { fatal: true, ignoreBOM: encoding === 'utf-8' });
        }
        let text;
        try {
            text = typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
        }
        catch {
            const utf16 = decoder?.encoding.startsWith('utf-16');
            throw new core_problems/* DataFileError */.t1({
                kind: 'encoding',
                file,
                line: utf16 ? line : line + countLineBreaks(validUtf8Prefix(chunk)),
                message: utf16
                    ? 'the file starts as UTF-16 but is not valid UTF-16 from this line on; save it as "CSV UTF-8 (Comma delimited)"'
                    : `the file is not valid UTF-8 text from this line on; ${legacyEncodingWords(guessLegacyEncoding(chunk))}. Save it as "CSV UTF-8 (Comma delimited)"`,
            });
        }
        line += countLineBreaks(text);
        yield text;
    }
    try {
        if (decoder)
            yield decoder.decode();
    }
    catch {
        throw new core_problems/* DataFileError */.t1({
            kind: 'encoding',
            file,
            line,
            message: 'the file ends inside a UTF-8 character; save it as UTF-8',
        });
    }
}
/**
 * Turns every line break into LF, so that a file is read the same whatever editor saved it, even one that
 * mixes line ends; values' own line breaks become LF too (see normalizeLineBreaks). A CR ending a chunk waits
 * for the next chunk, which may begin with its LF.
 */
async function* toLf(texts) {
    let pendingCr = false;
    for await (const text of texts) {
        if (text === '')
            continue;
        let current = pendingCr ? `\r${text}` : text;
        pendingCr = current.endsWith('\r');
        if (pendingCr)
            current = current.slice(0, -1);
        yield current.indexOf('\r') >= 0 ? normalizeLineBreaks(current) : current;
    }
    if (pendingCr)
        yield '\n';
}
/** CRLF and CR become LF: how values' line breaks are compared and written. */
function normalizeLineBreaks(text) {
    return text.replace(/\r\n?/g, '\n');
}
/**
 * Which 8-bit encoding a file that is not UTF-8 is probably in, by where its accented letters sit: next to a letter,
 * a byte from 0x80 to 0x9F is a lowercase accented letter in Mac Roman (é is 0x8E) but punctuation in Windows-1252,
 * while one from 0xC0 up is an accented letter in Windows-1252 (é is 0xE9) and mostly symbols in Mac Roman. Five
 * bytes Windows-1252 leaves undefined settle it. Undecided: undefined.
 */
function guessLegacyEncoding(bytes) {
    const isLetter = (byte) => byte !== undefined && ((byte >= 0x41 && byte <= 0x5a) || (byte >= 0x61 && byte <= 0x7a));
    let mac = 0;
    let windows = 0;
    for (let i = 0; i < bytes.length; i++) {
        const byte = bytes[i];
        if (byte < 0x80)
            continue;
        if (byte === 0x81 || byte === 0x8d || byte === 0x8f || byte === 0x90 || byte === 0x9d)
            return 'mac-roman';
        if (!isLetter(bytes[i - 1]) && !isLetter(bytes[i + 1]))
            continue;
        if (byte <= 0x9f)
            mac++;
        else if (byte >= 0xc0)
            windows++;
    }
    return mac > windows ? 'mac-roman' : windows > mac ? 'windows-1252' : undefined;
}
function legacyEncodingWords(guess) {
    if (guess === 'windows-1252')
        return 'it is probably Windows-1252 ("ANSI"), which Excel\'s plain "CSV (Comma delimited)" writes';
    if (guess === 'mac-roman')
        return 'it is probably Mac Roman, which Excel for Mac\'s "CSV (Macintosh)" and older Mac programs write';
    return 'it is in a legacy 8-bit encoding, such as Windows-1252 ("ANSI", Excel\'s plain "CSV (Comma delimited)") or Mac Roman';
}
/** The longest start of `bytes` that decodes (a binary search: only run once a chunk has failed). */
function validUtf8Prefix(bytes) {
    let good = 0;
    let bad = bytes.length;
    while (bad - good > 1) {
        const middle = (good + bad) >>> 1;
        try {
            new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, middle), { stream: true });
            good = middle;
        }
        catch {
            bad = middle;
        }
    }
    return new TextDecoder('utf-8').decode(bytes.subarray(0, good), { stream: true });
}
/** Excel's delimiter hint, `sep=;` alone on the first line (a BOM before it allowed). */
const SEP_LINE = /^\ufeff?"?sep=([^"\n])"?$/i;
/**
 * Parses CSV bytes or text, streaming: the source is decoded and parsed chunk by chunk and each row handed to the
 * visitor as soon as it is read, so the file is never held whole. Ragged rows are returned as problems, rows of
 * nothing but delimiters and spaces (Excel leaves them) are skipped with a warning; an unreadable file (encoding,
 * unclosed quote, bad header, no header) throws a DataFileError naming the line. A `sep=X` first line (Excel's
 * delimiter hint) sets the delimiter.
 */
async function parseCsv(source, file, visitor, options = {}) {
    let line = 1;
    let header;
    let delimiter = options.delimiter ?? ',';
    /** Rows of nothing but blanks: how many, and the first few lines (a count, so a huge file costs nothing here). */
    const blankLines = [];
    let blankRows = 0;
    const problems = [];
    // Rows are taken synchronously as they are parsed, so that a later parse error cannot drop earlier ones. Each
    // record ends one line on, plus the line breaks inside its quoted values; counting those gives each row's
    // physical start line.
    // Every line break is LF by now (toLf), so a file that mixes line ends reads as well as any other.
    const onRecord = (record, oneLine = false) => {
        const startLine = line;
        line += 1;
        if (!oneLine) {
            for (const cell of record) {
                if (cell.indexOf('\n') >= 0)
                    line += countLineBreaks(cell);
            }
        }
        if (record.length === 1 && record[0] === '')
            return; // an empty line
        if (header === undefined) {
            header = checkHeader(record, file, startLine, delimiter);
            visitor.header(header, startLine);
        }
        else if (record.every((cell) => cell.trim() === '')) {
            if (++blankRows <= 5)
                blankLines.push(startLine);
        }
        else if (record.length !== header.length) {
            problems.push({
                severity: 'error',
                kind: 'ragged-row',
                file,
                line: startLine,
                message: `this row has ${record.length} fields but the header has ${header.length}; quote values that contain the delimiter`,
            });
            visitor.ragged?.(record, startLine);
        }
        else {
            visitor.row(record, startLine);
        }
    };
    let parser;
    /** Starts the parser once the first line is whole: a `sep=X` line sets the delimiter and is not read as a row. */
    const begin = (text) => {
        const end = text.indexOf('\n');
        // A `sep=` line is a few characters long: only a short first line is looked at.
        const sep = end >= 0 && end <= 12
            ? SEP_LINE.exec(text.slice(0, end))
            : end < 0 && text.length <= 12
                ? SEP_LINE.exec(text)
                : null;
        const rest = sep ? (end < 0 ? '' : text.slice(end + 1)) : text;
        if (sep) {
            delimiter = sep[1];
            line = 2;
        }
        const headerEnd = rest.indexOf('\n');
        checkSeparator(file, sep ? line : 1, headerEnd < 0 ? rest : rest.slice(0, headerEnd), delimiter);
        return { started: new CsvTokenizer(delimiter, onRecord), rest };
    };
    try {
        // Text up to the first line's end: only each new chunk is searched for it (searching the whole of a file with no
        // line break again for every chunk was quadratic), and a header line over MAX_HEADER_CHARS is refused unparsed.
        let firstLine = [];
        let firstLength = 0;
        let delimiters = 0;
        for await (const text of toLf(decodeUtf8(source, file))) {
            if (parser) {
                parser.write(text);
                continue;
            }
            firstLine.push(text);
            const end = text.indexOf('\n');
            const head = end < 0 ? text : text.slice(0, end);
            firstLength += head.length;
            delimiters += countOf(head, delimiter === ';' ? ';' : delimiter) + (delimiter === ';' ? 0 : countOf(head, ';'));
            checkHeaderSize(file, firstLength, delimiters);
            if (end < 0)
                continue;
            const { started, rest } = begin(firstLine.join(''));
            firstLine = [];
            parser = started;
            started.write(rest);
        }
        if (!parser) {
            const { started, rest } = begin(firstLine.join(''));
            parser = started;
            started.write(rest);
        }
        parser.end();
    }
    catch (error) {
        if (error instanceof core_problems/* DataFileError */.t1)
            throw error;
        const code = error.code;
        if (code === 'CSV_QUOTE_NOT_CLOSED') {
            throw new core_problems/* DataFileError */.t1({
                kind: 'unclosed-quote',
                file,
                line,
                message: 'a quoted value starts on this line and is never closed; add the closing double quote',
            });
        }
        if (code?.startsWith('CSV_') || code?.startsWith('INVALID_')) {
            const index = error.index;
            const name = index === undefined ? undefined : header?.[index];
            throw new core_problems/* DataFileError */.t1({
                kind: 'malformed-csv',
                file,
                line,
                ...(name !== undefined ? { column: name } : {}),
                message: quotingMessage(code, index, delimiter),
            });
        }
        throw error;
    }
    if (header === undefined) {
        throw new core_problems/* DataFileError */.t1({
            kind: 'empty-file',
            file,
            line: 1,
            message: 'the file is empty; it needs at least a header row',
        });
    }
    if (blankRows > 0) {
        problems.push({
            severity: 'warning',
            kind: 'blank-row',
            file,
            line: blankLines[0],
            message: `${blankRows} row(s) hold nothing but delimiters or spaces (lines ${blankLines.join(', ')}${blankRows > 5 ? ', ...' : ''}), as a spreadsheet leaves them; they were skipped`,
        });
    }
    return problems;
}
/** The longest header line read (characters): far more than any table's header (Genesys: 50 fields). */
const MAX_HEADER_CHARS = 1024 * 1024;
/** The most columns a header may have: a bound on the work per row (Genesys tables have at most 50 fields). */
const MAX_COLUMNS = 1000;
function countOf(text, char) {
    let count = 0;
    for (let i = text.indexOf(char); i >= 0; i = text.indexOf(char, i + 1))
        count++;
    return count;
}
/**
 * Refuses a header line, while it is still being read, that is longer than any table's or has more separators than
 * columns allowed: a file of one 300 MB line, or of three million columns, costs no more than this check.
 */
function checkHeaderSize(file, length, separators) {
    if (length > MAX_HEADER_CHARS) {
        throw new core_problems/* DataFileError */.t1({
            kind: 'header',
            file,
            line: 1,
            message: `the first line is over ${MAX_HEADER_CHARS} characters long without a line break; a header names the table's columns in a few hundred characters. Is this a CSV file with line breaks?`,
        });
    }
    if (separators >= MAX_COLUMNS) {
        throw new core_problems/* DataFileError */.t1({
            kind: 'header',
            file,
            line: 1,
            message: `the header has more than ${MAX_COLUMNS} columns; at most ${MAX_COLUMNS} are read`,
        });
    }
}
/** What is wrong with a row's quoting, in our words (never the parser's), and how to fix it. */
function quotingMessage(code, index, delimiter) {
    const where = index === undefined ? 'a value' : `the value in column ${index + 1}`;
    if (code === 'CSV_INVALID_CLOSING_QUOTE') {
        return `${where} is quoted, and more text follows its closing quote before the next "${delimiter}" (like "ab"c). A value that holds a double quote must be quoted whole, each inner quote doubled: "ab""c"`;
    }
    if (code === 'INVALID_OPENING_QUOTE') {
        return `${where} holds a double quote but is not quoted (like ab"c). Quote the whole value and double the inner quote: "ab""c"`;
    }
    return `this row cannot be read as CSV (${where} is not quoted as CSV quotes values): quote values that hold "${delimiter}", a line break or a double quote, and double each inner quote`;
}
/** Separators in a line outside double quotes: how the header line is separated, whatever its quoting. */
function separatorsOutsideQuotes(line) {
    const counts = new Map();
    let quoted = false;
    for (const char of line) {
        if (char === '"')
            quoted = !quoted;
        else if (!quoted && (char === ',' || char === ';' || char === '\t'))
            counts.set(char, (counts.get(char) ?? 0) + 1);
    }
    return counts;
}
/**
 * Refuses a file whose header is separated by another character than the one expected, from the header line alone and
 * whatever its quoting (LibreOffice Calc quotes every text cell: `"Holiday";"Date"`), before any parser reads it.
 */
function checkSeparator(file, line, headerLine, delimiter) {
    const counts = separatorsOutsideQuotes(headerLine);
    if ((counts.get(delimiter) ?? 0) > 0)
        return;
    if (delimiter === ',' && (counts.get(';') ?? 0) > 0) {
        throw new core_problems/* DataFileError */.t1({
            kind: 'header',
            file,
            line,
            value: headerLine.slice(0, 200),
            message: 'the header is separated by semicolons, as Excel and LibreOffice save CSV where the decimal separator is a comma. Set delimiter: ";" (the input, or the config file\'s key), or save it again with commas (LibreOffice: Save As > Text CSV, Edit filter settings, Field delimiter ",")',
        });
    }
    if ((counts.get('\t') ?? 0) > 0) {
        throw new core_problems/* DataFileError */.t1({
            kind: 'header',
            file,
            line,
            value: headerLine.slice(0, 200),
            message: 'the header is separated by tabs (Excel\'s "Unicode Text", or a copy from a spreadsheet): save it as "CSV UTF-8 (Comma delimited)"',
        });
    }
}
/** Reads a whole (small) CSV into memory: the export of a table, tests. Large files go through parseCsv. */
async function readCsv(source, file, options = {}) {
    let header = [];
    const rows = [];
    const problems = await parseCsv(source, file, {
        header: (cells) => {
            header = cells;
        },
        row: (cells, line) => rows.push({ line, cells }),
    }, options);
    return { header, rows, problems };
}
function checkHeader(header, file, line, delimiter) {
    if (header.length === 1 && delimiter !== ';' && (header[0] ?? '').includes(';')) {
        throw new core_problems/* DataFileError */.t1({
            kind: 'header',
            file,
            line,
            value: header[0],
            message: 'the header is one column holding ";": the file is separated by semicolons, as Excel saves CSV where the decimal separator is a comma. Set delimiter: ";" (the input, or the config file\'s key), or save it as "CSV UTF-8 (Comma delimited)"',
        });
    }
    // Empty names at the end only: an extra separator at the end of the header line (and, as spreadsheets and scripts
    // write them, of every line), not a column someone forgot to name.
    let trailing = 0;
    while (trailing < header.length - 1 && (header[header.length - 1 - trailing] ?? '').trim() === '')
        trailing++;
    if (trailing > 0 && header.slice(0, header.length - trailing).every((name) => name.trim() !== '')) {
        const extra = delimiter.repeat(trailing);
        throw new core_problems/* DataFileError */.t1({
            kind: 'header',
            file,
            line,
            message: `the header ends with ${trailing === 1 ? 'an extra separator' : `${trailing} extra separators`} ("${extra}" after "${header[header.length - trailing - 1]}"), so the file has ${trailing === 1 ? 'an empty column' : `${trailing} empty columns`} after the last one: a spreadsheet writes this when a cell right of the data was touched, a script when it ends every line with "${delimiter}". Remove the trailing "${extra}" from the end of every line (in a spreadsheet: delete the empty column${trailing === 1 ? '' : 's'} right of "${header[header.length - trailing - 1]}", then save again). If that column does hold values, give it a name in the header`,
        });
    }
    const seen = new Map();
    header.forEach((name, index) => {
        if (name.trim() === '') {
            throw new core_problems/* DataFileError */.t1({ kind: 'header', file, line, message: `header column ${index + 1} has no name` });
        }
        const earlier = seen.get(name);
        if (earlier !== undefined) {
            throw new core_problems/* DataFileError */.t1({
                kind: 'header',
                file,
                line,
                column: name,
                message: `the header names this column twice (columns ${earlier + 1} and ${index + 1})`,
            });
        }
        seen.set(name, index);
    });
    return header;
}
/**
 * Writes rows as CSV (RFC 4180 quoting, LF line ends). Any value with a CR, an LF or a `;` is quoted too, so it reads
 * back whole, also by a reader that takes `;` as the delimiter (D·engage accepts either).
 */
function writeCsv(header, rows) {
    return csvLines([header, ...rows]);
}
/** Records as CSV lines, quoted as writeCsv quotes them, each ending in LF (no header: for files written in parts). */
function csvLines(records) {
    return records.length === 0
        ? ''
        : (0,sync/* stringify */.A)(records, { record_delimiter: '\n', quoted_match: /[\r\n;]/ });
}


/***/ }),

/***/ 46420:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  rs: () => (/* binding */ RowDiffer),
  dj: () => (/* binding */ canonicalJson),
  YD: () => (/* binding */ compareKeys),
  PB: () => (/* binding */ describeDamage),
  VD: () => (/* binding */ diffRows),
  ik: () => (/* binding */ hasChanges),
  SH: () => (/* binding */ planHash)
});

// UNUSED EXPORTS: AddedRow, AddedRows, applyDiff

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./lib/core/key-index.js
var key_index = __webpack_require__(65749);
// EXTERNAL MODULE: ./lib/core/live-records.js
var live_records = __webpack_require__(30102);
;// CONCATENATED MODULE: ./lib/core/added-rows.js


/**
 * An added row, unpacked only when read: its values are kept packed as JSON (in memory, or in a file of the run's
 * folder), and `row` parses them each time it is read.
 */
class AddedRow {
    key;
    fields;
    text;
    constructor(key, fields, packed) {
        this.key = key;
        this.fields = fields;
        this.text = packed;
    }
    /** The values in the schema's field order, as JSON: also searchable as text without unpacking. */
    get packed() {
        return typeof this.text === 'string' ? this.text : this.text();
    }
    get row() {
        const values = JSON.parse(this.packed);
        const row = {};
        this.fields.forEach((field, index) => {
            const value = values[index];
            if (value !== null && value !== undefined)
                row[field] = value;
        });
        return row;
    }
    /** As plan.json and canonical JSON write it: the key and the row. */
    toJSON() {
        return { key: this.key, row: this.row };
    }
}
/**
 * The rows a plan adds, held without an object or a string per row: their keys' UTF-8 bytes in one Buffer (8 bytes of
 * offset a row), their values packed in a row store (a file of the run's folder: a first load of a large table), and,
 * once sorted, their order in one Int32Array. While a plan reads its file, a row may hold only its key's entry in the
 * plan's index of the file's keys (4 bytes a row, the key held once, there); sorted, the keys are copied out in one
 * buffer of their exact size, and the index (with its hash table) is left to the collector. A row is made an `AddedRow` only when it is read, so
 * 150,000 added rows cost about 20 bytes each beside their keys, where objects cost about 100 (and, held, let the heap
 * grow with them).
 */
class AddedRows {
    fields;
    store;
    shared;
    bytes;
    used = 0;
    /** Where each key starts in `bytes` (key i ends where key i + 1 starts); or, with shared keys, each row's entry. */
    starts;
    count = 0;
    /** Keys with a lone surrogate, which UTF-8 cannot hold exactly, or not found in the shared keys: kept as strings. */
    odd = new Map();
    /** Entries in key order, once sorted. */
    order;
    /**
     * `atMost`: how many rows it may hold, when known: its offsets are made that size at once, not doubled up to it.
     * `keys`: where the keys are held already (each row then added with its entry there).
     */
    constructor(fields, store = (0,live_records/* memoryRowStore */.ph)(), atMost = 0, keys) {
        this.fields = fields;
        this.store = store;
        this.shared = keys;
        const size = Math.max(1024, atMost + 1);
        this.starts = keys ? new Int32Array(size) : new Float64Array(size);
    }
    get length() {
        return this.count;
    }
    /** Rows held in memory (a ceiling tests count): the store's. */
    get rowsHeld() {
        return this.store.rowsHeld;
    }
    /** Bytes kept for keys here (a ceiling tests count): none while the keys are shared, their exact size once copied. */
    get keyBytesHeld() {
        return this.bytes?.length ?? 0;
    }
    /** `entry`: the key's entry in the shared keys (without one, the key is kept here as a string). */
    add(key, row, entry) {
        this.store.push([JSON.stringify(this.fields.map((field) => row[field] ?? null))]);
        if (this.count + 1 >= this.starts.length) {
            const grown = this.shared ? new Int32Array(this.starts.length * 2) : new Float64Array(this.starts.length * 2);
            grown.set(this.starts);
            this.starts = grown;
        }
        if (this.shared) {
            if (entry === undefined)
                this.odd.set(this.count, key);
            else
                this.starts[this.count] = entry;
            this.count++;
        }
        else {
            if (!(0,key_index/* isWellFormed */.UC)(key))
                this.odd.set(this.count, key);
            else {
                if (!this.bytes || this.used + key.length * 3 > this.bytes.length) {
                    const grown = Buffer.allocUnsafe(Math.max((this.bytes?.length ?? 8 * 1024) * 2, this.used + key.length * 3));
                    this.bytes?.copy(grown, 0, 0, this.used);
                    this.bytes = grown;
                }
                this.used += this.bytes.write(key, this.used, 'utf8');
            }
            this.count++;
            this.starts[this.count] = this.used;
        }
        this.order = undefined;
    }
    /** Puts the rows in key order (UTF-16 code units, as `compareKeys`); shared keys are then copied here. */
    sort() {
        const order = new Int32Array(this.count);
        for (let entry = 0; entry < this.count; entry++)
            order[entry] = entry;
        order.sort((a, b) => this.compare(a, b));
        this.order = order;
        this.ownKeys();
    }
    /** The shared keys copied into one buffer of their size, in the rows' order: the index they came from can go. */
    ownKeys() {
        const shared = this.shared;
        if (!shared)
            return;
        const entries = this.starts;
        let total = 0;
        for (let row = 0; row < this.count; row++) {
            if (!this.odd.has(row))
                total += shared.keyBytes(entries[row])?.length ?? 0;
        }
        const bytes = Buffer.allocUnsafe(total);
        const starts = new Float64Array(this.count + 1);
        let used = 0;
        for (let row = 0; row < this.count; row++) {
            starts[row] = used;
            if (this.odd.has(row))
                continue;
            const key = shared.keyBytes(entries[row]);
            if (key === undefined)
                this.odd.set(row, shared.keyAt(entries[row]));
            else {
                bytes.set(key, used);
                used += key.length;
            }
        }
        starts[this.count] = used;
        this.bytes = bytes;
        this.used = used;
        this.starts = starts;
        this.shared = undefined;
    }
    at(index) {
        const at = index < 0 ? index + this.count : index;
        if (at < 0 || at >= this.count)
            return undefined;
        const entry = this.order ? this.order[at] : at;
        const { store } = this;
        return new AddedRow(this.keyOf(entry), this.fields, () => store.get(entry)?.[0]);
    }
    *[Symbol.iterator]() {
        for (let index = 0; index < this.count; index++)
            yield this.at(index);
    }
    slice(start = 0, end = this.count) {
        const from = Math.max(0, start < 0 ? start + this.count : start);
        const to = Math.min(this.count, end < 0 ? end + this.count : end);
        const rows = [];
        for (let index = from; index < to; index++)
            rows.push(this.at(index));
        return rows;
    }
    map(each) {
        const mapped = [];
        for (let index = 0; index < this.count; index++)
            mapped.push(each(this.at(index), index));
        return mapped;
    }
    filter(keep) {
        const kept = [];
        for (const row of this)
            if (keep(row))
                kept.push(row);
        return kept;
    }
    find(match) {
        for (const row of this)
            if (match(row))
                return row;
        return undefined;
    }
    /** As JSON, the list it stands for (a group's plan file carries its plans as JSON): each row's key and values. */
    toJSON() {
        return this.map((row) => row.toJSON());
    }
    /** The key of an entry, as it was added. */
    keyOf(entry) {
        const odd = this.odd.get(entry);
        if (odd !== undefined)
            return odd;
        if (this.shared)
            return this.shared.keyAt(this.starts[entry]);
        return this.bytes.toString('utf8', this.starts[entry], this.starts[entry + 1]);
    }
    /** Two entries' keys in UTF-16 code unit order (`compareKeys`), from their bytes; keys kept as strings as strings. */
    compare(a, b) {
        if (this.odd.size > 0 && (this.odd.has(a) || this.odd.has(b))) {
            const x = this.keyOf(a);
            const y = this.keyOf(b);
            return x < y ? -1 : x > y ? 1 : 0;
        }
        if (this.shared)
            return this.shared.compareEntries(this.starts[a], this.starts[b]);
        const startA = this.starts[a];
        const startB = this.starts[b];
        return (0,key_index/* compareUtf8 */.zq)(this.bytes, startA, this.starts[a + 1] - startA, startB, this.starts[b + 1] - startB);
    }
}

// EXTERNAL MODULE: ./lib/core/schema.js
var core_schema = __webpack_require__(34920);
;// CONCATENATED MODULE: ./lib/core/diff.js




/** Orders keys by UTF-16 code units: the same everywhere, unlike locale-aware comparison. */
function compareKeys(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/**
 * Diffs file rows against live rows, one file row at a time, so a large file is never held whole.
 * Live values are normalised one by one as they are compared (`liveValue`), never copied up front.
 */
class RowDiffer {
    added;
    diff;
    fields;
    fieldNames;
    liveRows;
    mode;
    liveValue;
    sameAsLive;
    constructor(schema, liveRows, mode, liveValue, 
    /** Where added rows are kept; none: in memory. */
    addedStore, 
    /** Tells an equal row without normalising its live values (live rows kept as text); false: compare them. */
    sameAsLive, 
    /** The most rows it may add, when known (the list is made that size at once). */
    addedAtMost = 0, 
    /** Where the added rows' keys are held already (the plan's index of the file's keys): held once, there. */
    addedKeys) {
        this.sameAsLive = sameAsLive;
        this.fields = schema.fields;
        this.fieldNames = schema.fields.map((field) => field.name);
        this.added = new AddedRows(this.fieldNames, addedStore, addedAtMost, addedKeys);
        this.diff = { added: this.added, updated: [], deleted: [], unchanged: 0 };
        this.liveRows = liveRows;
        this.mode = mode;
        this.liveValue = liveValue;
    }
    toRow(live) {
        const row = {};
        for (const field of this.fields)
            row[field.name] = this.liveValue(live, field);
        return row;
    }
    /** One file row: the file is the new state. */
    compare(key, row) {
        this.compareWith(key, row, this.liveRows.get(key));
    }
    /**
     * One file row whose live row the caller has looked up already (undefined: the table lacks its key); `keyEntry`: its
     * key's entry in the added keys' index, when the caller has it.
     */
    compareWith(key, row, liveRow, keyEntry) {
        if (liveRow === undefined) {
            this.added.add(key, row, keyEntry);
            return;
        }
        if (this.sameAsLive?.(liveRow, row)) {
            this.diff.unchanged++;
            return;
        }
        let changes;
        for (const field of this.fields) {
            const before = this.liveValue(liveRow, field);
            const after = row[field.name] ?? (0,core_schema/* emptyValue */.Nj)(field);
            if (before === after)
                continue;
            changes ??= [];
            changes.push({ field: field.name, old: before, new: after });
        }
        if (changes)
            this.diff.updated.push({ key, row, changes });
        else
            this.diff.unchanged++;
    }
    /** Live keys the file does not have are deleted (replace) or left alone (append); then everything in key order. */
    finish(fileKeys) {
        for (const [key, liveRow] of this.liveRows) {
            if (fileKeys.has(key))
                continue;
            if (this.mode === 'replace')
                this.diff.deleted.push({ key, row: this.toRow(liveRow) });
            else
                this.diff.unchanged++;
        }
        this.added.sort();
        this.diff.updated.sort((a, b) => compareKeys(a.key, b.key));
        this.diff.deleted.sort((a, b) => compareKeys(a.key, b.key));
        return this.diff;
    }
}
/** Diffs whole row maps (the file is the new state). */
function diffRows(schema, fileRows, liveRows, mode) {
    const differ = new RowDiffer(schema, liveRows, mode, (row, field) => row[field.name] ?? (0,core_schema/* emptyValue */.Nj)(field));
    for (const [key, row] of fileRows)
        differ.compare(key, row);
    return differ.finish(fileRows);
}
/**
 * What an import did to a table, in words, from the diff that would restore it (the snapshot as the file, the
 * table now as the live rows): rows it lost were deleted, rows it gained were added.
 */
function describeDamage(restore) {
    const parts = [
        restore.added.length > 0 && `deleted ${restore.added.length} row(s)`,
        restore.updated.length > 0 && `changed ${restore.updated.length} row(s)`,
        restore.deleted.length > 0 && `added ${restore.deleted.length} row(s)`,
    ].filter(Boolean);
    return parts.length > 0 ? parts.join(', ') : 'changed nothing';
}
function hasChanges(diff) {
    return diff.added.length + diff.updated.length + diff.deleted.length > 0;
}
/** What the table holds once the diff is applied (the file's rows, when the diff is complete). */
function applyDiff(liveRows, diff) {
    const result = new Map(liveRows);
    for (const { key } of diff.deleted)
        result.delete(key);
    for (const { key, row } of diff.added)
        result.set(key, row);
    for (const { key, row } of diff.updated)
        result.set(key, row);
    return result;
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
/**
 * sha256 of the normalised plan: the table id, the import mode and the row changes in key order. Not the file path,
 * the rendering or the unchanged rows, so the same change always hashes the same. Hashed piece by piece, never as one
 * string: the pieces are exactly the canonical JSON of `{tableId, importMode, added, updated, deleted, schemaChange?}`
 * (keys sorted), so the hash is the one that string would have (a plan of a million rows costs no copy of it).
 */
function planHash(tableId, mode, diff, schemaChange) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    const list = (name, items, pick, first) => {
        hash.update(`${first ? '{' : ','}${JSON.stringify(name)}:[`);
        let index = 0;
        for (const item of items)
            hash.update(`${index++ === 0 ? '' : ','}${canonicalJson(pick(item))}`);
        hash.update(']');
    };
    // Keys in canonical (sorted) order: added, deleted, importMode, schemaChange, tableId, updated.
    list('added', diff.added, ({ key, row }) => ({ key, row }), true);
    list('deleted', diff.deleted, ({ key, row }) => ({ key, row }), false);
    hash.update(`,"importMode":${JSON.stringify(mode)}`);
    // Only when there is one, so that every plan without a schema change keeps the hash it had.
    if (schemaChange !== undefined)
        hash.update(`,"schemaChange":${canonicalJson(schemaChange)}`);
    hash.update(`,"tableId":${JSON.stringify(tableId)}`);
    list('updated', diff.updated, ({ key, changes }) => ({ key, changes }), false);
    hash.update('}');
    return hash.digest('hex');
}


/***/ }),

/***/ 59151:
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

/***/ 82623:
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

/***/ 67429:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gy: () => (/* binding */ parseDeleteLimit),
/* harmony export */   hK: () => (/* binding */ checkGuards)
/* harmony export */ });
/* unused harmony exports formatDeleteLimit, allowedDeletes */
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

/***/ 50662:
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

/***/ 65749:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   UC: () => (/* binding */ isWellFormed),
/* harmony export */   u_: () => (/* binding */ KeyIndex),
/* harmony export */   zq: () => (/* binding */ compareUtf8)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);

/**
 * Live keys and their row index, as a Map<string, number> would hold them but compactly: the keys' UTF-8 bytes in one
 * Buffer and an open-addressing table of typed arrays, so 150,000 keys cost about their bytes plus 20 bytes each
 * instead of a string and a Map entry each (about 80 bytes). Behaves as the Map: a key set twice keeps its first
 * place in the order and its last value; iteration is in that order.
 */
class KeyIndex {
    bytes = Buffer.allocUnsafe(64 * 1024);
    used = 0;
    /** Per entry, in insertion order: where its key starts, its length in bytes (-1: an ill-formed key), its value. */
    starts = new Float64Array(1024);
    lengths = new Int32Array(1024);
    values = new Int32Array(1024);
    hashes = new Uint32Array(1024);
    count = 0;
    /** Entry + 1 per slot; 0 is empty. */
    slots = new Int32Array(2048);
    /** Keys with a lone surrogate, which UTF-8 cannot hold exactly: kept as strings (entry by key, key by entry). */
    odd = new Map();
    oddKeys = new Map();
    scratch = Buffer.allocUnsafe(1024);
    /** The hash of the scratch bytes, set by encode. */
    hash = 0;
    /** Per run, so that which keys share a slot cannot be chosen in advance. */
    seed = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomInt)(0x7fffffff) | 1;
    /**
     * `expected`: how many keys will be set, when known (a table's live rows): the arrays are made that size at once,
     * not doubled up to it, which would leave each smaller copy for the collector.
     */
    constructor(expected = 0) {
        if (expected <= 1024)
            return;
        this.starts = new Float64Array(expected);
        this.lengths = new Int32Array(expected);
        this.values = new Int32Array(expected);
        this.hashes = new Uint32Array(expected);
        // At most half full (see append), as a power of two.
        this.slots = new Int32Array(2 ** Math.ceil(Math.log2(expected * 2 + 1)));
    }
    get size() {
        return this.count;
    }
    get(key) {
        // A first load's index of live keys is empty: no key need be encoded to find nothing.
        if (this.count === 0)
            return undefined;
        const length = this.encode(key);
        if (length < 0) {
            const entry = this.odd.get(key);
            return entry === undefined ? undefined : this.values[entry];
        }
        const entry = this.find(length, this.hash);
        return entry < 0 ? undefined : this.values[entry];
    }
    has(key) {
        return this.get(key) !== undefined;
    }
    /**
     * The key's value if it is there; else sets it to `value` and gives undefined. One probe either way (a `get` and then
     * a `set` encode, hash and probe the key twice).
     */
    claim(key, value) {
        const length = this.encode(key);
        if (length < 0) {
            const entry = this.odd.get(key);
            if (entry !== undefined)
                return this.values[entry];
            this.set(key, value);
            return undefined;
        }
        const hash = this.hash;
        const found = this.find(length, hash);
        if (found >= 0)
            return this.values[found];
        this.insert(length, hash, value);
        return undefined;
    }
    set(key, value) {
        const length = this.encode(key);
        if (length < 0) {
            const entry = this.odd.get(key);
            if (entry !== undefined)
                this.values[entry] = value;
            else {
                const added = this.append(0, -1, 0, value);
                this.odd.set(key, added);
                this.oddKeys.set(added, key);
            }
            return this;
        }
        const hash = this.hash;
        const found = this.find(length, hash);
        if (found >= 0) {
            this.values[found] = value;
            return this;
        }
        this.insert(length, hash, value);
        return this;
    }
    /** A new entry for the scratch bytes (not in the index). */
    insert(length, hash, value) {
        if (this.used + length > this.bytes.length) {
            const grown = Buffer.allocUnsafe(Math.max(this.bytes.length * 2, this.used + length));
            this.bytes.copy(grown, 0, 0, this.used);
            this.bytes = grown;
        }
        if (length > SHORT)
            this.scratch.copy(this.bytes, this.used, 0, length);
        else {
            // As encode: a short key's bytes copied here cost less than a native call.
            const bytes = this.bytes;
            const scratch = this.scratch;
            for (let i = 0, at = this.used; i < length; i++, at++)
                bytes[at] = scratch[i];
        }
        const entry = this.append(this.used, length, hash, value);
        this.used += length;
        this.place(entry, hash);
    }
    /** The key of an entry, as it was set. */
    keyOf(entry) {
        const length = this.lengths[entry];
        if (length < 0)
            return this.oddKeys.get(entry);
        const start = this.starts[entry];
        return this.bytes.toString('utf8', start, start + length);
    }
    /** The key of an entry (entries are numbered in the order their keys were first set, from 0). */
    keyAt(entry) {
        return this.keyOf(entry);
    }
    /** An entry's key as its UTF-8 bytes (a view, not a copy); undefined for a key kept as a string. */
    keyBytes(entry) {
        const length = this.lengths[entry];
        if (length < 0)
            return undefined;
        const start = this.starts[entry];
        return this.bytes.subarray(start, start + length);
    }
    /** Two entries' keys in UTF-16 code unit order (as `compareKeys`), from their bytes: no string is made. */
    compareEntries(a, b) {
        const lengthA = this.lengths[a];
        const lengthB = this.lengths[b];
        if (lengthA < 0 || lengthB < 0) {
            const x = this.keyOf(a);
            const y = this.keyOf(b);
            return x < y ? -1 : x > y ? 1 : 0;
        }
        return compareUtf8(this.bytes, this.starts[a], lengthA, this.starts[b], lengthB);
    }
    *entries() {
        for (let entry = 0; entry < this.count; entry++)
            yield [this.keyOf(entry), this.values[entry]];
    }
    *keys() {
        for (let entry = 0; entry < this.count; entry++)
            yield this.keyOf(entry);
    }
    [Symbol.iterator]() {
        return this.entries();
    }
    /**
     * The key's UTF-8 bytes into the scratch buffer, and their length (their hash into `hash`); -1 for a key UTF-8
     * cannot hold (a lone surrogate).
     */
    encode(key) {
        const length = key.length;
        if (length * 3 > this.scratch.length)
            this.scratch = Buffer.allocUnsafe(length * 3);
        const scratch = this.scratch;
        // Most keys are short ASCII: copied here, which costs less than a call into Buffer's encoder (one a row of a plan).
        if (length <= SHORT) {
            // Hashed in the same pass (hashOf's FNV-1a, byte for byte).
            let hash = this.seed ^ 0x811c9dc5;
            let i = 0;
            for (; i < length; i++) {
                const code = key.charCodeAt(i);
                if (code >= 0x80)
                    break;
                scratch[i] = code;
                hash = Math.imul(hash ^ code, 0x01000193);
            }
            if (i === length) {
                this.hash = mixed(hash);
                return length;
            }
        }
        if (!isWellFormed(key))
            return -1;
        const written = scratch.write(key, 0, 'utf8');
        this.hash = this.hashOf(written);
        return written;
    }
    /** Whether the scratch bytes are the entry's, which starts at `start` and has as many. */
    sameBytes(start, length) {
        if (length > SHORT)
            return this.scratch.compare(this.bytes, start, start + length, 0, length) === 0;
        const bytes = this.bytes;
        const scratch = this.scratch;
        for (let i = 0; i < length; i++)
            if (bytes[start + i] !== scratch[i])
                return false;
        return true;
    }
    /** FNV-1a over the scratch bytes, from the run's seed. */
    hashOf(length) {
        let hash = this.seed ^ 0x811c9dc5;
        const bytes = this.scratch;
        for (let i = 0; i < length; i++)
            hash = Math.imul(hash ^ bytes[i], 0x01000193);
        return mixed(hash);
    }
    /** The entry holding the scratch bytes, or -1. */
    find(length, hash) {
        const mask = this.slots.length - 1;
        for (let slot = hash & mask;; slot = (slot + 1) & mask) {
            const taken = this.slots[slot];
            if (taken === 0)
                return -1;
            const entry = taken - 1;
            if (this.hashes[entry] !== hash || this.lengths[entry] !== length)
                continue;
            if (this.sameBytes(this.starts[entry], length))
                return entry;
        }
    }
    place(entry, hash) {
        const mask = this.slots.length - 1;
        let slot = hash & mask;
        while (this.slots[slot] !== 0)
            slot = (slot + 1) & mask;
        this.slots[slot] = entry + 1;
    }
    append(start, length, hash, value) {
        if (this.count === this.values.length) {
            const size = this.count * 2;
            this.starts = grow(this.starts, new Float64Array(size));
            this.lengths = grow(this.lengths, new Int32Array(size));
            this.values = grow(this.values, new Int32Array(size));
            this.hashes = grow(this.hashes, new Uint32Array(size));
        }
        const entry = this.count++;
        this.starts[entry] = start;
        this.lengths[entry] = length;
        this.values[entry] = value;
        this.hashes[entry] = hash;
        // At most half full, so a probe ends soon.
        if (this.count * 2 > this.slots.length) {
            this.slots = new Int32Array(this.slots.length * 2);
            for (let other = 0; other < this.count; other++) {
                if (this.lengths[other] !== -1 && other !== entry)
                    this.place(other, this.hashes[other]);
            }
        }
        return entry;
    }
}
/** FNV-1a's last step: its high bits folded into the low ones the slots are chosen by. */
function mixed(hash) {
    return Math.imul(hash ^ (hash >>> 15), 0x2c1b3c6d) >>> 0;
}
/** Keys up to this many characters are encoded and compared here, not by Buffer's native calls. */
const SHORT = 64;
function grow(from, to) {
    to.set(from);
    return to;
}
/**
 * Two keys' UTF-8 bytes (in one buffer) in UTF-16 code unit order: bytes order as code points do, which is the UTF-16
 * order except that characters past U+FFFF (4-byte sequences, lead byte F0-F4; surrogates D800-DBFF in UTF-16) come
 * before U+E000-U+FFFF (lead byte EE or EF) there. The first differing byte decides; a lead byte of F0 or more ranks
 * between ED and EE (in its own order).
 */
function compareUtf8(bytes, startA, lengthA, startB, lengthB) {
    const shorter = Math.min(lengthA, lengthB);
    for (let i = 0; i < shorter; i++) {
        const x = bytes[startA + i];
        const y = bytes[startB + i];
        if (x !== y)
            return rank(x) - rank(y);
    }
    return lengthA - lengthB;
}
/** A UTF-8 byte's place in UTF-16 order at the first byte two keys differ by (see compareUtf8). */
function rank(byte) {
    // F0-F4 keep their own order, all of them after ED and before EE.
    return byte >= 0xf0 ? 0xed + (byte - 0xef) / 16 : byte;
}
/** Whether UTF-8 holds the text exactly (no lone surrogate); String.prototype.isWellFormed, which ES2023's types lack. */
function isWellFormed(text) {
    return text.isWellFormed();
}


/***/ }),

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

/***/ 19863:
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

/***/ 6273:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CH: () => (/* binding */ changedRows),
  EI: () => (/* binding */ changesTable),
  PL: () => (/* binding */ combinedPlanHash),
  $n: () => (/* binding */ fileRowStream),
  Ai: () => (/* binding */ planCounts),
  Ox: () => (/* binding */ planJsonChunks),
  k0: () => (/* binding */ planTable),
  qX: () => (/* binding */ rejectedRowsCsv),
  tX: () => (/* binding */ rowList),
  gZ: () => (/* binding */ rowsToImport)
});

// UNUSED EXPORTS: inertCell, sameAsLiveText

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./lib/core/csv.js + 1 modules
var csv = __webpack_require__(62312);
// EXTERNAL MODULE: ./lib/core/diff.js + 1 modules
var core_diff = __webpack_require__(46420);
// EXTERNAL MODULE: ./lib/core/guards.js
var guards = __webpack_require__(67429);
// EXTERNAL MODULE: ./lib/core/key-index.js
var key_index = __webpack_require__(65749);
// EXTERNAL MODULE: ./lib/core/live-records.js
var live_records = __webpack_require__(30102);
// EXTERNAL MODULE: ./lib/core/schema.js
var core_schema = __webpack_require__(34920);
// EXTERNAL MODULE: ./lib/core/typography.js
var typography = __webpack_require__(79302);
;// CONCATENATED MODULE: ./lib/core/look-alike-keys.js


/** The config file's key that lets a table's plan rename keys on purpose. */
const ALLOW_RENAMES = 'allow-renames';
/** Renames named in the refusal before "...". */
const SHOWN = 5;
/**
 * Added keys that equal a deleted live key once case, Unicode form and typographic punctuation are folded
 * (`New Year's Day` retyped as `New Year’s Day` by autocorrect, `Support-EN` as `Support–EN`): the plan deletes one
 * and adds the other, a rename that the flows' lookups of the old key then miss. Named on the file's lines and
 * blocking the table, unless the table's entry allows renames (then a warning says what happens).
 */
function lookAlikeRenames(diff, keys, file, column, allowRenames = false, 
/** Live keys an append leaves in the table (the file does not have them): a look-alike would be added beside one. */
keptLiveKeys = []) {
    const found = { problems: [], refusals: [] };
    if (diff.added.length === 0)
        return found;
    if (keptLiveKeys.length > 0)
        found.problems.push(...lookAlikesBeside(diff, keys, file, column, keptLiveKeys));
    for (const problem of found.problems) {
        found.refusals.push(`${problem.file}:${problem.line}: ${problem.message}`);
    }
    if (diff.deleted.length === 0)
        return found;
    const deletedByFold = new Map(diff.deleted.map(({ key }) => [(0,core_schema/* foldKey */.pU)(key), key]));
    const renames = [];
    for (const { key } of diff.added) {
        const live = deletedByFold.get((0,core_schema/* foldKey */.pU)(key));
        if (live !== undefined)
            renames.push({ live, key, how: (0,typography/* howKeysDiffer */.z)(live, key), line: keys.firstLine(key) ?? 1 });
    }
    if (renames.length === 0)
        return found;
    renames.sort((a, b) => a.line - b.line);
    const fix = allowRenames
        ? `renamed on purpose (${ALLOW_RENAMES}: true)`
        : "write the key as the table has it (turn off the spreadsheet's autocorrect of quotes and dashes, or copy the key from the table's export); if the rename is intended, set allow-renames: true on this table's entry of the config file";
    for (const { live, key, how, line } of renames) {
        found.problems.push({
            severity: allowRenames ? 'warning' : 'error',
            kind: 'renamed-key',
            file,
            line,
            ...(column !== undefined ? { column } : {}),
            value: key,
            message: `this key differs from the live key "${(0,core_schema/* makeVisible */.Xm)(live)}" only by ${how}: the plan deletes "${(0,core_schema/* makeVisible */.Xm)(live)}" and adds "${(0,core_schema/* makeVisible */.Xm)(key)}", a rename that lookups of the old key would miss. ${allowRenames ? 'Allowed: ' : 'To fix: '}${fix}`,
        });
    }
    if (!allowRenames) {
        const shown = renames
            .slice(0, SHOWN)
            .map(({ live, key, how }) => `"${(0,core_schema/* makeVisible */.Xm)(live)}" → "${(0,core_schema/* makeVisible */.Xm)(key)}" (${how})`);
        found.refusals.push(`${renames.length} key(s) rename a live key by a look-alike spelling: ${shown.join(', ')}${renames.length > SHOWN ? ', ...' : ''}. The plan would delete each live row and add it again under the new key, and lookups of the old key would miss: ${fix}`);
    }
    return found;
}
/**
 * With `import-mode: append`, nothing is deleted: a key that is a look-alike of a live key the file leaves alone is
 * added beside it, and the table then holds two keys a person reads as one. Always an error (there is no rename to
 * allow: write the key as the table has it, or replace the table).
 */
function lookAlikesBeside(diff, keys, file, column, keptLiveKeys) {
    const liveByFold = new Map(keptLiveKeys.map((key) => [(0,core_schema/* foldKey */.pU)(key), key]));
    const problems = [];
    for (const { key } of diff.added) {
        const live = liveByFold.get((0,core_schema/* foldKey */.pU)(key));
        if (live === undefined)
            continue;
        problems.push({
            severity: 'error',
            kind: 'renamed-key',
            file,
            line: keys.firstLine(key) ?? 1,
            ...(column !== undefined ? { column } : {}),
            value: key,
            message: `this key differs from the live key "${(0,core_schema/* makeVisible */.Xm)(live)}" only by ${(0,typography/* howKeysDiffer */.z)(live, key)}; appending would add it beside that row, and the table would hold two keys that read alike. Write the key as the table has it`,
        });
    }
    return problems.sort((a, b) => a.line - b.line);
}

;// CONCATENATED MODULE: ./lib/core/spreadsheet-marks.js

/** Examples of cells named in one problem. */
const spreadsheet_marks_SHOWN = 5;
/** A digit string without its leading zeros (`00042` → `42`, `0` stays), or undefined for anything else. */
function withoutLeadingZeros(text) {
    return /^[0-9]+$/.test(text) ? text.replace(/^0+(?=[0-9])/, '') : undefined;
}
/**
 * Windows-1252's characters for the bytes 0x80-0x9F (the WHATWG index; the rest is Latin-1). Our own table, not
 * TextDecoder('windows-1252'): Node.js 22.19 decodes those bytes wrongly (drops them), so the one-byte code page most
 * often met was missed there.
 */
const WINDOWS_1252_HIGH = [
    0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
    0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];
function decodeWindows1252(bytes) {
    let text = '';
    for (const byte of bytes) {
        text += String.fromCharCode(byte >= 0x80 && byte < 0xa0 ? WINDOWS_1252_HIGH[byte - 0x80] : byte);
    }
    return text;
}
/** The text as it reads when its UTF-8 bytes are decoded as Windows-1252 or as Latin-1 (both seen in the wild). */
function decodedTwice(text) {
    const bytes = Buffer.from(text, 'utf8');
    return [decodeWindows1252(bytes), bytes.toString('latin1')];
}
/** Whether `after` is `before` with its UTF-8 read as a one-byte code page: text decoded twice. */
function isMojibakeOf(before, after) {
    if (before === after || !/[^\x20-\x7e]/.test(before))
        return false;
    return decodedTwice(before).includes(after);
}
/**
 * The marks text decoded twice leaves: `Ã` or `Â` before a character of the upper half of Latin-1 or its
 * Windows-1252 neighbours (`Ã©` for é, `Ã¼` for ü, `â€™` for ’).
 */
const MOJIBAKE_MARKS = /[ÃÂ][\u00a0-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u2026\u2030\u2039\u203a\u20ac\u2122]|â€[\u0099\u009c\u009d\u2122\u201c\u201d\u02dc]/;
function hasMojibakeMarks(text) {
    return MOJIBAKE_MARKS.test(text);
}
const LEADING_ZEROS_CAUSE = 'leading zeros were probably removed by a spreadsheet: open the file as text, or format the column as Text, and put them back';
const MOJIBAKE_CAUSE = 'the file was probably opened as Windows-1252 ("ANSI") and saved again, so its UTF-8 text was decoded twice: take the file from git again, or open it as UTF-8';
function findSpreadsheetMarks(diff, schema, keys, file, keyColumn) {
    const marks = { problems: [], refusals: [] };
    const lineOf = (key) => keys.firstLine(key) ?? 1;
    const column = (name) => schema.fields.find((field) => field.name === name)?.title ?? name;
    // Keys: one the file adds that equals one the plan deletes once leading zeros are put back (or taken away).
    const deletedByDigits = new Map();
    for (const { key } of diff.deleted) {
        const digits = withoutLeadingZeros(key);
        if (digits !== undefined)
            deletedByDigits.set(digits, key);
    }
    const renamed = [];
    if (deletedByDigits.size > 0) {
        for (const { key } of diff.added) {
            const digits = withoutLeadingZeros(key);
            const live = digits === undefined ? undefined : deletedByDigits.get(digits);
            if (live === undefined || live === key)
                continue;
            renamed.push([key, live]);
            marks.problems.push({
                severity: 'error',
                kind: 'leading-zeros',
                file,
                line: lineOf(key),
                ...(keyColumn !== undefined ? { column: keyColumn } : {}),
                value: key,
                message: `this key and the live key "${(0,core_schema/* makeVisible */.Xm)(live)}" differ only by leading zeros, so the plan would delete "${(0,core_schema/* makeVisible */.Xm)(live)}" and add "${(0,core_schema/* makeVisible */.Xm)(key)}": ${LEADING_ZEROS_CAUSE}`,
            });
        }
    }
    if (renamed.length > 0) {
        renamed.sort((a, b) => lineOf(a[0]) - lineOf(b[0]));
        const shown = renamed.slice(0, spreadsheet_marks_SHOWN).map(([key, live]) => `"${live}" → "${key}"`);
        marks.refusals.push(`${renamed.length} key(s) differ from live keys only by leading zeros (${shown.join(', ')}${renamed.length > spreadsheet_marks_SHOWN ? ', ...' : ''}): ${LEADING_ZEROS_CAUSE}`);
    }
    // Cells: per column, the changes that lost leading zeros, and the changes that are the old text decoded twice.
    const byColumn = new Map();
    for (const { key, changes } of diff.updated) {
        for (const change of changes) {
            if (typeof change.old !== 'string' || typeof change.new !== 'string')
                continue;
            const entry = byColumn.get(change.field) ?? { changes: 0, zeros: [], twice: [] };
            byColumn.set(change.field, entry);
            entry.changes++;
            const digits = withoutLeadingZeros(change.old);
            if (digits !== undefined && digits !== change.old && change.new === digits)
                entry.zeros.push(key);
            else if (isMojibakeOf(change.old, change.new))
                entry.twice.push(key);
        }
    }
    for (const [field, entry] of byColumn) {
        for (const [found, kind, cause, what] of [
            [entry.zeros, 'leading-zeros', LEADING_ZEROS_CAUSE, 'lost the leading zeros every live value had'],
            [entry.twice, 'mojibake', MOJIBAKE_CAUSE, 'is the old text decoded twice (like "CafÃ©" for "Café")'],
        ]) {
            if (found.length === 0)
                continue;
            const every = found.length === entry.changes;
            const keysShown = found
                .slice(0, spreadsheet_marks_SHOWN)
                .map((key) => `"${(0,core_schema/* makeVisible */.Xm)(key)}"`)
                .join(', ');
            const message = `${every ? 'every' : `${found.length} of the ${entry.changes}`} changed cell(s) of this column ${what} (rows ${keysShown}${found.length > spreadsheet_marks_SHOWN ? ', ...' : ''}): ${cause}`;
            // Text decoded twice is never an edit, even in a few cells: it blocks wherever it is found.
            const blocks = every || kind === 'mojibake';
            marks.problems.push({
                severity: blocks ? 'error' : 'warning',
                kind,
                file,
                line: lineOf(found[0]),
                column: column(field),
                message,
            });
            if (blocks)
                marks.refusals.push(`column "${column(field)}": ${message}`);
        }
    }
    // Added rows, and the new values of changed ones, holding the marks of text decoded twice.
    const marked = [
        // A packed added row is searched as text first: only a likely one is unpacked.
        ...diff.added.filter((added) => (!('packed' in added) || hasMojibakeMarks(added.packed)) &&
            Object.values(added.row).some((v) => typeof v === 'string' && hasMojibakeMarks(v))),
        ...diff.updated.filter(({ changes }) => changes.some((c) => typeof c.new === 'string' &&
            hasMojibakeMarks(c.new) &&
            !(typeof c.old === 'string' && isMojibakeOf(c.old, c.new)))),
    ].map(({ key }) => key);
    if (marked.length > 0) {
        const message = `${marked.length} new or changed row(s) hold the marks text decoded twice leaves (like "Ã©" or "â€™"; rows ${marked
            .slice(0, spreadsheet_marks_SHOWN)
            .map((key) => `"${(0,core_schema/* makeVisible */.Xm)(key)}"`)
            .join(', ')}${marked.length > spreadsheet_marks_SHOWN ? ', ...' : ''}): ${MOJIBAKE_CAUSE}`;
        marks.problems.push({ severity: 'error', kind: 'mojibake', file, line: lineOf(marked[0]), message });
        marks.refusals.push(message);
    }
    return marks;
}

;// CONCATENATED MODULE: ./lib/core/value-shapes.js

const DATE = /^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$/;
const TIME = /^([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9])?$/;
const DATETIME = /^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]+)?)?(Z|[+-][0-9]{2}:?[0-9]{2})?$/;
const DIGITS = /^[0-9]+$/;
const PLUS_DIGITS = /^\+[0-9]+$/;
const DECIMAL = /^-?[0-9]+(\.[0-9]+)?$/;
/** 12/25/2027, 25/12/2027, 25.12.2027, 11/25/27, 2027/12/25 as a spreadsheet's locale shows a date. */
const LOCALE_DATE = /^([0-9]{1,2}[./-][0-9]{1,2}[./-]([0-9]{2}|[0-9]{4})|[0-9]{4}[./][0-9]{1,2}[./][0-9]{1,2})\.?$/;
/** 8:00, 08:00:00 AM, 8:00 p.m. */
const LOCALE_TIME = /^[0-9]{1,2}:[0-9]{2}(:[0-9]{2})?( ?[AaPp]\.?[Mm]\.?)?$/;
/** 6/30/2027 23:59, 30.06.27 23:59, 06/30/27 11:59 PM, 2027/06/30 23:59: a date-time as a spreadsheet's locale shows it. */
const LOCALE_DATETIME = /^([0-9]{1,2}[./-][0-9]{1,2}[./-]([0-9]{2}|[0-9]{4})|[0-9]{4}[./][0-9]{1,2}[./][0-9]{1,2}),? [0-9]{1,2}:[0-9]{2}(:[0-9]{2})?( ?[AaPp]\.?[Mm]\.?)?$/;
/** 4.00012E+15, 4.00012341234124E+019, 4,47911E+11 (a decimal comma): how Excel and Calc write a long number in a General cell. */
const SCIENTIFIC = /^-?[0-9]+([.,][0-9]+)?[Ee][+-]?[0-9]+$/;
const SHAPES = ['date', 'time', 'datetime', 'digits', 'plus-digits', 'decimal'];
/** Whether a value has the shape (an empty value always has it: empty cells are not a shape). */
function fitsShape(shape, value) {
    if (value === '')
        return true;
    switch (shape.kind) {
        case 'date':
            return DATE.test(value);
        case 'time':
            return TIME.test(value) && value.length === (shape.seconds ? 8 : 5);
        case 'datetime':
            return DATETIME.test(value);
        case 'digits':
            return DIGITS.test(value) && (shape.length === undefined || value.length === shape.length);
        case 'plus-digits':
            return PLUS_DIGITS.test(value);
        case 'decimal':
            return DECIMAL.test(value);
    }
}
/** A digit string is only given a length from this many digits on (a column of 0-9 is not "one digit long"). */
const MIN_FIXED_LENGTH = 4;
/**
 * Learns a shape from a column's values: the one every non-empty value has, or undefined. Reading stops as soon as no
 * shape is left, so a column of free text costs one value.
 */
function learnShape(values) {
    const alive = new Set(SHAPES);
    let seconds;
    let length = -1;
    let decimals = 0;
    let seen = 0;
    for (const value of values) {
        if (value === '')
            continue;
        seen++;
        if (alive.has('date') && !DATE.test(value))
            alive.delete('date');
        if (alive.has('time')) {
            const withSeconds = value.length === 8;
            if (!TIME.test(value) || (seconds !== undefined && seconds !== withSeconds))
                alive.delete('time');
            else
                seconds = withSeconds;
        }
        if (alive.has('datetime') && !DATETIME.test(value))
            alive.delete('datetime');
        if (alive.has('digits')) {
            if (!DIGITS.test(value))
                alive.delete('digits');
            else if (length === -1)
                length = value.length;
            else if (length !== value.length)
                length = undefined;
        }
        if (alive.has('plus-digits') && !PLUS_DIGITS.test(value))
            alive.delete('plus-digits');
        if (alive.has('decimal')) {
            if (!DECIMAL.test(value))
                alive.delete('decimal');
            else
                decimals = Math.max(decimals, decimalsOf(value));
        }
        if (alive.size === 0)
            return undefined;
    }
    if (seen === 0)
        return undefined;
    if (alive.has('date'))
        return { kind: 'date' };
    if (alive.has('time'))
        return { kind: 'time', seconds: seconds === true };
    if (alive.has('datetime'))
        return { kind: 'datetime' };
    if (alive.has('plus-digits'))
        return { kind: 'plus-digits' };
    if (alive.has('digits')) {
        return length !== undefined && length >= MIN_FIXED_LENGTH && seen >= 2
            ? { kind: 'digits', length }
            : { kind: 'digits' };
    }
    // Integers alone are digits with a sign, not decimals: a decimal column has at least one point.
    if (alive.has('decimal') && decimals > 0)
        return { kind: 'decimal', decimals };
    return undefined;
}
function decimalsOf(value) {
    const point = value.indexOf('.');
    return point < 0 ? 0 : value.length - point - 1;
}
/** Whether `after` is `before` with digits past the 15th (or fewer) significant one zeroed: a long number rounded. */
function lostDigits(before, after) {
    const plus = before.startsWith('+') && after.startsWith('+') ? 1 : 0;
    const old = before.slice(plus);
    const now = after.slice(plus);
    if (!DIGITS.test(old) || !DIGITS.test(now) || old.length !== now.length || old === now || old.length < 12) {
        return false;
    }
    const kept = now.replace(/0+$/, '').replace(/^0+/, '').length;
    if (kept === 0 || kept > 15 || now.length - now.replace(/0+$/, '').length === 0)
        return false;
    const zeros = now.length - now.replace(/0+$/, '').length;
    const unit = 10n ** BigInt(zeros);
    const difference = BigInt(old) - BigInt(now);
    return (difference < 0n ? -difference : difference) < unit;
}
/** The new value as a spreadsheet's rendering of the column's shape (or of the old value): the cause, or undefined. */
function spreadsheetRendering(shape, after, before, type = 'string') {
    if (after === '')
        return undefined;
    const artefact = type === 'string' ? (0,core_schema/* spreadsheetArtefact */.b4)(after) : undefined;
    if (artefact)
        return artefact;
    if (shape === undefined || after === before)
        return undefined;
    switch (shape.kind) {
        case 'date':
            if (LOCALE_DATE.test(after))
                return 'locale-date';
            if (LOCALE_DATETIME.test(after))
                return 'locale-datetime';
            return undefined;
        case 'time':
            if (!fitsShape(shape, after) && LOCALE_TIME.test(after))
                return 'locale-time';
            return undefined;
        case 'datetime':
            if (LOCALE_DATETIME.test(after))
                return 'locale-datetime';
            if (LOCALE_DATE.test(after))
                return 'locale-date';
            return undefined;
        case 'digits':
        case 'plus-digits':
            if (SCIENTIFIC.test(after))
                return 'scientific';
            if (before !== undefined && lostDigits(before, after))
                return 'lost-digits';
            if (shape.kind === 'plus-digits') {
                if (before !== undefined ? before === `+${after}` : DIGITS.test(after))
                    return 'dropped-plus';
                if (before?.startsWith('+') && lostDigits(before.slice(1), after))
                    return 'dropped-plus';
            }
            return undefined;
        case 'decimal': {
            // Text a spreadsheet wrote as 1.2E-04 (a number field's own values are numbers, written without it here).
            if (type === 'string' && SCIENTIFIC.test(after))
                return 'scientific';
            if (before === undefined)
                return /^-?[0-9]+,[0-9]+$/.test(after) ? 'decimal-comma' : undefined;
            if (after === before.replace('.', ','))
                return 'decimal-comma';
            if (!DECIMAL.test(after) || !DECIMAL.test(before))
                return undefined;
            const old = Number(before);
            const now = Number(after);
            const oldDecimals = decimalsOf(before);
            const newDecimals = decimalsOf(after);
            // A locale whose thousands separator is "." (German) reads 0.125 as 125.
            if (newDecimals === 0 && oldDecimals > 0 && oldDecimals <= 3 && Math.abs(now - old * 1000) < 1e-6) {
                return 'thousands';
            }
            // "Save as shown" with a 0.00 format: fewer decimals, the old value rounded to them (half up or half even).
            if (newDecimals >= 1 && oldDecimals > newDecimals && Math.abs(now - old) <= 0.5 * 10 ** -newDecimals + 1e-12) {
                return 'rounded';
            }
            // The same number written otherwise in a text column (0.250 saved as 0.25).
            if (type === 'string' && now === old)
                return 'rounded';
            return undefined;
        }
    }
}
/** What the column holds, in words, for messages. */
function describeShape(shape) {
    switch (shape.kind) {
        case 'date':
            return 'ISO dates (YYYY-MM-DD, like 2027-12-25)';
        case 'time':
            return shape.seconds ? '24-hour times with seconds (like 08:00:00)' : '24-hour times (HH:MM, like 08:00)';
        case 'datetime':
            return 'ISO date-times (like 2027-06-30T23:59:59Z)';
        case 'digits':
            return shape.length === undefined ? 'digit strings' : `digit strings of ${shape.length} digits`;
        case 'plus-digits':
            return 'numbers with a leading + (like +447911123456)';
        case 'decimal':
            return `decimals with a point (up to ${shape.decimals} decimal(s), like ${(0.125).toFixed(Math.min(shape.decimals, 3))})`;
    }
}
const AS_TEXT = 'take the file from git again and open it through Data > From Text/CSV with this column set to Text (or format the column as Text before opening or typing), then save';
/** Each cause: what the spreadsheet did, and the fix in a spreadsheet user's words. */
const CAUSES = {
    'locale-date': {
        did: 'hold dates as a spreadsheet shows them in its locale',
        cell: "a date as a spreadsheet's locale shows it",
        fix: `${AS_TEXT}; write dates as YYYY-MM-DD`,
    },
    'locale-time': {
        did: 'hold times as a spreadsheet shows them in its locale',
        cell: "a time as a spreadsheet's locale shows it",
        fix: `${AS_TEXT}; write times as the table has them`,
    },
    'locale-datetime': {
        did: 'hold dates and times as a spreadsheet shows them in its locale',
        cell: "a date and time as a spreadsheet's locale shows them",
        fix: `${AS_TEXT}; write them as the table has them (like 2027-06-30T23:59:59Z)`,
    },
    scientific: {
        did: 'hold a long number in scientific notation (like 4.00012E+15), as a spreadsheet shows digits it read as a number; the digits are lost',
        cell: 'a long number in scientific notation, its digits lost',
        fix: AS_TEXT,
    },
    'lost-digits': {
        did: 'hold a long number whose last digits became 0 (Excel keeps 15 significant digits of a number)',
        cell: 'the old number cut to 15 significant digits (or fewer)',
        fix: AS_TEXT,
    },
    'dropped-plus': {
        did: 'lost the leading + every value of the column has (a spreadsheet read +447911123456 as a number)',
        cell: 'the number without its leading +',
        fix: AS_TEXT,
    },
    thousands: {
        did: 'hold decimals multiplied by 1000 (a spreadsheet whose locale writes "." between thousands, German for one, read 0.125 as 125)',
        cell: 'the old decimal times 1000 (its "." read as a thousands separator)',
        fix: 'take the file from git again and open it through Data > From Text/CSV with English (USA) as the language, or with this column set to Text, then save',
    },
    rounded: {
        did: "hold numbers rounded to a spreadsheet's number format (saved as shown, like 0.13 for 0.125)",
        cell: "the old number rounded to the column's number format",
        fix: 'take the file from git again and save it with "Save cell content as shown" turned off, or format the column as Text before opening',
    },
    'decimal-comma': {
        did: 'hold decimals written with a comma, as a spreadsheet whose locale uses a decimal comma saves them',
        cell: 'a decimal written with a comma',
        fix: 'take the file from git again and open it through Data > From Text/CSV with English (USA) as the language, or with this column set to Text, then save',
    },
    'error-value': {
        did: "hold a spreadsheet's error value (#NAME?, #VALUE!, #REF!, #N/A, #DIV/0!), shown where a formula failed: Excel reads text typed with a leading =, +, - or @ (like -- closed all day --) as a formula",
        cell: "a spreadsheet's error value, shown where a formula failed",
        fix: "type the text again with a ' (apostrophe) before it, or format the column as Text first, and save",
    },
    formula: {
        did: 'hold the text of a spreadsheet formula (like =D2&" (closed)"), not its result',
        cell: 'the text of a spreadsheet formula, not its result',
        fix: 'type the value itself, or copy the column and paste it as values only, then save',
    },
};
/** The setting that allows a column to change its shape, as written in the config file. */
const SHAPE_SETTING = 'allow-shape-change';
/** Cells named in one refusal before "and N more". */
const value_shapes_SHOWN = 5;
/** Learns each column's shape from the live values, then holds the changed and added cells to it. */
function findShapeChanges(input) {
    const { diff, schema, records, keys, file, header } = input;
    const findings = { problems: [], refusals: [] };
    const allowed = new Set(input.allowed ?? []);
    for (const name of allowed) {
        if (schema.fields.some((field) => field.title === name || field.name === name))
            continue;
        findings.problems.push({
            severity: 'warning',
            kind: 'spreadsheet-value',
            file,
            line: 1,
            message: `the config file's ${SHAPE_SETTING} names "${(0,core_schema/* makeVisible */.Xm)(name)}", but the table has no such column (its columns: ${schema.fields.map((field) => field.title).join(', ')})`,
        });
    }
    const checked = schema.fields.filter((field) => !allowed.has(field.title) && !allowed.has(field.name));
    // Only columns the plan writes to are learned: every column when rows are added, else the changed ones.
    const written = new Set();
    if (diff.added.length === 0)
        for (const { changes } of diff.updated)
            for (const c of changes)
                written.add(c.field);
    const rejected = input.rejected ?? [];
    const everyColumn = diff.added.length > 0 || rejected.length > 0;
    const fields = checked.filter((field) => everyColumn || written.has(field.name));
    if (fields.length === 0 || (!everyColumn && diff.updated.length === 0))
        return findings;
    const shapes = new Map();
    for (const field of fields)
        shapes.set(field.name, learnShape(liveTexts(records, field)));
    const match = (0,core_schema/* columnIndex */.PD)(schema);
    const position = new Map();
    header.forEach((name, index) => {
        const field = match(name);
        if (field && !position.has(field.name))
            position.set(field.name, index + 1);
    });
    const lineOf = (key) => keys.firstLine(key) ?? 1;
    const blocked = new Map();
    const offShape = new Map();
    const check = (field, key, after, before) => {
        const shape = shapes.get(field.name);
        const now = String(after);
        const old = before === undefined ? undefined : String(before);
        const cause = spreadsheetRendering(shape, now, old, field.type);
        if (cause) {
            const id = `${field.name}\u0000${cause}`;
            const entry = blocked.get(id) ?? { field, cause, cells: [] };
            blocked.set(id, entry);
            entry.cells.push({ line: typeof key === 'number' ? key : lineOf(key), value: now });
            return;
        }
        // Leading zeros lost are named by the spreadsheet marks; anything else off the shape is a warning.
        if (field.type !== 'string')
            return;
        if (shape && !fitsShape(shape, now) && !(old !== undefined && old.replace(/^0+(?=[0-9])/, '') === now)) {
            const entry = offShape.get(field.name) ?? { field, shape, cells: [] };
            offShape.set(field.name, entry);
            entry.cells.push({ line: typeof key === 'number' ? key : lineOf(key), value: now });
        }
    };
    for (const { key, changes } of diff.updated) {
        for (const change of changes) {
            if (shapes.has(change.field))
                check(fieldNamed(fields, change.field), key, change.new, change.old);
        }
    }
    const keyName = schema.fields.find((field) => field.isKey)?.name;
    const lostDigitKeys = new Map();
    if (keyName !== undefined && shapes.has(keyName) && diff.added.length > 0) {
        for (const { key } of diff.deleted) {
            if (DIGITS.test(key.replace(/^\+/, '')) && key.length > 15)
                lostDigitKeys.set(zeroPast15(key), key);
        }
    }
    // With no shape to hold added rows to, only error values and formula text are looked for: a packed row is searched
    // as text first, and unpacked only when it may hold one (a first import of a million rows costs no unpacking).
    const anyShape = fields.some((field) => shapes.get(field.name) !== undefined);
    for (const added of diff.added) {
        if (!anyShape && 'packed' in added && !ARTEFACT_MARK.test(added.packed))
            continue;
        const row = added.row;
        for (const field of fields) {
            const value = row[field.name];
            if (value === undefined)
                continue;
            if (field.name === keyName && lostDigitKeys.has(String(value))) {
                check(field, added.key, value, lostDigitKeys.get(String(value)));
            }
            else
                check(field, added.key, value);
        }
    }
    // Invalid rows are not planned, but their text cells are held to the shapes too, so that one round of fixes is enough
    // (a German file's decimal commas make every row invalid; its dates are named as well).
    const fieldAt = header.map((name) => {
        const field = match(name);
        return field && field.type === 'string' && fields.includes(field) ? field : undefined;
    });
    for (const row of rejected) {
        for (const [index, field] of fieldAt.entries()) {
            const value = row.cells[index];
            if (field !== undefined && value !== undefined && value !== '')
                check(field, row.line, value);
        }
    }
    // One number rounded may be an edit (0.075 to 0.08): a rounding blocks only when it is the column's pattern, every
    // changed cell of the column rounded (two at least); else it is taken as the edit it may be.
    const changedIn = new Map();
    for (const { changes } of diff.updated) {
        for (const c of changes)
            changedIn.set(c.field, (changedIn.get(c.field) ?? 0) + 1);
    }
    for (const [id, entry] of blocked) {
        if (entry.cause !== 'rounded')
            continue;
        if (entry.cells.length < 2 || entry.cells.length !== changedIn.get(entry.field.name))
            blocked.delete(id);
    }
    for (const { field, cause, cells } of blocked.values()) {
        cells.sort((a, b) => a.line - b.line);
        const shape = shapes.get(field.name);
        const where = cells
            .slice(0, value_shapes_SHOWN)
            .map((cell) => `${file}:${cell.line}:${position.get(field.name) ?? 1} "${(0,core_schema/* makeVisible */.Xm)(cell.value)}"`)
            .join(', ');
        const more = cells.length > value_shapes_SHOWN ? `, and ${cells.length - value_shapes_SHOWN} more` : '';
        const holds = shape ? `, where the table holds ${describeShape(shape)}` : '';
        const { did, fix } = CAUSES[cause];
        const allow = `If the column is meant to change this way, name it in this table's entry of the config file: ${SHAPE_SETTING}: [${field.title}]`;
        findings.refusals.push(`column "${field.title}": ${cells.length} new or changed cell(s) ${did}${holds}: ${where}${more}. To fix: ${fix}. ${allow}`);
        for (const cell of cells) {
            findings.problems.push({
                severity: 'error',
                kind: 'spreadsheet-value',
                file,
                line: cell.line,
                column: field.title,
                value: cell.value,
                message: `${CAUSES[cause].cell}${holds}: ${fix}`,
            });
        }
    }
    for (const { field, shape, cells } of offShape.values()) {
        cells.sort((a, b) => a.line - b.line);
        for (const cell of cells) {
            findings.problems.push({
                severity: 'warning',
                kind: 'spreadsheet-value',
                file,
                line: cell.line,
                column: field.title,
                value: cell.value,
                message: `the table holds ${describeShape(shape)} in this column, and this value is not one: write it as the others are, unless it is meant (then name the column in the config file's ${SHAPE_SETTING} to stop this warning)`,
            });
        }
    }
    return findings;
}
/** What a packed row (JSON) holds when a value in it starts as an error value or a formula does. */
const ARTEFACT_MARK = /"(#|=|Err:)/;
function fieldNamed(fields, name) {
    return fields.find((field) => field.name === name);
}
/** A digit string with every digit past the 15th significant one set to 0, as Excel stores it. */
function zeroPast15(text) {
    const plus = text.startsWith('+') ? '+' : '';
    const digits = text.slice(plus.length);
    const lead = digits.length - digits.replace(/^0+/, '').length;
    const end = lead + 15;
    return plus + digits.slice(0, end) + '0'.repeat(Math.max(0, digits.length - end));
}
/** A column's live values as text, one at a time (read lazily, so learning stops early). */
function* liveTexts(records, field) {
    for (let index = 0; index < records.length; index++) {
        const value = (0,core_schema/* normalizeLiveValue */.bU)(field, records.value(index, field.name));
        yield typeof value === 'string' ? value : String(value);
    }
}

;// CONCATENATED MODULE: ./lib/core/once-fixed.js


/** A change a spreadsheet makes by itself (not a person's edit): leading zeros dropped, text decoded twice. */
function isSpreadsheetDamage(before, after) {
    if (typeof before !== 'string' || typeof after !== 'string')
        return false;
    if (/^0+[0-9]/.test(before) && after === before.replace(/^0+(?=[0-9])/, ''))
        return true;
    if (isMojibakeOf(before, after))
        return true;
    // A date, a long number or a decimal the spreadsheet rendered its own way (the old value's shape, read from it alone).
    // One rounded number may be a person's edit: the shape rule blocks rounding only when a whole column was rounded.
    const cause = spreadsheetRendering(learnShape([before]), after, before);
    return cause !== undefined && cause !== 'rounded';
}
/**
 * An invalid row, by its valid cells against the live row of its key: added when the table lacks the key; changed when
 * a valid cell differs from the table; unchanged when every valid cell equals it (the named cells, once fixed, are
 * taken to be what the table has); damaged, and so counted apart, when a valid cell differs only as a spreadsheet
 * changes values by itself, so that "would change" never stands for a row whose other cells are damaged too.
 */
function onceFixed(partial, fields, live) {
    if (live === undefined)
        return 'add';
    let changed = false;
    for (const field of fields) {
        if (field.isKey || !(field.name in partial))
            continue;
        const before = live(field);
        const after = partial[field.name];
        if (before === after)
            continue;
        if (isSpreadsheetDamage(before, after))
            return 'damaged';
        changed = true;
    }
    return changed ? 'change' : 'unchanged';
}

// EXTERNAL MODULE: ./lib/core/problems.js
var problems = __webpack_require__(70571);
;// CONCATENATED MODULE: ./lib/core/reshuffled-columns.js

/** The config file's key that lets a table's plan move a column's values between rows on purpose. */
const ALLOW_RESHUFFLE = 'allow-reshuffle';
/**
 * Changed cells of one column, at least, before a reshuffle is considered: two or three values traded by hand (two
 * queues swapping a skill) are an edit; a column sorted on its own moves nearly every value.
 */
const MIN_MOVED = 4;
/** Distinct values among them, at least: a yes/no column toggled both ways in a few rows is an edit, not a sort. */
const MIN_DISTINCT = 3;
/** Changed cells, at least, that make a reshuffle whose values are in no order (not a sort) more than an edit. */
const MIN_SHUFFLED = 10;
/** Rows named in one message. */
const reshuffled_columns_SHOWN = 3;
/** A cell as a multiset member: its type and value, so `1` and `"1"` stay apart. */
function token(value) {
    return `${typeof value}:${String(value)}`;
}
/** Text compared as a spreadsheet sorts it: letters alike whatever their case, numbers within text by value. */
const COLLATOR = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
/**
 * "ascending" or "descending" when the values, empty ones left out (a spreadsheet sorts them last either way), are in
 * that order; undefined when in neither (or when all are equal).
 */
function sortOrder(values) {
    const present = values.filter((value) => value !== '');
    let up = true;
    let down = true;
    for (let i = 1; i < present.length; i++) {
        const a = present[i - 1];
        const b = present[i];
        const step = typeof a === 'number' && typeof b === 'number' ? a - b : COLLATOR.compare(String(a), String(b));
        if (step > 0)
            up = false;
        if (step < 0)
            down = false;
    }
    if (up === down)
        return undefined;
    return up ? 'ascending' : 'descending';
}
/**
 * A column sorted on its own in a spreadsheet ("Continue with the current selection"): many rows' values changed, yet
 * the changed cells still hold the very same values, only in other rows (every holiday got another holiday's date).
 * Found per column among the changed rows: the old values of the changed cells and the new ones are the same
 * multiset, there are at least MIN_MOVED of them and MIN_DISTINCT different ones, and they are in sorted order in the
 * file (or, in no order, many: a shuffle). Blocks the table, unless its entry allows a reshuffle (then a warning).
 */
function findReshuffledColumns(diff, schema, keys, file, allowReshuffle = false) {
    const found = { problems: [], refusals: [] };
    if (diff.updated.length < MIN_MOVED)
        return found;
    const byColumn = new Map();
    for (const { key, changes } of diff.updated) {
        for (const change of changes) {
            let entry = byColumn.get(change.field);
            if (!entry) {
                entry = { counts: new Map(), moved: [] };
                byColumn.set(change.field, entry);
            }
            const before = token(change.old);
            const after = token(change.new);
            entry.counts.set(before, (entry.counts.get(before) ?? 0) + 1);
            entry.counts.set(after, (entry.counts.get(after) ?? 0) - 1);
            entry.moved.push({ key, old: change.old, new: change.new });
        }
    }
    const compared = diff.updated.length + diff.unchanged;
    for (const [field, { counts, moved }] of byColumn) {
        if (moved.length < MIN_MOVED || counts.size < MIN_DISTINCT)
            continue;
        if ([...counts.values()].some((count) => count !== 0))
            continue;
        // In the file's order: a sorted column's moved values are in order (any part of a sorted list is); values traded
        // by hand rarely are. Unsorted, it takes many rows (a shuffle) to be more than an edit.
        const inFileOrder = moved
            .map((cell) => ({ ...cell, line: keys.firstLine(cell.key) ?? 1 }))
            .sort((a, b) => a.line - b.line);
        const order = sortOrder(inFileOrder.map((cell) => cell.new));
        if (order === undefined && moved.length < Math.max(MIN_SHUFFLED, compared / 2))
            continue;
        const title = schema.fields.find((f) => f.name === field)?.title ?? field;
        const lines = inFileOrder.map((cell) => cell.line);
        const examples = inFileOrder
            .slice(0, reshuffled_columns_SHOWN)
            .map((cell) => `"${(0,core_schema/* makeVisible */.Xm)(cell.key)}" ${JSON.stringify(cell.old)} → ${JSON.stringify(cell.new)}`)
            .join(', ');
        const what = `${moved.length} rows' "${title}" changed, but the column holds the same values as before, only in other rows (${examples}${moved.length > reshuffled_columns_SHOWN ? ', ...' : ''}): ${order === undefined ? 'it looks shuffled' : `they are now in ${order} order, as if the column was sorted on its own`}, apart from the rest of its rows (a spreadsheet's "Continue with the current selection")`;
        const fix = allowReshuffle
            ? `Allowed by ${ALLOW_RESHUFFLE}: true`
            : `Undo the sort (take the file from git again, and sort by selecting every column, "Expand the selection"); if the values really move between rows, set ${ALLOW_RESHUFFLE}: true on this table's entry of the config file`;
        found.problems.push({
            severity: allowReshuffle ? 'warning' : 'error',
            kind: 'reshuffled-column',
            file,
            line: lines[0],
            column: title,
            message: `${what}. ${fix}`,
        });
        if (!allowReshuffle)
            found.refusals.push(`column "${title}": ${what}. ${fix}`);
    }
    return found;
}

// EXTERNAL MODULE: ./lib/core/schema-change.js
var schema_change = __webpack_require__(65905);
// EXTERNAL MODULE: ./lib/core/table-csv.js
var table_csv = __webpack_require__(78174);
;// CONCATENATED MODULE: ./lib/core/plan.js















/**
 * The upload a plan would send, against the provider's limit: the changed rows when appending, the whole file when
 * replacing. Checked in the plan, so an oversized change is refused before any import request.
 */
function uploadRefusal(limit, mode, schema, diff) {
    if (!(0,core_diff/* hasChanges */.ik)(diff))
        return undefined;
    const changed = [...diff.added, ...diff.updated].map(({ row }) => row);
    const bytes = mode === 'append' ? Buffer.byteLength((0,table_csv/* tableCsv */.l4)(schema, changed)) : limit.fileBytes;
    if (bytes <= limit.maxBytes)
        return undefined;
    return `the upload would be ${bytes} bytes; ${limit.vendor} take at most ${limit.maxBytes} bytes per upload: split the file`;
}
/**
 * A column the file lacks would be blanked in every row by a replace: refused when that changes any live value
 * (counting the rows), left as a warning when every live value already is the empty one.
 */
function droppedColumnRefusals(missing, records) {
    const refusals = [];
    for (const field of missing) {
        const empty = (0,core_schema/* emptyValue */.Nj)(field);
        let blanked = 0;
        for (let index = 0; index < records.length; index++) {
            if ((0,core_schema/* normalizeLiveValue */.bU)(field, records.value(index, field.name)) !== empty)
                blanked++;
        }
        if (blanked > 0) {
            refusals.push(`the file has no "${field.title}" column, so replacing the table would blank it in ${blanked} row(s) that have a value. Add the column back (the table's export has it)`);
        }
    }
    return refusals;
}
/**
 * The file's keys, kept beside the live index: a slot per live row, a map only for keys the table lacks. A claim
 * remembers the live row it found, so the diff of the same row needs no lookup of its own.
 */
class LiveFileKeys {
    live;
    lines;
    /** The file's keys the table lacks, in the order first claimed: the added rows' keys are read here (held once). */
    others;
    /** The key last claimed, the live row it names (-1: none), and its entry in `others` when it was new there (-1). */
    lastKey;
    lastLive = -1;
    lastOther = -1;
    constructor(live, liveCount, othersAtMost = 0) {
        this.live = live;
        this.lines = new Int32Array(liveCount);
        this.others = new key_index/* KeyIndex */.u_(othersAtMost);
    }
    firstLine(key) {
        const index = this.live.get(key);
        if (index === undefined)
            return this.others.get(key);
        return this.lines[index] || undefined;
    }
    claim(key, line) {
        const index = this.live.get(key);
        this.lastKey = key;
        this.lastLive = index ?? -1;
        this.lastOther = -1;
        if (index === undefined) {
            const earlier = this.others.claim(key, line);
            if (earlier === undefined)
                this.lastOther = this.others.size - 1;
            return earlier;
        }
        const earlier = this.lines[index] || undefined;
        if (earlier === undefined)
            this.lines[index] = line;
        return earlier;
    }
    has(key) {
        return this.firstLine(key) !== undefined;
    }
}
/**
 * Whether a file row equals a live row kept as text (its cells joined by U+0000), told from the text alone: the
 * file row's values written as cells, in the live row's column order, are that text. When they are, every live value
 * normalises to the file's (a string is itself, `true` reads as true, a number's own spelling as that number), so
 * nothing is normalised or split; when not (a change, or live text spelled otherwise, `1.0` or `TRUE`), the diff
 * compares the normalised values as always. Undefined when the rows are not kept as text or their columns are not
 * exactly the schema's fields.
 */
function sameAsLiveText(records, schema) {
    const text = records.text?.bind(records);
    const columns = records.textColumns;
    if (!text || !columns)
        return undefined;
    const byName = new Map(schema.fields.map((field) => [field.name, field]));
    const fields = columns.map((name) => byName.get(name));
    if (fields.length !== schema.fields.length || new Set(fields).size !== fields.length || fields.includes(undefined))
        return undefined;
    const known = fields;
    const kinds = known.map((field) => field.type === 'string' ? 'string' : field.type === 'boolean' ? 'boolean' : 'number');
    return (index, row) => {
        const live = text(index);
        if (live === undefined)
            return false;
        let written = '';
        for (let i = 0; i < known.length; i++) {
            const field = known[i];
            const value = row[field.name] ?? (0,core_schema/* emptyValue */.Nj)(field);
            // A value not of its field's type (a default written otherwise) is left to the full comparison.
            if (typeof value !== kinds[i])
                return false;
            written += i === 0 ? String(value) : `\u0000${value}`;
        }
        // A carriage return would normalise as a live value (CSV text read here has LF already): left to the full comparison.
        return written === live && live.indexOf('\r') < 0;
    };
}
/** Streams the file through validation and the diff against the live rows, row by row. */
async function planTable(input) {
    const { file, table, maxDeletes, limits } = input;
    // A provider that cannot delete still gets a replace diff, so that the rows it cannot remove are seen.
    const mode = input.cannotDelete ? 'append' : input.mode;
    const diffMode = input.cannotDelete ? 'replace' : input.mode;
    let schema = typeof input.schema === 'function' ? undefined : input.schema;
    let validator;
    let differ;
    let keyName = '';
    const records = (0,live_records/* asLiveRecords */.Tu)(input.liveRecords);
    // Live rows by key, as their index in `records` (kept compactly, not as strings in a Map): the file's keys that the
    // table has are then remembered in a typed array, so a large file's keys are not all kept as strings (only the added
    // ones are).
    const liveRows = new key_index/* KeyIndex */.u_(records.length);
    // Keys the table lacks, at most: all of the file's in a first load, few in a plan against a full table.
    const newAtMost = Math.max(0, (input.rowsAtMost ?? 0) - records.length);
    const keys = new LiveFileKeys(liveRows, records.length, newAtMost);
    let header = [];
    let validRows = 0;
    const invalidWould = { add: 0, change: 0, unchanged: 0, damaged: 0 };
    /** Rows past the table's row limit: counted, not checked or kept (the plan is refused for them anyway). */
    let uncheckedRows = 0;
    let firstUnchecked = 0;
    const hashed = (0,csv/* hashingSource */.ij)(input.source);
    const csvProblems = await (0,csv/* parseCsv */.Wk)(hashed.source, file, {
        header: (cells) => {
            header = cells;
            schema ??= input.schema(cells);
            const known = schema;
            keyName = (0,core_schema/* keyField */.Kk)(known).name;
            for (let index = 0; index < records.length; index++) {
                liveRows.set(String(records.value(index, keyName) ?? ''), index);
            }
            validator = new core_schema/* RowValidator */.n(known, cells, file, limits, input.checkCell, keys);
            differ = new core_diff/* RowDiffer */.rs(known, liveRows, diffMode, (index, field) => (0,core_schema/* normalizeLiveValue */.bU)(field, records.value(index, field.name)), input.addedRows?.(), sameAsLiveText(records, known), newAtMost, keys.others);
        },
        row: (cells, line) => {
            const checking = validator;
            if (validRows + checking.invalidRows >= limits.maxRows) {
                uncheckedRows++;
                firstUnchecked ||= line;
                return;
            }
            const row = checking.validate(cells, line);
            if (row === undefined) {
                // Counted by the key it names (a row whose key cell is itself bad counts as an add) and its valid cells.
                // The key as the table knows it (a key made of two columns, Talkdesk's id/provider, is combined) when valid.
                const partialKey = checking.partial?.[keyName];
                const key = partialKey !== undefined && partialKey !== null
                    ? String(partialKey)
                    : checking.keyColumn === undefined
                        ? undefined
                        : cells[header.indexOf(checking.keyColumn)];
                const index = key === undefined ? undefined : liveRows.get(key);
                const live = index === undefined
                    ? undefined
                    : (field) => (0,core_schema/* normalizeLiveValue */.bU)(field, records.value(index, field.name));
                invalidWould[onceFixed(checking.partial ?? {}, schema.fields, live)]++;
                return;
            }
            validRows++;
            const key = String(row[keyName]);
            // The validator's claim of this key found its live row already: one lookup a row.
            const claimed = keys.lastKey === key;
            const live = claimed ? keys.lastLive : (liveRows.get(key) ?? -1);
            // A key the table lacks was set in the file's keys by that claim: the added row reads it there.
            const entry = claimed && keys.lastOther >= 0 ? keys.lastOther : undefined;
            differ.compareWith(key, row, live < 0 ? undefined : live, entry);
            input.onValidRow?.(String(row[keyName]), row, line);
        },
        ragged: (cells, line) => {
            // Into the rejected rows too, so that file holds every invalid row the summary counts.
            const fields = `this row has ${cells.length} fields but the header has ${header.length}`;
            validator.reject(line, cells, [fields]);
        },
    }, input.csvOptions);
    // parseCsv always calls header() or throws, so these are set.
    const checked = validator;
    // Keys of invalid rows count as present: the user means to keep those rows, so they are not shown as deletions.
    const diff = differ.finish(keys);
    // Appending deletes nothing: a look-alike of a live key the file leaves alone would sit beside it in the table.
    const keptLiveKeys = diffMode === 'append' && diff.added.length > 0 ? [...liveRows.keys()].filter((key) => !keys.has(key)) : [];
    const renames = lookAlikeRenames(diff, keys, file, checked.keyColumn, input.allowRenames, keptLiveKeys);
    const reshuffled = findReshuffledColumns(diff, schema, keys, file, input.allowReshuffle);
    // What a spreadsheet did to the file (lost leading zeros, text decoded twice): named, and blocking where certain.
    const marks = findSpreadsheetMarks(diff, schema, keys, file, checked.keyColumn);
    // What a spreadsheet did to values (dates in its locale, long numbers, decimals, formulas), held to each column's shape.
    const shapes = findShapeChanges({
        diff,
        schema: schema,
        records,
        keys,
        file,
        header,
        allowed: input.allowShapeChange,
        rejected: checked.rejected,
    });
    const notApplied = input.cannotDelete ? diff.deleted.splice(0) : [];
    // Every invalid row is counted, ragged ones included; the CSV problems also hold warnings (blank rows).
    const invalidRows = checked.invalidRows;
    if (uncheckedRows > 0) {
        csvProblems.push({
            severity: 'warning',
            kind: 'too-many-rows',
            file,
            line: firstUnchecked,
            message: `the file has more rows than the table allows (${limits.maxRows}): the ${uncheckedRows} row(s) from this line on were counted, not checked`,
        });
    }
    const refusals = (0,guards/* checkGuards */.hK)(diff, {
        liveRowCount: liveRows.size,
        fileRowCount: validRows + invalidRows + uncheckedRows,
        mode,
        maxDeletes,
        maxChanges: input.maxChanges,
        maxRows: limits.maxRows,
    });
    if (mode === 'replace')
        refusals.push(...droppedColumnRefusals(checked.missingFields, records));
    const tooLarge = input.uploadLimit && uploadRefusal(input.uploadLimit, mode, schema, diff);
    if (tooLarge)
        refusals.push(tooLarge);
    if (input.schemaChange)
        refusals.push(...input.schemaChange.refusals);
    refusals.push(...renames.refusals, ...reshuffled.refusals, ...marks.refusals, ...shapes.refusals);
    if (input.updatesRefused && diff.updated.length + diff.deleted.length + notApplied.length > 0) {
        refusals.push(`the plan changes ${diff.updated.length} and deletes ${diff.deleted.length + notApplied.length} row(s), but ${input.updatesRefused}`);
    }
    return {
        file,
        table,
        schema: schema,
        mode,
        header,
        ...(input.csvOptions ? { csvOptions: input.csvOptions } : {}),
        fileSha256: hashed.digest(),
        validRows,
        limits,
        diff,
        hash: (0,core_diff/* planHash */.SH)(table.id, mode, diff, (0,schema_change/* schemaChangeForHash */.DN)(input.schemaChange)),
        liveRowCount: liveRows.size,
        problems: [
            ...csvProblems,
            ...checked.problems,
            ...renames.problems,
            ...reshuffled.problems,
            ...marks.problems,
            ...shapes.problems,
        ].sort((a, b) => a.line - b.line),
        invalidRows,
        ...(invalidRows > 0 ? { invalidWould } : {}),
        rejected: checked.rejected,
        refusals,
        ...((0,schema_change/* hasSchemaChange */.wj)(input.schemaChange) ? { schemaChange: input.schemaChange } : {}),
        notApplied,
        ...(input.cannotDelete ? { notAppliedReason: input.cannotDelete } : {}),
    };
}
/**
 * The rows an import needs: only added and changed rows when appending; when replacing, the whole file,
 * read again (the plan keeps only the changes) and checked to be the file that was planned.
 */
function rowsToImport(plan, source, csvOptions = plan.csvOptions) {
    if (plan.mode === 'append')
        return changedRows(plan);
    return fileRowStream(plan, source, csvOptions);
}
/** The added and changed rows, one at a time (an added row is unpacked only when it is read). */
function* changedRows(plan) {
    for (const { row } of plan.diff.added)
        yield row;
    for (const { row } of plan.diff.updated)
        yield row;
}
/**
 * Every row of the planned file, read again, as a stream: a whole file is never held as row objects. Its bytes must be
 * the ones planned (sha256), so a file changed between the plan and the import (by a concurrent writer, or a swap on
 * disk) is refused, never imported: the check comes when the stream ends, before a consumer sends anything.
 */
async function* fileRowStream(plan, source, csvOptions = plan.csvOptions) {
    const queue = [];
    let next = 0;
    let done = false;
    let failure;
    let wake;
    let count = 0;
    let invalid = 0;
    let validator;
    const hashed = (0,csv/* hashingSource */.ij)(source());
    const parsing = (0,csv/* parseCsv */.Wk)(hashed.source, plan.file, {
        header: (cells) => {
            // The file must be the one planned (checked below), so its keys need no second check nor a second copy.
            validator = new core_schema/* RowValidator */.n(plan.schema, cells, plan.file, plan.limits, undefined, new core_schema/* UncheckedKeys */.tX());
        },
        row: (cells, line) => {
            const row = validator.validate(cells, line);
            if (!row) {
                invalid++;
                return;
            }
            count++;
            queue.push(row);
            wake?.();
        },
    }, csvOptions).then(() => {
        done = true;
        wake?.();
    }, (error) => {
        failure = { error };
        done = true;
        wake?.();
    });
    for (;;) {
        while (next < queue.length) {
            const row = queue[next];
            queue[next++] = undefined; // let it go once yielded
            yield row;
        }
        queue.length = 0;
        next = 0;
        if (done)
            break;
        await new Promise((resolve) => {
            wake = resolve;
        });
        wake = undefined;
    }
    await parsing;
    if (failure)
        throw failure.error;
    if (hashed.digest() !== plan.fileSha256 || count !== plan.validRows || invalid > 0) {
        throw new problems/* DataFileError */.t1({
            kind: 'malformed-csv',
            file: plan.file,
            line: 1,
            message: 'the file changed after it was planned (its bytes differ from the ones planned); nothing was applied, run it again',
        });
    }
}
/** A row source as a list, for the few that need one (a vendor's upsert call, a test). */
async function rowList(rows) {
    if (Array.isArray(rows))
        return rows;
    const list = [];
    for await (const row of rows)
        list.push(row);
    return list;
}
/** The invalid rows as CSV, each with an `error` column saying what is wrong: ready to fix and re-submit. */
function rejectedRowsCsv(plan) {
    return (0,csv/* writeCsv */.En)(['line', ...plan.header, 'error'].map(inertCell), plan.rejected.map(({ line, cells, errors }) => [String(line), ...cells, errors.join('; ')].map(inertCell)));
}
/**
 * A cell a spreadsheet will not run: one starting with `=`, `+`, `-`, `@`, a tab or a carriage return is read as a
 * formula by Excel and Calc, so it gets a leading `'` (shown as text, the quote hidden). Only for the rejected-rows
 * file, which is meant to be opened in a spreadsheet; exports and snapshots stay exact, as they are data for imports.
 */
function inertCell(cell) {
    return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}
/** The plan as JSON for the plan file: data only, no rendering. */
/**
 * plan.json, piece by piece: each table's lists (added, updated, deleted rows, problems) one item to a line, so that a
 * plan of a million rows is written without ever being one string.
 */
function* planJsonChunks(plans, failures) {
    yield '{\n  "tables": [';
    for (const [index, plan] of plans.entries()) {
        const lists = [
            ['added', plan.diff.added],
            ['updated', plan.diff.updated.map(({ key, changes }) => ({ key, changes }))],
            ['deleted', plan.diff.deleted],
            ['notApplied', plan.notApplied],
            ['problems', plan.problems],
            ['refusals', plan.refusals],
        ];
        const head = {
            file: plan.file,
            table: plan.table,
            importMode: plan.mode,
            hash: plan.hash,
            counts: planCounts(plan),
        };
        yield `${index === 0 ? '' : ','}\n    {\n`;
        yield Object.entries(head)
            .map(([name, value]) => `      ${JSON.stringify(name)}: ${JSON.stringify(value)}`)
            .join(',\n');
        for (const [name, items] of lists) {
            yield `,\n      ${JSON.stringify(name)}: [`;
            let i = 0;
            for (const item of items)
                yield `${i++ === 0 ? '' : ','}\n        ${JSON.stringify(item)}`;
            yield items.length > 0 ? '\n      ]' : ']';
        }
        yield '\n    }';
    }
    yield `${plans.length > 0 ? '\n  ' : ''}],\n  "failures": ${JSON.stringify(failures)}\n}\n`;
}
function planCounts(plan) {
    return {
        added: plan.diff.added.length,
        updated: plan.diff.updated.length,
        deleted: plan.diff.deleted.length,
        unchanged: plan.diff.unchanged,
        invalid: plan.invalidRows,
    };
}
/** The run's plan hash: the table's own for one table, else a hash over every table's, in file order. */
function combinedPlanHash(plans) {
    if (plans.length === 1)
        return plans[0].hash;
    const tables = plans.map((plan) => ({ table: plan.table.id, hash: plan.hash }));
    return (0,external_node_crypto_.createHash)('sha256').update((0,core_diff/* canonicalJson */.dj)(tables)).digest('hex');
}
/** Whether applying the plan does anything to its table: rows to write or delete, or columns (or the table) to create. */
function changesTable(plan) {
    return (0,core_diff/* hasChanges */.ik)(plan.diff) || (0,schema_change/* hasSchemaChange */.wj)(plan.schemaChange);
}


/***/ }),

/***/ 17385:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ mapConcurrent)
/* harmony export */ });
/**
 * Runs `work` on every item, at most `limit` at a time, and gives the results in the items' order, whatever order
 * they finish in. `work` should catch what it can handle: an error it throws stops new items from starting, waits for
 * the running ones, then is thrown.
 */
async function mapConcurrent(items, limit, work) {
    const results = new Array(items.length);
    let next = 0;
    let failure;
    const worker = async () => {
        while (failure === undefined && next < items.length) {
            const index = next++;
            try {
                results[index] = await work(items[index], index);
            }
            catch (error) {
                failure ??= { error };
            }
        }
    };
    const workers = Math.max(1, Math.min(Math.floor(limit) || 1, items.length));
    await Promise.all(Array.from({ length: workers }, worker));
    if (failure)
        throw failure.error;
    return results;
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

/***/ 2074:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ renderApplyReport),
/* harmony export */   p: () => (/* binding */ describeImportError)
/* harmony export */ });
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76893);
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

/***/ 76893:
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
/* harmony import */ var _problems_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70571);
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

/***/ 69175:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QP: () => (/* binding */ renderPlanReport),
/* harmony export */   xW: () => (/* binding */ totalCounts)
/* harmony export */ });
/* unused harmony exports markedChange, readersSentence, renderTablePlan */
/* harmony import */ var _plan_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6273);
/* harmony import */ var _references_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1237);
/* harmony import */ var _schema_change_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(65905);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76893);




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

/***/ 54875:
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

/***/ 65905:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DN: () => (/* binding */ schemaChangeForHash),
/* harmony export */   VG: () => (/* binding */ diffSchema),
/* harmony export */   k7: () => (/* binding */ describeField),
/* harmony export */   lJ: () => (/* binding */ describeColumnChanges),
/* harmony export */   wj: () => (/* binding */ hasSchemaChange)
/* harmony export */ });
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(34920);

const ATTRIBUTES = ['type', 'title', 'default', 'minimum', 'maximum', 'maxLength', 'minLength'];
/**
 * The change that makes `live` (undefined: no such table) what `desired` describes; `vendor` names who refuses the
 * rest, in the refusals ("Genesys Cloud data tables"), and `changeable` which attributes of an existing column it
 * lets change.
 */
function diffSchema(desired, live, division, vendor = 'the vendor', changeable = []) {
    if (!live) {
        return {
            create: true,
            add: [...desired.fields],
            renames: [],
            defaults: [],
            refusals: [],
            ...(division ? { division } : {}),
        };
    }
    const refusals = [];
    const renames = [];
    const defaults = [];
    const liveByName = new Map(live.fields.map((field) => [field.name, field]));
    const desiredKey = desired.fields.find((field) => field.isKey);
    const liveKey = live.fields.find((field) => field.isKey);
    if (desiredKey && liveKey && desiredKey.name !== liveKey.name) {
        refusals.push(`the schema file keys the table by "${desiredKey.name}", the table by "${liveKey.name}"`);
    }
    const may = changeable.length > 0 ? ` (only add new ones, or change their ${changeable.join(' or ')})` : ' (only add new ones)';
    const add = [];
    for (const field of desired.fields) {
        const existing = liveByName.get(field.name);
        if (!existing) {
            add.push(field);
            continue;
        }
        for (const attribute of ATTRIBUTES) {
            if (existing[attribute] === field[attribute])
                continue;
            if (attribute === 'default' && (0,_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .sameDefault */ .Ce)(existing.default, field.default))
                continue;
            if (attribute === 'title' && changeable.includes('title')) {
                renames.push({ field: field.name, from: existing.title, to: field.title });
            }
            else if (attribute === 'default' && changeable.includes('default')) {
                defaults.push({
                    field: field.name,
                    title: field.title,
                    ...(existing.default !== undefined ? { from: existing.default } : {}),
                    ...(field.default !== undefined ? { to: field.default } : {}),
                });
            }
            else {
                refusals.push(`column "${field.name}": the schema file has ${attribute} ${show(field[attribute])}, the table ${show(existing[attribute])}; ${vendor} cannot change an existing column's ${attribute}${may}: change the schema file back, or change the table there and export it again`);
            }
        }
    }
    for (const field of live.fields) {
        if (!desired.fields.some((d) => d.name === field.name)) {
            refusals.push(`column "${field.name}" is in the table but not in the schema file; ${vendor} cannot remove a column: add it back to the schema file`);
        }
    }
    return { create: false, add, renames, defaults, refusals };
}
function hasSchemaChange(change) {
    return (change !== undefined &&
        (change.create || change.add.length > 0 || change.renames.length > 0 || change.defaults.length > 0));
}
/** The change as the plan hash covers it: renames and defaults only when there are any, so older hashes hold. */
function schemaChangeForHash(change) {
    if (!change || !hasSchemaChange(change))
        return undefined;
    return {
        create: change.create,
        add: change.add,
        division: change.division,
        ...(change.renames.length > 0 ? { renames: change.renames } : {}),
        ...(change.defaults.length > 0 ? { defaults: change.defaults } : {}),
    };
}
/** "Rename column Hours → Opening hours", "Default of Closed: false → true": one line per change. */
function describeColumnChanges(change) {
    return [
        ...change.renames.map((r) => `Rename column ${r.from} → ${r.to}`),
        ...change.defaults.map((d) => `Default of ${d.title}: ${show(d.from)} → ${show(d.to)}`),
    ];
}
/** "add column Weight (integer, default 0)". */
function describeField(field) {
    const details = [
        field.type,
        field.default !== undefined ? `default ${show(field.default)}` : undefined,
        field.minimum !== undefined ? `minimum ${field.minimum}` : undefined,
        field.maximum !== undefined ? `maximum ${field.maximum}` : undefined,
        field.minLength !== undefined ? `at least ${field.minLength} characters` : undefined,
        field.maxLength !== undefined ? `at most ${field.maxLength} characters` : undefined,
    ].filter(Boolean);
    const title = field.title !== field.name ? ` titled "${field.title}"` : '';
    return `${field.isKey ? 'key ' : ''}"${field.name}"${title} (${details.join(', ')})`;
}
function show(value) {
    return value === undefined ? 'none' : JSON.stringify(value);
}


/***/ }),

/***/ 22315:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AU: () => (/* binding */ schemaFileCandidates),
/* harmony export */   Bx: () => (/* binding */ schemaFileText),
/* harmony export */   EZ: () => (/* binding */ readSchemaFile),
/* harmony export */   ND: () => (/* binding */ schemaFilePath)
/* harmony export */ });
/* harmony import */ var _problems_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70571);
/* harmony import */ var _references_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1237);
/* harmony import */ var _yaml_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(37684);



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

/***/ 34920:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ce: () => (/* binding */ sameDefault),
/* harmony export */   I1: () => (/* binding */ keyCell),
/* harmony export */   Kk: () => (/* binding */ keyField),
/* harmony export */   Nj: () => (/* binding */ emptyValue),
/* harmony export */   Nx: () => (/* binding */ schemaFromHeader),
/* harmony export */   PD: () => (/* binding */ columnIndex),
/* harmony export */   Q2: () => (/* binding */ composeKey),
/* harmony export */   SB: () => (/* binding */ normalizeLiveRow),
/* harmony export */   Xm: () => (/* binding */ makeVisible),
/* harmony export */   _Z: () => (/* binding */ formatCell),
/* harmony export */   b4: () => (/* binding */ spreadsheetArtefact),
/* harmony export */   bU: () => (/* binding */ normalizeLiveValue),
/* harmony export */   n: () => (/* binding */ RowValidator),
/* harmony export */   pU: () => (/* binding */ foldKey),
/* harmony export */   tX: () => (/* binding */ UncheckedKeys)
/* harmony export */ });
/* unused harmony exports MAX_TYPED_CELL_LENGTH, MAX_KEPT_REJECTED, isDecimal, InvalidCell, coerceCell, matchColumn, closestTitle, FileKeyMap, lookAlikeKeyProblem */
/* harmony import */ var _csv_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62312);
/* harmony import */ var _problems_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(70571);
/* harmony import */ var _typography_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(79302);



/**
 * A schema made from a file's own header, for planning without the live table (no credentials, or a provider
 * that cannot read its rows): every column is text; the key is `keyColumn` when the table names one (an error when
 * the file lacks it), else the column named `key`, else the first.
 */
function schemaFromHeader(header, keyColumn, file = 'the file') {
    if (keyColumn !== undefined && !header.includes(keyColumn)) {
        throw new _problems_js__WEBPACK_IMPORTED_MODULE_1__/* .DataFileError */ .t1({
            kind: 'missing-key-column',
            file,
            line: 1,
            message: `the header has no "${keyColumn}" column, the table's key; add it`,
        });
    }
    const keyIndex = Math.max(0, header.indexOf(keyColumn ?? 'key'));
    const fields = header.map((title, index) => ({ name: title, title, type: 'string', isKey: index === keyIndex }));
    return { fields: [...fields.slice(keyIndex, keyIndex + 1), ...fields.filter((_, index) => index !== keyIndex)] };
}
/** The key of a row whose key field is unique only together with another (Field.keyWith). */
function composeKey(key, other) {
    return other === '' ? key : `${key}/${other}`;
}
/** The key field's own cell of a composed key (the inverse of composeKey). */
function keyCell(composed, other) {
    return other !== '' && composed.endsWith(`/${other}`) ? composed.slice(0, -other.length - 1) : composed;
}
function keyField(schema) {
    const key = schema.fields.find((field) => field.isKey);
    if (!key)
        throw new Error('the table schema has no key field');
    return key;
}
/**
 * Whether two defaults are the same as the vendor reads them: no default, `null` and `""` alike (Genesys reads an empty
 * default as none; the Terraform provider never sends `""`).
 */
function sameDefault(a, b) {
    const plain = (value) => (value === '' || value === null ? undefined : value);
    return plain(a) === plain(b);
}
/** What an empty cell means: the field's default, else false / 0 / "" as the vendor's own tools assume. */
function emptyValue(field) {
    if (field.default !== undefined)
        return field.default;
    if (field.type === 'boolean')
        return false;
    if (field.type === 'string')
        return '';
    return 0;
}
const INTEGER = /^-?[0-9]+$/;
/**
 * The longest cell a typed column takes: far longer than any number or boolean written by hand, and a bound on the
 * work each cell costs however hostile the file (a 1 MB cell is refused by its length, unread).
 */
const MAX_TYPED_CELL_LENGTH = 100;

/** Invalid rows kept whole for the report and the rejected-rows file; the rest are counted. */
const MAX_KEPT_REJECTED = 10_000;
/** Unknown columns listed one by one; the rest are counted. */
const MAX_UNKNOWN_COLUMNS_SHOWN = 20;
const isDigit = (code) => code >= 48 && code <= 57;
/**
 * A decimal number as users write it: optional sign, digits with an optional point (or a point and digits), and an
 * optional exponent. One pass over the text, never backtracking (a regular expression for this was quadratic).
 */
function isDecimal(text) {
    let i = 0;
    const n = text.length;
    if (text[i] === '+' || text[i] === '-')
        i++;
    let digits = 0;
    while (i < n && isDigit(text.charCodeAt(i))) {
        i++;
        digits++;
    }
    if (text[i] === '.') {
        i++;
        while (i < n && isDigit(text.charCodeAt(i))) {
            i++;
            digits++;
        }
    }
    if (digits === 0)
        return false;
    if (text[i] === 'e' || text[i] === 'E') {
        i++;
        if (text[i] === '+' || text[i] === '-')
            i++;
        const start = i;
        while (i < n && isDigit(text.charCodeAt(i)))
            i++;
        if (i === start)
            return false;
    }
    return i === n;
}
/** The error values Excel and Calc show in a cell whose formula failed, as they save them. */
const ERROR_VALUES = /^(#NAME\?|#VALUE!|#REF!|#N\/A|#DIV\/0!|#NUM!|#NULL!|#SPILL!|#CALC!|#GETTING_DATA|Err:[0-9]{3})$/;
/** `=` then a cell reference, a function call, a quoted string or a number: a formula, not a sentence. */
const FORMULA = /^=\s*(\$?[A-Za-z]{1,3}\$?[0-9]+|[A-Za-z][A-Za-z0-9._]*\s*\(|"|[0-9(+-])/;
/** A spreadsheet's error value or formula text, whatever the column: the cause, or undefined. */
function spreadsheetArtefact(value) {
    const first = value.charCodeAt(0);
    // '#', 'E' (Err:502), '=': anything else is neither, at the cost of one comparison.
    if (first !== 35 && first !== 69 && first !== 61)
        return undefined;
    if (ERROR_VALUES.test(value))
        return 'error-value';
    if (first === 61 && FORMULA.test(value))
        return 'formula';
    return undefined;
}
/** Why a typed cell is refused when it holds a spreadsheet's formula or error value: said as such. */
function artefactMessage(field, text) {
    const artefact = spreadsheetArtefact(text);
    if (artefact === undefined)
        return undefined;
    const what = artefact === 'formula'
        ? 'this cell holds the text of a spreadsheet formula, not its result: type the value itself, or paste the column as values only'
        : "this cell holds a spreadsheet's error value, shown where a formula failed: write the value itself";
    return new InvalidCell('invalid-value', `"${field.title}" is ${field.type === 'integer' ? 'an integer' : `a ${field.type}`}; ${what}`);
}
/** Why a cell cannot be read as its field's type. A class, so a valid cell costs no allocation. */
class InvalidCell {
    kind;
    message;
    constructor(kind, message) {
        this.kind = kind;
        this.message = message;
    }
}
/** Turns one CSV cell into the field's type, or says which spellings would be valid. */
function coerceCell(field, text) {
    if (text === '') {
        return field.isKey ? new InvalidCell('empty-key', 'the key is empty; every row needs a key') : emptyValue(field);
    }
    if (field.type !== 'string' && text.length > MAX_TYPED_CELL_LENGTH) {
        return new InvalidCell('invalid-value', `"${field.title}" is ${field.type === 'boolean' ? 'a boolean' : `an ${field.type === 'integer' ? 'integer' : 'number'}`}; this cell has ${text.length} characters, more than any ${field.type} (at most ${MAX_TYPED_CELL_LENGTH})`);
    }
    let value;
    switch (field.type) {
        case 'string':
            value = text;
            break;
        case 'boolean': {
            const lower = text === 'true' || text === 'false' ? text : text.toLowerCase();
            if (lower !== 'true' && lower !== 'false') {
                return (artefactMessage(field, text) ??
                    new InvalidCell('invalid-value', `"${field.title}" is a boolean: write true or false (any case)`));
            }
            value = lower === 'true';
            break;
        }
        case 'integer':
            value = Number(text);
            if (!INTEGER.test(text) || !Number.isSafeInteger(value)) {
                return (artefactMessage(field, text) ??
                    new InvalidCell('invalid-value', `"${field.title}" is an integer: write whole digits with an optional leading minus, like 42 or -7`));
            }
            break;
        case 'number':
            value = Number(text);
            if (!isDecimal(text) || !Number.isFinite(value)) {
                const artefact = artefactMessage(field, text);
                if (artefact)
                    return artefact;
                if (/^[-+]?[0-9]+,[0-9]+$/.test(text)) {
                    const comma = /,[0-9]{3}$/.test(text)
                        ? `has a comma, a thousand separator or a decimal comma; write ${text.replace(',', '')} or ${text.replace(',', '.')} (a point for decimals, no separators)`
                        : `has a decimal comma, as some spreadsheets write it; write it with a point, like ${text.replace(',', '.')}`;
                    return new InvalidCell('invalid-value', `"${field.title}" is a number: "${text}" ${comma}`);
                }
                return new InvalidCell('invalid-value', `"${field.title}" is a number: write a decimal like 3.5, -2 or 1e3, without thousand separators`);
            }
            break;
    }
    const outOfRange = checkRange(field, value);
    return outOfRange ? new InvalidCell('out-of-range', outOfRange) : value;
}
function checkRange(field, value) {
    if (typeof value === 'number') {
        if (field.minimum !== undefined && value < field.minimum)
            return `"${field.title}" must be at least ${field.minimum}`;
        if (field.maximum !== undefined && value > field.maximum)
            return `"${field.title}" must be at most ${field.maximum}`;
    }
    if (typeof value === 'string' && field.maxLength !== undefined && value.length > field.maxLength) {
        return `"${field.title}" holds at most ${field.maxLength} characters; this value has ${value.length}`;
    }
    // Never reached for an empty cell (coerceCell gives it the field's empty value first).
    if (typeof value === 'string' && field.minLength !== undefined && value.length < field.minLength) {
        return `"${field.title}" holds at least ${field.minLength} characters (or none: leave the cell empty); this value has ${value.length}`;
    }
    return undefined;
}
/** The field a CSV header names: by title first, then by name (so `key` always names the key column). */
function matchColumn(schema, headerName) {
    return columnIndex(schema)(headerName);
}
/** matchColumn for a whole header: two maps, so a wide header costs one look-up per column. */
function columnIndex(schema) {
    const byTitle = new Map();
    const byName = new Map();
    for (const field of schema.fields) {
        if (!byTitle.has(field.title))
            byTitle.set(field.title, field);
        if (!byName.has(field.name))
            byName.set(field.name, field);
    }
    return (headerName) => byTitle.get(headerName) ?? byName.get(headerName);
}
/** Edit distance, for "did you mean": small strings only (column titles). */
function editDistance(a, b) {
    let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
        }
        previous = current;
    }
    return previous[b.length];
}
/** The table column a mistyped header most likely meant, if one is close. */
function closestTitle(schema, name) {
    let best;
    for (const field of schema.fields) {
        const distance = editDistance(name.toLowerCase(), field.title.toLowerCase());
        if (distance <= Math.max(2, Math.floor(field.title.length / 3)) && (!best || distance < best.distance)) {
            best = { title: field.title, distance };
        }
    }
    return best?.title;
}
/**
 * No keys kept: for a file read again that must be the one planned (its sha256 is checked when it ends, and then its
 * valid rows counted), which the plan found without a duplicate or look-alike key. Checking fewer keys can only make
 * more rows valid, so a changed file still fails that check; the same file validates as it did, without 150,000 keys
 * held again as strings.
 */
class UncheckedKeys {
    firstLine() {
        return undefined;
    }
    claim() {
        return undefined;
    }
    has() {
        return false;
    }
}
class FileKeyMap {
    lines = new Map();
    firstLine(key) {
        return this.lines.get(key);
    }
    claim(key, line) {
        const earlier = this.lines.get(key);
        if (earlier === undefined)
            this.lines.set(key, line);
        return earlier;
    }
    has(key) {
        return this.lines.has(key);
    }
}
/**
 * Checks each CSV row against the table's schema as it is read, turning it into a typed row keyed by field name.
 * Holds only what a report needs: the problems, the rejected rows, and the file's keys.
 */
class RowValidator {
    problems = [];
    /** The first MAX_KEPT_REJECTED invalid rows, whole; `invalidRows` counts them all. */
    rejected = [];
    /** Every invalid row, the ones not kept included. */
    invalidRows = 0;
    /** The last invalid row's valid cells (its invalid ones absent): what it would do once they are fixed. */
    partial;
    /** Each key the file has, valid row or not, with the line it first appears on. */
    keys;
    columns;
    missing;
    /** The key column as the file's header names it. */
    get keyColumn() {
        return this.header[this.keyIndex];
    }
    /** The table's fields the file has no column for (filled with their empty value). */
    get missingFields() {
        return this.missing;
    }
    keyIndex;
    /** The column that keys rows together with the key column (Field.keyWith), or -1. */
    keyWithIndex;
    header;
    /** The file's keys that differ from their fold (case, Unicode form), by fold: for look-alike keys. */
    folds = new Map();
    file;
    limits;
    /** A provider's own rule for cells (e.g. date-time forms), applied after the type check. */
    checkCell;
    constructor(schema, header, file, limits, checkCell, keys = new FileKeyMap()) {
        this.checkCell = checkCell;
        this.keys = keys;
        this.header = header;
        this.file = file;
        this.limits = limits;
        const key = keyField(schema);
        if (header.length > _csv_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_COLUMNS */ .ZS) {
            throw new _problems_js__WEBPACK_IMPORTED_MODULE_1__/* .DataFileError */ .t1({
                kind: 'header',
                file,
                line: 1,
                message: `the header has ${header.length} columns; at most ${_csv_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_COLUMNS */ .ZS} are read (the table has ${schema.fields.length})`,
            });
        }
        const headerProblems = [];
        const columns = [];
        const match = columnIndex(schema);
        const spaced = [];
        let unknownColumns = 0;
        for (const name of header) {
            const field = match(name);
            if (field && columns.includes(field)) {
                headerProblems.push({
                    kind: 'header',
                    file,
                    line: 1,
                    column: name,
                    message: `this column names the "${field.title}" field a second time (by title and by name)`,
                });
            }
            else if (field) {
                columns.push(field);
            }
            else if (++unknownColumns > MAX_UNKNOWN_COLUMNS_SHOWN) {
                // Counted, not listed: see below.
            }
            else if (name.trim() !== name && match(name.trim())) {
                // A spreadsheet's stray space: say which column it is, and do not also call that column missing.
                const meant = match(name.trim());
                spaced.push(meant);
                headerProblems.push({
                    kind: 'unknown-column',
                    file,
                    line: 1,
                    column: name,
                    message: `this column's name has a ${name.trimStart() !== name ? 'leading' : 'trailing'} space; did you mean "${meant.title}"? Remove the space`,
                });
            }
            else {
                const guess = closestTitle(schema, name);
                const known = schema.fields.map((f) => `"${f.title}"`).join(', ');
                headerProblems.push({
                    kind: 'unknown-column',
                    file,
                    line: 1,
                    column: name,
                    message: `the table has no such column${guess ? `; did you mean "${guess}"?` : '.'} Its columns are ${known}`,
                });
            }
        }
        if (!columns.includes(key) && !spaced.includes(key)) {
            headerProblems.push({
                kind: 'missing-key-column',
                file,
                line: 1,
                message: `the header has no key column; name it "${key.title}" (or "${key.name}")`,
            });
        }
        if (unknownColumns > MAX_UNKNOWN_COLUMNS_SHOWN) {
            headerProblems.push({
                kind: 'unknown-column',
                file,
                line: 1,
                message: `and ${unknownColumns - MAX_UNKNOWN_COLUMNS_SHOWN} more columns the table does not have`,
            });
        }
        const [first, ...rest] = headerProblems;
        if (first)
            throw new _problems_js__WEBPACK_IMPORTED_MODULE_1__/* .DataFileError */ .t1(first, ...rest);
        this.columns = columns;
        this.keyIndex = columns.indexOf(key);
        this.keyWithIndex = key.keyWith === undefined ? -1 : columns.findIndex((field) => field.name === key.keyWith);
        this.missing = schema.fields.filter((field) => !columns.includes(field));
        for (const field of this.missing) {
            this.problems.push({
                severity: 'warning',
                kind: 'missing-column',
                file,
                line: 1,
                column: field.title,
                message: `the file has no "${field.title}" column; every row gets ${JSON.stringify(emptyValue(field))}`,
            });
        }
    }
    /** The typed row, or undefined when any cell is invalid (the problems say which). */
    validate(cells, line) {
        const row = {};
        let errors;
        for (let index = 0; index < cells.length; index++) {
            const field = this.columns[index];
            const text = cells[index];
            const value = coerceCell(field, text);
            const broken = value instanceof InvalidCell ? undefined : this.checkCell?.(this.header[index], text);
            if (value instanceof InvalidCell) {
                errors = this.error(errors, value.kind, line, index, text, value.message);
            }
            else if (broken !== undefined) {
                errors = this.error(errors, 'invalid-value', line, index, text, broken);
            }
            else {
                row[field.name] = value;
            }
        }
        for (const field of this.missing)
            row[field.name] = emptyValue(field);
        const keyCellText = cells[this.keyIndex];
        const keyText = this.keyWithIndex < 0 || keyCellText === ''
            ? keyCellText
            : composeKey(keyCellText, cells[this.keyWithIndex]);
        if (keyText !== keyCellText && row[this.columns[this.keyIndex].name] !== undefined) {
            row[this.columns[this.keyIndex].name] = keyText;
        }
        if (keyText.length > this.limits.maxKeyLength) {
            const message = `the key has ${keyText.length} characters; the table allows at most ${this.limits.maxKeyLength}`;
            errors = this.error(errors, 'key-length', line, this.keyIndex, keyText, message);
        }
        else if (keyText !== '') {
            const lookAlike = lookAlikeKeyProblem(keyText);
            if (lookAlike)
                errors = this.error(errors, 'look-alike-key', line, this.keyIndex, keyText, lookAlike);
        }
        if (keyText !== '') {
            const earlier = this.keys.claim(keyText, line);
            if (earlier === undefined) {
                const twin = this.foldedTwin(keyText, line);
                if (twin) {
                    errors = this.error(errors, 'look-alike-key', line, this.keyIndex, keyText, `this key and the key on line ${twin.line} ("${makeVisible(twin.key)}") differ only by ${(0,_typography_js__WEBPACK_IMPORTED_MODULE_2__/* .howKeysDiffer */ .z)(twin.key, keyText)}; a table would take them for two rows. Write both the same way, or make them really different`);
                }
            }
            else
                errors = this.error(errors, 'duplicate-key', line, this.keyIndex, keyText, `duplicate key: line ${earlier} has the same key`);
        }
        if (errors === undefined)
            return row;
        this.partial = row;
        this.reject(line, cells, errors.map((e) => `${e.column}: ${e.message}`), errors);
        return undefined;
    }
    /**
     * An invalid row: counted always, kept (with its problems) while fewer than MAX_KEPT_REJECTED are, so a file of
     * millions of bad rows costs memory for the first ten thousand only.
     */
    reject(line, cells, errors, problems = []) {
        this.invalidRows++;
        if (this.rejected.length >= MAX_KEPT_REJECTED)
            return;
        this.problems.push(...problems);
        this.rejected.push({ line, cells: [...cells], errors });
    }
    /**
     * An earlier key of the file that folds (case, Unicode form) to the same as this one, if any. Only keys that fold to
     * something else are kept in a map; a key that is its own fold is looked up among the file's keys.
     */
    foldedTwin(key, line) {
        // Keys not kept: no fold either (it would keep every key that is not its own fold).
        if (this.keys instanceof UncheckedKeys)
            return undefined;
        const folded = foldKey(key);
        const twin = this.folds.get(folded);
        if (folded !== key) {
            const sameAsFold = this.keys.firstLine(folded);
            if (twin === undefined)
                this.folds.set(folded, { key, line });
            if (sameAsFold !== undefined)
                return { key: folded, line: sameAsFold };
        }
        return twin;
    }
    error(errors, kind, line, index, value, message) {
        const list = errors ?? [];
        list.push({ severity: 'error', kind, file: this.file, line, column: this.header[index], value, message });
        return list;
    }
}
/** Characters a reader cannot see or tell from a space: controls, zero-width and format characters, odd spaces. */
function isInvisible(code) {
    return (code <= 0x1f ||
        (code >= 0x7f && code <= 0x9f) ||
        code === 0xa0 ||
        code === 0xad ||
        code === 0x34f ||
        code === 0x61c ||
        code === 0x115f ||
        code === 0x1160 ||
        code === 0x17b4 ||
        code === 0x17b5 ||
        (code >= 0x180b && code <= 0x180e) ||
        (code >= 0x2000 && code <= 0x200f) ||
        (code >= 0x2028 && code <= 0x202f) ||
        (code >= 0x205f && code <= 0x206f) ||
        code === 0x3000 ||
        code === 0x3164 ||
        (code >= 0xfe00 && code <= 0xfe0f) ||
        code === 0xfeff ||
        code === 0xffa0 ||
        (code >= 0xfff0 && code <= 0xfff8));
}
function hasInvisible(text) {
    for (let i = 0; i < text.length; i++)
        if (isInvisible(text.charCodeAt(i)))
            return true;
    return false;
}
/** Text with its invisible characters written out (`A\u200B`), so a message shows what the file holds. */
function makeVisible(text) {
    if (!hasInvisible(text))
        return text;
    let visible = '';
    for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        visible += isInvisible(code) ? `\\u${code.toString(16).toUpperCase().padStart(4, '0')}` : text[i];
    }
    return visible;
}
/**
 * How two keys that a person would read as one compare equal: Unicode compatibility form, lower case, and the
 * punctuation autocorrect types written as ASCII (`’` as `'`, `–` as `-`).
 */
function foldKey(key) {
    // ASCII is its own compatibility form and holds no typographic punctuation: most keys take this path.
    if (!/[^ -~]/.test(key))
        return key.toLowerCase();
    // Punctuation first: NFKC would take some of it apart (´ into a space and a combining accent, ″ into ′′).
    return (0,_typography_js__WEBPACK_IMPORTED_MODULE_2__/* .asciiPunctuation */ .o)((0,_typography_js__WEBPACK_IMPORTED_MODULE_2__/* .asciiPunctuation */ .o)(key).normalize('NFKC')).toLowerCase();
}
/** Why a key would look like another one (edge spaces, invisible characters), or undefined. */
function lookAlikeKeyProblem(key) {
    if (hasInvisible(key)) {
        return `the key "${makeVisible(key)}" holds an invisible or control character (shown as \\uXXXX); it would not match the key a person reads. Retype it`;
    }
    if (key.trim() !== key) {
        return `the key "${key}" has ${key.trimStart() !== key ? 'a leading' : 'a trailing'} space; it would not match the same key without it. Remove the space`;
    }
    return undefined;
}
/**
 * Normalises one value read from the live table (typed JSON or CSV text) so that it compares equal to the same
 * data read from the file: an absent value becomes the field's empty value, text is read as the field's type.
 */
function normalizeLiveValue(field, value) {
    if (value === undefined || value === null)
        return emptyValue(field);
    if (typeof value === 'string') {
        if (field.type === 'string')
            return value.indexOf('\r') >= 0 ? (0,_csv_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeLineBreaks */ .Yg)(value) : value;
        if (value === 'true' && field.type === 'boolean')
            return true;
        if (value === 'false' && field.type === 'boolean')
            return false;
        if (field.type === 'integer' || field.type === 'number') {
            // Live numbers come from the vendor in canonical form: Number() is enough, and faster than the file's checks.
            const number = Number(value);
            if (value !== '' && Number.isFinite(number))
                return number;
        }
        const coerced = coerceCell(field, value);
        // A live value we cannot read as its type is kept as text, so the plan shows it changing.
        return coerced instanceof InvalidCell ? value : coerced;
    }
    if (typeof value === 'number' || typeof value === 'boolean')
        return value;
    return JSON.stringify(value);
}
function normalizeLiveRow(schema, record) {
    const row = {};
    for (const field of schema.fields)
        row[field.name] = normalizeLiveValue(field, record[field.name]);
    return row;
}
/** The text a value is written as in a CSV for upload or export. */
function formatCell(value) {
    return typeof value === 'string' ? value : String(value);
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
/* harmony import */ var _csv_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62312);
/* harmony import */ var _diff_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(46420);
/* harmony import */ var _live_records_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(30102);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(34920);




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
        this.batch.push(this.columns.map((column) => (0,_schema_js__WEBPACK_IMPORTED_MODULE_3__/* .formatCell */ ._Z)(row[column.field.name] ?? '')));
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
    const records = (0,_live_records_js__WEBPACK_IMPORTED_MODULE_2__/* .asLiveRecords */ .Tu)(live);
    const key = (0,_schema_js__WEBPACK_IMPORTED_MODULE_3__/* .keyField */ .Kk)(schema);
    const names = schema.fields.map((field) => field.name);
    const keys = Array.from({ length: records.length }, (_, index) => String((0,_schema_js__WEBPACK_IMPORTED_MODULE_3__/* .normalizeLiveValue */ .bU)(key, records.value(index, key.name))));
    const order = Array.from(keys.keys()).sort((a, b) => (0,_diff_js__WEBPACK_IMPORTED_MODULE_1__/* .compareKeys */ .YD)(keys[a], keys[b]));
    return tableCsv(schema, (function* () {
        for (const index of order) {
            const record = {};
            for (const name of names)
                record[name] = records.value(index, name);
            const row = (0,_schema_js__WEBPACK_IMPORTED_MODULE_3__/* .normalizeLiveRow */ .SB)(schema, record);
            // A composed key (Field.keyWith) is written as its own cell, as the file has it.
            if (key.keyWith !== undefined)
                row[key.name] = (0,_schema_js__WEBPACK_IMPORTED_MODULE_3__/* .keyCell */ .I1)(String(row[key.name]), String(row[key.keyWith] ?? ''));
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

/***/ 79302:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ asciiPunctuation),
/* harmony export */   z: () => (/* binding */ howKeysDiffer)
/* harmony export */ });
/**
 * What autocorrect (Excel, Word, Google Sheets, macOS "smart punctuation") types in place of plain ASCII punctuation:
 * curly quotes for straight ones, dashes for hyphens, an ellipsis for three dots, non-breaking spaces for spaces.
 * A key retyped that way reads the same to a person but is another key to a table, so keys are compared with these
 * folded back to ASCII.
 */
const ASCII_FOR = {
    '\u2018': "'", // ‘ left single quotation mark
    '\u2019': "'", // ’ right single quotation mark (the apostrophe autocorrect types)
    '\u201a': "'", // ‚ single low-9 quotation mark
    '\u201b': "'", // ‛ single high-reversed-9 quotation mark
    '\u2032': "'", // ′ prime
    '\u00b4': "'", // ´ acute accent typed as an apostrophe
    '\u02bc': "'", // ʼ modifier letter apostrophe
    '\u201c': '"', // “
    '\u201d': '"', // ”
    '\u201e': '"', // „
    '\u201f': '"', // ‟
    '\u2033': '"', // ″ double prime
    '\u00ab': '"', // «
    '\u00bb': '"', // »
    '\u2010': '-', // ‐ hyphen
    '\u2011': '-', // ‑ non-breaking hyphen
    '\u2012': '-', // ‒ figure dash
    '\u2013': '-', // – en dash (autocorrect's " - ")
    '\u2014': '-', // — em dash (autocorrect's "--")
    '\u2015': '-', // ― horizontal bar
    '\u2212': '-', // − minus sign
    '\u2026': '...', // … ellipsis
    '\u00a0': ' ', // non-breaking space
    '\u202f': ' ', // narrow non-breaking space (French typography before ; : ! ?)
    '\u2007': ' ', // figure space
};
const TYPOGRAPHIC = new RegExp(`[${Object.keys(ASCII_FOR).join('')}]`, 'g');
/** The text with typographic punctuation written as ASCII: `New Year’s Day` → `New Year's Day`. */
function asciiPunctuation(text) {
    return text.replace(TYPOGRAPHIC, (char) => ASCII_FOR[char]);
}
/**
 * How two keys that fold alike differ, for messages: "case or Unicode form", or the typographic punctuation one has
 * where the other has ASCII, the characters named: `typographic punctuation (’ for ')`.
 */
function howKeysDiffer(a, b) {
    const swaps = new Set();
    for (const [from, to] of [
        [a, b],
        [b, a],
    ]) {
        for (const char of from.match(TYPOGRAPHIC) ?? []) {
            if (!to.includes(char))
                swaps.add(`${char} for ${ASCII_FOR[char]}`);
        }
    }
    if (swaps.size === 0)
        return 'case or Unicode form';
    const punctuation = `typographic punctuation (${[...swaps].join(', ')})`;
    const sameCase = asciiPunctuation(a.normalize('NFKC')) === asciiPunctuation(b.normalize('NFKC'));
    return sameCase ? punctuation : `case and ${punctuation}`;
}


/***/ }),

/***/ 37684:
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
    loaded ??= await __webpack_require__.e(/* import() */ 815).then(__webpack_require__.t.bind(__webpack_require__, 38815, 19));
    return loaded;
}
/** The library, once `loadYaml` has loaded it. */
function yaml() {
    if (loaded === undefined)
        throw new Error('YAML was read before loadYaml() loaded its library');
    return loaded;
}


/***/ }),

/***/ 45232:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SG: () => (/* binding */ hasYamlSchemas),
/* harmony export */   _Q: () => (/* binding */ readSchemaBeside),
/* harmony export */   pR: () => (/* binding */ unusedSchemaFiles)
/* harmony export */ });
/* harmony import */ var _core_problems_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70571);
/* harmony import */ var _core_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76893);
/* harmony import */ var _core_schema_file_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(22315);
/* harmony import */ var _settings_error_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(36763);




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

/***/ 36763:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* reexport safe */ _core_inputs_js__WEBPACK_IMPORTED_MODULE_0__.GN)
/* harmony export */ });
/* harmony import */ var _core_inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(50662);
// The error lives in src/core/inputs.ts, where the vendors' inputs (src/providers/) can throw it too.



/***/ }),

/***/ 7641:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ai: () => (/* binding */ MissingPermissionError),
/* harmony export */   MM: () => (/* binding */ NO_TABLE_LIMITS),
/* harmony export */   My: () => (/* binding */ TableNotFoundError),
/* harmony export */   fs: () => (/* binding */ changesOf),
/* harmony export */   mZ: () => (/* binding */ ProviderError),
/* harmony export */   tX: () => (/* reexport safe */ _core_plan_js__WEBPACK_IMPORTED_MODULE_0__.tX)
/* harmony export */ });
/* harmony import */ var _core_plan_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6273);


/** An import request as changes, its upserts listed (a vendor's upsert calls take lists). */
async function changesOf(request) {
    return {
        key: request.key,
        upsert: await (0,_core_plan_js__WEBPACK_IMPORTED_MODULE_0__/* .rowList */ .tX)(request.upsert),
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

/***/ 57781:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gy: () => (/* binding */ postComment),
/* harmony export */   O9: () => (/* binding */ planCommentOf),
/* harmony export */   q2: () => (/* binding */ findReviewedPlan)
/* harmony export */ });
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(50869);
/* harmony import */ var _protocol_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(45794);


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

/***/ 10571:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  U: () => (/* binding */ isDriftCheck),
  t: () => (/* binding */ trackDrift)
});

// EXTERNAL MODULE: ./lib/core/drift-rotation.js
var drift_rotation = __webpack_require__(59151);
// EXTERNAL MODULE: ./lib/core/plan.js + 5 modules
var core_plan = __webpack_require__(6273);
// EXTERNAL MODULE: ./lib/core/report/markdown.js
var markdown = __webpack_require__(76893);
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
        lines.push('', `${skipped} drifted table(s) have a name or file that cannot be shown on one command line: ${(0,markdown/* escapeMarkdown */.FV)('export or apply them by hand.')}`);
    return lines;
}

// EXTERNAL MODULE: ./lib/core/report/plan.js
var report_plan = __webpack_require__(69175);
// EXTERNAL MODULE: ./lib/runner.js
var lib_runner = __webpack_require__(50869);
// EXTERNAL MODULE: ./lib/review/protocol.js
var protocol = __webpack_require__(45794);
;// CONCATENATED MODULE: ./lib/review/drift-issue.js






/** An issue body's room for the plan: under GitHub's 65,536 characters, with the header. */
const ISSUE_PLAN_LIMIT = 60_000;
/**
 * A drift check: a plan outside a pull request that is there to find edits made to the live tables outside git, either
 * because it keeps the drift issue (drift-issue: true) or because it runs on a schedule. Its differences are reported
 * as drift (the live table against git, git winning on the next apply), and the guards that protect an apply
 * (max-deletes, an empty file) do not fail it: it applies nothing.
 */
function isDriftCheck(settings, event) {
    return settings.mode === 'plan' && !event.pullRequest && (settings.driftIssue || event.name === 'schedule');
}
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
                earlier = `Drifted when last checked, and not checked by this run: ${notChecked.map((t) => `${(0,markdown/* escapeMarkdown */.FV)(t)} (${record[t]?.at})`).join(', ')}.\n\n`;
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
        const plan = (0,markdown/* fitToBudget */.c5)((detail) => (0,report_plan/* renderPlanReport */.QP)(report, detail), ISSUE_PLAN_LIMIT - recordLine.length - earlier.length - ways.join('\n').length, `the whole plan is in ${where}.`);
        const body = [
            marker,
            `The live tables${(0,markdown/* escapeMarkdown */.FV)(env)} differ from the CSV files in git (seen by ${where}). Someone changed them`,
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


/***/ }),

/***/ 45794:
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
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var _core_diff_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(46420);
/* harmony import */ var _core_plan_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6273);
/* harmony import */ var _core_plan_label_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(19863);
/* harmony import */ var _core_report_apply_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2074);
/* harmony import */ var _core_report_markdown_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(76893);
/* harmony import */ var _core_report_plan_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(69175);
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
    const applied = input.outcomes ? `${(0,_core_report_apply_js__WEBPACK_IMPORTED_MODULE_4__/* .renderApplyReport */ .f)(input.outcomes, input.environment)}\n` : '';
    const budget = _core_report_markdown_js__WEBPACK_IMPORTED_MODULE_5__/* .COMMENT_LIMIT */ .W$ - lineSize - applied.length;
    const text = applied + (0,_core_report_markdown_js__WEBPACK_IMPORTED_MODULE_5__/* .fitToBudget */ .c5)((detail) => (0,_core_report_plan_js__WEBPACK_IMPORTED_MODULE_6__/* .renderPlanReport */ .QP)(input, detail), budget, input.wherePlanIs);
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
        hash: (0,_core_plan_js__WEBPACK_IMPORTED_MODULE_2__/* .combinedPlanHash */ .PL)(plans),
        sha,
        tables: plans.map((plan) => {
            const { added, updated, deleted } = (0,_core_plan_js__WEBPACK_IMPORTED_MODULE_2__/* .planCounts */ .Ai)(plan);
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
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHmac)('sha256', key).update((0,_core_diff_js__WEBPACK_IMPORTED_MODULE_1__/* .canonicalJson */ .dj)(signed)).digest('hex');
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
    const names = tables.map((name) => `**${(0,_core_report_markdown_js__WEBPACK_IMPORTED_MODULE_5__/* .escapeMarkdown */ .FV)(name)}**`).join(', ');
    const where = branch ? ` on ${(0,_core_report_markdown_js__WEBPACK_IMPORTED_MODULE_5__/* .codeOrText */ .Qg)(branch)}` : '';
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
function withOutdatedNote(body, note, limit = _core_report_markdown_js__WEBPACK_IMPORTED_MODULE_5__/* .COMMENT_LIMIT */ .W$) {
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
    let worst = _core_plan_label_js__WEBPACK_IMPORTED_MODULE_3__/* .PLAN_LABELS */ .U.indexOf(own);
    for (const body of ourComments) {
        if (commentConfigId(body) === ownConfigId)
            continue;
        const index = _core_plan_label_js__WEBPACK_IMPORTED_MODULE_3__/* .PLAN_LABELS */ .U.findIndex((label) => label.name === readPlanMarker(body)?.label);
        worst = Math.max(worst, index);
    }
    return _core_plan_label_js__WEBPACK_IMPORTED_MODULE_3__/* .PLAN_LABELS */ .U[worst] ?? own;
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


/***/ }),

/***/ 18444:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Xq: () => (/* binding */ labelPullRequest),
/* harmony export */   tv: () => (/* binding */ markStalePlans)
/* harmony export */ });
/* unused harmony export MAX_STALE_PULLS */
/* harmony import */ var _core_plan_label_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(19863);
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(50869);
/* harmony import */ var _protocol_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(45794);
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

/***/ 18802:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bm: () => (/* binding */ readBaselines),
/* harmony export */   fF: () => (/* binding */ recordQueued),
/* harmony export */   hh: () => (/* binding */ settleQueued),
/* harmony export */   kr: () => (/* binding */ recordBaselines),
/* harmony export */   qc: () => (/* binding */ describeBaselines),
/* harmony export */   x2: () => (/* binding */ baselineKey)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var _core_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76893);
/* harmony import */ var _providers_provider_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7641);
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(50869);




/** The record's name for a table of this configuration: a hash, so any table name makes a valid git ref. */
function baselineKey(configId, provider, table) {
    return `${configId}-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256')
        .update(JSON.stringify([provider, table]))
        .digest('hex')
        .slice(0, 16)}`;
}
async function readBaselines(context, files, fallbackRef) {
    const { pullRequests, settings, event } = context;
    const baselines = new Map();
    // The commit whose history a trusted record is in: the pull request's base for a plan, the pushed commit for an apply.
    const target = event.pullRequest?.baseSha ?? (event.sha || undefined);
    for (const file of files) {
        const fallback = fallbackRef ? { ref: fallbackRef } : {};
        if (!pullRequests) {
            baselines.set(file, { missing: 'no GitHub token to read the record' });
            continue;
        }
        try {
            const applied = await pullRequests.appliedCommit(baselineKey(settings.configId, settings.provider, file.table));
            if (!applied) {
                baselines.set(file, { ...fallback, missing: 'none is recorded' });
                continue;
            }
            // Anyone who can push can move the record (branch protection does not cover refs/datatable-sync/): it is
            // trusted only when its commit is in the history of the commit planned or applied.
            const standing = target ? await pullRequests.compare(applied, target) : 'unknown';
            if (standing === 'ahead' || standing === 'identical')
                baselines.set(file, { ref: applied, applied });
            else {
                baselines.set(file, {
                    ...fallback,
                    missing: `the recorded commit ${applied.slice(0, 7)} is not in the history of ${target ? target.slice(0, 7) : 'this commit'} (GitHub's compare says ${standing}), so it was not written by an apply of this branch and is not trusted`,
                });
            }
        }
        catch (error) {
            baselines.set(file, { ...fallback, missing: `the record could not be read (${(0,_runner_js__WEBPACK_IMPORTED_MODULE_3__/* .describeRemoteError */ .Md)(error)})` });
        }
    }
    return baselines;
}
/**
 * Records the pushed commit as applied to each table whose apply succeeded (or had nothing to send): one ref write
 * per table.
 */
async function recordBaselines(context, tables, 
/** The plan reads the live rows: the record only lets an apply queued behind a cancelled one look back (apply/queued.ts). */
readsLiveRows = false) {
    const { pullRequests, settings, event, runner } = context;
    if (tables.length === 0)
        return;
    if (!pullRequests || !event.sha) {
        // Nothing to record without a pushed commit (the command line), and plans of live rows do without it.
        if (readsLiveRows)
            return;
        runner.warning(`The applied commit was not recorded (${pullRequests ? 'no commit sha' : 'no github-token'}): the next plan compares with the previous commit and sends every row of the file`);
        return;
    }
    if (readsLiveRows) {
        // Only the look-back reads these records: one line for all tables, and one warning (the cause is the token's).
        for (const [index, table] of tables.entries()) {
            try {
                await pullRequests.recordApplied(baselineKey(settings.configId, settings.provider, table), event.sha);
            }
            catch (error) {
                runner.warning(`The applied commit could not be recorded (${(0,_runner_js__WEBPACK_IMPORTED_MODULE_3__/* .describeRemoteError */ .Md)(error)}) for ${tables.length - index} table(s); the token needs contents: write. Until it is, an apply queued behind a cancelled one cannot find the pull requests merged since, and refuses a plan that holds more than its own pull request's`);
                return;
            }
        }
        runner.info(`Recorded ${event.sha.slice(0, 7)} as the commit last applied to ${tables.length} table(s)`);
        return;
    }
    for (const table of tables) {
        try {
            await pullRequests.recordApplied(baselineKey(settings.configId, settings.provider, table), event.sha);
        }
        catch (error) {
            runner.warning(`${table}: the applied commit could not be recorded (${(0,_runner_js__WEBPACK_IMPORTED_MODULE_3__/* .describeRemoteError */ .Md)(error)}); the token needs contents: write. The next plan of this table compares with an older version, so it sends every row of the file rather than miss a change`);
            continue;
        }
        runner.info(`${table}: recorded ${event.sha.slice(0, 7)} as the commit last applied`);
    }
}
/** For the plan's notice (markdown): what each file was compared with; table names escaped, as all data is. */
function describeBaselines(baselines, pullRequest) {
    const parts = [...baselines].map(([file, baseline]) => {
        const table = (0,_core_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(file.table);
        if (baseline.applied)
            return `${table}: the version last applied (\`${baseline.applied.slice(0, 7)}\`)`;
        const compared = baseline.ref
            ? `compared with \`${baseline.ref.slice(0, 7)}\` (${pullRequest ? "the pull request's base" : 'the previous commit'})`
            : 'compared with nothing';
        return `${table}: no applied version (${(0,_core_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(baseline.missing ?? '')}); ${compared}, and the apply sends every row of the file`;
    });
    return parts.join('; ');
}
/** A vendor's job id fit to be part of a ref name (uuids and the like); any other is never recorded. */
const REF_SAFE_JOB = /^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$/;
/**
 * Records the jobs an apply left queued (their end unknown, everything else of it confirmed), each as a ref pointing
 * at the commit it sent, so that the next apply asks about them before sending anything.
 */
async function recordQueued(context, table, jobIds) {
    const { pullRequests, settings, event, runner } = context;
    if (!pullRequests || !event.sha)
        return;
    const key = baselineKey(settings.configId, settings.provider, table);
    for (const jobId of jobIds.filter((id) => REF_SAFE_JOB.test(id))) {
        try {
            await pullRequests.recordQueued(key, jobId, event.sha);
        }
        catch (error) {
            runner.warning(`${table}: the queued job ${jobId} could not be recorded (${(0,_runner_js__WEBPACK_IMPORTED_MODULE_3__/* .describeRemoteError */ .Md)(error)}): the next apply sends its rows again without asking about it`);
        }
    }
}
/**
 * Before an apply plans: the jobs earlier applies left queued, asked about where the vendor documents a call (waiting
 * up to job-timeout for one still running, so that two jobs never write one table at once). A commit whose queued
 * jobs all ended well is recorded as applied (when it is in this commit's history and newer than the record); a job
 * that failed or still cannot be said is forgotten, and this run sends its rows again. Never throws: whatever cannot
 * be asked leaves the record as it was, which sends the rows again.
 */
async function settleQueued(context, provider, files) {
    const { pullRequests, settings, event, runner } = context;
    // Only a vendor that can say how a job ended leaves jobs queued: for the others there is nothing to ask.
    if (!pullRequests || !event.sha || settings.mode !== 'apply' || !provider.queuedJobEnd)
        return;
    for (const file of files) {
        const key = baselineKey(settings.configId, settings.provider, file.table);
        try {
            const jobs = await pullRequests.queuedJobs(key);
            if (jobs.length === 0)
                continue;
            const table = await provider.getTable(file.table);
            const bySha = new Map();
            for (const job of jobs)
                bySha.set(job.sha, [...(bySha.get(job.sha) ?? []), job.jobId]);
            for (const [sha, ids] of bySha) {
                let confirmed = true;
                for (const id of ids) {
                    const end = await provider.queuedJobEnd(table, id, settings.jobTimeoutMs);
                    const said = end.state === 'succeeded'
                        ? 'it has ended well'
                        : `${end.state === 'failed' ? 'it failed' : 'its end is still not known'}${end.message ? ` (${end.message})` : ''}; its rows are sent again`;
                    runner.info(`${file.table}: job ${id}, queued by the apply of ${sha.slice(0, 7)}: ${said}`);
                    if (end.state !== 'succeeded')
                        confirmed = false;
                }
                if (confirmed && (await newerThanRecord(context, key, sha))) {
                    await pullRequests.recordApplied(key, sha);
                    runner.info(`${file.table}: recorded ${sha.slice(0, 7)} as the commit last applied (its queued jobs ended well)`);
                }
                for (const id of ids)
                    await pullRequests.forgetQueued(key, id);
            }
        }
        catch (error) {
            if (!(error instanceof _providers_provider_js__WEBPACK_IMPORTED_MODULE_2__/* .ProviderError */ .mZ) && !isRemoteError(error))
                throw error;
            runner.info(`${file.table}: jobs queued by earlier applies could not be asked about (${error instanceof _providers_provider_js__WEBPACK_IMPORTED_MODULE_2__/* .ProviderError */ .mZ ? error.message : (0,_runner_js__WEBPACK_IMPORTED_MODULE_3__/* .describeRemoteError */ .Md)(error)}); their rows are sent again`);
        }
    }
}
/** Whether `sha` is in this commit's history and comes after the commit recorded as applied (if any). */
async function newerThanRecord(context, key, sha) {
    const { pullRequests, event } = context;
    if (!pullRequests || !event.sha)
        return false;
    const inHistory = await pullRequests.compare(sha, event.sha);
    if (inHistory !== 'ahead' && inHistory !== 'identical')
        return false;
    const recorded = await pullRequests.appliedCommit(key);
    if (!recorded)
        return true;
    return (await pullRequests.compare(recorded, sha)) === 'ahead';
}
/** An error from GitHub's API (it carries an HTTP status), not a bug. */
function isRemoteError(error) {
    return typeof error?.status === 'number';
}


/***/ }),

/***/ 48402:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ artifactName),
/* harmony export */   j: () => (/* binding */ safeName)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);

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


/***/ }),

/***/ 17868:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/core/clock.js
var core_clock = __webpack_require__(91601);
// EXTERNAL MODULE: ./lib/core/inputs.js
var inputs = __webpack_require__(50662);
// EXTERNAL MODULE: ./lib/core/yaml.js
var yaml = __webpack_require__(37684);
// EXTERNAL MODULE: ./lib/inputs/settings-error.js
var settings_error = __webpack_require__(36763);
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

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
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
var schema_files = __webpack_require__(45232);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./lib/core/groups.js
var core_groups = __webpack_require__(82623);
// EXTERNAL MODULE: ./lib/core/guards.js
var guards = __webpack_require__(67429);
// EXTERNAL MODULE: ./lib/core/rollback.js
var rollback = __webpack_require__(54875);
// EXTERNAL MODULE: ./lib/providers/provider.js
var providers_provider = __webpack_require__(7641);
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
                throw new providers_provider/* ProviderError */.mZ(state.blocked);
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
var api = __webpack_require__(56615);
// EXTERNAL MODULE: ./node_modules/undici/lib/dispatcher/agent.js
var agent = __webpack_require__(57405);
// EXTERNAL MODULE: ./node_modules/undici/lib/dispatcher/dispatcher.js
var dispatcher = __webpack_require__(30883);
// EXTERNAL MODULE: ./node_modules/undici/lib/dispatcher/env-http-proxy-agent.js
var env_http_proxy_agent = __webpack_require__(53137);
;// CONCATENATED MODULE: ./lib/providers/undici.js




// The parts of undici the HTTP client uses, each from its own module: undici's index also loads fetch, WebSocket,
// EventSource, the mock, cache and SQLite layers and the built-ins they need (zlib, worker_threads...), compiled at
// every start of the action for nothing it does. undici has no `exports` map: these paths are its own requires.
// As undici's index does: request() and its siblings on every dispatcher (the proxy agent connects through them).
Object.assign(dispatcher.prototype, api);

/** undici's `request(url, options)`: the URL split into origin and path, sent through `options.dispatcher`. */
function request(url, options) {
    const { dispatcher, ...rest } = options;
    const parsed = new URL(url);
    return dispatcher.request({
        ...rest,
        origin: parsed.origin,
        path: `${parsed.pathname}${parsed.search}`,
        method: rest.method ?? (rest.body ? 'PUT' : 'GET'),
    });
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
class HttpError extends providers_provider/* ProviderError */.mZ {
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
    async close() {
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
                    signal: AbortSignal.timeout(deadlineMs),
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
        throw new providers_provider/* ProviderError */.mZ(`${what} is not a URL`);
    }
    if (parsed.protocol === 'https:' || (parsed.protocol === 'http:' && isLoopback(parsed)))
        return;
    throw new providers_provider/* ProviderError */.mZ(`${what} (${safeUrl(url)}) is not https; refusing to send anything there`);
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
    if (parsed?.protocol === 'https:' || (parsed?.protocol === 'http:' && isLoopback(parsed)))
        return value;
    throw new inputs/* SettingsError */.GN(`Input ${name} is "${value}"; use an https URL (plain http only for localhost or 127.0.0.1, such as the local emulator)`);
}

;// CONCATENATED MODULE: ./lib/providers/bearer-session.js
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
    /** `login` gets a fresh token (and should throw a ProviderError saying what to check when it cannot). */
    constructor(http, login) {
        this.http = http;
        this.login = login;
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
        const token = this.token ?? (await this.freshToken());
        const response = await this.http.send({ ...req, headers: { ...req.headers, authorization: `Bearer ${token}` } });
        return { response, token };
    }
    async freshToken() {
        this.loggingIn ??= this.login()
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

;// CONCATENATED MODULE: ./lib/providers/dengage/index.js



/**
 * The calls, from D·engage's developer reference and public integration code (see docs/vendors.md). Every call's
 * result can be read: up to 1,000 changed rows go through the sync upsert (its answer carries the counts), more
 * through the V2 async upsert, 1,000 rows a call, each job's end read at its documented status path; deletes through
 * the sync delete, fewer than 1,000 keys a call.
 */
const PATHS = {
    login: '/rest/login',
    tables: (offset) => `/rest/dataspace/tables?limit=${TABLES_PAGE}&offset=${offset}`,
    table: (id) => `/rest/dataspace/tables/${encodeURIComponent(id)}`,
    upsert: '/rest/dataspace/sync/upsert',
    delete: '/rest/dataspace/sync/delete',
    upsertV2: '/rest/dataspace/async/upsert_v2',
    /** "This job id can be used to check the status of the job via this endpoint" (the V2 page): the only status path. */
    upsertV2Status: (jobId) => `/rest/dataspace/async/upsert_v2/${encodeURIComponent(jobId)}`,
};
/** Rows per sync upsert: "no more than 1000 records" (the sync upsert page); the V2 page says the same of V2. */
const DENGAGE_ROWS_PER_CALL = 1000;
/** Rows per sync delete: "less than 1000 records" (the DeleteData page). */
const DENGAGE_DELETES_PER_CALL = 999;
/**
 * The boolean that "will overwrite table value with empty text if file contains empty values" (UpsertData-Async page,
 * which does not print its name): the name is assumed, and it is sent with every upsert, so a cell the file empties
 * is emptied in the table, not left as it was.
 */
const DENGAGE_OVERWRITE_EMPTY = 'overwriteWithEmpty';
const TABLES_PAGE = 1000;
const MAX_TABLE_PAGES = 100;
/** The first wait before reading a V2 job's status again, and the longest. */
const FIRST_POLL_MS = 250;
const LONGEST_POLL_MS = 15_000;
/** The date-time forms D·engage's upsert pages list. */
const DATE_TIME = /^\d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?)?$/;
const DATE_TIME_Z = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{3})?Z$/;
const LOOKS_LIKE_DATE = /^\d{4}[-/]\d{1,2}[-/]\d{1,2}(?!\d)/;
/** Checks a cell that looks like a date against D·engage's date-time forms; undefined when fine. */
function checkDengageDateTime(value) {
    if (!LOOKS_LIKE_DATE.test(value) || DATE_TIME.test(value) || DATE_TIME_Z.test(value))
        return undefined;
    if (/Z$/.test(value))
        return 'a date-time with Z must be yyyy-MM-ddTHH:mm:ssZ or yyyy-MM-ddTHH:mm:ss.fffZ';
    return 'D·engage takes dates as yyyy-MM-dd, with an optional time HH:mm, HH:mm:ss or HH:mm:ss.fff after a space or T';
}
/**
 * D·engage Data Space tables. There is no API to read a table's rows, so the plan compares the file with the version
 * last applied (see baseline.ts); the table's primary key (from its definition) keys the rows, and a table without one
 * (or whose key the definition does not show) is appended to, so changing or deleting its rows is refused in the plan.
 * Changes of up to 1,000 rows go through the sync upsert (its answer carries the result), more through V2 async
 * upserts of 1,000 rows each, one after the other, each followed at its documented status path until it ends. Deletes
 * go through the sync delete. Only what an answer confirms is reported done: a job whose end cannot be read is queued,
 * and the apply is then not recorded, so the next run sends its rows again.
 */
class DengageProvider {
    name = 'dengage';
    capabilities = {
        readsLiveRows: false,
        deletes: true,
        reportsJobStatus: true,
        describe: 'D·engage Data Space tables',
        replacesWholeTable: false,
        checkCell: (_column, value) => checkDengageDateTime(value),
    };
    http;
    options;
    lastUpsert = new Map();
    batches = new Map();
    session;
    /** The HTTP client's clock: the minute between upserts and the job polls are waited on it (tests drive it). */
    clock;
    constructor(options, http) {
        // The documented base includes no /rest: accept it written either way.
        this.options = { ...options, apiUrl: options.apiUrl.replace(/\/+$/, '').replace(/\/rest$/, '') };
        this.http = http;
        this.clock = http.clock;
        this.session = new BearerSession(http, () => this.login());
        // The login body carries both: neither may show in an error message that echoes the request.
        http.addSecret(options.password);
        http.addSecret(options.userKey);
    }
    requestCount() {
        return this.http.requestCount();
    }
    /** Finds the table by name in the Data Space listing, and its primary key in its definition. */
    async getTable(name) {
        let id;
        const similar = [];
        for (let page = 0; page < MAX_TABLE_PAGES && !id; page++) {
            const listing = await this.json('GET', PATHS.tables(page * TABLES_PAGE), undefined, 'list the Data Space tables');
            const result = listing.result ?? [];
            id = result.find((table) => table.tableName === name)?.publicId;
            for (const table of result) {
                if (table.tableName?.toLowerCase() === name.toLowerCase() && table.tableName !== name)
                    similar.push(table.tableName);
            }
            if (result.length < TABLES_PAGE)
                break;
        }
        if (!id) {
            const hint = similar.length > 0 ? `; names differ in case only: ${similar.join(', ')}` : '';
            throw new providers_provider/* ProviderError */.mZ(`No D·engage Data Space table is named "${name}"${hint}. Check the table input or the file name`);
        }
        const definition = await this.json('GET', PATHS.table(id), undefined, `read table ${name}`);
        const found = primaryKeyOf(definition);
        if (found === undefined) {
            throw new providers_provider/* ProviderError */.mZ(`D·engage answered the definition of table "${name}" without a column list this action can read (it has ${describeKeys(definition)}), so its primary key is unknown; nothing was planned. Please report this answer's shape`);
        }
        const { keys } = found;
        if (keys.length > 1) {
            throw new providers_provider/* ProviderError */.mZ(`D·engage table "${name}" has a primary key of ${keys.length} columns (${keys.join(', ')}); this action keys rows by one column`);
        }
        const table = { id, name, limits: providers_provider/* NO_TABLE_LIMITS */.MM };
        const total = definition.totalRowCount;
        if (typeof total === 'number' && Number.isInteger(total) && total >= 0)
            table.rowCount = total;
        if (keys[0])
            table.keyColumn = keys[0];
        else if (found.flagged) {
            table.updatesRefused = `D·engage table "${name}" has no primary key, so D·engage appends every row sent to it: a changed row would be added again and a deleted one cannot be named. Give the table a primary key, or only add rows`;
        }
        else {
            // Public code shows columns with name, type and isNullable, and contactKeyColumn: no primary-key flag. Said as
            // it came, so that nobody reads it as "the table has no key".
            table.updatesRefused = `D·engage's definition of table "${name}" does not say which column is its primary key (its columns ${found.columns.map((c) => `"${c}"`).join(', ')} carry ${found.fields.length > 0 ? `only ${found.fields.map((f) => `"${f}"`).join(', ')}` : 'no fields'}${typeof definition.contactKeyColumn === 'string' ? `; contactKeyColumn is "${definition.contactKeyColumn}", which links contacts and is not a primary key` : ''}). Without a known key D·engage may append every row sent: only adding rows is safe, so changes and deletes are refused`;
        }
        return table;
    }
    async readRows() {
        throw new providers_provider/* ProviderError */.mZ('D·engage has no API to read a table: the plan compares the file with its previous version');
    }
    async runningImport() {
        return undefined;
    }
    /** D·engage takes changes, not files: the request's upserts and deletes. */
    async import(table, request) {
        return this.applyChanges(table, await (0,providers_provider/* changesOf */.fs)(request));
    }
    /** Plans the calls, makes the first now; waitForJob makes the rest (a minute apart where D·engage asks). */
    async applyChanges(table, changes) {
        if (changes.delete.length > 0 && !table.keyColumn) {
            throw new providers_provider/* ProviderError */.mZ(table.updatesRefused ?? `table "${table.name}" has no key`);
        }
        if (changes.wholeFile && !table.keyColumn && changes.upsert.length > 0 && table.rowCount !== 0) {
            // Without a key D·engage appends: the whole file again would double every row it already took.
            throw new providers_provider/* ProviderError */.mZ(`D·engage table "${table.name}" has no primary key this action can see, so D·engage appends every row sent to it, and no apply of this file is recorded: sending the whole file would append its ${changes.upsert.length} row(s) again beside the ${table.rowCount === undefined ? 'unknown number of' : table.rowCount} row(s) the table holds. Nothing was sent. Let the action record its applies (a github-token with contents: write), or empty the table in D·engage and apply again`);
        }
        const calls = [];
        const columns = Object.keys(changes.upsert[0] ?? {});
        const values = (row) => columns.map((c) => String(row[c] ?? ''));
        const mode = changes.upsert.length > DENGAGE_ROWS_PER_CALL ? 'v2' : 'sync';
        for (let i = 0; i < changes.upsert.length; i += DENGAGE_ROWS_PER_CALL) {
            const part = changes.upsert.slice(i, i + DENGAGE_ROWS_PER_CALL);
            calls.push({
                kind: 'upsert',
                mode,
                rows: part.length,
                body: { tableName: table.name, columns, rows: part.map(values), [DENGAGE_OVERWRITE_EMPTY]: true },
            });
        }
        const key = table.keyColumn;
        for (let i = 0; i < changes.delete.length; i += DENGAGE_DELETES_PER_CALL) {
            const part = changes.delete.slice(i, i + DENGAGE_DELETES_PER_CALL);
            calls.push({
                kind: 'delete',
                mode: 'sync',
                rows: part.length,
                body: { tableName: table.name, columns: [key], rows: part.map((value) => [value]) },
            });
        }
        const id = `dengage-${table.name}-${Date.now()}`;
        const batch = {
            table,
            calls,
            updated: 0,
            deleted: 0,
            failed: 0,
            queued: 0,
            unsent: 0,
            jobs: [],
            queuedJobs: [],
            queuedWithoutId: false,
            unconfirmed: [],
            errors: [],
        };
        this.batches.set(id, batch);
        // The first call now, so that a refusal shows before the wait; a V2 job is followed in waitForJob.
        await this.nextCall(batch, Number.POSITIVE_INFINITY);
        return { id };
    }
    async waitForJob(_table, job, timeoutMs) {
        const batch = this.batches.get(job.id);
        if (!batch)
            throw new providers_provider/* ProviderError */.mZ(`no D·engage calls were started as ${job.id}`);
        const deadline = this.clock.now() + timeoutMs;
        try {
            // A V2 job started by applyChanges is followed before the next call goes.
            await this.followLastJob(batch, deadline);
            while (batch.calls.length > 0) {
                const waitMs = this.nextCallAt(batch) - this.clock.now();
                if (this.clock.now() + Math.max(0, waitMs) > deadline) {
                    this.stopBatch(batch, 'within job-timeout (D·engage takes one sync upsert a minute per table, and each V2 job is waited for): raise job-timeout');
                    break;
                }
                await this.nextCall(batch, deadline);
            }
            await this.followLastJob(batch, deadline);
        }
        catch (error) {
            if (!(error instanceof providers_provider/* ProviderError */.mZ))
                throw error;
            // Part-way: what the calls made did stays counted; the rest is named, never reported as 0 updated.
            batch.errors.push(error.message);
            this.stopBatch(batch, 'after that failure');
            return this.result(batch, job, true);
        }
        return this.result(batch, job, false);
    }
    /** What the batch did, as far as D·engage's answers confirm it. */
    result(batch, job, broke) {
        const unconfirmed = batch.queued + batch.unsent > 0;
        // Rows never sent are a failure, as a job that timed out is: only rows sent and not yet confirmed are queued.
        const failed = broke || batch.failed > 0 || batch.unsent > 0;
        const done = [
            batch.updated > 0 && `${batch.updated} row(s) upserted`,
            batch.deleted > 0 && `${batch.deleted} deleted`,
        ].filter(Boolean);
        const note = unconfirmed
            ? `${done.length > 0 ? `D·engage confirmed ${done.join(' and ')}; ` : ''}${batch.unconfirmed.join('; ')}. Not recorded as applied: the next run sends these rows again`
            : undefined;
        const status = broke
            ? batch.updated + batch.deleted > 0
                ? 'PartiallyApplied'
                : 'Failed'
            : batch.failed > 0
                ? batch.updated + batch.deleted > 0 && batch.unsent === 0
                    ? 'CompletedWithErrors'
                    : 'Failed'
                : batch.unsent > 0
                    ? 'Incomplete'
                    : unconfirmed
                        ? 'Queued'
                        : 'Completed';
        return {
            // The V2 jobs by their own ids (the first and last of many); sync calls have none.
            jobId: batch.jobs.length > 3
                ? `${batch.jobs[0]} … ${batch.jobs.at(-1)} (${batch.jobs.length} V2 jobs)`
                : batch.jobs.join(', ') || job.id,
            status,
            succeeded: !failed,
            updated: batch.updated,
            deleted: batch.deleted,
            failed: batch.failed,
            ...(batch.queued > 0 ? { queued: batch.queued } : {}),
            ...(note ? { note } : {}),
            ...(unconfirmed || failed ? { confirmed: false } : {}),
            // Only jobs whose end alone is missing can settle the apply later: nothing failed, unsent or without an id.
            ...(!failed && batch.unsent === 0 && !batch.queuedWithoutId && batch.queuedJobs.length > 0
                ? { queuedJobs: [...batch.queuedJobs] }
                : {}),
            ...(failed
                ? {
                    error: {
                        message: batch.errors.slice(0, 5).join('; ') ||
                            (batch.failed > 0 ? `${batch.failed} row(s) failed` : `${batch.unsent} row(s) were not sent`),
                    },
                }
                : {}),
        };
    }
    /**
     * Follows the batch's last V2 job, if it has not ended yet: its status read at the documented path until it ends or
     * the time is up. Its rows count as upserted only on a status that says so; a failed job's as failed; an end not
     * read as queued.
     */
    async followLastJob(batch, deadline) {
        const pending = this.pending.get(batch);
        if (!pending)
            return;
        this.pending.delete(batch);
        const end = await this.followJob(pending.id, deadline);
        if (end.state === 'unknown') {
            batch.queued += pending.rows;
            batch.queuedJobs.push(pending.id);
            batch.unconfirmed.push(`job ${pending.id} (${pending.rows} row(s)): ${end.message ?? 'its end was not read'}`);
            this.stopBatch(batch, 'after it (never two jobs on one table at once)');
            return;
        }
        if (end.state === 'failed') {
            // Accepted, then failed: its rows are failed (less any it says it wrote), and nothing more is sent.
            const affected = end.affected ?? 0;
            batch.updated += affected;
            batch.failed += pending.rows - affected;
            batch.errors.push(`job ${pending.id}: ${end.message ?? 'failed'}`);
            this.stopBatch(batch, 'after that job failed');
            return;
        }
        const failed = end.failed ?? 0;
        batch.updated += end.affected ?? pending.rows - failed;
        batch.failed += failed;
        if (failed > 0)
            batch.errors.push(`job ${pending.id}: ${end.message ?? `${failed} row(s) failed`}`);
    }
    /** Drops the batch's calls still to make, saying how many rows they held and why. */
    stopBatch(batch, why) {
        const left = batch.calls.reduce((sum, call) => sum + call.rows, 0);
        batch.calls = [];
        if (left === 0)
            return;
        batch.unsent += left;
        batch.unconfirmed.push(`${left} row(s) were not sent ${why}`);
    }
    /** A V2 job an earlier run left queued: its end read at the documented status path, waiting while it runs. */
    async queuedJobEnd(_table, jobId, timeoutMs) {
        const end = await this.followJob(jobId, this.clock.now() + timeoutMs);
        return { state: end.state, ...(end.message ? { message: end.message } : {}) };
    }
    /** A V2 job's end: its status read until it ends or the time is up (then unknown). */
    async followJob(id, deadline) {
        let wait = FIRST_POLL_MS;
        for (;;) {
            const answer = await this.session.send({
                method: 'GET',
                url: `${this.options.apiUrl}${PATHS.upsertV2Status(id)}`,
                idempotent: true,
                headers: { accept: 'application/json' },
            });
            if (answer.status < 200 || answer.status >= 300) {
                return {
                    state: 'unknown',
                    message: `its status (GET ${PATHS.upsertV2Status(id)}) answered ${answer.status}: ${reasonOf(parseJson(answer.body), answer.body)}`,
                };
            }
            const status = readJobStatus(parseJson(answer.body));
            if (status.state !== 'running')
                return status;
            if (this.clock.now() + wait > deadline)
                return { state: 'unknown', message: 'still running after job-timeout' };
            await this.clock.sleep(wait);
            wait = Math.min(wait * 2, LONGEST_POLL_MS);
        }
    }
    /** V2 jobs started and not yet followed, by batch. */
    pending = new Map();
    /** When the next upsert into this table may go: D·engage asks for one a minute per table (a delete may go at once). */
    nextUpsertAt(table) {
        return (this.lastUpsert.get(table.name) ?? 0) + (this.options.minIntervalMs ?? 60_000);
    }
    /** When the batch's next call may go: a sync upsert a minute after the last; a V2 upsert once the last job ended. */
    nextCallAt(batch) {
        const next = batch.calls[0];
        return next?.kind === 'upsert' && next.mode === 'sync' ? this.nextUpsertAt(batch.table) : this.clock.now();
    }
    /**
     * Makes the batch's next call (waiting out the minute), adding what it did; a 200 can still carry failed rows. A V2
     * upsert's job is followed before the next call goes (never two jobs on one table at once).
     */
    async nextCall(batch, deadline) {
        await this.followLastJob(batch, deadline);
        const wait = this.nextCallAt(batch) - this.clock.now();
        const call = batch.calls[0];
        if (!call)
            return;
        if (wait > 0)
            await this.clock.sleep(wait);
        // An upsert into a keyed table writes the same values if repeated; into an unkeyed one it would add them twice.
        const repeatable = call.kind === 'delete' || batch.table.keyColumn !== undefined;
        const path = call.mode === 'v2' ? PATHS.upsertV2 : call.kind === 'upsert' ? PATHS.upsert : PATHS.delete;
        const method = call.kind === 'upsert' ? 'POST' : 'DELETE';
        const action = `${call.kind} ${call.rows} row(s) of ${batch.table.name}${call.mode === 'v2' ? ' (V2 async)' : ''}`;
        if (call.mode === 'v2') {
            const answer = await this.json(method, path, call.body, action, repeatable);
            batch.calls.shift();
            const id = jobIdOf(answer);
            if (!id) {
                // Taken, but no id to read its end by: not confirmed, and nothing else goes (it may still be running).
                batch.queued += call.rows;
                batch.queuedWithoutId = true;
                batch.unconfirmed.push(`D·engage took ${call.rows} row(s) by the V2 async upsert but answered no job id (transactionId), so their result cannot be read`);
                this.stopBatch(batch, 'after that (another job on the table could clash with it)');
                return;
            }
            batch.jobs.push(id);
            this.pending.set(batch, { id, rows: call.rows });
            return;
        }
        const result = await this.json(method, path, call.body, action, repeatable);
        batch.calls.shift();
        if (call.kind === 'upsert')
            this.lastUpsert.set(batch.table.name, this.clock.now());
        const errors = result.errorCount ?? 0;
        const affected = result.affectedRowCount ?? call.rows - errors;
        if (call.kind === 'upsert')
            batch.updated += affected;
        else
            batch.deleted += affected;
        batch.failed += errors;
        for (const error of result.errorList ?? [])
            batch.errors.push(typeof error === 'string' ? error : JSON.stringify(error));
    }
    /** A call's `data`, once its envelope says success. */
    async json(method, path, body, action, repeatable = method === 'GET') {
        const answer = await this.api(method, path, body, action, repeatable);
        const envelope = parseJson(answer.body);
        if (envelope.code !== undefined && envelope.code !== 0) {
            throw new providers_provider/* ProviderError */.mZ(this.http.redact(`D·engage refused to ${action} (code ${envelope.code}): ${reasonOf(envelope, answer.body)}`));
        }
        return (envelope.data ?? envelope);
    }
    async api(method, path, body, action, repeatable) {
        const url = `${this.options.apiUrl}${path}`;
        const answer = await this.session.send({
            method,
            url,
            idempotent: repeatable,
            headers: { accept: 'application/json', ...(body ? { 'content-type': 'application/json' } : {}) },
            ...(body ? { body: JSON.stringify(body) } : {}),
        });
        if (answer.status >= 200 && answer.status < 300)
            return answer;
        if (answer.status === 401) {
            throw new providers_provider/* ProviderError */.mZ(`D·engage rejected a fresh login while trying to ${action}: check dengage-user-key and dengage-password`);
        }
        if (ipRefused(answer))
            throw new providers_provider/* ProviderError */.mZ(this.http.redact(ipAllowlistMessage(url, answer.body)));
        const envelope = parseJson(answer.body);
        throw new providers_provider/* ProviderError */.mZ(this.http.redact(`D·engage answered ${answer.status} to ${method} ${safeUrl(url)} while trying to ${action}: ${reasonOf(envelope, answer.body)}`));
    }
    async login() {
        const url = `${this.options.apiUrl}${PATHS.login}`;
        const answer = await this.http.send({
            method: 'POST',
            url,
            idempotent: true,
            headers: { 'content-type': 'application/json', accept: 'application/json' },
            body: JSON.stringify({ userkey: this.options.userKey, password: this.options.password }),
        });
        if (ipRefused(answer))
            throw new providers_provider/* ProviderError */.mZ(this.http.redact(ipAllowlistMessage(url, answer.body)));
        const envelope = parseJson(answer.body);
        // Public code reads access_token at the top; the reference says answers are wrapped in data: take either.
        const token = envelope.access_token ?? envelope.data?.access_token;
        if (answer.status !== 200 || typeof token !== 'string' || token === '') {
            throw new providers_provider/* ProviderError */.mZ(this.http.redact(`D·engage login at ${safeUrl(url)} failed (${answer.status}): ${reasonOf(envelope, answer.body)}. Check dengage-api-url (your account's region host), dengage-user-key and dengage-password`));
        }
        return token;
    }
}
/**
 * The V2 async upsert's job id: "This request returns a job id (transactionId)" (the V2 page), read as `transactionId`,
 * or as the bare id (the V1 async page: "returns the uuid of the upsert job started").
 */
function jobIdOf(answer) {
    if (typeof answer === 'string' && answer !== '')
        return answer;
    if (answer === null || typeof answer !== 'object')
        return undefined;
    const id = answer.transactionId;
    return typeof id === 'string' && id !== '' ? id : undefined;
}
/**
 * A V2 job's status answer. The page gives the path, not the answer: read (assumed) from `data.status` alone, with
 * the sync answer's counts (`affectedRowCount`, `errorCount`) when present. A status that names no end is polled on;
 * an answer without `status` is unknown. Neither is ever counted done on a guess.
 */
function readJobStatus(answer) {
    const envelope = (answer && typeof answer === 'object' ? answer : {});
    if (envelope.code !== undefined && envelope.code !== 0) {
        return { state: 'unknown', message: `D·engage answered code ${envelope.code}: ${reasonOf(envelope, '')}` };
    }
    const data = envelope.data && typeof envelope.data === 'object' ? envelope.data : {};
    const status = typeof data.status === 'string' ? data.status : undefined;
    if (status === undefined)
        return { state: 'unknown', message: 'its status answer carries no status' };
    const number = (name) => (typeof data[name] === 'number' ? data[name] : undefined);
    const affected = number('affectedRowCount');
    const failed = number('errorCount');
    const message = typeof data.message === 'string' ? data.message : undefined;
    const end = {
        ...(affected !== undefined ? { affected } : {}),
        ...(failed !== undefined ? { failed } : {}),
        ...(message ? { message } : {}),
    };
    if (/^(completed?|succeeded|success|successful|finished)$/i.test(status))
        return { state: 'succeeded', ...end };
    if (/^(failed|failure|error|cancell?ed|aborted|rejected)$/i.test(status))
        return { state: 'failed', ...end, message: message ?? `the job ended ${status}` };
    return { state: 'running' };
}
/** The top-level keys of an answer, for a message about a shape this action cannot read. */
function describeKeys(answer) {
    const keys = Object.keys(answer);
    return keys.length > 0
        ? `the keys ${keys
            .slice(0, 20)
            .map((k) => `"${k}"`)
            .join(', ')}`
        : 'no keys';
}
/**
 * The primary key column names in a table definition (its `data`). Public code (Dengage-PreSales/demo-ai) reads a
 * definition as `columns[]` of `{name, type, isNullable}` with `contactKeyColumn` and `totalRowCount`, and no
 * primary-key flag; no source shows one. So a flag is looked for under the names it plausibly has (`isPrimary`,
 * `isPrimaryKey`, `primaryKey`, `isKey`), or a `primaryKeys`/`primaryKey` list of names, in `columns`, `fields` or
 * `tableColumns` (at the top, under `table` or `schema`). `flagged` says whether any flag or list was there at all:
 * without one, an empty `keys` means "not shown", not "none". Undefined when no column list is there.
 */
function primaryKeyOf(definition) {
    const holders = [
        definition,
        definition.table,
        definition.schema,
        definition.table?.schema,
    ].filter((holder) => holder !== null && typeof holder === 'object');
    const FLAGS = ['isPrimary', 'isPrimaryKey', 'primaryKey', 'isKey'];
    for (const holder of holders) {
        const listed = [holder.primaryKeys, holder.primaryKey].find((value) => Array.isArray(value));
        const columns = ([holder.columns, holder.fields, holder.tableColumns].find((value) => Array.isArray(value)) ??
            []);
        if (columns.length === 0 && !listed && !Array.isArray(holder.columns))
            continue;
        const nameOf = (column) => String(column.name ?? column.columnName ?? column.fieldName);
        const names = columns.map(nameOf);
        const fields = [...new Set(columns.flatMap((column) => Object.keys(column)))];
        if (listed)
            return { keys: listed.map(String), flagged: true, columns: names, fields };
        const flagged = columns.some((column) => FLAGS.some((flag) => typeof column[flag] === 'boolean'));
        const keys = columns.filter((column) => FLAGS.some((flag) => column[flag] === true)).map(nameOf);
        return { keys, flagged, columns: names, fields };
    }
    return undefined;
}
function reasonOf(envelope, body) {
    return envelope.message || envelope.actionResult || body.slice(0, 200) || 'no details';
}
/**
 * D·engage refuses an address outside the account's allowlist with a 403 before any credential check: public code
 * sees it as an empty body (d-telco) and as a reason in `actionResult` (or `message`) naming the allowlist
 * (Dengage-PreSales/demo-ai: "not whitelisted", "forbidden for").
 */
function ipRefused(answer) {
    if (answer.status !== 403)
        return false;
    if (answer.body.trim() === '')
        return true;
    const envelope = parseJson(answer.body);
    return /white-?list|allow-?list|forbidden for/i.test(`${envelope.actionResult ?? ''} ${envelope.message ?? ''}`);
}
function ipAllowlistMessage(url, body) {
    const envelope = body.trim() === '' ? {} : parseJson(body);
    const reason = envelope.actionResult || envelope.message;
    // The address D·engage names is the runner's own, not a secret; the reason is cut short as any vendor text.
    const said = reason ? ` (D·engage said: "${reason.slice(0, 200)}")` : ' with an empty 403';
    return `D·engage refused ${safeUrl(url)}${said} before checking any credentials: the account accepts API calls only from allowlisted IP addresses. GitHub-hosted runners have no fixed address; run this job on a self-hosted runner with a fixed address and add that address to the account's allowlist`;
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
    create: (options, http) => new DengageProvider(options, http),
});

;// CONCATENATED MODULE: ./lib/core/job-clock.js
/**
 * When to look at a job first: as late as jobs like it have taken, never later. A job is expected to take at least as
 * long as the quickest finished job of the same kind that was no larger; polling before that only finds it running.
 * With nothing comparable seen yet, the default first wait stands. Durations are the vendor's own (created to
 * completed, one clock), so a skewed local clock changes nothing.
 */
class JobClock {
    seen = new Map();
    /** A finished job: its kind, its size (rows, or 0 when unknown) and how long the vendor says it took. */
    record(kind, size, ms) {
        if (!Number.isFinite(ms) || ms <= 0)
            return;
        const list = this.seen.get(kind) ?? [];
        list.push({ size, ms });
        this.seen.set(kind, list);
    }
    /**
     * How long a job of this kind and size is expected to take at least (ms), or undefined when no finished job says:
     * the quickest of those no larger (any size when this one's is unknown).
     */
    expectedMs(kind, size) {
        let quickest;
        for (const job of this.seen.get(kind) ?? []) {
            if (size > 0 && job.size > size)
                continue;
            if (quickest === undefined || job.ms < quickest)
                quickest = job.ms;
        }
        return quickest;
    }
    /**
     * The first wait for a job started `elapsedMs` ago: until it is expected to be done, between `first` (the default,
     * and the shortest) and `longest`.
     */
    firstWait(kind, size, elapsedMs, wait) {
        const expected = this.expectedMs(kind, size);
        if (expected === undefined)
            return wait.first;
        return Math.min(wait.longest, Math.max(wait.first, expected - elapsedMs));
    }
}
/** Milliseconds from a job's created to its completed time, as the vendor wrote them; NaN when either is missing. */
function jobDurationMs(created, completed) {
    if (!created || !completed)
        return Number.NaN;
    return Date.parse(completed) - Date.parse(created);
}

// EXTERNAL MODULE: ./lib/core/references.js
var references = __webpack_require__(1237);
// EXTERNAL MODULE: ./lib/core/schema.js
var schema = __webpack_require__(34920);
// EXTERNAL MODULE: ./lib/core/table-csv.js
var table_csv = __webpack_require__(78174);
;// CONCATENATED MODULE: ./lib/providers/poll.js


/** Polls longer than this are waited a tenth of the job's age; shorter ones at most this far apart. */
const YOUNG_POLL_MS = 1000;
/** The wait before the next poll of a job this old (ms). */
function nextPollWait(ageMs, pollMs) {
    const wanted = Math.max(YOUNG_POLL_MS, Math.floor(ageMs / 10));
    return Math.max(pollMs.first, Math.min(wanted, pollMs.longest));
}
/**
 * Polls until `done`, waiting `first` and then as `nextPollWait` says, and gives up (a ProviderError) once `timeoutMs`
 * would pass.
 */
async function pollUntil(poll, done, options) {
    const clock = options.clock ?? core_clock/* realClock */.d;
    const started = clock.now();
    const deadline = started + options.timeoutMs;
    // The job was just started (or found running): the first poll waits too, as a poll at once would find it unfinished.
    let wait = options.firstWaitMs ?? options.pollMs.first;
    let state;
    for (;;) {
        if (state !== undefined && clock.now() + wait > deadline) {
            throw new providers_provider/* ProviderError */.mZ(options.stillRunning(state, options.timeoutMs));
        }
        await clock.sleep(Math.min(wait, Math.max(0, deadline - clock.now())));
        state = await poll();
        if (done(state))
            return state;
        wait = nextPollWait(clock.now() - started, options.pollMs);
    }
}

// EXTERNAL MODULE: ./lib/core/key-index.js
var key_index = __webpack_require__(65749);
;// CONCATENATED MODULE: ./lib/providers/row-file.js



const SEPARATOR = '\u0000';
/** Rows are gathered to this many bytes a write: a buffer each store keeps while it lives (two at a read-back). */
const WRITE_BYTES = 64 * 1024;
/** Row offsets a page: 64 KiB. */
const OFFSETS_SHIFT = 13;
const OFFSETS_PAGE = 1 << OFFSETS_SHIFT;
let made = 0;
/** A store no longer referenced closes its file (a run plans many tables in one process). */
const closing = new FinalizationRegistry((fd) => {
    try {
        (0,external_node_fs_.closeSync)(fd);
    }
    catch {
        // Closed already.
    }
});
/**
 * Rows kept in a file of the run's folder, not in memory: each row its cells joined as UTF-8, read back by index
 * (one read of its bytes). A live table of 150,000 rows then costs 8 bytes a row in memory. A row UTF-8 cannot
 * hold exactly (a lone surrogate) or that holds the separator is kept in memory, as are only those.
 */
class RowFile {
    fd;
    /**
     * Where each row starts in the file (row i ends where row i + 1 starts), in pages of OFFSETS_PAGE: added as rows come,
     * never copied into a larger array, which left each smaller copy to malloc (a table's count is rarely known first).
     */
    starts = [];
    count = 0;
    /** Bytes in the file and waiting in `pending`. */
    size = 0;
    pending = Buffer.allocUnsafe(WRITE_BYTES);
    pendingBytes = 0;
    read = Buffer.allocUnsafe(64 * 1024);
    /** Where the bytes in `read` come from in the file, and how many there are. */
    readFrom = 0;
    readBytes = 0;
    lastAsked = -1;
    held = new Map();
    file;
    /** A new file in `folder` (made here, never one that was there: O_EXCL, without following a link). */
    constructor(folder) {
        this.file = external_node_path_.join(folder, `live-rows-${process.pid}-${++made}.bin`);
        this.fd = (0,external_node_fs_.openSync)(this.file, external_node_fs_.constants.O_RDWR | external_node_fs_.constants.O_CREAT | external_node_fs_.constants.O_EXCL | (external_node_fs_.constants.O_NOFOLLOW ?? 0), 0o600);
        closing.register(this, this.fd, this);
        // Where a system allows it, the name goes at once: the rows live as long as the process, and nothing is left.
        try {
            (0,external_node_fs_.unlinkSync)(this.file);
        }
        catch {
            // Kept in the run's folder, which is the run's own.
        }
    }
    get length() {
        return this.count;
    }
    get rowsHeld() {
        return this.held.size;
    }
    push(cells) {
        const index = this.count++;
        this.setStart(index, this.size);
        const text = cells.join(SEPARATOR);
        if (cells.length === 0 || !(0,key_index/* isWellFormed */.UC)(text) || cells.some((cell) => cell.includes(SEPARATOR))) {
            this.held.set(index, cells);
        }
        else {
            if (this.pendingBytes + text.length * 3 > WRITE_BYTES)
                this.flush();
            if (text.length * 3 > WRITE_BYTES) {
                const bytes = Buffer.from(text, 'utf8');
                (0,external_node_fs_.writeSync)(this.fd, bytes, 0, bytes.length, this.size);
                this.size += bytes.length;
            }
            else {
                const written = this.pending.write(text, this.pendingBytes, 'utf8');
                this.pendingBytes += written;
                this.size += written;
            }
        }
        this.setStart(index + 1, this.size);
    }
    get(index) {
        if (index < 0 || index >= this.count)
            return undefined;
        const held = this.held.get(index);
        if (held) {
            this.lastAsked = index;
            return held;
        }
        return this.readText(index).split(SEPARATOR);
    }
    /** A row's cells joined by U+0000, read as one string (undefined for a row held in memory). */
    text(index) {
        if (index < 0 || index >= this.count)
            return undefined;
        if (this.held.has(index)) {
            this.lastAsked = index;
            return undefined;
        }
        return this.readText(index);
    }
    readText(index) {
        const asked = this.lastAsked;
        this.lastAsked = index;
        this.flush();
        const start = this.startOf(index);
        const end = this.startOf(index + 1);
        // Rows asked in the file's order (a plan's compare, mostly) are read 64 KiB at a time; one asked out of order (a
        // snapshot in key order) alone, so that a table read in another order is not read many times over.
        if (start < this.readFrom || end > this.readFrom + this.readBytes) {
            if (end - start > this.read.length)
                this.read = Buffer.allocUnsafe(end - start);
            const ahead = index === asked + 1 ? this.read.length : end - start;
            const want = Math.min(ahead, this.size - start);
            let done = 0;
            while (done < want) {
                const got = (0,external_node_fs_.readSync)(this.fd, this.read, done, want - done, start + done);
                if (got === 0)
                    break;
                done += got;
            }
            if (done < end - start)
                throw new Error(`the live rows' file ${this.file} ended early`);
            this.readFrom = start;
            this.readBytes = done;
        }
        return this.read.toString('utf8', start - this.readFrom, end - this.readFrom);
    }
    setStart(index, offset) {
        const page = index >>> OFFSETS_SHIFT;
        let offsets = this.starts[page];
        if (offsets === undefined) {
            offsets = new Float64Array(OFFSETS_PAGE);
            this.starts[page] = offsets;
        }
        offsets[index & (OFFSETS_PAGE - 1)] = offset;
    }
    startOf(index) {
        return this.starts[index >>> OFFSETS_SHIFT][index & (OFFSETS_PAGE - 1)];
    }
    close() {
        closing.unregister(this);
        (0,external_node_fs_.closeSync)(this.fd);
    }
    flush() {
        if (this.pendingBytes === 0)
            return;
        const at = this.size - this.pendingBytes;
        let done = 0;
        while (done < this.pendingBytes) {
            done += (0,external_node_fs_.writeSync)(this.fd, this.pending, done, this.pendingBytes - done, at + done);
        }
        this.pendingBytes = 0;
    }
}

// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
;// CONCATENATED MODULE: ./lib/providers/upload-file.js



let upload_file_made = 0;
/** Bytes read from the file at a time while it is sent. */
const CHUNK_BYTES = 64 * 1024;
/**
 * An upload written to a file of the run's folder and sent from it: a whole table's CSV is never one string and a
 * copy of it in a Buffer. Made with O_EXCL and 0600, without following a link, and unlinked at once where the system
 * allows it (the open file lives as long as this object, and nothing is left behind).
 */
class UploadFile {
    fd;
    size = 0;
    closed = false;
    unlinked = false;
    encoded = Buffer.allocUnsafe(CHUNK_BYTES);
    file;
    constructor(folder) {
        this.file = external_node_path_.join(folder, `upload-${process.pid}-${++upload_file_made}.csv`);
        this.fd = (0,external_node_fs_.openSync)(this.file, external_node_fs_.constants.O_RDWR | external_node_fs_.constants.O_CREAT | external_node_fs_.constants.O_EXCL | (external_node_fs_.constants.O_NOFOLLOW ?? 0), 0o600);
        try {
            (0,external_node_fs_.unlinkSync)(this.file);
            this.unlinked = true;
        }
        catch {
            // A system that cannot unlink an open file (Windows): unlinked when closed.
        }
    }
    get length() {
        return this.size;
    }
    write(text) {
        // Encoded into one buffer for the file's life: a Buffer a batch (1,500 for 150,000 rows) would be left to the
        // collector, and its memory to malloc, until a collection came.
        const fits = text.length * 3 <= this.encoded.length;
        const bytes = fits ? this.encoded : Buffer.from(text, 'utf8');
        const length = fits ? this.encoded.write(text, 0, 'utf8') : bytes.length;
        let done = 0;
        while (done < length)
            done += (0,external_node_fs_.writeSync)(this.fd, bytes, done, length - done, this.size + done);
        this.size += length;
    }
    /**
     * The file from its start, for one attempt: each attempt reads it afresh, and the file stays open for the next (a
     * file stream would close it when the request destroys the stream).
     */
    open() {
        const { fd, size } = this;
        return external_node_stream_.Readable.from((async function* () {
            for (let at = 0; at < size;) {
                const chunk = Buffer.allocUnsafe(Math.min(CHUNK_BYTES, size - at));
                const got = await new Promise((resolve, reject) => (0,external_node_fs_.read)(fd, chunk, 0, chunk.length, at, (error, bytes) => (error ? reject(error) : resolve(bytes))));
                if (got === 0)
                    throw new Error('the upload file ended early');
                at += got;
                yield got === chunk.length ? chunk : chunk.subarray(0, got);
            }
        })(), { objectMode: false });
    }
    close() {
        if (this.closed)
            return;
        this.closed = true;
        (0,external_node_fs_.closeSync)(this.fd);
        if (this.unlinked)
            return;
        try {
            (0,external_node_fs_.unlinkSync)(this.file);
        }
        catch {
            // Left in the run's folder, which is the run's own.
        }
    }
}

;// CONCATENATED MODULE: ./lib/providers/genesys/audit.js
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

;// CONCATENATED MODULE: ./lib/providers/genesys/lookups.js

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
    const query = new URLSearchParams({ pageNumber: String(page), pageSize: String(references/* IDS_PER_LOOKUP */.i6) });
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

;// CONCATENATED MODULE: ./lib/providers/genesys/client.js





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
    const error = parseJson(body);
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
        return AUDIT_PERMISSION;
    // The lookups of objects a reference column names (lookups.ts).
    const lookup = Object.values(LOOKUPS).find((call) => call.path === path);
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
        this.session = new BearerSession(http, () => this.login());
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
            throw new providers_provider/* ProviderError */.mZ(this.http.redact(`Genesys rejected a fresh access token while trying to ${action} (401): ${describeGenesysError(response.body)}. ` +
                'Check that the OAuth client is active and its role is in the right division.'));
        }
        if (response.status >= 200 && response.status < 300)
            return response;
        if (redirect === 'return' && response.status >= 300 && response.status < 400)
            return response;
        let message = `Genesys answered ${response.status} to ${req.method} ${safeUrl(url)} while trying to ${action}: ${describeGenesysError(response.body)}`;
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
            throw new providers_provider/* ProviderError */.mZ(`Genesys answered ${action} with something that is not JSON`);
        }
    }
    async login() {
        const url = `${this.connection.loginUrl}/oauth/token`;
        let response;
        try {
            response = await this.http.send({
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
            throw new providers_provider/* ProviderError */.mZ(`Could not reach the Genesys login host: ${error.message}`);
        }
        if (response.status !== 200) {
            const hint = response.status === 400 || response.status === 401
                ? ' Check genesys-client-id, genesys-client-secret and genesys-region (the client must use the Client Credentials grant).'
                : '';
            // Genesys' login host says why in `description` (not OAuth's usual `error_description`).
            const error = parseJson(response.body);
            const detail = [error.error, error.description || error.error_description || error.message].filter(Boolean).join(': ') ||
                `status ${response.status}`;
            throw new providers_provider/* ProviderError */.mZ(this.http.redact(`Genesys login at ${safeUrl(url)} failed (${response.status}): ${detail}.${hint}`));
        }
        const token = parseJson(response.body).access_token;
        if (typeof token !== 'string' || token === '') {
            throw new providers_provider/* ProviderError */.mZ('Genesys login answered without an access_token');
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
class GenesysApiError extends providers_provider/* ProviderError */.mZ {
    status;
    constructor(message, status) {
        super(message);
        this.status = status;
    }
}
function basicCredentials(connection) {
    return Buffer.from(`${connection.clientId}:${connection.clientSecret}`).toString('base64');
}

// EXTERNAL MODULE: ./lib/core/live-records.js
var live_records = __webpack_require__(30102);
// EXTERNAL MODULE: ./lib/core/problems.js
var problems = __webpack_require__(70571);
;// CONCATENATED MODULE: ./lib/providers/genesys/export-file.js




/** Longest chain of redirects followed to reach the file. */
const MAX_REDIRECTS = 5;
/**
 * Fetches an export's file as public clients do: the last path segment of `downloadURI` is a download id; the
 * Downloads API (bearer token, `issueRedirect=false`) answers with a signed storage URL, fetched without any
 * Authorization header. A 303 instead of the URL is followed the same way. The token never leaves the API host:
 * `downloadURI` itself may name another Genesys host (`apps.<region>/platform/api/v2/downloads/<id>`), and only its id is used.
 */
async function downloadExport(client, downloadUri, action, 
/** The largest file the table's limits allow (its rows by the longest row): a larger answer is refused. */
maxBytes, 
/** Reads the file as it arrives (it is never held whole). */
read) {
    const id = downloadIdOf(downloadUri);
    if (!id)
        throw new providers_provider/* ProviderError */.mZ(`Could not ${action}: the export's downloadURI has no download id`);
    const answer = await client.call({ method: 'GET', path: `/api/v2/downloads/${encodeURIComponent(id)}?issueRedirect=false`, redirect: 'return' }, action);
    const location = answer.headers.location;
    if (answer.status >= 300 && answer.status < 400 && typeof location === 'string') {
        const url = new URL(location, client.apiUrl).toString();
        await fetchSigned(client.http, url, action, maxBytes, read);
        return { how: `a ${answer.status} redirect from the Downloads API` };
    }
    const url = parseJson(answer.body).url;
    if (typeof url !== 'string' || url === '') {
        throw new providers_provider/* ProviderError */.mZ(`Could not ${action}: the Downloads API answered without a url`);
    }
    await fetchSigned(client.http, url, action, maxBytes, read);
    return { how: 'a signed URL from the Downloads API' };
}
/** The download id: the last path segment of downloadURI (`.../downloads/<id>`). */
function downloadIdOf(downloadUri) {
    try {
        const segments = new URL(downloadUri, 'https://api.invalid').pathname.split('/').filter(Boolean);
        const last = segments.at(-1);
        return last ? decodeURIComponent(last) : undefined;
    }
    catch {
        return undefined;
    }
}
/** GETs a signed storage URL, following redirects, never with a token: the URL's signature is the credential. */
async function fetchSigned(http, url, action, maxBytes, read) {
    let current = url;
    for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
        requireSecureUrl(current, `the export download for "${action}"`);
        http.addUrlSecrets(current);
        // A whole table's file: longer than a JSON answer may take, and as large as the table's limits allow.
        const response = await http.send({
            method: 'GET',
            url: current,
            maxResponseBytes: maxBytes,
            deadlineMs: 15 * 60_000,
            consume: read,
        });
        const location = response.headers.location;
        if (response.status >= 300 && response.status < 400 && typeof location === 'string') {
            current = new URL(location, current).toString();
            continue;
        }
        if (response.status >= 200 && response.status < 300)
            return;
        throw new providers_provider/* ProviderError */.mZ(http.redact(`Could not ${action}: storage at ${safeUrl(current)} answered ${response.status}`));
    }
    throw new providers_provider/* ProviderError */.mZ(`Could not ${action}: more than ${MAX_REDIRECTS} redirects`);
}
/**
 * Reads the export's CSV as it arrives (a string, bytes, or chunks). Which header Genesys writes is unsettled (field ids or titles), so each column is matched
 * by field id first, then by title; a column that matches no field, a field with no column, or no key column is an
 * error naming it: nothing is dropped silently.
 */
async function readExportFile(tableName, schema, source, 
/** Where the rows are kept (a file of the run's folder); none: in memory. */
rows) {
    const fail = (detail) => new providers_provider/* ProviderError */.mZ(`The export of table "${tableName}" cannot be read: ${detail}`);
    let csv;
    try {
        csv = await (0,live_records/* readCsvRecords */.Jx)(source, `export of ${tableName}`, {}, rows);
    }
    catch (error) {
        if (error instanceof problems/* DataFileError */.t1)
            throw fail(error.message);
        throw error;
    }
    if (csv.problems.length > 0)
        throw fail(csv.problems[0]?.message ?? 'malformed CSV');
    const byId = new Map(schema.fields.map((field) => [field.name, field]));
    const byTitle = new Map(schema.fields.map((field) => [field.title, field]));
    const columns = csv.header.map((name) => {
        const field = byId.get(name) ?? byTitle.get(name);
        if (!field) {
            throw fail(`its column "${name}" is neither a field id nor a title of the table's schema (${schema.fields.map((f) => `"${f.name}"`).join(', ')}); the schema and the export disagree, so nothing was planned`);
        }
        return { name, field };
    });
    for (const field of schema.fields) {
        if (!columns.some((column) => column.field === field)) {
            throw fail(field.isKey
                ? `it has no key column ("${field.name}" or "${field.title}")`
                : `it has no column for the field "${field.name}" (title "${field.title}")`);
        }
    }
    const records = csv.renamed(new Map(columns.map((column) => [column.name, column.field.name])));
    return { header: { columns }, records };
}

;// CONCATENATED MODULE: ./lib/providers/genesys/readers.js
/** The first page is all a plan asks for: the SDK's default size, and `total` says how many more there are. */
const READERS_PAGE_SIZE = 25;
/** Dependency tracking's type names, as the SDKs' Dependency.TypeEnum spells them, in a reviewer's words. */
const KINDS = {
    INBOUNDCALLFLOW: 'inbound call flow',
    INBOUNDCHATFLOW: 'inbound chat flow',
    INBOUNDEMAILFLOW: 'inbound email flow',
    INBOUNDSHORTMESSAGEFLOW: 'inbound message flow',
    INQUEUECALLFLOW: 'in-queue call flow',
    INQUEUEEMAILFLOW: 'in-queue email flow',
    INQUEUESHORTMESSAGEFLOW: 'in-queue message flow',
    OUTBOUNDCALLFLOW: 'outbound call flow',
    SECURECALLFLOW: 'secure call flow',
    SURVEYINVITEFLOW: 'survey invite flow',
    COMMONMODULEFLOW: 'common module flow',
    BOTFLOW: 'bot flow',
    DIGITALBOTFLOW: 'digital bot flow',
    VOICEFLOW: 'voice flow',
    VOICEMAILFLOW: 'voicemail flow',
    WORKFLOW: 'workflow',
    WORKITEMFLOW: 'workitem flow',
};
/** A type's words: known ones as above, others lower-cased with FLOW set apart ("FOOFLOW" -> "foo flow"). */
function readerKind(type) {
    if (!type)
        return '';
    return KINDS[type] ?? type.toLowerCase().replace(/(.)flow$/, '$1 flow');
}
/** Whether a type is a flow of some kind (every flow type's name ends in FLOW). */
function isFlow(type) {
    return typeof type === 'string' && /FLOW$/.test(type);
}
/** Why the readers dependency tracking gives may be incomplete, or undefined when its index is built and current. */
function buildUnknown(status) {
    switch (status) {
        case 'OPERATIONAL':
            return undefined;
        case 'BUILDINITIALIZING':
        case 'BUILDINPROGRESS':
            return `dependency tracking is being built (${status})`;
        case 'NOTBUILT':
            return 'dependency tracking has not been built in this org (NOTBUILT)';
        case 'OPERATIONALNEEDSREBUILD':
            return 'dependency tracking needs a rebuild (OPERATIONALNEEDSREBUILD)';
        case undefined:
            return "dependency tracking's build state could not be read";
        default:
            return `dependency tracking's build state is ${status}`;
    }
}
/**
 * The first page of a table's consumers as TableReaders: deleted ones left out, each consumer once (a flow with a
 * saved and a published version is listed twice: counted by id), the rest counted from `total`. A consumer whose
 * state dependency tracking does not know says so; while the index is not built (`status` other than OPERATIONAL) the
 * readers are "unknown" rather than none.
 */
function readersOf(listing, status) {
    const entities = listing.entities ?? [];
    const seen = new Set();
    const live = entities.filter((entity) => {
        if (entity.deleted === true || typeof entity.name !== 'string')
            return false;
        const identity = entity.id ?? `${entity.type}:${entity.name}`;
        if (seen.has(identity))
            return false;
        seen.add(identity);
        return true;
    });
    const leftOutOnPage = entities.length - live.length;
    const total = Math.max(live.length, (typeof listing.total === 'number' ? listing.total : entities.length) - leftOutOnPage);
    const unknown = buildUnknown(status);
    return {
        total,
        shown: live.map((entity) => {
            const kind = readerKind(entity.type);
            return { name: entity.name, kind: entity.stateUnknown ? `${kind || 'resource'}, state unknown` : kind };
        }),
        allFlows: live.every((entity) => isFlow(entity.type)),
        source: 'Genesys dependency tracking',
        ...(unknown ? { unknown } : {}),
    };
}

;// CONCATENATED MODULE: ./lib/providers/genesys/schema.js

const FIELD_TYPES = ['string', 'integer', 'number', 'boolean'];
/** Genesys describes a table as JSON Schema: `properties` by field name, the key always named `key`. */
function schemaFromJson(tableName, json) {
    const properties = json?.properties;
    if (!properties || typeof properties !== 'object' || !properties.key) {
        throw new providers_provider/* ProviderError */.mZ(`Genesys returned no usable schema for table "${tableName}" (no "key" property)`);
    }
    const fields = Object.entries(properties).map(([name, property]) => {
        const type = property.type ?? 'string';
        if (!FIELD_TYPES.includes(type)) {
            throw new providers_provider/* ProviderError */.mZ(`table "${tableName}" field "${name}" has type "${type}"; this action knows ${FIELD_TYPES.join(', ')}`);
        }
        const field = { name, title: property.title || name, type: type, isKey: name === 'key' };
        // Absent, null and "" are all "no default" (sameDefault): an empty one is never kept as a value.
        if (isCellValue(property.default) && property.default !== '')
            field.default = property.default;
        if (typeof property.minimum === 'number')
            field.minimum = property.minimum;
        if (typeof property.maximum === 'number')
            field.maximum = property.maximum;
        if (typeof property.maxLength === 'number')
            field.maxLength = property.maxLength;
        if (typeof property.minLength === 'number')
            field.minLength = property.minLength;
        return field;
    });
    const order = (name) => properties[name]?.displayOrder ?? Number.MAX_SAFE_INTEGER;
    fields.sort((a, b) => Number(b.isKey) - Number(a.isKey) || order(a.name) - order(b.name));
    return { fields };
}
function isCellValue(value) {
    return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}
/**
 * A schema as Genesys takes it on create and update (the SDK's DataTable `schema`): JSON Schema draft-04, the key
 * property named `key`, `required: ["key"]`, no other properties allowed, each property with `$id` and `displayOrder`.
 */
function schemaToJson(schema) {
    const properties = {};
    schema.fields.forEach((field, index) => {
        properties[field.name] = {
            title: field.title,
            type: field.type,
            $id: `/properties/${field.name}`,
            displayOrder: index,
            ...(field.default !== undefined && field.default !== '' ? { default: field.default } : {}),
            ...(field.minimum !== undefined ? { minimum: field.minimum } : {}),
            ...(field.maximum !== undefined ? { maximum: field.maximum } : {}),
            ...(field.maxLength !== undefined ? { maxLength: field.maxLength } : {}),
            ...(field.minLength !== undefined ? { minLength: field.minLength } : {}),
        };
    });
    return {
        $schema: 'http://json-schema.org/draft-04/schema#',
        type: 'object',
        required: ['key'],
        additionalProperties: false,
        properties,
    };
}

;// CONCATENATED MODULE: ./lib/providers/genesys/index.js
















const DEFAULT_LIMITS = { maxRows: 5000, maxKeyLength: 256 };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TABLES_PAGE_SIZE = 100;
/**
 * Rows per page of the rows API. The maximum is not documented: 500 is asked first and, when Genesys refuses it, 100
 * (the largest a public source uses, Terraform), remembered for the rest of the run. A server that answers fewer rows
 * than asked says so in the listing's `pageSize`, which is then what a page holds.
 */
const ROWS_PAGE_SIZES = [500, 100];
/**
 * Tables that fit in this many pages are read through the rows API (no job to wait for); larger ones through an
 * export job, which costs about as many requests (start, polls, the Downloads API, storage) whatever the size, plus
 * the job's run time: see docs/benchmarks.md.
 */
const ROWS_API_MAX_PAGES = 5;
/** Bounds every listing loop: far more pages than any table or org has. */
const MAX_PAGES = 1000;
const FINISHED = new Set(['Succeeded', 'Failed']);
/** 404s in a row that a job's status may answer before it is visible; with the poll waits, a few seconds. */
const JOB_NOT_FOUND_POLLS = 4;
/** Genesys Cloud Architect data tables, through the CSV import job flow (`import/csv/jobs`). */
class GenesysProvider {
    name = 'genesys';
    capabilities = {
        readsLiveRows: true,
        deletes: true,
        reportsJobStatus: true,
        describe: 'Genesys Cloud data tables',
        replacesWholeTable: true,
        fixedKeyName: 'key',
        // The Terraform provider's acceptance test PUTs new titles (the key's too) and defaults on existing fields against
        // a real org; "Manage a data table": "You can rename the reference key label and the custom field labels".
        schemaChanges: ['title', 'default'],
        // The Terraform provider waits up to 60 s for a deleted row to stop reading back (architect_datatable_row:
        // WithRetries(ctx, 60*time.Second, ...)): reads lag behind writes that long.
        readLagMs: 60_000,
    };
    client;
    limits;
    pollMs;
    exportTimeoutMs;
    rowsApiMaxPages;
    /** The rows page size this run settled on (the first Genesys took). */
    rowsPageSize = ROWS_PAGE_SIZES[0];
    log;
    rowsFolder;
    /** A schema change is read back until it shows, this long at most (Genesys is eventually consistent here). */
    schemaReadBackMs = 60_000;
    /** Every table the OAuth client can see, when expectTables listed them. */
    tableListing;
    /** Each table as Genesys last answered it (description, division, schema JSON): a PUT sends it back whole. */
    entities = new Map();
    /** Each table's export header, as read in this run: the import file copies it (see importHeader). */
    exportHeaders = new Map();
    /** How long this run's jobs took: a job's first poll comes when jobs like it were done, not before. */
    jobClock = new JobClock();
    startedJobs = new Map();
    /** Dependency tracking's build state, asked once per run (when a changed table's readers are first asked). */
    dependencyBuild;
    constructor(options, http) {
        this.client = new GenesysClient(options, http);
        this.limits = { ...DEFAULT_LIMITS, ...options.limits };
        // Real export and import jobs take 2 s at the least: a first look after 1 s, then at most a second apart while
        // young, notices them within a second of their end with two or three polls.
        this.pollMs = options.pollMs ?? { first: 1000, longest: 30_000 };
        this.exportTimeoutMs = options.exportTimeoutMs ?? 15 * 60_000;
        this.rowsApiMaxPages = options.rowsApiMaxPages ?? ROWS_API_MAX_PAGES;
        this.log = options.log ?? (() => { });
        this.rowsFolder = options.rowsFolder;
    }
    requestCount() {
        return this.client.http.requestCount();
    }
    /**
     * With two names or more, lists every table once (paged at 100, schemas included) instead of one lookup per name,
     * unless the org has so many tables that the listing would take more pages than there are names to find.
     */
    async expectTables(namesOrIds) {
        const names = new Set(namesOrIds.filter((name) => !UUID.test(name)));
        if (names.size < 2)
            return;
        const all = [];
        try {
            for (let page = 1; page <= MAX_PAGES; page++) {
                const listing = await this.listTables(new URLSearchParams(), page, 'list the data tables');
                all.push(...(listing.entities ?? []));
                const pageCount = listing.pageCount ?? 1;
                if (page >= pageCount)
                    break;
                if (page === 1 && pageCount - 1 > names.size)
                    return;
            }
        }
        catch (error) {
            // Each table is then looked up by name, which says what is wrong.
            if (error instanceof providers_provider/* ProviderError */.mZ)
                return;
            throw error;
        }
        this.tableListing = all;
    }
    async getTable(nameOrId) {
        const entity = UUID.test(nameOrId)
            ? await this.getTableById(nameOrId)
            : this.tableListing
                ? exactlyNamed(nameOrId, this.tableListing)
                : await this.findTableByName(nameOrId);
        return this.liveTable(entity);
    }
    /** The table as the plan uses it, remembering the entity as read for a later PUT. */
    liveTable(entity) {
        this.entities.set(entity.id, entity);
        return {
            id: entity.id,
            name: entity.name,
            schema: schemaFromJson(entity.name, entity.schema),
            limits: this.limits,
        };
    }
    async getTableById(id) {
        try {
            return await this.client.json({ method: 'GET', path: `/api/v2/flows/datatables/${encodeURIComponent(id)}?expand=schema` }, `read data table ${id}`);
        }
        catch (error) {
            if (error instanceof GenesysApiError && error.status === 404) {
                throw new providers_provider/* TableNotFoundError */.My(`No Genesys data table has the id ${id} (or the OAuth client cannot see its division)`);
            }
            throw error;
        }
    }
    /** The API's name filter is a wildcard match, so the answer is filtered here to the exact name. */
    async findTableByName(name) {
        const found = [];
        for (let page = 1; page <= MAX_PAGES; page++) {
            const listing = await this.listTables(new URLSearchParams({ name }), page, `find the data table named "${name}"`);
            found.push(...(listing.entities ?? []));
            if (page >= (listing.pageCount ?? 1))
                break;
        }
        return exactlyNamed(name, found);
    }
    listTables(query, page, action) {
        query.set('expand', 'schema');
        query.set('pageSize', String(TABLES_PAGE_SIZE));
        query.set('pageNumber', String(page));
        return this.client.json({ method: 'GET', path: `/api/v2/flows/datatables?${query}` }, action);
    }
    /** Creates a table (`POST /api/v2/flows/datatables`), then waits until it reads back with every field. */
    async createTable(name, schema, division) {
        const created = await this.client.json({
            method: 'POST',
            path: '/api/v2/flows/datatables',
            body: JSON.stringify({
                name,
                description: 'Created by datatable-sync from a schema file in git',
                ...(division ? { division: { id: division } } : {}),
                schema: schemaToJson(schema),
            }),
        }, `create the data table "${name}"`);
        this.tableListing?.push(created);
        return this.readBack(created.id, name, schema.fields, 'created');
    }
    /**
     * `PUT /api/v2/flows/datatables/{id}` replaces the table, so it is sent whole as last read (name, description,
     * division, every property with its `$id` and `displayOrder`), changing only what the schema file changes: new
     * fields, and the titles and defaults of existing ones. Then waits until the table reads back so. The import that
     * follows uses field ids: this run's export header may name old titles, or lack the new columns.
     */
    async updateSchema(table, desired) {
        const entity = this.entities.get(table.id) ?? (await this.getTableById(table.id));
        const json = (entity.schema ?? {});
        const properties = { ...json.properties };
        let order = Math.max(-1, ...Object.values(properties).map((p) => Number(p.displayOrder ?? -1))) + 1;
        for (const field of desired.fields) {
            const existing = properties[field.name];
            if (!existing) {
                const added = schemaToJson({ fields: [field] }).properties;
                properties[field.name] = { ...added[field.name], displayOrder: order++ };
                continue;
            }
            const { default: _old, ...rest } = existing;
            properties[field.name] = {
                ...rest,
                title: field.title,
                // As the Terraform provider does (`if def != ""`): an empty default is sent as none.
                ...(field.default !== undefined && field.default !== '' ? { default: field.default } : {}),
            };
        }
        const body = { ...entity, schema: { ...json, properties } };
        await this.client.json({ method: 'PUT', path: `/api/v2/flows/datatables/${table.id}`, body: JSON.stringify(body) }, `change the columns of "${table.name}"`);
        this.exportHeaders.delete(table.id);
        return this.readBack(table.id, table.name, desired.fields, 'changed');
    }
    /** Reads the table until its schema has every one of `fields`, titles and defaults as given (a change takes a moment). */
    async readBack(id, name, fields, what) {
        const entity = await pollUntil(() => this.getTableById(id).catch((error) => {
            // Just created: a read may not find it yet.
            if (error instanceof providers_provider/* TableNotFoundError */.My)
                return undefined;
            throw error;
        }), (found) => {
            if (found === undefined)
                return false;
            // Compared as a plan reads them (schemaFromJson): a default Genesys answers as null or leaves out when empty
            // is the empty default the file asked for.
            let read;
            try {
                read = schemaFromJson(name, found.schema);
            }
            catch {
                return false;
            }
            return fields.every((field) => {
                const property = read.fields.find((f) => f.name === field.name);
                return (property !== undefined && property.title === field.title && (0,schema/* sameDefault */.Ce)(property.default, field.default));
            });
        }, {
            timeoutMs: this.schemaReadBackMs,
            pollMs: { first: 250, longest: 2000 },
            clock: this.client.http.clock,
            stillRunning: () => `Genesys ${what} the table "${name}" but it did not read back with its new schema within ${this.schemaReadBackMs / 1000} s; run again in a minute`,
        });
        this.log(`${name}: ${what}; it reads back with ${fields.length} column(s)`);
        return this.liveTable(entity);
    }
    /**
     * Every row: through the rows API for a small table (its first page tells how large the table is), else through
     * one export job.
     */
    /**
     * The flows (and other resources) that read the table: the first page of dependency tracking's consumers, read
     * against the index's build state (asked once per run, with the first table): only a built index can say "none".
     */
    async readers(table) {
        const query = new URLSearchParams({ id: table.id, objectType: 'DATATABLE', pageSize: String(READERS_PAGE_SIZE) });
        try {
            this.dependencyBuild ??= this.readDependencyBuild();
            const status = await this.dependencyBuild;
            return readersOf(await this.client.json({ method: 'GET', path: `/api/v2/architect/dependencytracking/consumingresources?${query}` }, `find what reads "${table.name}"`), status);
        }
        catch (error) {
            if (error instanceof GenesysApiError && error.status === 403) {
                throw new providers_provider/* MissingPermissionError */.Ai(error.message, 'architect:dependencyTracking:view');
            }
            throw error;
        }
    }
    readersRoom() {
        // One request a table, and the build state's once a run.
        const room = this.client.http.room(this.client.apiUrl) - (this.dependencyBuild ? 0 : 1);
        return { tables: Math.max(0, room), budget: this.client.budgetWords };
    }
    /** `GET /api/v2/architect/dependencytracking/build` (the SDK's DependencyStatus): its status, or undefined unread. */
    async readDependencyBuild() {
        try {
            const build = await this.client.json({ method: 'GET', path: '/api/v2/architect/dependencytracking/build' }, "read dependency tracking's build state");
            this.log(`Dependency tracking: ${build.status ?? 'no build state given'}`);
            return build.status;
        }
        catch (error) {
            // A refused permission is the consumers' own (the same one): it stops the asking there.
            if (error instanceof GenesysApiError && error.status === 403)
                throw error;
            if (!(error instanceof providers_provider/* ProviderError */.mZ))
                throw error;
            this.log(`Dependency tracking's build state could not be read: ${error.message}`);
            return undefined;
        }
    }
    /**
     * The objects of one kind with these ids: one request (the kind's list call, filtered by every id, a page of 100),
     * more only when an answer says it holds more pages than one. Ids that are not UUIDs are never sent.
     */
    async lookupObjects(kind, ids) {
        const found = new Map();
        const asked = ids.filter((id) => OBJECT_ID.test(id));
        if (asked.length === 0)
            return found;
        const call = LOOKUPS[kind];
        try {
            for (let page = 1; page <= Math.max(1, asked.length); page++) {
                const listing = await this.client.json({ method: 'GET', path: `${call.path}?${lookupQuery(kind, asked, page)}` }, `look up ${asked.length} ${references/* REFERENCE_WORDS */.Ab[kind]} id(s)`);
                foundIn(listing, asked, found);
                if (page >= (listing.pageCount ?? 1) || (listing.entities ?? []).length === 0)
                    break;
            }
        }
        catch (error) {
            // A call the SDK lists no permission for (users) is refused for another reason: said as it is, not as a role gap.
            if (error instanceof GenesysApiError && error.status === 403 && call.permission) {
                throw new providers_provider/* MissingPermissionError */.Ai(error.message, call.permission);
            }
            throw error;
        }
        return found;
    }
    auditDays = AUDIT_DAYS;
    /**
     * The audit log's entries for these tables: the Datatables service's newest entries (AUDIT_MAX_PAGES pages at most,
     * every table matched in them), then, for a table they name nowhere, one page of the Architect service filtered by
     * its id. Every request through the one HTTP client, paced by the org's rate limit.
     */
    async tableEdits(tables, since, until) {
        const edits = [];
        const found = new Set();
        const take = (listing) => {
            for (const entry of listing.entities ?? []) {
                for (const table of tables) {
                    const edit = editFrom(entry, table);
                    if (edit) {
                        edits.push(edit);
                        found.add(table.id);
                    }
                }
            }
        };
        for (let page = 1; page <= AUDIT_MAX_PAGES; page++) {
            const listing = await this.queryAudits(auditQuery(DATATABLES_SERVICE, since, until, page), 'data tables');
            take(listing);
            if (page >= (listing.pageCount ?? 1) || (listing.entities ?? []).length < AUDIT_PAGE_SIZE)
                break;
        }
        for (const table of tables.filter((t) => !found.has(t.id))) {
            take(await this.queryAudits(auditQuery(ARCHITECT_SERVICE, since, until, 1, table.id), table.name));
        }
        return edits;
    }
    /** `POST /api/v2/audits/query/realtime?expand=user`, as AuditApi.postAuditsQueryRealtime sends it. */
    async queryAudits(body, what) {
        try {
            return await this.client.json({
                method: 'POST',
                path: `${AUDIT_PATH}?expand=user`,
                body: JSON.stringify(body),
                idempotent: true, // a query: asking twice changes nothing
            }, `read the audit log of ${what}`);
        }
        catch (error) {
            if (error instanceof GenesysApiError && error.status === 403) {
                throw new providers_provider/* MissingPermissionError */.Ai(error.message, AUDIT_PERMISSION);
            }
            throw error;
        }
    }
    objectIdForm = { pattern: OBJECT_ID, example: '1e0f9a8b-4c2d-4e6f-8a1b-3c5d7e9f0a12' };
    describeOrg() {
        return `the Genesys org at ${new URL(this.client.apiUrl).host}`;
    }
    async readRows(table) {
        const paged = this.rowsApiMaxPages > 0 ? await this.readRowsPaged(table) : undefined;
        if (paged)
            return paged;
        return this.readRowsExported(table);
    }
    /** One page of rows; a refused page size makes the next smaller one this run's size, and that page is asked again. */
    async rowsPage(table, page) {
        for (;;) {
            const query = new URLSearchParams({
                pageNumber: String(page),
                pageSize: String(this.rowsPageSize),
                showbrief: 'false',
            });
            try {
                return await this.client.json({ method: 'GET', path: `/api/v2/flows/datatables/${table.id}/rows?${query}` }, `read the rows of "${table.name}"`);
            }
            catch (error) {
                const smaller = ROWS_PAGE_SIZES.find((size) => size < this.rowsPageSize);
                if (!(error instanceof GenesysApiError && error.status === 400 && smaller !== undefined))
                    throw error;
                this.log(`${table.name}: Genesys refused pages of ${this.rowsPageSize} rows; reading pages of ${smaller}`);
                this.rowsPageSize = smaller;
            }
        }
    }
    /**
     * The rows, page by page, or undefined when the table is too large for that (or changed while being read). A listing
     * may leave out `total` (the SDK types it optional): pages are read until `pageCount` says the last was read, or,
     * without it, until there is no `nextUri`, or a page comes back short (when the listing says its `pageSize`; a short
     * page that says nothing of paging is confirmed by an empty next one). `total`, when given, only checks the count.
     */
    async readRowsPaged(table) {
        const records = [];
        let total;
        let pages = 0;
        for (let page = 1; page <= MAX_PAGES; page++) {
            const listing = await this.rowsPage(table, page);
            pages = page;
            const entities = listing.entities ?? [];
            const pageSize = listing.pageSize ?? this.rowsPageSize;
            if (page === 1) {
                total = listing.total;
                const size = total ?? (listing.pageCount !== undefined ? listing.pageCount * pageSize : undefined);
                if (size !== undefined && Math.ceil(size / pageSize) > this.rowsApiMaxPages)
                    return undefined;
            }
            records.push(...entities);
            // A short page that says nothing of paging (no total, pageCount, nextUri or pageSize) may be a silent cap, not
            // the end: the next page is asked, and only an empty one ends the table.
            const silent = listing.total === undefined &&
                listing.pageCount === undefined &&
                listing.nextUri === undefined &&
                listing.pageSize === undefined;
            const more = listing.pageCount !== undefined
                ? page < listing.pageCount
                : listing.nextUri !== undefined
                    ? listing.nextUri !== ''
                    : entities.length >= pageSize || silent;
            if (entities.length === 0 || !more)
                break;
            // Nothing said how large the table is, and it is larger than paging is worth: an export reads it whole.
            if (page >= this.rowsApiMaxPages)
                return undefined;
        }
        // Pages read one after another are not one snapshot: a table that changed meanwhile is read by an export.
        const keys = new Set(records.map((record) => String(record.key)));
        if ((total !== undefined && records.length !== total) || keys.size !== records.length) {
            this.log(`${table.name}: the table changed while its ${pages} page(s) were read; reading it by an export`);
            return undefined;
        }
        return { records, source: `the rows API (${pages} page${pages === 1 ? '' : 's'})` };
    }
    /** Every row through one export job: a handful of requests whatever the table's size. */
    async readRowsExported(table) {
        // A job-start POST is safe to repeat on 503/429 or a dropped connection: an export job has no side effect.
        // The SDK sends no body here.
        const job = await this.client.json({ method: 'POST', path: `/api/v2/flows/datatables/${table.id}/export/jobs`, idempotent: true }, `export table "${table.name}"`);
        this.startedJobs.set(job.id, { kind: 'export', at: this.client.http.clock.now(), size: 0 });
        const done = await this.pollJob(`/api/v2/flows/datatables/${table.id}/export/jobs/${job.id}`, `export of "${table.name}"`, this.exportTimeoutMs, job.id);
        if (done.status !== 'Succeeded' || !done.downloadURI) {
            const reason = done.errorInformation ? describeGenesysError(JSON.stringify(done.errorInformation)) : done.status;
            throw new providers_provider/* ProviderError */.mZ(`The export of table "${table.name}" did not succeed: ${reason}`);
        }
        // The table's row limit by a generous longest row (50 fields of 300 characters, quoted): a larger file is refused.
        const maxBytes = Math.max(64 * 1024 * 1024, this.limits.maxRows * 16 * 1024);
        let file;
        const download = await downloadExport(this.client, done.downloadURI, `download the export of "${table.name}"`, maxBytes, async (body) => {
            // A download tried again, or a file refused half-way, must not leave its row file open until collected.
            const store = this.rowsFolder ? new RowFile(this.rowsFolder) : undefined;
            try {
                file = await readExportFile(table.name, schemaOf(table), body, store);
            }
            catch (error) {
                store?.close();
                throw error;
            }
        });
        if (!file)
            throw new providers_provider/* ProviderError */.mZ(`The export of table "${table.name}" could not be read: no file came`);
        this.exportHeaders.set(table.id, file.header);
        const headerKind = file.header.columns.every((c) => c.name === c.field.name) ? 'field ids' : 'titles';
        this.log(`${table.name}: export read through ${download.how}; its header uses ${headerKind}`);
        return { records: file.records, source: 'export job' };
    }
    /**
     * The import file's header, chosen here alone. No source documents which header the CSV import takes; the one
     * file Genesys is sure to accept is its own export, so the import copies exactly the header (names and order) the
     * table's export gave in this run. Without an export in this run: field ids (`key`, then the property names), as
     * a public import sample does.
     */
    importHeader(table) {
        const exported = this.exportHeaders.get(table.id);
        if (exported)
            return exported;
        return { columns: schemaOf(table).fields.map((field) => ({ name: field.name, field })) };
    }
    /** The import file for these rows, and how many rows it holds. */
    importCsv(table, rows) {
        return (0,table_csv/* headerCsvFrom */.cj)(this.importHeader(table).columns, rows);
    }
    /** A CSV import job: the request's rows, in its mode (ReplaceAll deletes what the rows leave out). */
    async import(table, request) {
        return this.startImport(table, request.rows, request.mode);
    }
    async startImport(table, rows, mode) {
        const importMode = mode === 'replace' ? 'ReplaceAll' : 'Append';
        // The file is written (and a streamed file checked to be the planned one) before the job starts: a job started
        // and then abandoned would only add noise to the table's import history.
        // With a run folder, the file is written there and sent from it; else (tests, the CLI's dry runs) held in memory.
        const upload = this.rowsFolder ? new UploadFile(this.rowsFolder) : undefined;
        try {
            return await this.importThrough(table, rows, importMode, upload);
        }
        finally {
            upload?.close();
        }
    }
    /** Writes the import file (to `file`, or in memory), starts the job and uploads the file. */
    async importThrough(table, rows, importMode, file) {
        const written = file
            ? { rows: await (0,table_csv/* writeHeaderCsv */.v2)(this.importHeader(table).columns, rows, (text) => file.write(text)) }
            : await this.importCsv(table, rows);
        const csv = file ?? Buffer.from(written.text, 'utf8');
        // The new CSV job flow; the deprecated POST .../import/jobs start call is never used. Repeating this POST on
        // 503/429 is safe: a job that never gets its upload stays WaitingForUpload and changes nothing.
        const job = await this.client.json({
            method: 'POST',
            path: `/api/v2/flows/datatables/${table.id}/import/csv/jobs`,
            body: JSON.stringify({ importMode }),
            idempotent: true,
        }, `start a CSV import into "${table.name}"`);
        if (!job.id || !job.uploadURI || !job.uploadHeaders || typeof job.uploadHeaders !== 'object') {
            throw new providers_provider/* ProviderError */.mZ(`Genesys started import job ${job.id ?? '(no id)'} without an uploadURI and uploadHeaders`);
        }
        this.startedJobs.set(job.id, { kind: 'import', at: this.client.http.clock.now(), size: written.rows });
        for (const value of Object.values(job.uploadHeaders))
            this.client.http.addSecret(value);
        // The upload URI is signed: a storage error that echoes it must not show the signature anywhere.
        this.client.http.addUrlSecrets(job.uploadURI);
        requireSecureUrl(job.uploadURI, `The uploadURI of import job ${job.id}`);
        const upload = await this.client.http.send({
            method: 'PUT',
            url: job.uploadURI,
            // Exactly the headers Genesys allocated for this upload; no bearer token to the storage host.
            headers: { ...job.uploadHeaders },
            body: csv,
        });
        if (upload.status < 200 || upload.status >= 300) {
            throw new providers_provider/* ProviderError */.mZ(this.client.http.redact(`Uploading the CSV for import job ${job.id} into "${table.name}" was refused (${upload.status}): ${upload.body.slice(0, 300) || 'no details'}. The table was not changed`));
        }
        return { id: job.id };
    }
    async waitForJob(table, job, timeoutMs) {
        const done = await this.pollJob(`/api/v2/flows/datatables/${table.id}/import/jobs/${job.id}`, `import job ${job.id} into "${table.name}"`, timeoutMs, job.id);
        const result = {
            jobId: job.id,
            status: done.status,
            succeeded: done.status === 'Succeeded' && (done.countRecordsFailed ?? 0) === 0,
            updated: done.countRecordsUpdated ?? 0,
            deleted: done.countRecordsDeleted ?? 0,
            failed: done.countRecordsFailed ?? 0,
            // The SDK types every count optional: a job that says nothing of them has not said it changed nothing.
            ...(done.countRecordsUpdated === undefined && done.countRecordsDeleted === undefined
                ? { countsUnknown: true }
                : {}),
        };
        const info = done.errorInformation;
        if (info && (info.message || info.code || info.contextId)) {
            result.error = { message: info.message ?? 'no message', code: info.code, contextId: info.contextId };
        }
        return result;
    }
    /** Assumed: only a `Processing` job is running; one left `WaitingForUpload` never got its file and does nothing. */
    async runningImport(table) {
        const listing = await this.client.json({ method: 'GET', path: `/api/v2/flows/datatables/${table.id}/import/jobs?pageSize=25` }, `list the recent imports into "${table.name}"`);
        const running = (listing.entities ?? []).find((job) => job.status === 'Processing');
        return running ? { id: running.id } : undefined;
    }
    async pollJob(path, what, timeoutMs, jobId) {
        let notFound = 0;
        const poll = async () => {
            try {
                const job = await this.client.json({ method: 'GET', path }, `check the ${what}`);
                notFound = 0;
                return job;
            }
            catch (error) {
                // A job read right after it was created may not be visible yet (eventual consistency): a few 404s are waited out.
                if (error instanceof GenesysApiError && error.status === 404 && ++notFound <= JOB_NOT_FOUND_POLLS) {
                    return { id: '', status: 'not visible yet' };
                }
                throw error;
            }
        };
        const started = this.startedJobs.get(jobId);
        const clock = this.client.http.clock;
        const done = await pollUntil(poll, (job) => FINISHED.has(job.status), {
            timeoutMs,
            pollMs: this.pollMs,
            clock,
            ...(started
                ? { firstWaitMs: this.jobClock.firstWait(started.kind, started.size, clock.now() - started.at, this.pollMs) }
                : {}),
            stillRunning: (job) => `The ${what} was still "${job.status}" after ${Math.round(timeoutMs / 1000)} s (job-timeout); it may still finish in Genesys. Check the table before running again`,
        });
        if (started)
            this.jobClock.record(started.kind, started.size, jobDurationMs(done.dateCreated, done.dateCompleted));
        return done;
    }
}
/** A Genesys table always has its schema (getTable reads it); the interface allows vendors without one. */
function schemaOf(table) {
    if (!table.schema)
        throw new providers_provider/* ProviderError */.mZ(`table "${table.name}" was read without its schema`);
    return table.schema;
}
/** The one table of exactly this name among `found`, or an error saying there is none (or several). */
function exactlyNamed(name, found) {
    const matches = found.filter((entity) => entity.name === name);
    if (matches.length === 1)
        return matches[0];
    if (matches.length > 1) {
        throw new providers_provider/* ProviderError */.mZ(`${matches.length} Genesys data tables are named "${name}" (ids ${matches.map((m) => m.id).join(', ')}); set table to the id of the one to use`);
    }
    const similar = found.filter((entity) => entity.name.toLowerCase() === name.toLowerCase());
    if (similar.length > 0) {
        // Not "not found": a schema file beside the CSV must never create a second table that differs in case only
        // (Genesys would refuse the name anyway, at apply).
        throw new providers_provider/* ProviderError */.mZ(`No Genesys data table is named "${name}"; did you mean ${similar.map((s) => `"${s.name}"`).join(' or ')}? Names match exactly, case included (names differ in case only). Set table to the exact name, or rename the file`);
    }
    throw new providers_provider/* TableNotFoundError */.My(`No Genesys data table is named "${name}" (names match exactly, case included). Check the table input or the CSV file name, or add a schema file beside it to create the table`);
}

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
    create(g, http, { log, rowsFolder }) {
        return new GenesysProvider({
            ...genesysHosts(g.region, g.apiUrl, g.loginUrl),
            clientId: g.clientId,
            clientSecret: g.clientSecret,
            limits: g.limits,
            rateLimit: g.rateLimit,
            log,
            ...(rowsFolder ? { rowsFolder } : {}),
        }, http);
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

;// CONCATENATED MODULE: ./lib/providers/learningbuilder/index.js


/**
 * LearningBuilder's Workflow Import Queue (`POST /API/WorkflowImportQueue/CreateBatch`): rows go straight onto the
 * processing queue as JSON Lines. It has no read API and no status API, and an import adds or updates records: the
 * plan compares the file with its previous version in git, and the apply reports the batch id and its link.
 * The API is for LearningBuilder's internal use for now (their words).
 */
class LearningBuilderProvider {
    name = 'learningbuilder';
    capabilities = {
        readsLiveRows: false,
        deletes: false,
        reportsJobStatus: false,
        describe: 'LearningBuilder',
        replacesWholeTable: false,
    };
    http;
    options;
    batchRows = new Map();
    constructor(options, http) {
        this.options = { ...options, url: options.url.replace(/\/+$/, '') };
        this.http = http;
        http.addSecret(options.apiKey);
    }
    requestCount() {
        return this.http.requestCount();
    }
    /** The "table" is the import: its name labels the batch; the import process id (an input) says where rows go. */
    async getTable(nameOrId) {
        return {
            id: `${this.options.importProcessId}:${nameOrId}`,
            name: nameOrId,
            limits: providers_provider/* NO_TABLE_LIMITS */.MM,
        };
    }
    async readRows() {
        throw new providers_provider/* ProviderError */.mZ('LearningBuilder has no API to read records: the plan compares the file with its previous version');
    }
    async runningImport() {
        return undefined; // no status API: nothing to wait for
    }
    /** A batch of rows to add or update (LearningBuilder deletes nothing): the request's rows. */
    async import(table, request) {
        return this.startImport(table, request.rows);
    }
    async startImport(table, source) {
        const rows = await (0,providers_provider/* rowList */.tX)(source);
        const date = (this.options.now?.() ?? new Date()).toISOString().slice(0, 10).replace(/-/g, '/');
        const query = new URLSearchParams({
            fileName: `${table.name} ${date}`,
            importProcessId: this.options.importProcessId,
            creationPath: this.options.creationPath,
        });
        if (this.options.successEmail)
            query.set('sendSuccessEmailTo', this.options.successEmail);
        if (this.options.failureEmail)
            query.set('sendFailureEmailTo', this.options.failureEmail);
        // JSON Lines: one object per row, keyed by the CSV's own header names.
        const body = rows.map((row) => JSON.stringify(row)).join('\n');
        const url = `${this.options.url}/API/WorkflowImportQueue/CreateBatch?${query}`;
        const answer = await this.http.expectOk({
            method: 'POST',
            url,
            headers: {
                authorization: `apikey ${this.options.apiKey}`,
                'content-type': 'application/x-ndjson',
                accept: 'application/json',
            },
            body,
        }, (refused) => {
            const hint = refused.status === 401 || refused.status === 403
                ? ' Check learningbuilder-api-key: it needs the BeginWorkflowImportProcess permission.'
                : '';
            return `LearningBuilder answered ${refused.status} to POST ${safeUrl(url)}: ${refused.body.slice(0, 300) || 'no details'}.${hint}`;
        });
        const batch = readBatchAnswer(answer.body);
        this.batchRows.set(batch.id, rows.length);
        return batch;
    }
    /**
     * There is no status to wait for: the rows are queued, not yet updated. Validation runs later on LearningBuilder's
     * queue and its results go to the failure email and the batch page.
     */
    async waitForJob(_table, job) {
        const where = this.options.failureEmail
            ? `to ${this.options.failureEmail} (learningbuilder-failure-email)`
            : 'nowhere by email (set learningbuilder-failure-email to get them)';
        const results = `LearningBuilder validates the rows later, on its queue: failures are sent ${where} and shown on the batch page`;
        return {
            jobId: job.id,
            ...(job.url ? { url: job.url } : {}),
            status: 'Queued',
            succeeded: true,
            updated: 0,
            deleted: 0,
            failed: 0,
            queued: this.batchRows.get(job.id) ?? 0,
            note: job.note ? `${job.note}. ${results}` : results,
        };
    }
}
/**
 * The answer's shape is documented only in prose (the batch id and a link to the results). The CreateBatch page's
 * history shows two: `{WorkflowImportQueueBatchId, Url}` and, in an earlier draft, `{queueBatchId, queueBatchDetails}`
 * (the details a link, or an object holding one). Both are read, and a few likely spellings besides; anything else is
 * kept as it came. Never throws: the batch is queued by now, and failing would make a rerun queue it twice.
 */
function readBatchAnswer(body) {
    let answer;
    try {
        const parsed = JSON.parse(body);
        if (parsed !== null && typeof parsed === 'object')
            answer = parsed;
    }
    catch { }
    const pick = (from, names) => names.map((name) => from?.[name]).find((value) => value !== undefined && value !== null);
    const id = pick(answer, [
        'WorkflowImportQueueBatchId',
        'workflowImportQueueBatchId',
        'WORKFLOW_IMPORT_QUEUE_BATCH_ID',
        'queueBatchId',
        'QueueBatchId',
        'batchId',
        'BatchId',
        'id',
        'Id',
    ]);
    const details = pick(answer, ['queueBatchDetails', 'QueueBatchDetails']);
    const urlNames = ['Url', 'url', 'Link', 'link', 'ResultsUrl', 'resultsUrl', 'href'];
    const url = pick(answer, urlNames) ??
        (typeof details === 'string' ? details : pick(details, urlNames));
    if (id !== undefined && (typeof id === 'string' || typeof id === 'number')) {
        return { id: String(id), ...(typeof url === 'string' && /^https?:\/\//i.test(url) ? { url } : {}) };
    }
    const raw = body.trim().replace(/\s+/g, ' ').slice(0, 300);
    return {
        id: 'unknown',
        note: `LearningBuilder queued the batch, but its answer was not the JSON this action reads; it said: "${raw || '(nothing)'}"`,
    };
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
    create: (options, http) => new LearningBuilderProvider({ ...options, now: () => new Date(http.clock.now()) }, http),
});

;// CONCATENATED MODULE: ./lib/providers/talkdesk/index.js






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
/** Only this scope is known to any source, and it covers every record-list call, reading records included. */
const SCOPE = 'record-lists:manage';
/**
 * Records per bulk call (POST, PATCH and DELETE `/record-lists/{id}/records/bulks`) at first: their answers count up to
 * 100 (`total_created`, `total_deleted`, `total_errors`: ">= 0 <= 100" in the reference), so a call takes at most 100.
 * No request limit is documented (public code sends 25): a call refused for its size (413, or a 400 saying so) is
 * sent again in halves, and the smaller size kept for the rest of the run.
 */
const TALKDESK_RECORDS_PER_CALL = 100;
/**
 * How a 400 says the request was too large (a 413 always does). Only words about the request's size: a 400 about a
 * field ("at most 80 characters") is not sent again in halves.
 */
const TOO_LARGE = /too large|too many|payload|entity|request size|body size|number of records|records: ?1 to/i;
/** Waits between reads of a list whose deletions (202) or validation are still under way. */
const POLL_MS = { first: 1000, longest: 15_000 };
/** Keys named in a message, at most. */
const KEYS_SHOWN = 20;
/** Bounds the records paging: 50 records a page, far more pages than any record list has. */
const talkdesk_MAX_PAGES = 10_000;
/** The phone types the API takes (`phone_type`, upper case), by the CSV column the support article names them. */
const PHONE_TYPES = {
    mobile: 'MOBILE',
    home: 'HOME',
    office: 'OFFICE',
    extra1: 'EXTRA_1',
    extra2: 'EXTRA_2',
    extra3: 'EXTRA_3',
    // The older article's single "Phone" column, and this action's earlier spelling.
    phone: 'MOBILE',
    phonenumber: 'MOBILE',
};
/** The record's own fields, by the CSV column (the support article's "First name"...; the API's first_name too). */
const RECORD_FIELDS = {
    firstname: 'first_name',
    lastname: 'last_name',
    timezone: 'timezone',
    priority: 'priority',
    externalid: 'external_id',
    externalprovider: 'external_provider',
};
/** How a header names a column, for matching either spelling: "First name", "first_name", "FIRST NAME". */
const folded = (name) => name.toLowerCase().replace(/[\s_-]+/g, '');
/**
 * The field a CSV column holds: a record field (`first_name`...), a phone of a type (`phone:MOBILE`), or an extra
 * field (`extra:<column>`, kept under the column's own name). "Mandatory & Extra Fields in a List" names the CSV columns
 * First name, Last name, Mobile, Home, Office, Extra 1/2/3, External ID, External Provider, Timezone, Priority; the
 * API names them first_name, phone_numbers[].phone_type MOBILE... Both spellings are read.
 */
function talkdeskField(column) {
    const name = folded(column);
    if (RECORD_FIELDS[name])
        return RECORD_FIELDS[name];
    if (PHONE_TYPES[name])
        return `phone:${PHONE_TYPES[name]}`;
    return `extra:${column}`;
}
const E164 = /^\+[1-9][0-9]{1,14}$/;
/** Talkdesk's rules for a cell, by its column: E.164 phones, names of 1 to 80 characters, priority 1 to 10. */
function checkTalkdeskCell(column, value) {
    const field = talkdeskField(column);
    if (field.startsWith('phone:') && value !== '' && !E164.test(value)) {
        return 'Talkdesk takes phone numbers in E.164 form: a + and the country code, digits only, like +14155550123';
    }
    if ((field === 'first_name' || field === 'last_name') && (value === '' || value.length > 80)) {
        return `Talkdesk requires a ${field === 'first_name' ? 'first' : 'last'} name of 1 to 80 characters for every record`;
    }
    if (field === 'priority' && !/^([1-9]|10)$/.test(value)) {
        return 'Talkdesk priority is a whole number from 1 (lowest) to 10 (highest); a record added without one gets 11, so write it';
    }
    return undefined;
}
/** The record fields the record calls take (documented in the record reference), phones and extra_data aside. */
const WRITABLE = ['first_name', 'last_name', 'timezone', 'priority', 'external_id', 'external_provider'];
/**
 * The field an EXTERNAL list's key is under when the file has an External Provider column: the External ID column,
 * keyed with the provider as the list deduplicates ("X1/crm"; see composeKey).
 */
const EXTERNAL_KEY = 'external_key';
/** A record as Talkdesk returns it, as a row keyed by field (see talkdeskField): each phone under its type. */
function recordToRow(record) {
    const text = (value) => (value === undefined || value === null ? '' : String(value));
    const row = {};
    for (const [name, value] of Object.entries(record.extra_data ?? {}))
        row[`extra:${name}`] = text(value);
    for (const name of WRITABLE) {
        if (record[name] !== undefined && record[name] !== null)
            row[name] = text(record[name]);
    }
    if (row.external_id !== undefined)
        row[EXTERNAL_KEY] = (0,schema/* composeKey */.Q2)(row.external_id, text(record.external_provider));
    for (const phone of record.phone_numbers ?? []) {
        const field = `phone:${String(phone.phone_type ?? '').toUpperCase()}`;
        // The first number of a type is that type's column.
        if (!(field in row))
            row[field] = text(phone.phone_number);
    }
    return row;
}
/** A row of the file as a new record (nothing else known of it). */
function rowToRecord(row) {
    return recordFor(undefined, row);
}
/**
 * The whole record to send for a row: the live record's writable fields (every phone, every extra field, the
 * provider), with the fields the file has columns for set from the row. An emptied cell is sent empty (a phone
 * emptied is taken off; a phone is the first number of its type, as recordToRow reads it). Sent whole, the record is
 * right whether Talkdesk's `replace` replaces the record or merges into it.
 */
function recordFor(base, row) {
    const record = {
        phone_numbers: (base?.phone_numbers ?? []).map((phone) => ({
            phone_number: String(phone.phone_number ?? ''),
            phone_type: String(phone.phone_type ?? ''),
        })),
    };
    for (const name of WRITABLE) {
        const value = base?.[name];
        if (value !== undefined && value !== null)
            record[name] = value;
    }
    // A record added by the API without a priority has 11, which the calls do not take (1 to 10): left out, it stays 11
    // (the default given to a record without one) under either reading of `replace`.
    if (record.priority !== undefined && !/^([1-9]|10)$/.test(String(record.priority)))
        delete record.priority;
    const extra = { ...base?.extra_data };
    for (const [field, value] of Object.entries(row)) {
        const text = String(value);
        if (field.startsWith('phone:')) {
            const type = field.slice(6);
            const at = record.phone_numbers.findIndex((phone) => String(phone.phone_type).toUpperCase() === type);
            if (text === '') {
                if (at >= 0)
                    record.phone_numbers.splice(at, 1);
            }
            else if (at >= 0)
                record.phone_numbers[at] = { phone_number: text, phone_type: type };
            else
                record.phone_numbers.push({ phone_number: text, phone_type: type });
        }
        else if (field.startsWith('extra:')) {
            extra[field.slice(6)] = text;
        }
        else if (field === EXTERNAL_KEY) {
            record.external_id = (0,schema/* keyCell */.I1)(text, String(row.external_provider ?? ''));
        }
        else if (field === 'priority') {
            if (text !== '')
                record.priority = Number(text);
        }
        else if (WRITABLE.includes(field)) {
            // Empty is sent as empty: leaving the field out would keep its old value under a merging replace.
            record[field] = text;
        }
    }
    if (Object.keys(extra).length > 0)
        record.extra_data = extra;
    return record;
}
/**
 * The file's columns as fields (every one text), keyed as the list deduplicates: EXTERNAL lists by External ID with
 * External Provider ("X1/crm"), or by External ID alone when the file has no provider column (then each record keeps
 * its provider); PHONE_NUMBER lists by the file's first phone column. First and last name and a phone column are
 * mandatory for every record (the support article), so a header without them is refused. Two live records the key
 * would not tell apart are refused too, naming them.
 */
function headerSchema(kind, header, file, live) {
    const fields = header.map((title) => ({ name: talkdeskField(title), title, type: 'string', isKey: false }));
    const fail = (message) => {
        throw new problems/* DataFileError */.t1({ kind: 'missing-key-column', file, line: 1, message });
    };
    const has = (name) => fields.some((field) => field.name === name);
    const missing = [!has('first_name') && 'First name', !has('last_name') && 'Last name'].filter(Boolean);
    if (missing.length > 0) {
        fail(`the header has no ${missing.join(' and ')} column; Talkdesk requires both for every record`);
    }
    const phones = fields.filter((field) => field.name.startsWith('phone:'));
    if (phones.length === 0) {
        fail('the header has no phone column; Talkdesk requires at least one of Mobile, Home, Office, Extra 1, Extra 2, Extra 3');
    }
    const key = kind === 'EXTERNAL' ? fields.find((field) => field.name === 'external_id') : phones[0];
    if (!key) {
        return fail('the header has no External ID column: the record list deduplicates by external_id and external_provider, so that is its key');
    }
    key.isKey = true;
    if (kind === 'EXTERNAL' && has('external_provider')) {
        key.name = EXTERNAL_KEY;
        key.keyWith = 'external_provider';
    }
    const seen = new Map();
    for (const record of live) {
        const value = recordToRow(record)[key.name] ?? '';
        const twin = seen.get(value);
        if (twin && value !== '') {
            const describe = (r) => `${r.external_id ?? ''}${r.external_provider ? ` (provider ${r.external_provider})` : ''}`;
            fail(kind === 'EXTERNAL' && key.keyWith === undefined
                ? `the list holds records ${describe(twin)} and ${describe(record)}, one External ID with two providers: add an External Provider column, so each row names its record`
                : `the list holds two records keyed "${value}" (ids ${twin.id} and ${record.id}); this file cannot tell them apart`);
        }
        seen.set(value, record);
    }
    return { fields: [key, ...fields.filter((field) => field !== key)] };
}
/** A record call Talkdesk refused, with its HTTP status (to tell a request too large from other refusals). */
class TalkdeskCallError extends providers_provider/* ProviderError */.mZ {
    status;
    tooLarge;
    constructor(message, status, tooLarge) {
        super(message);
        this.status = status;
        this.tooLarge = tooLarge;
    }
}
/** Up to KEYS_SHOWN keys, quoted, and how many more. */
function keyList(keys) {
    const shown = keys.slice(0, KEYS_SHOWN).map((key) => `"${key}"`);
    return `${shown.join(', ')}${keys.length > KEYS_SHOWN ? ` and ${keys.length - KEYS_SHOWN} more` : ''}`;
}
/**
 * Talkdesk record lists: the records are read back (structured, mapped to the file's columns) for a live diff, keyed
 * as the list deduplicates them (`unique_identifier_type`), and the plan's changes are applied through the documented
 * record calls: added records created (`POST .../records/bulks`), changed ones replaced by record id (`PATCH`), dropped
 * ones deleted by record id (`DELETE`), at most 100 a call. No file is uploaded, so the upload request's 20,000-byte
 * limit does not apply. The table is then read again to verify it.
 */
class TalkdeskProvider {
    name = 'talkdesk';
    capabilities = {
        readsLiveRows: true,
        deletes: true,
        reportsJobStatus: true,
        describe: 'Talkdesk record lists',
        replacesWholeTable: false,
        checkCell: checkTalkdeskCell,
    };
    http;
    options;
    apiUrl;
    loginUrl;
    session;
    /** Each list's records as last read, for their ids. */
    liveRecords = new Map();
    /** Each list's records as they were before this run first changed it, whole, to put a deleted record back. */
    before = new Map();
    applied = new Map();
    clock;
    /** Records a bulk call takes: halved when Talkdesk refuses a call for its size. */
    batchSize = TALKDESK_RECORDS_PER_CALL;
    jobs = 0;
    constructor(options, http) {
        const hosts = talkdeskHosts(options);
        if (!hosts.apiUrl) {
            throw new providers_provider/* ProviderError */.mZ(`No source names the Talkdesk API host of region "${options.region}": set talkdesk-api-url to your account's API host`);
        }
        this.options = options;
        this.apiUrl = hosts.apiUrl;
        this.loginUrl = hosts.loginUrl;
        this.http = http;
        // Its own waits (deletions, validation) on the clock its HTTP client waits on.
        this.clock = options.clock ?? http.clock;
        this.session = new BearerSession(http, () => this.login());
        http.addSecret(options.clientSecret);
        http.addSecret(Buffer.from(`${options.clientId}:${options.clientSecret}`).toString('base64'));
    }
    requestCount() {
        return this.http.requestCount();
    }
    /** The record list (the `table` input is its id), keyed as it deduplicates records; `NOTHING` cannot be synced. */
    async getTable(id) {
        const list = await this.recordList(id, 'read the record list');
        const kind = list.unique_identifier_type ?? '';
        if (kind !== 'EXTERNAL' && kind !== 'PHONE_NUMBER') {
            throw new providers_provider/* ProviderError */.mZ(kind === 'NOTHING'
                ? `Talkdesk record list ${id} does not deduplicate records (unique_identifier_type NOTHING): every record added is added again, so it cannot be kept in sync by key. Use a list that deduplicates by EXTERNAL id or PHONE_NUMBER`
                : `Talkdesk record list ${id} has unique_identifier_type "${kind}"; this action syncs lists keyed by EXTERNAL or PHONE_NUMBER`);
        }
        return {
            id,
            name: list.name || id,
            limits: providers_provider/* NO_TABLE_LIMITS */.MM,
            headerSchema: (header, file) => headerSchema(kind, header, file, this.liveRecords.get(id) ?? []),
        };
    }
    /** Every record, following `_links.next` (Talkdesk says not to build page numbers), mapped to the file's fields. */
    async readRows(table) {
        const records = await this.readRecords(table);
        return { records: records.map(recordToRow), source: 'records API, following _links.next' };
    }
    async readRecords(table) {
        const records = [];
        let next = `/record-lists/${encodeURIComponent(table.id)}/records`;
        for (let page = 0; next && page < talkdesk_MAX_PAGES; page++) {
            const answer = await this.api('GET', next, undefined, 'read the records');
            const listing = parseJson(answer.body);
            records.push(...(listing._embedded?.records ?? []));
            next = listing._links?.next?.href;
        }
        this.liveRecords.set(table.id, records);
        return records;
    }
    /** A list whose status says a CSV upload is being validated is importing, whoever started it. */
    async runningImport(table) {
        const list = await this.recordList(table.id, 'read the record list');
        return list.status === 'UPLOADED' || list.status === 'VALIDATION_STARTED' ? { id: `list ${table.id}` } : undefined;
    }
    /** A record list takes changes, not files: the request's upserts and deletes. */
    async import(table, request) {
        return this.applyChanges(table, await (0,providers_provider/* changesOf */.fs)(request));
    }
    /**
     * Creates, replaces and deletes records, at most 100 a call; what each call answered is kept for waitForJob. A
     * replace sends the whole record: the live one with the file's fields set (recordFor). A call failing part-way stops
     * the calls, and waitForJob reports the failure row by row (the caller then compares the list with its snapshot and
     * puts it back); a record deleted earlier in this run comes back whole (phones, extra fields) from `before`.
     */
    async applyChanges(table, changes) {
        const list = encodeURIComponent(table.id);
        const path = `/record-lists/${list}/records/bulks`;
        const live = this.liveRecords.get(table.id) ?? [];
        if (!this.before.has(table.id))
            this.before.set(table.id, live);
        const keyOf = (record) => recordToRow(record)[changes.key];
        const byKey = new Map();
        for (const record of live) {
            const key = keyOf(record);
            if (key !== undefined && record.id)
                byKey.set(key, record);
        }
        const before = new Map();
        for (const record of this.before.get(table.id) ?? []) {
            const key = keyOf(record);
            if (key !== undefined)
                before.set(key, record);
        }
        const keyOfRow = (row) => String(row[changes.key]);
        const added = changes.upsert.filter((row) => !byKey.has(keyOfRow(row)));
        const changed = changes.upsert.filter((row) => byKey.has(keyOfRow(row)));
        const gone = changes.delete.filter((key) => byKey.has(key));
        const done = {
            created: 0,
            updated: 0,
            deleted: 0,
            errors: 0,
            messages: [],
            pending: [],
            liveCount: live.length,
            unconfirmed: 0,
        };
        if (gone.length < changes.delete.length) {
            done.errors += changes.delete.length - gone.length;
            done.messages.push(`${changes.delete.length - gone.length} record(s) to delete were not found in the list`);
        }
        const count = (answer, field, sent, what) => {
            const errors = Number(answer.total_errors ?? 0);
            done.errors += errors;
            if (errors > 0)
                done.messages.push(`${errors} of ${sent} record(s) ${what} were refused`);
            return typeof answer[field] === 'number' ? answer[field] : sent - errors;
        };
        const steps = [
            {
                what: 'create',
                keys: added.map(keyOfRow),
                send: async (from, to) => {
                    const batch = added.slice(from, to);
                    const records = batch.map((row) => recordFor(before.get(keyOfRow(row)), row));
                    const answer = await this.json('POST', path, { records }, 'create records');
                    done.created += count(answer, 'total_created', batch.length, 'to create');
                },
            },
            {
                what: 'replace',
                keys: changed.map(keyOfRow),
                send: async (from, to) => {
                    const batch = changed.slice(from, to);
                    const body = batch.map((row) => {
                        const record = byKey.get(keyOfRow(row));
                        return { op: 'replace', path: `/records/${record.id}`, value: recordFor(record, row) };
                    });
                    const answer = await this.json('PATCH', path, body, 'update records');
                    // The PATCH answer's count is named total_created in the reference; total_updated is read first.
                    done.updated += count(answer, 'total_updated' in answer ? 'total_updated' : 'total_created', batch.length, 'to update');
                },
            },
            {
                what: 'delete',
                keys: gone,
                send: async (from, to) => {
                    const batch = gone.slice(from, to).map((key) => ({ key, id: byKey.get(key)?.id }));
                    const response = await this.api('DELETE', path, batch.map(({ id }) => ({ id })), 'delete records');
                    // 202: "records deleted" later (bulk delete reference); waitForJob waits for them to go.
                    if (response.status === 202)
                        done.pending.push(...batch);
                    else
                        done.deleted += count(parseJson(response.body), 'total_deleted', batch.length, 'to delete');
                },
            },
        ];
        const confirmed = [];
        for (const [index, step] of steps.entries()) {
            let from = 0;
            // The records of the call under way (the batch size is shared with other tables' calls, which may halve it).
            let to = 0;
            try {
                while (from < step.keys.length) {
                    to = Math.min(step.keys.length, from + this.batchSize);
                    try {
                        await step.send(from, to);
                        from = to;
                    }
                    catch (error) {
                        // Refused for its size: nothing was done; the same records again, in halves.
                        if (error instanceof TalkdeskCallError && error.tooLarge && to - from > 1) {
                            this.batchSize = Math.min(this.batchSize, Math.max(1, Math.floor((to - from) / 2)));
                            continue;
                        }
                        throw error;
                    }
                }
                if (step.keys.length > 0)
                    confirmed.push(`${step.what}d ${step.keys.length}: ${keyList(step.keys)}`);
            }
            catch (error) {
                if (!(error instanceof providers_provider/* ProviderError */.mZ))
                    throw error;
                const failedKeys = step.keys.slice(from, to);
                const later = [
                    ...step.keys.slice(from + failedKeys.length).map((key) => ({ what: step.what, key })),
                    ...steps.slice(index + 1).flatMap((next) => next.keys.map((key) => ({ what: next.what, key }))),
                ];
                const doneHere = step.keys.slice(0, from);
                done.unconfirmed = failedKeys.length + later.length;
                done.failure = [
                    `a record call failed part-way: ${error.message}`,
                    `done: ${[...confirmed, doneHere.length > 0 && `${step.what}d ${doneHere.length}: ${keyList(doneHere)}`].filter(Boolean).join('; ') || 'nothing'}`,
                    `not known (the failed call to ${step.what}): ${keyList(failedKeys)}`,
                    later.length > 0 &&
                        `not sent: ${['create', 'replace', 'delete']
                            .map((what) => [what, later.filter((entry) => entry.what === what).map((entry) => entry.key)])
                            .filter(([, keys]) => keys.length > 0)
                            .map(([what, keys]) => `${what} ${keys.length}: ${keyList(keys)}`)
                            .join('; ')}`,
                ]
                    .filter(Boolean)
                    .join('. ');
                break;
            }
        }
        const id = `records-${table.id}-${++this.jobs}`;
        this.applied.set(id, done);
        return { id };
    }
    /**
     * The record calls' own answers are the result, once every deletion answered 202 is seen gone (read within the
     * timeout). A list found validating an upload (`runningImport`) is waited for until its status settles.
     */
    async waitForJob(table, job, timeoutMs) {
        if (job.id === `list ${table.id}`)
            return this.waitForValidation(table, job, timeoutMs);
        const done = this.applied.get(job.id);
        if (!done)
            throw new providers_provider/* ProviderError */.mZ(`no Talkdesk record calls were made as ${job.id}`);
        // Waited for even after a failure: the list is then compared with its snapshot, which needs them landed.
        const left = await this.waitForDeletes(table, done, timeoutMs);
        const failed = done.errors + done.unconfirmed;
        const landed = done.pending.length - left.length;
        const note = [
            `${done.created} record(s) created, ${done.updated} replaced, ${done.deleted + landed} deleted through the record calls`,
            landed > 0 && `${landed} deletion(s) Talkdesk answered 202 (deleted later) were seen done`,
            left.length > 0 &&
                `${left.length} deletion(s) Talkdesk accepted (202) were still in the list after ${Math.round(timeoutMs / 1000)} s (job-timeout): ${keyList(left.map((entry) => entry.key))}`,
        ]
            .filter(Boolean)
            .join('; ');
        const messages = [done.failure, ...done.messages].filter(Boolean);
        return {
            jobId: job.id,
            status: done.failure
                ? 'FailedPartWay'
                : failed > 0
                    ? 'CompletedWithErrors'
                    : left.length > 0
                        ? 'Queued'
                        : 'Completed',
            succeeded: failed === 0,
            updated: done.created + done.updated,
            deleted: done.deleted + landed,
            failed,
            // Deletions Talkdesk accepted (202) but had not made by the deadline: not confirmed, so never recorded as applied.
            ...(left.length > 0 ? { queued: left.length, confirmed: false } : {}),
            note,
            ...(messages.length > 0 ? { error: { message: messages.join('; ') } } : {}),
        };
    }
    /**
     * Deletions answered 202, read until gone: the list's records_count (one request) until it says they may be, then
     * the records, to see which (and once at the end, should the count lag). Bounded by the timeout; what is left is
     * returned.
     */
    async waitForDeletes(table, done, timeoutMs) {
        let left = done.pending;
        if (left.length === 0)
            return left;
        const started = this.clock.now();
        let wait = POLL_MS.first;
        let checked = false;
        // What records_count reads once every deletion has landed, from what the calls answered. After a call that failed
        // (whose effect is not known), the count proves nothing: the records are read each time.
        const expected = done.liveCount + done.created - done.deleted - done.pending.length;
        while (left.length > 0 && this.clock.now() + wait <= started + timeoutMs) {
            await this.clock.sleep(wait);
            const list = await this.recordList(table.id, 'read the record list');
            checked = done.failure !== undefined || typeof list.records_count !== 'number' || list.records_count <= expected;
            if (checked) {
                const ids = new Set((await this.readRecords(table)).map((record) => record.id));
                left = left.filter((entry) => ids.has(entry.id));
            }
            wait = nextPollWait(this.clock.now() - started, POLL_MS);
        }
        if (left.length > 0 && !checked) {
            // The count never said so (it may lag the record calls): the records themselves, once, at the end.
            const ids = new Set((await this.readRecords(table)).map((record) => record.id));
            left = left.filter((entry) => ids.has(entry.id));
        }
        return left;
    }
    /** A list validating an upload, read until its status settles (within the timeout). */
    async waitForValidation(table, job, timeoutMs) {
        const validating = (status) => status === 'UPLOADED' || status === 'VALIDATION_STARTED';
        const list = await pollUntil(() => this.recordList(table.id, 'read the record list'), (read) => !validating(read.status), {
            timeoutMs,
            pollMs: POLL_MS,
            firstWaitMs: 0,
            clock: this.clock,
            stillRunning: (read) => `Talkdesk record list ${table.id} was still ${read.status ?? ''} (validating an upload) after ${Math.round(timeoutMs / 1000)} s (job-timeout); nothing was changed. Run again when it is done`,
        });
        return { jobId: job.id, status: list.status ?? '', succeeded: true, updated: 0, deleted: 0, failed: 0 };
    }
    async recordList(id, action) {
        return parseJson((await this.api('GET', `/record-lists/${encodeURIComponent(id)}`, undefined, action)).body);
    }
    async json(method, path, body, action) {
        return parseJson((await this.api(method, path, body, action)).body);
    }
    async api(method, path, body, action) {
        // `_links` hrefs may be absolute: only ever on the API host, where the token may go.
        const url = path.startsWith('http') ? path : `${this.apiUrl}${path}`;
        if (new URL(url).origin !== new URL(this.apiUrl).origin) {
            throw new providers_provider/* ProviderError */.mZ(`Talkdesk linked ${safeUrl(url)}, which is not its API host; not following it`);
        }
        const answer = await this.session.send({
            method,
            url,
            // A bulk create, replace or delete repeated after a dropped connection is not known to be harmless.
            idempotent: method === 'GET',
            headers: { accept: 'application/json', ...(body ? { 'content-type': 'application/json' } : {}) },
            ...(body ? { body: JSON.stringify(body) } : {}),
        });
        if (answer.status >= 200 && answer.status < 300)
            return answer;
        if (answer.status === 401) {
            throw new providers_provider/* ProviderError */.mZ(`Talkdesk rejected a fresh access token while trying to ${action}: check that the OAuth client has the ${SCOPE} scope`);
        }
        const error = parseJson(answer.body);
        const fields = (error.fields ?? []).map((f) => `${f.name}: ${f.description}`).join('; ');
        const said = `${error.message ?? answer.body.slice(0, 200)}${error.code ? ` (code ${error.code})` : ''}${fields ? `; ${fields}` : ''}`;
        throw new TalkdeskCallError(this.http.redact(`Talkdesk answered ${answer.status} to ${method} ${safeUrl(url)} while trying to ${action}: ${said}`), answer.status, answer.status === 413 || (answer.status === 400 && TOO_LARGE.test(said)));
    }
    async login() {
        const answer = await this.http.send({
            method: 'POST',
            url: `${this.loginUrl}/oauth/token`,
            idempotent: true,
            headers: {
                authorization: `Basic ${Buffer.from(`${this.options.clientId}:${this.options.clientSecret}`).toString('base64')}`,
                'content-type': 'application/x-www-form-urlencoded',
            },
            body: new URLSearchParams({ grant_type: 'client_credentials', scope: SCOPE }).toString(),
        });
        const parsed = parseJson(answer.body);
        const token = parsed.access_token;
        if (answer.status !== 200 || typeof token !== 'string' || token === '') {
            const reason = [parsed.error, parsed.error_description ?? parsed.message].filter(Boolean).join(': ');
            throw new providers_provider/* ProviderError */.mZ(this.http.redact(`Talkdesk login at ${safeUrl(`${this.loginUrl}/oauth/token`)} failed (${answer.status})${reason ? `: ${reason}` : ''}. Check talkdesk-account, talkdesk-region, talkdesk-client-id and talkdesk-client-secret, and that the client has the ${SCOPE} scope`));
        }
        return token;
    }
}

;// CONCATENATED MODULE: ./lib/providers/talkdesk/inputs.js
/** Talkdesk's inputs: the account (its login host), the region, the OAuth client, and host overrides. */



/** The regions whose API host no source names: there `talkdesk-api-url` is needed. */
const REGIONS_WITHOUT_API = TALKDESK_REGIONS.filter((region) => !talkdeskHosts({ account: 'a', region }).apiUrl);
const talkdesk_inputs_vendor = defineVendor({
    title: 'Talkdesk',
    read(read) {
        const account = read('talkdesk-account')
            .trim()
            .replace(/\.talkdeskid(ca)?\.(com|eu|au)$/, '');
        if (account !== '' && !/^[a-z0-9-]+$/i.test(account)) {
            throw new inputs/* SettingsError */.GN(`Input talkdesk-account is "${account}"; use the account name of <account>.talkdeskid.com`);
        }
        const region = (0,inputs/* oneOf */.yL)(read, 'talkdesk-region', TALKDESK_REGIONS, 'us');
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
            lacking: (td) => !talkdeskHosts(td).apiUrl,
        },
    ],
    create: (options, http) => new TalkdeskProvider(options, http),
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
function createProvider(settings, http, log, 
/** The run's own folder, where a large live table's rows may be kept. */
rowsFolder) {
    const vendor = VENDORS[settings.provider];
    return vendor.create(settings[settings.provider], http, { log, ...(rowsFolder ? { rowsFolder } : {}) });
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

// EXTERNAL MODULE: ./lib/review/drift-issue.js + 1 modules
var drift_issue = __webpack_require__(10571);
// EXTERNAL MODULE: ./lib/review/review-queue.js
var review_queue = __webpack_require__(18444);
// EXTERNAL MODULE: ./lib/run/baseline.js
var baseline = __webpack_require__(18802);
// EXTERNAL MODULE: ./lib/core/drift-rotation.js
var drift_rotation = __webpack_require__(59151);
// EXTERNAL MODULE: ./lib/core/report/markdown.js
var markdown = __webpack_require__(76893);
// EXTERNAL MODULE: ./lib/review/protocol.js
var protocol = __webpack_require__(45794);
// EXTERNAL MODULE: ./lib/runner.js
var runner = __webpack_require__(50869);
;// CONCATENATED MODULE: ./lib/run/drift-rotation.js




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
        found = await pullRequests.findIssue((0,protocol/* driftMarker */.O7)(settings.configId));
    }
    catch (error) {
        return {
            files,
            notice: `Checked every table for drift: the drift issue, which records when each table was last checked, could not be read (${(0,markdown/* escapeMarkdown */.FV)((0,runner/* describeRemoteError */.Md)(error))}).`,
        };
    }
    const record = found ? (0,protocol/* readDriftRecord */.hc)(found.body) : {};
    const pick = (0,drift_rotation/* pickDriftTables */.kc)(tables, record, perRun, settings.driftTableIntervalMs, now);
    const chosen = new Set(pick.picked);
    const ms = settings.driftTableIntervalMs;
    const floor = ms % 3_600_000 === 0 ? `${ms / 3_600_000}h` : `${Math.round(ms / 60_000)}m`;
    return {
        files: files.filter((file) => chosen.has(file.table)),
        notice: (0,drift_rotation/* describeDriftPick */.o_)(pick, tables.length, floor, record, tables, markdown/* codeOrText */.Qg),
        rotation: {
            record,
            ...(found ? { issue: { number: found.number, url: found.url, open: found.open } } : {}),
            tables,
            now,
        },
    };
}

;// CONCATENATED MODULE: ./lib/core/audit-trail.js

/** At most this many lines in a report: the rest are counted. */
const MAX_EDIT_LINES = 50;
/** "2026-12-05 14:02 UTC" */
function utcMinute(iso) {
    return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}
/** The keys of a plan's rows that differ between the table and git (drift), in the diff's order. */
function driftedKeys(plan) {
    return [...plan.diff.updated, ...plan.diff.deleted, ...plan.diff.added].map((row) => row.key);
}
/**
 * Who changed which drifted rows and when, where the audit log says so: for each drifted row, the latest entry that
 * names it; for a table with entries naming no row, the latest of those. Rows the log says nothing of are not named
 * (a change older than the log's window, or one it does not record). Markdown lines, our words around escaped data:
 * `Holidays: row "Christmas Day" changed by Jane Doe (user) on 2026-12-05 14:02 UTC`.
 */
function whoChanged(plans, edits) {
    const newestFirst = [...edits].sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
    const lines = [];
    let more = 0;
    const push = (line) => {
        if (lines.length < MAX_EDIT_LINES)
            lines.push(line);
        else
            more++;
    };
    const says = (edit) => `${edit.action} by ${(0,markdown/* escapeMarkdown */.FV)(edit.who)} (${edit.by}) on ${utcMinute(edit.at)}`;
    for (const plan of plans) {
        const ofTable = newestFirst.filter((edit) => edit.tableId === plan.table.id);
        if (ofTable.length === 0)
            continue;
        const table = (0,markdown/* escapeMarkdown */.FV)(plan.table.name);
        const latestByRow = new Map();
        for (const edit of ofTable)
            if (edit.rowKey !== undefined && !latestByRow.has(edit.rowKey))
                latestByRow.set(edit.rowKey, edit);
        const keys = driftedKeys(plan);
        for (const key of keys) {
            const edit = latestByRow.get(key);
            if (edit)
                push(`${table}: row "${(0,markdown/* escapeMarkdown */.FV)(key)}" ${says(edit)}`);
        }
        const unnamed = ofTable.find((edit) => edit.rowKey === undefined);
        if (unnamed && keys.length > 0)
            push(`${table}: ${says(unnamed)} (the audit log names no row)`);
    }
    if (more > 0)
        lines.push(`… and ${more} more (the vendor's audit log has them all)`);
    return lines;
}

// EXTERNAL MODULE: ./lib/core/plan.js + 5 modules
var core_plan = __webpack_require__(6273);
;// CONCATENATED MODULE: ./lib/run/edits-outside-git.js



/** The drifted tables whose audit log one drift check reads at most (one query, a few pages, each). */
const MAX_AUDITED_TABLES = 20;
/**
 * On a drift check: who changed the drifted tables outside git, and when, from the vendor's audit log, as lines for
 * the report. Never a failure: without the permission, one notice naming it and no names; any other error, a line
 * in the log and a notice; a vendor without an audit log, nothing said.
 */
async function findEditors(planned, provider, 
/** `named`: drift-authors, resolved (auto: a private repository only). */
options) {
    const readEdits = provider.tableEdits?.bind(provider);
    const drifted = planned.tables.map((t) => t.plan).filter((plan) => (0,core_plan/* changesTable */.EI)(plan) && plan.table.id !== '');
    if (!readEdits || drifted.length === 0)
        return { lines: [] };
    if (!options.named) {
        // Said in the log only: a public repository's drift check is no place for names, and nothing is missing from it.
        options.log('Who changed the drifted tables is not read (drift-authors: false, or auto and the repository is not known to be private).');
        return { lines: [] };
    }
    const asked = drifted.slice(0, MAX_AUDITED_TABLES);
    const days = provider.auditDays ?? 14;
    try {
        const edits = await readEdits(asked.map((plan) => plan.table), new Date(options.now - days * 86_400_000), new Date(options.now));
        const lines = whoChanged(asked, edits);
        options.log(`Audit log read for ${asked.length} drifted table(s) over the last ${days} days: ${edits.length} entr${edits.length === 1 ? 'y' : 'ies'}, ${lines.length} line(s) for the report`);
        const skipped = drifted.length - asked.length;
        return {
            lines,
            ...(skipped > 0
                ? {
                    notice: `Who changed the tables was read from the audit log for the first ${asked.length} drifted tables only; ${skipped} more are not named.`,
                }
                : {}),
        };
    }
    catch (error) {
        if (error instanceof providers_provider/* MissingPermissionError */.Ai) {
            return {
                lines: [],
                notice: `Who changed the drifted tables is not said: the OAuth client's role lacks the permission ${error.permission} (the audit log). Add it to the role to have the drift report name who changed which rows and when; the drift check goes on without.`,
            };
        }
        if (error instanceof providers_provider/* ProviderError */.mZ) {
            options.log(`The audit log could not be read: ${error.message}`);
            return {
                lines: [],
                notice: 'Who changed the drifted tables is not said: the audit log could not be read (the log says why).',
            };
        }
        throw error;
    }
}

// EXTERNAL MODULE: ./lib/core/log-line.js
var log_line = __webpack_require__(73916);
// EXTERNAL MODULE: ./lib/run/context.js
var run_context = __webpack_require__(48402);
// EXTERNAL MODULE: ./lib/run/publish.js
var publish = __webpack_require__(80502);
;// CONCATENATED MODULE: ./lib/run/matrix.js
/**
 * A job matrix over runners: `mode: targets` lists the groups for `strategy.matrix`, a plan with `group` plans one
 * group and writes its plan file for the gather, and `mode: gather` makes one comment and one plan hash of them all.
 */








/** The tables of this job's group (all of them without one): the same split in every job of the matrix. */
function filesOfGroup(files, group) {
    return group ? (0,core_groups/* itemsOfGroup */.hC)(files, group) : [...files];
}
/** `mode: targets`: the `matrix` output (`{"include":[{group, environment, client}]}`) and a summary of the groups. */
async function listTargets(context, files) {
    const { runner, settings } = context;
    const { allowed, windowMs } = settings.genesys.rateLimit;
    const groups = (0,core_groups/* planMatrix */.T4)(files.map((f) => f.table), { groups: settings.groups, clients: settings.clients, allowed });
    const include = groups.map((g) => ({ group: g.group, environment: settings.environment, client: String(g.client) }));
    runner.output('matrix', (0,log_line/* outputJson */.Wd)({ include }));
    runner.output('groups', groups.length);
    const minutes = (windows) => ((windows * windowMs) / 60_000).toFixed(1);
    const requests = files.length * core_groups/* PLAN_REQUESTS_PER_TABLE */.un;
    const floor = requests / (allowed * Math.min(settings.clients, groups.length));
    const lines = [
        `## Data tables matrix${settings.environment ? `: ${(0,markdown/* escapeMarkdown */.FV)(settings.environment)}` : ''}`,
        '',
        `${files.length} table(s) in ${groups.length} group(s) over ${settings.clients} OAuth client(s) of ${allowed} requests per ${windowMs / 1000} s. ` +
            `Each group paces itself to its share of its client's budget, so the groups on one client together keep to it. ` +
            `Planning takes up to ${core_groups/* PLAN_REQUESTS_PER_TABLE */.un} requests a table: ${requests} in all, at least ${minutes(floor)} min with every client busy.`,
        '',
        '| group | client | tables | from, to | requests (at most) | its share | plan takes at least |',
        '|---|---|---|---|---|---|---|',
        ...groups.map((g) => `| ${g.group} | ${g.client} | ${g.tables.length} | ${(0,markdown/* escapeMarkdown */.FV)(g.tables[0] ?? '')}, ${(0,markdown/* escapeMarkdown */.FV)(g.tables.at(-1) ?? '')} | ${g.requests} | ${g.allowed} per ${windowMs / 1000} s | ${minutes(g.windows)} min |`),
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
        const artifact = (0,run_context/* artifactName */.C)('datatable-group', settings);
        const upload = await runner.uploadArtifact(artifact, [written], run.path, settings.retentionDays);
        if (upload.skipped)
            runner.notice(`Group plan artifact not uploaded: ${upload.skipped}.`);
    }
    runner.info(`Group ${(0,core_groups/* groupName */.hv)(group)}: ${content.plans.length} table(s) planned; no comment from a group: mode: gather posts one for every group.`);
}
/** Reads every group's plan file under `folder`: all of one configuration, one commit, and every group exactly once. */
async function readGroupPlans(context) {
    const { files, settings, event } = context;
    const folder = settings.plans.replace(/\/+$/, '');
    if (external_node_path_.isAbsolute(folder) || folder.split(/[\\/]/).includes('..') || /[*?[\]{}]/.test(folder)) {
        throw new settings_error/* SettingsError */.G(`Input plans is "${folder}"; use a folder inside the workspace, without wildcards, like group-plans`);
    }
    const paths = await files.glob(`${folder}/**/group-plan-*.json`, 'Input plans');
    const found = [];
    for (const file of paths) {
        let parsed;
        try {
            parsed = JSON.parse(files.readText(file, 'Input plans'));
        }
        catch {
            throw new settings_error/* SettingsError */.G(`Input plans: ${file} is not a group plan file (not JSON)`);
        }
        if (parsed?.kind !== 'datatable-sync group plan' || parsed.version !== 1 || !Array.isArray(parsed.plans)) {
            throw new settings_error/* SettingsError */.G(`Input plans: ${file} is not a group plan file written by this version of the action`);
        }
        // Another configuration's (or environment's) groups, downloaded into the same folder: not ours to gather.
        if (parsed.configId !== settings.configId)
            continue;
        found.push(parsed);
    }
    if (found.length === 0) {
        throw new settings_error/* SettingsError */.G(`Input plans: no group plan of this configuration under ${folder}: download the plan jobs' datatable-group-* artifacts there first`);
    }
    const count = found[0]?.group.count ?? 0;
    const sha = event.pullRequest?.headSha ?? event.sha;
    const problems = [];
    const byIndex = new Map();
    for (const part of found) {
        if (part.group.count !== count)
            problems.push(`group ${(0,core_groups/* groupName */.hv)(part.group)} is of a matrix of ${part.group.count}, not ${count}`);
        else if (byIndex.has(part.group.index))
            problems.push(`group ${(0,core_groups/* groupName */.hv)(part.group)} appears twice`);
        else
            byIndex.set(part.group.index, part);
        if (sha && part.sha !== sha) {
            problems.push(`group ${(0,core_groups/* groupName */.hv)(part.group)} planned commit ${String(part.sha).slice(0, 7)}, not ${sha.slice(0, 7)}`);
        }
    }
    for (let index = 1; index <= count; index++) {
        if (!byIndex.has(index))
            problems.push(`group ${index}/${count} has no plan (its job failed before planning, or its artifact was not downloaded)`);
    }
    if (problems.length > 0) {
        throw new settings_error/* SettingsError */.G(`Input plans: the groups' plans cannot be gathered into one: ${problems.join('; ')}`);
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
    const published = await (0,publish/* publishPlan */.JL)(context, planned, {
        mode: 'plan',
        plans: planned.tables.map((t) => t.plan),
        failures: planned.failures,
        notices: [`Planned by ${parts.length} job(s) of a matrix, gathered into this one plan.`, ...notices],
        link: (0,publish/* fileLink */.RF)(event),
        ...(context.settings.environment ? { environment: context.settings.environment } : {}),
    });
    runner.output('import-jobs', '[]');
    await (0,review_queue/* labelPullRequest */.Xq)(context, published.reportInput.plans, planned.failures);
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

// EXTERNAL MODULE: ./lib/run/plan.js + 1 modules
var plan = __webpack_require__(64529);
;// CONCATENATED MODULE: ./lib/run/references.js


/**
 * Checks the ids in columns declared as references against the org: the ids of every table in the run gathered per
 * kind, one lookup request per kind per 100 ids; then each table's plan holds its cells against the answers (a missing
 * id blocks the table). Only rows the plan adds or changes, unless `everyRow` (a drift check). Never a failure: a kind
 * the role may not look up is left unchecked, said once per permission; any other error leaves that kind unchecked,
 * said too. Returns those notices.
 */
async function checkReferences(planned, provider, options) {
    const lookup = provider.lookupObjects?.bind(provider);
    const withCells = planned.tables.filter((t) => t.referenceCells);
    if (withCells.length === 0)
        return [];
    const toCheck = new Map(withCells.map((t) => [t, t.referenceCells?.toCheck(t.plan.diff, options.everyRow) ?? []]));
    if (!lookup) {
        return [
            `${provider.capabilities.describe} cannot look objects up by id: the columns declared as references were not checked.`,
        ];
    }
    // The ids changed cells held before are looked up too, for their names (never blocking: they are going).
    const all = [
        ...[...toCheck.values()].flat(),
        ...withCells.flatMap((t) => (0,references/* previousIds */.oe)(t.plan.diff, t.referenceCells?.columns ?? {})),
    ];
    const found = new Map();
    const refused = new Map();
    const failed = [];
    for (const [kind, ids] of (0,references/* idsByKind */._x)(all)) {
        const names = new Map();
        try {
            for (const batch of (0,references/* batches */.Xy)(ids))
                for (const [id, name] of await lookup(kind, batch))
                    names.set(id, name);
            found.set(kind, names);
            options.log(`Looked up ${ids.length} ${references/* REFERENCE_WORDS */.Ab[kind]} id(s): ${names.size} found`);
        }
        catch (error) {
            if (error instanceof providers_provider/* MissingPermissionError */.Ai) {
                refused.set(error.permission, [...(refused.get(error.permission) ?? []), kind]);
            }
            else if (error instanceof providers_provider/* ProviderError */.mZ) {
                // The vendor's words go to the log (one door for them); the notice says where they are.
                options.log(`The ${references/* REFERENCE_WORDS */.Ab[kind]} ids were not checked: ${error.message}`);
                failed.push(`The ${references/* REFERENCE_WORDS */.Ab[kind]} ids were not checked: their lookup failed (the log says why).`);
            }
            else
                throw error;
        }
    }
    const org = provider.describeOrg?.() ?? provider.capabilities.describe;
    for (const [table, cells] of toCheck) {
        (0,references/* holdReferences */.aj)(table.plan, cells, found, org, table.referenceCells?.columns ?? {}, provider.objectIdForm);
    }
    const notices = [...refused].map(([permission, kinds]) => `The ids in columns declared as references to ${kinds.map((kind) => `${references/* REFERENCE_WORDS */.Ab[kind]}s`).join(' and ')} were not checked: the OAuth client's role lacks the permission ${permission}. Add it to the role to have them checked; the plan goes on without.`);
    return [...notices, ...failed];
}

// EXTERNAL MODULE: ./lib/core/diff.js + 1 modules
var diff = __webpack_require__(46420);
// EXTERNAL MODULE: ./lib/core/schema-file.js
var schema_file = __webpack_require__(22315);
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

;// CONCATENATED MODULE: ./lib/run/targets.js








/** A configured file as the target selection sees it. */
function targetTable(file) {
    return {
        table: file.table,
        file: file.relativePath,
        related: (0,schema_file/* schemaFileCandidates */.AU)(file.relativePath),
        ...(file.entry ? { entry: (0,diff/* canonicalJson */.dj)(file.entry) } : {}),
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
        return { known: true, entries: parseConfigFile(text, config.path, config.defaults).tables.map(diff/* canonicalJson */.dj) };
    }
    catch (error) {
        if (!(error instanceof settings_error/* SettingsError */.G))
            throw error;
        return { known: false, why: 'is not a valid config file' };
    }
}

;// CONCATENATED MODULE: ./lib/run/main.js





















/** The user's day: read settings, plan every table, report; in apply mode import each changed table and report. */
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
    if (settings.driftTablesPerRun !== undefined && (0,drift_issue/* isDriftCheck */.U)(settings, event)) {
        const picked = await chooseDriftFiles(settings, pullRequests, files, clock.now());
        runner.info(picked.notice);
        files = picked.files;
        rotation = picked;
    }
    // A fresh, private folder for this run: successive runs (and applies) never share one.
    const run = gate.runFolder(external_node_path_.join(runner.tempDir(), `datatable-sync-${settings.configId}-`));
    // Offline, without credentials: nothing in validate needs the vendor.
    if (settings.mode === 'validate') {
        const { validateFiles } = await __webpack_require__.e(/* import() */ 711).then(__webpack_require__.bind(__webpack_require__, 13711));
        return validateFiles({ runner, settings, event, pullRequests, files: gate, run }, files);
    }
    // The matrix's first and last steps need no vendor: they list the groups, and gather their plans.
    if (settings.mode === 'rollback') {
        const { rollBack } = await __webpack_require__.e(/* import() */ 833).then(__webpack_require__.bind(__webpack_require__, 64833));
        return rollBack({ runner, settings, event, pullRequests, files: gate, run }, files);
    }
    if (settings.mode === 'targets')
        return listTargets({ runner, settings, event, pullRequests, files: gate, run }, files);
    if (settings.mode === 'gather') {
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
    const http = new HttpClient({
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
        const provider = offline ? undefined : createProvider(settings, http, runner.info, run.path);
        if (settings.mode === 'export' && provider) {
            const { exportTables } = await __webpack_require__.e(/* import() */ 923).then(__webpack_require__.bind(__webpack_require__, 63923));
            return await exportTables(context, provider, files);
        }
        const previousRef = event.pullRequest?.baseSha ?? event.before;
        // A vendor that cannot read its rows is compared with the commit last applied to each table (see baseline.ts);
        // an offline plan (no credentials) is a preview only, compared with the previous version.
        // Jobs earlier applies left queued are asked about first: one that ended well makes its commit the one applied.
        if (provider && !provider.capabilities.readsLiveRows)
            await (0,baseline/* settleQueued */.hh)(context, provider, files);
        const baselines = provider && !provider.capabilities.readsLiveRows ? await (0,baseline/* readBaselines */.bm)(context, files, previousRef) : undefined;
        const readPrevious = (file) => (0,publish/* readVersion */.$4)(pullRequests, file.relativePath, baselines ? baselines.get(file)?.ref : previousRef);
        const planned = provider?.capabilities.readsLiveRows === true
            ? await (0,plan/* planLive */.o$)(files, provider, {
                log: runner.info,
                group: runner.group,
                parallelism: settings.parallelism,
                readSchema: (file) => (0,schema_files/* readSchemaBeside */._Q)(gate, file.relativePath),
                rowStore: () => new RowFile(run.path),
            })
            : await (0,plan/* planAgainstPrevious */.UN)(files, readPrevious, provider, settings.parallelism, (file) => baselines?.get(file)?.missing
                ? `no applied version is recorded (${baselines.get(file)?.missing})`
                : undefined, () => new RowFile(run.path));
        // The flows a change touches, for the pull request's review (not asked again by the apply).
        const readersNotice = provider && settings.mode === 'plan'
            ? await (0,plan/* findReaders */.c2)(planned, provider, settings.parallelism, runner.info)
            : undefined;
        if (readersNotice)
            runner.notice(readersNotice);
        const driftCheck = (0,drift_issue/* isDriftCheck */.U)(settings, event);
        // Ids in reference columns against the org: the rows a plan writes, and every row on a drift check.
        const referenceNotices = provider
            ? await checkReferences(planned, provider, { everyRow: driftCheck, log: runner.info })
            : [];
        for (const notice of referenceNotices)
            runner.notice(notice);
        // Who changed the drifted tables outside git, from the vendor's audit log (a drift check only).
        const editors = provider && driftCheck
            ? await findEditors(planned, provider, {
                log: runner.info,
                now: clock.now(),
                named: settings.driftAuthors ?? event.publicRepository === false,
            })
            : undefined;
        if (editors?.notice)
            runner.notice(editors.notice);
        const published = await (0,publish/* publishPlan */.JL)(context, planned, {
            mode: settings.mode === 'apply' ? 'apply' : 'plan',
            plans: planned.tables.map((t) => t.plan),
            failures: planned.failures,
            notices: [
                ...(0,publish/* planNotices */.BT)(event, offline, provider, previousRef, baselines && (0,baseline/* describeBaselines */.qc)(baselines, event.pullRequest !== undefined), driftCheck),
                ...(chosen?.tell ? [chosen.notice] : []),
                ...(rotation ? [rotation.notice] : []),
                ...(0,schema_files/* unusedSchemaFiles */.pR)(gate, files, provider),
                ...(readersNotice ? [readersNotice] : []),
                ...referenceNotices,
                ...(editors?.notice ? [editors.notice] : []),
            ],
            ...(editors && editors.lines.length > 0 ? { editedBy: editors.lines } : {}),
            link: (0,publish/* fileLink */.RF)(event),
            ...(settings.environment ? { environment: settings.environment } : {}),
            ...(driftCheck ? { drift: true } : {}),
            ...(chosen && chosen.notRead > 0 ? { notRead: chosen.notRead } : {}),
        });
        runner.debug(`${provider?.requestCount() ?? 0} API requests to read the live tables`);
        if (settings.mode === 'plan' && settings.group)
            await writeGroupPlan(context, settings.group, planned, published.reportInput);
        else if (settings.mode === 'plan')
            await (0,review_queue/* labelPullRequest */.Xq)(context, published.reportInput.plans, planned.failures);
        // A drift check applies nothing: an apply's guards (refusals) are reported in it, and fail only the apply.
        const blocked = driftCheck ? published.unplanned : published.blocked;
        if (blocked.length > 0) {
            runner.output('import-jobs', '[]');
            const verb = driftCheck
                ? 'The drift check found problems besides drift'
                : settings.mode === 'plan'
                    ? 'The plan cannot be applied'
                    : 'Nothing was applied, because';
            const plans = planned.tables.map((t) => t.plan);
            const reason = plans.some((p) => p.invalidRows > 0)
                ? 'invalid-rows'
                : !driftCheck && plans.some((p) => p.refusals.length > 0)
                    ? 'guard'
                    : 'table-failed';
            return runner.fail(`${verb}:\n${blocked.join('\n')}`, reason);
        }
        if (settings.mode === 'apply' && provider) {
            // On a terminal the person at it approves what they just read (GitHub's approval is the reviewed plan).
            const [{ askOnTerminal }, { applyPlans }] = await Promise.all([
                __webpack_require__.e(/* import() */ 198).then(__webpack_require__.bind(__webpack_require__, 48198)),
                Promise.all(/* import() */[__webpack_require__.e(198), __webpack_require__.e(99)]).then(__webpack_require__.bind(__webpack_require__, 10099)),
            ]);
            if (!(await askOnTerminal(runner, planned)))
                return;
            await applyPlans(context, provider, planned, published);
        }
        else
            runner.output('import-jobs', '[]');
    }
    finally {
        await http.close();
    }
}


/***/ }),

/***/ 64529:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  c2: () => (/* binding */ findReaders),
  UN: () => (/* binding */ planAgainstPrevious),
  yN: () => (/* binding */ planInput),
  o$: () => (/* binding */ planLive),
  gx: () => (/* binding */ planOneLive)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./lib/core/live-records.js
var live_records = __webpack_require__(30102);
// EXTERNAL MODULE: ./lib/core/plan.js + 5 modules
var core_plan = __webpack_require__(6273);
// EXTERNAL MODULE: ./lib/core/pool.js
var pool = __webpack_require__(17385);
// EXTERNAL MODULE: ./lib/core/problems.js
var problems = __webpack_require__(70571);
// EXTERNAL MODULE: ./lib/core/references.js
var references = __webpack_require__(1237);
// EXTERNAL MODULE: ./lib/core/schema.js
var core_schema = __webpack_require__(34920);
// EXTERNAL MODULE: ./lib/core/schema-change.js
var schema_change = __webpack_require__(65905);
;// CONCATENATED MODULE: ./lib/heap-growth.js
/**
 * Keeps V8's heap near what a run holds (docs/benchmarks.md, the memory section). Rows stream through a plan by the
 * million: with its defaults V8 doubles the young generation up to 32 MB a semi-space as some of them survive each
 * collection, and lets the old generation grow to several times what a full collection found alive, so a 150,000-row
 * plan peaked at 3x its file and a first load at 10x. Here the young generation keeps its first size (growth factor 1)
 * and the old one grows by a fifth past what was found alive. The collector reads both flags each time it sizes a
 * space, so they work when set at run time, unlike `--max-semi-space-size`, which is read once at start (and
 * action.yml cannot pass flags). Measured: no time lost on a 150,000-row plan (benchmarks).
 * Called before a plan reads rows (every run that reads rows plans first); node:v8 is loaded then, not at start.
 */
let bounded = false;
function boundHeapGrowth() {
    if (bounded)
        return;
    bounded = true;
    const v8 = process.getBuiltinModule('node:v8');
    v8.setFlagsFromString('--semi-space-growth-factor=1');
    v8.setFlagsFromString('--heap-growing-percent=20');
}

// EXTERNAL MODULE: ./lib/providers/provider.js
var providers_provider = __webpack_require__(7641);
;// CONCATENATED MODULE: ./lib/run/plan.js










/**
 * Plans each file against its live table, `parallelism` at a time: results in config order whatever finishes first,
 * one table's failure recorded without stopping the others, and every table planned before anything is applied.
 */
async function planLive(files, provider, options) {
    const group = options.group ?? ((_name, work) => work());
    await provider.expectTables?.(files.map((file) => file.table));
    const results = await (0,pool/* mapConcurrent */._)(files, options.parallelism ?? 1, (file) => 
    // One fold of the log per table.
    group(`Plan ${file.relativePath} -> ${file.table}`, async () => {
        try {
            return await planOneLive(file, provider, options.log, options.readSchema, options.rowStore);
        }
        catch (error) {
            return failureOf(file, error);
        }
    }));
    return collect(results);
}
/** The planned tables and the failures, each in config order. */
function collect(results) {
    const run = { tables: [], failures: [] };
    for (const result of results) {
        if ('plan' in result)
            run.tables.push(result);
        else
            run.failures.push(result);
    }
    return run;
}
/**
 * The most rows the file can hold, counted in a first read (a few milliseconds for 10 MB), so that a plan makes what it
 * keeps a row at its size at once. Unknown (0) when it cannot be read: the plan's own read then says why.
 */
function rowsAtMost(file) {
    try {
        return file.linesAtMost?.() ?? 0;
    }
    catch {
        return 0;
    }
}
/** One file against its live table (also used to plan again after waiting for another import). */
async function planOneLive(file, provider, log, readSchema, rowStore) {
    // A schema file is used only by a vendor that can create tables and columns.
    const beside = provider.createTable ? readSchema?.(file) : undefined;
    let table;
    try {
        table = await provider.getTable(file.table);
    }
    catch (error) {
        if (!(error instanceof providers_provider/* TableNotFoundError */.My && beside))
            throw error;
    }
    const change = beside
        ? (0,schema_change/* diffSchema */.VG)(beside.schema, table?.schema, beside.division, provider.capabilities.describe, provider.capabilities.schemaChanges)
        : undefined;
    const fixedKey = provider.capabilities.fixedKeyName;
    const key = beside?.schema.fields.find((field) => field.isKey)?.name;
    if (change && fixedKey && key !== fixedKey) {
        change.refusals.push(`${beside?.path}: the key field is named "${key}", but ${provider.capabilities.describe} name it "${fixedKey}" (its title is what the CSV header shows)`);
    }
    // Rows are checked against the schema the table will have: the file's, when it creates the table or changes columns.
    const schema = change && (0,schema_change/* hasSchemaChange */.wj)(change) && change.refusals.length === 0 ? beside?.schema : table?.schema;
    // Before any rows are read (after the first request, so that loading node:v8 is not part of the start).
    boundHeapGrowth();
    const live = table
        ? await provider.readRows(table)
        : { records: [], source: 'nothing: the table does not exist yet' };
    const referenceCells = beside?.references ? new references/* ReferenceCells */.Do(beside.references) : undefined;
    const plan = await (0,core_plan/* planTable */.k0)({
        ...planInput(file, provider, table ?? { id: `new:${file.table}`, name: file.table }, live.records, schema),
        ...(change ? { schemaChange: change } : {}),
        ...(referenceCells ? { onValidRow: (key, row, line) => referenceCells.row(key, row, line) } : {}),
        addedRows: rowStore,
        rowsAtMost: rowsAtMost(file),
    });
    log(`${file.relativePath} -> ${file.table}: live rows read by ${live.source}`);
    return {
        plan,
        file,
        ...(table ? { table } : {}),
        liveRecords: live.records,
        ...(referenceCells ? { referenceCells } : {}),
    };
}
/**
 * What planning `file` needs, made here alone so that every plan of a file holds it to the same limits: against a live
 * table's rows, a previous version of the file (planAgainstPrevious), the table read again after an import (verify),
 * or another commit's file (apply/queued.ts, which passes that text as `source`). Without a provider: the file's own
 * rules only, as a plan without credentials.
 */
function planInput(file, provider, table, records, schema, 
/** The bytes to plan, when not the file's own (opened only when not given). */
source = file.open()) {
    return {
        file: file.relativePath,
        source,
        csvOptions: { delimiter: file.delimiter },
        table: { id: table.id, name: table.name },
        schema: schema ??
            ((header) => table.headerSchema?.(header, file.relativePath) ??
                (0,core_schema/* schemaFromHeader */.Nx)(header, table.keyColumn, file.relativePath)),
        liveRecords: records,
        mode: file.importMode,
        maxDeletes: file.maxDeletes,
        maxChanges: file.maxChanges,
        allowRenames: file.allowRenames,
        allowReshuffle: file.allowReshuffle,
        limits: table.limits ?? providers_provider/* NO_TABLE_LIMITS */.MM,
        cannotDelete: provider && cannotDeleteReason(provider),
        checkCell: provider?.capabilities.checkCell,
        uploadLimit: provider && uploadLimit(provider, file),
        updatesRefused: table.updatesRefused,
        allowShapeChange: file.allowShapeChange,
    };
}
/**
 * Plans each file without the live rows (no credentials, or a provider that cannot read them): the file's structure
 * and keys are checked, and it is diffed, as text, against a version of it (`readBase` gives that text: the version
 * last applied, or the previous one; undefined when there is none). With a provider, its table is the import target,
 * what it cannot delete is listed as not applied, and `sendWholeFile` says why a table gets every row, not changes.
 */
async function planAgainstPrevious(files, readBase, provider, parallelism = 1, sendWholeFile = () => undefined, 
/** Where a previous version's rows are kept (a file of the run's folder); none: in memory. */
rowStore) {
    await provider?.expectTables?.(files.map((file) => file.table));
    const results = await (0,pool/* mapConcurrent */._)(files, parallelism, async (file) => {
        try {
            const table = provider ? await provider.getTable(file.table) : undefined;
            // Before any rows are read (after the first request, so that loading node:v8 is not part of the start).
            boundHeapGrowth();
            const liveRecords = await readPreviousVersion(file, readBase, rowStore);
            const plan = await (0,core_plan/* planTable */.k0)({
                ...planInput(file, provider, table ?? { id: `offline:${file.relativePath}`, name: file.table }, liveRecords, table?.schema),
                addedRows: rowStore,
                rowsAtMost: rowsAtMost(file),
            });
            const whole = sendWholeFile(file);
            if (table && provider) {
                plan.rowsInTable = table.rowCount ?? null;
                plan.refusals.push(...wholeFileRefusals(plan, table, provider, whole));
            }
            return { plan, file, ...(table ? { table } : {}), liveRecords: [], ...(whole ? { sendWholeFile: whole } : {}) };
        }
        catch (error) {
            return failureOf(file, error);
        }
    });
    return collect(results);
}
/**
 * The file's previous version, read as it arrives into the rows' store (a file of the run's folder in a run): never
 * held whole, so a large file's previous version costs its keys and offsets, not its size.
 */
async function readPreviousVersion(file, readBase, rowStore) {
    const source = await readBase(file);
    if (source === undefined)
        return [];
    return (0,live_records/* readCsvRecords */.Jx)(source, `${file.relativePath} (previous version)`, { delimiter: file.delimiter }, rowStore?.());
}
/**
 * What sending the whole file (no applied version recorded) would do wrong to a table whose rows cannot be read:
 * append every row again to a table without a key that already holds rows, or, in replace mode, leave rows that no
 * version of the file names (they cannot be read, so they cannot be deleted).
 */
function wholeFileRefusals(plan, table, provider, whole) {
    if (!whole || provider.capabilities.readsLiveRows)
        return [];
    const refusals = [];
    const held = table.rowCount;
    if (table.updatesRefused && plan.validRows > 0 && held !== 0) {
        refusals.push(`${whole}, so the apply would send every row of the file; but this table has no primary key this action can see, and ${provider.capabilities.describe} append what they are sent: the file's ${plan.validRows} row(s) would be added again beside the ${held === undefined ? '' : `${held} `}row(s) the table holds. Let the action record its applies (a github-token with contents: write), or empty the table there first`);
    }
    // Upserting the file's rows and deleting the plan's leaves at least this many: more than the file has means rows
    // that no version of the file names stay, and, unreadable, they cannot be deleted.
    const left = held === undefined ? 0 : held - plan.diff.deleted.length;
    if (plan.mode === 'replace' && left > plan.validRows) {
        refusals.push(`import-mode is replace, but the table holds ${held} row(s): after this apply at least ${left} would remain, more than the file's ${plan.validRows}. Rows no version of the file names cannot be read from ${provider.capabilities.describe}, so they cannot be deleted and the table would not become the file. Empty the table there first, or use import-mode: append to keep them`);
    }
    return refusals;
}
/** The provider's upload limit with the file's size, for the plan to check. */
function uploadLimit(provider, file) {
    const maxBytes = provider.capabilities.maxUploadBytes;
    if (maxBytes === undefined)
        return undefined;
    return { maxBytes, fileBytes: (0,external_node_fs_.statSync)(file.absolutePath).size, vendor: provider.capabilities.describe };
}
/** Why rows the file dropped are not applied, for a provider that cannot delete. */
function cannotDeleteReason(provider) {
    return provider.capabilities.deletes
        ? undefined
        : `${provider.capabilities.describe} cannot delete rows: remove them there if they should go`;
}
/** A table that could not be planned, for the report; anything but a vendor or data-file error is a bug: thrown. */
function failureOf(file, error) {
    if (!(error instanceof providers_provider/* ProviderError */.mZ || error instanceof problems/* DataFileError */.t1))
        throw error;
    return {
        file: file.relativePath,
        table: file.table,
        message: error.message,
        ...(error instanceof problems/* DataFileError */.t1 ? { problems: error.problems } : {}),
    };
}
/**
 * What reads each changed table (its vendor's flows), onto its plan: one request per table whose plan changes it,
 * none for the others. Never a failure: a refused permission stops the asking and comes back as one notice; any
 * other error leaves that table without the line, logged.
 */
async function findReaders(planned, provider, parallelism, log) {
    const readers = provider.readers?.bind(provider);
    if (!readers)
        return undefined;
    let refused;
    const changed = planned.tables.filter((t) => t.table && (0,core_plan/* changesTable */.EI)(t.plan));
    // Never past the rate limit's budget for one window: a 200-table plan would otherwise wait a minute for its readers.
    const room = provider.readersRoom?.();
    const asked = room ? changed.slice(0, room.tables) : changed;
    const notAsked = changed.slice(asked.length);
    const overBudget = !room || notAsked.length === 0
        ? undefined
        : asked.length === 0
            ? `What reads each changed table was not asked: reading the tables spent the rate limit's budget (${room.budget}) for now; each says "Readers not asked".`
            : `What reads each changed table was asked for the first ${asked.length} of ${changed.length} changed tables, within the rate limit's budget (${room.budget}) left after reading them; the other ${notAsked.length} say "Readers not asked".`;
    for (const one of notAsked) {
        one.plan.readers = {
            total: 0,
            shown: [],
            allFlows: true,
            source: '',
            notAsked: `the plan kept within the rate limit's budget (${room?.budget})`,
        };
    }
    await (0,pool/* mapConcurrent */._)(asked, parallelism, async (one) => {
        if (refused)
            return;
        try {
            one.plan.readers = await readers(one.table);
        }
        catch (error) {
            if (error instanceof providers_provider/* MissingPermissionError */.Ai)
                refused ??= error;
            else if (error instanceof providers_provider/* ProviderError */.mZ)
                log(`${one.plan.table.name}: what reads it was not found: ${error.message}`);
            else
                throw error;
        }
    });
    if (!refused)
        return overBudget;
    return `${overBudget ? `${overBudget} ` : ''}The flows that read each changed table are not shown: the OAuth client's role lacks the permission ${refused.permission}. Add it to the role to see them in the plan.`;
}


/***/ }),

/***/ 80502:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $4: () => (/* binding */ readVersion),
/* harmony export */   BT: () => (/* binding */ planNotices),
/* harmony export */   JL: () => (/* binding */ publishPlan),
/* harmony export */   RF: () => (/* binding */ fileLink)
/* harmony export */ });
/* harmony import */ var _core_plan_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6273);
/* harmony import */ var _core_plan_label_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(19863);
/* harmony import */ var _core_references_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1237);
/* harmony import */ var _core_report_markdown_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76893);
/* harmony import */ var _core_report_plan_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(69175);
/* harmony import */ var _providers_provider_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7641);
/* harmony import */ var _review_comment_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(57781);
/* harmony import */ var _review_drift_issue_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(10571);
/* harmony import */ var _review_protocol_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(45794);
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(50869);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(48402);











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
    const failed = (error) => new _providers_provider_js__WEBPACK_IMPORTED_MODULE_5__/* .ProviderError */ .mZ(`Could not read ${file} at ${ref.slice(0, 7)}: ${(0,_runner_js__WEBPACK_IMPORTED_MODULE_10__/* .describeRemoteError */ .Md)(error)}`);
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
    return (file, line) => `${event.serverUrl}/${event.owner}/${event.repo}/blob/${sha}/${(0,_core_report_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .pathForUrl */ .en)(file)}#L${line}`;
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
    const planFile = await run.write('plan.json', (0,_core_plan_js__WEBPACK_IMPORTED_MODULE_0__/* .planJsonChunks */ .Ox)(plans, planned.failures));
    const files = [planFile];
    for (const plan of plans.filter((p) => p.rejected.length > 0)) {
        const rejectedFile = await run.write(`rejected-${(0,_context_js__WEBPACK_IMPORTED_MODULE_9__/* .safeName */ .j)(plan.table.name)}.csv`, (0,_core_plan_js__WEBPACK_IMPORTED_MODULE_0__/* .rejectedRowsCsv */ .qX)(plan));
        files.push(rejectedFile);
        runner.info(`${plan.file}: ${plan.rejected.length} invalid row(s), each with an error column, written to ${rejectedFile}`);
    }
    const planArtifact = (0,_context_js__WEBPACK_IMPORTED_MODULE_9__/* .artifactName */ .C)('datatable-plan', settings);
    let wherePlanIs = `the whole plan is in the plan file (${planFile}).`;
    if (settings.uploadArtifacts) {
        const upload = await runner.uploadArtifact(planArtifact, files, run.path, settings.retentionDays);
        if (upload.skipped)
            runner.notice(`Plan artifact not uploaded: ${upload.skipped}.`);
        else
            wherePlanIs = `the whole plan is in the \`${planArtifact}\` artifact of [this run](${event.runUrl}).`;
    }
    await runner.summary((0,_core_report_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .fitToBudget */ .c5)((detail) => (0,_core_report_plan_js__WEBPACK_IMPORTED_MODULE_4__/* .renderPlanReport */ .QP)(reportInput, detail), _core_report_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .SUMMARY_LIMIT */ .Jt, wherePlanIs));
    const total = (0,_core_report_plan_js__WEBPACK_IMPORTED_MODULE_4__/* .totalCounts */ .xW)(plans);
    // On a drift check, an id under a row that points at nothing (an object deleted since) is drift too.
    const drift = reportInput.drift === true;
    const drifted = (plan) => (0,_core_plan_js__WEBPACK_IMPORTED_MODULE_0__/* .changesTable */ .EI)(plan) || (drift && (0,_core_references_js__WEBPACK_IMPORTED_MODULE_2__/* .pointsAtNothing */ .Uf)(plan));
    const changed = plans.some(drifted);
    runner.output('changed', changed);
    runner.output('rows-added', total.added);
    runner.output('rows-updated', total.updated);
    runner.output('rows-deleted', total.deleted);
    runner.output('rows-unchanged', total.unchanged);
    runner.output('rows-invalid', total.invalid);
    runner.output('plan-hash', (0,_core_plan_js__WEBPACK_IMPORTED_MODULE_0__/* .combinedPlanHash */ .PL)(plans));
    runner.output('plan-json', planFile);
    // The plan as a comment would show it (no markers), for a workflow that posts it elsewhere (forks): see
    // examples/workflows/post-fork-comment.yml.
    const markdown = (0,_core_report_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .fitToBudget */ .c5)((detail) => (0,_core_report_plan_js__WEBPACK_IMPORTED_MODULE_4__/* .renderPlanReport */ .QP)(reportInput, detail), FORK_COMMENT_LIMIT, wherePlanIs);
    runner.output('plan-markdown', await run.write('plan.md', markdown));
    // One job of a matrix posts no comment: the gather posts one with every group's tables (matrix.ts).
    const commenting = (settings.mode === 'plan' && !settings.group) || settings.mode === 'gather';
    if (commenting && event.pullRequest && pullRequests && settings.comment !== 'never') {
        // Under on-change too, a plan that found no changes is written down (a short comment): it is the review the
        // apply compares with, so a table that drifts before the merge is refused rather than imported unseen.
        const quiet = settings.comment === 'on-change' && !changed && total.invalid === 0 && planned.failures.length === 0;
        const body = (0,_review_protocol_js__WEBPACK_IMPORTED_MODULE_8__/* .renderComment */ .wQ)({
            ...reportInput,
            ...(quiet ? { compact: true } : {}),
            configId: settings.configId,
            planMarker: {
                ...(0,_review_protocol_js__WEBPACK_IMPORTED_MODULE_8__/* .planMarkerFor */ .Rx)(plans, event.pullRequest.headSha),
                label: (0,_core_plan_label_js__WEBPACK_IMPORTED_MODULE_1__/* .planLabel */ .G)(plans, planned.failures).name,
                ...(reportInput.notRead ? { notRead: reportInput.notRead } : {}),
            },
            commit: { planned: event.pullRequest.headSha },
            wherePlanIs,
        }, (0,_review_protocol_js__WEBPACK_IMPORTED_MODULE_8__/* .sealWith */ .Qv)(settings.planSigningKey));
        await (0,_review_comment_js__WEBPACK_IMPORTED_MODULE_6__/* .postComment */ .Gy)(context, event.pullRequest.number, body, true, settings.comment === 'new');
    }
    if (settings.driftIssue && (0,_review_drift_issue_js__WEBPACK_IMPORTED_MODULE_7__/* .isDriftCheck */ .U)(settings, event)) {
        await (0,_review_drift_issue_js__WEBPACK_IMPORTED_MODULE_7__/* .trackDrift */ .t)(context, reportInput, {
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
