/**
 * `zfxxgk scan INPUT… --db corpus.duckdb`: reads every report into the corpus database (DuckDB),
 * incrementally (a content already stored is skipped) and safely (whole documents per
 * transaction); with `--shard K/N --out DIR`, the K-th of N slices as Parquet files, for many
 * machines; `--merge DIR` brings such shards into a database. See docs/corpus-db.md.
 *
 * @module
 */
import { mkdirSync, rmdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { version } from '../../../package.json';
import type { Lang } from '../../findings/types.js';
import { expandInputs } from '../batch/inputs.js';
import type { FileStatus } from '../batch/result.js';
import type { CliCommand } from '../command.js';
import { cliText } from '../i18n.js';
import { parseCommandArgs, UsageError } from '../options.js';
import { BATCH_OPTIONS, batchSettings, READ_OPTIONS, readSettings, readUsage } from '../reading.js';
import { loadDuckDB } from '../scan/duck.js';
import { updatePairs } from '../scan/pairs.js';
import { mergeShards, shardName, writeShard } from '../scan/parquet.js';
import { type Shard, selectInputs } from '../scan/select.js';
import { type CorpusSettings, openCorpus, storedDocuments } from '../scan/store.js';
import { scanFiles } from '../scan/write.js';

function usage(lang: Lang): string {
  const u = readUsage(lang);
  const zh = lang === 'zh';
  return [
    'zfxxgk scan INPUT… --db FILE [--shard K/N] [--out DIR] [--merge DIR] [--jobs N] [--timeout S] [--include GLOB] [--exclude GLOB] [--lang zh|en] [--rule CODE=S]',
    '',
    u.file('INPUT', zh ? '报告' : 'a report'),
    u.folders,
    zh
      ? '  --db FILE            DuckDB 数据库文件（不存在则新建）；已存入的内容（按 SHA-256）不再读取'
      : '  --db FILE            the DuckDB database file (created if absent); contents already in it (by SHA-256) are skipped',
    zh
      ? '  --shard K/N          只处理按内容哈希划分的 N 份中的第 K 份（K 从 0 起）'
      : '  --shard K/N          process only the K-th of N slices by content hash (K from 0)',
    zh
      ? '  --out DIR            将文档写为 Parquet 文件（按年度分区），供多台机器的结果合并读取'
      : '  --out DIR            write the documents as Parquet files (partitioned by year), to be read together with other shards',
    zh
      ? '  --merge DIR          将 DIR 中各分片的 Parquet 文件合并到 --db 数据库（可重复）'
      : "  --merge DIR          merge the shards' Parquet files under DIR into the database of --db (repeatable)",
    ...u.batch,
    u.lang(zh ? '输出与问题消息' : 'the output and the problems'),
    u.inputFormat,
    u.rule,
    '',
    zh
      ? '每个问题都以中英文两种语言存入。跨年度对照（X-CARRYOVER、X-STOCK、X-TEXT-REUSE、X-JUMP）在不带 --shard 的 --db 扫描或合并后更新。'
      : 'Every finding is stored with its message in both languages. Cross-year pairs (X-CARRYOVER, X-STOCK, X-TEXT-REUSE, X-JUMP) are brought up to date by a --db scan without --shard, and by a merge.',
    zh
      ? '退出状态：0 所有输入均已存入；2 用法错误，或有输入无法读取（不存在、超过 --max-size）。'
      : 'Exit status: 0 every input is in the database; 2 usage errors, or an input that could not be read at all (missing, over --max-size).',
  ].join('\n');
}

/** `--shard K/N`, checked. */
function shardOption(value: string | undefined, lang: Lang): Shard | undefined {
  if (value === undefined) return undefined;
  const m = /^(\d{1,6})\/(\d{1,6})$/.exec(value);
  const shard = m ? { index: Number(m[1]), count: Number(m[2]) } : undefined;
  if (!shard || shard.count < 1 || shard.index >= shard.count) throw new UsageError(cliText(lang).scan.badShard(value));
  return shard;
}

/**
 * The `scan` subcommand.
 *
 * @example
 * ```ts
 * await scanCommand.run(['reports/', '--db', 'corpus.duckdb'], io); // 0 or 2
 * ```
 */
export const scanCommand: CliCommand = {
  name: 'scan',
  summary: {
    zh: '将一批报告（文件或文件夹）读入 DuckDB 语料库数据库或 Parquet 分片',
    en: 'read reports (files or folders) into a DuckDB corpus database, or Parquet shards',
  },
  usage,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      ...READ_OPTIONS,
      ...BATCH_OPTIONS,
      db: { type: 'string' },
      shard: { type: 'string' },
      out: { type: 'string' },
      merge: { type: 'string', multiple: true },
    });
    const settings = readSettings(values);
    const { lang } = settings;
    const text = cliText(lang);
    const batch = batchSettings(values, lang, io);
    const shard = shardOption(values.shard, lang);
    const merge = values.merge ?? [];
    if (values.db === undefined && values.out === undefined) throw new UsageError(text.scan.needTarget);
    if (merge.length && (shard || values.out !== undefined)) throw new UsageError(text.scan.mergeWithShard);
    if (positionals.length === 0 && merge.length === 0) throw new UsageError(text.errors.noInput);

    const duckdb = await loadDuckDB(lang);
    const corpus: CorpusSettings = { version, rules: settings.rules };
    const slice = shard ?? { index: 0, count: 1 };
    // Without --db, the shard is built in a database of its own under the output folder, removed
    // once its Parquet files are written.
    const scratch =
      values.db === undefined ? join(values.out as string, '_zfxxgk', `${shardName(slice)}.duckdb`) : undefined;
    if (scratch) mkdirSync(dirname(scratch), { recursive: true });
    const db = await openCorpus(duckdb, values.db ?? (scratch as string), corpus, lang);
    const started = performance.now();
    const lines: string[] = [];
    let notStored = 0;
    try {
      for (const dir of merge) lines.push(text.scan.merged(await mergeShards(db, dir, corpus, lang), dir));
      if (positionals.length) {
        const inputs = await expandInputs(positionals, io, { ...batch, lang });
        const selection = await selectInputs(inputs, io, { maxBytes: batch.maxBytes, lang, shard }, (hashes) =>
          storedDocuments(db, hashes),
        );
        for (const { file, problem } of selection.notRead) io.stderr(`zfxxgk scan: ${file}: ${problem}\n`);
        notStored = selection.notRead.length;
        const tally = await scanFiles(
          db,
          selection.toRead,
          io,
          { lang, rules: settings.rules, inputFormat: settings.inputFormat },
          batch,
        );
        const seconds = (performance.now() - started) / 1000;
        const read = selection.toRead.length;
        lines.push(
          text.scan.files(
            inputs.length,
            read,
            selection.stored,
            selection.duplicates,
            selection.otherShards,
            notStored,
          ),
        );
        const stored = (Object.entries(tally.byStatus) as [FileStatus, number][]).filter(([, n]) => n > 0);
        if (stored.length)
          lines.push(
            text.scan.statuses(stored.map(([status, n]) => text.findings.status(text.status[status], String(n)))),
          );
        lines.push(
          text.scan.took(
            seconds.toFixed(1),
            (read / Math.max(seconds, 0.001)).toFixed(1),
            (tally.writingMs / 1000).toFixed(1),
          ),
        );
      }
      // Pairs need every year of a body: not in a slice of the corpus.
      if (values.db !== undefined && !shard) {
        const pairs = await updatePairs(db, { lang, rules: settings.rules });
        lines.push(text.scan.pairs(pairs.pairs, pairs.added, pairs.removed));
      }
      if (values.out !== undefined) {
        await writeShard(db, values.out, slice, corpus);
        lines.push(text.scan.wrote(values.out));
      }
    } finally {
      db.close();
    }
    if (scratch) {
      for (const file of [scratch, `${scratch}.wal`]) rmSync(file, { force: true });
      // The folder goes with the last shard that used it (it stays while another shard is in it).
      try {
        rmdirSync(dirname(scratch));
      } catch {}
    }
    io.stdout(`${lines.join('\n')}\n`);
    return notStored ? 2 : 0;
  },
};
