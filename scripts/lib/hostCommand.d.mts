export const HOST_NODE_FLAGS: readonly string[];
export function hostCommand(
  outDir: string,
  hostArgs?: readonly string[],
): { command: string; args: string[] };
