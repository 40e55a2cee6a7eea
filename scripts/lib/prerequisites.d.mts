/** What scripts/prerequisites.mjs found on the machine. */
export interface Probe {
  platform: NodeJS.Platform;
  chromiumPath: string;
  /** CHROMIUM_PATH chose it: then it is not ours to install. */
  chromiumFromEnv: boolean;
  chromium: boolean;
  /** A display is there already: no virtual one is needed. */
  display: boolean;
  commands: Set<string>;
  libsecret: boolean;
  machineId: boolean;
  keytar: 'loads' | 'absent' | 'broken';
}
export interface PrerequisitePlan {
  install: string[];
  steps: { what: string; command: string[] }[];
  missing: string[];
}
export function planPrerequisites(
  probe: Probe,
  can: { installer: 'root' | 'sudo' | null; apt: boolean },
): PrerequisitePlan;
