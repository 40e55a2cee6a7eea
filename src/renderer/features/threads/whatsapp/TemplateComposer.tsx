import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WhatsAppTemplate } from '../../../../shared/domain/whatsapp';
import type { AppError } from '../../../../shared/result';
import { call } from '../../../lib/api';
import { describeError } from '../../../lib/describeError';
import { formatTime } from '../../../lib/dateTime';
import { answerMayBeLost } from './lostAnswer';
import { fillTemplate, templateFields, templateVariables } from './templateFill';

type Templates =
  | { status: 'loading' }
  | { status: 'ready'; list: WhatsAppTemplate[] }
  | { status: 'error'; error: AppError };
type Phase =
  | { kind: 'idle' }
  | { kind: 'sending' }
  | { kind: 'sent'; at: string }
  | { kind: 'failed'; error: AppError; unsure: boolean };

interface TemplateComposerProps {
  senderId: number;
  recipientPhone: string;
  recipientName: string | null;
  canSend: boolean;
  /** The text the customer reads (the filled template), before it goes. */
  onSending(text: string): void;
  onSent(): void;
  onFailed(error: AppError, unsure: boolean): void;
}

/** Outside the window: one of the sender's approved templates, its placeholders filled, previewed, sent. */
export const TemplateComposer = ({
  senderId,
  recipientPhone,
  recipientName,
  canSend,
  onSending,
  onSent,
  onFailed,
}: TemplateComposerProps) => {
  const { t, i18n } = useTranslation();
  const [templates, setTemplates] = useState<Templates>({ status: 'loading' });
  const [templateId, setTemplateId] = useState<number | null>(null);
  const [values, setValues] = useState<Record<number, string>>({});
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const previewId = useId();

  useEffect(() => {
    const controller = new AbortController();
    void call('whatsapp:templates', { senderId }, { signal: controller.signal }).then((result) => {
      if (controller.signal.aborted) return;
      setTemplates(
        result.ok ? { status: 'ready', list: result.data } : { status: 'error', error: result.error },
      );
    });
    return () => controller.abort();
  }, [senderId]);

  if (templates.status === 'loading')
    return (
      <p role="status" className="reply-templates__state">
        <span className="spinner" aria-hidden />
        {t('whatsappReply.loadingTemplates')}
      </p>
    );
  if (templates.status === 'error')
    return (
      <p className="inline-error" role="alert">
        {describeError(t, templates.error)}
      </p>
    );
  if (templates.list.length === 0)
    return <p className="reply-templates__state">{t('whatsappReply.noTemplates')}</p>;

  const template = templates.list.find((candidate) => candidate.id === templateId) ?? null;
  const fields = template ? templateFields(template) : [];
  const filled = template ? fillTemplate(template, values) : null;
  const sendable = canSend && filled !== null && filled.missing.length === 0 && phase.kind !== 'sending';

  const send = async () => {
    if (!sendable || !template || !filled) return;
    setPhase({ kind: 'sending' });
    onSending(filled.text);
    const result = await call('whatsapp:sendTemplate', {
      senderId,
      templateId: template.id,
      recipientPhone,
      ...(recipientName ? { recipientName } : {}),
      ...(fields.length > 0 ? { variables: templateVariables(values) } : {}),
    });
    if (result.ok) {
      setPhase({ kind: 'sent', at: new Date().toISOString() });
      setValues({});
      setTemplateId(null);
      onSent();
    } else {
      const unsure = answerMayBeLost(result.error);
      setPhase({ kind: 'failed', error: result.error, unsure });
      onFailed(result.error, unsure);
    }
  };

  return (
    <form
      className="reply-templates"
      data-testid="reply-templates"
      onSubmit={(event) => {
        event.preventDefault();
        void send();
      }}
    >
      <label className="form-field">
        <span className="form-field__label">{t('whatsappReply.template')}</span>
        <select
          className="field"
          data-testid="reply-template"
          value={templateId ?? ''}
          onChange={(event) => {
            setTemplateId(event.target.value === '' ? null : Number(event.target.value));
            setValues({});
          }}
        >
          <option value="">{t('whatsappReply.pickTemplate')}</option>
          {templates.list.map((candidate) => (
            <option key={candidate.id} value={candidate.id}>
              {candidate.name} · {candidate.language}
            </option>
          ))}
        </select>
      </label>
      {fields.map((field) => (
        <label key={field.position} className="form-field">
          <span className="form-field__label">
            {field.name
              ? t('whatsappReply.variableNamed', { position: field.position, name: field.name })
              : t('whatsappReply.variable', { position: field.position })}
          </span>
          <input
            className="field"
            data-testid={`reply-variable-${field.position}`}
            value={values[field.position] ?? ''}
            aria-describedby={previewId}
            onChange={(event) =>
              setValues((current) => ({ ...current, [field.position]: event.target.value }))
            }
          />
        </label>
      ))}
      {filled && (
        <figure className="reply-templates__preview" id={previewId}>
          <figcaption>{t('whatsappReply.preview')}</figcaption>
          <blockquote data-testid="reply-template-preview">{filled.text}</blockquote>
          {filled.missing.length > 0 && (
            <span className="form-field__hint">
              {t('whatsappReply.missing', {
                positions: filled.missing.map((position) => `{{${position}}}`).join(', '),
              })}
            </span>
          )}
        </figure>
      )}
      <div className="reply-composer__actions">
        <button
          type="submit"
          className="button button--primary"
          data-testid="reply-template-send"
          disabled={!sendable}
        >
          {phase.kind === 'sending' ? t('whatsappReply.sending') : t('whatsappReply.sendTemplate')}
        </button>
        {phase.kind === 'sent' && (
          <span role="status" data-testid="reply-template-sent">
            {t('whatsappReply.templateSent', { time: formatTime(phase.at, i18n.language) })}
          </span>
        )}
      </div>
      {phase.kind === 'failed' && (
        <p className="inline-error" role="alert" data-testid="reply-template-error">
          {t(phase.unsure ? 'whatsappReply.unsure' : 'whatsappReply.failed', {
            message: describeError(t, phase.error),
          })}
        </p>
      )}
    </form>
  );
};
