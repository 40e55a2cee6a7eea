export function findAppBrowser(options: {
  platform: NodeJS.Platform;
  env: Record<string, string | undefined>;
  exists: (path: string) => boolean;
}): string | null;
export function appWindowArgs(url: string, userDataDir: string, options?: { root?: boolean }): string[];
export function addressIn(text: string): string | null;
