import { describe, expect, it } from 'vitest';
import { escapeHtml } from './escape';
import { exportSessionDocument } from './session';
import { exportThread } from './thread';
import {
  emptyThreadFixture,
  EXPORTED_AT,
  sessionFixture,
  threadFixture,
  UNICODE_TEXT,
} from '../testing/exportTestKit';

const htmlOf = () => exportThread(threadFixture(), 'html', EXPORTED_AT);

describe('HTML report', () => {
  it('is one complete document with a file name and type', () => {
    const file = htmlOf();
    expect(file.fileName).toBe('thread-0b8e2c4a-1f3d-4e5a-9c7b-6d2e1f0a9b8c-2026-03-14.html');
    expect(file.mimeType).toBe('text/html;charset=utf-8');
    expect(file.text).toMatch(/^<!doctype html>\n<html lang="en"><head><meta charset="utf-8">/);
    expect(file.text.trimEnd()).toMatch(/<\/html>$/);
  });

  it('is titled with whom the thread was and dated for a reader, the machine-readable time kept', () => {
    const { text } = htmlOf();
    expect(text).toContain('<title>Thread with Jörg Müller</title>');
    expect(text).toMatch(
      /on <time datetime="2026-03-14T09:26:\d\d\.\d{3}Z">14 March 2026, 09:26:\d\d UTC<\/time>/,
    );
    expect(text).toContain('1 March 2026, 10:00:00 UTC');
    expect(exportThread(emptyThreadFixture(), 'html', EXPORTED_AT).text).toContain(
      '<title>Thread 11111111-2222-4333-8444-555555555555</title>',
    );
  });

  it('runs nothing and loads nothing: no script, no remote resource, a policy that forbids both', () => {
    const { text } = htmlOf();
    expect(text).not.toMatch(/<script/i);
    expect(text).not.toMatch(/\s(src|href)=/i);
    expect(text).not.toMatch(/<link|@import|url\(/i);
    expect(text).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"`);
  });

  it('escapes every string that came from the thread', () => {
    const { text } = htmlOf();
    expect(text).toContain(escapeHtml('<script>alert("x")</script> </details>'));
    expect(text).toContain('Clara &lt;Support&gt;');
    expect(text).toContain('&quot;&lt;b&gt;odd key&lt;/b&gt;&quot;: 1');
    expect(text).not.toContain('<b>odd key</b>');
  });

  it('shows each function call as a collapsible section with arguments and result', () => {
    const { text } = htmlOf();
    expect(text.match(/<details class="function-call">/g)).toHaveLength(1);
    expect(text).toContain('<summary>Function call <code>check_calendar_availability</code></summary>');
    expect(text).toContain('&quot;date&quot;: &quot;2026-03-03&quot;');
  });

  it('keeps unicode and declares UTF-8', () => {
    expect(htmlOf().text).toContain(UNICODE_TEXT);
  });

  it('renders an empty thread with a plain note', () => {
    const { text } = exportThread(emptyThreadFixture(), 'html', EXPORTED_AT);
    expect(text).toContain('No messages yet.');
    expect(text).not.toContain('<ol class="messages">');
  });

  it('renders a session with one section per pane', () => {
    const { text } = exportSessionDocument(sessionFixture(), 'html', EXPORTED_AT);
    expect(text.match(/<section>/g)).toHaveLength(2);
    expect(text).toContain('<title>Demo für Kunde &lt;ACME&gt;</title>');
    expect(text).toContain('class="message role-user"');
  });
});
