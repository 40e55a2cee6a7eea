import { beforeEach, describe, expect, it } from 'vitest';
import { takePageToken, TOKEN_STORAGE_KEY } from './pageToken';

describe('the browser page token', () => {
  beforeEach(() => {
    sessionStorage.clear();
    window.history.replaceState(null, '', '/');
  });

  it('takes the token from the address and drops it from the address and the history entry', () => {
    window.history.replaceState({ kept: 1 }, '', '/?token=abc123&view=threads#top');
    expect(takePageToken(window)).toBe('abc123');
    expect(window.location.search).toBe('?view=threads');
    expect(window.location.hash).toBe('#top');
    expect(window.location.href).not.toContain('abc123');
    expect(window.history.state).toEqual({ kept: 1 });
  });

  it('finds the token again after a reload, when the address no longer has it', () => {
    window.history.replaceState(null, '', '/?token=first');
    takePageToken(window);
    expect(takePageToken(window)).toBe('first');
    expect(sessionStorage.getItem(TOKEN_STORAGE_KEY)).toBe('first');
  });

  it('prefers a new token in the address (the host was restarted) to the stored one', () => {
    sessionStorage.setItem(TOKEN_STORAGE_KEY, 'old');
    window.history.replaceState(null, '', '/?token=new');
    expect(takePageToken(window)).toBe('new');
    expect(sessionStorage.getItem(TOKEN_STORAGE_KEY)).toBe('new');
  });
});
