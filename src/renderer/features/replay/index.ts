// What other features use of the replay.
export { ReplayPanel } from './ReplayPanel';
export { useReplayStore } from './replayStore';
