// What other features use of the sessions: the panel, the export, the store-problems banner, creating one.
export { downloadSessionExport, downloadSessionsJson } from './sessionExport';
export { SessionExportMenu } from './SessionExportMenu';
export { SessionsPanel } from './SessionsPanel';
export { StoreProblemsBanner } from './StoreProblemsBanner';
export { useCreateSession } from './useCreateSession';
