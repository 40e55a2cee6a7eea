import { useTranslation } from 'react-i18next';
import type { Assistant } from '../../../shared/domain/famulor';
import { fillPlaceholders } from '../../../shared/domain/placeholders';
import { useAppStore, type AppState } from '../../stores/appStore';
import { selectActiveProfile } from '../../stores/profilesSlice';
import { useUiStore } from '../../stores/uiStore';
import { useCreateSession } from '../sessions';

const selectOnDemo = (state: AppState) => selectActiveProfile(state)?.kind === 'simulator';
const selectAssistants = (state: AppState) => state.assistants;

/** What an assistant says first, as a caller hears it: its own name and variables filled in. */
const introductionOf = (assistant: Assistant) =>
  fillPlaceholders(assistant.initialMessage ?? '', {
    ...assistant.variables,
    assistant_name: assistant.name,
  });

/**
 * The first screen on the Offline demo: the simulator's assistants, each with what it says first, to start a
 * conversation with at once, and the way to the customer threads.
 */
export const DemoWelcome = () => {
  const { t } = useTranslation();
  const onDemo = useAppStore(selectOnDemo);
  const assistants = useAppStore(selectAssistants);
  const createSession = useCreateSession();
  if (!onDemo) return null;

  const start = async (assistant: Assistant) => {
    if (await createSession()) return;
    const id = useAppStore.getState().addPane({
      assistant: { id: assistant.id, uuid: assistant.uuid, name: assistant.name },
      title: assistant.name,
      conversationType: 'test',
    });
    if (id) useUiStore.getState().focusPane(id);
  };

  return (
    <section className="demo-welcome" aria-label={t('playground.demo.title')} data-testid="demo-welcome">
      <h2>{t('playground.demo.title')}</h2>
      <p>{t('playground.demo.body')}</p>
      {assistants.status === 'loading' && <p role="status">{t('playground.demo.loading')}</p>}
      <ul className="demo-welcome__assistants">
        {assistants.list.map((assistant) => (
          <li key={assistant.uuid ?? assistant.id} className="demo-welcome__assistant">
            <div>
              <strong>{assistant.name}</strong>
              <p className="demo-welcome__line">{introductionOf(assistant)}</p>
            </div>
            <button
              type="button"
              className="button"
              aria-label={t('playground.demo.startWith', { name: assistant.name })}
              onClick={() => void start(assistant)}
            >
              {t('playground.demo.start')}
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className="button" onClick={() => useUiStore.getState().setView('threads')}>
        {t('playground.demo.openThread')}
      </button>
    </section>
  );
};
