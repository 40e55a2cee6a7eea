import { useState } from 'react';
import type { Pane } from '../../../shared/domain/session';

interface PaneSelectProps {
  label: string;
  panes: readonly Pane[];
  /** How each pane is named (paneLabels). */
  labels: ReadonlyMap<string, string>;
  value: string;
  onChange(paneId: string): void;
  testId: string;
}

/** A labelled drop-down of the session's panes, as the inspector's tabs and the replay form use it. */
export const PaneSelect = ({ label, panes, labels, value, onChange, testId }: PaneSelectProps) => (
  <label className="inspector-field">
    <span>{label}</span>
    <select
      className="inspector-input"
      value={value}
      onChange={(event) => onChange(event.target.value)}
      data-testid={testId}
    >
      {panes.map((pane) => (
        <option key={pane.id} value={pane.id}>
          {labels.get(pane.id)}
        </option>
      ))}
    </select>
  </label>
);

/** The first pane whose id is among the preferred ones (in their order), else the first pane, else null. */
export const preferredPane = (panes: readonly Pane[], ...preferredIds: (string | null)[]): Pane | null => {
  for (const id of preferredIds) {
    const pane = id === null ? undefined : panes.find((item) => item.id === id);
    if (pane) return pane;
  }
  return panes[0] ?? null;
};

/**
 * The pane a view shows: the one picked in its PaneSelect, else the fallback (the focused pane), else the first;
 * `selectProps` wire a PaneSelect to it.
 */
export const useChosenPane = (
  panes: readonly Pane[],
  labels: ReadonlyMap<string, string>,
  fallbackId: string | null,
) => {
  const [chosenId, setChosenId] = useState<string | null>(null);
  const pane = preferredPane(panes, chosenId, fallbackId);
  const selectProps = { panes, labels, value: pane?.id ?? '', onChange: setChosenId };
  return { pane, selectProps };
};
