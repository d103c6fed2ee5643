import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMMANDS, main } from '../../src/cli/main.js';
import { fakeIO } from './fake-io.js';

const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  version: string;
};

describe('zfxxgk', () => {
  it('prints the version from package.json', async () => {
    for (const flag of ['--version', '-v']) {
      const io = fakeIO();
      expect(await main([flag], io)).toBe(0);
      expect(io.out).toBe(`${version}\n`);
    }
  });

  it('lists every registered command in --help, in Chinese unless --lang en', async () => {
    const io = fakeIO();
    expect(await main(['--help'], io)).toBe(0);
    for (const c of COMMANDS) expect(io.out.split('\n')).toContain(`  ${c.name.padEnd(6)}  ${c.summary.zh}`);
    expect(io.out).toContain('退出状态');
    const en = fakeIO();
    expect(await main(['--help', '--lang', 'en'], en)).toBe(0);
    for (const c of COMMANDS) expect(en.out.split('\n')).toContain(`  ${c.name.padEnd(6)}  ${c.summary.en}`);
    expect(en.out).toContain('Exit status');
  });

  it('shows help and exits 2 when run without arguments', async () => {
    const io = fakeIO();
    expect(await main([], io)).toBe(2);
    expect(io.out).toContain('用法：zfxxgk 命令');
  });

  it("shows a command's usage with --help after it, or after help", async () => {
    for (const argv of [
      ['check', '--help'],
      ['help', 'check'],
    ]) {
      const io = fakeIO();
      expect(await main(argv, io)).toBe(0);
      expect(io.out).toContain('zfxxgk check FILE');
      expect(io.out).toContain('退出状态');
    }
  });

  it('exits 2 on an unknown command, saying so on stderr', async () => {
    const io = fakeIO();
    expect(await main(['lint', 'x.csv'], io)).toBe(2);
    expect(io.out).toBe('');
    expect(io.err).toContain('未知命令 "lint"');
    const en = fakeIO();
    expect(await main(['lint', '--lang=en'], en)).toBe(2);
    expect(en.err).toContain('unknown command "lint"');
  });

  it('exits 2 on an unknown option, with the usage on stderr', async () => {
    const io = fakeIO();
    expect(await main(['check', '--colour', 'x.csv'], io)).toBe(2);
    expect(io.err).toContain("参数有误：Unknown option '--colour'");
    expect(io.err).toContain('用法：zfxxgk check');
  });
});
