export { PresenterBar } from './PresenterBar';
export { PRESENTED_PANES, usePresentationStore } from './presentationStore';
export { usePresentationCommands } from './usePresentationCommands';
