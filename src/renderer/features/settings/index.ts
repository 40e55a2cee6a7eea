// What other features use of the settings.
export { exportAllSessions } from './sessionsBackup';
