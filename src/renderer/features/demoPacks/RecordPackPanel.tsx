import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../lib/describeError';
import { useAppStore } from '../../stores/appStore';
import { usePacksStore } from './packsStore';
import {
  recordingOf,
  scriptsFor,
  sessionsFor,
  suggestedSecrets,
  threadsFor,
  variableNamesOf,
  type RecordChoice,
} from './recordForm';

const toggled = (list: readonly string[], item: string, on: boolean): string[] =>
  on ? [...list.filter((other) => other !== item), item] : list.filter((other) => other !== item);

const EMPTY: readonly never[] = [];

/** Records a demo pack from the active profile's account: which assistants, which conversations, what to leave out. */
export const RecordPackPanel = ({ onClose }: { onClose(): void }) => {
  const { t } = useTranslation();
  const assistants = useAppStore((state) => state.assistants.list);
  const sessions = useAppStore((state) => state.sessions.list);
  const threads = useAppStore((state) => state.threadList.page?.conversations ?? EMPTY);
  const sessionId = useAppStore((state) => state.sessions.current?.id ?? null);
  const scripts = useAppStore((state) => state.sessions.current?.replayScripts ?? EMPTY);
  const recording = usePacksStore((state) => state.recording);
  const [choice, setChoice] = useState<RecordChoice>({
    name: '',
    description: '',
    assistantUuids: [],
    sessions: [],
    threads: [],
    scripts: [],
    phones: true,
    emails: true,
    secretVariables: [],
  });
  const variables = variableNamesOf(assistants, choice.assistantUuids);
  const pickAssistant = (uuid: string, on: boolean) => {
    const assistantUuids = toggled(choice.assistantUuids, uuid, on);
    setChoice({
      ...choice,
      assistantUuids,
      secretVariables: suggestedSecrets(variableNamesOf(assistants, assistantUuids)),
    });
  };
  const ready = choice.name.trim() !== '' && choice.assistantUuids.length > 0 && recording.kind !== 'busy';
  const record = (replace: boolean) =>
    void usePacksStore.getState().record(recordingOf(choice, { threads, sessionId, scripts }, replace));

  return (
    <section className="pack-editor" aria-labelledby="record-pack-title" data-testid="record-pack">
      <h3 id="record-pack-title" className="settings__subtitle">
        {t('demoPacks.record.title')}
      </h3>
      <p className="settings__line settings__line--muted">{t('demoPacks.record.intro')}</p>
      <label className="pack-editor__field">
        {t('demoPacks.record.name')}
        <input value={choice.name} onChange={(event) => setChoice({ ...choice, name: event.target.value })} />
      </label>
      <label className="pack-editor__field">
        {t('demoPacks.record.description')}
        <input
          value={choice.description}
          onChange={(event) => setChoice({ ...choice, description: event.target.value })}
        />
      </label>
      <Choices
        legend={t('demoPacks.record.assistants')}
        empty={assistants.length === 0 ? t('demoPacks.record.noAssistants') : null}
      >
        {assistants.map((assistant) =>
          assistant.uuid === null ? null : (
            <Check
              key={assistant.uuid}
              label={assistant.name}
              checked={choice.assistantUuids.includes(assistant.uuid)}
              onChange={(on) => pickAssistant(assistant.uuid as string, on)}
            />
          ),
        )}
      </Choices>
      {choice.assistantUuids.length > 0 ? (
        <>
          <SourceChoices
            choice={choice}
            setChoice={setChoice}
            lists={{
              sessions: sessionsFor(sessions, assistants, choice.assistantUuids),
              threads: threadsFor(threads, choice.assistantUuids),
              scripts: scriptsFor(scripts, choice.assistantUuids),
            }}
          />
          <Choices legend={t('demoPacks.record.redaction')} empty={null}>
            <Check
              label={t('demoPacks.record.phones')}
              checked={choice.phones}
              onChange={(phones) => setChoice({ ...choice, phones })}
            />
            <Check
              label={t('demoPacks.record.emails')}
              checked={choice.emails}
              onChange={(emails) => setChoice({ ...choice, emails })}
            />
            <p className="settings__line">
              {variables.length === 0
                ? t('demoPacks.record.noVariables')
                : t('demoPacks.record.secretVariables')}
            </p>
            {variables.map((name) => (
              <Check
                key={name}
                label={name}
                checked={choice.secretVariables.includes(name)}
                onChange={(on) =>
                  setChoice({ ...choice, secretVariables: toggled(choice.secretVariables, name, on) })
                }
              />
            ))}
          </Choices>
        </>
      ) : null}
      {recording.kind === 'asking' ? (
        <div
          className="demo-packs__ask"
          role="group"
          aria-label={t('demoPacks.record.replaceAsk', { name: recording.name })}
        >
          <p className="settings__line">{t('demoPacks.record.replaceAsk', { name: recording.name })}</p>
          <div className="settings__actions">
            <button
              type="button"
              className="settings-button settings-button--primary"
              onClick={() => record(true)}
            >
              {t('demoPacks.record.replace')}
            </button>
            <button
              type="button"
              className="settings-button"
              onClick={() => usePacksStore.setState({ recording: { kind: 'idle' } })}
            >
              {t('demoPacks.record.keep')}
            </button>
          </div>
        </div>
      ) : (
        <div className="settings__actions">
          <button
            type="button"
            className="settings-button settings-button--primary"
            disabled={!ready}
            data-testid="record-pack-submit"
            onClick={() => record(false)}
          >
            {recording.kind === 'busy' ? t('demoPacks.record.recording') : t('demoPacks.record.record')}
          </button>
          <button type="button" className="settings-button" onClick={onClose}>
            {t('demoPacks.record.close')}
          </button>
        </div>
      )}
      <div role="status" aria-live="polite" data-testid="record-pack-result">
        {recording.kind === 'done' ? (
          <p className="settings__line settings__line--success">
            {t('demoPacks.record.recorded', { name: recording.name })}
          </p>
        ) : null}
      </div>
      {recording.kind === 'failed' ? (
        <p className="settings__error" role="alert" data-testid="record-pack-error">
          {describeError(t, recording.error)}
        </p>
      ) : null}
    </section>
  );
};

interface SourceLists {
  sessions: ReturnType<typeof sessionsFor>;
  threads: ReturnType<typeof threadsFor>;
  scripts: ReturnType<typeof scriptsFor>;
}

const SourceChoices = ({
  choice,
  setChoice,
  lists,
}: {
  choice: RecordChoice;
  setChoice(next: RecordChoice): void;
  lists: SourceLists;
}) => {
  const { t } = useTranslation();
  const pick = (key: 'sessions' | 'threads' | 'scripts', id: string, on: boolean) =>
    setChoice({ ...choice, [key]: toggled(choice[key], id, on) });
  return (
    <>
      <Choices
        legend={t('demoPacks.record.sessions')}
        empty={lists.sessions.length === 0 ? t('demoPacks.record.noSessions') : null}
      >
        {lists.sessions.map((session) => (
          <Check
            key={session.id}
            label={session.name}
            checked={choice.sessions.includes(session.id)}
            onChange={(on) => pick('sessions', session.id, on)}
          />
        ))}
      </Choices>
      <Choices
        legend={t('demoPacks.record.threads')}
        empty={lists.threads.length === 0 ? t('demoPacks.record.noThreads') : null}
      >
        {lists.threads.map((thread) => (
          <Check
            key={thread.id}
            label={t('demoPacks.record.thread', {
              who: thread.customer?.name ?? thread.externalIdentifier ?? thread.id.slice(0, 8),
              count: thread.messageCount,
            })}
            checked={choice.threads.includes(thread.id)}
            onChange={(on) => pick('threads', thread.id, on)}
          />
        ))}
      </Choices>
      <Choices
        legend={t('demoPacks.record.scripts')}
        empty={lists.scripts.length === 0 ? t('demoPacks.record.noScripts') : null}
      >
        {lists.scripts.map((script) => (
          <Check
            key={script.id}
            label={t('demoPacks.record.script', { name: script.name, count: script.messages.length })}
            checked={choice.scripts.includes(script.id)}
            onChange={(on) => pick('scripts', script.id, on)}
          />
        ))}
      </Choices>
    </>
  );
};

const Choices = ({
  legend,
  empty,
  children,
}: {
  legend: string;
  empty: string | null;
  children: ReactNode;
}) => (
  <fieldset className="pack-editor__conversation">
    <legend>{legend}</legend>
    {empty === null ? children : <p className="settings__line settings__line--muted">{empty}</p>}
  </fieldset>
);

const Check = ({
  label,
  checked,
  onChange,
}: {
  label: string;
  checked: boolean;
  onChange(on: boolean): void;
}) => (
  <label className="settings__check">
    <input type="checkbox" checked={checked} onChange={(event) => onChange(event.target.checked)} />
    {label}
  </label>
);
