import { z } from 'zod';
import type { Random } from './random';

/** Strings that have broken parsers, path handling, URL encoding or Unicode handling somewhere. */
const NASTY_STRINGS = [
  '',
  ' ',
  'x',
  'abc',
  'offline-demo',
  '../../etc/passwd',
  '..\\..\\windows\\win.ini',
  '%00',
  '\u0000',
  '\ud800',
  'a\udc00b',
  '😀',
  '<script>alert(1)</script>',
  '{{x}}',
  '__proto__',
  'constructor',
  'https://evil.example/api',
  'http://127.0.0.1:1/api',
  'javascript:alert(1)',
  '+4917612340987',
  '2026-12-01T20:00:00.000Z',
  'x'.repeat(5000),
  'é'.repeat(300),
];

const NASTY_NUMBERS = [0, -1, 1, 1.5, 2 ** 31, 2 ** 53 + 2, -1e308, 1e308, Number.MIN_VALUE];

/** Any JSON value, of any type, a little nested. */
export const junkValue = (random: Random, depth = 0): unknown => {
  switch (random.int(depth > 2 ? 4 : 7)) {
    case 0:
      return random.pick(NASTY_STRINGS);
    case 1:
      return random.pick(NASTY_NUMBERS);
    case 2:
      return random.pick([null, true, false]);
    case 3:
      return random.pick(NASTY_STRINGS) + random.pick(NASTY_STRINGS);
    case 4:
      return Array.from({ length: random.int(4) }, () => junkValue(random, depth + 1));
    case 5:
      return junkObject(random, [], depth + 1);
    default:
      return deeplyNested(random.pick([70, 500, 3000]));
  }
};

/** Deeper than any schema goes: a validator that recurses without a bound runs out of stack. */
const deeplyNested = (levels: number): unknown => {
  let value: unknown = 'bottom';
  for (let level = 0; level < levels; level += 1) value = { a: value };
  return value;
};

const junkObject = (random: Random, keys: readonly string[], depth: number): Record<string, unknown> => {
  const object: Record<string, unknown> = {};
  const count = random.int(4);
  for (let index = 0; index < count; index += 1) {
    const key = keys.length && random.chance(0.7) ? random.pick(keys) : random.pick(NASTY_STRINGS);
    setOwn(object, key, junkValue(random, depth));
  }
  return object;
};

/** Sets a key as an own property, `__proto__` included, so the object is what its JSON says. */
const setOwn = (object: Record<string, unknown>, key: string, value: unknown) =>
  Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });

const shapeKeys = (schema: z.ZodType): string[] =>
  schema instanceof z.ZodObject ? Object.keys(schema.shape) : [];

/**
 * An input for a channel: mostly an object with the schema's own keys holding values of any type (so that the
 * checks of each field are exercised), sometimes a value of another type altogether, or an extra key.
 */
export const channelInput = (random: Random, schema: z.ZodType): unknown => {
  if (random.chance(0.15)) return junkValue(random);
  const keys = shapeKeys(schema);
  const input: Record<string, unknown> = {};
  for (const key of keys) {
    if (random.chance(0.2)) continue;
    input[key] = random.chance(0.35)
      ? random.pick(['abc', 1, true, 'offline-demo', [], {}])
      : junkValue(random);
  }
  if (random.chance(0.15)) setOwn(input, random.pick(NASTY_STRINGS), junkValue(random));
  return input;
};

/** Bodies that are not the envelope the bridge sends. */
export const junkBody = (random: Random): string | Buffer =>
  random.pick<string | Buffer>([
    '',
    '{',
    'null',
    '[]',
    '"input"',
    '{"input":',
    '{"input":{}}garbage',
    '{"__proto__":{"polluted":1},"input":{}}',
    '{"input":{},"meta":{"requestId":{"$gt":""}}}',
    '{"input":{},"meta":"x"}',
    '{"input":{},"meta":{"requestId":"' + 'r'.repeat(500) + '"}}',
    Buffer.from([0x7b, 0xc3, 0x28, 0x7d]),
    Buffer.from([0xef, 0xbb, 0xbf, 0x7b, 0x7d]),
    'x'.repeat(random.int(10_000)),
  ]);

/** Request targets that are not an app route, or are one spelled strangely. */
export const junkPath = (random: Random): string =>
  random.pick([
    '/',
    '//',
    '///',
    '//[',
    '/\\\\',
    'http://[/',
    '//%',
    '*',
    '/%',
    '/%zz',
    '/%ED%A0%80',
    '/%C0%AE%C0%AE/',
    '/..%2f..%2fetc%2fpasswd',
    '/assets/../../../etc/passwd',
    '/assets/app.js',
    '/assets/app.js%00.html',
    '/index.html',
    '/bridge.js',
    '/api',
    '/api/',
    '/api/events',
    '/api/events?token=',
    '/api/%',
    '/api/__proto__',
    '/api/constructor',
    '/api/toString',
    '/api/app:info/../app:info',
    '/api/' + 'a'.repeat(4000),
    '/?token=' + '%'.repeat(20),
    '/' + '%C3%A9'.repeat(200),
  ]);
