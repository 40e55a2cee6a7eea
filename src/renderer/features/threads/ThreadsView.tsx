import { useState } from 'react';
import { useAppStore } from '../../stores/appStore';
import { selectOpenThread } from '../../stores/threadsSlice';
import { ThreadBrowser } from './ThreadBrowser';
import { ThreadReader } from './ThreadReader';
import './threads.css';

/** Customer threads for support staff: find a conversation, then read, take over, answer and export it. */
export const ThreadsView = () => {
  const thread = useAppStore(selectOpenThread);
  // Back in the list, focus returns to the thread that was open (its row's button), not to <body>.
  const openId = thread?.conversationId ?? null;
  const [lastOpenId, setLastOpenId] = useState<string | null>(null);
  if (openId !== null && openId !== lastOpenId) setLastOpenId(openId);
  return (
    <div className="threads" data-testid="threads-view">
      {thread ? (
        <ThreadReader key={thread.conversationId} thread={thread} />
      ) : (
        <ThreadBrowser returnFocusTo={lastOpenId} />
      )}
    </div>
  );
};
