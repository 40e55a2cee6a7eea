/**
 * One Content-Security-Policy for the desktop window and the browser mode: no remote scripts, no eval, and no
 * network for the renderer beyond the app itself (every Famulor call leaves from main). Inline styles stay
 * allowed because React and the pane layout set `style` attributes.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * The same policy for a `<meta>` tag: `frame-ancestors` only counts in a response header (browsers ignore it in
 * a meta tag and log an error on every load), and the header carries it.
 */
export const CONTENT_SECURITY_POLICY_META = CONTENT_SECURITY_POLICY.split('; ')
  .filter((directive) => !directive.startsWith('frame-ancestors'))
  .join('; ');
