import { describe, expect, it } from 'vitest';
import { endProcess, type ProcessEnd } from './endProcess';

const recorder = () => {
  const calls: string[] = [];
  const end: ProcessEnd = {
    exit: (code) => calls.push(`exit ${code}`),
    kill: (pid, signal) => calls.push(`kill ${pid} ${signal}`),
    log: (line) => calls.push(`log ${line}`),
    pid: 4242,
  };
  return { calls, end };
};

describe('endProcess', () => {
  it('exits normally when no keychain call is left hanging', () => {
    const { calls, end } = recorder();
    endProcess(0, 3, end);
    expect(calls).toEqual(['exit 3']);
  });

  it('kills itself, saying why, when a keychain call never answered (a normal exit would wait forever)', () => {
    const { calls, end } = recorder();
    endProcess(1, 0, end);
    expect(calls).toEqual([
      expect.stringMatching(/^log A system keychain call never answered/),
      'kill 4242 SIGKILL',
    ]);
  });
});
