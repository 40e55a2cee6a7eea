import type { Session } from '../../shared/domain/session';
import type { SessionSearchHit } from '../../shared/domain/sessionSearch';
import { foldForSearch, searchWords } from './searchFold';

/**
 * Full-text search over every message of every session, kept in main beside the store. Each session is one
 * string (name, assistant names, then every message, one per line) and its folded twin of the same length; a
 * query's words are found with indexOf, which scans a 1,000 × 200-message workspace within a keystroke's
 * budget (npm run bench), so there is no token index to keep in step with edits.
 */

/** Where a message starts in the session's text, to tell which message a position is in. */
interface EntrySpan {
  start: number;
  end: number;
  paneId: string;
  entryId: string;
  role: Session['panes'][number]['transcript'][number]['role'];
}

interface SearchDoc {
  text: string;
  folded: string;
  /** Messages in text order; everything before the first is the name and the assistant names. */
  spans: EntrySpan[];
}

const CONTEXT_BEFORE = 40;
const CONTEXT_AFTER = 100;
export const MAX_SEARCH_HITS = 100;

const buildDoc = (session: Session): SearchDoc => {
  const head = [session.name, ...session.panes.map((pane) => pane.assistant.name)].join('\n');
  const parts = [head];
  const spans: EntrySpan[] = [];
  let offset = head.length + 1;
  for (const pane of session.panes) {
    for (const entry of pane.transcript) {
      if (entry.role === 'error' || entry.content === '') continue;
      spans.push({
        start: offset,
        end: offset + entry.content.length,
        paneId: pane.id,
        entryId: entry.id,
        role: entry.role,
      });
      parts.push(entry.content);
      offset += entry.content.length + 1;
    }
  }
  const text = parts.join('\n');
  return { text, folded: foldForSearch(text), spans };
};

/** The message holding `position` (binary search), or null when it is in the name or an assistant's name. */
const spanAt = (spans: readonly EntrySpan[], position: number): EntrySpan | null => {
  let low = 0;
  let high = spans.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const span = spans[middle];
    if (!span) break;
    if (position < span.start) high = middle - 1;
    else if (position >= span.end) low = middle + 1;
    else return span;
  }
  return null;
};

const countOf = (folded: string, word: string): number => {
  let count = 0;
  for (let at = folded.indexOf(word); at !== -1; at = folded.indexOf(word, at + word.length)) count += 1;
  return count;
};

const hitIn = (sessionId: string, doc: SearchDoc, words: readonly string[]): SessionSearchHit | null => {
  for (const word of words) if (!doc.folded.includes(word)) return null;
  // The snippet shows the longest word (the most telling one) where it first occurs in a message.
  const shown = words.reduce((longest, word) => (word.length > longest.length ? word : longest));
  let at = doc.folded.indexOf(shown);
  let span = spanAt(doc.spans, at);
  while (span === null && at !== -1) {
    at = doc.folded.indexOf(shown, at + shown.length);
    span = at === -1 ? null : spanAt(doc.spans, at);
  }
  const count = countOf(doc.folded, shown);
  if (!span) return { sessionId, count, snippet: null };
  const from = Math.max(span.start, at - CONTEXT_BEFORE);
  const to = Math.min(span.end, at + shown.length + CONTEXT_AFTER);
  return {
    sessionId,
    count,
    snippet: {
      paneId: span.paneId,
      entryId: span.entryId,
      role: span.role,
      before: (from > span.start ? '…' : '') + doc.text.slice(from, at),
      match: doc.text.slice(at, at + shown.length),
      after: doc.text.slice(at + shown.length, to) + (to < span.end ? '…' : ''),
    },
  };
};

export interface SessionSearch {
  /** A session changed, appeared or went away: its text is read again at the next search. */
  invalidate(id: string): void;
  /** Sessions containing every word, in `order`'s order, at most MAX_SEARCH_HITS. */
  search(query: string): SessionSearchHit[];
  /** Reads every session not read yet, PREPARE_CHUNK per turn of the event loop so that calls go on between. */
  prepare(): Promise<void>;
}

const PREPARE_CHUNK = 20;
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

export const createSessionSearch = (source: {
  /** Session ids, newest change first: the order hits come in. */
  order(): readonly string[];
  /** The session as it is now, or null when it cannot be read (its problem is the store's to report). */
  read(id: string): Session | null;
}): SessionSearch => {
  const docs = new Map<string, SearchDoc>();
  const docOf = (id: string): SearchDoc | null => {
    const cached = docs.get(id);
    if (cached) return cached;
    const session = source.read(id);
    if (!session) return null;
    const doc = buildDoc(session);
    docs.set(id, doc);
    return doc;
  };
  return {
    invalidate: (id) => void docs.delete(id),
    async prepare() {
      let read = 0;
      for (const id of source.order()) {
        if (docs.has(id)) continue;
        docOf(id);
        read += 1;
        if (read % PREPARE_CHUNK === 0) await nextTurn();
      }
    },
    search(query) {
      const words = searchWords(query);
      if (words.length === 0) return [];
      const hits: SessionSearchHit[] = [];
      for (const id of source.order()) {
        const doc = docOf(id);
        const hit = doc && hitIn(id, doc, words);
        if (hit) hits.push(hit);
        if (hits.length === MAX_SEARCH_HITS) break;
      }
      return hits;
    },
  };
};
