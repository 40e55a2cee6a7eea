import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TabList, tabPanelProps, useTabIds } from '../../components/TabList';
import { selectAssistants } from '../../stores/assistantsSlice';
import { useAppStore } from '../../stores/appStore';
import type { OpenThread } from '../../stores/threadsSlice';
import { CallInspector } from './CallInspector';
import { CustomerChatPanel } from './CustomerChatPanel';
import { FunctionCallList } from './FunctionCallList';
import type { ThreadCall } from './threadCalls';
import { ThreadDetails } from './ThreadDetails';
import { HumanReplyPanel } from './whatsapp/HumanReplyPanel';
import './threadSide.css';

type SideTab = 'calls' | 'reply' | 'chat';

interface ThreadSideProps {
  thread: OpenThread;
  calls: ThreadCall[];
  selectedCall: string | null;
  onSelectCall(call: ThreadCall): void;
  onCloseCall(): void;
}

const isWhatsApp = (thread: OpenThread) =>
  thread.summary?.type === 'whatsapp' || (thread.detail?.whatsappSender ?? null) !== null;

/**
 * Beside a thread: its details, its function calls, and the two composers — the agent's reply to the customer
 * (WhatsApp threads), and the tool that writes as a customer through generate-reply. A taken-over WhatsApp thread
 * opens on the agent's reply, the composer a person answering it needs.
 */
export const ThreadSide = ({ thread, calls, selectedCall, onSelectCall, onCloseCall }: ThreadSideProps) => {
  const { t } = useTranslation();
  const openThread = useAppStore((state) => state.openThreadById);
  const assistants = useAppStore(selectAssistants).list;
  const whatsapp = isWhatsApp(thread);
  const takenOver = thread.aiEnabled === false;
  const [tab, setTab] = useState<SideTab>(whatsapp && takenOver ? 'reply' : 'calls');
  const sideTabIds = useTabIds();
  // Taking the thread over brings up the agent's reply, once, as the switch flips (React's "adjust state" pattern).
  const [wasTakenOver, setWasTakenOver] = useState(takenOver);
  if (wasTakenOver !== takenOver) {
    setWasTakenOver(takenOver);
    if (whatsapp && takenOver) setTab('reply');
  }

  const assistantId = assistants.find((assistant) => assistant.uuid === thread.summary?.assistantId)?.id;
  const customer = thread.detail?.customer ?? thread.summary?.customer;
  const inspected = selectedCall === null ? null : (calls.find((call) => call.key === selectedCall) ?? null);
  const shown = !whatsapp && tab === 'reply' ? 'calls' : tab;

  return (
    <aside className="thread-side" aria-label={t('threads.details.label')}>
      <h2 className="visually-hidden">{t('threads.details.label')}</h2>
      <ThreadDetails thread={thread} />
      <TabList<SideTab>
        className="thread-side__tabs"
        tabClassName="thread-side__tab"
        label={t('threads.reader.sideTabs')}
        ids={sideTabIds}
        selected={shown}
        onSelect={setTab}
        tabs={[
          { id: 'calls', label: t('threads.calls.title', { count: calls.length }), testId: 'side-tab-calls' },
          ...(whatsapp
            ? [{ id: 'reply' as const, label: t('whatsappReply.tab'), testId: 'side-tab-reply' }]
            : []),
          { id: 'chat', label: t('threads.chat.title'), testId: 'side-tab-chat' },
        ]}
      />
      <div className="thread-side__panel" {...tabPanelProps(sideTabIds, shown)}>
        {shown === 'calls' && (
          <>
            <FunctionCallList calls={calls} selectedKey={selectedCall} onSelect={onSelectCall} />
            {inspected && (
              <CallInspector call={inspected} onShowInThread={onSelectCall} onClose={onCloseCall} />
            )}
          </>
        )}
        {shown === 'reply' && <HumanReplyPanel key={thread.conversationId} thread={thread} />}
        {shown === 'chat' && (
          <>
            {takenOver && (
              <p className="thread-side__notice" role="note" data-testid="chat-taken-over">
                {t('threads.chat.takenOver')}
              </p>
            )}
            <CustomerChatPanel
              key={thread.conversationId}
              conversationId={thread.conversationId}
              onOpenConversation={(id) => void openThread(id)}
              initial={{
                assistantId: assistantId ? String(assistantId) : '',
                customerIdentifier: thread.detail?.externalIdentifier ?? customer?.phone ?? '',
                variablesText: '',
                message: '',
              }}
            />
          </>
        )}
      </div>
    </aside>
  );
};
