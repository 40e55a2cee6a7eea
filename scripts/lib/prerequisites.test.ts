import { describe, expect, it } from 'vitest';
import { planPrerequisites, type Probe } from './prerequisites.mjs';

const ALL_COMMANDS = ['xvfb-run', 'dbus-run-session', 'dbus-uuidgen', 'gnome-keyring-daemon', 'pkg-config'];
const ready: Probe = {
  platform: 'linux',
  chromiumPath: '/usr/bin/chromium',
  chromiumFromEnv: false,
  chromium: true,
  display: false,
  commands: new Set(ALL_COMMANDS),
  libsecret: true,
  machineId: true,
  keytar: 'loads',
};
// The fresh Debian machine of the README: Node, npm, python3, make, g++ and git, nothing else.
const fresh: Probe = {
  ...ready,
  chromium: false,
  commands: new Set(),
  libsecret: false,
  machineId: false,
  keytar: 'absent',
};
const ROOT = { installer: 'root', apt: true } as const;
const NOBODY = { installer: null, apt: true } as const;

describe('what the tests need from the machine', () => {
  it('asks for nothing where everything is there', () => {
    expect(planPrerequisites(ready, NOBODY)).toEqual({ install: [], steps: [], missing: [] });
  });

  it('on a fresh Debian as root: installs every package, then the machine id, then keytar, in that order', () => {
    const plan = planPrerequisites(fresh, ROOT);
    expect(plan.install).toEqual([
      'chromium',
      'xvfb',
      'xauth',
      'dbus',
      'gnome-keyring',
      'libsecret-1-dev',
      'pkg-config',
    ]);
    expect(plan.steps.map((step) => step.command.join(' '))).toEqual([
      'dbus-uuidgen --ensure=/etc/machine-id',
      'npm install --no-audit --no-fund',
    ]);
    expect(plan.missing).toEqual([]);
  });

  it('with sudo, runs the root steps through sudo and npm as the user', () => {
    const plan = planPrerequisites(fresh, { installer: 'sudo', apt: true });
    expect(plan.steps.map((step) => step.command[0])).toEqual(['sudo', 'npm']);
  });

  it('without root or sudo: one line per missing piece, naming the package and the command, and installs nothing', () => {
    const plan = planPrerequisites(fresh, NOBODY);
    expect(plan.install).toEqual([]);
    expect(plan.steps).toEqual([]);
    expect(plan.missing).toEqual([
      expect.stringMatching(/^missing: Chromium.* sudo apt-get install chromium$/),
      expect.stringMatching(/^missing: Xvfb.* sudo apt-get install xvfb xauth$/),
      expect.stringMatching(/^missing: D-Bus.* sudo apt-get install dbus$/),
      expect.stringMatching(/^missing: gnome-keyring.* sudo apt-get install gnome-keyring$/),
      expect.stringMatching(/^missing: libsecret.* sudo apt-get install libsecret-1-dev pkg-config$/),
      expect.stringMatching(/^missing: a machine id.* sudo dbus-uuidgen --ensure=\/etc\/machine-id$/),
      expect.stringMatching(/^missing: the keychain module \(keytar\).* npm install --no-audit --no-fund$/),
    ]);
  });

  it('rebuilds a keytar that is there but does not load, without root when libsecret is there', () => {
    const plan = planPrerequisites({ ...ready, keytar: 'broken' }, NOBODY);
    expect(plan.steps.map((step) => step.command.join(' '))).toEqual(['npm rebuild keytar']);
    expect(plan.missing).toEqual([]);
  });

  it('needs no virtual display where one is there', () => {
    const plan = planPrerequisites(
      { ...ready, display: true, commands: new Set(ALL_COMMANDS.filter((c) => c !== 'xvfb-run')) },
      NOBODY,
    );
    expect(plan.missing).toEqual([]);
  });

  it('does not install a Chromium over CHROMIUM_PATH, and says when that path is wrong', () => {
    const plan = planPrerequisites(
      { ...ready, chromiumFromEnv: true, chromium: false, chromiumPath: '/opt/x' },
      ROOT,
    );
    expect(plan.install).toEqual([]);
    expect(plan.missing).toEqual([
      expect.stringContaining('CHROMIUM_PATH names /opt/x, which does not exist'),
    ]);
  });

  it('on macOS asks only for a Chrome through CHROMIUM_PATH (the keychain is the OS’s own)', () => {
    const plan = planPrerequisites(
      { ...fresh, platform: 'darwin', keytar: 'loads', chromiumPath: '/usr/bin/chromium' },
      { installer: 'root', apt: false },
    );
    expect(plan.install).toEqual([]);
    expect(plan.missing).toEqual([expect.stringContaining('set CHROMIUM_PATH')]);
  });
});
