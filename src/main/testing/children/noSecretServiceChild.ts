import { AppFailure } from '../../../shared/result';
import { createSecretStore } from '../../secrets/secretStore';
import { fakeSafeStorage } from '../secretsTestKit';

/**
 * Run by keychainUnavailable.test.ts in a process whose D-Bus address points at a socket that does not
 * exist, with the real keytar. Prints one JSON report of what the store offered and did.
 */
const [dir, key] = process.argv.slice(2);
if (!dir || !key) throw new Error('usage: noSecretServiceChild <dir> <key>');

const outcome = (promise: Promise<unknown>) =>
  promise.then(
    (value) => ({ ok: true, value }),
    (error: unknown) => ({ ok: false, error: error instanceof AppFailure ? error.error : String(error) }),
  );

const started = performance.now();
const store = createSecretStore({ dir, safeStorage: fakeSafeStorage('gnome_libsecret'), platform: 'linux' });
const availability = await store.availability();
const probeMs = performance.now() - started;
const defaultSet = await outcome(store.set('production', key));
const safeStorageSet = await outcome(store.set('production', key, { backend: 'safeStorage' }));
const readBack = (await store.get('production')) === key;

const basicText = createSecretStore({ dir, safeStorage: fakeSafeStorage('basic_text'), platform: 'linux' });
const basicTextAvailability = await basicText.availability();
const basicTextSet = await outcome(basicText.set('staging', key, { backend: 'safeStorage' }));
const memorySet = await outcome(basicText.set('staging', key, { backend: 'memory' }));

process.stdout.write(
  `${JSON.stringify({ availability, probeMs, defaultSet, safeStorageSet, readBack, basicTextAvailability, basicTextSet, memorySet })}\n`,
);
