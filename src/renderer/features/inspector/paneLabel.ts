import type { TFunction } from 'i18next';
import type { Pane } from '../../../shared/domain/session';

/** How the inspector names a pane: its title, or its position, assistant and type when it has none. */
export const paneLabel = (pane: Pane, index: number, t: TFunction): string =>
  pane.title.trim() !== ''
    ? pane.title
    : t('inspector.paneLabel', {
        number: index + 1,
        assistant: pane.assistant.name || t('inspector.noAssistant'),
        type: t(`inspector.types.${pane.conversationType}`),
      });

export const paneLabels = (panes: readonly Pane[], t: TFunction): Map<string, string> =>
  new Map(panes.map((pane, index) => [pane.id, paneLabel(pane, index, t)]));
