import { useAppStore } from '../../stores/appStore';
import { selectOpenThread } from '../../stores/threadsSlice';
import { ThreadBrowser } from './ThreadBrowser';
import { ThreadReader } from './ThreadReader';
import './threads.css';

/** Customer threads for support staff: find a conversation, then read, take over, answer and export it. */
export const ThreadsView = () => {
  const thread = useAppStore(selectOpenThread);
  return (
    <div className="threads" data-testid="threads-view">
      {thread ? <ThreadReader key={thread.conversationId} thread={thread} /> : <ThreadBrowser />}
    </div>
  );
};
