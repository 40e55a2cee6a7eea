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
