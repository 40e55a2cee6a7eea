// What other features use of the inspector (the playground's function calls, HTTP exchanges and replay tab).
export { CallPairDiff } from './CallPairDiff';
export { InspectorLayout } from './InspectorLayout';
export { useInspectorStore } from './inspectorStore';
export { pairCalls } from './pairCalls';
export { paneLabels } from './paneLabel';
export { PaneSelect, useChosenPane } from './PaneSelect';
export { InspectorToggleButton } from './PlaygroundInspector';
