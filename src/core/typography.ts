/**
 * What autocorrect (Excel, Word, Google Sheets, macOS "smart punctuation") types in place of plain ASCII punctuation:
 * curly quotes for straight ones, dashes for hyphens, an ellipsis for three dots, non-breaking spaces for spaces.
 * A key retyped that way reads the same to a person but is another key to a table, so keys are compared with these
 * folded back to ASCII.
 */
const ASCII_FOR: Readonly<Record<string, string>> = {
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
export function asciiPunctuation(text: string): string {
  return text.replace(TYPOGRAPHIC, (char) => ASCII_FOR[char] as string);
}

/**
 * How two keys that fold alike differ, for messages: "case or Unicode form", or the typographic punctuation one has
 * where the other has ASCII, the characters named: `typographic punctuation (’ for ')`.
 */
export function howKeysDiffer(a: string, b: string): string {
  const swaps = new Set<string>();
  for (const [from, to] of [
    [a, b],
    [b, a],
  ] as const) {
    for (const char of from.match(TYPOGRAPHIC) ?? []) {
      if (!to.includes(char)) swaps.add(`${char} for ${ASCII_FOR[char]}`);
    }
  }
  if (swaps.size === 0) return 'case or Unicode form';
  const punctuation = `typographic punctuation (${[...swaps].join(', ')})`;
  const sameCase = asciiPunctuation(a.normalize('NFKC')) === asciiPunctuation(b.normalize('NFKC'));
  return sameCase ? punctuation : `case and ${punctuation}`;
}
