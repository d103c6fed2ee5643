/**
 * RFC 4180 CSV syntax: fields, quoting, line numbers. Linear in the input.
 *
 * @module
 */

/** A parsed CSV record with the 1-based line it starts on. */
export interface CsvRecord {
  line: number;
  fields: string[];
}

const QUOTE = 0x22;
const COMMA = 0x2c;
const CR = 0x0d;
const LF = 0x0a;

/**
 * Splits CSV text into records. Quoted fields may hold commas, quotes (doubled) and line breaks;
 * anything but a comma or a line break after a closing quote is an error (RFC 4180), as is a
 * quoted field left open. Fields are cut out of the text a run of characters at a time (adding
 * them one character at a time made every field a chain of one-character strings, slow to compare
 * and look up).
 * @internal
 */
export function parseCsv(text: string): { records: CsvRecord[]; error?: { line: number; message: string } } {
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let quoted = false;
  let fieldStarted = false;
  const endRecord = () => {
    fields.push(field);
    if (!(fields.length === 1 && fields[0] === '')) records.push({ line: recordLine, fields });
    fields = [];
    field = '';
    fieldStarted = false;
  };
  while (i < text.length) {
    const ch = text.charCodeAt(i);
    if (quoted) {
      // Everything up to the next quote is the field's, line breaks included.
      let close = text.indexOf('"', i);
      if (close < 0) close = text.length;
      for (let at = i; at < close; at++) if (text.charCodeAt(at) === LF) line++;
      field += text.slice(i, close);
      i = close;
      if (i === text.length) break;
      if (text.charCodeAt(i + 1) === QUOTE) {
        field += '"';
        i += 2;
        continue;
      }
      quoted = false;
      i++;
      // A closing quote ends the field: `"1"2` is not 12, it is a broken field.
      if (i < text.length && !isFieldEnd(text.charCodeAt(i)))
        return { records, error: { line, message: `unexpected ${JSON.stringify(text[i])} after a closing quote` } };
      continue;
    }
    if (ch === QUOTE && !fieldStarted) {
      quoted = true;
      fieldStarted = true;
      i++;
    } else if (ch === COMMA) {
      fields.push(field);
      field = '';
      fieldStarted = false;
      i++;
    } else if (ch === CR || ch === LF) {
      endRecord();
      i += ch === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
      line++;
      recordLine = line;
    } else {
      // A run of plain characters: quotes inside a started field are plain too.
      const from = i;
      do i++;
      while (i < text.length && !isFieldEnd(text.charCodeAt(i)));
      field += text.slice(from, i);
      fieldStarted = true;
    }
  }
  if (quoted) return { records, error: { line: recordLine, message: 'unterminated quoted field' } };
  if (field !== '' || fields.length > 0) endRecord();
  return { records };
}

const isFieldEnd = (code: number): boolean => code === COMMA || code === CR || code === LF;

/**
 * Writes one CSV field, quoting it when it holds a comma, quote or line break.
 * @internal
 */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
/**
 * What a spreadsheet (Excel, WPS, LibreOffice) takes for the start of a formula: `=`, `+`, `-`, `@`,
 * and a tab or carriage return before them (OWASP, CSV injection).
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A text field as a spreadsheet will show it rather than run it: text that starts like a formula
 * (`=`, `+`, `-`, `@`, tab, carriage return) gets a leading `'`, as OWASP recommends, and so does
 * text that starts with `'`, so that {@link restoreText} takes exactly one away. Only for text:
 * numbers (a `-1` in a signed column) are written as they are.
 * @internal
 */
export function neutralizeText(text: string): string {
  return FORMULA_START.test(text) || text.startsWith("'") ? `'${text}` : text;
}

/**
 * A text field as it was before {@link neutralizeText}.
 * @internal
 */
export function restoreText(field: string): string {
  return field.startsWith("'") ? field.slice(1) : field;
}
