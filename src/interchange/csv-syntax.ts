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

/**
 * Splits CSV text into records. Quoted fields may hold commas, quotes (doubled) and line breaks;
 * anything but a comma or a line break after a closing quote is an error (RFC 4180), as is a
 * quoted field left open.
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
    const ch = text[i] as string;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        // A closing quote ends the field: `"1"2` is not 12, it is a broken field.
        const next = text[i];
        if (next !== undefined && next !== ',' && next !== '\r' && next !== '\n')
          return { records, error: { line, message: `unexpected ${JSON.stringify(next)} after a closing quote` } };
        continue;
      }
      if (ch === '\n') line++;
      field += ch;
      i++;
      continue;
    }
    if (ch === '"' && !fieldStarted) {
      quoted = true;
      fieldStarted = true;
      i++;
    } else if (ch === ',') {
      fields.push(field);
      field = '';
      fieldStarted = false;
      i++;
    } else if (ch === '\r' || ch === '\n') {
      endRecord();
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
      line++;
      recordLine = line;
    } else {
      field += ch;
      fieldStarted = true;
      i++;
    }
  }
  if (quoted) return { records, error: { line: recordLine, message: 'unterminated quoted field' } };
  if (field !== '' || fields.length > 0) endRecord();
  return { records };
}

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
