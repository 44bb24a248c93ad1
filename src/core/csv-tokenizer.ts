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
const At = { FieldStart: 0, Unquoted: 1, Quoted: 2, QuoteEndedChunk: 3 } as const;
type At = (typeof At)[keyof typeof At];

/** A malformed record, coded as csv-parse coded it: `index` is the field's, counted from 0. */
export class CsvSyntaxError extends Error {
  readonly code: string;
  readonly index: number;
  constructor(code: string, index: number) {
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
function own(value: string): string {
  return value.length < 13 ? value : ` ${value}`.slice(1);
}

export class CsvTokenizer {
  private readonly delimiter: number;
  private readonly delimiterText: string;
  /** `oneLine`: the record is one line, no line break inside its values (said when known, to save a search). */
  private readonly onRecord: (record: string[], oneLine?: boolean) => void;
  private record: string[] = [];
  /** The current field's text read in earlier chunks (or, quoted, before its last `""`). */
  private carry = '';
  private at: At = At.FieldStart;
  private started = false;

  constructor(delimiter: string, onRecord: (record: string[], oneLine?: boolean) => void) {
    if (delimiter.length !== 1) throw new Error(`a delimiter is one character, not "${delimiter}"`);
    this.delimiter = delimiter.charCodeAt(0);
    this.delimiterText = delimiter;
    this.onRecord = onRecord;
  }

  /** Reads `text`, handing each record ended in it to onRecord; throws CsvSyntaxError where a record is malformed. */
  write(text: string): void {
    const n = text.length;
    if (n === 0) return;
    const delimiter = this.delimiter;
    let i = 0;
    if (!this.started) {
      this.started = true;
      if (text.charCodeAt(0) === 0xfeff) i = 1;
    }
    // Where the next quote is in this text (n: none): a line before it holds no quote, so it is split whole.
    let nextQuote = -1;
    while (i < n) {
      const at = this.at;
      if (at === At.FieldStart && this.record.length === 0) {
        if (nextQuote < i) {
          nextQuote = text.indexOf('"', i);
          if (nextQuote < 0) nextQuote = n;
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
        if (code === delimiter || code === LF || code === QUOTE) break;
      }
      if (j === n) {
        this.carry += text.slice(i);
        this.at = At.Unquoted;
        return;
      }
      if (code === QUOTE) throw new CsvSyntaxError('INVALID_OPENING_QUOTE', this.record.length);
      this.record.push(own(this.carry === '' ? text.slice(i, j) : this.carry + text.slice(i, j)));
      this.carry = '';
      this.at = At.FieldStart;
      if (code === LF) this.emit();
      i = j + 1;
    }
  }

  /** The input's end: the last record, even without a line break after it; a quote still open is an error. */
  end(): void {
    if (this.at === At.Quoted) throw new CsvSyntaxError('CSV_QUOTE_NOT_CLOSED', this.record.length);
    if (this.at !== At.FieldStart || this.record.length > 0) {
      this.record.push(own(this.carry));
      this.carry = '';
      this.emit();
    }
    this.at = At.FieldStart;
  }

  /** After a quote inside a quoted field, at `k`: an escaped quote, the field's end, or an error. Returns where to go on. */
  private afterQuote(text: string, k: number): number {
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
      if (code === LF) this.emit();
      return k + 1;
    }
    // csv-parse ends the quotes before a NUL too (a falsy next byte), and reads the NUL on as text.
    if (code === 0) {
      this.at = At.Unquoted;
      return k;
    }
    throw new CsvSyntaxError('CSV_INVALID_CLOSING_QUOTE', this.record.length);
  }

  private emit(): void {
    const record = this.record;
    this.record = [];
    this.onRecord(record);
  }
}
