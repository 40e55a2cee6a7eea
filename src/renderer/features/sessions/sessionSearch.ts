import type { SessionSummary } from '../../../shared/domain/session';

const normalise = (text: string) => text.toLocaleLowerCase().normalize('NFKD').replace(/\p{M}/gu, '');

/** Sessions whose name, assistants or latest message contain every word of the query (case and accent blind). */
export const filterSessions = (sessions: SessionSummary[], query: string): SessionSummary[] => {
  const words = normalise(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return sessions;
  return sessions.filter((session) => {
    const haystack = normalise([session.name, ...session.assistantNames, session.preview].join('\n'));
    return words.every((word) => haystack.includes(word));
  });
};

/** Newest change first, the order a person looks for the session they just worked on. */
export const byRecentChange = (sessions: SessionSummary[]): SessionSummary[] =>
  [...sessions].sort((left, right) => right.updatedAt.localeCompare(left.updatedAt));

/** "Session N" with the first N not already taken. */
export const nextDefaultName = (sessions: SessionSummary[], template: (n: number) => string): string => {
  const names = new Set(sessions.map((session) => session.name));
  let n = sessions.length + 1;
  while (names.has(template(n))) n += 1;
  return template(n);
};
