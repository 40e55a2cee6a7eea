import { useTranslation } from 'react-i18next';
import type { CallRow } from './collectCalls';
import { JsonTree } from '../../components/JsonTree';
import './call-card.css';

interface CallCardProps {
  row: CallRow;
  /** Shown when the list mixes panes. */
  paneLabel: string | null;
  onJump(row: CallRow): void;
  onCopy(row: CallRow): void;
}

/** One function call: its name, arguments and result, and the message it belongs to. */
export const CallCard = ({ row, paneLabel, onJump, onCopy }: CallCardProps) => {
  const { t } = useTranslation();
  return (
    <article className="call-card" data-testid="call-card" data-function={row.name}>
      <header className="call-card__header">
        <span className="call-card__icon" aria-hidden>
          ƒ
        </span>
        <h3 className="call-card__name" data-testid="call-name" title={row.name}>
          {row.name}
        </h3>
        <span className="call-card__meta">
          {paneLabel ? <span className="call-card__pane">{paneLabel}</span> : null}
          <span>{t('inspector.turn', { turn: row.turn })}</span>
        </span>
        <button
          type="button"
          className="inspector-button inspector-button--ghost"
          onClick={() => onCopy(row)}
          data-testid="call-copy"
        >
          {t('inspector.copyJson')}
        </button>
      </header>
      <div className="call-card__section">
        <h4>{t('inspector.arguments')}</h4>
        <JsonTree value={row.arguments} openLevels={Infinity} testId="call-arguments" />
      </div>
      <div className="call-card__section">
        <h4>{t('inspector.result')}</h4>
        <JsonTree value={row.result} openLevels={Infinity} testId="call-result" />
      </div>
      <button
        type="button"
        className="call-card__message"
        onClick={() => onJump(row)}
        data-testid="call-jump"
        title={t('inspector.jumpHint')}
      >
        <span className="call-card__message-label">{t('inspector.belongsTo')}</span>
        <span className="call-card__message-text">{row.entryExcerpt || t('inspector.emptyMessage')}</span>
      </button>
    </article>
  );
};
