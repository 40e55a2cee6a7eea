import type { ParseKeys } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { conversationIdFromText, parseDeepLink } from '../../../shared/deepLink';
import { useAppStore } from '../../stores/appStore';

type Notice = { kind: 'error' | 'info'; key: ParseKeys } | null;

const readClipboard = async (): Promise<{ ok: true; text: string } | { ok: false }> => {
  try {
    if (!navigator.clipboard?.readText) return { ok: false };
    return { ok: true, text: await navigator.clipboard.readText() };
  } catch {
    return { ok: false };
  }
};

/** Opens any conversation by UUID: typed, pasted (a UUID or a famulor-playground:// link) or from the clipboard. */
export const OpenConversationBar = () => {
  const { t } = useTranslation();
  const openThread = useAppStore((state) => state.openThreadById);
  const [text, setText] = useState('');
  const [notice, setNotice] = useState<Notice>(null);

  const open = (value: string) => {
    const id = conversationIdFromText(value);
    if (!id) {
      setNotice({ kind: 'error', key: value.trim() === '' ? 'threads.open.empty' : 'threads.open.invalid' });
      return;
    }
    setNotice(null);
    setText('');
    void openThread(id);
  };

  const fromClipboard = async () => {
    const clipboard = await readClipboard();
    if (!clipboard.ok) {
      setNotice({ kind: 'error', key: 'threads.open.clipboardDenied' });
      return;
    }
    if (!conversationIdFromText(clipboard.text)) {
      setNotice({ kind: 'error', key: 'threads.open.clipboardNoId' });
      return;
    }
    open(clipboard.text);
  };

  return (
    <form
      className="open-conversation"
      onSubmit={(event) => {
        event.preventDefault();
        open(text);
      }}
    >
      <label className="visually-hidden" htmlFor="open-conversation-input">
        {t('threads.open.label')}
      </label>
      <input
        id="open-conversation-input"
        className="field field--mono open-conversation__input"
        placeholder={t('threads.open.placeholder')}
        data-testid="open-conversation-input"
        value={text}
        aria-invalid={notice?.kind === 'error'}
        aria-describedby="open-conversation-notice"
        onChange={(event) => {
          setText(event.target.value);
          setNotice(null);
        }}
        onPaste={(event) => {
          const link = parseDeepLink(event.clipboardData.getData('text'));
          if (!link) return;
          event.preventDefault();
          setText(link.conversationId);
          setNotice({ kind: 'info', key: 'threads.open.linkRecognised' });
        }}
      />
      <button type="submit" className="button button--primary" data-testid="open-conversation-submit">
        {t('threads.open.submit')}
      </button>
      <button
        type="button"
        className="button"
        data-testid="open-conversation-clipboard"
        onClick={() => void fromClipboard()}
      >
        {t('threads.open.fromClipboard')}
      </button>
      <span
        id="open-conversation-notice"
        className={notice?.kind === 'error' ? 'inline-error' : 'inline-info'}
        role={notice?.kind === 'error' ? 'alert' : 'status'}
        data-testid="open-conversation-notice"
      >
        {notice ? t(notice.key) : ''}
      </span>
    </form>
  );
};
