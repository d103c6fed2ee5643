/**
 * The same body given twice to a rollup (`ROLLUP-DUPLICATE`): the same report again (equal in
 * every field) is counted once, with a warning, so the total stays right; two different reports
 * of one body and year are both added, with an error, since which one is right (an original and
 * its correction?) cannot be told and the total counts that body twice.
 *
 * @module
 */
import type { RawFinding } from '../findings/types.js';
import type { ReadonlyReport } from '../model/types.js';

/** A value as JSON with its object keys sorted, so that equal reports give equal text. */
function canonical(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record)
    .filter((k) => record[k] !== undefined)
    .sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical(record[k])}`).join(',')}}`;
}

/**
 * Whether a name is as compared already: visible ASCII and CJK ideographs only (no white space,
 * nothing NFKC changes). Most names are; telling so is cheaper than folding them.
 */
function isFolded(name: string): boolean {
  for (let i = 0; i < name.length; i++) {
    const code = name.charCodeAt(i);
    if (!((code > 0x20 && code < 0x7f) || (code >= 0x4e00 && code <= 0x9fff))) return false;
  }
  return true;
}

/** A body's name as compared: full-width forms folded and white space dropped. */
const bodyName = (agency: string): string => (isFolded(agency) ? agency : agency.normalize('NFKC').replace(/\s+/g, ''));

/**
 * The inputs of one body counted so far (neither a repeat nor a second report of their body and
 * year), by year and by content; made when a second input of the body comes.
 */
interface BodyInputs {
  readonly byYear: Map<string, number>;
  readonly byContent: Map<string, number>;
}

const yearKey = (report: ReadonlyReport): string => `${report.meta.year}`;

/** FNV-1a of a string's UTF-16 code units, as a signed 32-bit integer (as an `Int32Array` holds it). */
function hashOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash | 0;
}

/**
 * The table of the last duplicate search, held weakly for the next. A table for 100,000 inputs is
 * 2 MB that the system must hand out as fresh pages, which costs as much as the rest of the search
 * (more on a busy machine); the collector takes it back when it needs the memory.
 */
let spareTable: WeakRef<Int32Array> | undefined;

/** A zeroed table of `length` entries: the spare one if it is large enough, else a new one. */
function takeTable(length: number): Int32Array {
  const spare = spareTable?.deref();
  spareTable = undefined;
  return spare && spare.length >= length ? spare.subarray(0, length).fill(0) : new Int32Array(length);
}

/**
 * Which inputs of a rollup repeat an earlier one: asked of each input in order, as the inputs are
 * added, so that a body's name is read while its report is at hand.
 *
 * The first input of each body is kept in an open-addressing table of input indexes with the hash
 * of their body name beside each; the name of an earlier input is read again only when the hashes
 * are equal. Rollups take up to hundreds of thousands of inputs whose bodies nearly all come once;
 * a `Map` of their names cost over half of what adding the inputs up costs, and an array of their
 * names as much as the table.
 *
 * Two reports equal in every field have the same agency, so a report is compared (and serialised)
 * only when an earlier input has its body: a body that comes once costs a slot in the table,
 * nothing more (serialising every input cost more than adding it up).
 * @internal
 */
export class DuplicateInputs {
  /** Per slot, index + 1 of the first input of a body (0 where free), then the hash of its name. */
  private readonly slots: Int32Array;
  private readonly mask: number;
  /** By the first input of a body, that body's counted inputs, once a second input of it came. */
  private readonly seenTwice = new Map<number, BodyInputs>();
  /** A `ROLLUP-DUPLICATE` finding for every input that repeats an earlier body and year. */
  readonly findings: RawFinding[] = [];

  constructor(private readonly reports: readonly ReadonlyReport[]) {
    // At least twice as many slots as inputs.
    let size = 16;
    while (size < 2 * reports.length) size *= 2;
    this.slots = takeTable(2 * size);
    this.mask = size - 1;
  }

  /** Gives the table back for the next search; this one is done. */
  release(): void {
    const spare = spareTable?.deref();
    if (!spare || spare.length < this.slots.buffer.byteLength / 4)
      spareTable = new WeakRef(new Int32Array(this.slots.buffer));
  }

  /**
   * Whether input `index` repeats an earlier input exactly (it is then left out of the total);
   * ask for each input in order.
   */
  repeats(index: number): boolean {
    const report = this.reports[index] as ReadonlyReport;
    const body = bodyName(report.meta.agency);
    const hash = hashOf(body);
    const { slots, mask } = this;
    for (let at = hash & mask; ; at = (at + 1) & mask) {
      const held = (slots[2 * at] as number) - 1;
      if (held < 0) {
        slots[2 * at] = index + 1;
        slots[2 * at + 1] = hash;
        return false;
      }
      if (slots[2 * at + 1] === hash && bodyName((this.reports[held] as ReadonlyReport).meta.agency) === body) {
        return this.again(index, held, body !== '');
      }
    }
  }

  /** Input `index` of a body whose first input was `firstOfBody`: a repeat, another report, or neither. */
  private again(index: number, firstOfBody: number, named: boolean): boolean {
    const { reports } = this;
    const report = reports[index] as ReadonlyReport;
    let inputs = this.seenTwice.get(firstOfBody);
    if (inputs === undefined) {
      const first = reports[firstOfBody] as ReadonlyReport;
      inputs = {
        byYear: new Map([[yearKey(first), firstOfBody]]),
        byContent: new Map([[canonical(first), firstOfBody]]),
      };
      this.seenTwice.set(firstOfBody, inputs);
    }
    const content = canonical(report);
    const sameContent = inputs.byContent.get(content);
    // An unnamed body (blank agency) is no body: its inputs repeat an earlier one by content only.
    const sameBody = named ? inputs.byYear.get(yearKey(report)) : undefined;
    const first = sameContent ?? sameBody;
    if (first === undefined) {
      inputs.byYear.set(yearKey(report), index);
      inputs.byContent.set(content, index);
      return false;
    }
    this.findings.push({
      code: 'ROLLUP-DUPLICATE',
      severity: sameContent === undefined ? 'error' : 'warning',
      path: ['inputs', index],
      quote: report.meta.agency,
      messageKey: sameContent === undefined ? 'ROLLUP-DUPLICATE/body' : 'ROLLUP-DUPLICATE',
      params: { input: index + 1, first: first + 1, agency: report.meta.agency, year: report.meta.year },
    });
    return sameContent !== undefined;
  }
}
