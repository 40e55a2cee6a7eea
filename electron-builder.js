// The installers' configuration. electron-builder finds this file by its name (electron-builder.js, an ES module
// because package.json says "type": "module"); scripts/dist.mjs and the CI test use the same factory.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
// The SHA-256 of every Electron zip of the installed version, shipped inside the electron package: checksums
// are verified without fetching SHASUMS256.txt, so a cached or mirrored zip is enough offline.
const electronChecksums = require('electron/checksums.json');

export const TEST_BUILD_ENV = 'FAMULOR_TEST_BUILD';
export const DEEP_LINK_SCHEME = 'famulor-playground';

/** What electron-builder builds for each platform; scripts/dist.mjs needs the Electron zip of each pair. */
export const PLATFORM_TARGETS = {
  linux: { electronPlatform: 'linux', targets: ['AppImage', 'deb'], arch: ['x64'] },
  win: { electronPlatform: 'win32', targets: ['nsis'], arch: ['x64'] },
  mac: { electronPlatform: 'darwin', targets: ['dmg'], arch: ['x64', 'arm64'] },
};

const releaseFuses = {
  runAsNode: false,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  enableEmbeddedAsarIntegrityValidation: true,
  onlyLoadAppFromAsar: true,
  enableCookieEncryption: true,
  // The window loads from app://, so file:// pages need none of the extra privileges Electron once gave them.
  grantFileProtocolExtraPrivileges: false,
  loadBrowserProcessSpecificV8Snapshot: false,
};

const targetsOf = (platform) =>
  PLATFORM_TARGETS[platform].targets.map((target) => ({ target, arch: PLATFORM_TARGETS[platform].arch }));

// electron-builder ignores the variables the electron package itself honours; they are mapped here so one
// set of variables serves `npm install`, `npm run dist` and Playwright alike.
const electronSource = (env) => ({
  ...(env.ELECTRON_OVERRIDE_DIST_PATH ? { electronDist: env.ELECTRON_OVERRIDE_DIST_PATH } : {}),
  // A custom cache root only exists in electron-builder's older download options, which cannot carry checksums.
  electronDownload: env.electron_config_cache
    ? { cache: env.electron_config_cache }
    : { checksums: electronChecksums },
});

/** The release configuration, or with FAMULOR_TEST_BUILD=1 the build Playwright can launch. */
export const createBuilderConfig = (env = process.env) => {
  const testBuild = env[TEST_BUILD_ENV] === '1';
  return {
    appId: 'io.famulor.playground',
    productName: 'Famulor Playground',
    artifactName: '${name}-${version}-${os}-${arch}.${ext}',
    // deb needs a homepage and a maintainer; package.json has neither.
    extraMetadata: { homepage: 'https://famulor.de' },
    directories: { output: testBuild ? 'dist/test-build' : 'dist/release', buildResources: 'build' },
    files: ['out/**', 'package.json'],
    // The simulator reads these at run time (src/main/simulator/resources.ts looks in process.resourcesPath).
    extraResources: [
      { from: 'resources/packs', to: 'packs' },
      { from: 'resources/seed', to: 'seed' },
    ],
    asar: true,
    // keytar's native addon cannot be loaded from inside the archive.
    asarUnpack: ['**/*.node'],
    npmRebuild: true,
    buildDependenciesFromSource: false,
    nodeGypRebuild: false,
    protocols: [{ name: 'Famulor Playground conversation link', schemes: [DEEP_LINK_SCHEME] }],
    // Playwright's _electron.launch passes --inspect=0 and waits for the inspector's "Debugger listening" line,
    // which the nodeCliInspect fuse suppresses; the test build keeps only that switch on.
    electronFuses: testBuild ? { ...releaseFuses, enableNodeCliInspectArguments: true } : releaseFuses,
    ...electronSource(env),
    linux: {
      target: targetsOf('linux'),
      icon: 'build/icon.png',
      executableName: 'famulor-playground',
      category: 'Development',
      maintainer: 'Famulor Playground',
      synopsis: 'Playground for Famulor chat assistants',
    },
    win: { target: targetsOf('win'), icon: 'build/icon.png' },
    nsis: { oneClick: false, perMachine: false, allowToChangeInstallationDirectory: true },
    mac: {
      target: targetsOf('mac'),
      icon: 'build/icon.png',
      category: 'public.app-category.developer-tools',
    },
  };
};

export default createBuilderConfig();
