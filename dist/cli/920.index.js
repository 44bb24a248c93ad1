export const id = 920;
export const ids = [920];
export const modules = {

/***/ 2312:
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
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./node_modules/csv-stringify/lib/sync.js + 7 modules
var sync = __webpack_require__(6789);
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
var core_problems = __webpack_require__(571);
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

/***/ 4920:
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
/* harmony import */ var _csv_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2312);
/* harmony import */ var _problems_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(571);
/* harmony import */ var _typography_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9302);



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

/***/ 9302:
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


/***/ })

};
