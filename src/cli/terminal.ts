/**
 * The one door to the terminal: everything the command line prints goes through `TerminalWriter`. Text is kept apart
 * from the styles the command line adds (its own escape sequences, the only ones that reach the terminal), and every
 * control character of the text is made visible last, after redaction and after the markdown was turned into
 * terminal text, so no later step can turn data back into an escape sequence.
 */

export type Style = 'bold' | 'dim' | 'red' | 'yellow' | 'cyan' | 'green';

/** A piece of a line: text as it is, or text with the command line's own styles around it. */
export type Piece = string | { text: string; styles: readonly Style[] };

const STYLE_CODES: Record<Style, [string, string]> = {
  bold: ['\u001b[1m', '\u001b[22m'],
  dim: ['\u001b[2m', '\u001b[22m'],
  red: ['\u001b[31m', '\u001b[39m'],
  yellow: ['\u001b[33m', '\u001b[39m'],
  cyan: ['\u001b[36m', '\u001b[39m'],
  green: ['\u001b[32m', '\u001b[39m'],
};

export function styled(text: string, ...styles: Style[]): Piece {
  return { text, styles };
}

/**
 * Control characters made visible (`\x1b`): C0 (but tab and line feed), DEL and C1, and the bidirectional overrides
 * and isolates (`\u202e`) that reorder what a line seems to say. Cell values, file names and vendor answers must not
 * move the cursor, clear the screen, retitle the window, write the clipboard (OSC 52) or hide text.
 */
export function visibleControls(text: string): string {
  return text.replace(/[\p{Cc}\u202a-\u202e\u2066-\u2069]/gu, (char) => {
    if (char === '\t' || char === '\n') return char;
    const code = char.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16)}`;
  });
}

/** A line's pieces as the terminal gets them: text made visible, then the styles (only when colour is on). */
export function renderPieces(pieces: readonly Piece[], color: boolean, redact: (text: string) => string): string {
  return pieces
    .map((piece) => {
      if (typeof piece === 'string') return visibleControls(redact(piece));
      const text = visibleControls(redact(piece.text));
      if (!color || text === '') return text;
      return piece.styles.reduceRight(
        (inner, style) => `${STYLE_CODES[style][0]}${inner}${STYLE_CODES[style][1]}`,
        text,
      );
    })
    .join('');
}

/** One of the two streams, each line written whole; a progress line (stderr on a terminal) is cleared first. */
export class TerminalWriter {
  readonly isTTY: boolean;
  private readonly stream: NodeJS.WritableStream;
  private readonly color: boolean;
  private readonly redact: (text: string) => string;
  private progress = false;

  constructor(
    stream: NodeJS.WritableStream & { isTTY?: boolean },
    color: boolean,
    redact: (text: string) => string = (text) => text,
  ) {
    this.stream = stream;
    this.isTTY = stream.isTTY === true;
    this.color = color && this.isTTY;
    this.redact = redact;
  }

  /** Lines made of pieces; a piece may hold line breaks (a report), each kept. */
  line(...pieces: Piece[]): void {
    this.clearProgress();
    this.stream.write(`${renderPieces(pieces, this.color, this.redact)}\n`);
  }

  /** A line rewritten in place (what is being waited for), only on a terminal. */
  progressLine(...pieces: Piece[]): void {
    if (!this.isTTY) return;
    this.stream.write(`\r\u001b[2K${renderPieces(pieces, this.color, this.redact)}`);
    this.progress = true;
  }

  clearProgress(): void {
    if (this.progress) this.stream.write('\r\u001b[2K');
    this.progress = false;
  }

  /** The text of pieces as this stream would show it, for a prompt written by another (readline). */
  render(...pieces: Piece[]): string {
    return renderPieces(pieces, this.color, this.redact);
  }
}

/**
 * One line of the report's markdown as terminal pieces. One pass over the line, so that what escaping made of data
 * is undone exactly once and never read as markup again: `**` from the report is bold, `\*\*` from data stays text;
 * code spans are taken as written; entities and backslash escapes are decoded; tags are dropped or shown as words.
 */
function markdownLine(line: string): Piece[] {
  const token =
    /`([^`\n]+)`|(\*\*)|&#(\d+);|\\([\\`*_{}[\]()#+\-.!|<>~@$])|<br>|<del>|<\/del>|<ins>|<\/ins>|<\/?(?:sub|code|b|i|span|summary)>/g;
  const pieces: Piece[] = [];
  let bold = false;
  let text = '';
  const flush = () => {
    if (text !== '') pieces.push(bold ? styled(text, 'bold') : text);
    text = '';
  };
  let at = 0;
  for (const match of line.matchAll(token)) {
    text += line.slice(at, match.index);
    at = match.index + match[0].length;
    const [whole, code, stars, entity, escaped] = match;
    if (code !== undefined) text += code;
    else if (stars !== undefined) {
      flush();
      bold = !bold;
    } else if (entity !== undefined) text += String.fromCodePoint(Math.min(Number(entity), 0x10ffff));
    else if (escaped !== undefined) text += escaped;
    else if (whole === '<br>') text += ' / ';
    // A long text's changed words, as git's word diff shows them.
    else if (whole === '<del>') text += '[-';
    else if (whole === '</del>') text += '-]';
    else if (whole === '<ins>') text += '{+';
    else if (whole === '</ins>') text += '+}';
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
export function markdownPieces(markdown: string): Piece[] {
  const lines: Piece[][] = [];
  for (const raw of markdown.replace(/\u200b/g, '').split('\n')) {
    if (/^<\/?details>$|^<!--/.test(raw) || /^> \[!\w+\]$/.test(raw)) {
      if (/^> \[!\w+\]$/.test(raw)) lines.push([]);
      continue;
    }
    const fold = /^<details><summary>(.*?)<\/summary>$/.exec(raw);
    const heading = /^#{1,3} (.*)$/.exec(raw);
    if (fold) lines.push(markdownLine(`**${fold[1]}**`));
    else if (heading) {
      lines.push(
        markdownLine(heading[1] as string).map((piece) =>
          styled(typeof piece === 'string' ? piece : piece.text, 'bold', 'cyan'),
        ),
      );
    } else lines.push(markdownLine(raw));
  }
  // Markup a terminal does not show (comments, folds) leaves its blank lines behind: one blank line between blocks.
  const blank = (line: readonly Piece[] | undefined) =>
    line?.every((piece) => (typeof piece === 'string' ? piece : piece.text).trim() === '') === true;
  const kept = lines.filter((line, i) => !(blank(line) && blank(lines[i - 1])));
  return kept.flatMap((line, i) => (i === 0 ? line : ['\n', ...line]));
}
