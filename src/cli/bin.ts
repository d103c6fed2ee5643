/**
 * The executable behind `zfxxgk` (built to `dist/cli.js`): runs {@link main} on this process.
 *
 * @module
 */
import { main } from './main.js';
import { nodeIO } from './node-io.js';

main(process.argv.slice(2), nodeIO()).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(
      `zfxxgk: internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
    );
    process.exitCode = 70;
  },
);
