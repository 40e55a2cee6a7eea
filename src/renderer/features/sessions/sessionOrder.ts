import type { SessionSummary } from '../../../shared/domain/session';

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
