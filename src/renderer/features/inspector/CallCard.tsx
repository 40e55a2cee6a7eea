import { useTranslation } from 'react-i18next';
import { FunctionCallCard } from '../../components/FunctionCallCard';
import type { CallRow } from './collectCalls';

interface CallCardProps {
  row: CallRow;
  /** Shown when the list mixes panes. */
  paneLabel: string | null;
  onJump(row: CallRow): void;
  onCopy(row: CallRow): void;
}

/** A playground call: the shared card with its pane, its turn, a copy button and a jump to its reply. */
export const CallCard = ({ row, paneLabel, onJump, onCopy }: CallCardProps) => {
  const { t } = useTranslation();
  return (
    <FunctionCallCard
      call={row}
      meta={
        <>
          {paneLabel ? <span className="call-card__pane">{paneLabel}</span> : null}
          <span>{t('inspector.turn', { turn: row.turn })}</span>
        </>
      }
      actions={
        <button
          type="button"
          className="inspector-button inspector-button--ghost"
          onClick={() => onCopy(row)}
          data-testid="call-copy"
        >
          {t('inspector.copyJson')}
        </button>
      }
      origin={{
        label: t('inspector.belongsTo'),
        excerpt: row.entryExcerpt,
        hint: t('inspector.jumpHint'),
        onShow: () => onJump(row),
      }}
    />
  );
};
