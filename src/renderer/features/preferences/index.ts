// What other features use of the preferences: their section, their commands and the segmented control.
export { PreferencesSection } from './PreferencesSection';
export { SegmentedControl } from './SegmentedControl';
export { usePreferenceCommands } from './usePreferenceCommands';
export { TextScaleControl } from './TextScaleControl';
