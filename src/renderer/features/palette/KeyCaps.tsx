import { isMacPlatform, shortcutKeys, type Shortcut } from './shortcuts';

const isMac = isMacPlatform();

export const KeyCaps = ({ shortcut }: { shortcut: Shortcut }) => (
  <span className="keycaps">
    {shortcutKeys(shortcut, isMac).map((key) => (
      <kbd key={key} className="keycap">
        {key}
      </kbd>
    ))}
  </span>
);
