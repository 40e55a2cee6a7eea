import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assistant } from '../../../shared/domain/famulor';
import type { PaneAssistant } from '../../../shared/domain/session';
import { systemVariableValues } from './systemVariables';

interface SystemVariableListProps {
  assistant: Assistant | null;
  paneAssistant: PaneAssistant;
}

/** Famulor's own variables, read-only, with the value a conversation started now would get. */
export const SystemVariableList = ({ assistant, paneAssistant }: SystemVariableListProps) => {
  const { t } = useTranslation();
  const [at] = useState(() => new Date());
  const values = systemVariableValues({
    assistantId: assistant?.id ?? paneAssistant.id,
    assistantName: assistant?.name ?? paneAssistant.name,
    timezone: assistant?.timezone ?? null,
    at,
  });
  return (
    <section className="side-section" data-testid="system-variables">
      <h3>{t('variables.system')}</h3>
      <dl className="system-variables">
        {Object.entries(values).map(([name, value]) => (
          <div key={name} className="system-variables__row">
            <dt>
              <code>{`{{${name}}}`}</code>
            </dt>
            <dd className={value ? 'mono' : 'hint'} data-testid={`system-${name}`}>
              {value || t('variables.systemEmpty')}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
};
