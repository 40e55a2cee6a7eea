import { describe, expect, it } from 'vitest';
import { exportSessionDocument } from './session';
import { exportThread } from './thread';
import {
  emptyThreadFixture,
  EXPORTED_AT,
  sessionFixture,
  threadFixture,
  UNICODE_TEXT,
} from '../testing/exportTestKit';

const markdownOf = () => exportThread(threadFixture(), 'markdown', EXPORTED_AT).text;

describe('Markdown export', () => {
  it('shows the thread facts, the variables and every message in order with readable roles', () => {
    const text = markdownOf();
    expect(text).toMatch(
      /^# Thread with Jörg Müller\n\n_Exported from Famulor Playground on 14 March 2026, 09:26:\d\d UTC\._/,
    );
    expect(text).toContain('| Customer | Jörg Müller · +491701234567 |');
    expect(text).toContain('| WhatsApp sender | Clinic · +4930123456101 |');
    expect(text).toContain('| Cost | $0.03 |');
    expect(text).toContain('"company_name": "Stadtpark Health Clinic"');
    const order = ['**1. Customer**', '**2. Assistant**', '**3. Customer**'].map((label) =>
      text.indexOf(label),
    );
    expect(order.every((position, index) => position > (order[index - 1] ?? -1))).toBe(true);
    expect(text).toContain('> Let me check the calendar.\n> One moment.');
  });

  it('puts each function call in a collapsible section with its arguments and result', () => {
    const text = markdownOf();
    expect(text.match(/<details>/g)).toHaveLength(1);
    expect(text.match(/<\/details>/g)).toHaveLength(1);
    expect(text).toContain('<summary>Function call <code>check_calendar_availability</code></summary>');
    expect(text).toContain('"service": "consultation"');
    expect(text).toContain('"10:30"');
  });

  it('escapes HTML in messages so a message cannot close a section or inject a tag', () => {
    const text = markdownOf();
    expect(text).not.toContain('<script>');
    expect(text).toContain(`&lt;script&gt;alert("x")&lt;/script&gt; &lt;/details&gt; &amp; 'quoted'`);
    expect(text).toContain('| Assistant | Clara &lt;Support&gt; |');
  });

  it('keeps function-call JSON valid while writing < and > as JSON escapes', () => {
    const text = markdownOf();
    const result = /\*\*Result\*\*\n\n(`{3,})json\n([\s\S]*?)\n\1/.exec(text);
    expect(result?.[2]).toContain('\\u003cscript\\u003e');
    expect(JSON.parse(result?.[2] ?? '')).toEqual(
      threadFixture().detail.history[1]?.functionCalls[0]?.result,
    );
  });

  it('opens code fences longer than any backtick run inside them', () => {
    expect(markdownOf()).toContain('````json');
  });

  it('keeps unicode as it is', () => {
    expect(markdownOf()).toContain(`> ${UNICODE_TEXT}`);
  });

  it('says so when a thread has no messages and no variables', () => {
    const text = exportThread(emptyThreadFixture(), 'markdown', EXPORTED_AT).text;
    expect(text).toContain('_No messages yet._');
    expect(text).toContain('_No variables._');
    expect(text).not.toContain('<details>');
  });

  it('renders a session pane by pane with times, notes and its function calls', () => {
    const file = exportSessionDocument(sessionFixture(), 'markdown', EXPORTED_AT);
    expect(file.fileName).toBe('demo-fur-kunde-acme-2026-03-14.md');
    expect(file.text).toContain('# Demo für Kunde &lt;ACME&gt;');
    expect(file.text).toContain('## Notes\n\n> Follow up with ACME 👍');
    expect(file.text).toContain('## Test');
    expect(file.text).toContain('## Widget');
    expect(file.text).toContain('**1. Customer** · 10 March 2026, 08:01:00 UTC');
    expect(file.text).toContain('<code>book_appointment</code>');
  });

  it('heads an untitled pane with its number', () => {
    const session = sessionFixture();
    session.panes = session.panes.map((pane) => ({ ...pane, title: ' ' }));
    const { text } = exportSessionDocument(session, 'markdown', EXPORTED_AT);
    expect(text).toContain('## Pane 1\n');
    expect(text).toContain('## Pane 2\n');
    expect(text).not.toMatch(/^## *$/m);
  });
});
