import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useAppStore } from '../../stores/appStore';
import { FIRST_SCREEN_MESSAGES } from '../../stores/threadsSlice';
import { useUiStore } from '../../stores/uiStore';
import { openDeepLink } from './openDeepLink';
import { detail, history, ok, resetThreadsStore, threadAnswers } from '../../testing/threadsTestKit';
import { installFakeMainByChannel, removeFakeMain } from '../../testing/fakeMainTestKit';

const ID = '0b8e2c4a-1f3d-4e5a-9c7b-6d2e1f0a9b8c';

describe('openDeepLink', () => {
  beforeEach(() => {
    resetThreadsStore();
    useUiStore.getState().setView('playground');
  });
  afterEach(removeFakeMain);

  it('switches to the threads view and opens the linked conversation', async () => {
    const fake = installFakeMainByChannel({ ...threadAnswers(() => ok(detail(history(2)))) });
    expect(openDeepLink(`famulor-playground://conversation/${ID}`)).toBe(true);
    expect(useUiStore.getState().view).toBe('threads');
    expect(useAppStore.getState().openThread?.conversationId).toBe(ID);
    await expect.poll(() => useAppStore.getState().openThread?.status).toBe('ready');
    expect(fake.callsTo('conversation:open')).toEqual([
      { conversationId: ID, latest: FIRST_SCREEN_MESSAGES, tag: 'threads' },
    ]);
  });

  it('leaves everything as it was for a link it does not understand', () => {
    expect(openDeepLink('famulor-playground://settings')).toBe(false);
    expect(useUiStore.getState().view).toBe('playground');
    expect(useAppStore.getState().openThread).toBeNull();
  });
});
