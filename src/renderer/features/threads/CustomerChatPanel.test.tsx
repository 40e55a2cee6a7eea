import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { GeneratedReply } from '../../../shared/domain/famulor';
import type { Result } from '../../../shared/result';
import { initI18n } from '../../i18n';
import { useAppStore } from '../../stores/appStore';
import { CustomerChatPanel } from './CustomerChatPanel';
import type { ChatDraft } from './customerChat';
import { ok, resetThreadsStore, summary } from '../../testing/threadsTestKit';
import { installFakeMainByChannel, removeFakeMain } from '../../testing/fakeMainTestKit';

const ID = '0b8e2c4a-1f3d-4e5a-9c7b-6d2e1f0a9b8c';
const DRAFT: ChatDraft = {
  assistantId: '103',
  customerIdentifier: 'crm-000417',
  variablesText: '',
  message: 'Hallo',
};

const reply = (change: Partial<GeneratedReply> = {}): Result<GeneratedReply> =>
  ok({
    conversationId: ID,
    customerIdentifier: 'crm-000417',
    reply: 'Guten Tag!',
    functionCalls: [],
    aiDisabled: false,
    ...change,
  });

const renderPanel = (initial: ChatDraft = DRAFT, conversationId: string | null = null) =>
  render(
    <CustomerChatPanel initial={initial} conversationId={conversationId} onOpenConversation={vi.fn()} />,
  );

const flush = () => act(async () => undefined);

describe('customer chat panel', () => {
  beforeAll(async () => {
    await initI18n('en');
  });
  beforeEach(resetThreadsStore);
  afterEach(() => {
    removeFakeMain();
    vi.useRealTimers();
  });

  it('sends the identifier, message and variables to generate-reply and shows the answer', async () => {
    const fake = installFakeMainByChannel({ 'conversation:generateReply': () => reply() });
    renderPanel();
    fireEvent.change(screen.getByTestId('chat-variables'), {
      target: { value: '{"customer_name": "Hannah"}' },
    });
    fireEvent.click(screen.getByTestId('chat-send'));
    expect((await screen.findByTestId('chat-reply')).textContent).toContain('Guten Tag!');
    expect(fake.callsTo('conversation:generateReply')).toEqual([
      {
        assistantId: 103,
        customerIdentifier: 'crm-000417',
        message: 'Hallo',
        variables: { customer_name: 'Hannah' },
        tag: 'threads-chat',
      },
    ]);
    expect((screen.getByTestId('chat-message') as HTMLTextAreaElement).value).toBe('');
  });

  it('checks a phone-looking identifier for E.164 before sending and offers the fix', async () => {
    const fake = installFakeMainByChannel({ 'conversation:generateReply': () => reply() });
    renderPanel({ ...DRAFT, customerIdentifier: '+49 152 23459876' });
    expect(screen.getByTestId('chat-identifier-problem').textContent).toMatch(/E\.164/);
    fireEvent.click(screen.getByTestId('chat-send'));
    await flush();
    expect(fake.callsTo('conversation:generateReply')).toHaveLength(0);
    fireEvent.click(screen.getByText('Use +4915223459876'));
    expect((screen.getByTestId('chat-identifier') as HTMLInputElement).value).toBe('+4915223459876');
    expect(screen.queryByTestId('chat-identifier-problem')).toBeNull();
  });

  it('shows the length against the 255-character limit before sending', () => {
    installFakeMainByChannel({});
    renderPanel({ ...DRAFT, customerIdentifier: 'x'.repeat(256) });
    expect(screen.getByTestId('chat-identifier-count').textContent).toBe('256/255');
    expect(screen.getByTestId('chat-identifier-problem').textContent).toBe('At most 255 characters.');
  });

  it('counts down while main’s pacer holds the message', async () => {
    vi.useFakeTimers();
    let answer: (result: Result<GeneratedReply>) => void = () => undefined;
    const fake = installFakeMainByChannel({
      'conversation:generateReply': () =>
        new Promise<Result<GeneratedReply>>((resolve) => (answer = resolve)),
    });
    renderPanel();
    fireEvent.click(screen.getByTestId('chat-send'));
    await flush();
    expect(screen.getByTestId('chat-status').textContent).toBe('Waiting for the reply…');
    const requestId = fake.lastRequestId('conversation:generateReply');
    expect(requestId).toMatch(/^req-/);
    act(() => fake.emit('pacer:wait', { requestId, waitMs: 12_000, queued: 1 }));
    expect(screen.getByTestId('chat-status').textContent).toMatch(/^Sending in 12 s/);
    act(() => vi.advanceTimersByTime(5_000));
    expect(screen.getByTestId('chat-status').textContent).toMatch(/^Sending in 7 s/);
    answer(reply());
    await flush();
    expect(screen.queryByTestId('chat-status')).toBeNull();
    expect(screen.getByTestId('chat-reply')).toBeTruthy();
  });

  it('takes a further message while the pacer holds the first, and keeps a cancelled one’s text', async () => {
    vi.useFakeTimers();
    const answers: ((result: Result<GeneratedReply>) => void)[] = [];
    const fake = installFakeMainByChannel({
      'conversation:generateReply': () =>
        new Promise<Result<GeneratedReply>>((resolve) => answers.push(resolve)),
    });
    renderPanel();
    fireEvent.click(screen.getByTestId('chat-send'));
    await flush();
    const first = fake.lastRequestId('conversation:generateReply');
    act(() => fake.emit('pacer:wait', { requestId: first, waitMs: 30_000, queued: 1 }));
    // Send is still there, and the message field is free for the next one.
    const message = screen.getByTestId('chat-message') as HTMLTextAreaElement;
    expect(message.value).toBe('');
    fireEvent.change(message, { target: { value: 'And a second question' } });
    fireEvent.click(screen.getByTestId('chat-send'));
    await flush();
    expect(fake.callsTo('conversation:generateReply')).toHaveLength(2);
    expect(screen.getAllByTestId('chat-status').map((status) => status.textContent)).toEqual([
      expect.stringMatching(/^Sending in 30 s/),
      'Waiting for the reply…',
    ]);

    fireEvent.click(screen.getAllByTestId('chat-cancel')[1] as HTMLElement);
    answers[1]?.({ ok: false, error: { code: 'cancelled', reason: 'cancelled' } });
    await flush();
    expect(screen.getAllByTestId('chat-status')).toHaveLength(1);
    expect(message.value).toBe('And a second question');
    answers[0]?.(reply());
    await flush();
    expect(screen.queryByTestId('chat-status')).toBeNull();
  });

  it('counts down only for its own request, not for another request the pacer holds', async () => {
    vi.useFakeTimers();
    const fake = installFakeMainByChannel({
      'conversation:generateReply': () => new Promise<Result<GeneratedReply>>(() => undefined),
    });
    renderPanel();
    act(() => fake.emit('pacer:wait', { requestId: 'req-earlier', waitMs: 40_000, queued: 2 }));
    fireEvent.click(screen.getByTestId('chat-send'));
    await flush();
    act(() => fake.emit('pacer:wait', { requestId: 'req-someone-else', waitMs: 30_000, queued: 3 }));
    expect(screen.getByTestId('chat-status').textContent).toBe('Waiting for the reply…');
    const requestId = fake.lastRequestId('conversation:generateReply');
    act(() => fake.emit('pacer:wait', { requestId, waitMs: 9_000, queued: 1 }));
    act(() => fake.emit('pacer:wait', { requestId: 'req-someone-else', waitMs: 50_000, queued: 4 }));
    expect(screen.getByTestId('chat-status').textContent).toMatch(/^Sending in 9 s/);
  });

  it('says plainly when AI is off, and marks the open thread as taken over', async () => {
    installFakeMainByChannel({
      'conversation:generateReply': () => reply({ reply: null, aiDisabled: true }),
      'conversation:get': () =>
        ok({
          history: [],
          variables: null,
          externalIdentifier: 'crm-000417',
          whatsappSender: null,
          customer: null,
        }),
    });
    useAppStore.setState({
      openThread: {
        conversationId: ID,
        summary: summary(ID, { type: 'api' }),
        status: 'ready',
        detail: null,
        latest: null,
        error: null,
        aiEnabled: true,
        aiSwitch: { pending: false, error: null },
        imported: null,
      },
    });
    renderPanel(DRAFT, ID);
    fireEvent.click(screen.getByTestId('chat-send'));
    expect((await screen.findByTestId('chat-ai-disabled')).textContent).toBe(
      'AI is off for this conversation — no reply was generated.',
    );
    expect(screen.queryByTestId('chat-reply')).toBeNull();
    expect(useAppStore.getState().openThread?.aiEnabled).toBe(false);
  });

  it('shows a rate-limit error with when to try again', async () => {
    installFakeMainByChannel({
      'conversation:generateReply': () => ({
        ok: false,
        error: {
          code: 'rate_limited',
          reason: 'generate_reply_rate_limited',
          params: { limit: 5 },
          retryAfterMs: 30_000,
        },
      }),
    });
    renderPanel();
    fireEvent.click(screen.getByTestId('chat-send'));
    expect((await screen.findByTestId('chat-error')).textContent).toBe(
      'Famulor limits replies to 5 a minute. Try again in 30 s.',
    );
  });
});
