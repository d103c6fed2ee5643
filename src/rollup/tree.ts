/**
 * Rollup over a tree of bodies: a region, its departments and lower governments, their units.
 *
 * @module
 */
import type { FormatVersion } from '../format/grid.js';
import type { BodyLevel, ReadonlyReport } from '../model/types.js';
import { Accumulator } from './accumulator.js';
import { buildResult, type RollupOptions, type RollupResult } from './result.js';
import { settleTarget } from './rollup.js';

/**
 * A body in the tree: its own report (covering the body alone), and the bodies under it.
 *
 * @example
 * ```ts
 * const county: BodyNode = {
 *   agency: '某县人民政府',
 *   level: 'government',
 *   report: countyOffice,
 *   children: [{ agency: '某县财政局', report: finance }, { agency: '某镇人民政府', level: 'township', report: town }],
 * };
 * ```
 */
export interface BodyNode {
  agency: string;
  /** The body's own report, if it publishes one; a pure grouping node has none. */
  report?: ReadonlyReport;
  level?: BodyLevel;
  children?: readonly BodyNode[];
}

/**
 * The total at one node of the tree, and the totals of its children.
 *
 * @example
 * ```ts
 * const node = rollupTree(county);
 * node.total.report.table3.received.natural; // the county and everything below it
 * node.children.map((c) => [c.agency, c.total.report.table3.received.natural]);
 * ```
 */
export interface RollupTreeNode {
  agency: string;
  /** The node's own report plus every report below it. */
  total: RollupResult;
  children: RollupTreeNode[];
}

/**
 * Options of {@link rollupTree}: those of `rollup`, and the year and grid when no report says.
 *
 * @example
 * ```ts
 * rollupTree(county, { year: 2024, format: '2021', lang: 'en' });
 * ```
 */
export interface RollupTreeOptions extends RollupOptions {
  year?: number;
  format?: FormatVersion;
}

function collect(node: BodyNode, out: ReadonlyReport[], depth: number): void {
  if (depth > 64) throw new TypeError(`the body tree is deeper than 64 levels at ${node.agency}; is it cyclic?`);
  if (node.report) out.push(node.report);
  for (const child of node.children ?? []) collect(child, out, depth + 1);
}

/**
 * Rolls up a tree of bodies, returning the total at every node: a leaf's total is its own report;
 * a node's total is its own report plus its children's totals. Each report is read once (the
 * totals are built bottom-up by merging accumulators), and the same rules as `rollup` apply
 * across the whole tree: one format and year unless `{ comparable: true }`.
 *
 * @example
 * ```ts
 * import { rollupTree } from 'zfxxgk';
 * const county = rollupTree({
 *   agency: '某县人民政府',
 *   report: countyOffice,
 *   children: [{ agency: '某县财政局', report: finance }, { agency: '某镇人民政府', report: town, children: [{ agency: '某村', report: village }] }],
 * });
 * county.total.report.table3.received.total; // the whole county
 * county.children[1]?.total.report.table3.received.total; // the town and its village
 * ```
 */
export function rollupTree(root: BodyNode, options: RollupTreeOptions = {}): RollupTreeNode {
  const all: ReadonlyReport[] = [];
  collect(root, all, 0);
  const { format, year } = settleTarget(
    all,
    { agency: root.agency, year: options.year, format: options.format },
    options.comparable ?? false,
  );
  const walk = (node: BodyNode): { acc: Accumulator; result: RollupTreeNode } => {
    const acc = new Accumulator(format);
    if (node.report) acc.add(node.report);
    const children = (node.children ?? []).map((child) => {
      const done = walk(child);
      acc.merge(done.acc);
      return done.result;
    });
    const level = node.level ?? (children.length > 0 ? 'government' : node.report?.meta.level);
    const scope = children.length > 0 ? 'region' : (node.report?.meta.scope ?? 'agency');
    const total = buildResult(acc, { agency: node.agency, year, level, scope }, options);
    return { acc, result: { agency: node.agency, total, children } };
  };
  return walk(root).result;
}
