import { useTranslation } from 'react-i18next';
import { JsonTree } from '../../components/JsonTree';
import type { ThreadCall } from './threadCalls';

interface CallInspectorProps {
  call: ThreadCall;
  onShowInThread(call: ThreadCall): void;
  onClose(): void;
}

/** The selected function call in full: its arguments and result, and the message that made it. */
export const CallInspector = ({ call, onShowInThread, onClose }: CallInspectorProps) => {
  const { t } = useTranslation();
  return (
    <section
      className="call-inspector"
      aria-label={t('threads.calls.inspector')}
      data-testid="call-inspector"
    >
      <header className="call-inspector__head">
        <code className="call-inspector__name">{call.call.name}</code>
        <button
          type="button"
          className="link-button"
          data-testid="call-inspector-message"
          onClick={() => onShowInThread(call)}
        >
          {t('threads.calls.inMessage', { number: call.messageIndex + 1 })}
        </button>
        <button
          type="button"
          className="icon-button call-inspector__close"
          aria-label={t('threads.calls.closeInspector')}
          onClick={onClose}
        >
          ×
        </button>
      </header>
      <JsonTree
        key={call.key}
        value={{ arguments: call.call.arguments, result: call.call.result }}
        openLevels={2}
        className="call-json__frame"
        testId="call-inspector-json"
      />
    </section>
  );
};
