/**
 * Reading one printed cell: a number (integer, decimal, signed, with thousands separators or a
 * unit), a marker that stands for a blank (`/`, `-`, `—`, `无`), a blank, or something that is not
 * a value at all.
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
 * Whether a cell's text is a value (a number or a blank marker) rather than a label or words.
 * Used to tell value cells from text when a row's cells are spread over several lines.
 *
 * @example
 * ```ts
 * isValueText(' 12 '); // true
 * isValueText('/'); // true
 * isValueText('自然人'); // false
 * ```
 */
export function isValueText(text: string): boolean {
  if (PLAIN_NUMBER.test(text)) return true;
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
 * ```
 */
export function readCell(text: string, kind: ValueKind): CellReading {
  if (PLAIN_NUMBER.test(text)) return { kind: 'number', value: Number(text) };
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
