import { describe, expect, it } from 'vitest';
import { DeepLinkInbox } from './deepLinkInbox';
import { EventBus } from './events';

describe('deep link inbox', () => {
  it('keeps a link until it is taken once, and nudges the renderer on every delivery', () => {
    const events = new EventBus();
    const nudges: string[] = [];
    events.subscribe((name) => nudges.push(name));
    const inbox = new DeepLinkInbox(events);
    expect(inbox.take()).toBeNull();
    inbox.deliver('famulor-playground://conversation/a');
    inbox.deliver('famulor-playground://conversation/b');
    expect(nudges).toEqual(['app:deepLink', 'app:deepLink']);
    expect(inbox.take()).toBe('famulor-playground://conversation/b');
    expect(inbox.take()).toBeNull();
  });
});
