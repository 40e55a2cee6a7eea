import { useTranslation } from 'react-i18next';
import { FunctionCallCard } from '../../components/FunctionCallCard';
import type { ThreadCall } from './threadCalls';

interface CallInspectorProps {
  call: ThreadCall;
  onShowInThread(call: ThreadCall): void;
  onClose(): void;
}

/** The selected function call in full, in the card the playground's inspector uses too. */
export const CallInspector = ({ call, onShowInThread, onClose }: CallInspectorProps) => {
  const { t } = useTranslation();
  return (
    <section
      className="call-inspector"
      aria-label={t('threads.calls.inspector')}
      data-testid="thread-call-inspector"
    >
      <FunctionCallCard
        key={call.key}
        call={call.call}
        actions={
          <button
            type="button"
            className="icon-button"
            aria-label={t('threads.calls.closeInspector')}
            onClick={onClose}
          >
            ×
          </button>
        }
        origin={{
          label: t('threads.calls.inMessage', { number: call.messageIndex + 1 }),
          excerpt: call.excerpt,
          hint: t('threads.calls.showInThread'),
          onShow: () => onShowInThread(call),
        }}
      />
    </section>
  );
};
