// The first step of `npm test`: everything the tests need from the machine, installed where it can be
// (Debian or Ubuntu, as root or with sudo), or one line per missing piece naming what installs it, before any
// test runs. FAMULOR_NO_INSTALL=1 only checks.
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, readFileSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { planPrerequisites } from './lib/prerequisites.mjs';
import { runWithProgress } from './lib/progress.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const COMMANDS = [
  'xvfb-run',
  'dbus-run-session',
  'dbus-uuidgen',
  'gnome-keyring-daemon',
  'pkg-config',
  'apt-get',
];

const onPath = (name) =>
  (process.env.PATH ?? '').split(delimiter).some((dir) => {
    try {
      accessSync(join(dir, name), constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
const succeeds = (command, args) => spawnSync(command, args, { stdio: 'ignore' }).status === 0;
const hasMachineId = () =>
  ['/etc/machine-id', '/var/lib/dbus/machine-id'].some(
    (file) => existsSync(file) && readFileSync(file, 'utf8').trim().length > 0,
  );
const keytarState = () => {
  if (!existsSync(join(root, 'node_modules', 'keytar', 'package.json'))) return 'absent';
  return succeeds(process.execPath, ['-e', "require('keytar')"]) ? 'loads' : 'broken';
};

const probe = () => {
  const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  const commands = new Set(COMMANDS.filter(onPath));
  return {
    platform: process.platform,
    chromiumPath,
    chromiumFromEnv: process.env.CHROMIUM_PATH !== undefined,
    chromium: existsSync(chromiumPath),
    display: Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY),
    commands,
    libsecret: commands.has('pkg-config') && succeeds('pkg-config', ['--exists', 'libsecret-1']),
    machineId: process.platform !== 'linux' || hasMachineId(),
    keytar: keytarState(),
  };
};

const installer = () => {
  if (process.env.FAMULOR_NO_INSTALL === '1') return null;
  if (process.getuid?.() === 0) return 'root';
  return onPath('sudo') && succeeds('sudo', ['-n', 'true']) ? 'sudo' : null;
};

const run = async (what, command) => {
  console.log(`Prerequisites: ${what}: ${command.join(' ')}`);
  const [program, ...args] = command;
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  return (await runWithProgress(what, program, args, { env })) === 0;
};

process.chdir(root);
const can = { installer: installer(), apt: onPath('apt-get') };
const plan = planPrerequisites(probe(), can);
const aptGet = [...(can.installer === 'sudo' ? ['sudo'] : []), 'apt-get', '-o', 'Dpkg::Use-Pty=0', '-q'];
const installed =
  plan.install.length === 0 ||
  ((await run('updating the package lists', [...aptGet, 'update'])) &&
    (await run(`installing ${plan.install.length} packages`, [
      ...aptGet,
      'install',
      '-y',
      '--no-install-recommends',
      ...plan.install,
    ])));
// keytar builds against libsecret, so it waits for the packages; the machine id needs dbus-uuidgen from them.
if (installed) for (const step of plan.steps) await run(step.what, step.command);

// Whatever was done, the machine is asked again: the answer that counts is the one after installing.
const after =
  plan.install.length + plan.steps.length > 0
    ? planPrerequisites(probe(), { installer: null, apt: false })
    : plan;
if (after.missing.length > 0) {
  console.error('The tests cannot run on this machine yet:');
  for (const line of after.missing) console.error(`  ${line}`);
  if (can.installer === null && after.missing.some((line) => line.includes('sudo ')))
    console.error(
      '  (run the test command as root or with passwordless sudo to have these installed for you)',
    );
  process.exit(1);
}
console.log('Prerequisites: everything the tests need is on this machine.');
