import { useAppStore } from '../../stores/appStore';
import { useUiStore } from '../../stores/uiStore';

/** "Add pane" from a button or the palette: the new pane becomes the focused one and its picker takes the keys. */
export const addPaneAndFocus = (): string | null => {
  const id = useAppStore.getState().addPane();
  if (id) {
    useUiStore.getState().focusPane(id);
    useUiStore.getState().requestPaneFocus(id);
  }
  return id;
};
