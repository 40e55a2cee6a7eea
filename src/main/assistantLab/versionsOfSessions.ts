import type { AssistantVersion } from '../../shared/domain/assistantLab';
import type { Session } from '../../shared/domain/session';

/**
 * The lab versions an export of some sessions carries: those of the assistants their panes talk to (on the pane's
 * profile, or any profile before its first message recorded one) and their replay scripts were taken from.
 */
export const versionsOfSessions = (
  versions: readonly AssistantVersion[],
  sessions: readonly Session[],
): AssistantVersion[] => {
  const used = sessions.flatMap((session) => [
    ...session.panes.map((pane) => ({ id: pane.assistant.id, profileId: pane.profileId })),
    ...session.replayScripts.map((script) => ({ id: script.assistant.id, profileId: null })),
  ]);
  return versions.filter((version) =>
    used.some(
      ({ id, profileId }) =>
        id === version.assistantId && (profileId === null || profileId === version.profileId),
    ),
  );
};
