export interface ProcessEnd {
  exit(code: number): void;
  kill(pid: number, signal: NodeJS.Signals): void;
  log(line: string): void;
  pid: number;
}

const nodeProcess: ProcessEnd = {
  exit: (code) => process.exit(code),
  kill: (pid, signal) => process.kill(pid, signal),
  log: (line) => console.error(line),
  pid: process.pid,
};

/**
 * Ends the process once everything is saved. Node waits for its worker threads on exit, and a keychain call that
 * never answered (a locked keyring) holds one of them forever: then a normal exit would hang, and only SIGKILL
 * ends the process.
 */
export const endProcess = (overdueKeychainCalls: number, code = 0, end: ProcessEnd = nodeProcess): void => {
  if (overdueKeychainCalls === 0) {
    end.exit(code);
    return;
  }
  end.log(
    `A system keychain call never answered (${overdueKeychainCalls} pending); ending without waiting for it. Everything was saved.`,
  );
  end.kill(end.pid, 'SIGKILL');
};
