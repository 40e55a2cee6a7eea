// What the tests need from the machine besides node_modules, and what to do about each missing piece.
// Pure: scripts/prerequisites.mjs probes the machine and acts on the plan; the tests feed it made-up probes.

// The shapes of the probe and the plan are in prerequisites.d.mts.

/** Debian and Ubuntu: each need, the packages that meet it, and how to tell it is met. */
const LINUX_NEEDS = [
  {
    what: 'Chromium, which the end-to-end tests drive',
    packages: ['chromium'],
    met: (probe) => probe.chromium || probe.chromiumFromEnv,
  },
  {
    what: 'Xvfb, a virtual display for the desktop app’s tests',
    packages: ['xvfb', 'xauth'],
    met: (probe) => probe.display || probe.commands.has('xvfb-run'),
  },
  {
    what: 'D-Bus, the private message bus of the keychain tests',
    packages: ['dbus'],
    met: (probe) => probe.commands.has('dbus-run-session') && probe.commands.has('dbus-uuidgen'),
  },
  {
    what: 'gnome-keyring, the real Secret Service the keychain tests use',
    packages: ['gnome-keyring'],
    met: (probe) => probe.commands.has('gnome-keyring-daemon'),
  },
  {
    what: 'libsecret’s headers and pkg-config, to build the keychain module (keytar)',
    packages: ['libsecret-1-dev', 'pkg-config'],
    met: (probe) => probe.commands.has('pkg-config') && probe.libsecret,
  },
];

const MACHINE_ID = 'dbus-uuidgen --ensure=/etc/machine-id';

/**
 * install: the Debian packages to install first; steps: the commands to run after it, in order; missing: one
 * line per need that cannot be met here, naming what installs it.
 */
export const planPrerequisites = (probe, can) => {
  const sudo = can.installer === 'sudo' ? ['sudo'] : [];
  const installs = probe.platform === 'linux' && can.apt && can.installer !== null;
  const missing = [];
  const steps = [];
  const install = [];

  if (probe.platform === 'linux') {
    for (const need of LINUX_NEEDS.filter((each) => !each.met(probe))) {
      if (installs) install.push(...need.packages);
      else
        missing.push(
          `missing: ${need.what} — install it with: sudo apt-get install ${need.packages.join(' ')}`,
        );
    }
    if (!probe.machineId) {
      if (installs)
        steps.push({ what: 'a machine id for D-Bus', command: [...sudo, ...MACHINE_ID.split(' ')] });
      else
        missing.push(
          `missing: a machine id, without which D-Bus will not start — create it with: sudo ${MACHINE_ID}`,
        );
    }
  } else if (!probe.chromium) {
    missing.push(
      `missing: Chromium or Chrome at ${probe.chromiumPath}, which the end-to-end tests drive — install Chrome and set CHROMIUM_PATH to its executable`,
    );
  }
  if (probe.chromiumFromEnv && !probe.chromium && probe.platform === 'linux') {
    missing.push(
      `missing: CHROMIUM_PATH names ${probe.chromiumPath}, which does not exist — fix CHROMIUM_PATH or unset it`,
    );
  }

  // npm drops keytar when its build fails (it is optional), so it comes back with `npm install`; a keytar that
  // is there but does not load was built against something else and is built again.
  const keytarFix = {
    absent: ['npm', 'install', '--no-audit', '--no-fund'],
    broken: ['npm', 'rebuild', 'keytar'],
  };
  if (probe.keytar !== 'loads') {
    const command = keytarFix[probe.keytar];
    const blocked = missing.length > 0 || (probe.platform === 'linux' && !installs && !probe.libsecret);
    if (blocked)
      missing.push(`missing: the keychain module (keytar) — after the above, run: ${command.join(' ')}`);
    else steps.push({ what: 'the keychain module (keytar)', command });
  }
  return { install, steps, missing };
};
