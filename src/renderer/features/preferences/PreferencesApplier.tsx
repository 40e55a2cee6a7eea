import { useEffect } from 'react';
import { selectLoadPreferences, usePreferencesStore } from './preferencesStore';

/** Applies the saved theme and language once at start; renders nothing. */
export const PreferencesApplier = () => {
  const load = usePreferencesStore(selectLoadPreferences);
  useEffect(() => {
    void load();
  }, [load]);
  return null;
};
