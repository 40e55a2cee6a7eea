import { parseDeepLink } from '../../../shared/deepLink';
import { useAppStore } from '../../stores/appStore';
import { useUiStore } from '../../stores/uiStore';

/**
 * Where a `famulor-playground://conversation/<uuid>` link lands: the threads view with that conversation open.
 * The desktop shell hands links it receives to this; false means the link was not one the app understands.
 */
export const openDeepLink = (url: string): boolean => {
  const link = parseDeepLink(url);
  if (!link) return false;
  useUiStore.getState().setView('threads');
  void useAppStore.getState().openThreadById(link.conversationId);
  return true;
};
