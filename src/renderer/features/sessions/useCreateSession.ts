import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../shared/result';
import { useAppStore } from '../../stores/appStore';
import { useUiStore } from '../../stores/uiStore';
import { nextDefaultName } from './sessionOrder';

/** Creates "Session N" (the first free N), opens it in the playground, and answers with the error if it failed. */
export const useCreateSession = () => {
  const { t } = useTranslation();
  const createSession = useAppStore((state) => state.createSession);
  return async (): Promise<AppError | null> => {
    const list = useAppStore.getState().sessions.list;
    const error = await createSession(nextDefaultName(list, (n) => t('sessions.defaultName', { n })));
    if (!error) useUiStore.getState().setView('playground');
    return error;
  };
};
