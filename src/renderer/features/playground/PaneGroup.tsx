import { Fragment, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Group, Panel, Separator } from 'react-resizable-panels';
import { useElementWidth } from '../../lib/useElementWidth';
import { ConversationPane } from './ConversationPane';
import { paneColumns } from './paneGrid';

/**
 * One to four panes: side by side, resized by the separators (drag, or arrow keys when focused), while each can
 * be at least MIN_PANE_WIDTH wide; in less room (four panes beside the inspector on a laptop) in even rows.
 */
export const PaneGroup = ({ paneIds }: { paneIds: string[] }) => {
  const { t } = useTranslation();
  const frame = useRef<HTMLDivElement>(null);
  const width = useElementWidth(frame);
  const columns = width === null ? paneIds.length : paneColumns(paneIds.length, width);
  return (
    <div ref={frame} className="pane-frame">
      {columns >= paneIds.length ? (
        <Group orientation="horizontal" className="pane-group" id={`panes-${paneIds.length}`}>
          {paneIds.map((id, index) => (
            <Fragment key={id}>
              {index > 0 && (
                <Separator
                  className="pane-separator"
                  aria-label={t('playground.resizePanes', { left: index, right: index + 1 })}
                />
              )}
              <Panel id={id} minSize={15} className="pane-panel">
                <ConversationPane paneId={id} index={index} />
              </Panel>
            </Fragment>
          ))}
        </Group>
      ) : (
        <div
          className="pane-grid"
          data-testid="pane-grid"
          style={{ gridTemplateColumns: `repeat(${columns}, minmax(0, 1fr))` }}
        >
          {paneIds.map((id, index) => (
            <div key={id} className="pane-grid__cell">
              <ConversationPane paneId={id} index={index} />
            </div>
          ))}
        </div>
      )}
    </div>
  );
};
