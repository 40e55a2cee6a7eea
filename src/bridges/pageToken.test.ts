import { beforeEach, describe, expect, it, vi } from 'vitest';
import { takePageToken, TOKEN_STORAGE_KEY, whenIdleOrLeaving, type Deferred } from './pageToken';

const atOnce: Deferred = (write) => write();

describe('the browser page token', () => {
  beforeEach(() => {
    sessionStorage.clear();
    window.history.replaceState(null, '', '/');
  });

  it('takes the token from the address and drops it from the address and the history entry', () => {
    window.history.replaceState({ kept: 1 }, '', '/?token=abc123&view=threads#top');
    expect(takePageToken(window, atOnce)).toBe('abc123');
    expect(window.location.search).toBe('?view=threads');
    expect(window.location.hash).toBe('#top');
    expect(window.location.href).not.toContain('abc123');
    expect(window.history.state).toEqual({ kept: 1 });
  });

  it('finds the token again after a reload, when the address no longer has it', () => {
    window.history.replaceState(null, '', '/?token=first');
    takePageToken(window, atOnce);
    expect(takePageToken(window, atOnce)).toBe('first');
    expect(sessionStorage.getItem(TOKEN_STORAGE_KEY)).toBe('first');
  });

  it('prefers a new token in the address (the host was restarted) to the stored one', () => {
    sessionStorage.setItem(TOKEN_STORAGE_KEY, 'old');
    window.history.replaceState(null, '', '/?token=new');
    expect(takePageToken(window, atOnce)).toBe('new');
    expect(sessionStorage.getItem(TOKEN_STORAGE_KEY)).toBe('new');
  });

  it('leaves the session storage alone during the start, storing the token when the write it deferred runs', () => {
    const writes: (() => void)[] = [];
    const setItem = vi.spyOn(Storage.prototype, 'setItem');
    window.history.replaceState(null, '', '/?token=later');
    expect(takePageToken(window, (write) => writes.push(write))).toBe('later');
    expect(setItem).not.toHaveBeenCalled();
    expect(window.location.href).not.toContain('later');
    writes.forEach((write) => write());
    expect(sessionStorage.getItem(TOKEN_STORAGE_KEY)).toBe('later');
    setItem.mockRestore();
  });
});

describe('whenIdleOrLeaving', () => {
  const fakePage = () => {
    const idle: (() => void)[] = [];
    const target = new EventTarget();
    return {
      idle,
      leave: () => target.dispatchEvent(new Event('pagehide')),
      page: {
        requestIdleCallback: (run: () => void) => idle.push(run),
        addEventListener: (type: 'pagehide', listener: () => void) => target.addEventListener(type, listener),
      },
    };
  };

  it('writes once the page is idle, and not again when it goes', () => {
    const { idle, leave, page } = fakePage();
    const write = vi.fn();
    whenIdleOrLeaving(page)(write);
    expect(write).not.toHaveBeenCalled();
    idle.forEach((run) => run());
    leave();
    expect(write).toHaveBeenCalledTimes(1);
  });

  it('writes as the page goes (a reload before the page was ever idle), and not again when idle comes', () => {
    const { idle, leave, page } = fakePage();
    const write = vi.fn();
    whenIdleOrLeaving(page)(write);
    leave();
    expect(write).toHaveBeenCalledTimes(1);
    idle.forEach((run) => run());
    expect(write).toHaveBeenCalledTimes(1);
  });
});
