/**
 * Reading one printed cell: a number (integer, decimal, signed, with thousands separators or a
 * unit), a marker that stands for a blank (`/`, `-`, `—`, `无`), a blank, or something that is not
 * a value at all. Digits are ASCII or full-width; superscript, circled and other compatibility
 * digits are footnote marks or list markers, never part of a number, and whitespace between two
 * digits separates two numbers rather than being dropped.
 *
 * @module
 */
import type { ValueKind } from '../format/grid.js';
import { VALUE_KINDS, valueProblem } from '../format/kinds.js';
import { exactNumber } from '../model/exact.js';
import { normalizeValue } from './normalize.js';

/** What a cell's text was read as. */
export type CellReading =
  | { kind: 'blank' }
  | { kind: 'marker'; marker: string }
  | { kind: 'number'; value: number; unit?: string }
  | { kind: 'invalid'; reason: string };

/** Printed stand-ins for a blank cell: not applicable, none, or a dash. */
const MARKERS: ReadonlySet<string> = new Set(['/', '-', '−', '–', '—', '——', '--', '无', '不适用', '无此项', '\\']);

// One optional sign, digits and commas, an optional fraction, an optional unit: no nested
// quantifiers, so matching is linear.
const NUMBER = /^([+\-−]?)(\d[\d,]*)(?:\.(\d+))?(万元|元|件|个|项)?$/;
const GROUPED = /^\d{1,3}(?:,\d{3})+$/;
/** Fast paths: a bare number; and the characters a value can start with (after spaces). */
const PLAIN_NUMBER = /^\d{1,15}$/;
const MAY_BE_VALUE = /^[\s\u200b\ufeff]*[0-9０-９+＋\-−－–—/／\\＼无不]/;

/**
 * Characters that NFKC turns into digits other than the full-width ones: superscripts and
 * subscripts (²), circled and parenthesised numbers (⑤ ⑫ ⑴), fractions, mathematical and other
 * compatibility digits. In a cell they are footnote marks or list markers.
 */
const COMPATIBILITY_DIGIT =
  /[\u00b2\u00b3\u00b9\u00bc-\u00be\u2070\u2074-\u2079\u2080-\u2089\u2150-\u215f\u2189\u2460-\u249b\u24ea\u3251-\u325f\u32b1-\u32cb\u3358-\u3370\u3378\u3379\u339f-\u33a6\u33a8\u33af\u33e0-\u33fe\u{1ccf0}-\u{1ccf9}\u{1d7ce}-\u{1d7ff}\u{1f100}-\u{1f10a}\u{1fbf0}-\u{1fbf9}]/u;
const COMPATIBILITY_DIGITS = new RegExp(COMPATIBILITY_DIGIT.source, 'gu');
/** Two digits with only whitespace between them: two numbers, not one (linear: one class each). */
const SPACED_DIGITS = /[0-9０-９][\s\u200b\u3000]+[0-9０-９]/;

/**
 * Whether a cell's text is a value (a number or a blank marker) rather than a label or words.
 * Used to tell value cells from text when a row's cells are spread over several lines.
 *
 * @example
 * ```ts
 * isValueText(' 12 '); // true
 * isValueText('/'); // true
 * isValueText('自然人'); // false
 * isValueText('⑤'); // true: it stands where a value does (and is read as invalid)
 * ```
 */
export function isValueText(text: string): boolean {
  if (PLAIN_NUMBER.test(text)) return true;
  if (COMPATIBILITY_DIGIT.test(text)) {
    // A number with a footnote mark (13²) or a list marker alone (⑤) stands where a value does.
    const rest = text.replace(COMPATIBILITY_DIGITS, '');
    return rest.trim() === '' || isValueText(rest);
  }
  if (!MAY_BE_VALUE.test(text)) return false;
  const t = normalizeValue(text);
  return t !== '' && (MARKERS.has(t) || NUMBER.test(t));
}

/**
 * Reads a cell's text for a column of the given kind. A unit is allowed where it agrees with the
 * column (件/个 for counts, 万元 for the 2021 fee column, 元 or 万元 for the 2019 amount); a sign
 * only in the signed 2019 本年增/减 column (a leading `+` anywhere).
 *
 * @example
 * ```ts
 * readCell('251000元', 'amount'); // { kind: 'number', value: 251000, unit: '元' }
 * readCell('－1', 'signed'); // { kind: 'number', value: -1 }
 * readCell('/', 'count'); // { kind: 'marker', marker: '/' }
 * readCell('13²', 'count'); // { kind: 'invalid', reason: 'mark' }
 * readCell('5 1', 'count'); // { kind: 'invalid', reason: 'spaces' }
 * ```
 */
export function readCell(text: string, kind: ValueKind): CellReading {
  if (PLAIN_NUMBER.test(text)) return { kind: 'number', value: Number(text) };
  if (COMPATIBILITY_DIGIT.test(text)) return { kind: 'invalid', reason: 'mark' };
  if (SPACED_DIGITS.test(text)) return { kind: 'invalid', reason: 'spaces' };
  const t = normalizeValue(text);
  if (t === '') return { kind: 'blank' };
  if (MARKERS.has(t)) return { kind: 'marker', marker: t };
  const m = NUMBER.exec(t);
  if (!m) return { kind: 'invalid', reason: 'not-a-number' };
  const [, sign, digits = '', fraction, unit] = m;
  if (digits.includes(',') && !GROUPED.test(digits)) return { kind: 'invalid', reason: 'separators' };
  if (unit && !VALUE_KINDS[kind].units.includes(unit)) return { kind: 'invalid', reason: 'unit' };
  // Digits a number would round (a count beyond 2^53 − 1, 17 significant digits) are not read.
  const magnitude = exactNumber(`${digits.replace(/,/g, '')}${fraction ? `.${fraction}` : ''}`);
  if (magnitude === undefined) return { kind: 'invalid', reason: 'inexact' };
  const value = (sign === '-' || sign === '−' ? -magnitude : magnitude) + 0; // + 0 turns -0 into 0
  const problem = valueProblem(value, kind);
  if (problem) return { kind: 'invalid', reason: problem === 'type' ? 'not-a-number' : problem };
  return unit && VALUE_KINDS[kind].unitInCell ? { kind: 'number', value, unit } : { kind: 'number', value };
}
