import { useTranslation } from 'react-i18next';
import type { Contact } from '../../../shared/domain/famulor';
import type { OpenThread } from '../../stores/threadsSlice';
import { formatUsd } from '../../../shared/money';
import { formatDateTime, userTimeZone } from '../../lib/dateTime';
import { useAppStore } from '../../stores/appStore';
import { selectAssistantByUuid } from '../../stores/assistantsSlice';
import type { threadsEnglish } from './messages.en';

/** The rows of the details list, each named by its label's key. */
type DetailKey = Exclude<keyof (typeof threadsEnglish)['threads']['details'], 'label'>;

const contactText = (contact: Contact | null | undefined) =>
  contact ? [contact.name, contact.phone].filter(Boolean).join(' · ') || null : null;

/** Who and what the thread is about: customer, WhatsApp sender, external identifier and variables. */
export const ThreadDetails = ({ thread }: { thread: OpenThread }) => {
  const { t, i18n } = useTranslation();
  const { detail, summary } = thread;
  const assistantUuid = typeof summary?.assistantId === 'string' ? summary.assistantId : null;
  const assistantZone = useAppStore(selectAssistantByUuid(assistantUuid))?.timezone ?? null;
  const yourZone = userTimeZone();
  // An appointment "at 10:00" is the assistant's 10:00: where its zone is not the person's, both are named.
  const zoneNote =
    assistantZone && assistantZone !== yourZone
      ? t('threads.details.zoneDiffers', { yours: yourZone, assistant: assistantZone })
      : null;
  const rows: [DetailKey, string | null | undefined, string][] = [
    ['customer', contactText(detail?.customer ?? summary?.customer), 'detail-customer'],
    ['whatsappSender', contactText(detail?.whatsappSender ?? summary?.whatsappSender), 'detail-sender'],
    ['externalIdentifier', detail?.externalIdentifier ?? summary?.externalIdentifier, 'detail-external-id'],
    ['assistant', summary?.assistantName, 'detail-assistant'],
    ['messages', detail ? detail.history.length.toLocaleString() : null, 'detail-messages'],
    ['cost', summary ? formatUsd(summary.totalCost, i18n.language) : null, 'detail-cost'],
    ['created', summary?.createdAt && formatDateTime(summary.createdAt, i18n.language), 'detail-created'],
    ['updated', summary?.updatedAt && formatDateTime(summary.updatedAt, i18n.language), 'detail-updated'],
    ['zone', zoneNote, 'detail-zone'],
  ];
  const variables = detail?.variables ?? summary?.variables ?? null;
  return (
    <section className="thread-details" aria-label={t('threads.details.label')} data-testid="thread-details">
      <dl className="thread-details__list">
        {rows
          .filter(([, value]) => value)
          .map(([key, value, testId]) => (
            <div key={key} className="thread-details__row">
              <dt>{t(`threads.details.${key}`)}</dt>
              <dd data-testid={testId}>{value}</dd>
            </div>
          ))}
      </dl>
      <h3 className="thread-side__heading">{t('threads.details.variables')}</h3>
      {variables && Object.keys(variables).length > 0 ? (
        <pre className="thread-details__variables" data-testid="detail-variables">
          {JSON.stringify(variables, null, 2)}
        </pre>
      ) : (
        <p className="thread-side__empty">{t('threads.details.noVariables')}</p>
      )}
    </section>
  );
};
