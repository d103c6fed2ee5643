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

/** FNV-1a of a string's UTF-16 code units. */
function hashOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/**
 * The first input of each body: input indexes in an open-addressing table, by a hash of the body
 * name. Rollups take up to hundreds of thousands of inputs whose bodies nearly all come once; a
 * `Map` of their names cost over half of what adding the inputs up costs, this table a tenth.
 */
class FirstInputs {
  /** Index + 1 of the first input of a body, 0 where free; at least twice as many as the inputs. */
  private readonly slots: Int32Array;
  private readonly mask: number;

  constructor(private readonly bodies: readonly string[]) {
    let size = 16;
    while (size < 2 * bodies.length) size *= 2;
    this.slots = new Int32Array(size);
    this.mask = size - 1;
  }

  /** The first input with the body of input `index`; `index` itself when it is the first. */
  firstOf(index: number): number {
    const body = this.bodies[index] as string;
    for (let at = hashOf(body) & this.mask; ; at = (at + 1) & this.mask) {
      const held = (this.slots[at] as number) - 1;
      if (held < 0) {
        this.slots[at] = index + 1;
        return index;
      }
      if (this.bodies[held] === body) return held;
    }
  }
}

/**
 * Which inputs repeat an earlier one exactly (to leave out of the total), and the findings of
 * every input that repeats an earlier body and year.
 *
 * Two reports equal in every field have the same agency, so a report is compared (and serialised)
 * only when an earlier input has its body: a body that comes once costs a slot in a table, nothing
 * more (serialising every input cost more than adding it up).
 * @internal
 */
export function findDuplicates(reports: readonly ReadonlyReport[]): { repeated: Set<number>; findings: RawFinding[] } {
  const bodies = reports.map((report) => bodyName(report.meta.agency));
  const firstInputs = new FirstInputs(bodies);
  /** By the first input of a body, that body's counted inputs, once a second input of it came. */
  const seenTwice = new Map<number, BodyInputs>();
  const repeated = new Set<number>();
  const findings: RawFinding[] = [];
  reports.forEach((report, index) => {
    const firstOfBody = firstInputs.firstOf(index);
    if (firstOfBody === index) return;
    let inputs = seenTwice.get(firstOfBody);
    if (inputs === undefined) {
      const first = reports[firstOfBody] as ReadonlyReport;
      inputs = {
        byYear: new Map([[yearKey(first), firstOfBody]]),
        byContent: new Map([[canonical(first), firstOfBody]]),
      };
      seenTwice.set(firstOfBody, inputs);
    }
    const content = canonical(report);
    const sameContent = inputs.byContent.get(content);
    // An unnamed body (blank agency) is no body: its inputs repeat an earlier one by content only.
    const sameBody = bodies[index] ? inputs.byYear.get(yearKey(report)) : undefined;
    const first = sameContent ?? sameBody;
    if (first === undefined) {
      inputs.byYear.set(yearKey(report), index);
      inputs.byContent.set(content, index);
      return;
    }
    if (sameContent !== undefined) repeated.add(index);
    findings.push({
      code: 'ROLLUP-DUPLICATE',
      severity: sameContent === undefined ? 'error' : 'warning',
      path: ['inputs', index],
      quote: report.meta.agency,
      messageKey: sameContent === undefined ? 'ROLLUP-DUPLICATE/body' : 'ROLLUP-DUPLICATE',
      params: { input: index + 1, first: first + 1, agency: report.meta.agency, year: report.meta.year },
    });
  });
  return { repeated, findings };
}
