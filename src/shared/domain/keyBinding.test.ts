import { describe, expect, it } from 'vitest';
import { keyDestination, movesKey } from './keyBinding';

const remote = (baseUrl: string) => ({ kind: 'remote' as const, baseUrl });

describe('the destination a key is bound to', () => {
  it('is the base URL origin: a new path keeps the key, a new scheme, host or port moves it', () => {
    const famulor = remote('https://app.famulor.de/api');
    expect(movesKey(famulor, remote('https://app.famulor.de/v2/api'))).toBe(false);
    expect(movesKey(famulor, remote('https://app.famulor.de:443/api'))).toBe(false);
    expect(movesKey(famulor, remote('https://APP.famulor.de/api'))).toBe(false);
    expect(movesKey(famulor, remote('https://app.famulor.de:8443/api'))).toBe(true);
    expect(movesKey(famulor, remote('https://evil.example/api'))).toBe(true);
    expect(movesKey(remote('http://127.0.0.1:4010/api'), remote('http://127.0.0.1:4011/api'))).toBe(true);
    expect(movesKey(remote('http://localhost:4010/api'), remote('https://localhost:4010/api'))).toBe(true);
  });

  it('treats the simulator as a destination of its own', () => {
    expect(keyDestination({ kind: 'simulator', baseUrl: 'http://127.0.0.1/api' })).toBe('simulator');
    expect(
      movesKey({ kind: 'simulator', baseUrl: 'https://a.example/api' }, remote('https://a.example/api')),
    ).toBe(true);
  });
});
