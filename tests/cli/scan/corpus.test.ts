/**
 * The corpus database holds what the other commands give: scanned from real and generated reports,
 * its `cells` (with `documents`, `sections`) rebuild, file by file, exactly the CSV `zfxxgk export`
 * writes; its `findings` are, finding by finding, those of `zfxxgk check --cross-year --format
 * json` in both languages, with the same places in the source.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FORMAT_2019, FORMAT_2021 } from '../../../src/format/index.js';
import { csvField } from '../../../src/interchange/csv-syntax.js';
import type { Entry } from '../fixtures.js';
import { ensureBuilt, folder, query, writeCorpus, zfxxgk } from './helpers.js';

type Row = Record<string, unknown>;
type CheckFinding = Entry['checkFindings'][number] & { loc?: Record<string, number>; locations?: Row[] };

let work: string;
let corpus: string;
let zh: Entry[];
let en: Entry[];
let documents: Row[];
let findings: Row[];
let cells: Row[];
let sections: Row[];
let scanned: ReturnType<typeof zfxxgk>;

beforeAll(() => {
  ensureBuilt();
  work = mkdtempSync(join(tmpdir(), 'zfxxgk-scan-'));
  corpus = folder(work, 'corpus');
  writeCorpus(corpus);
  scanned = zfxxgk(['scan', 'corpus', '--db', 'corpus.duckdb', '--lang', 'en'], work);
  zh = JSON.parse(zfxxgk(['check', 'corpus', '--cross-year', '--format', 'json'], work).out) as Entry[];
  en = JSON.parse(zfxxgk(['check', 'corpus', '--cross-year', '--format', 'json', '--lang', 'en'], work).out) as Entry[];
  const all = (table: string, order: string) =>
    query(join(work, 'corpus.duckdb'), `SELECT * FROM ${table} ORDER BY ${order}`, work);
  documents = all('documents', 'path');
  findings = all('findings', "document, CASE stage WHEN 'reading' THEN 0 WHEN 'check' THEN 1 ELSE 2 END, position");
  cells = all('cells', 'document, position');
  sections = all('sections', 'document, position');
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

const SOURCE = ['line', 'column', 'page', 'table', 'row', 'cell', 'x', 'y'] as const;
/** The source columns of a row as a location with only the fields it has. */
const locationOf = (row: Row): Record<string, number> =>
  Object.fromEntries(SOURCE.filter((f) => row[`source_${f}`] !== null).map((f) => [f, row[`source_${f}`] as number]));

describe('zfxxgk scan --db', () => {
  it('stores every content once, with its status, and says what it did', () => {
    expect(scanned.code).toBe(0);
    expect(scanned.out).toContain('27 file(s): 26 read, 0 already in the database, 1 duplicate(s)');
    expect(documents).toHaveLength(26);
    const withStatus = (status: string) => documents.filter((d) => d.status === status).map((d) => d.path);
    expect(withStatus('unsupported')).toEqual(['corpus/other/scan.png']);
    expect(withStatus('unreadable')).toEqual(['corpus/other/empty.txt', 'corpus/other/notes.txt']);
    expect(new Set(zh.map((e) => e.sha256))).toEqual(new Set(documents.map((d) => d.sha256)));
    for (const doc of documents) {
      const entry = zh.find((e) => e.file === doc.path) as Entry;
      expect(doc).toMatchObject({ sha256: entry.sha256, size: entry.size, medium: entry.medium, status: entry.status });
      const meta = entry.meta as { agency: string; year: number; format: string } | undefined;
      expect([doc.agency ?? '', doc.year ?? 0, doc.format]).toEqual(
        meta ? [meta.agency, meta.year, meta.format] : ['', 0, null],
      );
    }
    // The run's own texts are in its language.
    const empty = documents.find((d) => d.path === 'corpus/other/empty.txt');
    expect(empty?.problems).toEqual((en.find((e) => e.file === 'corpus/other/empty.txt') as Entry).problems);
  });

  it('cells, sections and documents give back, file by file, exactly what zfxxgk export writes', () => {
    const read = documents.filter((d) => d.status === 'checked');
    expect(read).toHaveLength(23);
    for (const doc of read) {
      const exported = zfxxgk(['export', doc.path as string], work);
      expect(exported.code).toBe(0);
      const mine = (rows: Row[]) => rows.filter((r) => r.document === doc.sha256);
      const line = (...fields: string[]) => fields.map(csvField).join(',');
      const docCells = mine(cells);
      expect(docCells.map((c) => c.position)).toEqual(docCells.map((_, i) => i));
      const lines = [
        'table,row,column,value',
        line('meta', 'agency', '', (doc.agency as string | null) ?? ''),
        // The JSON form says 0 for a year not found; the database says NULL.
        line('meta', 'year', '', String(doc.year ?? 0)),
        line('meta', 'format', '', doc.format as string),
        line('meta', 'level', '', doc.level as string),
        line('meta', 'scope', '', doc.scope as string),
        line('meta', 'published', '', (doc.published as string | null) ?? ''),
        ...mine(sections)
          .filter((s) => s.topic === null)
          .flatMap((s) => [
            line('section', s.heading as string, 'heading', s.printed_heading as string),
            line('section', s.heading as string, 'text', s.text as string),
          ]),
        ...mine(sections)
          .filter((s) => s.topic !== null)
          .map((s) => line('topic', s.heading as string, '', s.text as string)),
        ...docCells.map((c) =>
          line(
            c.table_id as string,
            c.row_label as string,
            c.column_label as string,
            c.value === null ? '' : String(c.value),
          ),
        ),
        ...docCells
          .filter((c) => c.unit !== null)
          .map((c) => line('unit', c.row_label as string, c.column_label as string, c.unit as string)),
      ];
      expect(`${lines.join('\n')}\n`, doc.path as string).toBe(exported.out);
    }
  }, 180_000);

  it('a blank cell is NULL, a 0 is 0, and money keeps its decimals exactly', () => {
    const money = documents.find((d) => d.path === 'corpus/money.json') as Row;
    const fee = cells.find((c) => c.document === money.sha256 && c.row_key === 'fees' && c.column_key === 'feeAmount');
    expect(fee?.value).toBe(96171.6);
    const partial = documents.find((d) => d.path === 'corpus/real/partial/2019-xiongxian-xiang.txt') as Row;
    const values = cells.filter((c) => c.document === partial.sha256).map((c) => c.value);
    expect(values).toContain(null);
    const beiguan = documents.find((d) => d.path === 'corpus/real/2024-beiguan-yjglj.txt') as Row;
    expect(cells.filter((c) => c.document === beiguan.sha256).map((c) => c.value)).toContain(0);
    // The same figure as the query prints it in CSV: the interchange CSV's spelling.
    const csv = zfxxgk(
      [
        'query',
        'corpus.duckdb',
        `SELECT value FROM cells WHERE document = '${money.sha256}' AND row_key = 'fees' AND column_key = 'feeAmount'`,
        '--format',
        'csv',
      ],
      work,
    );
    expect(csv.out).toBe('value\n96171.6\n');
  });

  it('findings are those of check --cross-year --format json, in both languages, placed alike', () => {
    let compared = 0;
    zh.forEach((entry, index) => {
      const english = en[index] as Entry;
      const mine = findings.filter((f) => f.document === entry.sha256);
      const expected = [
        ...entry.readingFindings.map((f, i) => ({ f, english: english.readingFindings[i], stage: 'reading' })),
        ...entry.checkFindings.map((f, i) => ({
          f,
          english: english.checkFindings[i],
          stage: f.code.startsWith('X-') ? 'cross-year' : 'check',
        })),
      ];
      expect(
        mine.map((f) => [f.stage, f.code]),
        entry.file,
      ).toEqual(expected.map((e) => [e.stage, e.f.code]));
      expected.forEach(({ f, english: e, stage }, i) => {
        const finding = f as CheckFinding;
        const row = mine[i] as Row;
        expect(row, `${entry.file} #${i}`).toMatchObject({
          stage,
          previous: stage === 'cross-year' ? documents.find((d) => d.path === entry.previous)?.sha256 : null,
          severity: finding.severity,
          table_id: finding.table ?? null,
          row_label: finding.row ?? null,
          column_label: finding.column ?? null,
          group_label: finding.group ?? null,
          expected: finding.expected ?? null,
          actual: finding.actual ?? null,
          message_zh: finding.message,
          message_en: e?.message,
          cells: finding.cells?.map((c) => `${c.table}/${c.row}/${c.column}`) ?? null,
          path: finding.path?.map(String) ?? null,
          quote: finding.quote ?? null,
        });
        // Where it is: the reader's place, else the first cell or heading placed.
        const { key: _key, ...first } = (finding.locations?.[0] ?? {}) as Row;
        expect(locationOf(row)).toEqual(finding.loc ?? first);
        // Every place check gives is in the database: each cell's, and the section heading's.
        const places = ((row.cells as string[] | null) ?? []).flatMap((key) => {
          const cell = cells.find(
            (c) => c.document === row.document && `${c.table_id}/${c.row_key}/${c.column_key}` === key,
          );
          const loc = cell ? locationOf(cell) : {};
          return Object.keys(loc).length ? [{ key, ...loc }] : [];
        });
        const section = (row.path as string[] | null)?.[0] === 'sections' ? (row.path as string[])[1] : undefined;
        const heading = sections.find((s) => s.document === row.document && s.section === section && s.topic === null);
        if (heading && Object.keys(locationOf(heading)).length)
          places.push({ key: `sections/${section}`, ...locationOf(heading) });
        expect(places).toEqual(finding.locations ?? []);
        compared += 1;
      });
    });
    expect(compared).toBeGreaterThan(100);
    expect(findings.filter((f) => f.message_zh === null || f.message_en === null)).toEqual([]);
  });

  it('pairs each body’s consecutive years as check --cross-year does, and the views answer the common questions', () => {
    const pairs = query(join(work, 'corpus.duckdb'), 'SELECT * FROM cross_year_pairs ORDER BY agency, year', work);
    const paired = zh.filter((e) => e.previous !== undefined);
    expect(pairs.map((p) => [p.path, p.previous_path])).toEqual(
      expect.arrayContaining(paired.map((e) => [e.file, e.previous])),
    );
    expect(pairs).toHaveLength(paired.length);
    const crossYear = paired.flatMap((e) =>
      e.checkFindings.filter((f) => f.code.startsWith('X-')).map((f) => ({ file: e.file, ...f })),
    );
    const count = (file: string, code: string) => crossYear.filter((f) => f.file === file && f.code === code).length;
    for (const pair of pairs) {
      const file = pair.path as string;
      expect(pair).toMatchObject({
        carryover: count(file, 'X-CARRYOVER'),
        stock: count(file, 'X-STOCK'),
        text_reuse: count(file, 'X-TEXT-REUSE'),
        jump: count(file, 'X-JUMP'),
      });
    }
    // The carry-over the generated 2023 report gets wrong, the stock and copied text of the examples.
    expect(pairs.find((p) => p.agency === '甲县财政局' && p.year === 2023)?.carryover).toBeGreaterThan(0);
    expect(pairs.find((p) => p.agency === '北关区示例局')).toMatchObject({ stock: 1, text_reuse: 1 });
    const mismatches = query(
      join(work, 'corpus.duckdb'),
      'SELECT path, code, message_zh FROM cross_year_mismatches',
      work,
    );
    const sorted = (rows: Row[]) => rows.map((r) => JSON.stringify(r)).sort();
    expect(sorted(mismatches)).toEqual(
      sorted(
        crossYear
          .filter((f) => f.code === 'X-CARRYOVER' || f.code === 'X-STOCK')
          .map((f) => ({ path: f.file, code: f.code, message_zh: f.message })),
      ),
    );
    const reused = query(join(work, 'corpus.duckdb'), 'SELECT * FROM text_reused', work);
    expect(reused).toHaveLength(crossYear.filter((f) => f.code === 'X-TEXT-REUSE').length);
    expect(reused).toContainEqual(expect.objectContaining({ agency: '北关区示例局', year: 2024, section: 'problems' }));
    // Every relation that fails, and only those: the codes of the sum relations of both formats.
    const relations = new Set([...FORMAT_2021.relations, ...FORMAT_2019.relations].map((r) => r.code));
    const failing = query(
      join(work, 'corpus.duckdb'),
      'SELECT document, code, message_zh FROM relations_failing',
      work,
    );
    expect(sorted(failing)).toEqual(
      sorted(
        zh
          .filter((e, i) => zh.findIndex((other) => other.sha256 === e.sha256) === i)
          .flatMap((e) =>
            e.checkFindings
              .filter((f) => relations.has(f.code))
              .map((f) => ({ document: e.sha256, code: f.code, message_zh: f.message })),
          ),
      ),
    );
    expect(failing.map((f) => f.code)).toContain('T3-BALANCE');
  });

  it('a second scan of the same corpus reads nothing and changes nothing', () => {
    const again = zfxxgk(['scan', 'corpus', '--db', 'corpus.duckdb', '--lang', 'en'], work);
    expect(again.code).toBe(0);
    expect(again.out).toContain('27 file(s): 0 read, 26 already in the database, 1 duplicate(s)');
    expect(again.out).toContain('(0 added, 0 removed)');
    expect(query(join(work, 'corpus.duckdb'), 'SELECT count(*) AS n FROM findings', work)).toEqual([
      { n: findings.length },
    ]);
  });
});
