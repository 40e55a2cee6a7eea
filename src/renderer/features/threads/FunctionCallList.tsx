import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ThreadCall } from './threadCalls';

interface FunctionCallListProps {
  calls: readonly ThreadCall[];
  selectedKey: string | null;
  onSelect(call: ThreadCall): void;
}

const ROW_HEIGHT = 44;

const argumentsPreview = (call: ThreadCall) => {
  const text = JSON.stringify(call.call.arguments) ?? '';
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
};

/** Every function call of the thread; a long thread makes thousands, so this list is virtualized too. */
export const FunctionCallList = ({ calls, selectedKey, onSelect }: FunctionCallListProps) => {
  const { t } = useTranslation();
  const scrollRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read during render by design
  const virtualizer = useVirtualizer({
    count: calls.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    initialRect: { width: 320, height: 400 },
  });
  if (calls.length === 0) {
    return (
      <p className="thread-side__empty" data-testid="thread-calls-empty">
        {t('threads.calls.none')}
      </p>
    );
  }
  return (
    <div ref={scrollRef} className="thread-calls" data-testid="thread-calls">
      <ul className="thread-calls__spacer" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const call = calls[item.index] as ThreadCall;
          return (
            <li
              key={call.key}
              className="thread-calls__row"
              style={{ transform: `translateY(${item.start}px)` }}
            >
              <button
                type="button"
                className="thread-calls__item"
                aria-current={selectedKey === call.key ? 'true' : undefined}
                data-testid={`call-item-${call.key}`}
                onClick={() => onSelect(call)}
              >
                <span className="thread-calls__head">
                  <code className="thread-calls__name">{call.call.name}</code>
                  <span className="thread-calls__where">
                    {t('threads.calls.inMessage', { number: call.messageIndex + 1 })}
                  </span>
                </span>
                <span className="thread-calls__args">{argumentsPreview(call)}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
};
