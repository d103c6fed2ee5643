/**
 * The executable behind `zfxxgk` (built to `dist/cli.js`): runs {@link main} on this process, with
 * the batch pool's workers running `dist/cli-worker.js`.
 *
 * @module
 */
import { cliText } from './i18n.js';
import { main } from './main.js';
import { nodeIO } from './node-io.js';
import { langOf } from './options.js';

const argv = process.argv.slice(2);
main(argv, nodeIO(new URL('./cli-worker.js', import.meta.url))).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(
      `zfxxgk: ${cliText(langOf(argv)).errors.internal}: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
    );
    process.exitCode = 70;
  },
);
