/**
 * Progress on stderr while a batch runs: files done, rate and time left, on one line rewritten in
 * place; only on a terminal (nothing when stderr is piped or redirected).
 *
 * @module
 */
import type { CliIO } from '../command.js';
import type { CliText } from '../i18n.js';

/** How often the line is rewritten, in milliseconds. */
const EVERY_MS = 100;

/**
 * The progress line of a run of `total` files.
 *
 * @example
 * ```ts
 * const bar = progress(io, inputs.length, cliText('zh'));
 * for await (const result of results) bar.tick();
 * bar.clear();
 * ```
 */
export function progress(io: CliIO, total: number, text: CliText): { tick(): void; clear(): void } {
  if (!(io.stderrIsTTY ?? io.isTTY) || total < 2) return { tick: () => undefined, clear: () => undefined };
  const started = performance.now();
  let done = 0;
  let shown = 0;
  return {
    tick() {
      done += 1;
      const now = performance.now();
      if (now - shown < EVERY_MS && done < total) return;
      shown = now;
      const seconds = (now - started) / 1000;
      const rate = seconds > 0 ? done / seconds : 0;
      const eta = rate > 0 ? Math.ceil((total - done) / rate) : 0;
      io.stderr(`\r${text.progress(done, total, rate.toFixed(1), String(eta))}\u001b[K`);
    },
    clear: () => io.stderr('\r\u001b[K'),
  };
}
