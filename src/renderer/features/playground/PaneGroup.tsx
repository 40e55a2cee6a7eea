import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { Group, Panel, Separator } from 'react-resizable-panels';
import { ConversationPane } from './ConversationPane';

/** One to four panes side by side; the separators resize them (drag, or arrow keys when focused). */
export const PaneGroup = ({ paneIds }: { paneIds: string[] }) => {
  const { t } = useTranslation();
  return (
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
  );
};
