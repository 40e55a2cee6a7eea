/**
 * Links of the form `famulor-playground://conversation/<uuid>`. The Electron shell registers the scheme and
 * hands such URLs to the renderer; the renderer also accepts them pasted into the "open conversation" field.
 */
export const DEEP_LINK_SCHEME = 'famulor-playground';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type DeepLink = { kind: 'conversation'; conversationId: string };

export const isConversationUuid = (text: string): boolean => UUID.test(text);

/** The target of a deep link, or null when the text is not one this app understands. */
export const parseDeepLink = (text: string): DeepLink | null => {
  const match = /^famulor-playground:\/\/+conversation\/([^/?#\s]+)\/?(?:[?#].*)?$/i.exec(text.trim());
  const id = match?.[1];
  if (!id) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(id);
  } catch {
    return null;
  }
  return isConversationUuid(decoded) ? { kind: 'conversation', conversationId: decoded.toLowerCase() } : null;
};

export const conversationDeepLink = (conversationId: string): string =>
  `${DEEP_LINK_SCHEME}://conversation/${encodeURIComponent(conversationId)}`;

/** What a person pasted (a bare UUID or a deep link), reduced to the conversation UUID; null when it is neither. */
export const conversationIdFromText = (text: string): string | null => {
  const trimmed = text.trim();
  if (isConversationUuid(trimmed)) return trimmed.toLowerCase();
  return parseDeepLink(trimmed)?.conversationId ?? null;
};
