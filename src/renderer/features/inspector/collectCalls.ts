import { collectFunctionCalls } from '../../../shared/domain/collectFunctionCalls';
import type { JsonValue } from '../../../shared/domain/famulor';
import type { Pane } from '../../../shared/domain/session';

/** One function call as the inspector lists it, with where it came from. */
export interface CallRow {
  /** Stable across renders: pane, entry and position in the entry. */
  key: string;
  paneId: string;
  entryId: string;
  /** The n-th user message this call answers (1-based); 0 for calls made before the first user message. */
  turn: number;
  /** What the assistant said in the message that made the call, for the "belongs to" link. */
  entryExcerpt: string;
  at: string;
  name: string;
  arguments: JsonValue;
  result: JsonValue;
}

/** Every call of one pane, in transcript order, each tagged with its turn. */
export const callsOfPane = (pane: Pane): CallRow[] =>
  collectFunctionCalls(pane.transcript).map(({ call, message, position, turn, excerpt }) => ({
    key: `${pane.id}:${message.id}:${position}`,
    paneId: pane.id,
    entryId: message.id,
    turn,
    entryExcerpt: excerpt,
    at: message.at,
    name: call.name,
    arguments: call.arguments,
    result: call.result,
  }));

/**
 * Calls of several panes merged into one timeline. Entries carry ISO timestamps; a stable sort keeps each
 * pane's own order when two calls share a timestamp.
 */
export const callsOfPanes = (panes: readonly Pane[]): CallRow[] =>
  panes
    .flatMap(callsOfPane)
    .map((row, order) => ({ row, order }))
    .sort((a, b) => Date.parse(a.row.at) - Date.parse(b.row.at) || a.order - b.order)
    .map(({ row }) => row);

/** Case-insensitive substring match on the function name; an empty filter keeps every call. */
export const filterByName = (rows: readonly CallRow[], filter: string): CallRow[] => {
  const needle = filter.trim().toLowerCase();
  return needle === '' ? [...rows] : rows.filter((row) => row.name.toLowerCase().includes(needle));
};

/** The distinct function names, in order of first appearance, for the filter's suggestions. */
export const functionNames = (rows: readonly CallRow[]): string[] => [
  ...new Set(rows.map((row) => row.name)),
];

/** What "copy as JSON" puts on the clipboard: the call itself plus where it was made. */
export const callAsJson = (row: CallRow, paneLabel: string): string =>
  JSON.stringify(
    { pane: paneLabel, turn: row.turn, name: row.name, arguments: row.arguments, result: row.result },
    null,
    2,
  );

/** The calls of one pane for one turn: the input of the side-by-side diff. */
export const callsForTurn = (pane: Pane, turn: number): CallRow[] =>
  callsOfPane(pane).filter((row) => row.turn === turn);

/** How many user turns a pane has: the range the diff's turn picker offers. */
export const turnCount = (pane: Pane): number =>
  pane.transcript.filter((entry) => entry.role === 'user').length;
