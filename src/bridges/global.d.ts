import type { PlaygroundApi } from '../shared/ipc/contract';

declare global {
  interface Window {
    api: PlaygroundApi;
  }
}
export {};
