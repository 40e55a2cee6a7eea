export const HOST_NODE_FLAGS: readonly string[];
export function drivenHostArgs(userDataDir: string, extraArgs?: readonly string[]): string[];
export function hostCommand(
  outDir: string,
  hostArgs?: readonly string[],
): { command: string; args: string[] };
