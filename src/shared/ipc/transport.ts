/** The IPC channel name on which main pushes an event of the contract. */
export const eventChannel = (event: string): string => `event:${event}`;

/** The browser host's paths. */
export const API_PREFIX = '/api/';
export const EVENTS_PATH = '/api/events';
export const TOKEN_HEADER = 'x-playground-token';

/** `conversation:send` → [`conversation`, `send`]: `window.api` groups its methods by domain. */
export const splitChannel = (name: string): [domain: string, verb: string] => {
  const at = name.indexOf(':');
  return [name.slice(0, at), name.slice(at + 1)];
};
