import { useEffect } from 'react';
import { useCommandRegistry } from './commandRegistry';
import { isMacPlatform, isTypingTarget, matchesShortcut } from './shortcuts';

/** One keydown listener for every registered shortcut; the registry is read at key time, so it is never stale. */
export const useGlobalShortcuts = () => {
  useEffect(() => {
    const isMac = isMacPlatform();
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      const typing = isTypingTarget(event.target);
      const command = useCommandRegistry
        .getState()
        .commands.find(
          (candidate) =>
            (!typing || candidate.shortcutInInputs) &&
            (candidate.shortcuts ?? []).some((shortcut) => matchesShortcut(event, shortcut, isMac)),
        );
      if (!command) return;
      event.preventDefault();
      command.run();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
};
