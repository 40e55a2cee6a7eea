import { describe, expect, it } from 'vitest';
import { conversationDeepLink, conversationIdFromText, parseDeepLink } from './deepLink';

const id = '0b8e2c4a-1f3d-4e5a-9c7b-6d2e1f0a9b8c';

describe('parseDeepLink', () => {
  it('reads the conversation UUID out of a famulor-playground link', () => {
    expect(parseDeepLink(`famulor-playground://conversation/${id}`)).toEqual({
      kind: 'conversation',
      conversationId: id,
    });
  });

  it('tolerates a trailing slash, a query, surrounding spaces and upper case', () => {
    expect(parseDeepLink(`  FAMULOR-PLAYGROUND://conversation/${id.toUpperCase()}/?from=mail `)).toEqual({
      kind: 'conversation',
      conversationId: id,
    });
  });

  it('refuses other schemes, other targets and ids that are not UUIDs', () => {
    expect(parseDeepLink(`https://conversation/${id}`)).toBeNull();
    expect(parseDeepLink(`famulor-playground://session/${id}`)).toBeNull();
    expect(parseDeepLink('famulor-playground://conversation/not-a-uuid')).toBeNull();
    expect(parseDeepLink(`famulor-playground://conversation/${id}/extra`)).toBeNull();
    expect(parseDeepLink('famulor-playground://conversation/%E0%A4%A')).toBeNull();
  });

  it('round-trips the links it builds', () => {
    expect(parseDeepLink(conversationDeepLink(id))?.conversationId).toBe(id);
  });
});

describe('conversationIdFromText', () => {
  it('accepts a bare UUID or a link and nothing else', () => {
    expect(conversationIdFromText(` ${id}\n`)).toBe(id);
    expect(conversationIdFromText(conversationDeepLink(id))).toBe(id);
    expect(conversationIdFromText('hello')).toBeNull();
    expect(conversationIdFromText('')).toBeNull();
  });
});
