import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Pane } from '../../../shared/domain/session';
import { SegmentedControl } from '../preferences';
import { CallCard } from './CallCard';
import { callAsJson, callsOfPanes, filterByName, functionNames, type CallRow } from './collectCalls';
import { paneLabels } from './paneLabel';
import { useFlash } from './useFlash';

type Scope = 'selected' | 'all';

export interface FunctionCallInspectorProps {
  panes: readonly Pane[];
  /** The pane the "selected pane" scope shows; without one the inspector shows all panes. */
  selectedPaneId: string | null;
  onJumpToEntry(paneId: string, entryId: string): void;
  writeClipboard?: (text: string) => Promise<void>;
}

const systemClipboard = (text: string) => navigator.clipboard.writeText(text);

/** Every function call of the selected pane (or of all panes) in order, filterable by function name. */
export const FunctionCallInspector = ({
  panes,
  selectedPaneId,
  onJumpToEntry,
  writeClipboard = systemClipboard,
}: FunctionCallInspectorProps) => {
  const { t } = useTranslation();
  const filterId = useId();
  const [scope, setScope] = useState<Scope>('selected');
  const [filter, setFilter] = useState('');
  const [flash, showFlash] = useFlash();
  const selected = panes.find((pane) => pane.id === selectedPaneId) ?? null;
  const effectiveScope: Scope = selected ? scope : 'all';
  const labels = useMemo(() => paneLabels(panes, t), [panes, t]);
  const rows = useMemo(
    () => callsOfPanes(effectiveScope === 'selected' && selected ? [selected] : panes),
    [effectiveScope, selected, panes],
  );
  const visible = useMemo(() => filterByName(rows, filter), [rows, filter]);
  const names = useMemo(() => functionNames(rows), [rows]);

  const copy = (row: CallRow) => {
    writeClipboard(callAsJson(row, labels.get(row.paneId) ?? ''))
      .then(() => showFlash({ tone: 'success', text: t('inspector.copied', { name: row.name }) }))
      .catch(() => showFlash({ tone: 'error', text: t('inspector.copyFailed') }));
  };

  return (
    <div className="inspector-calls" data-testid="call-inspector">
      <div className="inspector-toolbar">
        <SegmentedControl<Scope>
          labelledBy={`${filterId}-scope`}
          testId="call-scope"
          value={effectiveScope}
          options={[
            { value: 'selected', label: t('inspector.scopeSelected') },
            { value: 'all', label: t('inspector.scopeAll') },
          ]}
          onChange={setScope}
        />
        <span id={`${filterId}-scope`} hidden>
          {t('inspector.scope')}
        </span>
        <label className="visually-hidden" htmlFor={filterId}>
          {t('inspector.filterLabel')}
        </label>
        <input
          id={filterId}
          className="inspector-input"
          type="search"
          list={`${filterId}-names`}
          placeholder={t('inspector.filterPlaceholder')}
          value={filter}
          onChange={(event) => setFilter(event.target.value)}
          data-testid="call-filter"
        />
        <datalist id={`${filterId}-names`}>
          {names.map((name) => (
            <option key={name} value={name} />
          ))}
        </datalist>
        <span className="inspector-count" data-testid="call-count">
          {t('inspector.count', { count: visible.length, total: rows.length })}
        </span>
      </div>
      {visible.length === 0 ? (
        <p className="inspector-empty" data-testid="call-empty">
          {rows.length === 0 ? t('inspector.noCalls') : t('inspector.noMatch', { filter: filter.trim() })}
        </p>
      ) : (
        <ol className="call-list">
          {visible.map((row) => (
            <li key={row.key}>
              <CallCard
                row={row}
                paneLabel={effectiveScope === 'all' ? (labels.get(row.paneId) ?? null) : null}
                onJump={(target) => onJumpToEntry(target.paneId, target.entryId)}
                onCopy={copy}
              />
            </li>
          ))}
        </ol>
      )}
      {flash ? (
        <div
          className={`inspector-toast inspector-toast--${flash.tone}`}
          role="status"
          data-testid="inspector-toast"
        >
          {flash.text}
        </div>
      ) : null}
    </div>
  );
};
